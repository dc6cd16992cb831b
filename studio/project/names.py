"""The forms of a name and where it hides: NFC and NFD, any case, JSON escapes, slugs and file names;
redaction of a name in the workshop's free texts (used by erasure)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from studio.project.archive import MANIFEST
from studio.project.model import Workshop, slugify

REDACTED = "[…]"


def unescape_json(text: str) -> str:
    """JSON text with its \\uXXXX escapes decoded (a file written with ensure_ascii names "Zo\\u00e9")."""
    if "\\u" not in text:
        return text
    try:
        return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    except (ValueError, OverflowError):
        return text


def name_forms(name: str) -> list[str]:
    """The name as typed, composed (NFC) and decomposed (NFD): a search must find all of them."""
    forms = {name, unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name)}
    return sorted((f for f in forms if f.strip()), key=len, reverse=True)


def name_pattern(name: str) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(f) for f in name_forms(name))
    # Whole names only: erasing "Marie" leaves "Marie-Claire" (another person) alone.
    return re.compile(rf"(?<!\w)(?<!\w-)(?:{alternatives})(?!\w)(?!-\w)", re.IGNORECASE)


def slug_has(slug: str, name: str) -> bool:
    key = slugify(name, fallback="")
    return bool(key) and f"-{key}-" in f"-{slug}-"


def file_name_has(file_name: str, name: str, pattern: re.Pattern[str]) -> bool:
    """Whether a file's name (before its first dot: extensions are not names) contains the person's name,
    as typed or as a slug ("Zoé Martin" -> "...-zoe-martin-...")."""
    stem = unicodedata.normalize("NFC", file_name.lstrip(".").split(".", 1)[0])
    return bool(pattern.search(stem)) or slug_has(slugify(stem, fallback=""), name)


def is_antenne_output(folder: Path, name: str, episode: str) -> bool:
    """Whether `name` in `folder` is something Antenne wrote: an Antenne pack (a zip whose manifest comes
    first), or a file of an episode pack (its stem has a `<stem>.pack.json` manifest beside it)."""
    target = folder / name
    if episode == "pack":
        import zipfile

        try:
            with zipfile.ZipFile(target) as zf:
                first = zf.infolist()[0].filename if zf.infolist() else ""
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, IndexError):
            return False

        return first == MANIFEST
    for manifest in folder.glob("*.pack.json"):
        stem = manifest.name[: -len(".pack.json")]
        if stem and (name == manifest.name or name.startswith(stem + ".")) and manifest.is_file() \
                and not manifest.is_symlink():
            return True
    return False


def redact_name(workshop: Workshop, name: str) -> int:
    """Replace the name (NFC or NFD, any case) in every free text of the workshop (credits, titles, notes...)."""
    pattern = name_pattern(name)
    count = 0

    #: Identities, not free text: another participant called "Marie-Claire" keeps her name when "Marie" goes.
    keep = {("participants", "name"), ("takes", "participant"), ("takes", "id"), ("takes", "file"),
            ("takes", "sha256"), ("exports", "participants"), ("exports", "folder"), ("exports", "files"),
            ("exports", "hashes"), ("episodes", "id")}

    def walk(value: object, section: str = "") -> object:
        nonlocal count
        if isinstance(value, str):
            new, n = pattern.subn(REDACTED, value)
            count += n
            return new
        if isinstance(value, list):
            return [walk(v, section) for v in value]
        if isinstance(value, dict):
            return {k: v if (section, k) in keep else walk(v, section or k) for k, v in value.items()}
        return value

    data = walk(workshop.to_dict())
    if count:
        from dataclasses import fields

        fresh = Workshop.from_dict(data, workshop.path)  # type: ignore[arg-type]
        for f in fields(Workshop):
            if f.name not in ("path", "base"):
                setattr(workshop, f.name, getattr(fresh, f.name))
    return count


