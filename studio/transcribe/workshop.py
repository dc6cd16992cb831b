"""Transcripts of a workshop's takes: `transcripts/<take id>.raw.json` (Whisper) beside `<take id>.json` (reviewed).

Public API others rely on: `take_transcript`, `transcribe_take`, `save_reviewed`, `transcribe_text`.
Times are seconds in the take's own audio (source time), whatever its edit list does.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from studio.progress import Progress
from studio.project.atomic import atomic_write_json
from studio.project.model import Workshop
from studio.transcribe.engine import transcribe, transcribe_all
from studio.transcribe.transcript import Transcript


def transcripts_dir(workshop: Workshop) -> Path:
    return workshop.path / "transcripts"


def raw_path(workshop: Workshop, take_id: str) -> Path:
    return transcripts_dir(workshop) / f"{take_id}.raw.json"


def reviewed_path(workshop: Workshop, take_id: str) -> Path:
    return transcripts_dir(workshop) / f"{take_id}.json"


def _load(path: Path) -> Transcript | None:
    """The transcript in `path`, or None when it is missing or damaged (a workshop file is untrusted:
    wrong types, absurd nesting or non-finite times make it unusable, never a crash)."""
    import math

    try:
        transcript = Transcript.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None
    times = [t for s in transcript.segments for t in (s.start, s.end, *(x for w in s.words for x in (w.start, w.end)))]
    if not all(math.isfinite(t) and 0 <= t <= 1e7 for t in times):
        return None
    return transcript


def raw_transcript(workshop: Workshop, take_id: str) -> Transcript | None:
    return _load(raw_path(workshop, take_id))


def take_transcript(workshop: Workshop, take_id: str) -> Transcript | None:
    """The reviewed transcript of a take if there is one, else the raw one, else None."""
    reviewed = _load(reviewed_path(workshop, take_id))
    if reviewed is not None:
        reviewed.reviewed = True
        return reviewed
    return raw_transcript(workshop, take_id)


def has_transcript(workshop: Workshop, take_id: str) -> bool:
    return reviewed_path(workshop, take_id).is_file() or raw_path(workshop, take_id).is_file()


def transcribe_take(
    workshop: Workshop,
    take_id: str,
    model: str | os.PathLike[str] | None = None,
    language: str = "auto",
    *,
    progress: Progress | None = None,
    on_segment: Callable[[object], None] | None = None,
) -> Transcript:
    """Transcribe a take and save it as its raw transcript; the speaker is the take's participant.

    A reviewed transcript already there is kept (it is the group's work). A cancelled `progress` stops it
    with `studio.progress.Cancelled`, nothing saved (the one way every long job reports a stop).
    """
    take = workshop.take(take_id)
    segments, info = transcribe(workshop.take_path(take), model, language, progress=progress)
    kept = []
    for segment in segments:
        segment.speaker = take.participant
        kept.append(segment)
        if on_segment is not None:
            on_segment(segment)
    if progress is not None:
        progress.raise_if_cancelled()  # stopped: nothing is saved
    transcript = Transcript(info, kept)
    atomic_write_json(raw_path(workshop, take_id), transcript.to_dict())
    return transcript


def save_reviewed(workshop: Workshop, take_id: str, transcript: Transcript) -> Path:
    """Save the corrected transcript beside the raw one (the raw one is never overwritten by review)."""
    workshop.take(take_id)
    transcript.reviewed = True
    path = reviewed_path(workshop, take_id)
    atomic_write_json(path, transcript.to_dict())
    return path


def transcribe_text(path: str | os.PathLike[str], language: str = "auto",
                    model: str | os.PathLike[str] | None = None) -> tuple[str, str]:
    """(plain text, detected language) of any audio file, with the default model (cached)."""
    transcript = transcribe_all(path, model, language)
    return transcript.text(), transcript.info.language
