"""Erase a participant everywhere: takes, derived files, transcripts, caches, edits, sheets, exports, backups.

Convention every module follows so erasure can find what it derived: a file derived from a take is
named `<take id>.*` or `<take id>-*` (in derived/, transcripts/, edits/), and a cache entry derived
from audio content starts with that audio's SHA-256.

The workshop file is untrusted: only files inside the workshop folder, or listed by an export record in
the folder that export recorded, are deleted, and a recording or an exported file only when its SHA-256
still matches the one recorded (an empty or missing checksum never matches). The name is searched in its
composed and decomposed Unicode forms (NFC, NFD), whatever the case, in every text file Antenne wrote.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from studio.errors import StudioError
from studio.export.feed import write_feed
from studio.i18n import _
from studio.logs import scrub_log_files
from studio.project.atomic import atomic_write_text
from studio.project.confine import (
    SHA256_PATTERN,
    PathOutside,
    hash_matches,
    is_inside,
    plain_name,
    safe_id,
)
from studio.project.model import Workshop, now_iso, slugify
from studio.project.names import (
    REDACTED,
    file_name_has,
    is_antenne_output,
    name_forms,
    name_pattern,
    redact_name,
    slug_has,
    unescape_json,
)
from studio.project.parts import clean_stale_parts
from studio.project.sheet import render_plan_sheet
from studio.project.store import BACKUP_DIR, WORKSHOP_FILE, save_workshop, workshop_lock
from studio.settings import cache_dir

TAKE_DIRS = ("derived", "transcripts", "edits", "recording")
#: Files Antenne writes as text (searched for the name, and redacted or regenerated).
TEXT_SUFFIXES = {".json", ".txt", ".srt", ".vtt", ".md", ".html", ".htm", ".csv", ".toml", ".xml"}
MAX_TEXT_BYTES = 64 * 1024**2


@dataclass
class Erasure:
    """What `erase_participant` did, for the user to read."""

    name: str
    removed: list[str] = field(default_factory=list)  # files deleted (relative to the workshop when inside)
    changed: list[str] = field(default_factory=list)  # files rewritten without the name
    mentions: list[str] = field(default_factory=list)  # other participants' transcripts that name the person
    redacted: bool = False  # whether those mentions were redacted
    kept: list[str] = field(default_factory=list)  # files not deleted, and why (checksum, outside...)
    unreachable: list[str] = field(default_factory=list)  # copies elsewhere, from the export log

    def lines(self) -> list[str]:
        return self.removed + self.changed


class _Eraser:
    def __init__(self, workshop: Workshop, name: str, redact_mentions: bool) -> None:
        self.w = workshop
        self.root = workshop.path
        self.name = name
        self.pattern = name_pattern(name)
        self.redact_mentions = redact_mentions
        self.report = Erasure(name)

    # -- helpers -----------------------------------------------------------------------------------
    def show(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def remove(self, path: Path) -> None:
        """Delete one file or link (never what a link points to), or a folder of them, inside the workshop."""
        try:
            if path.is_symlink():
                path.unlink()
            elif path.is_dir():
                for child in sorted(path.iterdir()):
                    self.remove(child)
                path.rmdir()
                return
            else:
                if not os.access(path, os.W_OK):
                    os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
                path.unlink()
        except FileNotFoundError:
            return
        except OSError as e:
            self.report.kept.append(_("{file}: could not be deleted ({reason})").format(
                file=self.show(path), reason=e.strerror or e))
            return
        self.report.removed.append(self.show(path))

    def walk(self, folder: Path) -> list[Path]:
        """Regular files and links under `folder` (inside the workshop), not following links."""
        if folder.is_symlink() or not folder.is_dir() or not is_inside(folder, self.root):
            return []
        found = []
        for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
            base = Path(dirpath)
            dirnames[:] = [d for d in dirnames if not (base / d).is_symlink()]
            found += [base / f for f in filenames]
        return found

    def derived_of(self, folder: Path, key: str) -> list[Path]:
        if not key:
            return []
        return [p for p in self.walk(folder) if p.name.startswith(key + ".") or p.name.startswith(key + "-")]

    # -- the steps -----------------------------------------------------------------------------------
    def takes(self, takes: list) -> None:  # type: ignore[type-arg]
        mine = {t.id for t in takes}
        shared = {t.file for t in self.w.takes if t.id not in mine}  # a hand-edited file may share one
        for t in takes:
            try:
                path = self.w.take_path(t)
            except PathOutside:
                self.report.kept.append(_("take {id}: its file is outside the workshop folder; nothing was deleted "
                                          "there").format(id=t.id))
                continue
            if t.file in shared:
                self.report.kept.append(_("{file}: not deleted, another participant's take uses the same file")
                                        .format(file=t.file))
            elif hash_matches(path, t.sha256):
                self.remove(path)
            elif path.exists() or path.is_symlink():
                self.report.kept.append(_("{file}: not deleted, its checksum does not match the one recorded at "
                                          "import; check it and delete it by hand").format(file=self.show(path)))
            if not safe_id(t.id):
                continue
            for sub in TAKE_DIRS:
                for p in self.derived_of(self.root / sub, t.id):
                    self.remove(p)

    def recordings(self, person: str) -> None:
        """Takes still being recorded, or interrupted, are named only in their journal."""
        import json

        recording = self.root / "recording"
        for journal in self.walk(recording):
            if not journal.name.endswith(".journal.json") or journal.is_symlink():
                continue
            try:
                speaker = json.loads(journal.read_text(encoding="utf-8")).get("participant", "")
            except (ValueError, OSError, AttributeError, RecursionError):
                continue
            if str(speaker).casefold() == person.casefold():
                take_id = journal.name[: -len(".journal.json")]
                if safe_id(take_id):
                    for p in self.derived_of(recording, take_id):
                        self.remove(p)

    def caches(self, hashes: set[str]) -> None:
        cache = cache_dir()
        if not cache.is_dir():
            return
        files = None
        for digest in hashes:
            if SHA256_PATTERN.fullmatch(digest or "") is None:
                continue  # an empty or malformed hash matches nothing
            files = files if files is not None else [p for p in cache.rglob("*") if p.is_file()]
            for p in files:
                if p.name.startswith(digest):
                    self.remove_outside(p)

    def cached_mentions(self) -> None:
        """Cached transcripts (regenerable) of any audio that mention the person: deleted."""
        cache = cache_dir()
        if not cache.is_dir():
            return
        for p in cache.rglob("*.json"):
            try:
                if p.is_symlink() or not p.is_file() or p.stat().st_size > MAX_TEXT_BYTES:
                    continue
                text = p.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if self.pattern.search(text) or self.pattern.search(unescape_json(text)):
                self.remove_outside(p)

    def remove_outside(self, path: Path) -> None:
        try:
            path.unlink()
            self.report.removed.append(str(path))
        except OSError:
            pass

    def exports(self, person: str) -> None:
        """Delete the exported files that hold the person, where the export recorded them, if unchanged."""
        kept = []
        feeds: set[Path] = set()
        key = person.casefold()
        for rec in self.w.exports:
            holds = any(p.casefold() == key for p in rec.participants)
            names = any(file_name_has(f, person, self.pattern) for f in rec.files)
            folder = Path(rec.folder)
            if not holds and not names and not self._texts_name(folder, rec):
                kept.append(rec)
                continue
            checked = []  # decided before anything is deleted (a pack's manifest vouches for its files)
            for f in rec.files:
                target = folder / f
                if not plain_name(f) or target.parent.resolve() != folder.resolve():
                    continue
                ok = hash_matches(target, rec.hashes.get(f, "")) and is_antenne_output(folder, f, rec.episode)
                checked.append((target, ok))
            vouched = any(ok for _target, ok in checked)
            for target, ok in checked:
                if ok:
                    self.remove_outside(target)
                elif target.exists():
                    self.report.kept.append(_("{file}: not deleted, it changed since it was exported or its checksum "
                                              "was not recorded; delete it by hand").format(file=target))
            if vouched and rec.episode != "pack" and (folder / "feed.xml").is_file() \
                    and not (folder / "feed.xml").is_symlink():  # only a folder where Antenne's pack was found
                feeds.add(folder)
            what = _("the pack") if rec.episode == "pack" else _("the export of episode {id}").format(id=rec.episode)
            self.report.unreachable.append(
                _("{what} written to {folder} on {date}: copies made from it (published, sent, copied to "
                  "another computer) cannot be reached from here").format(
                    what=what, folder=rec.folder, date=rec.date[:10] or "?"))
        self.w.exports = kept
        for folder in feeds:  # the feed must not list the erased episode any more
            self._rewrite_feed(folder)

    def _texts_name(self, folder: Path, rec) -> bool:  # type: ignore[no-untyped-def]
        for f in rec.files:
            target = folder / f
            if plain_name(f) and Path(f).suffix.lower() in TEXT_SUFFIXES and hash_matches(target, rec.hashes.get(f, "")):
                try:
                    if self.pattern.search(unicodedata.normalize("NFC", target.read_text(encoding="utf-8"))):
                        return True
                    if self.pattern.search(target.read_text(encoding="utf-8")):
                        return True
                except (OSError, UnicodeDecodeError):
                    continue
        return False

    def _rewrite_feed(self, folder: Path) -> None:
        try:
            write_feed(folder)
        except StudioError:  # no pack left in the folder: no feed either
            self.remove_outside(folder / "feed.xml")

    def episodes(self, take_ids: set[str], person: str) -> None:
        for e in self.w.episodes:
            before = len(e.items)
            e.items = [i for i in e.items if not (i.kind == "take" and i.ref in take_ids)]
            if len(e.items) != before and safe_id(e.id):
                for p in self.derived_of(self.root / "derived", e.id):
                    self.remove(p)

    def rename_slugs(self, person: str) -> None:
        for e in self.w.episodes:
            if slug_has(e.slug, person):
                fresh = slugify(e.title, fallback=e.id)
                e.slug = fresh if not slug_has(fresh, person) else slugify(e.id, "episode")
                self.report.changed.append(_("episode {id}: its slug named the person, it is now {slug}").format(
                    id=e.id, slug=e.slug))

    def texts(self, other_takes: dict[str, str]) -> None:
        """Every text file Antenne wrote in the workshop: rewritten without the name (plan sheets are
        regenerated); other participants' transcripts are listed, and redacted when asked."""
        skip_dirs = {"media", BACKUP_DIR}
        for path in self.walk(self.root):
            rel = path.relative_to(self.root)
            if rel.parts[0] in skip_dirs or rel.as_posix() == WORKSHOP_FILE or path.is_symlink():
                continue
            if file_name_has(path.name, self.name, self.pattern):
                self.remove(path)
                continue
            if path.suffix.lower() not in TEXT_SUFFIXES:
                continue
            try:
                if path.stat().st_size > MAX_TEXT_BYTES:
                    continue
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if not self.pattern.search(text):
                if path.suffix.lower() != ".json" or not self.pattern.search(unescape_json(text)):
                    continue
                try:  # the name is there as \\u escapes: the same JSON, written readable, is redacted
                    import json

                    text = json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
                except (ValueError, RecursionError):
                    continue
            take_id = path.name.split(".")[0].split("-")[0]
            if rel.parts[0] == "transcripts" and take_id in other_takes:
                self.report.mentions.append(_("{file} (take {id} of {who})").format(
                    file=rel.as_posix(), id=take_id, who=other_takes[take_id]))
                if not self.redact_mentions:
                    continue
            self.rewrite(path, text)

    def rewrite(self, path: Path, text: str) -> None:
        try:
            regenerated = self._regenerate_sheet(path, text)
            if regenerated is None:
                atomic_write_text(path, self.pattern.sub(REDACTED, text))
            else:
                atomic_write_text(path, regenerated)
        except OSError as e:
            self.report.kept.append(_("{file}: could not be rewritten ({reason})").format(
                file=self.show(path), reason=e.strerror or e))
            return
        self.report.changed.append(_("{file}: the name was removed").format(file=self.show(path)))

    def _regenerate_sheet(self, path: Path, text: str) -> str | None:
        """The plan sheet is rebuilt from the workshop (the person is no longer in it) in its language."""
        if path.name != "plan.html" or path.parent != self.root:
            return None
        m = re.search(r"<html lang='(fr|en)'>", text)
        if m is None:
            return None

        sheet = render_plan_sheet(self.w, m.group(1))
        return self.pattern.sub(REDACTED, sheet)

    def backups(self) -> None:
        backups = self.root / BACKUP_DIR
        for p in self.walk(backups):
            try:
                text = p.read_bytes().decode("utf-8", errors="replace")
            except OSError:
                continue
            if self.pattern.search(text) or self.pattern.search(unicodedata.normalize("NFC", text)):
                self.remove(p)


