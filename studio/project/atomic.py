"""Atomic file writes: one context manager (temporary file beside the target, fsync, `os.replace`).

`with atomic_path(dest) as tmp:` yields a temporary file in `dest`'s folder for a writer that wants a
name (soundfile, zipfile, an encoder); `with atomic_open(dest, "w") as f:` yields it open. When the block
ends without error the file is fsynced, given the user's usual mode, renamed onto `dest` and the folder
fsynced; on any error (Ctrl-C included) it is removed and `dest` is left as it was. Writers whose file
outlives one block (a streamed normalisation, an export pack renamed all at once) hold an `AtomicFile`
and call its `commit()` or `abort()`.

Temporary files are `.part` files named after this process (`studio.project.parts`), so a killed
writer's leftovers are recognised and removed by the next run. The recorder's growing WAV and its journal
are not written this way: they must stay readable while they grow (`studio.audio.recover`).
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from studio.project.oserrors import disk_full
from studio.project.parts import is_stale_part, part_file


def umask() -> int:
    """The process umask, read without changing it (os.umask would race with other threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (best effort: some file systems cannot fsync a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class AtomicFile:
    """A temporary file beside `path` that becomes `path` on `commit()`, or disappears on `abort()`.

    Stale `.part` files a killed earlier writer left beside `path` are removed first. `mode` is the
    final file's permission bits (default: what `open()` would give, mkstemp's 0600 otherwise).
    """

    def __init__(self, path: str | os.PathLike[str], mode: int | None = None) -> None:
        self.path = Path(path)
        self.mode = mode
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for stale in self.path.parent.glob(f".{self.path.stem}.*.part{self.path.suffix}"):
            if is_stale_part(stale):
                stale.unlink(missing_ok=True)
        self.tmp = part_file(self.path)
        self._synced = False

    def sync(self) -> None:
        """fsync the temporary file and set its mode (done by `commit()`; files renamed together are all
        synced first, so that none is renamed before every one is safely on disk)."""
        if not self._synced:
            with open(self.tmp, "rb+") as f:
                os.fsync(f.fileno())
            os.chmod(self.tmp, self.mode if self.mode is not None else 0o666 & ~umask())
            self._synced = True

    def commit(self) -> Path:
        """Sync the temporary file, rename it onto `path`, fsync the folder."""
        try:
            self.sync()
            os.replace(self.tmp, self.path)
        except BaseException:
            self.abort()
            raise
        fsync_dir(self.path.parent)
        return self.path

    def abort(self) -> None:
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> Path:
        return self.tmp

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def atomic_path(path: str | os.PathLike[str], mode: int | None = None) -> AtomicFile:
    """`with atomic_path(dest) as tmp:` write `tmp` by name; it becomes `dest` when the block succeeds."""
    return AtomicFile(path, mode)


@contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "wb") -> Iterator[IO[Any]]:
    """`with atomic_open(dest, "w") as f:` (text is UTF-8); `dest` is replaced when the block succeeds."""
    with atomic_path(path) as tmp, open(tmp, mode, encoding=None if "b" in mode else "utf-8") as f:
        yield f


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; a full disk says where and how much is needed."""
    try:
        with atomic_open(path, "wb") as f:
            f.write(data)
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise disk_full(path.parent, len(data), margin=0) from e
        if e.filename is None:
            e.filename = str(path)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
