"""Snapshots: a board (or every board) frozen under a name, to compare with later."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from kerneopgave_desktop.domain.model import Board, Snapshot, Workshop, new_id


def freeze(board: Board) -> Board:
    """A copy that no later change to `board` can reach (its items are frozen values)."""
    return Board(id=board.id, title=board.title, template=board.template,
                 zones=dict(board.zones), cards=dict(board.cards), links=dict(board.links),
                 plenary=board.plenary, perspective=board.perspective)


def take(workshop: Workshop, name: str, board_id: str | None = None,
         now: datetime | None = None) -> Snapshot:
    boards = [b for b in workshop.boards if board_id is None or b.id == board_id]
    moment = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    return Snapshot(id=new_id(), board=board_id, name=name, taken_at=moment,
                    content=tuple(freeze(b) for b in boards))


def find(workshop: Workshop, name: str) -> Snapshot | None:
    """The latest snapshot with this name (names may repeat over the years)."""
    matches = [s for s in workshop.snapshots if s.name == name]
    return max(matches, key=lambda s: s.taken_at) if matches else None


def restored(board: Board, title: str) -> Board:
    """The frozen board as a new board: the same content under new ids (a group board
    comes back as a board of its own, no longer one of the groups)."""
    ids = {item_id: new_id() for item_id in (*board.zones, *board.cards, *board.links)}
    copy = Board(id=new_id(), title=title, template=board.template)
    copy.zones = {ids[z.id]: dataclasses.replace(z, id=ids[z.id]) for z in board.zones.values()}
    copy.cards = {ids[c.id]: dataclasses.replace(c, id=ids[c.id]) for c in board.cards.values()}
    copy.links = {ids[k.id]: dataclasses.replace(k, id=ids[k.id], source=ids[k.source],
                                                 target=ids[k.target])
                  for k in board.links.values()}
    return copy


def label(snapshot: Snapshot) -> str:
    """'name (2026-03-03 14:05)' for lists and menus."""
    return f"{snapshot.name} ({snapshot.taken_at[:16].replace('T', ' ')})"
