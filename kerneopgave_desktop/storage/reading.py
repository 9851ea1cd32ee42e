"""The file read back into the model: every row checked as it is read, so that a file
broken inside (wrong types, NULLs, ids used twice, bad JSON) is refused with one Danish
`ModelError` that says which row and why, never a traceback.

`read` and `read_room` take the connection and fill the store's sort keys; the store
(`storage.store`) calls them inside `heap.building()`.
"""

from __future__ import annotations

import json
import math
import sqlite3
from datetime import date
from typing import Any

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.model import (
    Board,
    Card,
    Link,
    ModelError,
    Snapshot,
    Workshop,
    WorkshopInfo,
    Zone,
    card_type,
)
from kerneopgave_desktop.domain.progress import Counter, Progress
from kerneopgave_desktop.domain.records import (
    board_from_dict,
    day_from_record,
    deck_from_dict,
    pairs_from_dict,
    round_from_dict,
)
from kerneopgave_desktop.domain.rounds import Submission
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.storage.opening import _records
from kerneopgave_desktop.storage.rows import _ROUND_FLAGS, _ROUND_TEXT, _ZONE_COLUMNS


def _tr(source: str) -> str:
    return translate("Storage", source)


def read(db: sqlite3.Connection, ords: dict[str, dict[str, float]],
         progress: Progress | None) -> Workshop:
    """The workshop in the file behind `db`; `ords` is filled with every item's sort key
    (board id -> item id -> key). ModelError when a row does not make sense."""
    row = db.execute("SELECT title, workplace, date, facilitator, participants, professions, "
                     "sector FROM workshop WHERE id = 1").fetchone()
    if row is None:
        raise ModelError("the workshop record is missing")
    title, workplace, day, facilitator, participants, professions, sector = row
    try:
        parsed_day = date.fromisoformat(_text(day, "workshop.date")) if day else None
        names = json.loads(_text(participants, "workshop.participants"))
        own = json.loads(_text(professions, "workshop.professions"))
    except ValueError as error:
        raise ModelError(f"workshop metadata: {error}") from None
    if not isinstance(names, list) or not isinstance(own, list):
        raise ModelError("workshop participants and professions must be lists")
    info = WorkshopInfo(title=title, workplace=workplace, date=parsed_day,
                        facilitator=facilitator, participants=tuple(names),
                        professions=tuple(own),
                        sector=_text(sector, "workshop.sector", optional=True))
    workshop = Workshop(info=info)
    boards: dict[str, Board] = {}
    ords.clear()
    for board_id, board_title, template, plenary, perspective in db.execute(
            "SELECT id, title, template, plenary, perspective FROM boards "
            "ORDER BY position, id"):
        _id(board_id, "board")
        if board_id in boards:
            raise ModelError(f"the board id {board_id!r} is used twice")
        boards[board_id] = Board(
            id=board_id, title=_text(board_title, "board.title"),
            template=_text(template, "board.template", optional=True),
            plenary=_text(plenary, "board.plenary", optional=True),
            perspective=_text(perspective, "board.perspective", optional=True))
        ords[board_id] = {}
    workshop.boards = list(boards.values())
    seen: set[str] = set()
    total = db.execute("SELECT (SELECT count(*) FROM zones) + (SELECT count(*) FROM cards)"
                       " + (SELECT count(*) FROM links)").fetchone()[0] if progress else 0
    counter = Counter(progress, total)
    for table, build in (("zones", _zone), ("cards", _card), ("links", _link)):
        for record in _records(db, f"SELECT * FROM {table} ORDER BY board_id, ord"):
            counter.add()
            item_id = _id(record["id"], table)
            board = boards.get(record["board_id"]) if isinstance(record["board_id"],
                                                                 str) else None
            if board is None:
                raise ModelError(f"{table} {item_id!r} is on a missing board")
            if item_id in seen:
                raise ModelError(f"the id {item_id!r} is used twice")
            seen.add(item_id)
            item = build(record)
            if isinstance(item, Link) and not (item.source in board.cards
                                               and item.target in board.cards):
                raise ModelError(f"link {item.id!r} points to a card that is not on its board")
            getattr(board, table)[item.id] = item
            ords[board.id][item.id] = _ord(record["ord"], item_id)
    counter.finish()
    for deck_id, deck_title, cards in db.execute(
            "SELECT id, title, cards FROM decks ORDER BY position, id"):
        try:
            content = json.loads(_text(cards, "deck.cards"))
        except ValueError as error:
            raise ModelError(f"deck {deck_id!r}: {error}") from None
        workshop.decks.append(deck_from_dict({"id": deck_id, "title": deck_title,
                                              "cards": content}))
    if len({deck.id for deck in workshop.decks}) != len(workshop.decks):
        raise ModelError("a deck id is used twice")
    for record in _records(db, "SELECT * FROM snapshots ORDER BY taken_at, id"):
        workshop.snapshots.append(_snapshot(record))
    if len({snapshot.id for snapshot in workshop.snapshots}) != len(workshop.snapshots):
        raise ModelError("a snapshot id is used twice")
    read_room(db, workshop)
    return workshop


