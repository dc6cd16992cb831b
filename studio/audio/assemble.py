"""Assemble an episode: intro, clips in order with short crossfades, outro, a music bed ducked under speech,
normalised to a loudness target with a true-peak ceiling, written atomically and tagged with a title.

The mixing is the one mixer's (`studio.audio.mix`, the export's too: bed 12 LU under the speech), streamed
into a temporary float file that `normalize_file` then brings to the target, so memory stays bounded by the
longest clip. The target's channel rule is the file's: mono clips with a stereo jingle make a stereo episode,
normalised to the stereo podcast target (-16 LUFS), as `antenne normalize` and the export do.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile as sf

from studio.audio import dsp, io
from studio.audio.mix import Part, Placement, mix
from studio.audio.normalize import (
    AudioWriter,
    NormalizeReport,
    check_ceiling,
    normalize_array,
    normalize_file,
)
from studio.errors import InvalidInput
from studio.i18n import _
from studio.progress import Progress
from studio.project.parts import part_file
from studio.settings import DEFAULT_TRUE_PEAK_DBTP, WORKSHOP_RATE

CLIP_CROSSFADE_S = 0.3
JINGLE_CROSSFADE_S = 0.5


@dataclass
class Assembly:
    """The assembled programme (its audio when assembled in memory) and where each clip starts in it."""

    audio: np.ndarray | None
    rate: int
    starts_s: list[float] = field(default_factory=list)  # start of each clip in the result
    report: NormalizeReport | None = None
    frames: int = 0

    @property
    def duration_s(self) -> float:
        return (len(self.audio) if self.audio is not None else self.frames) / self.rate


def _given(audio: np.ndarray) -> Callable[[], np.ndarray]:
    return lambda: dsp.as_frames(audio)


def _read(path: str | os.PathLike[str]) -> Callable[[], np.ndarray]:
    return lambda: _load(path)


def _parts(clips: list[Callable[[], np.ndarray]], intro: Callable[[], np.ndarray] | None,
           outro: Callable[[], np.ndarray] | None, clip_crossfade_s: float) -> list[Part]:
    """The running order of `antenne assemble`: intro, clips (the speech, under which the bed plays), outro."""
    parts = [Part(intro)] if intro is not None else []
    for i, clip in enumerate(clips):
        parts.append(Part(clip, (clip_crossfade_s if i else JINGLE_CROSSFADE_S) if parts else 0.0, speech=True))
    if outro is not None:
        parts.append(Part(outro, JINGLE_CROSSFADE_S))
    return parts


def _clip_starts(parts: list[Part], placements: list[Placement]) -> list[float]:
    return [p.start_s for part, p in zip(parts, placements, strict=True) if part.speech]


def assemble_arrays(clips: list[np.ndarray], rate: int = WORKSHOP_RATE, intro: np.ndarray | None = None,
                    outro: np.ndarray | None = None, bed: np.ndarray | None = None,
                    target_lufs: float | None = -16.0, ceiling_dbtp: float = DEFAULT_TRUE_PEAK_DBTP,
                    clip_crossfade_s: float = CLIP_CROSSFADE_S, progress: Progress | None = None) -> Assembly:
    """Arrays at `rate` in, the finished programme out (normalised unless target_lufs is None), through the
    one mixer (`studio.audio.mix`). `progress` advances through the normalisation and is checked for a cancel."""
    clips = [dsp.as_frames(c) for c in clips if len(c)]
    if not clips:
        raise InvalidInput(_("There is no clip to assemble"), _("Give at least one audio file"))
    present = [dsp.as_frames(p) for p in (intro, *clips, outro) if p is not None and len(p)]
    channels = 2 if max(p.shape[1] for p in present) >= 2 else 1
    parts = _parts([_given(c) for c in clips], _given(intro) if intro is not None and len(intro) else None,
                   _given(outro) if outro is not None and len(outro) else None, clip_crossfade_s)
    blocks: list[np.ndarray] = []
    placements = mix(parts, rate, channels, blocks.append, dsp.as_frames(bed) if bed is not None else None)
    programme = np.concatenate(blocks) if blocks else np.zeros((0, channels), np.float32)
    report = None
    if target_lufs is not None:
        programme, report = normalize_array(programme, rate, target_lufs, ceiling_dbtp, progress)
    return Assembly(programme, rate, _clip_starts(parts, placements), report, len(programme))


def _load(path: str | os.PathLike[str]) -> np.ndarray:
    data, rate = io.read(path)
    return dsp.resample(data, rate, WORKSHOP_RATE)


def tag_title(path: Path, title: str) -> None:
    """Write a title tag in the file's own tag format (ID3 for mp3/wav, Vorbis comments for flac/ogg)."""
    if not title:
        return
    import mutagen
    from mutagen.id3 import ID3, TIT2

    suffix = path.suffix.lower()
    if suffix in (".mp3", ".wav"):
        if suffix == ".wav":
            from mutagen.wave import WAVE

            audio = WAVE(str(path))
            if audio.tags is None:
                audio.add_tags()
            audio.tags.add(TIT2(encoding=3, text=title))  # type: ignore[union-attr,attr-defined]
            audio.save()
        else:
            try:
                tags = ID3(str(path))
            except mutagen.MutagenError:
                tags = ID3()
            tags.add(TIT2(encoding=3, text=title))
            tags.save(str(path))
        return
    audio = mutagen.File(str(path))
    if audio is not None:
        if audio.tags is None:
            audio.add_tags()
        audio["title"] = title
        audio.save()


