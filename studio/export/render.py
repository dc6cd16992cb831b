"""Render an episode, streamed: its items through the one mixer (`studio.audio.mix`: crossfades, a bed ducked
under the takes), then the loudness-normalised and true-peak-limited master written block by block to an encoder.

Audio comes from the other areas: `studio.edit.render_take` (a take with its edits), `studio.audio.dsp`
(fades, ducking), `studio.audio.loudness` (the BS.1770 meter) and `studio.audio.normalize` (target gain and
look-ahead true-peak limiter). Memory stays bounded by the longest single take, whatever the episode length.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.audio import dsp, io
from studio.audio import mix as audio_mix
from studio.audio.normalize import TruePeakLimiter
from studio.edit import render_take
from studio.errors import NotFound, StudioError
from studio.i18n import _
from studio.progress import Progress
from studio.project.model import Episode, EpisodeItem, Workshop
from studio.settings import WORKSHOP_RATE, assets_dir

RATE = WORKSHOP_RATE
SLICE_FRAMES = audio_mix.SLICE_FRAMES  # blocks handed downstream (about 5.5 s)


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
    data, rate = io.read(asset_path(ref))
    return dsp.resample(data, rate, RATE)


def load_take(workshop: Workshop, take_id: str) -> np.ndarray:
    """The take with its edit list applied, float32 (frames, channels) at 48 kHz: the edit engine's renderer
    (what the group heard in the editor), its sources read for this export only, so a long episode holds one
    take at a time."""
    data, rate = render_take(workshop, take_id, keep_sources=False)
    assert rate == RATE
    return data


def item_channels(workshop: Workshop, episode: Episode) -> int:
    """Stereo when a take or a sound of the episode is stereo, mono otherwise."""
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

def mix(workshop: Workshop, episode: Episode, channels: int, sink: Callable[[np.ndarray], None],
        progress: Progress | None = None) -> list[Placed]:
    """Play the episode's items into `sink` block by block through the one mixer (`studio.audio.mix`: takes
    are the speech the bed plays under); returns where each item landed. `progress` advances item by item
    and is checked for a cancel before every block."""
    items = list(episode.items)

    def loader(item: EpisodeItem) -> Callable[[], np.ndarray]:
        if item.kind == "take":
            return lambda: load_take(workshop, item.ref)
        return lambda: load_asset(item.ref)

    parts = [audio_mix.Part(loader(item), item.crossfade_s if i else 0.0, speech=item.kind == "take")
             for i, item in enumerate(items)]
    bed = None
    if episode.bed and any(p.speech for p in parts):
        bed = load_asset(episode.bed)
        if len(bed) == 0:
            raise NotFound(_("The sound {ref} holds no audio").format(ref=episode.bed))
    placements = audio_mix.mix(parts, RATE, channels, sink, bed, progress)
    return [Placed(p.index, items[p.index], p.start_s, p.duration_s,
                   workshop.take(items[p.index].ref).participant if items[p.index].kind == "take" else "")
            for p in placements]


# -------------------------------------------------------------------------------- mastering

def _limiter(rate: int, channels: int, ceiling_dbtp: float):  # type: ignore[no-untyped-def]
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
