"""What SQLite says of a damaged file: its integrity check's findings, a line each, marked
as SQLite's own (English) words. `Store.integrity` asks it of a file that opened;
`findings` of one that could not be opened as a workshop (for `check`).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kerneopgave_desktop.i18n import translate


def _tr(source: str) -> str:
    return translate("Storage", source)


def sqlite_findings(conn: sqlite3.Connection) -> list[str]:
    """What SQLite's integrity check finds, a finding a line (a row may hold several, under
    a "*** in database" heading), marked as SQLite's own words: they have no Danish ones."""
    rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else [
        _tr("SQLite fandt (på engelsk): {finding}").format(finding=line)
        for row in rows for line in row.splitlines()
        if line.strip() and not line.startswith("*** in database")]


def shown(problem: str) -> str:
    """A finding as it can be printed: what is no text in it shown as escapes."""
    return problem.encode("utf-8", "backslashreplace").decode("utf-8")


def findings(path: str | os.PathLike[str]) -> list[str]:
    """What SQLite's integrity check finds in a file that could not be opened as a workshop
    (for `check`, which names the damage): empty when it finds nothing, or cannot read the
    file as a database at all. Read-only: the file is never changed."""
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return []
    try:
        return [shown(problem) for problem in sqlite_findings(conn)]
    except (sqlite3.Error, UnicodeError):
        return []
    finally:
        conn.close()
