"""Bring recordings into a workshop: validate, copy verbatim with a checksum, register as takes."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from studio.audio import io
from studio.errors import DecodeError, InvalidInput
from studio.i18n import _
from studio.project.model import Take, Workshop, now_iso
from studio.project.store import save_workshop

CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def copy_into(src: Path, dest: Path) -> str:
    """Copy `src` to `dest` through a temporary file (fsynced, renamed); returns the SHA-256.

    The copy is made read-only: originals in a workshop are never modified.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
            for chunk in iter(lambda: fin.read(CHUNK), b""):
                h.update(chunk)
                fout.write(chunk)
            fout.flush()
            os.fsync(fout.fileno())
        os.chmod(tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return h.hexdigest()


def _extension(path: Path) -> str:
    ext = path.suffix.lower()
    if not ext or len(ext) > 6 or not ext[1:].isalnum():
        return ".audio"
    return ext


def import_files(workshop: Workshop, files: Iterable[str | os.PathLike[str]], participant: str,
                 origin: str = "import") -> list[Take]:
    """Import recordings as takes of `participant`. All files are checked first: if one is not decodable
    audio nothing is imported. The sources are only read, never modified."""
    person = workshop.require_recording_consent(participant)
    paths = [Path(f).expanduser() for f in files]
    if not paths:
        raise InvalidInput(_("No file to import"))
    infos = []
    for p in paths:
        try:
            infos.append(io.info(p))
        except DecodeError as e:
            raise DecodeError(e.message, _("Nothing was imported; fix or remove this file and try again")) from e
    takes: list[Take] = []
    created: list[Path] = []
    try:
        for p, info in zip(paths, infos, strict=True):
            take_id = workshop.next_take_id()
            rel = f"media/{take_id}{_extension(p)}"
            digest = copy_into(p, workshop.path / rel)
            created.append(workshop.path / rel)
            take = Take(
                id=take_id,
                participant=person.name,
                file=rel,
                sha256=digest,
                duration_s=round(info.duration_s, 3),
                sample_rate=info.sample_rate,
                channels=info.channels,
                origin=origin,
                created=now_iso(),
                original_name=p.name,
            )
            workshop.takes.append(take)
            takes.append(take)
        save_workshop(workshop)
    except BaseException:
        for t in takes:
            workshop.takes.remove(t)
        for c in created:
            c.unlink(missing_ok=True)
        raise
    return takes


def free_bytes(path: Path) -> int:
    return shutil.disk_usage(path).free
