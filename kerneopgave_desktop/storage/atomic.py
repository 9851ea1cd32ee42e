"""Outputs written whole or not at all: a new workshop file, and the bytes of an export.

Each is written to a hidden temporary file in the target's own folder (so the last step
is a rename within one file system) and moved to its name only when complete and on disk.
A failure, or a kill at any moment, leaves either nothing or the whole file under the
target's name; a kill can leave the temporary `.NAME.XXXXXXXX.part` beside it, never a
part of a file under NAME. New files follow the user's umask, as any program's do.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from kerneopgave_desktop.domain.model import Workshop
from kerneopgave_desktop.domain.progress import Progress
from kerneopgave_desktop.domain.text import said, visible
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.storage import errors
from kerneopgave_desktop.storage.errors import FileProblem
from kerneopgave_desktop.storage.store import Store

MAX_NAME_BYTES = 255
"""The longest file name (one path component) we write, in bytes: the limit of ext4, APFS
and NTFS alike. A longer one is refused before anything is written."""
_PREFIX_BYTES = 80
"""How much of the target's name the temporary file's name repeats, so it stays short."""


def _tr(source: str) -> str:
    return translate("Output", source)


class OutputError(FileProblem):
    """An output that could not be written; nothing was left under its name."""


def cannot_write(path: Path, detail: object) -> OutputError:
    return OutputError(_tr("Kunne ikke skrive {path} ({detail}).").format(
        path=visible(path, 1000), detail=said(detail)))


def check_name(path: str | os.PathLike[str]) -> None:
    """Refuse a path with a name longer than the file system allows, before any work."""
    for part in Path(path).parts:
        if len(os.fsencode(part)) > MAX_NAME_BYTES:
            raise OutputError(_tr("Navnet »{name}« er for langt: et filnavn må højst fylde {limit} "
                                  "byte.").format(name=visible(part, 60), limit=MAX_NAME_BYTES))


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _temporary(path: Path) -> Path:
    """A fresh hidden name beside `path` that no one else uses."""
    stem = ""
    for char in path.name:
        if len(os.fsencode(stem + char)) > _PREFIX_BYTES:
            break
        stem += char
    return path.with_name(f".{stem}.{os.urandom(4).hex()}.part")


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; a system that cannot open folders (Windows) is
    already done."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """`data` as the whole content of the file at `path`, replacing any file there.

    An existing file keeps its permissions; a new one gets the umask's. A device or pipe
    (`/dev/null`, a FIFO) is written straight into: renaming over it would replace it with
    a plain file. A symbolic link is followed, so the link stays and its target changes.
    Raises OutputError.
    """
    path = Path(path)
    check_name(path)
    try:
        if path.is_symlink():
            path = Path(os.path.realpath(path))
        if path.exists() and not path.is_file():
            with open(path, "wb") as out:
                out.write(data)
            return
        mode = path.stat().st_mode & 0o7777 if path.exists() else None
    except OSError as error:
        raise cannot_write(path, error.strerror or error) from None
    temporary = _temporary(path)
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o666)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise cannot_write(path, error.strerror or error) from None
    except BaseException:
        _remove(temporary)
        raise
    _sync_folder(path.parent)


def create_workshop(path: str | os.PathLike[str], workshop: Workshop, *,
                    replace: bool = False, progress: Progress | None = None) -> None:
    """A new workshop file at `path` holding `workshop`, written by Store.create (which
    tells `progress`; Cancelled from it leaves nothing at `path`, nor beside it).

    Without `replace`, an existing file (or one that appears while we write) is never
    touched: the finished file is hard-linked to its name, which fails if the name is
    taken. With `replace` (the user has agreed in a save dialog) it is renamed over the
    old file, unless that file is open for editing here or in another program of ours.
    Raises FileProblem.
    """
    path = Path(path)
    check_name(path)
    try:
        if os.path.lexists(path) and not replace:
            raise errors.exists(path)
        if replace and path.is_file() and _in_use(path):
            raise errors.locked(path)
    except OSError as error:
        raise cannot_write(path, error.strerror or error) from None
    temporary = _temporary(path)
    journal = temporary.with_name(temporary.name + "-journal")
    try:
        try:
            Store.create(temporary, workshop, progress).close()
        except FileProblem as error:
            # Storage's message names the temporary file and speaks of work kept open; the
            # user knows only the target. Its cause (SQLite's or the system's) says why.
            raise cannot_write(path, error.__context__ or error) from None
        os.chmod(temporary, 0o666 & ~_umask())
        if replace:
            os.replace(temporary, path)
        else:
            _link_new(temporary, path)
    except OSError as error:
        _remove(temporary, journal)
        raise cannot_write(path, error.strerror or error) from None
    except BaseException:
        _remove(temporary, journal)
        raise
    _sync_folder(path.parent)


def _in_use(path: Path) -> bool:
    """Whether a workshop window (ours or another instance's) holds `path` for writing."""
    from kerneopgave_desktop.storage.lock import FileLock

    lock = FileLock(path)
    try:
        free = lock.acquire()
    except OSError:
        return False
    lock.release()
    return not free


_NO_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS, errno.EOPNOTSUPP,
             getattr(errno, "ENOTSUP", errno.EOPNOTSUPP), errno.EACCES}
"""What a file system without hard links (FAT, some network shares) answers to link()."""


def _link_new(temporary: Path, path: Path) -> None:
    """Give the finished file its name only if the name is free, then drop the temporary."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        _remove(temporary)
        raise errors.exists(path) from None
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
        # No hard links here: check, then rename. On Windows the rename itself refuses an
        # existing name; elsewhere a file created in between these two calls is replaced.
        if os.path.lexists(path):
            raise errors.exists(path) from None
        try:
            os.rename(temporary, path)
        except FileExistsError:
            raise errors.exists(path) from None
        return
    os.unlink(temporary)
