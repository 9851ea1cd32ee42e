"""LinkItem: an arrow between two card items, styled by the link's kind."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.theme import Theme, theme_of
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.fitting import elide
from kerneopgave_desktop.domain.model import Link

ARROW = look.ARROW


def _label_font() -> QFont:
    font = QFont()
    font.setPixelSize(look.LINK_LABEL_PIXELS)
    return font


def _box(item: CardItem, shift: tuple[float, float]) -> look.Rect:
    """The card where its item is shown: where it is, `shift`ed while it is lifted (dragged or
    nudged, not yet where the model has it; canvas.lift)."""
    return item.x() + shift[0], item.y() + shift[1], item.card.width, item.card.height


NO_SHIFT = (0.0, 0.0)
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


def link_pen(theme: Theme, kind: str, selected: bool) -> QPen:
    """The line's pen for a link of `kind` in `theme`, made once for every link alike."""
    key = (theme.name, theme.link.rgba(), theme.selection.rgba(), theme.outline_width, kind,
           selected)
    pen = _PENS.get(key)
    if pen is None:
        color = theme.selection if selected else theme.link
        width = look.LINK_WIDTH + 1 if selected else \
            look.LINK_WIDTH * max(1.0, theme.outline_width / 2)
        pen = _PENS[key] = QPen(color, width)
        dashes = look.LINK_DASHES.get(kind)
        if dashes:  # Qt measures a dash in pen widths
            pen.setDashPattern([length / width for length in dashes])
    return pen


_PENS: dict[tuple, QPen] = {}


class LinkItem(QGraphicsItem):
    def __init__(self, link: Link, source: CardItem, target: CardItem,
                 scene: QGraphicsScene | None = None):
        """Given a `scene`, the link joins it before it finds its way, so that it keeps off
        that scene's zone titles at once (finding it twice costs a board of 25,000 links a
        third of a second)."""
        super().__init__()
        self.setFlag(_SELECTABLE)
        self.setZValue(2.5)  # above cards (1 to 2), so labels in narrow gaps stay readable
        self.link = link
        self.source, self.target = source, target
        self._line = QLineF()
        self._bounds = QRectF()
        if scene is not None:
            scene.addItem(self)
        self.update_geometry()

    @property
    def id(self) -> str:
        return self.link.id

    def set_link(self, link: Link, source: CardItem, target: CardItem) -> None:
        self.link, self.source, self.target = link, source, target
        self._line = QLineF()  # force the geometry (and label box) to be measured again
        self.update_geometry()
        self.update()

    def accessible_name(self) -> str:
        return self.link.label or self.link.kind

    def update_geometry(self, source_shift: tuple[float, float] = NO_SHIFT,
                        target_shift: tuple[float, float] = NO_SHIFT) -> None:
        """Follow the cards at its ends (each shown `shift`ed from where its item is),
        keeping off the zones' titles near them.

        The line is kept relative to the item's position, so that a link whose two cards
        moved alike, with no title near, only moves (`moveBy`), as a move of many cards
        does."""
        source, target = _box(self.source, source_shift), _box(self.target, target_shift)
        index = getattr(self.scene(), "titles", None)
        titles = index.near(source, target) if index is not None else ()
        (x1, y1), (x2, y2) = look.link_ends(source, target, titles)
        x, y = self.x(), self.y()
        x1, y1, x2, y2 = x1 - x, y1 - y, x2 - x, y2 - y
        line = QLineF(x1, y1, x2, y2)
        if line != self._line:
            self.prepareGeometryChange()
            self._line = line
            extra = ARROW + 4
            if self.link.label:
                rect = QRectF(line.p1(), line.p2()).normalized().united(self._label_rect())
                self._bounds = rect.adjusted(-extra, -extra, extra, extra)
            else:  # most links: worked out in floats, at a third of the cost
                self._bounds = QRectF(min(x1, x2) - extra, min(y1, y2) - extra,
                                      abs(x2 - x1) + 2 * extra, abs(y2 - y1) + 2 * extra)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def scene_box(self) -> QRectF:
        """Its bounding rectangle in the scene, as `sceneBoundingRect` has it (a link is
        never parented, rotated or scaled: its bounds moved to where it is), without Qt
        calling back into Python for them: a fifth of the cost, for 25,000 links at once."""
        return self._bounds.translated(self.pos())

    def line_in_scene(self) -> QLineF:
        """The line as drawn, in scene coordinates."""
        return self._line.translated(self.pos())

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(14)
        return stroker.createStroke(path)

    def _label_rect(self) -> QRectF:
        """The label's box, centred on the line."""
        metrics = QFontMetricsF(_label_font())
        width = min(metrics.horizontalAdvance(self.link.label) + 14, look.LINK_LABEL_WIDTH)
        height = metrics.height() + 6
        center = self._line.center()
        return QRectF(center.x() - width / 2, center.y() - height / 2, width, height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        theme = theme_of(widget)
        selected = self.isSelected() and style.marks_shown(widget)
        pen = link_pen(theme, self.link.kind, selected)
        painter.setPen(pen)
        painter.drawLine(self._line)
        if not style.readable(painter, widget):
            return  # arrowheads and labels would be specks
        color = pen.color()
        if self._line.length() > 1:
            self._arrowhead(painter, self._line, color)
            if self.link.kind in look.BOTH_ENDS:
                self._arrowhead(painter, QLineF(self._line.p2(), self._line.p1()), color)
        if self.link.label:
            rect = self._label_rect()
            painter.setPen(QPen(color, 1.5))
            painter.setBrush(theme.background)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(theme.zone_title)
            painter.setFont(_label_font())
            text = elide(self.link.label, rect.width() - 10,
                         QFontMetricsF(_label_font()).horizontalAdvance)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, text)

    @staticmethod
    def _arrowhead(painter: QPainter, line: QLineF, color) -> None:
        angle = math.atan2(-line.dy(), line.dx())
        tip = line.p2()
        side = look.ARROW_ANGLE
        left = tip - QPointF(math.cos(angle - side) * ARROW, -math.sin(angle - side) * ARROW)
        right = tip - QPointF(math.cos(angle + side) * ARROW, -math.sin(angle + side) * ARROW)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(QPolygonF([tip, left, right]))
