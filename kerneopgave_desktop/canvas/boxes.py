"""The overview's cards as boxes by fill colour and links as lines by kind (canvas.overview),
kept in scene coordinates so that a frame draws each group in one call into Qt; the lift
(canvas.lift) borrows the boxes of what it lifts and gives them back when put down.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from kerneopgave_desktop.canvas.card_item import CardItem, card_brush
from kerneopgave_desktop.canvas.link_item import LinkItem, link_pen
from kerneopgave_desktop.canvas.theme import Theme
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Card, Link


class Boxes:
    """Cards as boxes by fill colour and links as lines by kind, in scene coordinates, ready
    to draw a group at a time; a card's or link's entry is refreshed from its item when told
    that it changed."""

    def __init__(self) -> None:
        self._cards: dict[str, dict[str, QRectF]] = {}
        """Fill colour -> card id -> its box."""
        self._colour: dict[str, str] = {}
        self._links: dict[str, dict[str, QLineF]] = {}
        """Kind -> link id -> its line."""
        self._kind: dict[str, str] = {}
        self.voted: dict[str, QRectF] = {}
        """The boxes of the cards that have votes."""
        self._lists: dict[tuple[str, str], list] = {}
        """Each group as the list Qt takes, made when first drawn after a change."""

    def __len__(self) -> int:
        return len(self._colour)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._colour or item_id in self._kind

    def box(self, card_id: str) -> QRectF | None:
        colour = self._colour.get(card_id)
        return None if colour is None else self._cards[colour][card_id]

    def area(self, link_id: str) -> QRectF | None:
        """The rectangle a link's line spans, or None for a link not drawn here."""
        kind = self._kind.get(link_id)
        if kind is None:
            return None
        line = self._links[kind][link_id]
        return QRectF(line.p1(), line.p2()).normalized()

    def put_card(self, item: CardItem, shift: QPointF | None = None) -> None:
        """The card's box as its item's model has it (moved by `shift`); a card that keeps
        its colour is replaced where it is (a move of 50,000 cards does this for each)."""
        self.put_box(item.card, shift)

    def fill(self, cards: Iterable[Card]) -> None:
        """The boxes of `cards`, none of which is here yet, from their models alone: a large
        board's first frame, before its items are built (canvas.stepwise). As `put_card`
        for each, in one pass."""
        colours, groups, voted, colour_of = self._colour, self._cards, self.voted, \
            look.card_colour
        for card in cards:
            card_id, colour = card.id, colour_of(card)
            rect = QRectF(card.x, card.y, card.width, card.height)
            colours[card_id] = colour
            group = groups.get(colour)
            if group is None:
                group = groups[colour] = {}
            group[card_id] = rect
            if card.votes:
                voted[card_id] = rect
        self._lists.clear()

    def put_box(self, card: Card, shift: QPointF | None = None) -> None:
        """The box of `card` (moved by `shift`)."""
        card_id = card.id
        colour = look.card_colour(card)
        if self._colour.get(card_id) != colour:
            self.drop_card(card_id)
            self._colour[card_id] = colour
        rect = QRectF(card.x, card.y, card.width, card.height)
        if shift is not None:
            rect.translate(shift)
        self._cards.setdefault(colour, {})[card_id] = rect
        self._lists.pop(("card", colour), None)
        if card.votes:
            self.voted[card_id] = rect
        else:
            self.voted.pop(card_id, None)

    def move_card(self, item: CardItem) -> None:
        """A card of which only the place changed: its box is moved where it is, in the
        lists already made for Qt (a move of 50,000 cards does this for each); a card
        without a box gets one (put_card)."""
        card = item.card
        colour = self._colour.get(card.id)
        if colour is None:
            self.put_card(item)
        else:
            self._cards[colour][card.id].moveTo(card.x, card.y)

    def drop_card(self, card_id: str) -> None:
        colour = self._colour.pop(card_id, None)
        if colour is not None:
            del self._cards[colour][card_id]
            self._lists.pop(("card", colour), None)
            self.voted.pop(card_id, None)

    def put_link(self, item: LinkItem, shift: QPointF | None = None) -> None:
        """The link's line as its item draws it (moved by `shift`), replaced where it is
        when it keeps its kind."""
        line = item.line_in_scene()
        if shift is not None:
            line.translate(shift)
        self.put_line(item.link, line)

    def put_line(self, link: Link, line: QLineF) -> None:
        """The line of `link`, where it is drawn (in scene coordinates)."""
        link_id = link.id
        kind = link.kind
        if self._kind.get(link_id) != kind:
            self.drop_link(link_id)
            self._kind[link_id] = kind
        self._links.setdefault(kind, {})[link_id] = line
        self._lists.pop(("link", kind), None)

    def drop_link(self, link_id: str) -> None:
        kind = self._kind.pop(link_id, None)
        if kind is not None:
            del self._links[kind][link_id]
            self._lists.pop(("link", kind), None)

    def clear(self) -> None:
        self.__init__()

    def hand_over(self, ids: set[str]) -> Boxes:
        """These cards' boxes and links' lines taken out into a Boxes of their own, as they
        are (a lift draws them while they are away); all of them at once when they are all
        there is (a select-all), so a lift of 50,000 cards makes no box again."""
        other = Boxes()
        if self._colour.keys() <= ids and self._kind.keys() <= ids:
            self.__dict__, other.__dict__ = other.__dict__, self.__dict__
            return other
        for item_id in ids:
            colour = self._colour.pop(item_id, None)
            if colour is not None:
                other._colour[item_id] = colour
                other._cards.setdefault(colour, {})[item_id] = self._cards[colour].pop(item_id)
                vote = self.voted.pop(item_id, None)
                if vote is not None:
                    other.voted[item_id] = vote
                continue
            kind = self._kind.pop(item_id, None)
            if kind is not None:
                other._kind[item_id] = kind
                other._links.setdefault(kind, {})[item_id] = self._links[kind].pop(item_id)
        self._lists.clear()
        return other

    def take(self, other: Boxes) -> None:
        """Take in what `other` holds (what hand_over took out), in place of any entry of
        the same id; `other` is left empty."""
        if not self._colour and not self._kind:
            self.__dict__, other.__dict__ = other.__dict__, self.__dict__
            other.clear()
            return
        for card_id, colour in other._colour.items():
            self.drop_card(card_id)
            self._colour[card_id] = colour
            self._cards.setdefault(colour, {})[card_id] = other._cards[colour][card_id]
            vote = other.voted.get(card_id)
            if vote is not None:
                self.voted[card_id] = vote
        for link_id, kind in other._kind.items():
            self.drop_link(link_id)
            self._kind[link_id] = kind
            self._links.setdefault(kind, {})[link_id] = other._links[kind][link_id]
        self._lists.clear()
        other.clear()

    def paint(self, painter: QPainter, theme: Theme) -> None:
        """Every box in its colour, then every line in its kind's pen."""
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self._cards.items():
            if rects:
                painter.setBrush(card_brush(colour))
                painter.drawRects(self._list("card", colour, rects))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for kind, lines in self._links.items():
            if lines:
                painter.setPen(link_pen(theme, kind, False))
                painter.drawLines(self._list("link", kind, lines))

    def _list(self, what: str, key: str, values: dict) -> list:
        found = self._lists.get((what, key))
        if found is None:
            found = self._lists[what, key] = list(values.values())
        return found
