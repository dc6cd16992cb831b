"""Reading a version to compare: a UTF-8 text file, a transcript JSON file, or audio (transcribed first)."""

from __future__ import annotations

import json
from pathlib import Path

from studio.errors import InvalidInput, NotFound
from studio.i18n import _

MAX_BYTES = 2_000_000
AUDIO_SUFFIXES = {".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".webm", ".amr", ".wma",
                  ".aif", ".aiff", ".mp4", ".3gp"}
AUDIO_MAGIC = (b"RIFF", b"OggS", b"fLaC", b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"#!AMR",
               b"\x1a\x45\xdf\xa3", b"FORM")


def looks_like_audio(path: Path, head: bytes) -> bool:
    return path.suffix.lower() in AUDIO_SUFFIXES or head.startswith(AUDIO_MAGIC) or head[4:8] == b"ftyp"


def transcript_text(data: object) -> str | None:
    """The text of a transcript JSON object (the `transcribe --format json` shape), or None if it is not one."""
    if isinstance(data, dict) and isinstance(data.get("segments"), list):
        parts = []
        for seg in data["segments"]:
            if isinstance(seg, dict) and isinstance(seg.get("text"), str):
                parts.append(seg["text"].strip())
        return " ".join(p for p in parts if p)
    if isinstance(data, dict) and isinstance(data.get("text"), str):
        return data["text"]
    return None


def read_version(path_str: str, language: str = "auto") -> tuple[str, str | None]:
    """(text, language found or None) of one input of `antenne compare`; clear errors for unusable files."""
    path = Path(path_str).expanduser()
    if not path.exists():
        raise NotFound(_("{path} does not exist").format(path=path), _("Check the file name"))
    if path.is_dir():
        raise InvalidInput(_("{path} is a folder, not a file").format(path=path),
                           _("Give a text, transcript or audio file"))
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as e:
        raise InvalidInput(_("Cannot read {path}: {reason}").format(path=path, reason=e.strerror or e)) from e
    if size == 0:
        raise InvalidInput(_("{path} is empty").format(path=path), _("Give a file with the text of a news item"))
    if looks_like_audio(path, head):
        return _transcribe(path, language)
    if size > MAX_BYTES:
        raise InvalidInput(
            _("{path} is too big to be a news item ({size} MB)").format(path=path, size=round(size / 1e6, 1)),
            _("Compare texts of at most a few pages"))
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise InvalidInput(_("{path} is not a text file").format(path=path),
                           _("Give a UTF-8 text file, a transcript JSON file or an audio file"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InvalidInput(_("{path} is not UTF-8 text").format(path=path),
                           _("Save it as UTF-8 text (plain text) and try again")) from e
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        found = transcript_text(data)
        if found is not None:
            if not found.strip():
                raise InvalidInput(_("The transcript {path} has no text").format(path=path))
            lang = data.get("language") if isinstance(data, dict) else None
            return found, lang if lang in ("fr", "en") else None
        if path.suffix.lower() == ".json":
            raise InvalidInput(_("{path} is not a transcript JSON file").format(path=path),
                               _("Use the JSON written by: antenne transcribe FILE --format json"))
    if not text.strip():
        raise InvalidInput(_("{path} has no text").format(path=path), _("Give a file with the text of a news item"))
    return text, None


def _transcribe(path: Path, language: str) -> tuple[str, str | None]:
    # lazy: the Whisper engine and numpy (~0.25 s), only when a version is an audio file, not for text
    from studio.transcribe import transcribe_text

    text, found = transcribe_text(path, language)
    if not text.strip():
        raise InvalidInput(_("No speech was found in {path}").format(path=path))
    return text, found
