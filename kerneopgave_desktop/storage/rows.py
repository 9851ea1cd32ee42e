"""The file's tables as rows: their columns, the upsert SQL, and the builders that turn a
model's card, zone, link, round or submission into the tuple SQLite takes.

What a commit writes (`storage.writing`) is built here, and what loading reads back
(`storage.reading`) uses the same columns.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import Card, Link, Workshop, Zone
from kerneopgave_desktop.domain.progress import Counter
from kerneopgave_desktop.domain.records import ROOM_CARD_FIELDS, kept, round_to_dict
from kerneopgave_desktop.domain.rounds import Submission

_CHUNK = 500
_CARD_HEAD = ("id", "board_id", "ord", "kind", "text", "x", "y", "width", "height", "color",
              "votes")
_CARD_COLUMNS = (*_CARD_HEAD, *fields_table.stored_columns())
"""The cards table: the head every card fills, then a column per field (domain.fields)."""
_ZONE_COLUMNS = ("id", "board_id", "ord", "title", "x", "y", "width", "height", "color", "locked",
                 "kind", "stop")
_LINK_COLUMNS = ("id", "board_id", "ord", "source", "target", "kind", "label")


def _upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}")


_UPSERT = {name: _upsert_sql(name, columns) for name, columns in
           (("zones", _ZONE_COLUMNS), ("cards", _CARD_COLUMNS), ("links", _LINK_COLUMNS))}


def everything(workshop: Workshop) -> Changes:
    """Changes that touch and place every part of `workshop` (to write it whole)."""
    changes = Changes(info=True, boards={b.id for b in workshop.boards},
                      snapshots={s.id for s in workshop.snapshots},
                      decks={d.id for d in workshop.decks},
                      rounds={r.id for r in workshop.rounds},
                      submissions=set(workshop.submissions))
    for board in workshop.boards:
        changes.touch(board.id, [*board.zones, *board.cards, *board.links], placed=True)
    return changes


_ROUND_FLAGS = ("hidden", "named", "stances", "live", "open", "shown")
_ROUND_TEXT = ("kind", "prompt", "opened_at")
_ROUND_COLUMNS = ("id", "position", "board_id", *_ROUND_TEXT, *_ROUND_FLAGS, "dots", "zone_id",
                  "dots_given", "stances_taken")
_ROUND_UPSERT = _upsert_sql("rounds", _ROUND_COLUMNS)
_SUBMISSION_UPSERT = _upsert_sql("submissions", ("id", "round_id", "ord", "device", "text",
                                                 "author", "card_id", "sent_at"))


def _round_row(position: int, round_: Any) -> tuple[Any, ...]:
    record = round_to_dict(round_)
    return (round_.id, position, round_.board, *(record[name] for name in _ROUND_TEXT),
            *(int(record[name]) for name in _ROUND_FLAGS), round_.dots, round_.zone,
            json.dumps(record["dots_given"], ensure_ascii=False),
            json.dumps(record["stances_taken"], ensure_ascii=False))


def _submission_row(position: int, submission: Submission) -> tuple[Any, ...]:
    return (submission.id, submission.round, position, submission.device, submission.text,
            submission.author, submission.card, submission.sent_at)


def _counted(rows: Iterable[tuple[Any, ...]], counter: Counter) -> Iterator[tuple[Any, ...]]:
    """`rows` as SQLite takes them, counted as they go (the counter may stop the write)."""
    for row in rows:
        counter.add()
        yield row


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _marks(chunk: list[str]) -> str:
    return ", ".join("?" * len(chunk))


def _card_row(board_id: str, ord_: float | None, card: Card) -> tuple[Any, ...]:
    fields = {name: kept(card, name) for name in card.kind_fields()}
    fields.update({name: getattr(card, name) for name in ROOM_CARD_FIELDS})
    for name in card.structured:  # kept as JSON text
        fields[name] = json.dumps(fields[name], ensure_ascii=False)
    return (card.id, board_id, ord_, card.kind, card.text, card.x, card.y, card.width,
            card.height, card.color, card.votes,
            *(fields.get(name) for name in _CARD_COLUMNS[len(_CARD_HEAD):]))


def _zone_row(board_id: str, ord_: float | None, zone: Zone) -> tuple[Any, ...]:
    return (zone.id, board_id, ord_, zone.title, zone.x, zone.y, zone.width, zone.height,
            zone.color, int(zone.locked), zone.kind, int(zone.stop))


def _link_row(board_id: str, ord_: float | None, link: Link) -> tuple[Any, ...]:
    return (link.id, board_id, ord_, link.source, link.target, link.kind, link.label)


