"""The file's schema and its migrations.

`MIGRATIONS[i]` takes a file from schema version i to i + 1 (version 0 is a new,
empty file). Each runs in its own transaction with the new `user_version`. A
migration is history: never edit one that has shipped, add the next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

REQUIRED_TABLES = ("workshop", "boards", "zones", "cards", "links", "snapshots", "decks",
                   "rounds", "submissions")

_V1 = """
CREATE TABLE workshop (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    workplace TEXT NOT NULL DEFAULT '',
    date TEXT,
    facilitator TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO workshop (id) VALUES (1);
CREATE TABLE boards (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    template TEXT
);
CREATE TABLE zones (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    ord REAL NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    x REAL NOT NULL, y REAL NOT NULL, width REAL NOT NULL, height REAL NOT NULL,
    color TEXT,
    locked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE cards (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    ord REAL NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    x REAL NOT NULL, y REAL NOT NULL, width REAL NOT NULL, height REAL NOT NULL,
    color TEXT,
    votes INTEGER NOT NULL DEFAULT 0,
    level TEXT, perspective TEXT,
    profession TEXT,
    pole_a TEXT, pole_b TEXT, status TEXT, decision TEXT,
    output TEXT, beneficiary TEXT, involvement TEXT
);
CREATE TABLE links (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    ord REAL NOT NULL,
    source TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    target TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'plain',
    label TEXT NOT NULL DEFAULT ''
);
CREATE TABLE snapshots (
    id TEXT PRIMARY KEY,
    board_id TEXT,
    name TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    content TEXT NOT NULL
);
CREATE INDEX zones_by_board ON zones (board_id, ord);
CREATE INDEX cards_by_board ON cards (board_id, ord);
CREATE INDEX links_by_board ON links (board_id, ord);
CREATE INDEX links_by_source ON links (source);
CREATE INDEX links_by_target ON links (target);
"""


_V2 = """
ALTER TABLE zones ADD COLUMN kind TEXT NOT NULL DEFAULT 'area';
ALTER TABLE cards ADD COLUMN answers TEXT;
ALTER TABLE cards ADD COLUMN origin TEXT;
ALTER TABLE workshop ADD COLUMN professions TEXT NOT NULL DEFAULT '[]';
CREATE TABLE decks (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    cards TEXT NOT NULL DEFAULT '[]'
);
"""


_V3 = """
ALTER TABLE zones ADD COLUMN stop INTEGER NOT NULL DEFAULT 0;
"""


_V4 = """
ALTER TABLE cards ADD COLUMN round_id TEXT;
ALTER TABLE cards ADD COLUMN author TEXT;
ALTER TABLE cards ADD COLUMN stances TEXT;
CREATE TABLE rounds (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    board_id TEXT NOT NULL,
    kind TEXT,
    prompt TEXT NOT NULL DEFAULT '',
    hidden INTEGER NOT NULL DEFAULT 0,
    named INTEGER NOT NULL DEFAULT 0,
    dots INTEGER NOT NULL DEFAULT 0,
    stances INTEGER NOT NULL DEFAULT 0,
    live INTEGER NOT NULL DEFAULT 1,
    open INTEGER NOT NULL DEFAULT 0,
    shown INTEGER NOT NULL DEFAULT 0,
    zone_id TEXT,
    opened_at TEXT NOT NULL DEFAULT '',
    dots_given TEXT NOT NULL DEFAULT '[]',
    stances_taken TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE submissions (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    device TEXT NOT NULL,
    text TEXT NOT NULL,
    author TEXT,
    card_id TEXT,
    sent_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX submissions_by_round ON submissions (round_id, ord);
"""


_V5 = """
ALTER TABLE cards ADD COLUMN responsible TEXT;
ALTER TABLE cards ADD COLUMN due TEXT;
ALTER TABLE cards ADD COLUMN follow_up TEXT;
ALTER TABLE workshop ADD COLUMN sector TEXT;
ALTER TABLE boards ADD COLUMN plenary TEXT;
ALTER TABLE boards ADD COLUMN perspective TEXT;
"""


def _run(script: str) -> Callable[[Database], None]:
    def migrate(db: Database) -> None:
        for statement in script.split(";"):
            if statement.strip():
                db.execute(statement)
    return migrate


MIGRATIONS: list[Callable[[Database], None]] = [
    _run(_V1),  # 1: workshop, boards, zones, cards, links, snapshots
    _run(_V2),  # 2: zone kinds, dilemma answers and origin, own professions, own decks
    _run(_V3),  # 3: zones marked as stops when presenting
    _run(_V4),  # 4: the room: rounds, submissions (face-down ones too), cards from phones,
    #              a dilemma's stance counts
    _run(_V5),  # 5: agreements (who, by when, follow-up), the workshop's sector, group boards
]


def schema_version() -> int:
    """The version this program writes: the number of migrations."""
    return len(MIGRATIONS)
