"""Render an episode, streamed: items in order with crossfades, a bed ducked under speech, then the
loudness-normalised and true-peak-limited master written block by block to an encoder.

Audio comes from the other areas: `studio.edit.render_take` (a take with its edits), `studio.audio.dsp`
(fades, ducking), `studio.audio.loudness` (the BS.1770 meter) and `studio.audio.normalize` (target gain and
look-ahead true-peak limiter). Memory stays bounded by the longest single take, whatever the episode length.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.audio import dsp
from studio.errors import NotFound, StudioError
from studio.i18n import _
from studio.progress import Progress
from studio.project.model import Episode, EpisodeItem, Workshop
from studio.settings import WORKSHOP_RATE, assets_dir

RATE = WORKSHOP_RATE
SLICE_FRAMES = 1 << 18  # blocks handed downstream (about 5.5 s)
BED_GAIN_DB = -8.0  # the bed's level before ducking, relative to the asset
BED_FADE_S = 1.5


@dataclass
class Placed:
    """An item on the episode timeline (times in seconds, after crossfades)."""

    index: int
    item: EpisodeItem
    start_s: float
    duration_s: float
    participant: str = ""

    @property
    def end_s(self) -> float:
        return self.start_s + self.duration_s


# ----------------------------------------------------------------------------- sources of audio

def asset_path(ref: str) -> Path:
    """An asset reference ('jingles/intro.ogg') inside the assets folder, or an absolute path."""
    p = Path(ref)
    path = p if p.is_absolute() else assets_dir() / ref
    if not path.is_file():
        raise NotFound(_("The sound {ref} was not found").format(ref=ref),
                       _("Choose another jingle or bed in the Episode screen"))
    return path


def load_asset(ref: str) -> np.ndarray:
    from studio.audio import io

    data, rate = io.read(asset_path(ref))
    return dsp.resample(data, rate, RATE)


def load_take(workshop: Workshop, take_id: str) -> np.ndarray:
    """The take with its edit list applied, float32 (frames, channels) at 48 kHz: the edit engine's renderer
    (what the group heard in the editor), its sources read for this export only, so a long episode holds one
    take at a time."""
    from studio.edit import render_take

    data, rate = render_take(workshop, take_id, keep_sources=False)
    assert rate == RATE
    return data


def item_channels(workshop: Workshop, episode: Episode) -> int:
    """Stereo when a take or a sound of the episode is stereo, mono otherwise."""
    from studio.audio import io

    for item in episode.items:
        try:
            if item.kind == "take":
                if workshop.take(item.ref).channels > 1:
                    return 2
            elif io.info(asset_path(item.ref)).channels > 1:
                return 2
        except StudioError:
            continue
    if episode.bed:
        try:
            if io.info(asset_path(episode.bed)).channels > 1:
                return 2
        except StudioError:
            pass
    return 1


# ------------------------------------------------------------------------------------ mixing

def _fade(n: int, rising: bool) -> np.ndarray:
    """S-curve fade of n frames, shaped (n, 1); the rising and falling curves sum to 1 (as in dsp.crossfade)."""

    up = dsp.fade_curve(n, "s-curve").reshape(-1, 1)
    return up if rising else (1.0 - up).astype(np.float32)


def _slices(data: np.ndarray) -> Iterator[np.ndarray]:
    for i in range(0, len(data), SLICE_FRAMES):
        yield data[i:i + SLICE_FRAMES]


class _StreamDucker:
    """`dsp.duck` applied block by block: each block is ducked together with the last few seconds before it,
    so the gain's envelope and hold carry over block boundaries instead of restarting."""

    CONTEXT_S = 2.0

    def __init__(self, channels: int) -> None:
        self.context = int(self.CONTEXT_S * RATE)
        self.bed_tail = np.zeros((0, channels), dtype=np.float32)
        self.voice_tail = np.zeros((0, channels), dtype=np.float32)

    def process(self, bed: np.ndarray, program: np.ndarray) -> np.ndarray:

        bed_ctx = np.concatenate([self.bed_tail, bed])
        voice_ctx = np.concatenate([self.voice_tail, program])
        out = dsp.duck(bed_ctx, voice_ctx, RATE)[len(self.bed_tail):]
        self.bed_tail = bed_ctx[-self.context:]
        self.voice_tail = voice_ctx[-self.context:]
        return out


def _ducker(channels: int) -> _StreamDucker:
    return _StreamDucker(channels)


