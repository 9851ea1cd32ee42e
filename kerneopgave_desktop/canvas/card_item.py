"""CardItem: a card drawn as a rounded box in its kind's colour, with plain wrapped text.

What a card shows is fitted by domain.look and domain.fitting, as on paper: the kind's name
(or a contribution's profession) whole or with an ellipsis, the text's own line breaks kept,
only whole lines drawn, and an ellipsis at the end of the last one when there is more.
Its marks and badges (votes, a round's status, warnings, a comparison's mark, the stance bar,
the personal-data mark) are painted by canvas.card_marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.card_marks import (
    PERSONAL_RADIUS,
    paint_diff,
    paint_personal,
    paint_round_mark,
    paint_stances,
    paint_votes,
    paint_warning,
)
from kerneopgave_desktop.canvas.theme import LIGHT, Theme, qcolor, theme_of
from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain import look, personal
from kerneopgave_desktop.domain.decks import kind_label
from kerneopgave_desktop.domain.fitting import Fitted
from kerneopgave_desktop.domain.model import Card, Dilemma
from kerneopgave_desktop.domain.vocabulary import DILEMMA_STATUSES, STANCES

PADDING, LABEL_HEIGHT, BAND = look.CARD_PADDING, look.CARD_LABEL_HEIGHT, look.CARD_BAND
HANDLE_RADIUS = look.HANDLE_RADIUS
_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
          | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
          | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
_SET_POS = QGraphicsItem.setPos
"""Called unbound with a QPointF: half the cost of `item.setPos(x, y)` (PySide resolves
the overload in every call), which a board of 50,000 cards pays 50,000 times."""
LINE_BREAK = "\u2028"
"""Between the lines a card's QStaticText is given: it breaks a line there (and at nothing
else, as it does not wrap), so the lines drawn are exactly the lines fitted."""


CARD_MARGINS = (-18.0, -18.0, HANDLE_RADIUS + 18.0, PERSONAL_RADIUS + 2.0)
"""What a card may paint around its box (marks, the handle): left, top, right, bottom."""


@cache
def _geometry(width: float, height: float) -> tuple[QRectF, QRectF]:
    """A card's box and what it may paint around it, shared by every card of that size: a
    board of 50,000 cards has a few sizes."""
    rect = QRectF(0, 0, width, height)
    return rect, rect.adjusted(*CARD_MARGINS)


@cache
def card_brush(colour: str) -> QBrush:
    """The fill of every card of `colour` (a look colour): one brush, not one per card."""
    return QBrush(qcolor(colour))


@dataclass(slots=True)
class CardDetail:
    """What a card shows when it is painted large enough to read, worked out when it first
    is (a zoomed-out board of 50,000 cards never needs most of it) and again on a change."""

    pen: QPen
    status: str
    """A dilemma's round status, in capitals ("" when no round has talked it over)."""
    status_rect: QRectF
    label_rect: QRectF
    kind: str
    """The kind's name (or a contribution's profession) as it fits, in capitals."""
    body: QRectF
    band_rect: QRectF
    band: str
    """The band under the text: an effect's output today, a dilemma's poles."""
    stances: list
    personal: str
    """Why the card gets the gentle personal-data mark ("" when it does not)."""
    accessible: str


class TextLayout:
    """A card's text laid out in one font: the lines that fit, ready to draw."""

    def __init__(self, fitted: Fitted, font: QFont):
        self.fitted = fitted
        self.font = font
        self.static = QStaticText(LINE_BREAK.join(fitted.lines))
        self.static.setTextFormat(Qt.TextFormat.PlainText)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        self.static.setTextOption(option)
        self.static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        self.static.prepare(font=font)

    @property
    def cut(self) -> bool:
        return self.fitted.cut


