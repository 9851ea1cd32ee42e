"""Operations: one small class per verb.

`apply(workshop)` changes the model and returns the operation that undoes it,
built from the state it actually replaced, together with the ids it touched.
Operations never talk to storage or to a view; the Document does that.
"""

from __future__ import annotations

import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import (
    MAX_COORDINATE,
    MAX_SIZE,
    MAX_VOTES,
    MIN_SIZE,
    Board,
    Card,
    Deck,
    Item,
    Link,
    ModelError,
    Snapshot,
    Workshop,
    Zone,
    clamped,
)
from kerneopgave_desktop.i18n import translate


def _tr(source: str, n: int | None = None) -> str:
    return translate("Operations", source, n)


def _mark(source: str) -> str:
    """Mark a text for translation where it is defined; `_tr` translates it where used."""
    return source


class OperationError(ValueError):
    """An operation that does not fit the model it is applied to."""


class Operation(ABC):
    @property
    @abstractmethod
    def label(self) -> str:
        """The step's name in the Edit menu ("Flyt 3 kort")."""

    @abstractmethod
    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        """Change `workshop`; return the inverse operation and what was touched."""

    def merge_key(self) -> Hashable | None:
        """Successive operations with the same key form one undo step."""
        return None


def _board(workshop: Workshop, board_id: str) -> Board:
    try:
        return workshop.board(board_id)
    except KeyError:
        raise OperationError(f"no board {board_id!r}") from None


def _container(board: Board, item: Item) -> dict[str, Any]:
    if isinstance(item, Card):
        return board.cards
    if isinstance(item, Link):
        return board.links
    return board.zones


def _insert(items: dict[str, Any], key: str, value: Any, index: int | None) -> None:
    """Put `value` at `index` in the dict's order (at the end when None)."""
    if index is None or index >= len(items):
        items[key] = value
        return
    entries = list(items.items())
    entries.insert(index, (key, value))
    items.clear()
    items.update(entries)


def _count(items: Iterable[Item]) -> tuple[int, int, int]:
    """How many cards, links and zones."""
    items = list(items)
    return (sum(isinstance(i, Card) for i in items), sum(isinstance(i, Link) for i in items),
            sum(isinstance(i, Zone) for i in items))


class AddItems(Operation):
    """Add zones, cards and links to a board, at the end or at given places in the order."""

    def __init__(self, board_id: str, items: Iterable[Item], at: Mapping[str, int] | None = None):
        self.board_id = board_id
        self.items = tuple(items)
        self.at = dict(at or {})

    @property
    def label(self) -> str:
        cards, links, zones = _count(self.items)
        if cards:
            return _tr("Tilføj %n kort", cards)
        if links:
            return _tr("Tilføj %n forbindelse(r)", links)
        return _tr("Tilføj %n felt(er)", zones)

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        board = _board(workshop, self.board_id)
        ids = [item.id for item in self.items]
        if len(set(ids)) != len(ids):
            raise OperationError("the same id is added twice")
        for other in workshop.boards:
            taken = next((i for i in ids if other.container(i) is not None), None)
            if taken is not None:
                raise OperationError(f"id {taken!r} is already in use")
        new_cards = {item.id for item in self.items if isinstance(item, Card)}
        for item in self.items:
            if isinstance(item, Link):
                for end in (item.source, item.target):
                    if end not in board.cards and end not in new_cards:
                        raise OperationError(f"link {item.id!r} points to {end!r}, not a card here")
        # Ascending places, so that restoring removed items rebuilds the original order.
        placed = sorted((item for item in self.items if item.id in self.at),
                        key=lambda item: self.at[item.id])
        appended = [item for item in self.items if item.id not in self.at]
        for item in placed + appended:
            _insert(_container(board, item), item.id, item, self.at.get(item.id))
        return RemoveItems(self.board_id, ids), Changes().touch(self.board_id, ids, placed=True)


