"""Temporary `.part` files named after the process that writes them, so leftovers can be told apart.

A file being written is `.<stem>.<pid>.<random>.part<suffix>` beside its final name. When a process is
killed, its `.part` files stay behind; the next run (and `participant forget`) removes every `.part` file
whose process is gone, and leaves alone those of a process still writing. Child processes (ffmpeg) are
started so that they die with their parent.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: A `.part` file without a process id (older versions) is stale when untouched for this long.
LEGACY_STALE_S = 6 * 3600
_PART = re.compile(r"^\..*?\.(?:(?P<pid>\d+)\.)?[^./]*\.part(?:\.[A-Za-z0-9]{1,8})?$")


def part_file(dest: Path) -> Path:
    """A new, empty temporary file beside `dest` (same folder), named after this process."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.stem}.{os.getpid()}.", suffix=f".part{dest.suffix}", dir=dest.parent)
    os.close(fd)
    return Path(tmp)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def is_stale_part(path: Path, any_owner: bool = False) -> bool:
    """A `.part` leftover: its writer is gone (or it names none and `any_owner` is true)."""
    m = _PART.match(path.name)
    if m is None or path.is_symlink() or not path.is_file():
        return False
    pid = m.group("pid")
    if pid is None:  # written by an older version: stale once nobody could still be writing it
        try:
            return any_owner or time.time() - path.stat().st_mtime > LEGACY_STALE_S
        except OSError:
            return False
    return not _alive(int(pid))


def clean_stale_parts(folders: Iterable[Path], recursive: bool = False, any_owner: bool = False) -> list[Path]:
    """Remove the stale `.part` files in `folders` (not following links); returns what was removed."""
    removed = []
    for folder in folders:
        try:
            if not folder.is_dir() or folder.is_symlink():
                continue
            candidates = folder.rglob(".*part*") if recursive else folder.glob(".*part*")
            for p in list(candidates):
                if is_stale_part(p, any_owner):
                    try:
                        p.unlink()
                        removed.append(p)
                    except OSError:
                        continue
        except OSError:
            continue
    return removed


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def child_kwargs() -> dict[str, Any]:
    """Keyword arguments for subprocess.Popen so the child is killed when this process dies (Linux)."""
    import sys

    return {"preexec_fn": _die_with_parent} if sys.platform.startswith("linux") else {}


def popen(cmd: list[str], **kwargs: Any) -> subprocess.Popen:  # type: ignore[type-arg]
    """subprocess.Popen for a helper program (ffmpeg) that must not outlive Antenne."""
    return subprocess.Popen(cmd, **child_kwargs(), **kwargs)
