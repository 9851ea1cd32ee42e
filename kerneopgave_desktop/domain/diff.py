"""What changed between two states of a workshop's boards: the dialogue over time.

Cards, links and boards are matched by id. A card counts as moved when it travelled
further than `MOVE_THRESHOLD`; reworded when its text differs (with a word-level
difference); changed when a field the method cares about differs.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from typing import Any

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.model import Board, Card, Link

AGREEMENT = "agreement"
"""The kind whose cards a comparison follows one by one, changed or not."""
MOVE_THRESHOLD = 40.0
"""Scene units (a sixth of a card's width): smaller shifts are tidying, not moves."""
FIELDS = tuple(field.name for field in fields_table.shown_in(fields_table.DIFF))
"""The fields compared besides the text and the place (domain.fields)."""


@dataclass(frozen=True)
class CardRef:
    board_id: str
    board_title: str
    card: Card


@dataclass(frozen=True)
class Reworded:
    before: CardRef
    after: CardRef

    def words(self) -> list[tuple[str, str]]:
        """The text difference word by word: ('=', w), ('-', removed) or ('+', added)."""
        old, new = self.before.card.text.split(), self.after.card.text.split()
        out: list[tuple[str, str]] = []
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                out.append(("=", " ".join(old[i1:i2])))
            if tag in ("delete", "replace"):
                out.append(("-", " ".join(old[i1:i2])))
            if tag in ("insert", "replace"):
                out.append(("+", " ".join(new[j1:j2])))
        return out


@dataclass(frozen=True)
class FieldChange:
    before: CardRef
    after: CardRef
    fields: tuple[tuple[str, Any, Any], ...]
    """(field, old value, new value)"""


@dataclass
class Diff:
    added: list[CardRef] = field(default_factory=list)
    removed: list[CardRef] = field(default_factory=list)
    moved: list[tuple[CardRef, CardRef]] = field(default_factory=list)
    reworded: list[Reworded] = field(default_factory=list)
    changed: list[FieldChange] = field(default_factory=list)
    links_added: list[tuple[str, Link]] = field(default_factory=list)
    links_removed: list[tuple[str, Link]] = field(default_factory=list)
    boards_added: list[Board] = field(default_factory=list)
    boards_removed: list[Board] = field(default_factory=list)
    """Whole boards on one side only (a group board made by "Del i grupper", say)."""
    agreements: list[tuple[CardRef | None, CardRef | None]] = field(default_factory=list)
    """Every agreement on either side, as (before, after), None where it is missing: what
    happened to each, changed or not. Not a change by itself (an unchanged agreement makes
    no difference)."""

    def __bool__(self) -> bool:
        return any((self.added, self.removed, self.moved, self.reworded, self.changed,
                    self.links_added, self.links_removed, self.boards_added,
                    self.boards_removed))

    def touched(self) -> dict[str, str]:
        """Card id -> how it changed ('added', 'removed', 'changed'), for marking a board."""
        marks = {ref.card.id: "added" for ref in self.added}
        marks.update({ref.card.id: "removed" for ref in self.removed})
        for before, _after in self.moved:
            marks.setdefault(before.card.id, "changed")
        for change in (*self.reworded, *self.changed):
            marks.setdefault(change.before.card.id, "changed")
        return marks


def _cards(boards: list[Board]) -> dict[str, CardRef]:
    return {card.id: CardRef(board.id, board.title, card)
            for board in boards for card in board.cards.values()}


def _links(boards: list[Board]) -> dict[str, tuple[str, Link]]:
    return {link.id: (board.id, link) for board in boards for link in board.links.values()}


def compare(before: list[Board], after: list[Board]) -> Diff:
    old, new = _cards(before), _cards(after)
    diff = Diff()
    diff.added = [new[i] for i in new if i not in old]
    diff.removed = [old[i] for i in old if i not in new]
    for card_id in old.keys() & new.keys():
        a, b = old[card_id], new[card_id]
        if math.hypot(b.card.x - a.card.x, b.card.y - a.card.y) > MOVE_THRESHOLD \
                or a.board_id != b.board_id:
            diff.moved.append((a, b))
        if a.card.text != b.card.text:
            diff.reworded.append(Reworded(a, b))
        fields = tuple((name, getattr(a.card, name, None), getattr(b.card, name, None))
                       for name in FIELDS
                       if getattr(a.card, name, None) != getattr(b.card, name, None))
        if a.card.kind != b.card.kind:
            fields = (("kind", a.card.kind, b.card.kind), *fields)
        if fields:
            diff.changed.append(FieldChange(a, b, fields))
    order = {card_id: index for index, card_id in enumerate(new)}
    order.update({card_id: index for index, card_id in enumerate(old) if card_id not in order})
    diff.moved.sort(key=lambda pair: order[pair[1].card.id])
    diff.reworded.sort(key=lambda change: order[change.after.card.id])
    diff.changed.sort(key=lambda change: order[change.after.card.id])
    old_links, new_links = _links(before), _links(after)
    diff.links_added = [new_links[i] for i in new_links if i not in old_links]
    diff.links_removed = [old_links[i] for i in old_links if i not in new_links]
    before_ids, after_ids = {b.id for b in before}, {b.id for b in after}
    diff.boards_added = [board for board in after if board.id not in before_ids]
    diff.boards_removed = [board for board in before if board.id not in after_ids]
    ids = [*new, *(card_id for card_id in old if card_id not in new)]  # then the removed
    diff.agreements = [(old.get(card_id), new.get(card_id)) for card_id in ids
                       if any(side.get(card_id) is not None
                              and side[card_id].card.kind == AGREEMENT for side in (old, new))]
    return diff