class RemoveItems(Operation):
    """Remove zones, cards and links; a removed card takes its links with it."""

    def __init__(self, board_id: str, ids: Iterable[str]):
        self.board_id = board_id
        self.ids = tuple(dict.fromkeys(ids))
        self.counts: tuple[int, int, int] | None = None

    @property
    def label(self) -> str:
        cards, links, zones = self.counts or (0, 0, 0)
        if cards:
            return _tr("Slet %n kort", cards)
        if links:
            return _tr("Slet %n forbindelse(r)", links)
        if zones:
            return _tr("Slet %n felt(er)", zones)
        return _tr("Slet")

    def _expand(self, board: Board) -> list[str]:
        missing = [i for i in self.ids if board.container(i) is None]
        if missing:
            raise OperationError(f"nothing with id {missing[0]!r} on this board")
        cards = {i for i in self.ids if i in board.cards}
        extra = [link.id for link in board.links_of(cards) if link.id not in self.ids]
        return list(self.ids) + extra

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        board = _board(workshop, self.board_id)
        ids = self._expand(board)
        removed: list[Item] = []
        at: dict[str, int] = {}
        for items in (board.zones, board.cards, board.links):
            positions = {key: index for index, key in enumerate(items)}
            for item_id in ids:
                if item_id in positions:
                    at[item_id] = positions[item_id]
                    removed.append(items[item_id])
        for item in removed:
            del _container(board, item)[item.id]
        self.counts = _count(removed)
        return AddItems(self.board_id, removed, at), Changes().touch(self.board_id, ids)


class SetFields(Operation):
    """Replace fields of items on one board. Subclasses name the verb."""

    allowed: tuple[type, ...] = (Card, Link, Zone)

    def __init__(self, board_id: str, changes: Mapping[str, Mapping[str, Any]]):
        self.board_id = board_id
        self.changes = {item_id: dict(fields) for item_id, fields in changes.items()}
        self.counts: tuple[int, int, int] | None = None

    @property
    def label(self) -> str:
        return _tr("Ret")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        board = _board(workshop, self.board_id)
        replaced: list[tuple[dict[str, Any], Item]] = []
        old: dict[str, dict[str, Any]] = {}
        for item_id, fields in self.changes.items():
            items = board.container(item_id)
            if items is None:
                raise OperationError(f"nothing with id {item_id!r} on this board")
            item = items[item_id]
            if not isinstance(item, self.allowed):
                raise OperationError(f"{type(self).__name__} cannot change a {type(item).__name__}")
            if "id" in fields:
                raise OperationError("an id cannot be changed")
            unknown = set(fields) - {f.name for f in dataclasses.fields(item)}
            if unknown:
                raise OperationError(f"a {type(item).__name__} has no field {sorted(unknown)[0]!r}")
            try:
                new = dataclasses.replace(item, **fields)
            except (ModelError, TypeError) as error:
                raise OperationError(str(error)) from error
            if isinstance(new, Link) and (new.source not in board.cards
                                          or new.target not in board.cards):
                raise OperationError("a link must join two cards on its board")
            old[item_id] = {name: getattr(item, name) for name in fields}
            replaced.append((items, new))
        for items, new in replaced:
            items[new.id] = new
        self.counts = _count(new for _, new in replaced)
        inverse = type(self).__new__(type(self))
        inverse.__dict__.update(self.__dict__)
        inverse.changes = old
        inverse.counts = self.counts
        return inverse, Changes().touch(self.board_id, list(self.changes))


class MoveItems(SetFields):
    """Move cards and zones: `positions` maps id to the new (x, y)."""

    allowed = (Card, Zone)

    def __init__(self, board_id: str, positions: Mapping[str, tuple[float, float]]):
        edge = MAX_COORDINATE
        super().__init__(board_id, {i: {"x": clamped(x, -edge, edge), "y": clamped(y, -edge, edge)}
                                    for i, (x, y) in positions.items()})

    @property
    def label(self) -> str:
        cards, _, zones = self.counts or (len(self.changes), 0, 0)
        if not zones:
            return _tr("Flyt %n kort", cards)
        if not cards:
            return _tr("Flyt %n felt(er)", zones)
        return _tr("Flyt %n element(er)", cards + zones)


class NudgeItems(MoveItems):
    """A move by the arrow keys: successive nudges of the same items are one step."""

    def merge_key(self) -> Hashable | None:
        return ("nudge", self.board_id, frozenset(self.changes))


class ResizeItems(SetFields):
    allowed = (Card, Zone)

    def __init__(self, board_id: str, sizes: Mapping[str, tuple[float, float]]):
        super().__init__(board_id, {i: {"width": clamped(w, MIN_SIZE, MAX_SIZE),
                                        "height": clamped(h, MIN_SIZE, MAX_SIZE)}
                                    for i, (w, h) in sizes.items()})

    @property
    def label(self) -> str:
        return _tr("Tilpas størrelse")


