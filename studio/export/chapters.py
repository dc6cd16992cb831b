"""Chapters: Podcasting 2.0 JSON, ID3v2 CHAP + CTOC frames, Vorbis-comment CHAPTERxxx fields."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: Version of the Podcasting 2.0 JSON chapters format written.
JSON_CHAPTERS_VERSION = "1.2.0"


@dataclass
class Chapter:
    start_s: float
    end_s: float
    title: str


def chapters_json(chapters: Sequence[Chapter], title: str = "") -> str:
    """Podcasting 2.0 JSON chapters (`application/json+chapters`): `version` and `chapters[]`."""
    data: dict[str, Any] = {"version": JSON_CHAPTERS_VERSION}
    if title:
        data["title"] = title
    data["chapters"] = [
        {"startTime": round(c.start_s, 3), "endTime": round(c.end_s, 3), "title": c.title} for c in chapters
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def id3_frames(chapters: Sequence[Chapter], toc_title: str = "") -> list[Any]:
    """ID3v2 CHAP frames (one per chapter, titled with a TIT2 sub-frame) and the CTOC frame listing them.

    Both are needed: players ignore CHAP frames without a top-level, ordered CTOC (ffmpeg writes none).
    """
    from mutagen.id3 import CHAP, CTOC, TIT2, CTOCFlags

    frames: list[Any] = []
    ids = []
    for i, c in enumerate(chapters):
        element_id = f"chp{i}"
        ids.append(element_id)
        frames.append(CHAP(element_id=element_id, start_time=int(round(c.start_s * 1000)),
                           end_time=int(round(c.end_s * 1000)), start_offset=0xFFFFFFFF,
                           end_offset=0xFFFFFFFF, sub_frames=[TIT2(encoding=3, text=[c.title])]))
    if ids:
        sub = [TIT2(encoding=3, text=[toc_title])] if toc_title else []
        frames.append(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                           child_element_ids=ids, sub_frames=sub))
    return frames


def _vorbis_time(seconds: float) -> str:
    ms = max(0, int(round(seconds * 1000)))
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def vorbis_fields(chapters: Sequence[Chapter]) -> dict[str, str]:
    """The Vorbis chapter extension: CHAPTER001=HH:MM:SS.mmm and CHAPTER001NAME=title (three digits)."""
    out: dict[str, str] = {}
    for i, c in enumerate(chapters, start=1):
        out[f"CHAPTER{i:03d}"] = _vorbis_time(c.start_s)
        out[f"CHAPTER{i:03d}NAME"] = c.title
    return out
