"""ZoneItem: a labelled area behind the cards. A locked zone stays put."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.theme import qcolor, theme_of
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Zone

MIN_TITLE_PIXELS = 17


class ZoneItem(QGraphicsItem):
    """Views one Zone; snapping while it is dragged is the gesture's (canvas.gestures)."""

    def __init__(self, zone: Zone, editable: bool = True):
        super().__init__()
        self.editable = editable
        """False on a read-only board: then no zone moves, locked or not."""
        self.empty_hint = ""
        """Shown across an empty cell: where the team has not looked yet."""
        self.setZValue(-1)
        self.zone = zone
        self.set_zone(zone)

    @property
    def id(self) -> str:
        return self.zone.id

    def set_zone(self, zone: Zone) -> None:
        if (zone.width, zone.height) != (self.zone.width, self.zone.height):
            self.prepareGeometryChange()
        self.zone = zone
        movable = not zone.locked and self.editable
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, movable)
        self.setPos(zone.x, zone.y)
        self._fit_title()
        self.update()

    def _fit_title(self) -> None:
        """Shrink a long title to fit the zone, down to a readable size; then elide it."""
        room = self.zone.width - 2 * look.ZONE_TITLE_INSET[0]
        font = style.zone_font()
        while font.pixelSize() > MIN_TITLE_PIXELS and \
                QFontMetricsF(font).horizontalAdvance(self.zone.title) > room:
            font.setPixelSize(font.pixelSize() - 1)
        self._title_font = font
        self._title = QFontMetricsF(font).elidedText(self.zone.title, Qt.TextElideMode.ElideRight,
                                                     room)

    def accessible_name(self) -> str:
        return f"{self.zone.title} ({self.empty_hint})" if self.empty_hint else self.zone.title

    def set_empty_hint(self, text: str) -> None:
        if text != self.empty_hint:
            self.empty_hint = text
            self.update()

    def title_rect(self) -> QRectF:
        """Where the title is written (item coordinates): a double-click there renames."""
        inset_x, inset_y = look.ZONE_TITLE_INSET
        return QRectF(inset_x - 4, inset_y - 4, self.zone.width - 2 * inset_x + 8,
                      style.ZONE_TITLE_SPACE - inset_y)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.zone.width + 4, self.zone.height + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = QRectF(0, 0, self.zone.width, self.zone.height)
        theme = theme_of(widget)
        own = look.zone_colour(self.zone)
        fill = qcolor(own) if own is not None else theme.zone_fill
        width = look.ZONE_LINE + 1 if self.isSelected() else \
            look.ZONE_LINE * theme.outline_width / look.CARD_OUTLINE
        pen = QPen(theme.selection if self.isSelected() else theme.zone_border, width)
        if not self.zone.locked:  # Qt measures a dash in pen widths
            pen.setDashPattern([length / width for length in look.ZONE_DASH])
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, look.ZONE_RADIUS, look.ZONE_RADIUS)
        if self.empty_hint:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(style.EMPTY_HATCH, Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect.adjusted(6, 6, -6, -6), 12, 12)
            painter.setPen(style.EMPTY_TEXT)
            painter.setFont(style.EMPTY_FONT)
            painter.drawText(rect.adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_hint)
        if self.zone.title:
            painter.setPen(theme.zone_title)
            painter.setFont(self._title_font)
            inset_x, inset_y = look.ZONE_TITLE_INSET
            painter.drawText(rect.adjusted(inset_x, inset_y, -inset_x, -inset_y),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextSingleLine, self._title)