class RecolourItems(SetFields):
    """Give cards and zones a colour (#rrggbb), or None for their kind's colour."""

    allowed = (Card, Zone)

    def __init__(self, board_id: str, colors: Mapping[str, str | None]):
        super().__init__(board_id, {i: {"color": color} for i, color in colors.items()})

    @property
    def label(self) -> str:
        return _tr("Skift farve")


_FIELD_LABELS = {
    "text": _mark("Ret tekst"), "level": _mark("Ret niveau"),
    "perspective": _mark("Ret perspektiv"), "profession": _mark("Ret faggruppe"),
    "pole_a": _mark("Ret dilemmaets poler"), "pole_b": _mark("Ret dilemmaets poler"),
    "status": _mark("Ret status"), "decision": _mark("Ret beslutning"),
    "output": _mark("Ret ydelse"), "beneficiary": _mark("Ret modtager af værdien"),
    "involvement": _mark("Ret grad af inddragelse"), "votes": _mark("Ret stemmer"),
    "answers": _mark("Gem svar fra runden"), "stances": _mark("Ret rummets holdning"),
}


class EditCard(SetFields):
    """Change a card's text or its kind's fields."""

    allowed = (Card,)

    def __init__(self, board_id: str, card_id: str, **fields: Any):
        super().__init__(board_id, {card_id: fields})

    @property
    def label(self) -> str:
        names = {name for fields in self.changes.values() for name in fields}
        if "answers" in names:  # a round saves status and decision with the answers
            return _tr(_FIELD_LABELS["answers"])
        labels = {_FIELD_LABELS.get(name) for name in names}
        label = labels.pop() if len(labels) == 1 else None
        return _tr(label) if label else _tr("Ret kort")


class EditZone(SetFields):
    allowed = (Zone,)

    def __init__(self, board_id: str, zone_id: str, **fields: Any):
        super().__init__(board_id, {zone_id: fields})

    @property
    def label(self) -> str:
        fields = next(iter(self.changes.values()))
        if set(fields) == {"locked"}:
            return _tr("Lås felt") if fields["locked"] else _tr("Lås felt op")
        if set(fields) == {"stop"}:
            return _tr("Ret stop i præsentationen")
        return _tr("Ret felt")


class EditLink(SetFields):
    allowed = (Link,)

    def __init__(self, board_id: str, link_id: str, **fields: Any):
        super().__init__(board_id, {link_id: fields})

    @property
    def label(self) -> str:
        return _tr("Ret forbindelse")


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
        board = _board(workshop, self.board_id)
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
        board = _board(workshop, self.board_id)
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
        board = _board(workshop, self.board_id)
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
        return _tr("Ret oplysninger om arbejdsmødet")

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
        return _tr("Ret kortbunke")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        old = _deck(workshop, self.deck.id)
        workshop.decks[workshop.decks.index(old)] = self.deck
        return ReplaceDeck(old), Changes(decks={self.deck.id})


def _deck(workshop: Workshop, deck_id: str) -> Deck:
    try:
        return workshop.deck(deck_id)
    except KeyError:
        raise OperationError(f"no deck {deck_id!r}") from None


class Vote(SetFields):
    """Give (delta > 0) or take back (delta < 0) dots on cards; never below zero nor above
    MAX_VOTES."""

    allowed = (Card,)

    def __init__(self, board_id: str, card_ids: Iterable[str], delta: int = 1):
        super().__init__(board_id, {})
        self.card_ids = tuple(card_ids)
        self.delta = delta

    @property
    def label(self) -> str:
        return _tr("Giv stemme") if self.delta > 0 else _tr("Fjern stemme")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        if not self.changes:  # first time: from the dots the cards have now
            board = _board(workshop, self.board_id)
            for card_id in self.card_ids:
                card = board.cards.get(card_id)
                if card is None:
                    raise OperationError(f"no card {card_id!r} on this board")
                self.changes[card_id] = {"votes": min(MAX_VOTES, max(0, card.votes + self.delta))}
        return super().apply(workshop)


class ResetVotes(SetFields):
    """Take every dot off a board's cards ("nulstil stemmer")."""

    allowed = (Card,)

    def __init__(self, board_id: str):
        super().__init__(board_id, {})

    @property
    def label(self) -> str:
        return _tr("Nulstil stemmer")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        if not self.changes:
            board = _board(workshop, self.board_id)
            self.changes = {card.id: {"votes": 0} for card in board.cards.values() if card.votes}
        return super().apply(workshop)


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
