"""The board zoomed out, in one pass: cards as filled boxes, links as bare lines, drawn a
colour at a time, with selection, focus, warnings and votes marked in screen pixels so that
they stay visible at every zoom.

Too small to read, a card is a coloured box (as CardItem paints it below READABLE_SCALE);
but asking 50,000 cards to paint themselves costs 50,000 calls into Python in every frame
(half a second), where a handful of `drawRects` calls into Qt cost a few milliseconds. So
while every view of a board shows it zoomed out, the scene lets its cards and links paint
nothing (ItemHasNoContents) and its `Overview` draws them from their models instead; zoomed
in, the items paint themselves again. Zones, zone titles, ghosts, and cards marked in a
comparison or lit as a link's target still paint themselves.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.boxes import Boxes
from kerneopgave_desktop.canvas.card_item import CARD_MARGINS
from kerneopgave_desktop.canvas.theme import Theme, theme_of
from kerneopgave_desktop.domain.model import Card, Link

OVERVIEW_Z = 0.5
"""Above the zones (-1 to 0), below the cards (1 to 2), which paint nothing meanwhile."""
SELECTION_PIXELS = 3.0
"""The outline of a selected card, in screen pixels, at any zoom."""
VOTE_PIXELS = 3.5
"""The radius of the dot that says a card has votes, in screen pixels."""
MARGIN = 40.0
FEW = 64
"""A change of at most this many cards repaints where they were and are, not all."""


def _outline(colour: QColor, pixels: float, dashed: bool = False) -> QPen:
    """A pen as wide on screen at every zoom (cosmetic), made once per colour and width."""
    key = (colour.rgba(), pixels, dashed)
    pen = _OUTLINES.get(key)
    if pen is None:
        pen = _OUTLINES[key] = QPen(colour, pixels)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
    return pen


_OUTLINES: dict[tuple[int, float, bool], QPen] = {}


class Rings:
    """The selection as rings: each selected box grown by SELECTION_PIXELS on screen and
    filled in the selection colour under the boxes, which leaves a ring round each. Filling
    50,000 rectangles costs Qt a few milliseconds where stroking their outlines cost 80,
    so a drag of a select-all stays smooth. Grown once per list of boxes and zoom."""

    def __init__(self) -> None:
        self._source: list[QRectF] | None = None
        """The boxes grown (held, so that no other list is taken for it)."""
        self._scale = 0.0
        self._rings: list[QRectF] = []

    def paint(self, painter: QPainter, theme: Theme, selected: list[QRectF]) -> None:
        if not selected:
            return
        scale = painter.worldTransform().m11() or 1.0
        if selected is not self._source or scale != self._scale:
            grow = SELECTION_PIXELS / scale
            self._rings = [box.adjusted(-grow, -grow, grow, grow) for box in selected]
            self._source, self._scale = selected, scale
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.selection)
        painter.drawRects(self._rings)


def paint_marks(painter: QPainter, theme: Theme, focus: QRectF | None,
                warned: Iterable[QRectF], voted: Iterable[QRectF], marks: bool) -> None:
    """What must stay visible on a zoomed-out board, in screen pixels, above the boxes: the
    votes, the warnings and (where marks are shown: not on the projector) the focus (the
    selection is drawn under the boxes: Rings)."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    warned = list(warned)
    if warned:
        painter.setPen(_outline(style.WARNING, SELECTION_PIXELS, dashed=True))
        painter.drawRects(warned)
    if marks and focus is not None:
        painter.setPen(_outline(theme.focus, SELECTION_PIXELS + 1))
        painter.drawRect(focus)
    voted = list(voted)
    if voted:
        scale = painter.worldTransform().m11() or 1.0
        radius = VOTE_PIXELS / scale
        painter.setPen(_outline(theme.background, 1.0))
        painter.setBrush(QBrush(style.TEXT))
        for rect in voted:  # a dot in the corner where the votes are written
            painter.drawEllipse(QPointF(rect.right(), rect.top()), radius, radius)


