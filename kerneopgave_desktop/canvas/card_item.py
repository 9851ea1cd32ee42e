"""CardItem: a card drawn as a rounded box in its kind's colour, with plain wrapped text."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.theme import LIGHT, Theme, qcolor, theme_of
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.decks import kind_label
from kerneopgave_desktop.domain.model import Card, Dilemma
from kerneopgave_desktop.domain.vocabulary import DILEMMA_STATUSES

PADDING, LABEL_HEIGHT, BAND = look.CARD_PADDING, look.CARD_LABEL_HEIGHT, look.CARD_BAND
HANDLE_RADIUS = look.HANDLE_RADIUS
DIFF_COLORS = {mark: qcolor(colour) for mark, colour in look.DIFF_COLOURS.items()}
STATUS_COLOURS = {status: qcolor(colour) for status, colour in look.STATUS_COLOURS.items()}


class CardItem(QGraphicsItem):
    """Views one Card; it never writes to the model.

    It has no `itemChange`: Qt would call it a dozen times per card while a board is built
    and three times per move, each call a trip into Python that turns Qt's enum into a
    Python one. Whoever moves a card updates its links (the scene, a lift), and snapping
    belongs to the gesture.
    """

    def __init__(self, card: Card):
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self._hovered = False
        self.warning = ""
        """Why the board points at this card (e.g. a missing link to the level above)."""
        self.link_target = False
        """A link being drawn would end here: the card lights up."""
        self.diff_mark = ""
        """In a comparison: 'added' (outlined green), 'changed' (marked) or 'removed' (ghost)."""
        self.card = card
        self.set_card(card)

    @property
    def id(self) -> str:
        return self.card.id

    def set_card(self, card: Card) -> None:
        if card.width != self.card.width or card.height != self.card.height:
            self.prepareGeometryChange()
        self.card = card
        # Everything paint() needs is prepared here, once per change, not once per frame.
        self._rect = QRectF(0, 0, card.width, card.height)
        self._bounds = self._rect.adjusted(-18, -18, HANDLE_RADIUS + 18, 8)  # marks, handle
        fill = style.card_color(card)
        self._brush = QBrush(fill)
        self._pen = QPen(qcolor(look.outline_colour(look.card_colour(card))), look.CARD_OUTLINE)
        badge = look.VOTE_BADGE[0] if card.votes else 0
        self._status, self._status_rect = self._round_mark(card, badge)
        badge += self._status_rect.width() + 6 if self._status else 0
        self._label_rect = QRectF(PADDING, look.CARD_LABEL_TOP, card.width - 2 * PADDING - badge,
                                  LABEL_HEIGHT)
        band_text = look.band_text(card)
        band = BAND if band_text else 0.0
        self._body = QRectF(PADDING, PADDING + LABEL_HEIGHT, card.width - 2 * PADDING,
                            card.height - 2 * PADDING - LABEL_HEIGHT - band)
        self._band_rect = QRectF(PADDING, card.height - PADDING - band + 8,
                                 card.width - 2 * PADDING, band - 8)
        self._band = band_text and style.elided(band_text, "BAND_FONT", self._band_rect.width())
        kind = kind_label(card)
        # In capitals as text, not only through the font: an SVG keeps the text, not the font's
        # capitalisation, and must show the label as the screen and the PNG do.
        self._kind = style.elided(kind.upper(), "LABEL_FONT", self._label_rect.width())
        self._layouts: dict[tuple[int, bool], tuple[QStaticText, QFont, bool]] = {}
        """Text layouts by font size, made when first painted readable (zoomed-out cards
        never need one)."""
        self.setPos(card.x, card.y)
        self._accessible = f"{kind}: {card.text[:200]}"
        self.update()

    @staticmethod
    def _round_mark(card: Card, badge: float) -> tuple[str, QRectF]:
        """A dilemma a round has talked over: its status, and where the mark goes (top right,
        left of the votes)."""
        answered = isinstance(card, Dilemma) and (card.answers or card.status != "new")
        if not answered:
            return "", QRectF()
        text = DILEMMA_STATUSES.label(card.status).upper()
        width = style.text_width(text, "LABEL_FONT") + 34
        right = card.width - PADDING + 4 - badge
        return text, QRectF(right - width, look.CARD_LABEL_TOP, width, look.VOTE_BADGE[2])

    def _paint_round_mark(self, painter: QPainter) -> None:
        """A speech bubble (answers are recorded) and the status, in the status's colour."""
        rect = self._status_rect
        colour = STATUS_COLOURS.get(self.card.status, style.TEXT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        bubble = QRectF(rect.left() + 8, rect.top() + 6, 14, 10)
        painter.setBrush(style.BACKGROUND)
        painter.drawRoundedRect(bubble, 3, 3)
        tail = QPainterPath(QPointF(bubble.left() + 3, bubble.bottom() - 1))
        tail.lineTo(bubble.left() + 3, bubble.bottom() + 4)
        tail.lineTo(bubble.left() + 8, bubble.bottom() - 1)
        painter.drawPath(tail)
        painter.setPen(style.BACKGROUND)
        painter.setFont(style.LABEL_FONT)
        painter.drawText(rect.adjusted(26, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter
                         | Qt.AlignmentFlag.AlignLeft, self._status)

    @property
    def _text(self) -> QStaticText:
        return self._layout(LIGHT)[0]

    @property
    def _overflow(self) -> bool:
        return self._layout(LIGHT)[2]

    def _layout(self, theme: Theme) -> tuple[QStaticText, QFont, bool]:
        """The card's text laid out in the theme's font: (layout, font, whether it overflows).

        Cached per font size, so a projector with larger text and the laptop each lay the
        text out once per change.
        """
        base = style.BODY_FONT.pixelSize()
        key = (round(base * theme.text_scale), theme.bold_text)
        cached = self._layouts.get(key)
        if cached is None:
            # Larger text where it fits: step down towards the normal size until it does.
            for pixels in range(key[0], min(base, key[0]) - 1, -1):
                cached = self._lay_out(pixels, key[1])
                if not cached[2] and not self._breaks_words(cached[1]):
                    break
            self._layouts[key] = cached
        return cached

    def _breaks_words(self, font: QFont) -> bool:
        """Whether some word is wider than the card, so it would be broken mid-word."""
        metrics = QFontMetricsF(font)
        width = self.card.width - 2 * PADDING
        return any(metrics.horizontalAdvance(word) > width
                   for word in self.card.text[:look.SHOWN_CHARACTERS].split())

    def _lay_out(self, pixels: int, bold: bool) -> tuple[QStaticText, QFont, bool]:
        font = QFont(style.BODY_FONT)
        font.setPixelSize(pixels)
        font.setBold(bold)
        text = QStaticText(self.card.text[:look.SHOWN_CHARACTERS])
        text.setTextFormat(Qt.TextFormat.PlainText)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        text.setTextOption(option)
        text.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        text.setTextWidth(self.card.width - 2 * PADDING)
        text.prepare(font=font)
        # Only what is really hidden counts: the last line's descent may touch the edge.
        room = self._body.height() + QFontMetricsF(font).descent()
        if text.size().height() <= room:
            return text, font, False
        # Only the whole lines that fit are drawn, so that no painter needs the clip: an
        # SVG has none, and would show the rest of the text running out of the card.
        text.setText(self._fitting(text.text(), font, option, room))
        text.prepare(font=font)
        return text, font, True

    def _fitting(self, text: str, font: QFont, option: QTextOption, room: float) -> str:
        """The beginning of `text` that fills whole lines up to `room` pixels high."""
        layout = QTextLayout(text, font)
        layout.setTextOption(option)
        layout.beginLayout()
        end, height = 0, 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(self.card.width - 2 * PADDING)
            height += line.height()
            if height > room:
                break
            end = line.textStart() + line.textLength()
        layout.endLayout()
        return text[:end].rstrip()

    def accessible_name(self) -> str:
        return f"{self._accessible} ({self.warning})" if self.warning else self._accessible

    def set_warning(self, text: str) -> None:
        if text != self.warning:
            self.warning = text
            self.update()

    def rect(self) -> QRectF:
        return self._rect

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.rect(), look.CARD_RADIUS, look.CARD_RADIUS)
        return path

    def handle_center(self) -> QPointF:
        """The connect handle on the right edge: drag from it to link to another card."""
        return QPointF(self.card.width, self.card.height / 2)

    def on_handle(self, local: QPointF) -> bool:
        delta = local - self.handle_center()
        return (delta.x() ** 2 + delta.y() ** 2) <= (HANDLE_RADIUS + 4) ** 2

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def hoverEnterEvent(self, event) -> None:
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hovered = False
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self._rect
        readable = style.readable(painter, widget)
        # Too small to read: a coloured box is enough. Checked first, as on a zoomed-out
        # board thousands of cards take this way in every frame.
        if not readable and not (self.warning or self.link_target or self.isSelected()
                                 or self.hasFocus()):
            painter.fillRect(rect, self._brush)
            return
        theme = theme_of(widget)
        outline = theme.card_outline or self._pen.color()
        painter.setPen(QPen(outline, theme.outline_width))
        painter.setBrush(self._brush)
        painter.drawRoundedRect(rect, look.CARD_RADIUS, look.CARD_RADIUS)
        if readable:
            text, font, overflow = self._layout(theme)
            painter.setPen(theme.kind_label)
            painter.setFont(style.LABEL_FONT)
            painter.drawText(self._label_rect,
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._kind)
            painter.save()
            painter.setClipRect(self._body)
            painter.setPen(theme.text)
            painter.setFont(font)
            painter.drawStaticText(self._body.topLeft(), text)
            painter.restore()
            if self._band:
                top = self._band_rect.top() - 4
                painter.setPen(QPen(outline, 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(PADDING, top), QPointF(rect.width() - PADDING, top))
                painter.setPen(theme.kind_label)
                painter.setFont(style.BAND_FONT)
                painter.drawText(self._band_rect, Qt.AlignmentFlag.AlignLeft
                                 | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                                 self._band)
            if overflow:  # more text than fits: say so, the inspector shows it all
                more = QRectF(rect.right() - 40, rect.bottom() - 26, 32, 22)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._brush)
                painter.drawRoundedRect(more, 6, 6)
                painter.setPen(theme.text)
                painter.setFont(style.LABEL_FONT)
                painter.drawText(more, Qt.AlignmentFlag.AlignCenter, "…")
            if self.card.votes:
                self._paint_votes(painter, rect)
            if self._status:
                self._paint_round_mark(painter)
        if self.warning:
            self._paint_warning(painter, rect, readable)
        if self.diff_mark:
            self._paint_diff(painter, rect)
        if self.link_target:
            painter.setPen(QPen(theme.focus, 8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-7, -7, 7, 7), 16, 16)
        if self.isSelected() or self.hasFocus():
            color = theme.focus if self.hasFocus() else theme.selection
            painter.setPen(QPen(color, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 12, 12)
        if (self._hovered or self.isSelected()) and readable:
            painter.setPen(QPen(theme.selection, 2))
            painter.setBrush(theme.background)
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS, HANDLE_RADIUS)

    def set_link_target(self, on: bool) -> None:
        if on != self.link_target:
            self.link_target = on
            self.update()

    def set_diff_mark(self, mark: str) -> None:
        self.diff_mark = mark
        self.setOpacity(0.35 if mark == "removed" else 1.0)
        self.update()

    def _paint_diff(self, painter: QPainter, rect: QRectF) -> None:
        color = DIFF_COLORS[self.diff_mark]
        pen = QPen(color, 6, Qt.PenStyle.DashLine if self.diff_mark == "removed"
                   else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 14, 14)
        if self.diff_mark == "changed":
            badge = QRectF(rect.right() - 16, -16, 32, 32)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(badge)
            painter.setPen(style.BACKGROUND)
            painter.setFont(style.WARNING_FONT)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "Δ")

    def _paint_warning(self, painter: QPainter, rect: QRectF, readable: bool) -> None:
        """A red outline, and a red '!' on the left edge: visible from the back of the room."""
        painter.setPen(QPen(style.WARNING, 4, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-6, -6, 6, 6), 14, 14)
        if readable:
            badge = QRectF(-16, rect.height() / 2 - 16, 32, 32)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.WARNING)
            painter.drawEllipse(badge)
            painter.setPen(style.BACKGROUND)
            painter.setFont(style.WARNING_FONT)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")

    def _paint_votes(self, painter: QPainter, rect: QRectF) -> None:
        left, width, height = look.VOTE_BADGE
        badge = QRectF(QPointF(rect.right() - left, look.CARD_LABEL_TOP), QSizeF(width, height))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.TEXT)
        painter.drawRoundedRect(badge, 12, 12)
        painter.setPen(style.BACKGROUND)
        painter.setFont(style.LABEL_FONT)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"● {self.card.votes}")
