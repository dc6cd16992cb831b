"""Assemble an episode: intro, clips in order with short crossfades, outro, a music bed ducked under speech,
normalised to a loudness target with a true-peak ceiling, written atomically and tagged with a title."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from studio.audio import dsp
from studio.audio.normalize import AudioWriter, NormalizeReport, check_ceiling, normalize_array, parse_target
from studio.errors import InvalidInput
from studio.i18n import _
from studio.progress import Progress
from studio.settings import DEFAULT_TRUE_PEAK_DBTP, WORKSHOP_RATE

CLIP_CROSSFADE_S = 0.3
JINGLE_CROSSFADE_S = 0.5
BED_UNDER_SPEECH_LU = -12.0  # bed level relative to speech before ducking
BED_FADE_S = 1.5


@dataclass
class Assembly:
    """The assembled programme and where each part starts in it."""

    audio: np.ndarray
    rate: int
    starts_s: list[float] = field(default_factory=list)  # start of each clip in the result
    report: NormalizeReport | None = None

    @property
    def duration_s(self) -> float:
        return len(self.audio) / self.rate


def _loop_to(bed: np.ndarray, frames: int) -> np.ndarray:
    if len(bed) == 0 or frames <= 0:
        return np.zeros((max(frames, 0), bed.shape[1] if bed.ndim == 2 else 1), dtype=np.float32)
    reps = -(-frames // len(bed))
    return np.concatenate([bed] * reps)[:frames]


def assemble_arrays(clips: list[np.ndarray], rate: int = WORKSHOP_RATE, intro: np.ndarray | None = None,
                    outro: np.ndarray | None = None, bed: np.ndarray | None = None,
                    target_lufs: float | None = -16.0, ceiling_dbtp: float = DEFAULT_TRUE_PEAK_DBTP,
                    clip_crossfade_s: float = CLIP_CROSSFADE_S, progress: Progress | None = None) -> Assembly:
    """Pure core: arrays at `rate` in, the finished programme out (normalised unless target_lufs is None).
    `progress` advances through the normalisation and is checked for a cancel."""
    from studio.audio.loudness import integrated_lufs

    clips = [dsp.as_frames(c) for c in clips if len(c)]
    if not clips:
        raise InvalidInput(_("There is no clip to assemble"), _("Give at least one audio file"))
    parts = [p for p in (intro, *clips, outro) if p is not None]
    channels = max(dsp.as_frames(p).shape[1] for p in parts)
    channels = 2 if channels >= 2 else 1
    clips = [dsp.match_channels(c, channels) for c in clips]
    # Speech: clips one after the other, short crossfades between neighbours.
    speech = clips[0]
    starts = [0]
    for c in clips[1:]:
        n = min(len(speech), len(c), int(round(clip_crossfade_s * rate)))
        starts.append(len(speech) - n)
        speech = dsp.crossfade(speech, c, rate, clip_crossfade_s)
    if bed is not None and len(bed):
        bed = dsp.match_channels(bed, channels)
        speech_lufs = integrated_lufs(speech, rate)
        bed_lufs = integrated_lufs(bed, rate)
        bed_line = _loop_to(bed, len(speech))
        if speech_lufs is not None and bed_lufs is not None:
            bed_line = dsp.gain(bed_line, speech_lufs + BED_UNDER_SPEECH_LU - bed_lufs)
        bed_line = dsp.fade_out(dsp.fade_in(bed_line, rate, BED_FADE_S, "s-curve"), rate, BED_FADE_S, "s-curve")
        speech = dsp.mix(speech, dsp.duck(bed_line, speech, rate))
    programme = speech
    offset = 0
    if intro is not None and len(intro):
        intro = dsp.match_channels(intro, channels)
        n = min(len(intro), len(programme), int(round(JINGLE_CROSSFADE_S * rate)))
        offset = len(intro) - n
        programme = dsp.crossfade(intro, programme, rate, JINGLE_CROSSFADE_S)
    if outro is not None and len(outro):
        programme = dsp.crossfade(programme, dsp.match_channels(outro, channels), rate, JINGLE_CROSSFADE_S)
    report = None
    if target_lufs is not None:
        programme, report = normalize_array(programme, rate, target_lufs, ceiling_dbtp, progress)
    return Assembly(programme, rate, [(offset + s) / rate for s in starts], report)


def _load(path: str | os.PathLike[str]) -> np.ndarray:
    from studio.audio import io

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
    reading = progress.span(0.0, 0.3)
    clip_data = []
    for i, clip in enumerate(clips):
        progress.raise_if_cancelled()
        clip_data.append(_load(clip))
        reading.advance((i + 1) / len(clips))
    channels = 2 if any(c.shape[1] > 1 for c in clip_data) else 1
    target_lufs = parse_target(target, channels)
    if out_p.suffix.lower() == ".mp3":  # LAME plays a little quieter than its input: aim that much higher
        from studio.audio.mp3 import encoder_gain_db

        target_lufs -= encoder_gain_db(WORKSHOP_RATE, channels, AudioWriter.MP3_KBPS)
    result = assemble_arrays(
        clip_data, WORKSHOP_RATE,
        intro=_load(intro) if intro else None, outro=_load(outro) if outro else None,
        bed=_load(bed) if bed else None, target_lufs=target_lufs, ceiling_dbtp=ceiling_dbtp,
        progress=progress.span(0.3, 0.9),
    )
    writer = AudioWriter(out_p, result.rate, result.audio.shape[1], frames_hint=len(result.audio))
    try:
        writing = progress.span(0.9, 1.0)
        for s in range(0, len(result.audio), 1 << 16):
            progress.raise_if_cancelled()
            writer.write(result.audio[s: s + (1 << 16)])
            writing.advance((s + (1 << 16)) / len(result.audio))
        writer.finish()
        tag_title(writer.tmp, title)
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    return result
