"""The one mixer (`antenne assemble` and the episode export): parts in order with S-curve crossfades, a looped
music bed under the speech, streamed block by block into a sink.

Memory stays bounded by the longest single part: each part is loaded when its turn comes (`Part.load`) and
dropped once played; the bed is held once and looped.

The bed's level follows one rule: its integrated loudness sits `BED_UNDER_SPEECH_LU` (-12 LU) under the
speech's, before ducking. A bed relative to the voices is what radio practice sets (a bed "12 dB under the
voice" whatever the recording level of either), and it keeps the same balance for a quiet workshop
recording and a loud one; the former export rule (the asset's own level -8 dB) made the bed louder than the
voices under quiet takes. The speech loudness is measured first, part by part through one BS.1770 meter
(speech parts are takes: small), so the bed is at the right level from its first block. When either
loudness is undefined (silence, a bed shorter than 0.4 s) the bed plays at its own level: an undefined
loudness never becomes a gain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from studio.audio import dsp
from studio.audio.loudness import LoudnessMeter, integrated_lufs
from studio.progress import Progress

SLICE_FRAMES = 1 << 18  # blocks handed downstream (about 5.5 s at 48 kHz)
BED_UNDER_SPEECH_LU = -12.0  # the bed's loudness relative to the speech's, before ducking
BED_FADE_S = 1.5


@dataclass(frozen=True)
class Part:
    """One part of the programme. `load()` gives float32 (frames, channels) at the mix's rate, called once,
    when the part's turn comes; `crossfade_s` overlaps it with the part before; the bed plays under the
    parts marked `speech`, from the first one's start to the last one's end."""

    load: Callable[[], np.ndarray]
    crossfade_s: float = 0.0
    speech: bool = False


@dataclass(frozen=True)
class Placement:
    """Where a part landed on the programme's timeline (seconds, after crossfades)."""

    index: int
    start_s: float
    duration_s: float

    @property
    def end_s(self) -> float:
        return self.start_s + self.duration_s


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

    def __init__(self, rate: int, channels: int) -> None:
        self.rate = rate
        self.context = int(self.CONTEXT_S * rate)
        self.bed_tail = np.zeros((0, channels), dtype=np.float32)
        self.voice_tail = np.zeros((0, channels), dtype=np.float32)

    def process(self, bed: np.ndarray, program: np.ndarray) -> np.ndarray:
        bed_ctx = np.concatenate([self.bed_tail, bed])
        voice_ctx = np.concatenate([self.voice_tail, program])
        out = dsp.duck(bed_ctx, voice_ctx, self.rate)[len(self.bed_tail):]
        self.bed_tail = bed_ctx[-self.context:]
        self.voice_tail = voice_ctx[-self.context:]
        return out


def bed_gain_db(bed: np.ndarray, rate: int, speech_lufs: float | None) -> float:
    """The gain that puts the bed `BED_UNDER_SPEECH_LU` under the speech (0 when a loudness is undefined)."""
    bed_lufs = integrated_lufs(bed, rate) if len(bed) else None
    if speech_lufs is None or bed_lufs is None:
        return 0.0
    return speech_lufs + BED_UNDER_SPEECH_LU - bed_lufs


class BedTrack:
    """A looped music bed from `start_frame` to `end_frame`, S-curve faded in and out, ducked under the program."""

    def __init__(self, audio: np.ndarray, rate: int, channels: int, gain_db: float = 0.0) -> None:
        self.rate = rate
        self.audio = dsp.match_channels(audio, channels) * np.float32(10 ** (gain_db / 20))
        self.start_frame: int | None = None
        self.end_frame: int | None = None
        self.fade_frames = int(BED_FADE_S * rate)
        self._ducker = _StreamDucker(rate, channels)

    def _envelope(self, frames: np.ndarray) -> np.ndarray:
        assert self.start_frame is not None
        n = max(1, self.fade_frames)
        env = (frames - self.start_frame) / n
        if self.end_frame is not None:
            env = np.minimum(env, (self.end_frame - frames) / n)
        return dsp.fade_at(env, "s-curve")  # the crossfades' curve

    def block(self, at_frame: int, program: np.ndarray) -> np.ndarray | None:
        """The bed under `program` (which starts at `at_frame`), or None where the bed is silent."""
        if self.start_frame is None or len(self.audio) == 0:
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
        fading = lo < self.start_frame + self.fade_frames or (
            self.end_frame is not None and hi > self.end_frame - self.fade_frames)
        if fading:  # only the first and last blocks
            bed *= self._envelope(np.arange(at_frame, at_frame + n))[:, None]
        return self._ducker.process(bed, program)


