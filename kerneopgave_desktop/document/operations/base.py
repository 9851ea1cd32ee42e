"""Operations: one small class per verb.

`apply(workshop)` changes the model and returns the operation that undoes it,
built from the state it actually replaced, together with the ids it touched.
Operations never talk to storage or to a view; the Document does that.

This module holds what every operation shares; `items` holds the verbs on a board's
zones, cards and links, `workshop` the verbs on boards, the workshop's details, decks and
snapshots.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Hashable, Iterable
from typing import Any

from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import Board, Card, Item, Link, Workshop, Zone


class OperationError(ValueError):
    """An operation that does not fit the model it is applied to."""


class Operation(ABC):
    """One verb on the model; applying it returns the operation that undoes it."""

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


def board_of(workshop: Workshop, board_id: str) -> Board:
    """The board with this id, or an OperationError."""
    try:
        return workshop.board(board_id)
    except KeyError:
        raise OperationError(f"no board {board_id!r}") from None


def container_of(board: Board, item: Item) -> dict[str, Any]:
    """The dict of `board` that holds items of `item`'s sort."""
    if isinstance(item, Card):
        return board.cards
    if isinstance(item, Link):
        return board.links
    return board.zones


def insert_at(items: dict[str, Any], key: str, value: Any, index: int | None) -> None:
    """Put `value` at `index` in the dict's order (at the end when None)."""
    if index is None or index >= len(items):
        items[key] = value
        return
    entries = list(items.items())
    entries.insert(index, (key, value))
    items.clear()
    items.update(entries)


def count(items: Iterable[Item]) -> tuple[int, int, int]:
    """How many cards, links and zones."""
    items = list(items)
    return (sum(isinstance(i, Card) for i in items), sum(isinstance(i, Link) for i in items),
            sum(isinstance(i, Zone) for i in items))
