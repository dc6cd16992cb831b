"""Load and save a workshop folder atomically, with backups, schema checks and recovery from damage.

Layout (documented in the README):
    DIR/workshop.json      the workshop (readable JSON, `schema_version` first)
    DIR/media/             original recordings, copied in, read-only, never modified
    DIR/derived/           regenerable files (waveform summaries, renders)
    DIR/transcripts/       transcripts (raw and reviewed)
    DIR/edits/             edit lists and their undo history
    DIR/.backups/          the last few versions of workshop.json
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from typing import Any

from studio.errors import WorkshopDamaged, WorkshopError, WorkshopHealthy, WorkshopTooNew
from studio.i18n import _
from studio.project.atomic import atomic_write_bytes, atomic_write_json
from studio.project.model import SCHEMA_VERSION, Workshop, now_iso
from studio.project.templates import load_template
from studio.project.validate import validate_workshop_data
from studio.settings import recent_file

WORKSHOP_FILE = "workshop.json"
BACKUP_DIR = ".backups"
KEEP_BACKUPS = 5
SUBDIRS = ("media", "derived", "transcripts", "edits")


def is_workshop(path: Path) -> bool:
    return (path / WORKSHOP_FILE).is_file()


def _parse(path: Path, text: str) -> Workshop:
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        version = data.get("schema_version")
        if not isinstance(version, int):
            raise ValueError("no schema_version")
    except (ValueError, RecursionError) as e:
        raise WorkshopDamaged(
            _("The workshop file {file} is damaged").format(file=path / WORKSHOP_FILE),
            _("Restore the last good backup with: antenne restore {dir}").format(dir=path),
        ) from None if isinstance(e, RecursionError) else e
    if version > SCHEMA_VERSION:
        raise WorkshopTooNew(
            _("This workshop was written by a newer version of Antenne (format {found}, this one reads {known})")
            .format(found=version, known=SCHEMA_VERSION),
            _("Update Antenne to open it; the folder was left untouched"),
        )
    validate_workshop_data(data, path)
    try:
        workshop = Workshop.from_dict(data, path)
        workshop.base = data
        return workshop
    except (TypeError, KeyError, AttributeError, ValueError) as e:
        raise WorkshopDamaged(
            _("The workshop file {file} is damaged").format(file=path / WORKSHOP_FILE),
            _("Restore the last good backup with: antenne restore {dir}").format(dir=path),
        ) from e


def load_workshop(path: str | os.PathLike[str]) -> Workshop:
    """Open the workshop in `path`; clear errors for a missing, damaged or newer workshop."""
    folder = Path(path).expanduser().resolve()
    file = folder / WORKSHOP_FILE
    if not file.is_file():
        raise WorkshopError(
            _("{dir} is not an Antenne workshop (no {file})").format(dir=folder, file=WORKSHOP_FILE),
            _("Create one with: antenne new DIR --title TITLE"),
        )
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise WorkshopDamaged(
            _("The workshop file {file} cannot be read").format(file=file),
            _("Restore the last good backup with: antenne restore {dir}").format(dir=folder),
        ) from e
    return _parse(folder, text)


def _backups(folder: Path) -> list[Path]:
    return sorted((folder / BACKUP_DIR).glob("workshop.*.json"), reverse=True)


_MISSING = object()


def _list_key(items: list[Any]) -> str | None:
    """The identity field of a list of records ("id" or "name"), or None for plain lists."""
    for key in ("id", "name"):
        if items and all(isinstance(i, dict) and key in i for i in items):
            return key
    return None


def merge3(base: Any, mine: Any, theirs: Any) -> Any:
    """Three-way merge of JSON values: what this process changed since `base` is applied on top of what
    another process saved meanwhile (`theirs`). Records in lists are matched by "id" or "name"; additions
    and removals on both sides are kept; when both changed the same scalar, this process wins."""
    if mine == theirs or theirs is _MISSING:
        return mine
    if mine == base:
        return theirs
    if theirs == base:
        return mine
    if isinstance(mine, dict) and isinstance(theirs, dict):
        bd: dict[str, Any] = base if isinstance(base, dict) else {}
        out = {}
        for k in list(theirs) + [k for k in mine if k not in theirs]:
            if (k not in mine and k in bd) or (k not in theirs and k in bd):
                continue  # removed on one side
            out[k] = merge3(bd.get(k, _MISSING), mine.get(k, _MISSING), theirs.get(k, _MISSING)) \
                if k in mine else theirs[k]
        return out
    if isinstance(mine, list) and isinstance(theirs, list):
        b: list[Any] = base if isinstance(base, list) else []
        key = _list_key(b + mine + theirs)
        if key is None:  # append-only lists (logs): theirs, plus what this process appended
            return theirs + [x for x in mine if x not in b and x not in theirs]
        base_map = {i[key]: i for i in b}
        mine_map = {i[key]: i for i in mine}
        theirs_keys = {i[key] for i in theirs}
        merged = []
        for item in theirs:
            k = item[key]
            if k in base_map and k not in mine_map:
                continue  # this process removed it
            merged.append(merge3(base_map.get(k, _MISSING), mine_map[k], item) if k in mine_map else item)
        merged += [i for i in mine if i[key] not in theirs_keys and i[key] not in base_map]
        return merged
    return mine


class _FolderLock:
    """An advisory lock on the workshop folder, so the TUI, the CLI and workers save one at a time.

    Re-entrant within a process (an import holds it while it allocates a take id, copies and saves):
    flock on a second descriptor of the same file would wait for ourselves.
    """

    _held: dict[Path, list[Any]] = {}  # folder -> [fd or None, depth, thread lock]
    _guard = threading.Lock()

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / ".lock"

    def __enter__(self) -> _FolderLock:
        with _FolderLock._guard:
            entry = _FolderLock._held.setdefault(self.folder, [None, 0, threading.RLock()])
        entry[2].acquire()
        if entry[1] == 0:
            try:
                import fcntl

                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                except OSError:
                    os.close(fd)
                    raise
                entry[0] = fd
            except (ImportError, OSError):
                entry[0] = None
        entry[1] += 1
        return self

    def __exit__(self, *exc: object) -> None:
        entry = _FolderLock._held[self.folder]
        entry[1] -= 1
        if entry[1] == 0 and entry[0] is not None:
            os.close(entry[0])  # closing releases the lock
            entry[0] = None
        entry[2].release()


def workshop_lock(folder: Path) -> _FolderLock:
    """The folder's lock (re-entrant): hold it around a read-modify-save that must not interleave."""
    return _FolderLock(Path(folder))