#: Frames given to the meter at once when measuring the speech: its float64 filter state stays small.
MEASURE_BLOCK = 1 << 16


def speech_loudness(parts: Sequence[Part], rate: int, channels: int,
                    progress: Progress | None = None) -> float | None:
    """The integrated loudness of the speech parts played one after the other (one BS.1770 meter)."""
    meter = LoudnessMeter(rate, channels, true_peak=False, maxima=False)
    speech = [p for p in parts if p.speech]
    for i, part in enumerate(speech):
        if progress is not None:
            progress.raise_if_cancelled()
        audio = dsp.as_frames(part.load())
        for start in range(0, len(audio), MEASURE_BLOCK):  # a block at a time: no full-length temporaries
            meter.add(dsp.match_channels(audio[start: start + MEASURE_BLOCK], channels))
        del audio
        if progress is not None:
            progress.advance((i + 1) / len(speech))
    return meter.result().integrated_lufs


def mix(parts: Sequence[Part], rate: int, channels: int, sink: Callable[[np.ndarray], None],
        bed: np.ndarray | None = None, progress: Progress | None = None) -> list[Placement]:
    """Play `parts` into `sink` block by block (float32, `channels`), with `bed` looped under the speech;
    returns where each part landed. `progress` advances part by part and is checked before every block."""
    parts = list(parts)
    speech_indexes = [i for i, p in enumerate(parts) if p.speech]
    track: BedTrack | None = None
    playing = progress
    if bed is not None and len(bed) and speech_indexes:
        measuring = progress.span(0.0, 0.3) if progress is not None else None
        track = BedTrack(bed, rate, channels, bed_gain_db(bed, rate, speech_loudness(parts, rate, channels,
                                                                                     measuring)))
        playing = progress.span(0.3, 1.0) if progress is not None else None
    placements: list[Placement] = []
    position = 0  # frames emitted so far
    held = np.zeros((0, channels), dtype=np.float32)  # previous part's tail, already faded out

    def emit(block: np.ndarray) -> None:
        nonlocal position
        for piece in _slices(block):
            piece = dsp.match_channels(piece, channels)
            if progress is not None:
                progress.raise_if_cancelled()
            out = piece
            if track is not None:
                under = track.block(position, piece)
                if under is not None:
                    out = piece + under
            sink(np.ascontiguousarray(out, dtype=np.float32))
            position += len(piece)

    for i, part in enumerate(parts):
        if playing is not None:
            playing.advance(i / max(1, len(parts)))
        audio = dsp.as_frames(part.load())  # mono stays mono until it is emitted
        if len(held) and held.shape[1] != audio.shape[1]:
            audio = dsp.match_channels(audio, channels)
            held = dsp.match_channels(held, channels)
        n = len(audio)
        fade_in = min(len(held), n // 2)
        last = i + 1 == len(parts)
        fade_out = 0 if last else min(int(max(0.0, parts[i + 1].crossfade_s) * rate), n // 2)
        # a held tail longer than this part's half is played as is (no overlap for that part)
        if len(held) > fade_in:
            emit(held[: len(held) - fade_in])
            held = held[len(held) - fade_in:]
        start = position
        if track is not None and i == speech_indexes[0]:
            track.start_frame = start
        if fade_in:
            emit(held + audio[:fade_in] * _fade(fade_in, rising=True))
        emit(audio[fade_in: n - fade_out])
        held = audio[n - fade_out:] * _fade(fade_out, rising=False) if fade_out else held[:0]
        end = position + len(held)
        if track is not None and i == speech_indexes[-1]:
            track.end_frame = end
        placements.append(Placement(i, start / rate, (end - start) / rate))
        del audio
    if len(held):
        emit(held)
    if playing is not None:
        playing.advance(1.0)
    return placements
