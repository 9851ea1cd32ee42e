"""Objects in a workshop file that our migrations did not create.

Another program (a database browser, a script) can add triggers, views, tables or
indexes to a file, or change ours. A trigger runs on our own writes: `AFTER UPDATE ON
cards BEGIN DELETE FROM cards; END` would delete every card on the first move. So the
file's `sqlite_master` is compared with the schema our migrations create for its
version, before anything is written; a file with strangers opens read-only and is
never written, and "Gem en kopi" writes a clean file from memory.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from kerneopgave_desktop.domain.text import visible
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.storage.schema import MIGRATIONS

_SPACE = re.compile(r"\s+")


def _tr(source: str) -> str:
    return translate("Strangers", source)


@dataclass(frozen=True)
class Stranger:
    """One object that is not ours, or one of ours that was changed."""

    kind: str
    """`table`, `view`, `trigger` or `index`, as sqlite_master says."""
    name: str
    changed: bool = False
    """True for an object of ours whose definition differs from ours."""

    def label(self) -> str:
        """In Danish, for a message: 'trigger »t«', 'ændret tabel »cards«'."""
        kind = {"table": _tr("tabel"), "view": _tr("view"), "trigger": _tr("trigger"),
                "index": _tr("indeks")}.get(self.kind, self.kind)
        text = f"{kind} »{visible(self.name, limit=80)}«"
        return _tr("ændret {what}").format(what=text) if self.changed else text


def _normal(sql: str | None) -> str:
    return _SPACE.sub(" ", sql or "").strip()


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """(type, name) -> normalised SQL of every object SQLite did not make itself."""
    found: dict[tuple[str, str], str] = {}
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master"):
        text = name if isinstance(name, str) else repr(name)
        if text.startswith("sqlite_"):  # SQLite's own: autoindexes, sqlite_stat1, ...
            continue
        found[(str(kind), text)] = _normal(sql if isinstance(sql, str) else repr(sql))
    return found


@lru_cache(maxsize=8)
def expected(version: int) -> dict[tuple[str, str], str]:
    """The objects a file of schema `version` has: our migrations up to it, run in memory."""
    conn = sqlite3.connect(":memory:")
    try:
        for migration in MIGRATIONS[:version]:
            migration(conn)  # ours run plain SQL, so sqlite-utils need not be loaded here
        return _objects(conn)
    finally:
        conn.close()


def find(conn: sqlite3.Connection, version: int) -> list[Stranger]:
    """Objects in `conn`'s database that a file of `version` should not have.

    Reads sqlite_master only, so nothing in the file runs. A file newer than this
    program cannot be judged (it opens read-only anyway) and gives an empty list.
    """
    if version > len(MIGRATIONS):
        return []
    ours = expected(version)
    strangers = []
    for (kind, name), sql in _objects(conn).items():
        mine = ours.get((kind, name))
        if mine is None:
            strangers.append(Stranger(kind, name))
        elif mine != sql:
            strangers.append(Stranger(kind, name, changed=True))
    return strangers


def notice(strangers: list[Stranger]) -> str:
    """Why the file opened read-only, naming the first few strangers."""
    names = ", ".join(stranger.label() for stranger in strangers[:5])
    if len(strangers) > 5:
        names += _tr(" og {count} mere").format(count=len(strangers) - 5)
    return _tr("Filen indeholder noget, som Kerneopgave-tavlen ikke selv har lavet ({names}), "
               "fx tilføjet af et andet program. Den er åbnet skrivebeskyttet, så det aldrig "
               "bliver kørt. Brug Gem en kopi… for at få en ren fil, du kan arbejde videre "
               "i.").format(names=names)


def drop(conn: sqlite3.Connection, strangers: list[Stranger]) -> None:
    """Remove the strangers' triggers and views from a private copy (never the file), so that
    migrating that copy in memory cannot trip over them."""
    for stranger in strangers:
        if stranger.kind in ("trigger", "view") and not stranger.changed:
            quoted = stranger.name.replace('"', '""')
            conn.execute(f'DROP {stranger.kind.upper()} IF EXISTS "{quoted}"')
