"""Lifting items off the board while they are dragged or nudged: shown moved as one, and
put down in one operation.

Moving items one by one costs Qt a re-index of each item at every step, and each moved card
its links: some 150 ms a step for 50,000 cards. A lift instead stops the items painting
themselves and paints them from two layers that move as one, the zones just above the other
zones and the cards, with the links between them, above everything else; only the links
with one end lifted follow step by step. Putting the items down says where each of them
goes; the operation that moves them (one MoveItems: one undo step, one write to the file)
is the caller's, and the scene moves the items when the model has moved. On a board in
overview (canvas.overview) the lifted cards and links are drawn as the overview draws them,
as boxes and lines in one pass, and marked as selected in screen pixels.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.boxes import Boxes
from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.link_item import LinkItem
from kerneopgave_desktop.canvas.overview import Rings, paint_marks
from kerneopgave_desktop.canvas.theme import theme_of
from kerneopgave_desktop.canvas.zone_item import ZoneItem

ZONE_LAYER_Z = 0.0
"""Above every zone (-1 to 0), below every card (1 to 2)."""
CARD_LAYER_Z = 5.0
"""Above the cards (1 to 2), the links (2.5) and the zones' titles (2.6) left behind."""
MARGIN = 40.0
"""Room around an item for what it paints outside its box (marks, the handle)."""

Box = tuple[float, float, float, float]


def _box(item: QGraphicsItem) -> Box:
    """Left, top, right, bottom of what `item` may paint, in scene units (a card's or zone's
    from its model, which is quicker than asking Qt, for 50,000 of them)."""
    if isinstance(item, (CardItem, ZoneItem)):
        value = item.card if isinstance(item, CardItem) else item.zone
        return (value.x - MARGIN, value.y - MARGIN, value.x + value.width + MARGIN,
                value.y + value.height + MARGIN)
    rect = item.scene_box() if isinstance(item, LinkItem) else item.sceneBoundingRect()
    return rect.left(), rect.top(), rect.right(), rect.bottom()


def _bounds_of(members: list[QGraphicsItem]) -> QRectF:
    """The box round what `members` may paint, each within its _box. A link between two
    of them without a label is not asked (a fifth of a lift of 50,000 cards): its line runs
    from one card's side to the other's, its arrowhead within MARGIN of them."""
    held = set(members)
    left = top = math.inf
    right = bottom = -math.inf
    for item in members:
        if isinstance(item, LinkItem) and not item.link.label \
                and item.source in held and item.target in held:
            continue
        x1, y1, x2, y2 = _box(item)
        left, top = min(left, x1), min(top, y1)
        right, bottom = max(right, x2), max(bottom, y2)
    if left > right:
        return QRectF()
    return QRectF(left, top, right - left, bottom - top)