class BedTrack:
    """A looped music bed from `start_frame` to `end_frame`, faded in and out, ducked under the program."""

    def __init__(self, ref: str, channels: int) -> None:
        self.audio = dsp.match_channels(load_asset(ref), channels) * np.float32(10 ** (BED_GAIN_DB / 20))
        if len(self.audio) == 0:
            raise NotFound(_("The sound {ref} holds no audio").format(ref=ref))
        self.start_frame: int | None = None
        self.end_frame: int | None = None
        self._ducker = _ducker(channels)

    def block(self, at_frame: int, program: np.ndarray) -> np.ndarray | None:
        """The bed under `program` (which starts at `at_frame`), or None where the bed is silent."""
        if self.start_frame is None:
            return None
        n = len(program)
        lo = max(at_frame, self.start_frame)
        hi = at_frame + n if self.end_frame is None else min(at_frame + n, self.end_frame)
        if hi <= lo:
            return None
        bed = np.zeros((n, self.audio.shape[1]), dtype=np.float32)
        length = len(self.audio)
        pos, k = (lo - self.start_frame) % length, lo - at_frame
        while k < hi - at_frame:  # the loop, copied in slices (no per-frame index arithmetic)
            take = min(hi - at_frame - k, length - pos)
            bed[k:k + take] = self.audio[pos:pos + take]
            k, pos = k + take, 0
        fade_n = int(BED_FADE_S * RATE)
        fading = lo < self.start_frame + fade_n or (self.end_frame is not None and hi > self.end_frame - fade_n)
        if fading:  # only the first and last blocks
            t = np.arange(at_frame, at_frame + n)
            env = np.clip((t - self.start_frame) / fade_n, 0.0, 1.0)
            if self.end_frame is not None:
                env = np.minimum(env, np.clip((self.end_frame - t) / fade_n, 0.0, 1.0))
            bed *= env.astype(np.float32)[:, None]
        return self._ducker.process(bed, program)


def mix(workshop: Workshop, episode: Episode, channels: int, sink: Callable[[np.ndarray], None],
        progress: Progress | None = None) -> list[Placed]:
    """Play the episode's items into `sink` block by block; returns where each item landed. `progress`
    advances item by item and is checked for a cancel before every block."""
    items = list(episode.items)
    placed: list[Placed] = []
    take_indexes = [i for i, it in enumerate(items) if it.kind == "take"]
    bed = BedTrack(episode.bed, channels) if episode.bed and take_indexes else None
    position = 0  # frames emitted so far
    held = np.zeros((0, channels), dtype=np.float32)  # previous item's tail, already faded out

    def emit(block: np.ndarray) -> None:
        nonlocal position
        for part in _slices(block):
            part = dsp.match_channels(part, channels)
            if progress is not None:
                progress.raise_if_cancelled()
            out = part
            if bed is not None:
                under = bed.block(position, part)
                if under is not None:
                    out = part + under
            sink(np.ascontiguousarray(out, dtype=np.float32))
            position += len(part)

    for i, item in enumerate(items):
        if progress is not None:
            progress.advance(i / max(1, len(items)))
        if item.kind == "take":
            audio = load_take(workshop, item.ref)  # mono stays mono until it is emitted
            participant = workshop.take(item.ref).participant
        else:
            audio = load_asset(item.ref)
            participant = ""
        if len(held) and held.shape[1] != audio.shape[1]:
            audio = dsp.match_channels(audio, channels)
            held = dsp.match_channels(held, channels)
        n = len(audio)
        fade_in = min(len(held), n // 2)
        nxt = items[i + 1].crossfade_s if i + 1 < len(items) else 0.0
        fade_out = min(int(max(0.0, nxt) * RATE), n // 2) if i + 1 < len(items) else 0
        # a held tail longer than this item's half is played as is (no overlap for that part)
        if len(held) > fade_in:
            emit(held[: len(held) - fade_in])
            held = held[len(held) - fade_in:]
        start = position
        if bed is not None and i == take_indexes[0]:
            bed.start_frame = start
        if fade_in:
            emit(held + audio[:fade_in] * _fade(fade_in, rising=True))
        emit(audio[fade_in: n - fade_out])
        held = audio[n - fade_out:] * _fade(fade_out, rising=False) if fade_out else held[:0]
        end = position + len(held)
        if bed is not None and i == take_indexes[-1]:
            bed.end_frame = end
        placed.append(Placed(i, item, start / RATE, (end - start) / RATE, participant))
        del audio
    if len(held):
        emit(held)
    if progress is not None:
        progress.advance(1.0)
    return placed


# -------------------------------------------------------------------------------- mastering

def _limiter(rate: int, channels: int, ceiling_dbtp: float):  # type: ignore[no-untyped-def]
    from studio.audio.normalize import TruePeakLimiter

    return TruePeakLimiter(rate, channels, ceiling_dbtp=ceiling_dbtp)


@dataclass
class MasterResult:
    gain_db: float
    input_lufs: float | None
    frames: int


def master(mix_path: Path, encoder_write: Callable[[np.ndarray], None], target_lufs: float,
           ceiling_dbtp: float, input_lufs: float | None, progress: Progress | None = None) -> MasterResult:
    """Read the rendered mix back in blocks, apply the gain to the target and the look-ahead true-peak
    limiter, and hand the result to the encoder."""
    import soundfile as sf

    gain_db = (target_lufs - input_lufs) if input_lufs is not None else 0.0
    with sf.SoundFile(str(mix_path)) as f:
        total = f.frames
        limiter = _limiter(f.samplerate, f.channels, ceiling_dbtp)
        gain = np.float32(10 ** (gain_db / 20))
        done = 0
        for block in f.blocks(blocksize=SLICE_FRAMES, dtype="float32", always_2d=True):
            if progress is not None:
                progress.raise_if_cancelled()
            out = limiter.process(block * gain)
            if len(out):
                encoder_write(out)
            done += len(block)
            if progress is not None:
                progress.advance(done / max(1, total))
        tail = limiter.flush()
        if len(tail):
            encoder_write(tail)
    return MasterResult(gain_db, input_lufs, total)