def read_room(conn: sqlite3.Connection, workshop: Workshop) -> None:
    """Read the room's rounds and every submission, face-down ones included."""
    for record in _records(conn, "SELECT * FROM rounds ORDER BY position, id"):
        values = {name: record[name] for name in _ROUND_TEXT}
        values.update({name: bool(record[name]) for name in _ROUND_FLAGS})
        values.update(id=record["id"], board=record["board_id"], zone=record["zone_id"],
                      dots=record["dots"])
        try:
            values["dots_given"] = json.loads(record["dots_given"])
            values["stances_taken"] = json.loads(record["stances_taken"])
        except ValueError as error:
            raise ModelError(f"round {record['id']!r}: {error}") from None
        workshop.rounds.append(round_from_dict(values))
    if sum(r.open for r in workshop.rounds) > 1:
        raise ModelError("more than one round is open")
    for record in _records(conn, "SELECT * FROM submissions ORDER BY ord, id"):
        submission = Submission(id=record["id"], round=record["round_id"],
                                device=record["device"], text=record["text"],
                                author=record["author"], card=record["card_id"],
                                sent_at=record["sent_at"])
        workshop.submissions[submission.id] = submission


def _text(value: Any, what: str, optional: bool = False) -> Any:
    """`value` when it is text (or None, where allowed); ModelError otherwise."""
    if isinstance(value, str) or (optional and value is None):
        return value
    raise ModelError(f"{what} must be text, not {type(value).__name__}")


def _id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ModelError(f"{what}: an id must be non-empty text, not {value!r:.40}")
    return value


def _ord(value: Any, item_id: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ModelError(f"{item_id!r}: its sort key must be a finite number")
    return value


def _snapshot(record: dict[str, Any]) -> Snapshot:
    what = f"snapshot {record['id']!r:.40}"
    _id(record["id"], "snapshot")
    for name in ("name", "taken_at"):
        _text(record[name], f"{what}.{name}")
    _text(record["board_id"], f"{what}.board_id", optional=True)
    try:
        content = json.loads(_text(record["content"], f"{what}.content"))
    except ValueError as error:
        raise ModelError(f"{what}: {error}") from None
    if not isinstance(content, list):
        raise ModelError(f"{what} must hold a list of boards")
    boards = tuple(map(board_from_dict, content))
    ids = [board.id for board in boards]
    items = [key for board in boards for key in (*board.zones, *board.cards, *board.links)]
    if len(set(ids)) != len(ids) or len(set(items)) != len(items):
        raise ModelError(f"{what} uses an id twice")
    return Snapshot(id=record["id"], board=record["board_id"], name=record["name"],
                    taken_at=record["taken_at"], content=boards)


def _card(record: dict[str, Any]) -> Card:
    cls = card_type(_text(record["kind"], "card.kind"))
    values = {name: record[name] for name in cls.field_names()}
    for name in cls.structured:  # kept as JSON text
        try:
            raw = _text(values[name], f"card.{name}", optional=True)
            values[name] = pairs_from_dict(fields_table.field(cls.kind, name),
                                           json.loads(raw or "{}"))
        except ValueError as error:
            raise ModelError(f"card {record['id']!r}: {error}") from None
    for name in cls.dates:  # kept as YYYY-MM-DD
        values[name] = day_from_record(values[name], f"card {record['id']!r:.40}.{name}")
    return cls(**values)


def _zone(record: dict[str, Any]) -> Zone:
    values = {name: record[name] for name in _ZONE_COLUMNS if name not in ("board_id", "ord")}
    for name in ("locked", "stop"):
        if values[name] not in (0, 1):
            raise ModelError(f"zone {values['id']!r}.{name} must be 0 or 1")
        values[name] = bool(values[name])
    return Zone(**values)


def _link(record: dict[str, Any]) -> Link:
    return Link(id=record["id"], source=record["source"], target=record["target"],
                kind=record["kind"], label=record["label"])