def save_workshop(workshop: Workshop) -> None:
    """Save atomically, keeping the previous version among the last few backups.

    If another process (the CLI, a recording, a worker) saved the workshop since this copy was loaded,
    both sets of changes are merged (see `merge3`) instead of one silently overwriting the other.
    """
    folder = workshop.path
    file = folder / WORKSHOP_FILE
    with _FolderLock(folder):
        on_disk: Any = None
        keep_damaged = False
        if file.is_file():
            try:
                on_disk = json.loads(file.read_text(encoding="utf-8"))
                if not isinstance(on_disk, dict):
                    on_disk = None
            except (ValueError, OSError, UnicodeDecodeError, RecursionError):
                on_disk, keep_damaged = None, True
            if on_disk is not None:
                try:
                    validate_workshop_data(on_disk, folder)
                except WorkshopError:  # damaged meanwhile: kept as a backup below, not merged
                    version = on_disk.get("schema_version")
                    too_new = isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION
                    on_disk = {"schema_version": version} if too_new else None
                    keep_damaged = True
            if on_disk is not None and int(on_disk.get("schema_version", 0) or 0) > SCHEMA_VERSION:
                raise WorkshopTooNew(
                    _("This workshop was written by a newer version of Antenne"),
                    _("Update Antenne to open it; the folder was left untouched"),
                )
            if keep_damaged:  # never overwrite a damaged file without keeping it (it may be repaired by hand)
                stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
                try:
                    atomic_write_bytes(folder / BACKUP_DIR / f"damaged.{stamp}.json", file.read_bytes())
                except OSError:
                    pass
            if on_disk is not None:
                stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
                atomic_write_bytes(folder / BACKUP_DIR / f"workshop.{stamp}.json", file.read_bytes())
                for old in _backups(folder)[KEEP_BACKUPS:]:
                    old.unlink(missing_ok=True)
        data = workshop.to_dict()
        if on_disk is not None and workshop.base is not None and on_disk != workshop.base:
            data = merge3(workshop.base, data, on_disk)
            merged = Workshop.from_dict(data, folder)
            for f in fields(Workshop):
                if f.name not in ("path", "base"):
                    setattr(workshop, f.name, getattr(merged, f.name))
        revision = max(int(data.get("revision", 0) or 0), int((on_disk or {}).get("revision", 0) or 0)) + 1
        data["revision"] = workshop.revision = revision
        atomic_write_json(file, data)
        workshop.base = json.loads(json.dumps(data))


