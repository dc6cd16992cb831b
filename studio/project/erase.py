"""Erase a participant everywhere: takes, derived files, transcripts, caches, edits, exports, backups.

Convention every module follows so erasure can find what it derived: a file derived from a take is
named `<take id>.*` or `<take id>-*` (in derived/, transcripts/, edits/), and a cache entry derived
from audio content starts with that audio's SHA-256.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from studio.i18n import _
from studio.project.model import Workshop, now_iso
from studio.project.store import BACKUP_DIR, save_workshop
from studio.settings import cache_dir

TAKE_DIRS = ("derived", "transcripts", "edits", "recording")


def _remove(path: Path, removed: list[str], root: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            for child in sorted(path.rglob("*"), reverse=True):
                _remove(child, removed, root)
            path.rmdir()
            return
        os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
        path.unlink()
    except FileNotFoundError:
        return
    try:
        removed.append(str(path.relative_to(root)))
    except ValueError:
        removed.append(str(path))


def _derived_of(folder: Path, key: str) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.rglob("*") if p.is_file() and (p.name.startswith(key + ".") or p.name.startswith(key + "-"))]


def forget_participant(workshop: Workshop, name: str) -> list[str]:
    """Remove everything of participant `name`; returns what was removed (paths) for the user to see."""
    person = workshop.participant(name)
    root = workshop.path
    removed: list[str] = []
    takes = workshop.takes_of(person.name)
    take_ids = {t.id for t in takes}
    hashes = {t.sha256 for t in takes}
    for t in takes:
        _remove(root / t.file, removed, root)
        for sub in TAKE_DIRS:
            for p in _derived_of(root / sub, t.id):
                _remove(p, removed, root)
    # Takes still being recorded, or interrupted, are named only in their journal.
    recording = root / "recording"
    if recording.is_dir():
        for journal in recording.glob("*.journal.json"):
            try:
                speaker = json.loads(journal.read_text(encoding="utf-8")).get("participant", "")
            except (ValueError, OSError):
                continue
            if str(speaker).casefold() == person.name.casefold():
                take_id = journal.name[: -len(".journal.json")]
                for p in _derived_of(recording, take_id):
                    _remove(p, removed, root)
    cache = cache_dir()
    for digest in hashes:
        for p in _derived_of(cache, digest) if cache.is_dir() else []:
            _remove(p, removed, root)
    # Episodes: drop their items; renders of episodes that held them are derived, remove them.
    touched_episodes = []
    for e in workshop.episodes:
        before = len(e.items)
        e.items = [i for i in e.items if not (i.kind == "take" and i.ref in take_ids)]
        if len(e.items) != before:
            touched_episodes.append(e)
            for p in _derived_of(root / "derived", e.id):
                _remove(p, removed, root)
    # Exports and packs that contain the person: only plain file names inside the recorded folder
    # (a hand-edited workshop.json must not be able to make `forget` delete anything else).
    kept = []
    feeds: set[Path] = set()
    for rec in workshop.exports:
        if person.name in rec.participants:
            folder = Path(rec.folder)
            for f in rec.files:
                target = folder / f
                if Path(f).name != f or f in ("", ".", "..") or target.resolve().parent != folder.resolve():
                    continue
                _remove(target, removed, root)
            if rec.episode != "pack" and (folder / "feed.xml").is_file():
                feeds.add(folder)
        else:
            kept.append(rec)
    workshop.exports = kept
    for folder in feeds:  # the feed must not list the erased episode any more
        _rewrite_feed(folder, removed, root)
    workshop.participants.remove(person)
    workshop.takes = [t for t in workshop.takes if t.id not in take_ids]
    redacted = _redact_name(workshop, person.name)
    if redacted:
        removed.append(_("workshop.json: the name was removed from {count} texts (credits, titles, notes)")
                       .format(count=redacted))
    # Backups of the workshop file name the person: remove every one that does.
    needle = person.name.encode("utf-8")
    backups = root / BACKUP_DIR
    if backups.is_dir():
        for p in backups.iterdir():
            try:
                if needle in p.read_bytes() or needle.lower() in p.read_bytes().lower():
                    _remove(p, removed, root)
            except OSError:
                continue
    from studio.logs import scrub_log_files

    try:
        scrub_log_files([person.name])
    except OSError:
        pass
    workshop.add_log(f"erasure of one participant ({len(takes)} takes) {now_iso()}")
    save_workshop(workshop)
    # The save above made a backup of the previous file, which still named the person.
    if backups.is_dir():
        for p in backups.iterdir():
            if needle.lower() in p.read_bytes().lower():
                p.unlink()
    return removed


REDACTED = "[…]"


def _redact_name(workshop: Workshop, name: str) -> int:
    """Replace the name in every free text of the workshop (episode credits, titles, notes...)."""
    import re

    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    count = 0

    def walk(value: object) -> object:
        nonlocal count
        if isinstance(value, str):
            new, n = pattern.subn(REDACTED, value)
            count += n
            return new
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    data = walk(workshop.to_dict())
    if count:
        from dataclasses import fields

        fresh = Workshop.from_dict(data, workshop.path)  # type: ignore[arg-type]
        for f in fields(Workshop):
            if f.name not in ("path", "base"):
                setattr(workshop, f.name, getattr(fresh, f.name))
    return count


def _rewrite_feed(folder: Path, removed: list[str], root: Path) -> None:
    from studio.errors import StudioError
    from studio.export.feed import write_feed

    try:
        write_feed(folder)
    except StudioError:  # no pack left in the folder: no feed either
        _remove(folder / "feed.xml", removed, root)


def describe_removed(removed: list[str]) -> str:
    if not removed:
        return _("Nothing else was stored for this participant.")
    return "\n".join(removed)
