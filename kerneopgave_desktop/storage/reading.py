"""The file read back into the model: every row checked as it is read, so that a file
broken inside (wrong types, NULLs, ids used twice, bad JSON) is refused with one Danish
`ModelError` that says which row and why, never a traceback.

`read` takes the connection and fills the store's sort keys (`read_room`, which it calls,
reads the room's rounds and submissions); the store (`storage.store`) calls it inside
`heap.building()`.
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
        raise ModelError(_tr("rækken med arbejdsmødets oplysninger mangler"))
    title, workplace, day, facilitator, participants, professions, sector = row
    try:
        parsed_day = date.fromisoformat(_text(day, "workshop.date")) if day else None
    except ModelError:
        raise
    except ValueError:  # its own text is English
        raise ModelError(_tr("{field} skal være en dato (ÅÅÅÅ-MM-DD)").format(
            field="workshop.date")) from None
    names = _json(_text(participants, "workshop.participants"), "workshop.participants")
    own = _json(_text(professions, "workshop.professions"), "workshop.professions")
    if not isinstance(names, list) or not isinstance(own, list):
        raise ModelError(_tr("{field} og {other} skal være lister").format(
            field="workshop.participants", other="workshop.professions"))
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
        _id(board_id, "boards")
        if board_id in boards:
            raise ModelError(_tr("tavlens id {id} er brugt to gange").format(
                id=f"{board_id!r:.60}"))
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
        links = table == "links"
        board_id = board = items = keys = None  # the board of the rows before (sorted by it)
        for record in _records(db, f"SELECT * FROM {table} ORDER BY board_id, ord"):
            counter.add()
            item_id = _id(record["id"], table)
            if record["board_id"] != board_id or board is None:
                board_id = record["board_id"]
                board = boards.get(board_id) if isinstance(board_id, str) else None
                if board is None:
                    raise ModelError(_tr("{field} for {id} er en tavle, der mangler").format(
                        field=f"{table}.board_id", id=f"{item_id!r:.60}"))
                items, keys = getattr(board, table), ords[board.id]
            if item_id in seen:
                raise ModelError(_tr("id'et {id} er brugt to gange").format(
                    id=f"{item_id!r:.60}"))
            seen.add(item_id)
            item = build(record)
            if links and not (item.source in board.cards and item.target in board.cards):
                raise ModelError(_tr("forbindelsen {id} skal gå mellem to kort på sin tavle")
                                 .format(id=f"{item.id!r:.60}"))
            items[item.id] = item
            keys[item.id] = _ord(record["ord"], item_id)
    counter.finish()
    for deck_id, deck_title, cards in db.execute(
            "SELECT id, title, cards FROM decks ORDER BY position, id"):
        try:
            content = _json(_text(cards, "deck.cards"), "deck.cards")
        except ModelError as error:
            raise ModelError(_tr("bunken {id}: {problem}").format(
                id=f"{deck_id!r:.60}", problem=error)) from None
        workshop.decks.append(deck_from_dict({"id": deck_id, "title": deck_title,
                                              "cards": content}))
    if len({deck.id for deck in workshop.decks}) != len(workshop.decks):
        raise ModelError(_tr("en bunkes id er brugt to gange"))
    for record in _records(db, "SELECT * FROM snapshots ORDER BY taken_at, id"):
        workshop.snapshots.append(_snapshot(record))
    if len({snapshot.id for snapshot in workshop.snapshots}) != len(workshop.snapshots):
        raise ModelError(_tr("et øjebliksbilledes id er brugt to gange"))
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
            values["dots_given"] = _json(record["dots_given"], "rounds.dots_given")
            values["stances_taken"] = _json(record["stances_taken"], "rounds.stances_taken")
        except ModelError as error:
            raise ModelError(_tr("runden {id}: {problem}").format(
                id=f"{record['id']!r:.60}", problem=error)) from None
        workshop.rounds.append(round_from_dict(values))
    if sum(r.open for r in workshop.rounds) > 1:
        raise ModelError(_tr("mere end én runde er åben"))
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
    raise ModelError(_tr("{field} skal være tekst, ikke {kind}").format(field=what,
                                                                       kind=_kind(value)))


def _kind(value: Any) -> str:
    """What `value` is, in words, for a message that says it is the wrong kind."""
    if value is None:
        return "NULL"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _tr("binære data")
    if isinstance(value, (int, float)):
        return _tr("et tal")
    return type(value).__name__


def _json(text: str, field: str) -> Any:
    """`text` parsed as JSON; a Danish ModelError that names `field` when it does not parse
    (json's own messages are English)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ModelError(_tr("{field} indeholder JSON, der er indlejret for dybt").format(
            field=field)) from None
    except (ValueError, TypeError):
        raise ModelError(_tr("{field} indeholder ugyldig JSON").format(field=field)) from None


def _id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ModelError(_tr("{field} skal være tekst, der ikke er tom, ikke {value}").format(
            field=f"{what}.id", value="NULL" if value is None else f"{value!r:.40}"))
    return value


def _ord(value: Any, item_id: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ModelError(_tr("{id}: sorteringsnøglen (ord) skal være et endeligt tal").format(
            id=f"{item_id!r:.60}"))
    return value


def _snapshot(record: dict[str, Any]) -> Snapshot:
    what = _tr("øjebliksbilledet {id}").format(id=f"{record['id']!r:.60}")
    _id(record["id"], "snapshots")
    for name in ("name", "taken_at"):
        _text(record[name], f"{what}.{name}")
    _text(record["board_id"], f"{what}.board_id", optional=True)
    content = _json(_text(record["content"], f"{what}.content"), f"{what}.content")
    if not isinstance(content, list):
        raise ModelError(_tr("{what} skal indeholde en liste af tavler").format(what=what))
    boards = tuple(map(board_from_dict, content))
    ids = [board.id for board in boards]
    items = [key for board in boards for key in (*board.zones, *board.cards, *board.links)]
    if len(set(ids)) != len(ids) or len(set(items)) != len(items):
        raise ModelError(_tr("{what} bruger et id to gange").format(what=what))
    return Snapshot(id=record["id"], board=record["board_id"], name=record["name"],
                    taken_at=record["taken_at"], content=boards)


def _card(record: dict[str, Any]) -> Card:
    cls = card_type(_text(record["kind"], "card.kind"))
    values = {name: record[name] for name in cls.field_names()}
    for name in cls.structured:  # kept as JSON text
        try:
            raw = _text(values[name], f"card.{name}", optional=True)
            values[name] = pairs_from_dict(fields_table.field(cls.kind, name),
                                           _json(raw or "{}", f"card.{name}"))
        except ModelError as error:
            raise ModelError(_tr("kortet {id}: {problem}").format(
                id=f"{record['id']!r:.60}", problem=error)) from None
    for name in cls.dates:  # kept as YYYY-MM-DD
        values[name] = day_from_record(values[name], f"{record['id']!r:.60}.{name}")
    return cls(**values)


def _zone(record: dict[str, Any]) -> Zone:
    values = {name: record[name] for name in _ZONE_COLUMNS if name not in ("board_id", "ord")}
    for name in ("locked", "stop"):
        if values[name] not in (0, 1):
            raise ModelError(_tr("feltet {id}: {field} skal være 0 eller 1").format(
                id=f"{values['id']!r:.60}", field=name))
        values[name] = bool(values[name])
    return Zone(**values)


def _link(record: dict[str, Any]) -> Link:
    return Link(id=record["id"], source=record["source"], target=record["target"],
                kind=record["kind"], label=record["label"])

