"""The verbs on a board's zones, cards and links: add, remove, move, resize, recolour, edit,
vote. Each is a few lines; a removed card takes its links with it."""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

from kerneopgave_desktop.document.operations.base import (
    Operation,
    OperationError,
    board_of,
    container_of,
    count,
    insert_at,
)
from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import (
    MAX_COORDINATE,
    MAX_SIZE,
    MAX_VOTES,
    MIN_SIZE,
    Board,
    Card,
    Item,
    Link,
    ModelError,
    Workshop,
    Zone,
    clamped,
    moved_to,
)
from kerneopgave_desktop.i18n import translate


def _tr(source: str, n: int | None = None) -> str:
    return translate("Operations", source, n)


class AddItems(Operation):
    """Add zones, cards and links to a board, at the end or at given places in the order."""

    def __init__(self, board_id: str, items: Iterable[Item], at: Mapping[str, int] | None = None):
        self.board_id = board_id
        self.items = tuple(items)
        self.at = dict(at or {})

    @property
    def label(self) -> str:
        cards, links, zones = count(self.items)
        if cards:
            return _tr("Tilføj %n kort", cards)
        if links:
            return _tr("Tilføj %n forbindelse(r)", links)
        return _tr("Tilføj %n felt(er)", zones)

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        board = board_of(workshop, self.board_id)
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
            insert_at(container_of(board, item), item.id, item, self.at.get(item.id))
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
        chosen = set(self.ids)  # asked once per link: a list made a select-all quadratic
        cards = {i for i in chosen if i in board.cards}
        extra = [link.id for link in board.links_of(cards) if link.id not in chosen]
        return list(self.ids) + extra

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        board = board_of(workshop, self.board_id)
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
            del container_of(board, item)[item.id]
        self.counts = count(removed)
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
        return _tr("Rediger")

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        board = board_of(workshop, self.board_id)
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
        self.counts = count(new for _, new in replaced)
        inverse = type(self).__new__(type(self))
        inverse.__dict__.update(self.__dict__)
        inverse.changes = old
        inverse.counts = self.counts
        return inverse, Changes().touch(self.board_id, list(self.changes))


_PLACE = {"x", "y"}
"""The fields of a change that only moves an item."""


class MoveItems(SetFields):
    """Move cards and zones: `positions` maps id to the new (x, y)."""

    allowed = (Card, Zone)

    def __init__(self, board_id: str, positions: Mapping[str, tuple[float, float]]):
        """Each place held within the board's edge (clamped). The changes are made here
        once, not copied again by SetFields: a move of 50,000 cards makes 50,000 of them."""
        edge = MAX_COORDINATE
        changes: dict[str, dict[str, Any]] = {}
        for item_id, (x, y) in positions.items():
            x, y = float(x), float(y)
            if not -edge <= x <= edge:  # NaN too, as clamped has it
                x = clamped(x, -edge, edge)
            if not -edge <= y <= edge:
                y = clamped(y, -edge, edge)
            changes[item_id] = {"x": x, "y": y}
        self.board_id = board_id
        self.changes = changes
        self.counts = None

    @property
    def label(self) -> str:
        cards, _, zones = self.counts or (len(self.changes), 0, 0)
        if not zones:
            return _tr("Flyt %n kort", cards)
        if not cards:
            return _tr("Flyt %n felt(er)", zones)
        return _tr("Flyt %n element(er)", cards + zones)

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        """As SetFields, with only positions to change: each item is copied at its new place
        (model.moved_to) and the changes say that only positions changed, which storage and
        the views make cheap; moving 50,000 cards costs no more than the cards."""
        if any(fields.keys() != _PLACE for fields in self.changes.values()):
            return super().apply(workshop)
        board = board_of(workshop, self.board_id)
        cards, zones = board.cards, board.zones
        card_at, zone_at = cards.get, zones.get
        new_cards: dict[str, Item] = {}
        new_zones: dict[str, Item] = {}
        old: dict[str, dict[str, Any]] = {}
        try:
            for item_id, fields in self.changes.items():
                item = card_at(item_id)
                into = new_cards
                if item is None:
                    item, into = zone_at(item_id), new_zones
                    if item is None:
                        if item_id in board.links:
                            raise OperationError(f"{type(self).__name__} cannot change a Link")
                        raise OperationError(f"nothing with id {item_id!r} on this board")
                old[item_id] = {"x": item.x, "y": item.y}
                into[item_id] = moved_to(item, fields["x"], fields["y"])
        except ModelError as error:
            raise OperationError(str(error)) from error
        cards.update(new_cards)  # each in its place: the board's order stays
        zones.update(new_zones)
        self.counts = (len(new_cards), 0, len(new_zones))
        inverse = type(self).__new__(type(self))
        inverse.__dict__.update(self.__dict__)
        inverse.changes = old
        inverse.counts = self.counts
        return inverse, Changes().touch(self.board_id, list(self.changes), moved=True)


class NudgeItems(MoveItems):
    """A move by the arrow keys: successive nudges of the same items are one step."""

    def merge_key(self) -> Hashable | None:
        return ("nudge", self.board_id, frozenset(self.changes))


class Typed(Operation):
    """An edit made while typing in a text field: successive commits of one spell of typing
    (`spell`, a token the typist keeps until focus leaves) into the same fields are one undo
    step, as the text typed on a card in place is."""

    def __init__(self, edit: SetFields, spell: Hashable):
        self.edit = edit
        self.spell = spell

    @property
    def label(self) -> str:
        return self.edit.label

    def apply(self, workshop: Workshop) -> tuple[Operation, Changes]:
        return self.edit.apply(workshop)

    def merge_key(self) -> Hashable | None:
        fields = frozenset((item_id, frozenset(names))
                           for item_id, names in self.edit.changes.items())
        return ("typed", self.spell, type(self.edit).__name__, self.edit.board_id, fields)


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


class EditCard(SetFields):
    """Change a card's text or its kind's fields."""

    allowed = (Card,)

    def __init__(self, board_id: str, card_id: str, **fields: Any):
        super().__init__(board_id, {card_id: fields})

    @property
    def label(self) -> str:
        names = {name for fields in self.changes.values() for name in fields}
        if "answers" in names:  # a round saves status and decision with the answers
            names = {"answers"}
        return fields_table.edit_label(names) or _tr("Rediger kort")


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
            return _tr("Vis feltet for sig i præsentationen")
        return _tr("Rediger felt")


class EditLink(SetFields):
    allowed = (Link,)

    def __init__(self, board_id: str, link_id: str, **fields: Any):
        super().__init__(board_id, {link_id: fields})

    @property
    def label(self) -> str:
        return _tr("Rediger forbindelse")


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
            board = board_of(workshop, self.board_id)
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
            board = board_of(workshop, self.board_id)
            self.changes = {card.id: {"votes": 0} for card in board.cards.values() if card.votes}
        return super().apply(workshop)