def assemble_files(clips: list[str | os.PathLike[str]], out: str | os.PathLike[str],
                   intro: str | os.PathLike[str] | None = None, outro: str | os.PathLike[str] | None = None,
                   bed: str | os.PathLike[str] | None = None, target: str | float = "podcast", title: str = "",
                   ceiling_dbtp: float = DEFAULT_TRUE_PEAK_DBTP, progress: Progress | None = None) -> Assembly:
    """`antenne assemble`: every input is read (never written); OUT is written atomically and tagged.
    `progress` advances as the inputs are read, the programme normalised and written; once it is cancelled
    the work stops with `studio.progress.Cancelled` and OUT is left as it was."""
    progress = progress if progress is not None else Progress()
    out_p = Path(out)
    if out_p.suffix.lower() not in AudioWriter.FORMATS:
        raise InvalidInput(
            _("Cannot write {ext} files").format(ext=out_p.suffix or "?"), _("Use .wav, .flac, .ogg or .mp3")
        )
    inputs = [Path(p) for p in [*clips, intro, outro, bed] if p is not None]
    if any(out_p.exists() and p.exists() and out_p.resolve() == p.resolve() for p in inputs):
        raise InvalidInput(_("The output must be a different file from the input"),
                           _("Choose another name for OUT: the input is never modified"))
    ceiling_dbtp = check_ceiling(ceiling_dbtp)
    for path in inputs:  # a missing or undecodable input fails before anything is written
        io.info(path)
    progress.raise_if_cancelled()
    parts = _parts([_read(c) for c in clips], _read(intro) if intro else None, _read(outro) if outro else None,
                   CLIP_CROSSFADE_S)
    channels = 2 if any(io.info(p).channels > 1 for p in inputs if p != (Path(bed) if bed else None)) else 1
    bed_audio = _load(bed) if bed else None
    # pass 1: the mix, streamed into a temporary float file beside OUT (memory: one clip at a time)
    mix_tmp = part_file(out_p.with_name(out_p.name + ".mix.wav"))
    try:
        with sf.SoundFile(str(mix_tmp), "w", samplerate=WORKSHOP_RATE, channels=channels, format="RF64",
                          subtype="FLOAT") as f:
            placements = mix(parts, WORKSHOP_RATE, channels, f.write, bed_audio, progress.span(0.0, 0.5))
        # pass 2: normalised to the target by the streamed engine of `antenne normalize`, tagged, renamed
        report = normalize_file(mix_tmp, out_p, target, ceiling_dbtp, progress.span(0.5, 1.0),
                                before_commit=lambda tmp: tag_title(tmp, title))
    finally:
        mix_tmp.unlink(missing_ok=True)  # the mix was only a step: never renamed into place
    frames = int(round(report.input.duration_s * WORKSHOP_RATE)) if report.input is not None else 0
    return Assembly(None, WORKSHOP_RATE, _clip_starts(parts, placements), report, frames)
