"""What a card paints over its box and text: the votes badge, a dilemma's round mark, the
board's warning, a comparison's mark, the room's stance bar and the personal-data mark.

Functions CardItem.paint calls, in the card's own coordinates (its box at 0, 0), each only
when the card has that mark; what they draw is worked out beforehand (CardItem.detail).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.theme import qcolor
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Card

DIFF_COLORS = {mark: qcolor(colour) for mark, colour in look.DIFF_COLOURS.items()}
STANCE_COLOURS = {code: qcolor(colour) for code, colour in look.STANCE_COLOURS.items()}
PERSONAL_COLOUR = qcolor(look.PERSONAL_COLOUR)
PERSONAL_RADIUS = look.PERSONAL_RADIUS
STATUS_COLOURS = {status: qcolor(colour) for status, colour in look.STATUS_COLOURS.items()}


def paint_round_mark(painter: QPainter, rect: QRectF, text: str, status: str) -> None:
    """A speech bubble (answers are recorded) and the status `text` in `rect`, in the
    colour of the dilemma's `status`."""
    colour = STATUS_COLOURS.get(status, style.TEXT)
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
                     | Qt.AlignmentFlag.AlignLeft, text)


def paint_diff(painter: QPainter, rect: QRectF, mark: str) -> None:
    """A comparison's `mark` round the card: 'added' and 'changed' solid (a changed card
    also gets a Δ badge), 'removed' dashed."""
    color = DIFF_COLORS[mark]
    pen = QPen(color, 6, Qt.PenStyle.DashLine if mark == "removed"
               else Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 14, 14)
    if mark == "changed":
        badge = QRectF(rect.right() - 16, -16, 32, 32)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(badge)
        painter.setPen(style.BACKGROUND)
        painter.setFont(style.WARNING_FONT)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "Δ")


def paint_warning(painter: QPainter, rect: QRectF, readable: bool) -> None:
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


def paint_personal(painter: QPainter, rect: QRectF) -> None:
    """The gentle personal-data mark: a small round badge with a person on the card's
    lower left corner, in a calm colour (a hint, not an error)."""
    centre = QPointF(0, rect.height())
    painter.setPen(QPen(style.BACKGROUND, 2))
    painter.setBrush(PERSONAL_COLOUR)
    painter.drawEllipse(centre, PERSONAL_RADIUS, PERSONAL_RADIUS)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.BACKGROUND)
    unit = PERSONAL_RADIUS / 12
    painter.drawEllipse(centre + QPointF(0, -4 * unit), 3.5 * unit, 3.5 * unit)  # head
    painter.drawChord(QRectF(centre.x() - 7 * unit, centre.y() + 1 * unit, 14 * unit,
                             12 * unit), 0, 180 * 16)  # shoulders


def paint_stances(painter: QPainter, card: Card, stances: list) -> None:
    """The room's stance as a bar across the bottom edge: a part per corner with hands,
    in its colour, as wide as its share, with its count in white."""
    (left, top), (width, height) = look.stance_bar_place(card), look.STANCE_BAR
    painter.setPen(QPen(style.BACKGROUND, 3))  # a light rim, clear of any outline
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(left, top, width, height))
    painter.setFont(style.LABEL_FONT)
    for code, count, offset, width in stances:
        part = QRectF(left + offset, top, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STANCE_COLOURS[code])
        painter.drawRect(part)
        painter.setPen(style.BACKGROUND)
        painter.drawText(part, Qt.AlignmentFlag.AlignCenter, str(count))


def paint_votes(painter: QPainter, rect: QRectF, votes: int) -> None:
    """The dots the card has been given, as a dark badge at the top right."""
    left, width, height = look.VOTE_BADGE
    badge = QRectF(QPointF(rect.right() - left, look.CARD_LABEL_TOP), QSizeF(width, height))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.TEXT)
    painter.drawRoundedRect(badge, 12, 12)
    painter.setPen(style.BACKGROUND)
    painter.setFont(style.LABEL_FONT)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"● {votes}")