def restore_backup(path: str | os.PathLike[str], force: bool = False) -> Path:
    """Replace a damaged workshop file by the newest backup that parses; returns that backup.

    A healthy workshop file is left alone (WorkshopError saying so) unless `force`; the current file is
    always kept aside in .backups/ first, so a restore can itself be undone.
    """
    folder = Path(path).expanduser().resolve()
    current = folder / WORKSHOP_FILE
    if not folder.is_dir():
        raise WorkshopError(
            _("{dir} is not an Antenne workshop (no {file})").format(dir=folder, file=WORKSHOP_FILE),
            _("Check the path and try again"))
    with _FolderLock(folder):
        healthy = False
        if current.is_file():
            try:
                _parse(folder, current.read_text(encoding="utf-8"))
                healthy = True
            except (WorkshopError, OSError, UnicodeDecodeError):
                healthy = False
        if healthy and not force:
            raise WorkshopHealthy(
                _("The workshop file in {dir} is healthy: nothing was restored").format(dir=folder),
                _("To go back to the previous version anyway, run: antenne restore {dir} --force").format(
                    dir=folder),
            )
        current_bytes = current.read_bytes() if current.is_file() else None
        for backup in _backups(folder):
            try:
                backup_bytes = backup.read_bytes()
                _parse(folder, backup_bytes.decode("utf-8"))
            except (WorkshopError, OSError, UnicodeDecodeError):
                continue
            if current_bytes is not None and backup_bytes == current_bytes:
                continue  # the same content as now: look further back
            if current_bytes is not None:
                stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
                kind = "workshop" if healthy else "damaged"
                atomic_write_bytes(folder / BACKUP_DIR / f"{kind}.{stamp}.json", current_bytes)
            atomic_write_bytes(current, backup_bytes)
            return backup
    raise WorkshopError(
        _("No usable backup of the workshop file in {dir}").format(dir=folder / BACKUP_DIR),
        _("The workshop file must be repaired by hand"),
    )


def create_workshop(
    path: str | os.PathLike[str],
    title: str,
    template: str = "flash-info",
    language: str = "fr",
    **details: str,
) -> Workshop:
    """Create a new workshop folder from a template; refuses to overwrite an existing workshop."""
    folder = Path(path).expanduser().resolve()
    if is_workshop(folder):
        raise WorkshopError(
            _("{dir} already holds a workshop").format(dir=folder), _("Choose another folder")
        )
    if folder.exists() and not folder.is_dir():
        raise WorkshopError(_("{dir} is a file, not a folder").format(dir=folder))
    if not title.strip():
        raise WorkshopError(_("A workshop needs a title"), _("Give one with --title"))
    tpl = load_template(template)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for sub in SUBDIRS:
            (folder / sub).mkdir(exist_ok=True)
    except OSError as e:
        raise WorkshopError(
            _("Cannot create the folder {dir}: {reason}").format(dir=folder, reason=e.strerror or e)
        ) from e
    workshop = Workshop(
        title=title.strip(),
        date=details.pop("date", "") or datetime.now().date().isoformat(),
        language=language,
        template=tpl.name,
        plan=tpl.steps(),
        path=folder,
        **{k: v for k, v in details.items() if v},  # type: ignore[arg-type]
    )
    workshop.add_log(f"created {now_iso()}")
    save_workshop(workshop)
    remember_recent(folder)
    return workshop


def remember_recent(folder: Path) -> None:
    """Put `folder` at the top of the recent workshops list (in the user data dir)."""
    file = recent_file()
    try:
        recent = json.loads(file.read_text(encoding="utf-8")) if file.exists() else []
        if not isinstance(recent, list):
            recent = []
    except (ValueError, OSError, RecursionError):
        recent = []
    entry = str(folder)
    recent = [entry] + [r for r in recent if isinstance(r, str) and r != entry]
    try:
        atomic_write_json(file, recent[:20])
    except OSError:
        pass


def recent_workshops() -> list[Path]:
    try:
        recent = json.loads(recent_file().read_text(encoding="utf-8"))
    except (ValueError, OSError, RecursionError):
        return []
    return [Path(r) for r in recent if isinstance(r, str) and is_workshop(Path(r))]
