"""What an operation touched, so that storage writes and views redraw only that."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    """Ids touched by one or more operations.

    A touched id may have been added, changed or removed: the model says which
    (present means added or changed). Storage and views both read it that way.
    """

    info: bool = False
    boards: set[str] = field(default_factory=set)
    """Boards added, removed, renamed or moved in the board order."""
    items: dict[str, set[str]] = field(default_factory=dict)
    """Board id -> ids of its zones, cards and links that were touched."""
    placed: set[str] = field(default_factory=set)
    """Items given a new place in their board's order (added or restored)."""
    moved: set[str] = field(default_factory=set)
    """Touched items whose every change was a move: only their x and y differ, so storage
    writes only those and a view only moves them (a move of 50,000 cards stays cheap)."""
    snapshots: set[str] = field(default_factory=set)
    decks: set[str] = field(default_factory=set)
    rounds: set[str] = field(default_factory=set)
    """The room's rounds added, changed or removed."""
    submissions: set[str] = field(default_factory=set)
    """Participants' submissions added, changed or removed."""
    origin: object = None
    """Who asked for the change (a view, a panel, "room"), so that it can skip its own
    echo; None when nobody said. Listeners must not depend on it for correctness."""

    def touch(self, board_id: str, ids: set[str] | list[str] | tuple[str, ...],
              placed: bool = False, moved: bool = False) -> Changes:
        """Note `ids` on `board_id` as touched: `placed` in the order, or only `moved`."""
        touched = self.items.setdefault(board_id, set())
        if moved:  # a move after another change is still that change
            self.moved.update(i for i in ids if i not in touched)
        else:
            self.moved.difference_update(ids)
        touched.update(ids)
        if placed:
            self.placed.update(ids)
        return self

    def update(self, other: Changes) -> None:
        self.info |= other.info
        self.boards |= other.boards
        for board_id, ids in other.items.items():
            self.touch(board_id, ids & other.moved, moved=True)
            self.touch(board_id, ids - other.moved)
        self.placed |= other.placed
        self.snapshots |= other.snapshots
        self.decks |= other.decks
        self.rounds |= other.rounds
        self.submissions |= other.submissions

    def __bool__(self) -> bool:
        return (self.info or bool(self.boards or self.snapshots or self.decks or self.rounds
                                  or self.submissions)
                or any(self.items.values()))
