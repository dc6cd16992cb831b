"""Confinement of every path that comes from a workshop file, an archive or an edit list.

A workshop folder is untrusted input (it travels by pack, USB stick or hand edit). A path read from it is
accepted only when it is relative, portable, and still inside its root once resolved (links followed);
identifiers that become file names (take ids, episode ids, slugs) are restricted to safe characters.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from studio.errors import WorkshopDamaged
from studio.i18n import _

#: Take and episode ids become file names (derived/t001-..., transcripts/t001.json): letters, digits, - and _.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")
CHUNK = 1 << 20


def slugify(text: str, fallback: str = "episode") -> str:
    """ASCII, lower-case, dash-separated: 'Flash info du mardi !' -> 'flash-info-du-mardi'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].strip("-") or fallback


_SAFE_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,79}")


def safe_slug(value: object, fallback: str = "episode") -> str:
    """A slug usable as a file name stem, kept as is when it already is one (letters, digits, - and _),
    otherwise made one with `slugify` (a hostile slug like '/../../x' can never leave the export folder)."""
    if isinstance(value, str) and _SAFE_SLUG.fullmatch(value):
        return value
    return slugify(value if isinstance(value, str) else "", fallback=slugify(str(fallback), "episode"))


class PathOutside(WorkshopDamaged):
    """A path from the workshop file (or an archive, an edit list) that leaves its folder."""


def outside_error(field: str, folder: Path) -> PathOutside:
    return PathOutside(
        _("The workshop file in {dir} is damaged: {field} points outside the workshop folder").format(
            dir=folder, field=field),
        _("Nothing was changed; restore the last good backup with: antenne restore {dir}").format(dir=folder),
    )


def is_inside(path: Path, root: Path) -> bool:
    """True when `path`, resolved (links followed), is `root` or below it."""
    try:
        resolved = path.resolve()
        base = root.resolve()
    except (OSError, RuntimeError):  # a link loop
        return False
    return resolved == base or base in resolved.parents


def relative_ok(rel: object) -> bool:
    """A relative, portable POSIX path without '..', empty parts, control characters or a drive."""
    if not isinstance(rel, str) or not rel or len(rel) > 400:
        return False
    if rel.startswith(("/", "~")) or "\\" in rel or re.match(r"^[A-Za-z]:", rel):
        return False
    parts = rel.split("/")
    return all(p not in ("", ".", "..") and not any(ord(c) < 32 for c in p) for p in parts)


def confined(root: Path, rel: object, field: str, under: Iterable[str] = ()) -> Path:
    """`root / rel` if `rel` is a safe relative path inside `root` (and in one of the folders `under`, when
    given), else a PathOutside error naming `field` (the value itself is never shown: it may be personal)."""
    allowed = tuple(under)
    if not relative_ok(rel) or (allowed and str(rel).split("/")[0] not in allowed):
        raise outside_error(field, root)
    path = root / str(rel)
    if not is_inside(path, root):
        raise outside_error(field, root)
    return path


def plain_name(name: object) -> bool:
    """A file name without any folder part (for the files an export record lists)."""
    return (isinstance(name, str) and bool(name) and name not in (".", "..") and "/" not in name
            and "\\" not in name and "\x00" not in name and len(name) <= 255)


def safe_id(value: object) -> bool:
    return isinstance(value, str) and ID_PATTERN.fullmatch(value) is not None


def sha256_of(path: Path) -> str:
    """SHA-256 of a regular file, read without following a final link ('' when it is not one)."""
    h = hashlib.sha256()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return ""
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            return ""
        for chunk in iter(lambda: f.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def hash_matches(path: Path, expected: object) -> bool:
    """True only for a regular file whose SHA-256 is `expected`; an empty or malformed hash never matches."""
    if not isinstance(expected, str) or SHA256_PATTERN.fullmatch(expected) is None:
        return False
    if path.is_symlink() or not path.is_file():
        return False
    return sha256_of(path) == expected


def hash_files(folder: Path, names: Iterable[str]) -> dict[str, str]:
    """{name: sha256} of the plain file names in `folder` that exist (for an export record)."""
    out = {}
    for name in names:
        if plain_name(name) and (folder / name).is_file() and not (folder / name).is_symlink():
            digest = sha256_of(folder / name)
            if digest:
                out[name] = digest
    return out

__all__ = ["PathOutside", "confined", "hash_files", "hash_matches", "is_inside", "plain_name", "relative_ok",
           "safe_id", "safe_slug", "sha256_of"]
