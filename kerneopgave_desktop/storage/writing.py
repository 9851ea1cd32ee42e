"""What one commit writes: the SQL that puts the zones, cards, links, boards, decks,
snapshots, rounds and submissions that a `Changes` touched into the file, inside the
transaction `Store.commit` opens (and rolls back on any failure).

Rows are built by `storage.rows`; many rows are written in the board's order, which is near
the file's, and rows of which only x and y change are updated in place.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import Board, Workshop
from kerneopgave_desktop.domain.progress import Counter
from kerneopgave_desktop.domain.records import board_to_dict, deck_to_dict
from kerneopgave_desktop.storage.order import new_ords
from kerneopgave_desktop.storage.rows import (
    _ROUND_UPSERT,
    _SUBMISSION_UPSERT,
    _UPSERT,
    _card_row,
    _chunks,
    _counted,
    _link_row,
    _marks,
    _round_row,
    _submission_row,
    _zone_row,
)

_IN_ORDER = 1000
"""Above this many touched items, they are written in the board's order."""


def write(conn: sqlite3.Connection, workshop: Workshop, changes: Changes,
          keys: dict[str, dict[str, float]], submissions: set[str],
          pending: dict[str, dict[str, float]], counter: Counter) -> set[str] | None:
    """Write, inside the commit's transaction, what `changes` touched as `workshop` has it.

    `keys` are the sort keys in the file (board id -> item id -> key) and `submissions` the
    ids of its submissions; the new sort keys go into `pending`, and the submissions' ids
    after the write are returned when they changed (None otherwise), for the store to take
    on once the transaction is committed."""
    execute = conn.execute
    if changes.info:
        info = workshop.info
        execute("UPDATE workshop SET title = ?, workplace = ?, date = ?, facilitator = ?, "
                "participants = ?, professions = ?, sector = ? WHERE id = 1",
                (info.title, info.workplace, info.date.isoformat() if info.date else None,
                 info.facilitator, json.dumps(list(info.participants), ensure_ascii=False),
                 json.dumps(list(info.professions), ensure_ascii=False), info.sector))
    boards = {board.id: board for board in workshop.boards}
    if changes.boards:
        gone = [board_id for board_id in changes.boards if board_id not in boards]
        for chunk in _chunks(gone):
            execute(f"DELETE FROM boards WHERE id IN ({_marks(chunk)})", chunk)
        conn.executemany(
            "INSERT INTO boards (id, position, title, template, plenary, perspective) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET position = excluded.position, "
            "title = excluded.title, template = excluded.template, "
            "plenary = excluded.plenary, perspective = excluded.perspective",
            [(b.id, i, b.title, b.template, b.plenary, b.perspective)
             for i, b in enumerate(workshop.boards)])
    for board_id, ids in changes.items.items():
        board = boards.get(board_id)
        if board is not None:
            _write_items(conn, keys, board, ids, changes.placed, changes.moved, pending, counter)
    if changes.snapshots:
        _write_snapshots(conn, workshop, changes.snapshots)
    if changes.decks:
        _write_decks(conn, workshop, changes.decks)
    if changes.rounds or changes.submissions:
        return _write_room(conn, workshop, changes, submissions)
    return None


