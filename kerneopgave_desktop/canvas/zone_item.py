"""ZoneItem: a labelled area behind the cards. A locked zone stays put.

Its title is an item of its own (ZoneTitle), drawn above the links on a plate of the zone's
colour, so that no arrow runs through a heading; it follows its zone (place, opacity,
visibility) and takes no clicks, which go to whatever lies under it. Every title on a board
has one size (chosen by the scene, see domain.look.title_pixels), on two lines if need be.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.theme import Theme, qcolor, theme_of
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Zone

TITLE_Z = 2.6
"""Above the links (2.5) and the cards (1 to 2)."""
LEAST_TITLE_PIXELS = 4.0
"""A title drawn smaller than this on screen would be a speck: it is left out."""
_CHANGE = QGraphicsItem.GraphicsItemChange


class ZoneTitle(QGraphicsItem):
    """A zone's title on its plate; it views its zone and takes no mouse buttons."""

    def __init__(self, zone_item: ZoneItem):
        super().__init__()
        self.zone_item = zone_item
        self.setZValue(TITLE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.lines: list[str] = []
        self.font = QFont()
        self._box = QRectF()
        self._baselines: list[QPointF] = []
        self._plates: dict[str, QColor] = {}

    def set_lines(self, lines: list[str], font: QFont, box: QRectF) -> None:
        """Show `lines` in `font` in `box` (zone coordinates, the title's own width)."""
        self.prepareGeometryChange()
        self.lines, self.font, self._box = lines, font, box
        metrics = QFontMetricsF(font)
        leading = font.pixelSize() * look.ZONE_TITLE_LEADING
        top = box.top() + (leading - metrics.height()) / 2 + metrics.ascent()
        self._baselines = [QPointF(box.left(), top + number * leading)
                           for number in range(len(lines))]
        self._plates.clear()
        self.update()

    def boundingRect(self) -> QRectF:
        if not self.lines:
            return QRectF()
        plate = look.TITLE_PLATE
        return self._box.adjusted(-plate - 1, -plate - 1, plate + 1, plate + 1)

    def _plate(self, theme: Theme) -> QColor:
        """The zone's colour as it shows on the theme's background, made opaque."""
        colour = self._plates.get(theme.name)
        if colour is None:
            own = look.zone_colour(self.zone_item.zone)
            fill = own if own is not None else theme.zone_fill.name(QColor.NameFormat.HexArgb)
            if own is None:  # Qt writes #aarrggbb; the look reads #rrggbbaa
                fill = f"#{fill[3:]}{fill[1:3]}"
            colour = self._plates[theme.name] = qcolor(
                look.over(fill, theme.background.name()))
        return colour

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self.lines:
            return
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if detail * self.font.pixelSize() < LEAST_TITLE_PIXELS:
            return  # specks, on a board zoomed far out (thousands of cards): not drawn
        theme = theme_of(widget)
        plate = look.TITLE_PLATE
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._plate(theme))
        painter.drawRoundedRect(self._box.adjusted(-plate, -plate, plate, plate), 6, 6)
        painter.setPen(theme.zone_title)
        painter.setFont(self.font)
        for baseline, line in zip(self._baselines, self.lines, strict=True):
            painter.drawText(baseline, line)


class ZoneItem(QGraphicsItem):
    """Views one Zone; snapping while it is dragged is the gesture's (canvas.gestures)."""

    def __init__(self, zone: Zone, editable: bool = True):
        super().__init__()
        self.editable = editable
        """False on a read-only board: then no zone moves, locked or not."""
        self.empty_hint = ""
        """Shown across an empty cell: where the team has not looked yet."""
        self.setZValue(-1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsScenePositionChanges)
        self.title_item = ZoneTitle(self)
        self.title_pixels = look.ZONE_TITLE_PIXELS
        """The size of every title on this board (the scene sets it)."""
        self.title_box: look.Rect = (zone.x, zone.y, 0.0, 0.0)
        """Where the title's lines are on the board (board units): what links keep off."""
        self.title_cut = False
        """Whether the title is shown only in part (ending in "…")."""
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
        self._lay_out_title()
        self.update()

    def set_title_pixels(self, pixels: int) -> None:
        """Show the title at this size (the one size of every title on the board)."""
        if pixels != self.title_pixels:
            self.title_pixels = pixels
            self._lay_out_title()

    def title_lines(self) -> list[str]:
        """The title as it is shown: its lines, the last ending in "…" if it is cut."""
        return list(self.title_item.lines)

    def _lay_out_title(self) -> None:
        pixels = self.title_pixels
        measure = style.zone_measure(pixels)
        fitted = look.zone_title(self.zone, pixels, measure)
        self.title_cut = fitted.cut
        x, y, width, height = look.title_rect(self.zone, fitted.lines, pixels, measure)
        self.title_box = (x, y, width, height)
        self.title_item.set_lines(fitted.lines, style.zone_font(pixels),
                                  QRectF(x - self.zone.x, y - self.zone.y, width, height))
        self.title_item.setPos(self.pos())

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == _CHANGE.ItemSceneChange and self.scene() is not None \
                and self.title_item.scene() is self.scene():
            self.scene().removeItem(self.title_item)
        elif change == _CHANGE.ItemSceneHasChanged and value is not None:
            value.addItem(self.title_item)
            self.title_item.setPos(self.pos())
        elif change == _CHANGE.ItemScenePositionHasChanged:
            self.title_item.setPos(self.pos())
        elif change == _CHANGE.ItemOpacityHasChanged:
            self.title_item.setOpacity(self.opacity())
        elif change == _CHANGE.ItemVisibleHasChanged:
            self.title_item.setVisible(self.isVisible())
        return super().itemChange(change, value)

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
        selected = self.isSelected() and style.marks_shown(widget)
        width = look.ZONE_LINE + 1 if selected else \
            look.ZONE_LINE * theme.outline_width / look.CARD_OUTLINE
        pen = QPen(theme.selection if selected else theme.zone_border, width)
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