def erase_participant(workshop: Workshop, name: str, redact_mentions: bool = False) -> Erasure:
    """Remove everything of participant `name` (see the module docstring); returns what was done."""
    person = workshop.participant(name)
    with workshop_lock(workshop.path):
        e = _Eraser(workshop, person.name, redact_mentions)
        takes = workshop.takes_of(person.name)
        take_ids = {t.id for t in takes}
        e.takes(takes)
        e.recordings(person.name)
        e.caches({t.sha256 for t in takes})
        e.cached_mentions()
        e.episodes(take_ids, person.name)
        e.exports(person.name)
        for p in clean_stale_parts([e.root, *(e.root / d for d in ("media", *TAKE_DIRS))], recursive=False,
                                   any_owner=True):
            e.report.removed.append(e.show(p))
        workshop.participants.remove(person)
        workshop.takes = [t for t in workshop.takes if t.id not in take_ids]
        redacted = redact_name(workshop, person.name)
        if redacted:
            e.report.changed.append(
                _("workshop.json: the name was removed from {count} texts (credits, titles, notes)").format(
                    count=redacted))
        e.rename_slugs(person.name)
        others = {t.id: t.participant for t in workshop.takes}
        e.texts(others)
        e.report.redacted = redact_mentions and bool(e.report.mentions)
        e.backups()

        try:
            scrub_log_files(name_forms(person.name))
        except OSError:
            pass
        workshop.add_log(f"erasure of one participant ({len(takes)} takes) {now_iso()}")
        save_workshop(workshop)
        # The save above made a backup of the previous file, which still named the person.
        e.backups()
    return e.report


def redact_mentions(workshop: Workshop, name: str) -> Erasure:
    """For a person already erased: redact the name from the other participants' transcripts too."""
    with workshop_lock(workshop.path):
        e = _Eraser(workshop, " ".join(name.split()), True)
        e.texts({t.id: t.participant for t in workshop.takes})
        e.report.redacted = bool(e.report.mentions)
        e.backups()
    return e.report


def forget_participant(workshop: Workshop, name: str, redact_mentions: bool = False) -> list[str]:
    """Remove everything of participant `name`; returns what was removed or rewritten (for the user)."""
    report = erase_participant(workshop, name, redact_mentions)
    return report.lines() + report.kept


def describe_removed(removed: list[str]) -> str:
    if not removed:
        return _("Nothing else was stored for this participant.")
    return "\n".join(removed)
