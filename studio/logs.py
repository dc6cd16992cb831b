"""A rotating log file in the user data dir, with participant names scrubbed from what is written.

`setup_logging()` is called once when the command line starts. Code logs through
`logging.getLogger("antenne.<area>")` and names takes by id, never participants by name; as a second line
of defence a filter replaces the names of the participants of recent workshops by "[participant]".
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from studio.project.atomic import atomic_write_text
from studio.settings import log_dir, recent_file, workshops_dir

LOG_FILE = "antenne.log"
MAX_BYTES = 1024**2
BACKUP_COUNT = 3
PLACEHOLDER = "[participant]"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: logging.Handler | None = None


def log_file() -> Path:
    return log_dir() / LOG_FILE


def log_files() -> list[Path]:
    """The current log file and its rotated copies, oldest first."""
    base = log_file()
    rotated = [base.with_name(f"{LOG_FILE}.{i}") for i in range(BACKUP_COUNT, 0, -1)]
    return [p for p in [*rotated, base] if p.is_file()]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern matching any of `names` as a whole word, accented or not."""
    variants: set[str] = set()
    for name in names:
        name = " ".join(str(name).split())
        if len(name) < 2:
            continue
        variants.add(name)
        folded = _fold(name)
        if len(folded) >= 2:
            variants.add(folded)
        for part in name.split(" "):  # "Marie Dupont" is also scrubbed as "Marie" and "Dupont"
            if len(part) >= 3:
                variants.add(part)
                variants.add(_fold(part) or part)
    variants.discard("")
    if not variants:
        return None
    alternatives = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def scrub(text: str, names: Iterable[str] | re.Pattern[str] | None) -> str:
    """`text` with every occurrence of the names replaced by "[participant]"."""
    pattern = names if isinstance(names, re.Pattern) or names is None else name_pattern(names)
    return pattern.sub(PLACEHOLDER, text) if pattern is not None else text


def known_names(extra_folders: Iterable[Path] = (), include_backups: bool = True) -> set[str]:
    """Names of people (participants, facilitators, correspondents) in the recent workshops and in the
    workshops under the user data dir (and their backups). Read straight from the JSON files, unvalidated."""
    folders: list[Path] = list(extra_folders)
    try:
        recent = json.loads(recent_file().read_text(encoding="utf-8"))
        if isinstance(recent, list):
            folders += [Path(r) for r in recent if isinstance(r, str)]
    except (OSError, ValueError, RecursionError):
        pass
    try:
        if workshops_dir().is_dir():
            folders += [p for p in workshops_dir().iterdir() if p.is_dir()]
    except OSError:
        pass
    names: set[str] = set()
    for folder in folders:
        candidates = [folder / "workshop.json"]
        backups = folder / ".backups"
        if include_backups and backups.is_dir():
            candidates += sorted(backups.glob("*.json"))
        for file in candidates:
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, ValueError, RecursionError):
                continue
            if not isinstance(data, dict):
                continue
            for p in data.get("participants", []) or []:
                if isinstance(p, dict) and isinstance(p.get("name"), str):
                    names.add(p["name"])
            for t in data.get("takes", []) or []:
                if isinstance(t, dict) and isinstance(t.get("participant"), str):
                    names.add(t["participant"])
            for key in ("facilitator", "correspondent"):
                if isinstance(data.get(key), str) and data[key].strip():
                    names.add(data[key])
    return names


class ScrubNames(logging.Formatter):
    """Formats records, then replaces known participant names (loaded lazily, at the first record)."""
    def __init__(self, fmt: str = FORMAT) -> None:
        super().__init__(fmt)
        self._pattern: re.Pattern[str] | None = None
        self._names: set[str] = set()
        self._loaded = False

    def reset(self) -> None:
        self._pattern, self._names, self._loaded = None, set(), False

    def add_names(self, names: Iterable[str]) -> None:
        self._names |= {n for n in names if isinstance(n, str)}
        self._pattern = name_pattern(self._names)

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        if getattr(record, "no_names", False):  # built from versions and command names only
            return text
        if not self._loaded:
            self._loaded = True
            try:
                self.add_names(known_names(include_backups=False))
            except Exception:  # never let logging break a command
                pass
        return self._pattern.sub(PLACEHOLDER, text) if self._pattern is not None else text


_scrubber = ScrubNames()


def add_private_names(names: Iterable[str]) -> None:
    """Tell the log filter about names it must never write (e.g. a participant added in this run)."""
    _scrubber.add_names(names)


class _QuietRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler that never prints logging errors over a command's output."""
    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass


def setup_logging(level: int = logging.INFO, argv: list[str] | None = None, commands: object = None) -> Path | None:
    """Configure the rotating log file (again if the user data dir changed); returns its path, or None
    when it cannot be written (logging is then off: a read-only home must not stop the program).

    Only the command's name is logged, never its arguments (they hold names and paths): `commands` is the
    command line's group (the CLI passes its own; this module imports no front end), whose sub-commands
    name the words of `argv` that are commands.
    """
    global _handler
    logger = logging.getLogger("antenne")
    target = log_file()
    if _handler is not None and Path(getattr(_handler, "baseFilename", "")) != target.absolute():
        shutdown_logging()
    if _handler is None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handler = _QuietRotatingHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                            encoding="utf-8", delay=True)
        except OSError:
            return None
        handler.setFormatter(_scrubber)
        logger.addHandler(handler)
        logger.setLevel(level)
        logger.propagate = False
        _handler = handler
    args = sys.argv[1:] if argv is None else argv
    logger.info("antenne %s started (python %s): %s", _version(), sys.version.split()[0], _command_name(args, commands),
                extra={"no_names": True})
    return target


def shutdown_logging() -> None:
    """Detach and close the log file handler (tests, or before the log folder is removed)."""
    global _handler
    if _handler is not None:
        logging.getLogger("antenne").removeHandler(_handler)
        _handler.close()
        _handler = None
    _scrubber.reset()


def _command_name(args: list[str], commands: object) -> str:
    """The sub-command(s) of `args` ("participant add") found in the `commands` group, without any argument a
    user typed; "?" when there are words but no group to name them."""
    if commands is None and any(not arg.startswith("-") for arg in args):
        return "?"
    words: list[str] = []
    group = commands
    for arg in args:
        if arg.startswith("-"):
            continue
        sub = getattr(group, "commands", {}).get(arg)
        if sub is None:
            break
        words.append(arg)
        group = sub
    return " ".join(words) or "(ui)"


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("antenne")
    except Exception:
        return "?"


def recent_lines(count: int = 200) -> list[str]:
    """The last `count` lines of the log files (oldest first)."""
    lines: list[str] = []
    for file in log_files():
        try:
            lines += file.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
    return lines[-count:]


def scrub_log_files(names: Iterable[str]) -> int:
    """Rewrite the log files without `names` (called when a participant is erased); returns lines changed."""
    pattern = name_pattern(names)
    if pattern is None:
        return 0
    changed = 0
    for file in log_files():
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        new, n = pattern.subn(PLACEHOLDER, text)
        if n:
            atomic_write_text(file, new)
            changed += n
    return changed