class LiftLayer(QGraphicsItem):
    """Paints lifted items, each where it stood: its own position is how far they moved."""

    def __init__(self, members: list[QGraphicsItem], z: float, boxes: Boxes | None = None):
        """`boxes`: the members' boxes and lines as the overview had them (Overview.lend),
        to draw them by when zoomed out; any not among them are made when first drawn."""
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setZValue(z)
        self._items = members
        self._members: list[tuple[QGraphicsItem, Box]] | None = None
        """Each member with its box (_box), made when first painted readable."""
        self._bounds = _bounds_of(members)
        self._boxes = boxes
        """The cards and links as the overview draws them."""
        self._filled = False
        """Whether every member card and link is in `_boxes` (seen to when first drawn)."""
        self._selected: list = []
        """Their boxes, every one of them selected."""
        self._rings = Rings()
        self._others = [(item, _box(item)) for item in members
                        if not isinstance(item, (CardItem, LinkItem))]

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if getattr(self.scene(), "overview", False) and not style.readable(painter, widget):
            self._paint_boxes(painter, widget)
            members = self._others  # zones and titles paint themselves, as ever
        else:
            members = self._members
            if members is None:
                members = self._members = [(item, _box(item)) for item in self._items]
        exposed = option.exposedRect
        left, top, right, bottom = (exposed.left(), exposed.top(), exposed.right(),
                                    exposed.bottom())
        for item, (x1, y1, x2, y2) in members:
            if x1 <= right and x2 >= left and y1 <= bottom and y2 >= top:
                painter.save()
                painter.translate(item.pos())
                item.paint(painter, option, widget)
                painter.restore()

    def _paint_boxes(self, painter: QPainter, widget: QWidget | None) -> None:
        boxes = self._boxes
        if boxes is None:
            boxes = self._boxes = Boxes()
        if not self._filled:
            self._filled = True
            for item in self._items:
                if isinstance(item, CardItem):
                    if item.id not in boxes:
                        boxes.put_card(item)
                elif isinstance(item, LinkItem) and item.id not in boxes:
                    boxes.put_link(item)
            self._selected = [boxes.box(item.id) for item in self._items
                              if isinstance(item, CardItem)]
        theme = theme_of(widget)
        marks = style.marks_shown(widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if marks:  # all of them are the selection
            self._rings.paint(painter, theme, self._selected)
        boxes.paint(painter, theme)
        paint_marks(painter, theme, None, (), boxes.voted.values(), marks)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


class Lift:
    """Items lifted off a scene (canvas.scene.BoardScene.lift makes one)."""

    def __init__(self, scene, zones: list[ZoneItem], cards: list[CardItem],
                 inner: list[LinkItem], outer: list[LinkItem],
                 painted: Callable[[Iterable[QGraphicsItem], bool], None]):
        """`zones` and `cards` in the board's order, `inner` the links between lifted
        cards, `outer` those with one end lifted; `painted(items, False)` stops items
        painting themselves and `painted(items, True)` lets them again."""
        self.scene = scene
        self.zones, self.cards, self.inner, self.outer = zones, cards, inner, outer
        self.items: list[CardItem | ZoneItem] = [*zones, *cards]
        self.held = set(self.items)
        self._ids = {card.id for card in cards}
        self._painted = painted
        self.dx = self.dy = 0.0
        titles = [zone.title_item for zone in zones]  # drawn above the links, so here too
        self._own = [*self.items, *inner, *titles]
        """What paints in the layers instead of itself."""
        self.paints = set(self._own)
        painted(self._own, False)
        self.layers = [LiftLayer(zones, ZONE_LAYER_Z),
                       LiftLayer([*cards, *inner, *titles], CARD_LAYER_Z,
                                 scene.overview_item.lent)]
        for layer in self.layers:
            scene.addItem(layer)

    def refresh(self) -> None:
        """The board went into overview or came out of it: draw the layers again."""
        for layer in self.layers:
            layer.update()

    def translate(self, dx: float, dy: float) -> None:
        """Show the lifted items (dx, dy) from where they stand."""
        if (dx, dy) == (self.dx, self.dy):
            return
        self.dx, self.dy = dx, dy
        for layer in self.layers:
            layer.setPos(dx, dy)
        for link in self.outer:
            shift = (dx, dy)
            if link.source.id in self._ids:
                link.update_geometry(source_shift=shift)
            else:
                link.update_geometry(target_shift=shift)
        if self.outer:  # on a board in overview, the overview draws them
            self.scene.overview_item.touch(links=[link.id for link in self.outer])

    def targets(self) -> dict[str, tuple[float, float]]:
        """Where each lifted item goes: its model position moved by the lift."""
        return {item.id: (item.x() + self.dx, item.y() + self.dy) for item in self.items}

    def end(self) -> None:
        """Put the layers away and let the items paint themselves again, where they stand
        (the caller moves them through the model, or leaves them where they were)."""
        for layer in self.layers:
            self.scene.removeItem(layer)
        self.layers = []
        self._painted(self._own, True)
        for link in self.outer:
            link.update_geometry()