def _write_items(conn: sqlite3.Connection, keys: dict[str, dict[str, float]], board: Board,
                 ids: set[str], placed: set[str], moved: set[str],
                 pending: dict[str, dict[str, float]], counter: Counter) -> None:
    known = keys.setdefault(board.id, {})
    gone = list(board.absent(ids))
    for table in ("links", "cards", "zones"):
        for chunk in _chunks(gone):
            conn.execute(f"DELETE FROM {table} WHERE id IN ({_marks(chunk)})", chunk)
    ords = pending.setdefault(board.id, {})
    for table, row in (("zones", _zone_row), ("cards", _card_row), ("links", _link_row)):
        items: dict[str, Any] = getattr(board, table)
        # Many rows are written in the board's order, which is near the file's: in the
        # order of a set they land all over the file, at two to three times the cost.
        touched = ([i for i in items if i in ids] if len(ids) > _IN_ORDER
                   else [i for i in ids if i in items])
        if not touched:
            continue
        if table != "links" and moved:  # rows the file has, of which only x and y change
            shifted = [i for i in touched if i in moved and i in known and i not in placed]
            conn.executemany(f"UPDATE {table} SET x = ?, y = ? WHERE id = ?",
                             [(items[i].x, items[i].y, i) for i in shifted])
            counter.add(len(shifted))
            if shifted:
                done = set(shifted)
                touched = [i for i in touched if i not in done]
                if not touched:
                    continue
        fresh = {i for i in touched if i in placed or i not in known}
        if fresh:
            new, renumbered = new_ords(items, fresh, known)
            ords.update(new)
            if renumbered:
                conn.executemany(f"UPDATE {table} SET ord = ? WHERE id = ?",
                                 [(value, key) for key, value in new.items()
                                  if key not in fresh])
        conn.executemany(_UPSERT[table], _counted(
            (row(board.id, ords.get(i, known.get(i)), items[i]) for i in touched), counter))


def _write_decks(conn: sqlite3.Connection, workshop: Workshop, ids: set[str]) -> None:
    present = {deck.id for deck in workshop.decks}
    gone = [i for i in ids if i not in present]
    for chunk in _chunks(gone):
        conn.execute(f"DELETE FROM decks WHERE id IN ({_marks(chunk)})", chunk)
    conn.executemany(
        "INSERT INTO decks (id, position, title, cards) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET position = excluded.position, title = excluded.title, "
        "cards = excluded.cards",
        [(deck.id, index, deck.title,
          json.dumps(deck_to_dict(deck)["cards"], ensure_ascii=False))
         for index, deck in enumerate(workshop.decks)])


def _write_snapshots(conn: sqlite3.Connection, workshop: Workshop, ids: set[str]) -> None:
    present = {snapshot.id: snapshot for snapshot in workshop.snapshots}
    gone = [i for i in ids if i not in present]
    for chunk in _chunks(gone):
        conn.execute(f"DELETE FROM snapshots WHERE id IN ({_marks(chunk)})", chunk)
    conn.executemany(
        "INSERT INTO snapshots (id, board_id, name, taken_at, content) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name",
        [(s.id, s.board, s.name, s.taken_at,
          json.dumps([board_to_dict(b) for b in s.content], ensure_ascii=False))
         for i, s in present.items() if i in ids])


def _write_room(conn: sqlite3.Connection, workshop: Workshop, changes: Changes,
                known: set[str]) -> set[str] | None:
    """Write the rounds and submissions that `changes` touched. `known` are the ids of the
    submissions in the file; returns those it holds after, when the submissions changed."""
    execute = conn.execute
    if changes.rounds:
        present = {r.id for r in workshop.rounds}
        gone = [i for i in changes.rounds if i not in present]
        for chunk in _chunks(gone):
            execute(f"DELETE FROM rounds WHERE id IN ({_marks(chunk)})", chunk)
        conn.executemany(_ROUND_UPSERT, [  # all of them: a meeting has a few
            _round_row(index, r) for index, r in enumerate(workshop.rounds)])
    if changes.submissions:
        order = {key: index for index, key in enumerate(workshop.submissions)}
        gone = [i for i in changes.submissions if i not in order]
        for chunk in _chunks(gone):
            execute(f"DELETE FROM submissions WHERE id IN ({_marks(chunk)})", chunk)
        fresh = [i for i in changes.submissions if i in order and i not in known]
        appended = all(order[i] >= len(order) - len(fresh) for i in fresh)
        # Usually a submission comes at the end; an undo that puts one back in the middle,
        # or a removal, renumbers them all (a few hundred at most).
        touched = list(order) if gone or not appended else [
            i for i in changes.submissions if i in order]
        conn.executemany(_SUBMISSION_UPSERT, [
            _submission_row(order[i], workshop.submissions[i]) for i in touched])
        return set(order)
    return None
