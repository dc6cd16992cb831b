"""Move a workshop between laptops as one zip archive with SHA-256 checksums; unpack refuses unsafe archives.

Format (an "Antenne pack"): a plain zip file, readable by any unzip tool.
    antenne-pack.json      the manifest, first entry: format, versions, and {path, size, sha256} of every file
    workshop.json          the workshop file
    media/ transcripts/ edits/ ...   every other visible file of the folder, with relative POSIX paths
Media are stored uncompressed (audio does not deflate well, and an old laptop packs faster); readable
files are deflated. `.backups/`, hidden and temporary files are never packed; `derived/` (regenerable
waveform summaries and renders) only on request.

Unpacking checks every entry before writing anything (names, types, sizes, compression ratio, count,
duplicates, manifest), extracts into a temporary folder beside the target, verifies every checksum and
the workshop file, and only then renames the folder into place: a refused archive leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from studio.errors import ArchiveError, StudioError, WorkshopError, WorkshopTooNew
from studio.i18n import _
from studio.project.atomic import atomic_path, fsync_dir, umask
from studio.project.confine import PathOutside, hash_files
from studio.project.model import ExportRecord, Workshop, now_iso
from studio.project.oserrors import require_space
from studio.project.store import (
    BACKUP_DIR,
    SUBDIRS,
    WORKSHOP_FILE,
    is_workshop,
    load_workshop,
    remember_recent,
    save_workshop,
)

log = logging.getLogger("antenne.archive")

MANIFEST = "antenne-pack.json"
PACK_FORMAT = "antenne-pack"
PACK_VERSION = 1
#: Folders that hold regenerable files, left out of a pack unless asked for.
DERIVED_DIR = "derived"
#: Extensions stored deflated; everything else (audio) is stored as is.
TEXT_EXTENSIONS = {".json", ".txt", ".srt", ".vtt", ".md", ".toml", ".html", ".csv", ".peaks", ".npy"}

#: Limits an archive must respect to be unpacked (a workshop never comes near them).
MAX_ENTRIES = 20_000
MAX_TOTAL_BYTES = 20 * 1024**3
MAX_ENTRY_BYTES = 8 * 1024**3
MAX_MANIFEST_BYTES = 32 * 1024**2
MAX_WORKSHOP_FILE_BYTES = 64 * 1024**2
#: Largest accepted uncompressed/compressed ratio for an entry bigger than RATIO_MIN_BYTES.
MAX_RATIO = 100
RATIO_MIN_BYTES = 1024**2
MAX_PATH_CHARS = 400
CHUNK = 1 << 20

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass
class PackEntry:
    path: str  # POSIX path relative to the workshop folder
    size: int
    sha256: str


@dataclass
class PackResult:
    archive: Path
    files: int
    total_bytes: int
    entries: list[PackEntry] = field(default_factory=list)


@dataclass
class UnpackResult:
    folder: Path
    files: int
    total_bytes: int
    title: str


# -- packing ---------------------------------------------------------------------------------------


def _is_packed(rel: PurePosixPath, include_derived: bool) -> bool:
    if any(part.startswith(".") for part in rel.parts):
        return False  # .backups/, temporary files being written (.name.xxx.tmp / .part), editor files
    if rel.parts[0] == DERIVED_DIR and not include_derived:
        return False
    return True


def _pack_files(folder: Path, include_derived: bool, skip: set[Path]) -> list[tuple[Path, PurePosixPath]]:
    found: list[tuple[Path, PurePosixPath]] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        for d in list(dirnames):
            p = base / d
            if p.is_symlink():
                raise ArchiveError(
                    _("{path} is a link; a pack only holds the workshop's own files").format(path=p),
                    _("Replace the link by the files themselves and pack again"),
                )
        dirnames.sort()
        for name in sorted(filenames):
            p = base / name
            rel = PurePosixPath(p.relative_to(folder).as_posix())
            if not _is_packed(rel, include_derived) or p.resolve() in skip:
                continue
            mode = p.lstat().st_mode
            if stat.S_ISLNK(mode) or not stat.S_ISREG(mode):
                raise ArchiveError(
                    _("{path} is not a regular file; a pack only holds the workshop's own files").format(path=p),
                    _("Replace it by the file itself and pack again"),
                )
            found.append((p, rel))
    return found


def _hash_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _antenne_version() -> str:
    try:
        from importlib.metadata import version

        return version("antenne")
    except Exception:
        return "unknown"


def pack_workshop(folder: str | os.PathLike[str], output: str | os.PathLike[str],
                  include_derived: bool = False, record: bool = True) -> PackResult:
    """Write the workshop in `folder` as one Antenne pack at `output` (atomically).

    Media files are checked against the checksums recorded at import: a damaged recording is not packed
    silently. When `record` is true the pack is remembered in the workshop's export list, so that erasing
    a participant also deletes the packs that hold their voice.
    """
    workshop = load_workshop(folder)
    root = workshop.path
    out = Path(output).expanduser().absolute()
    if out.is_dir():
        raise ArchiveError(_("{path} is a folder").format(path=out), _("Give the name of the archive to write, e.g. workshop.zip"))
    if out.suffix.lower() != ".zip":
        log.info("pack written with a non-.zip extension")
    takes_by_file = {t.file: t for t in workshop.takes}
    for t in workshop.takes:
        if not (root / t.file).is_file():
            raise ArchiveError(
                _("The recording of take {id} is missing ({file})").format(id=t.id, file=t.file),
                _("Run antenne recover DIR, or remove the take, then pack again"),
            )
    files = _pack_files(root, include_derived, skip={out.resolve()})
    out.parent.mkdir(parents=True, exist_ok=True)
    require_space(out.parent, sum(p.stat().st_size for p, _rel in files))
    entries: list[PackEntry] = []
    total = 0
    with atomic_path(out) as tmp:  # a killed earlier pack's leftovers are removed first
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
            # The manifest must come first, but holds every checksum: hash everything first.
            for path, rel in files:
                digest, size = _hash_file(path)
                take = takes_by_file.get(rel.as_posix())
                if take is not None and take.sha256 and take.sha256 != digest:
                    raise ArchiveError(
                        _("The recording of take {id} ({file}) has changed since it was imported").format(
                            id=take.id, file=rel.as_posix()),
                        _("It may be damaged; nothing was packed"),
                    )
                entries.append(PackEntry(rel.as_posix(), size, digest))
                total += size
            manifest = {
                "format": PACK_FORMAT,
                "pack_version": PACK_VERSION,
                "antenne_version": _antenne_version(),
                "schema_version": workshop.schema_version,
                "created": now_iso(),
                "title": workshop.title,
                "files": [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in entries],
            }
            zf.writestr(_zipinfo(MANIFEST, zipfile.ZIP_DEFLATED),
                        json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
            for (path, rel), entry in zip(files, entries, strict=True):
                method = zipfile.ZIP_DEFLATED if rel.suffix.lower() in TEXT_EXTENSIONS else zipfile.ZIP_STORED
                h = hashlib.sha256()
                with open(path, "rb") as fin, zf.open(_zipinfo(rel.as_posix(), method, entry.size), "w",
                                                       force_zip64=entry.size > 2**31) as fout:
                    while chunk := fin.read(CHUNK):
                        h.update(chunk)
                        fout.write(chunk)
                if h.hexdigest() != entry.sha256:
                    raise ArchiveError(
                        _("{file} changed while it was being packed").format(file=rel.as_posix()),
                        _("Close the other program using the workshop and pack again"),
                    )
    log.info("packed workshop: %d files, %d bytes", len(entries), total)
    if record:
        _record_pack(workshop, out)
    return PackResult(out, len(entries), total, entries)


def _zipinfo(name: str, method: int, size: int = 0) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = method
    info.file_size = size
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.create_system = 3  # Unix, so that the file type in external_attr means something
    return info


def _record_pack(workshop: Workshop, out: Path) -> None:
    """Remember where a pack was written and whose data it holds (erasure deletes it with them)."""
    workshop.exports = [r for r in workshop.exports
                        if not (r.episode == "pack" and Path(r.folder) == out.parent and r.files == [out.name])]
    workshop.exports.append(ExportRecord(
        episode="pack", folder=str(out.parent), files=[out.name],
        participants=[p.name for p in workshop.participants], date=now_iso(),
        hashes=hash_files(out.parent, [out.name]),
    ))
    workshop.add_log(f"packed {now_iso()}")
    try:
        save_workshop(workshop)
    except (OSError, StudioError):  # a read-only workshop can still be packed
        log.warning("could not record the pack in the workshop file")


# -- unpacking -------------------------------------------------------------------------------------


def _refuse(message: str) -> ArchiveError:
    return ArchiveError(message, _("Nothing was unpacked; ask for a new pack made with antenne pack"))


def _safe_name(name: str) -> PurePosixPath:
    """The entry's path if it stays inside the target folder, else an ArchiveError."""
    if not name or len(name) > MAX_PATH_CHARS or "\x00" in name:
        raise _refuse(_("The archive holds an entry with an unusable name"))
    shown = name[:80]
    if "\\" in name or name.startswith("/") or _WINDOWS_DRIVE.match(name):
        raise _refuse(_("The archive holds an absolute or non-portable path: {name}").format(name=shown))
    parts = name.rstrip("/").split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise _refuse(_("The archive holds a path that leaves its folder: {name}").format(name=shown))
    if any(p.startswith(".") or any(ord(c) < 32 for c in p) for p in parts):
        raise _refuse(_("The archive holds an unexpected entry: {name}").format(name=shown))
    return PurePosixPath(*parts)


