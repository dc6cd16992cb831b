"""Bring recordings into a workshop: validate, copy verbatim with a checksum, register as takes."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from collections.abc import Iterable
from pathlib import Path

from studio.audio import io
from studio.errors import DecodeError, InvalidInput
from studio.i18n import _
from studio.project.model import Take, Workshop, now_iso
from studio.project.oserrors import require_space
from studio.project.parts import clean_stale_parts, part_file
from studio.project.store import WORKSHOP_FILE, save_workshop, workshop_lock

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
    tmp, digest = _stage(src, dest.parent)
    try:
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return digest


def _stage(src: Path, folder: Path) -> tuple[Path, str]:
    """Copy `src` to a read-only `.part` file in `folder` (fsynced); returns (that file, its SHA-256)."""
    tmp = part_file(folder / "import.audio")
    h = hashlib.sha256()
    try:
        _check_space(src, folder)
        with open(src, "rb") as fin, open(tmp, "wb") as fout:
            for chunk in iter(lambda: fin.read(CHUNK), b""):
                h.update(chunk)
                fout.write(chunk)
            fout.flush()
            os.fsync(fout.fileno())
        os.chmod(tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, h.hexdigest()


def _check_space(src: Path, folder: Path) -> None:
    require_space(folder, src.stat().st_size)


def _extension(path: Path) -> str:
    ext = path.suffix.lower()
    if not ext or len(ext) > 6 or not ext[1:].isalnum():
        return ".audio"
    return ext


def _taken_ids(workshop: Workshop) -> set[str]:
    """Take ids in use: registered here, registered on disk by another process meanwhile, being
    recorded (a journal or a WAV in recording/), or holding a file in media/."""
    used = {t.id for t in workshop.takes}
    try:
        on_disk = json.loads((workshop.path / WORKSHOP_FILE).read_text(encoding="utf-8"))
        used |= {t["id"] for t in on_disk.get("takes", []) if isinstance(t, dict) and isinstance(t.get("id"), str)}
    except (OSError, ValueError, AttributeError, RecursionError):
        pass
    for sub in ("media", "recording"):
        folder = workshop.path / sub
        if folder.is_dir():
            used |= {p.name.split(".")[0] for p in folder.iterdir() if not p.name.startswith(".")}
    return used


def allocate_take_id(workshop: Workshop) -> str:
    """A take id free everywhere (call it holding the workshop lock, and register the take before
    releasing it, so that two processes never get the same id)."""
    used = _taken_ids(workshop)
    n = len(workshop.takes) + 1
    while f"t{n:03d}" in used:
        n += 1
    return f"t{n:03d}"


def import_files(workshop: Workshop, files: Iterable[str | os.PathLike[str]], participant: str,
                 origin: str = "import") -> list[Take]:
    """Import recordings as takes of `participant`. All files are checked first: if one is not decodable
    audio nothing is imported. The sources are only read, never modified.

    The copies are made first (to `.part` files in media/); ids are then allocated, the copies renamed
    and the workshop saved under the workshop lock, so parallel imports register distinct takes.
    """
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
    media = workshop.path / "media"
    media.mkdir(parents=True, exist_ok=True)
    clean_stale_parts([media])
    takes: list[Take] = []
    created: list[Path] = []
    staged: list[tuple[Path, str]] = []
    try:
        for p in paths:
            staged.append(_stage(p, media))
        with workshop_lock(workshop.path):
            for p, info, (tmp, digest) in zip(paths, infos, staged, strict=True):
                take_id = allocate_take_id(workshop)
                rel = f"media/{take_id}{_extension(p)}"
                dest = workshop.path / rel
                if dest.exists():  # allocate_take_id looked in media/: only a race outside Antenne
                    raise InvalidInput(_("{file} appeared in the workshop while importing").format(file=rel),
                                       _("Nothing was imported; try again"))
                os.replace(tmp, dest)
                created.append(dest)
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
            if t in workshop.takes:
                workshop.takes.remove(t)
        for c in created:
            c.unlink(missing_ok=True)
        raise
    finally:
        for tmp, _digest in staged:
            tmp.unlink(missing_ok=True)
    return takes


def free_bytes(path: Path) -> int:
    return shutil.disk_usage(path).free