class CardItem(QGraphicsItem):
    """Views one Card; it never writes to the model.

    It has no `itemChange`: Qt would call it a dozen times per card while a board is built
    and three times per move, each call a trip into Python that turns Qt's enum into a
    Python one. Whoever moves a card updates its links (the scene, a lift), and snapping
    belongs to the gesture. Made, it knows only its box and its fill; the rest of what it
    shows (`detail`) is worked out when it is first painted readable or asked about.
    """

    def __init__(self, card: Card):
        super().__init__()
        self.setFlags(_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self._hovered = False
        self._detail: CardDetail | None = None
        self.warning = ""
        """Why the board points at this card (e.g. a missing link to the level above)."""
        self.diff_mark = ""
        """In a comparison: 'added' (outlined green), 'changed' (marked) or 'removed' (ghost)."""
        self.link_target = False
        """A link being drawn would end here: the card lights up."""
        self.card = card
        self.set_card(card)

    @property
    def id(self) -> str:
        return self.card.id

    def set_card(self, card: Card) -> None:
        if card.width != self.card.width or card.height != self.card.height:
            self.prepareGeometryChange()
        self.card = card
        # What every frame needs, shared; what a readable card needs, when first asked.
        self._rect, self._bounds = _geometry(card.width, card.height)
        self._brush = card_brush(look.card_colour(card))
        self._layouts: dict[tuple[int, bool], TextLayout] = {}
        """Text layouts by font size, made when first painted readable (zoomed-out cards
        never need one)."""
        shown, self._detail = self._detail is not None, None
        if shown:  # it has been shown as more than a box: its tooltip follows at once
            self.detail  # noqa: B018 (worked out again for the tooltip)
        _SET_POS(self, QPointF(card.x, card.y))
        if self.scene() is not None:
            self.update()

    @property
    def detail(self) -> CardDetail:
        """What the card shows when readable (see CardDetail), worked out once per change."""
        detail = self._detail
        if detail is None:
            detail = self._detail = self._work_out(self.card)
            self.setToolTip(detail.personal)
        return detail

    def _work_out(self, card: Card) -> CardDetail:
        badge = look.VOTE_BADGE[0] if card.votes else 0
        status, status_rect = self._round_mark(card, badge)
        marks = status_rect.width() + 6 if status else 0.0  # beside the dots
        label_rect = QRectF(PADDING, look.CARD_LABEL_TOP, look.label_width(card, marks),
                            LABEL_HEIGHT)
        # In capitals as text, not only through the font: an SVG keeps the text, not the font's
        # capitalisation, and must show the label as the screen and the PNG do.
        kind = kind_label(card)
        stances = look.stance_bar(card)
        return CardDetail(
            pen=QPen(qcolor(look.outline_colour(look.card_colour(card))), look.CARD_OUTLINE),
            status=status, status_rect=status_rect, label_rect=label_rect,
            kind=look.card_label(card, kind, style.measure("LABEL_FONT"), marks),
            body=QRectF(*look.card_body(card)), band_rect=QRectF(*look.card_band(card)),
            band=look.band_line(card, style.measure("BAND_FONT")), stances=stances,
            personal=personal.card_hint(card),
            accessible=f"{kind}: {card.text[:200]}{self._stances_said(stances)}")

    @property
    def personal(self) -> str:
        """Why the card gets the gentle personal-data mark ("" when it does not)."""
        return self.detail.personal

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

    def shown_lines(self, theme: Theme = LIGHT) -> list[str]:
        """The lines of text the card shows in `theme` (the last ending in "…" if cut)."""
        return list(self._layout(theme).fitted.lines)

    def text_cut(self, theme: Theme = LIGHT) -> bool:
        """Whether the card shows less than its whole text in `theme`."""
        return self._layout(theme).cut

    def text_pixels(self, theme: Theme = LIGHT) -> int:
        """The size of the card's text in `theme`, in board units."""
        return self._layout(theme).font.pixelSize()

    def _layout(self, theme: Theme) -> TextLayout:
        """The card's text laid out in the theme's font, cached per font size, so that a
        projector with larger text and the laptop each lay the text out once per change.

        Larger text where it fits: it steps down towards the normal size until the text fits
        whole with no word broken; at the normal size, what does not fit ends in "…".
        """
        base = look.BODY_PIXELS
        key = (round(base * theme.text_scale), theme.bold_text)
        cached = self._layouts.get(key)
        if cached is None:
            pixels = key[0]
            while True:
                fitted = look.card_lines(self.card, style.line_height(pixels, key[1]),
                                         style.body_measure(pixels, key[1]))
                if pixels <= base or not (fitted.cut or fitted.broken):
                    break
                pixels -= 1
            cached = self._layouts[key] = TextLayout(fitted, style.body_font_at(pixels, key[1]))
        return cached

    def accessible_name(self) -> str:
        detail = self.detail
        name = f"{detail.accessible} ({self.warning})" if self.warning else detail.accessible
        return f"{name} – {detail.personal}" if detail.personal else name

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
        self.detail  # noqa: B018 (its tooltip is set before Qt asks for it)
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
        marks = style.marks_shown(widget)
        theme = theme_of(widget)
        detail = self.detail
        outline = theme.card_outline or detail.pen.color()
        painter.setPen(QPen(outline, theme.outline_width))
        painter.setBrush(self._brush)
        painter.drawRoundedRect(rect, look.CARD_RADIUS, look.CARD_RADIUS)
        if readable:
            layout = self._layout(theme)
            painter.setPen(theme.kind_label)
            painter.setFont(style.LABEL_FONT)
            painter.drawText(detail.label_rect,
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             detail.kind)
            # Only whole lines were fitted, so no clip is needed: an SVG has none.
            painter.setPen(theme.text)
            painter.setFont(layout.font)
            painter.drawStaticText(detail.body.topLeft(), layout.static)
            if detail.band:
                top = detail.band_rect.top() - 4
                painter.setPen(QPen(outline, 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(PADDING, top), QPointF(rect.width() - PADDING, top))
                painter.setPen(theme.kind_label)
                painter.setFont(style.BAND_FONT)
                painter.drawText(detail.band_rect, Qt.AlignmentFlag.AlignLeft
                                 | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine,
                                 detail.band)
            if self.card.votes:
                paint_votes(painter, rect, self.card.votes)
            if detail.status:
                paint_round_mark(painter, detail.status_rect, detail.status, self.card.status)
        if self.warning:
            paint_warning(painter, rect, readable)
        if self.diff_mark:
            paint_diff(painter, rect, self.diff_mark)
        if marks and self.link_target:
            painter.setPen(QPen(theme.focus, 8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-7, -7, 7, 7), 16, 16)
        if marks and (self.isSelected() or self.hasFocus()):
            color = theme.focus if self.hasFocus() else theme.selection
            painter.setPen(QPen(color, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 12, 12)
        if readable:  # on the card's edge: over the selection's outline, so they stay read
            if detail.stances:
                paint_stances(painter, self.card, detail.stances)
            if detail.personal:
                paint_personal(painter, rect)
        if not marks:  # the projector: the board alone
            return
        if (self._hovered or self.isSelected()) and readable:
            painter.setPen(QPen(theme.selection, 2))
            painter.setBrush(theme.background)
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS, HANDLE_RADIUS)

    def set_link_target(self, on: bool) -> None:
        if on != self.link_target:
            self.link_target = on
            self._marked()
            self.update()

    def set_diff_mark(self, mark: str) -> None:
        self.diff_mark = mark
        self.setOpacity(0.35 if mark == "removed" else 1.0)
        self._marked()
        self.update()

    def _marked(self) -> None:
        """A mark came or went: on a zoomed-out board a marked card paints itself (the
        overview draws the others; canvas.overview)."""
        scene = self.scene()
        if hasattr(scene, "show_contents"):
            scene.show_contents(self)

    @staticmethod
    def _stances_said(stances: list) -> str:
        """The stance counts in words, for the accessible name ("" without hands)."""
        if not stances:
            return ""
        counts = ", ".join(f"{STANCES.label(code)} {count}" for code, count, _, _ in stances)
        return f" ({fields_table.field('dilemma', 'stances').label()}: {counts})"
