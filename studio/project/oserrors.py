"""Operating-system failures turned into clear, translated messages (disk full, read-only, links...).

`explain(error)` maps an OSError (or a libsndfile "System error" raised while writing) to a StudioError
that says what happened, where, and what to do; the command line and the TUI call it at their boundary.
"""

from __future__ import annotations

import errno
import math
import shutil
from pathlib import Path

from studio.errors import StudioError
from studio.i18n import _

#: Kept free beyond what an operation needs (the system, the log, the workshop file's backups).
MARGIN_BYTES = 50 * 1024**2


class DiskFull(StudioError, OSError):
    """Not enough free space on a disk to write an output.

    Also an OSError (errno ENOSPC), so that code which already copes with a full disk (a cache that is
    only skipped, a recording kept for `antenne recover`) keeps doing so.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message, hint)
        self.errno = errno.ENOSPC
        self.strerror = message


class CannotWrite(StudioError):
    """A folder that cannot be written (read-only, no permission, a file in the way...)."""


def _size(n: float) -> str:
    if n >= 1024**3:
        return _("{n:.1f} GB").format(n=n / 1024**3)
    if n >= 1024**2:
        return _("{n:.0f} MB").format(n=round(n / 1024**2))
    return _("{n:.0f} kB").format(n=math.ceil(n / 1024))


def _existing_parent(path: Path) -> Path:
    p = path
    while not p.exists() and p != p.parent:
        p = p.parent
    return p


def free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(_existing_parent(path)).free
    except OSError:
        return None


def disk_full(where: Path, needed: int | None = None, margin: int = MARGIN_BYTES) -> DiskFull:
    free = free_bytes(where)
    if needed is not None:
        return DiskFull(
            _("Not enough free space on the disk holding {dir}: {needed} needed, {free} free").format(
                dir=where, needed=_size(needed + margin), free=_size(free or 0)),
            _("Free some space (or choose another disk) and try again; nothing was changed"),
        )
    return DiskFull(
        _("The disk holding {dir} is full ({free} free)").format(dir=where, free=_size(free or 0)),
        _("Free some space (or choose another disk) and try again"),
    )


def require_space(folder: Path, needed: int) -> None:
    """Raise DiskFull unless the disk holding `folder` has `needed` bytes free (plus a margin)."""
    free = free_bytes(folder)
    if free is not None and free < needed + MARGIN_BYTES:
        raise disk_full(folder, needed)


def explain(error: BaseException) -> StudioError | None:
    """A clear StudioError for an OSError (or a libsndfile system error), or None when it is not one."""
    if not isinstance(error, OSError):
        if type(error).__name__ == "LibsndfileError" and "System error" in str(error):
            return StudioError(_("Writing the audio file failed (the disk may be full or not writable)"),
                               _("Check the free space and that the folder can be written, then try again"))
        if isinstance(error, RuntimeError) and str(error).startswith("Symlink loop"):  # pathlib, Python < 3.13
            looped = str(error).split("from", 1)[-1].strip(" '\"")
            return StudioError(_("{path}: too many symbolic links (a link loop)").format(path=looped),
                               _("Remove the looping link and try again"))
        if isinstance(error, RecursionError):
            return StudioError(_("An input file is nested too deeply to be read"),
                               _("It is damaged or was not made by Antenne"))
        return None
    where = Path(error.filename) if isinstance(error.filename, str) else None
    shown = where if where is not None else Path(".")
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return disk_full(shown.parent if where is not None else Path.cwd())
    if code == errno.EROFS:
        return CannotWrite(_("{path} is on a read-only disk").format(path=shown),
                           _("Choose a folder you can write to"))
    if code in (errno.EACCES, errno.EPERM):
        return CannotWrite(_("Permission denied: {path}").format(path=shown),
                           _("Choose a folder you can write to, or check the file's permissions"))
    if code == errno.ENOTDIR:
        return CannotWrite(_("{path}: a part of this path is a file, not a folder").format(path=shown),
                           _("Check the path and try again"))
    if code == errno.EISDIR:
        return CannotWrite(_("{path} is a folder").format(path=shown), _("Give a file name"))
    if code == errno.ELOOP:
        return StudioError(_("{path}: too many symbolic links (a link loop)").format(path=shown),
                           _("Remove the looping link and try again"))
    if code == errno.ENAMETOOLONG:
        return StudioError(_("A file name is too long: {path}").format(path=str(shown)[:120]),
                           _("Choose a shorter name"))
    if code == errno.ENOENT:
        return StudioError(_("File or folder not found: {path}").format(path=shown),
                           _("Check the path and try again"))
    if code == errno.EEXIST and where is not None and where.is_symlink() and not where.exists():
        return StudioError(_("{path}: too many symbolic links (a link loop)").format(path=shown),
                           _("Remove the looping link and try again"))
    if code == errno.EEXIST and where is not None and where.is_file():  # a folder was wanted where a file is
        return CannotWrite(_("{path} is a file, not a folder").format(path=shown),
                           _("Choose another output folder"))
    if code == errno.EEXIST:
        return StudioError(_("{path} already exists").format(path=shown), _("Choose another name"))
    if code == errno.EMFILE or code == errno.ENFILE:
        return StudioError(_("Too many files are open"), _("Close other programs and try again"))
    if code == errno.EIO:
        return StudioError(_("The disk could not be read or written (input/output error)"),
                           _("The disk may be failing or was removed; copy your workshops elsewhere"))
    return StudioError(_("The system refused an operation: {reason}").format(reason=error.strerror or code),
                       _("Check the paths and the free space, then try again"))
