"""The verbs on the workshop as a whole: its boards (add, remove, rename, move), its details,
its own decks and its snapshots."""

from __future__ import annotations

import dataclasses
from typing import Any

from kerneopgave_desktop.document.operations.base import Operation, OperationError, board_of
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import Board, Deck, ModelError, Snapshot, Workshop
from kerneopgave_desktop.i18n import translate


def _tr(source: str, n: int | None = None) -> str:
    return translate("Operations", source, n)


class AddBoard(Operation):
    def __init__(self, board: Board, index: int | None = None):
        self.board = board
        self.index = index

    @property
    def label(self) -> str:
        return _tr("Tilføj tavle")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        ids = [*self.board.zones, *self.board.cards, *self.board.links]
        if any(b.id == self.board.id for b in workshop.boards):
            raise OperationError(f"board id {self.board.id!r} is already in use")
        for other in workshop.boards:
            if any(other.container(i) is not None for i in ids):
                raise OperationError("an item id on the new board is already in use")
        index = len(workshop.boards) if self.index is None else self.index
        workshop.boards.insert(index, self.board)
        changes = Changes(boards={self.board.id}).touch(self.board.id, ids, placed=True)
        return RemoveBoard(self.board.id), changes


class RemoveBoard(Operation):
    def __init__(self, board_id: str):
        self.board_id = board_id

    @property
    def label(self) -> str:
        return _tr("Slet tavle")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        board = board_of(workshop, self.board_id)
        index = workshop.boards.index(board)
        del workshop.boards[index]
        return AddBoard(board, index), Changes(boards={board.id})


class RenameBoard(Operation):
    def __init__(self, board_id: str, title: str):
        self.board_id = board_id
        self.title = title

    @property
    def label(self) -> str:
        return _tr("Omdøb tavle")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        board = board_of(workshop, self.board_id)
        if not isinstance(self.title, str):
            raise OperationError("a board's title must be text")
        old, board.title = board.title, self.title
        return RenameBoard(self.board_id, old), Changes(boards={board.id})


class MoveBoard(Operation):
    """Move a board to `index` in the workshop's order of boards."""

    def __init__(self, board_id: str, index: int):
        self.board_id = board_id
        self.index = index

    @property
    def label(self) -> str:
        return _tr("Flyt tavle")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        board = board_of(workshop, self.board_id)
        if not 0 <= self.index < len(workshop.boards):
            raise OperationError(f"no place {self.index} among {len(workshop.boards)} boards")
        old = workshop.boards.index(board)
        workshop.boards.insert(self.index, workshop.boards.pop(old))
        return MoveBoard(self.board_id, old), Changes(boards={b.id for b in workshop.boards})


class EditWorkshop(Operation):
    """Change the workshop's title, workplace, date, facilitator or participants."""

    def __init__(self, **fields: Any):
        self.fields = fields

    @property
    def label(self) -> str:
        return _tr("Rediger oplysninger om arbejdsmødet")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        unknown = set(self.fields) - {f.name for f in dataclasses.fields(workshop.info)}
        if unknown:
            raise OperationError(f"a workshop has no field {sorted(unknown)[0]!r}")
        fields = dict(self.fields)
        if isinstance(fields.get("participants"), list):
            fields["participants"] = tuple(fields["participants"])
        try:
            new = dataclasses.replace(workshop.info, **fields)
        except (ModelError, TypeError) as error:
            raise OperationError(str(error)) from error
        old = {name: getattr(workshop.info, name) for name in fields}
        workshop.info = new
        return EditWorkshop(**old), Changes(info=True)


class AddDeck(Operation):
    """Add one of the workshop's own decks (at the end, or at `index`)."""

    def __init__(self, deck: Deck, index: int | None = None):
        self.deck = deck
        self.index = index

    @property
    def label(self) -> str:
        return _tr("Tilføj kortbunke")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        if any(deck.id == self.deck.id for deck in workshop.decks):
            raise OperationError(f"deck id {self.deck.id!r} is already in use")
        index = len(workshop.decks) if self.index is None else self.index
        workshop.decks.insert(index, self.deck)
        return RemoveDeck(self.deck.id), Changes(decks={self.deck.id})


class RemoveDeck(Operation):
    def __init__(self, deck_id: str):
        self.deck_id = deck_id

    @property
    def label(self) -> str:
        return _tr("Slet kortbunke")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        deck = _deck(workshop, self.deck_id)
        index = workshop.decks.index(deck)
        del workshop.decks[index]
        return AddDeck(deck, index), Changes(decks={deck.id})


class ReplaceDeck(Operation):
    """Put an edited deck (its title and cards) in place of the one with its id."""

    def __init__(self, deck: Deck):
        self.deck = deck

    @property
    def label(self) -> str:
        return _tr("Rediger kortbunke")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        old = _deck(workshop, self.deck.id)
        workshop.decks[workshop.decks.index(old)] = self.deck
        return ReplaceDeck(old), Changes(decks={self.deck.id})


def _deck(workshop: Workshop, deck_id: str) -> Deck:
    try:
        return workshop.deck(deck_id)
    except KeyError:
        raise OperationError(f"no deck {deck_id!r}") from None


class TakeSnapshot(Operation):
    """Store a snapshot in the workshop. Its content never changes afterwards."""

    def __init__(self, snapshot: Snapshot, index: int | None = None):
        self.snapshot = snapshot
        self.index = index

    @property
    def label(self) -> str:
        return _tr("Tag øjebliksbillede")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        if any(s.id == self.snapshot.id for s in workshop.snapshots):
            raise OperationError(f"snapshot id {self.snapshot.id!r} is already in use")
        index = len(workshop.snapshots) if self.index is None else self.index
        workshop.snapshots.insert(index, self.snapshot)
        return DeleteSnapshot(self.snapshot.id), Changes(snapshots={self.snapshot.id})


class DeleteSnapshot(Operation):
    def __init__(self, snapshot_id: str):
        self.snapshot_id = snapshot_id

    @property
    def label(self) -> str:
        return _tr("Slet øjebliksbillede")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        snapshot = _snapshot(workshop, self.snapshot_id)
        index = workshop.snapshots.index(snapshot)
        del workshop.snapshots[index]
        return TakeSnapshot(snapshot, index), Changes(snapshots={snapshot.id})


class RenameSnapshot(Operation):
    def __init__(self, snapshot_id: str, name: str):
        self.snapshot_id = snapshot_id
        self.name = name

    @property
    def label(self) -> str:
        return _tr("Omdøb øjebliksbillede")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        snapshot = _snapshot(workshop, self.snapshot_id)
        if not isinstance(self.name, str) or not self.name.strip():
            raise OperationError("a snapshot needs a name")
        index = workshop.snapshots.index(snapshot)
        workshop.snapshots[index] = dataclasses.replace(snapshot, name=self.name)
        return RenameSnapshot(snapshot.id, snapshot.name), Changes(snapshots={snapshot.id})


def _snapshot(workshop: Workshop, snapshot_id: str) -> Snapshot:
    for snapshot in workshop.snapshots:
        if snapshot.id == snapshot_id:
            return snapshot
    raise OperationError(f"no snapshot {snapshot_id!r}")