class Overview(QGraphicsItem):
    """The scene's cards and links drawn zoomed out (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(OVERVIEW_Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.boxes = Boxes()
        self.rings = Rings()
        self._built = False
        self._cards: set[str] = set()
        self._links: set[str] = set()
        """What changed since the boxes were last brought up to date."""
        self._moved: set[str] = set()
        """Cards of which only the place changed since then (Boxes.move_card)."""
        self.away: set[str] = set()
        """Cards and links lifted off the board: the lift draws them."""
        self.lent: Boxes | None = None
        """Their boxes and lines, handed over to the lift (lend, take_back)."""
        self._later: set[str] = set()
        """Those of them that changed while away: made again once they are back."""
        self._later_moved: set[str] = set()
        """Those of them that only moved while away (put down where the drag took them):
        moved once they are back."""
        self._bounds = QRectF()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def reset(self) -> None:
        """The scene was rebuilt: start again from its items."""
        self.boxes.clear()
        self._built = False
        self._cards.clear()
        self._links.clear()
        self._moved.clear()
        self._later.clear()
        self._later_moved.clear()
        self.update()

    def preview(self, cards: Iterable[Card], lines: Iterable[tuple[Link, QLineF]]) -> None:
        """Draw these cards and links from their models, before (or without) their items: the
        scene was rebuilt and builds its items after its first frame (canvas.stepwise). An
        item made later replaces its entry only when it is touched."""
        boxes = self.boxes
        cards = list(cards)
        boxes.fill(cards)
        for link, line in lines:
            boxes.put_line(link, line)
        self._built = True
        if cards:  # the box round all the cards: one for _grow to take in, not 50,000
            rect = QRectF(min(card.x for card in cards), min(card.y for card in cards), 0, 0)
            rect.setRight(max(card.x + card.width for card in cards))
            rect.setBottom(max(card.y + card.height for card in cards))
            self._grow([rect])
        self.update()

    def lend(self, ids: Iterable[str]) -> Boxes:
        """Hand the boxes and lines of these cards and links, lifted off the board, to the
        lift that draws them while they are away (canvas.lift): brought up to date first,
        then taken out of the overview's own rather than dropped here and made again there
        (75,000 of them for a select-all of 50,000 cards)."""
        ids = set(ids)
        scene = self.scene()
        if self._built:
            self._refresh(scene)
        few = self._areas(list(ids), list(ids)) if len(ids) <= FEW else None
        self.away.update(ids)
        self.lent = self.boxes.hand_over(ids)
        self._repaint(scene, few)
        return self.lent

    def take_back(self, ids: Iterable[str]) -> None:
        """The lifted cards and links are back where they stand: their boxes and lines come
        back from the lift, and those that changed meanwhile are made again."""
        ids = set(ids)
        self.away.difference_update(ids)
        lent, self.lent = self.lent, None
        if lent is not None:
            self.boxes.take(lent)
        if self._built:
            self._cards.update(self._later)
            self._links.update(self._later)
            self._moved.update(self._later_moved)
        self._later.clear()
        self._later_moved.clear()
        scene = self.scene()
        if getattr(scene, "overview", False):
            self._refresh(scene)
        self._repaint(scene, self._areas(list(ids), list(ids)) if len(ids) <= FEW else None)

    def _repaint(self, scene, areas: list[QRectF] | None) -> None:
        """In overview, draw `areas` again, or everything (None)."""
        if not getattr(scene, "overview", False):
            return
        if areas is None:
            self.update()
        for rect in areas or ():
            self.update(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def touch(self, cards: Iterable[str] = (), links: Iterable[str] = (),
              moved: Iterable[str] = ()) -> None:
        """These cards and links changed (or came, or went), and the cards in `moved` only
        moved; in overview, they are drawn again (a few where they were and are, many by
        drawing it all)."""
        scene = self.scene()
        cards, links, moved = list(cards), list(links), list(moved)
        if self._built:
            self._cards.update(cards)
            self._links.update(links)
            self._moved.update(moved)
        if not getattr(scene, "overview", False):
            return  # the items paint themselves: nothing of this shows
        cards += moved
        few = len(cards) + len(links) <= FEW and all(card_id in scene.cards
                                                     for card_id in cards)
        before = self._areas(cards, links) if few else []
        self._refresh(scene)
        if not few:
            self.update()
            return
        for rect in (*before, *self._areas(cards, links)):
            self.update(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def _areas(self, cards: list[str], links: list[str]) -> list[QRectF]:
        """Where these cards and links are drawn now (copies: a box moves in place)."""
        boxes = self.boxes
        found = [boxes.box(card_id) for card_id in cards]
        found += [boxes.area(link_id) for link_id in links]
        return [QRectF(rect) for rect in found if rect is not None]

    def _refresh(self, scene) -> None:
        """Bring the boxes up to date with the scene's items, and the bounds with them."""
        boxes = self.boxes
        if not self._built:
            self._built = True
            self._cards, self._links = set(scene.cards), set(scene.links)
            self._moved.clear()
        items, away, changed, later = scene.cards, self.away, self._cards, self._later
        for card_id in self._cards:
            item = items.get(card_id)
            if card_id in away:
                later.add(card_id)  # lent to the lift: made again when back (take_back)
            elif item is None:
                boxes.drop_card(card_id)
            else:
                boxes.put_card(item)
        for card_id in self._moved:
            if card_id not in changed:  # a change since moved has been put whole
                item = items.get(card_id)
                if card_id in away:
                    self._later_moved.add(card_id)
                elif item is None:
                    boxes.drop_card(card_id)
                else:
                    boxes.move_card(item)
        for link_id in self._links:
            item = scene.links.get(link_id)
            if link_id in away:
                later.add(link_id)
            elif item is None:
                boxes.drop_link(link_id)
            else:
                boxes.put_link(item)
        if self._cards or self._moved:
            self._grow(boxes.box(card_id) for card_id in (*self._cards, *self._moved))
        self._cards.clear()
        self._links.clear()
        self._moved.clear()

    def _grow(self, rects: Iterable[QRectF | None]) -> None:
        """Take in `rects` (cards' boxes) as their items' bounds do, marks and handle round
        them: never beyond the cards' own, so that the board's extent (fitting it to the
        view) is the items' as ever."""
        bounds = self._bounds
        left, top, right, bottom = CARD_MARGINS
        for rect in rects:
            if rect is not None and not bounds.contains(rect):
                bounds = bounds.united(rect.adjusted(left, top, right, bottom))
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        scene = self.scene()
        if not getattr(scene, "overview", False) or style.readable(painter, widget):
            return  # the items paint themselves
        self._refresh(scene)
        theme = theme_of(widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # boxes of a pixel
        selected, focus, warned, links = scene.overview_marks()
        marks = style.marks_shown(widget)
        if marks:
            self.rings.paint(painter, theme, selected)
        self.boxes.paint(painter, theme)
        if marks and links:
            painter.setPen(_outline(theme.selection, 2.0))
            painter.drawLines(links)
        paint_marks(painter, theme, focus, warned, self.boxes.voted.values(), marks)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
