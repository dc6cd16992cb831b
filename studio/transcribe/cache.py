"""Transcript cache keyed by the audio's content SHA-256, the model and the options.

Entries are `<cache>/transcripts/<sha256>-<model>-<options>.json`: they start with the audio's hash so
that `participant forget` erases them with the rest of that participant's audio.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from studio.project.atomic import atomic_write_json
from studio.settings import cache_dir
from studio.transcribe.transcript import Transcript

#: Bump when the engine or guard changes what a transcript holds, so old entries are not reused.
CACHE_VERSION = 1


def file_sha256(path: str | os.PathLike[str]) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def transcripts_cache() -> Path:
    return cache_dir() / "transcripts"


def cache_path(audio_sha256: str, model_key: str, options: dict[str, Any]) -> Path:
    opts = json.dumps({"v": CACHE_VERSION, **options}, sort_keys=True)
    digest = hashlib.sha256(opts.encode()).hexdigest()[:12]
    safe_model = "".join(c if c.isalnum() or c in ".-_" else "_" for c in model_key)[:40]
    return transcripts_cache() / f"{audio_sha256}-{safe_model}-{digest}.json"


def load(path: Path) -> Transcript | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        transcript = Transcript.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    transcript.info.from_cache = True
    return transcript


def store(path: Path, transcript: Transcript) -> None:
    try:
        atomic_write_json(path, transcript.to_dict())
    except OSError:
        pass  # a cache that cannot be written only costs time
