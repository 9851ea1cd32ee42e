"""Recognising a .kerneopgave file and connecting to it.

A file is recognised from its first 100 bytes (SQLite's magic and our application id)
before SQLite ever opens it, so a file that is not ours is never touched. The connections
are made here with the pragmas every file gets; `storage.store` decides which one to use.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kerneopgave_desktop.storage import errors
from kerneopgave_desktop.storage.errors import FileProblem
from kerneopgave_desktop.storage.schema import schema_version

APPLICATION_ID = 0x4B4F5054
"""`PRAGMA application_id` of every .kerneopgave file ("KOPT")."""

_SQLITE_MAGIC = b"SQLite format 3\x00"
CACHE_KIB = -32768
"""SQLite's page cache per file, in KiB (negative, as the pragma takes it): the whole of a
50,000-card file (11 MB), so that a move of every card rewrites pages already read, not
pages read again (a third faster); SQLite's default is 2 MB."""


def inspect(path: str | os.PathLike[str]) -> int:
    """Check from its header that `path` is a workshop file; return its schema version.

    Reads 100 bytes and writes nothing. Raises FileProblem with a message for
    the user when the path is missing, a folder, unreadable, empty, not SQLite,
    or another program's SQLite database.
    """
    path = Path(path)
    return _version(path, _header(path))


def _header(path: Path) -> bytes:
    """The first 100 bytes of `path`; FileProblem when it is not a readable file."""
    try:
        if not path.exists():
            raise errors.missing(path)
        if path.is_dir():
            raise errors.is_folder(path)
        with open(path, "rb") as handle:
            return handle.read(100)
    except PermissionError:
        raise errors.no_access(path) from None
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            raise errors.name_too_long(path) from None
        raise errors.damaged(path, error.strerror or str(error)) from None
    except ValueError:  # a NUL in the name
        raise errors.missing(path) from None


def _version(path: Path, header: bytes) -> int:
    if not header:
        raise errors.empty(path)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise errors.not_ours(path)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise errors.foreign_database(path)
    return int.from_bytes(header[60:64], "big")


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, timeout=2.0)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = {CACHE_KIB}")
    if not read_only:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _reader(path: Path, version: int) -> tuple[sqlite3.Connection, sqlite3.Connection | None]:
    """A read-only connection, and for an older file a migrated copy in memory to read
    instead (then the file's own connection comes second)."""
    conn = _connect(path, True)
    if version >= schema_version():
        return conn, None
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
    except sqlite3.Error:
        memory.close()
        conn.close()
        raise
    return memory, conn


def _writable(path: Path) -> bool:
    """Can we write the file and create its journal beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _problem(path: Path, error: Exception) -> FileProblem:
    text = str(error)
    if "locked" in text or "busy" in text:
        return errors.locked(path)
    return errors.damaged(path, text)


def _records(conn: sqlite3.Connection, sql: str) -> Iterable[dict[str, Any]]:
    """Rows as dicts keyed by column name."""
    cursor = conn.execute(sql)
    names = [column[0] for column in cursor.description]
    for row in cursor:  # as long as the description, always (zip's strict costs 50,000 rows
        yield dict(zip(names, row, strict=False))  # of a file's cards 40 ms)

