"""One writer per workshop file, by an OS lock that dies with the process.

POSIX: `flock` on the file itself through a descriptor of our own, so a crash leaves no
stale lock file behind. (It does not touch SQLite's own fcntl locks; our descriptor stays
open for the whole session and is closed after SQLite's connection, so closing it cannot
drop locks SQLite holds.) Where the filesystem cannot lock (some network drives) we fall
back to SQLite's own locking. Windows: not locked here yet; SQLite's locking still keeps
two writers from corrupting the file.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


class FileLock:
    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True when we are the only writer (or cannot tell); False when another holds it."""
        if fcntl is None:
            return True
        fd = os.open(self.path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError as error:
            if error.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
                os.close(fd)
                return True  # the filesystem cannot lock: SQLite's own locking still applies
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
