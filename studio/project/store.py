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
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from studio.errors import WorkshopDamaged, WorkshopError, WorkshopTooNew
from studio.i18n import _
from studio.project.model import SCHEMA_VERSION, Workshop, now_iso

WORKSHOP_FILE = "workshop.json"
BACKUP_DIR = ".backups"
KEEP_BACKUPS = 5
SUBDIRS = ("media", "derived", "transcripts", "edits")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync it, then `os.replace` it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


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
    except ValueError as e:
        raise WorkshopDamaged(
            _("The workshop file {file} is damaged").format(file=path / WORKSHOP_FILE),
            _("Restore the last good backup with: antenne restore {dir}").format(dir=path),
        ) from e
    if version > SCHEMA_VERSION:
        raise WorkshopTooNew(
            _("This workshop was written by a newer version of Antenne (format {found}, this one reads {known})")
            .format(found=version, known=SCHEMA_VERSION),
            _("Update Antenne to open it; the folder was left untouched"),
        )
    try:
        return Workshop.from_dict(data, path)
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


def save_workshop(workshop: Workshop) -> None:
    """Save atomically, keeping the previous version among the last few backups."""
    folder = workshop.path
    file = folder / WORKSHOP_FILE
    if file.is_file():
        try:
            on_disk = json.loads(file.read_text(encoding="utf-8"))
            if isinstance(on_disk, dict) and int(on_disk.get("schema_version", 0)) > SCHEMA_VERSION:
                raise WorkshopTooNew(
                    _("This workshop was written by a newer version of Antenne"),
                    _("Update Antenne to open it; the folder was left untouched"),
                )
            previous_ok = True
        except (ValueError, OSError, UnicodeDecodeError):
            previous_ok = False
        if previous_ok:
            stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
            atomic_write_bytes(folder / BACKUP_DIR / f"workshop.{stamp}.json", file.read_bytes())
            for old in _backups(folder)[KEEP_BACKUPS:]:
                old.unlink(missing_ok=True)
    atomic_write_json(file, workshop.to_dict())


def restore_backup(path: str | os.PathLike[str]) -> Path:
    """Replace a damaged workshop file by the newest backup that parses; returns that backup."""
    folder = Path(path).expanduser().resolve()
    for backup in _backups(folder):
        try:
            _parse(folder, backup.read_text(encoding="utf-8"))
        except (WorkshopError, OSError, UnicodeDecodeError):
            continue
        current = folder / WORKSHOP_FILE
        if current.exists():
            stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
            os.replace(current, folder / BACKUP_DIR / f"damaged.{stamp}.json")
        atomic_write_bytes(current, backup.read_bytes())
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
    from studio.project.templates import load_template

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
        **{k: v for k, v in details.items() if v},
    )
    workshop.add_log(f"created {now_iso()}")
    save_workshop(workshop)
    remember_recent(folder)
    return workshop


def remember_recent(folder: Path) -> None:
    """Put `folder` at the top of the recent workshops list (in the user data dir)."""
    from studio.settings import recent_file

    file = recent_file()
    try:
        recent = json.loads(file.read_text(encoding="utf-8")) if file.exists() else []
        if not isinstance(recent, list):
            recent = []
    except (ValueError, OSError):
        recent = []
    entry = str(folder)
    recent = [entry] + [r for r in recent if isinstance(r, str) and r != entry]
    try:
        atomic_write_json(file, recent[:20])
    except OSError:
        pass


def recent_workshops() -> list[Path]:
    from studio.settings import recent_file

    try:
        recent = json.loads(recent_file().read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return []
    return [Path(r) for r in recent if isinstance(r, str) and is_workshop(Path(r))]