def _declared_entries(path: Path) -> int | None:
    """The entry count the zip's end record declares, read before zipfile loads the whole directory."""
    import struct

    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - 65_557))
            tail = f.read()
    except OSError:
        return None
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    count = struct.unpack("<H", tail[at + 10:at + 12])[0]
    locator = tail.rfind(b"PK\x06\x07", 0, at)
    if locator >= 0 and locator + 20 <= len(tail):
        offset = struct.unpack("<Q", tail[locator + 8:locator + 16])[0]
        try:
            with open(path, "rb") as f:
                f.seek(offset)
                record = f.read(56)
            if record[:4] == b"PK\x06\x06" and len(record) == 56:
                count = max(count, struct.unpack("<Q", record[32:40])[0])
        except (OSError, ValueError, OverflowError):
            pass
    return count


def _check_entries(zf: zipfile.ZipFile) -> tuple[dict[str, zipfile.ZipInfo], dict]:  # type: ignore[type-arg]
    """Check every entry and the manifest without extracting anything; returns (files by path, manifest)."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refuse(_("The archive holds too many entries ({count}, at most {limit})").format(
            count=len(infos), limit=MAX_ENTRIES))
    files: dict[str, zipfile.ZipInfo] = {}
    seen: set[str] = set()
    total = 0
    for info in infos:
        rel = _safe_name(info.filename)
        key = rel.as_posix()
        folded = key.casefold()
        if folded in seen:
            raise _refuse(_("The archive holds the same name twice: {name}").format(name=key[:80]))
        seen.add(folded)
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if info.is_dir():
            if kind not in (0, stat.S_IFDIR):
                raise _refuse(_("The archive holds a link or a special file: {name}").format(name=key[:80]))
            continue
        if kind not in (0, stat.S_IFREG):
            raise _refuse(_("The archive holds a link or a special file: {name}").format(name=key[:80]))
        if info.flag_bits & 0x1:
            raise _refuse(_("The archive is encrypted"))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(_("The archive uses an unsupported compression method"))
        if info.file_size > MAX_ENTRY_BYTES:
            raise _refuse(_("The archive declares a file that is far too large: {name}").format(name=key[:80]))
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(_("The archive holds a file compressed suspiciously well (a \"zip bomb\"): {name}")
                          .format(name=key[:80]))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(_("The archive would unpack to more than {gb} GB").format(gb=MAX_TOTAL_BYTES // 1024**3))
        files[key] = info
    manifest_info = files.pop(MANIFEST, None)
    if manifest_info is None or WORKSHOP_FILE not in files:
        raise ArchiveError(_("This file is not an Antenne pack (no manifest or no workshop file)"),
                           _("Make packs with: antenne pack DIR -o FILE"))
    if manifest_info.file_size > MAX_MANIFEST_BYTES or files[WORKSHOP_FILE].file_size > MAX_WORKSHOP_FILE_BYTES:
        raise _refuse(_("The archive's manifest or workshop file is too large"))
    manifest = _read_manifest(zf, manifest_info)
    listed = {e["path"]: e for e in manifest["files"]}
    if set(listed) != set(files):
        extra = sorted(set(files) - set(listed))
        missing = sorted(set(listed) - set(files))
        name = (extra or missing)[0]
        raise _refuse(_("The archive does not match its manifest ({name})").format(name=name[:80]))
    for key, info in files.items():
        if info.file_size != listed[key]["size"]:
            raise _refuse(_("The archive does not match its manifest ({name})").format(name=key[:80]))
    return files, listed


def _read_manifest(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> dict:  # type: ignore[type-arg]
    try:
        with zf.open(info) as f:
            raw = f.read(MAX_MANIFEST_BYTES + 1)
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != PACK_FORMAT:
            raise ValueError("not a pack manifest")
        version = data.get("pack_version")
        if not isinstance(version, int):
            raise ValueError("no pack version")
        entries = data["files"]
        if not isinstance(entries, list):
            raise ValueError("no file list")
        for e in entries:
            if not (isinstance(e, dict) and isinstance(e.get("path"), str) and isinstance(e.get("size"), int)
                    and isinstance(e.get("sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", e["sha256"])):
                raise ValueError("bad file entry")
            _safe_name(e["path"])
    except ArchiveError:
        raise
    except (ValueError, KeyError, TypeError, OSError, zipfile.BadZipFile, EOFError) as e:
        raise ArchiveError(_("This file is not an Antenne pack, or its manifest is damaged"),
                           _("Make packs with: antenne pack DIR -o FILE")) from e
    if version > PACK_VERSION:
        raise ArchiveError(
            _("This pack was made by a newer version of Antenne (pack format {found}, this one reads {known})")
            .format(found=version, known=PACK_VERSION),
            _("Update Antenne to unpack it"),
        )
    return data


def _extract_one(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path, expected_sha: str) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(dest, flags, 0o644)
    h = hashlib.sha256()
    written = 0
    with os.fdopen(fd, "wb") as fout, zf.open(info) as fin:
        while True:
            chunk = fin.read(CHUNK)
            if not chunk:
                break
            written += len(chunk)
            if written > info.file_size:
                raise _refuse(_("{name} is larger than the archive declares").format(name=info.filename[:80]))
            h.update(chunk)
            fout.write(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    if written != info.file_size or h.hexdigest() != expected_sha:
        raise ArchiveError(
            _("The checksum of {name} does not match: the archive is damaged").format(name=info.filename[:80]),
            _("Nothing was unpacked; copy the pack again from the other laptop"),
        )


def _check_target(target: Path) -> None:
    if is_workshop(target):
        raise WorkshopError(_("{dir} already holds a workshop").format(dir=target),
                            _("Unpack into a new folder"))
    if target.exists():
        if not target.is_dir() or target.is_symlink():
            raise WorkshopError(_("{dir} exists and is not a folder").format(dir=target), _("Unpack into a new folder"))
        if any(target.iterdir()):
            raise WorkshopError(_("{dir} is not empty").format(dir=target), _("Unpack into a new folder"))


def unpack_workshop(archive: str | os.PathLike[str], folder: str | os.PathLike[str]) -> UnpackResult:
    """Unpack an Antenne pack into the new folder `folder`; refuses unsafe or damaged archives.

    Nothing is written until every entry has been checked; files are extracted into a temporary folder
    beside `folder`, verified, and renamed into place at the end, so a refusal leaves nothing behind.
    """
    src = Path(archive).expanduser()
    target = Path(folder).expanduser().absolute()
    if not src.is_file():
        raise ArchiveError(_("File not found: {path}").format(path=src), _("Check the path and try again"))
    _check_target(target)
    declared = _declared_entries(src)
    if declared is not None and declared > MAX_ENTRIES:
        raise _refuse(_("The archive holds too many entries ({count}, at most {limit})").format(
            count=declared, limit=MAX_ENTRIES))
    try:
        zf = zipfile.ZipFile(src)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        raise ArchiveError(_("{name} is not an Antenne pack (not a zip archive, or a damaged one)").format(
            name=src.name), _("Make packs with: antenne pack DIR -o FILE")) from e
    with zf:
        try:
            files, listed = _check_entries(zf)
        except (zipfile.BadZipFile, EOFError, ValueError) as e:
            raise _refuse(_("{name} is a damaged archive").format(name=src.name)) from e
        total = sum(i.file_size for i in files.values())
        # Many small entries each compressed suspiciously well add up: bound the whole archive's ratio.
        if total > RATIO_MIN_BYTES and total > MAX_RATIO * max(src.stat().st_size, 1):
            raise _refuse(_("The archive would expand to {mb} MB from a {kb} kB file (a \"zip bomb\")").format(
                mb=total // 1024**2, kb=max(1, src.stat().st_size // 1024)))
        parent = target.parent
        parent.mkdir(parents=True, exist_ok=True)
        require_space(parent, total)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.unpack-", dir=parent))
        try:
            # The workshop file first: a pack from a newer version is refused before the media are copied.
            order = [WORKSHOP_FILE] + sorted(k for k in files if k != WORKSHOP_FILE)
            for i, key in enumerate(order):
                _extract_one(zf, files[key], tmp / key, listed[key]["sha256"])
                if i == 0:
                    try:
                        workshop = load_workshop(tmp)
                    except PathOutside:
                        raise _refuse(_("The archive's workshop file points outside the workshop folder")) from None
                    except WorkshopTooNew:
                        raise
                    except WorkshopError as e:
                        problem = e.message.replace(str(tmp), target.name)
                        raise _refuse(problem) from None
            _check_takes(workshop, tmp, listed)
            for t in workshop.takes:  # originals are read-only in a workshop
                os.chmod(tmp / t.file, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
            for sub in SUBDIRS:
                (tmp / sub).mkdir(exist_ok=True)
            _forget_foreign_exports(workshop)
            os.chmod(tmp, 0o777 & ~umask())
            _check_target(target)
            if target.exists():
                target.rmdir()  # an empty folder made for the purpose
            os.rename(tmp, target)
        except BaseException as e:
            shutil.rmtree(tmp, ignore_errors=True)
            if isinstance(e, (zipfile.BadZipFile, EOFError, zlib_error())):
                raise _refuse(_("{name} is a damaged archive").format(name=src.name)) from e
            raise
    fsync_dir(parent)

    remember_recent(target)
    log.info("unpacked a workshop: %d files, %d bytes", len(files), total)
    return UnpackResult(target, len(files), total, workshop.title)


def _forget_foreign_exports(workshop: Workshop) -> None:
    """Export records name folders on the other laptop: drop them, so nothing here acts on those paths
    (erasing a participant deletes the files an export record lists)."""
    if not workshop.exports:
        return
    count = len(workshop.exports)
    workshop.exports = []
    workshop.add_log(f"unpacked {now_iso()}: {count} export records of the other computer not kept")
    save_workshop(workshop)
    shutil.rmtree(workshop.path / BACKUP_DIR, ignore_errors=True)


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _check_takes(workshop: Workshop, root: Path, listed: dict) -> None:  # type: ignore[type-arg]
    """Every take's recording is in the pack, inside media/, with the checksum recorded at import."""
    for t in workshop.takes:
        try:
            rel = _safe_name(t.file).as_posix()
        except ArchiveError:
            raise _refuse(_("The workshop file points outside the workshop folder ({name})").format(
                name=str(t.file)[:80])) from None
        entry = listed.get(rel)
        if entry is None:
            raise _refuse(_("The recording of take {id} is missing from the archive").format(id=t.id))
        if t.sha256 and entry["sha256"] != t.sha256:
            raise ArchiveError(
                _("The checksum of {name} does not match: the archive is damaged").format(name=rel),
                _("Nothing was unpacked; copy the pack again from the other laptop"),
            )


__all__ = ["BACKUP_DIR", "MANIFEST", "PackResult", "UnpackResult", "pack_workshop", "unpack_workshop"]
