"""A board on paper: drawn with reportlab's canvas from the model, never from Qt items, as
the board looks on screen (domain.look): the zones, the cards, the links, then the zones'
titles above the links. Text goes through `drawString`, which parses no markup. The PDF's
board pages (printing.report) and the pictures made for Word (printing.pictures) both draw
here.
"""

from __future__ import annotations

import math
import re

from reportlab.lib.colors import Color, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.decks import kind_label
from kerneopgave_desktop.domain.fitting import Measure, elide
from kerneopgave_desktop.domain.model import Board, Card
from kerneopgave_desktop.domain.progress import Counter
from kerneopgave_desktop.printing.fonts import BOLD, FONT, draw_text, text_width

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
"""Control characters (not tab or newline): they have no glyph and no place on paper."""


def colour(value: str) -> Color:
    """A look colour ('#rrggbb' or '#rrggbbaa') for reportlab."""
    red, green, blue, alpha = look.rgba(value)
    return Color(red / 255, green / 255, blue / 255, alpha=alpha / 255)


PAPER = look.PAPER
"""The board on paper: the light look with a zone fill for white paper."""
INK = colour(PAPER.text)

ILLEGIBLE = 0.1
"""The size in points below which a card's body text (its largest) cannot be read at any
zoom a reader offers (Acrobat's largest, 6400 %, makes 0.1 pt 6.4 pt). A board drawn that
small, such as 50,000 cards on one page, draws its cards as their boxes (with their vote
badge and stance bar, without text) and its links without labels, as the screen's overview
does: fitting and drawing 200,000 strings nobody can read took most of the page's time."""


def printable(text: str) -> str:
    """User text as it can be drawn: control characters dropped, tabs as spaces."""
    return _CONTROL.sub("", text).replace("\t", "    ")



def measure(font: str, size: float) -> Measure:
    """The width of text in `font` at `size`, as the PDF draws it (fallback font included)."""
    return lambda text: text_width(text, font, size)


def elided(text: str, font: str, size: float, width: float) -> str:
    """One line of plain text, whole or ending in an ellipsis where it would not fit."""
    return elide(printable(text[:look.SHOWN_CHARACTERS]), width, measure(font, size))



class BoardDrawing(Flowable):
    """A board scaled to fill the frame it is placed in."""

    def __init__(self, board: Board, counter: Counter | None = None):
        super().__init__()
        self.board = board
        self.counter = counter

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height
        return available_width, available_height

    def draw(self) -> None:
        draw_board(self.canv, self.board, 0, 0, self.width, self.height, self.counter)


class _Page:
    """Board units to the page: fitted and centred in a box, y going up."""

    def __init__(self, board: Board, x0: float, y0: float, width: float, height: float):
        self.left, self.top, board_width, board_height = look.board_bounds(board)
        self.bottom = self.top + board_height
        self.scale = min(width / board_width, height / board_height)
        self.x0 = x0 + (width - board_width * self.scale) / 2
        self.y0 = y0 + (height - board_height * self.scale) / 2

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.x0 + (x - self.left) * self.scale, self.y0 + (self.bottom - y) * self.scale

    def box(self, item) -> tuple[float, float, float, float]:
        """An item's rectangle on the page: x, y (bottom), width, height."""
        x, y = self.point(item.x, item.y + item.height)
        return x, y, item.width * self.scale, item.height * self.scale


def draw_board(c: Canvas, board: Board, x0: float, y0: float, width: float,
               height: float, counter: Counter | None = None) -> None:
    """Draw `board` into the box (x0, y0, width, height), fitted and centred, y up: the zones,
    the cards, the links, then the zones' titles above the links, as on screen. A `counter`
    is told of each card and link drawn."""
    add = counter.add if counter is not None else _nothing
    page = _Page(board, x0, y0, width, height)
    title_size = look.title_pixels(board.zones.values(), lambda pixels: measure(BOLD, pixels))
    titles = {zone.id: look.zone_title(zone, title_size, measure(BOLD, title_size)).lines
              for zone in board.zones.values() if zone.title}
    for zone in board.zones.values():
        x, y, w, h = page.box(zone)
        c.setStrokeColor(colour(PAPER.zone_border))
        c.setFillColor(colour(_zone_fill(zone)))
        c.setLineWidth(max(0.4, look.ZONE_LINE * page.scale))
        c.setDash([] if zone.locked else [length * page.scale for length in look.ZONE_DASH])
        c.roundRect(x, y, w, h, look.ZONE_RADIUS * page.scale, stroke=1, fill=1)
        c.setDash([])
    legible = look.BODY_PIXELS * page.scale >= ILLEGIBLE
    for card in board.cards.values():
        _draw_card(c, card, page.box(card), page.scale, legible)
        add()
    keep_off = look.TitleIndex(look.title_rect(board.zones[zone_id], lines, title_size,
                                               measure(BOLD, title_size))
                               for zone_id, lines in titles.items())
    for link in board.links.values():
        _draw_link(c, board, link, page, keep_off, legible)
        add()
    for zone_id, lines in titles.items():
        _draw_title(c, board.zones[zone_id], lines, title_size, page)


def _nothing() -> None:
    """Counts nothing: a board drawn without a counter."""


def _zone_fill(zone) -> str:
    """A zone's fill on paper, opaque: its own colour over white, or the paper's zone fill."""
    own = look.zone_colour(zone)
    return look.over(own, "#ffffff") if own else PAPER.zone_fill


def _draw_title(c: Canvas, zone, lines: list[str], pixels: float, page: _Page) -> None:
    """A zone's title on a plate of the zone's colour, above any link that passes."""
    measure_title = measure(BOLD, pixels)
    x, y, w, h = look.title_rect(zone, lines, pixels, measure_title)
    plate = look.TITLE_PLATE
    left, bottom = page.point(x - plate, y + h + plate)
    c.setFillColor(colour(_zone_fill(zone)))
    c.roundRect(left, bottom, (w + 2 * plate) * page.scale, (h + 2 * plate) * page.scale,
                6 * page.scale, stroke=0, fill=1)
    size = pixels * page.scale
    ascent, descent = (value / 1000 * size for value in pdfmetrics.getAscentDescent(BOLD))
    leading = pixels * look.ZONE_TITLE_LEADING * page.scale
    c.setFillColor(colour(PAPER.zone_title))
    baseline = page.point(x, y)[1] - (leading - (ascent - descent)) / 2 - ascent
    for line in lines:
        draw_text(c, page.point(x, y)[0], baseline, line, BOLD, size)
        baseline -= leading


def _draw_card(c: Canvas, card: Card, rect: tuple[float, float, float, float],
               scale: float, legible: bool = True) -> None:
    """A card as on the board (domain.look): its box, kind, dots, text and band; not
    `legible` (see ILLEGIBLE), its box, vote badge and stance bar only."""
    x, y, w, h = rect
    fill = look.card_colour(card)
    c.setFillColor(colour(fill))
    c.setStrokeColor(colour(look.outline_colour(fill)))
    c.setLineWidth(max(0.3, look.CARD_OUTLINE * scale))
    c.roundRect(x, y, w, h, look.CARD_RADIUS * scale, stroke=1, fill=1)
    if not legible:
        _draw_marks(c, card, x, y + h, w, scale)
        return
    label_size = look.LABEL_PIXELS * scale
    top = y + h - look.CARD_LABEL_TOP * scale
    c.setFillColor(colour(PAPER.kind_label))
    label = look.card_label(card, kind_label(card), measure(BOLD, look.LABEL_PIXELS))
    draw_text(c, x + look.CARD_PADDING * scale, top - label_size, label, BOLD, label_size)
    if card.votes:
        _draw_badge(c, card, x + w, top, scale)
    pixels = look.BODY_PIXELS
    leading = pixels * look.LINE_SPACING
    body_x, body_y, _, _ = look.card_body(card)
    lines = look.card_lines(card, leading, measure(FONT, pixels)).lines
    size = pixels * scale
    ascent, descent = (value / 1000 * size for value in pdfmetrics.getAscentDescent(FONT))
    c.setFillColor(INK)
    baseline = y + h - body_y * scale - (leading * scale - (ascent - descent)) / 2 - ascent
    for line in lines:
        draw_text(c, x + body_x * scale, baseline, printable(line), FONT, size)
        baseline -= leading * scale
    band = look.band_line(card, measure(FONT, look.BAND_PIXELS))
    if band:
        band_size = look.BAND_PIXELS * scale
        band_x, band_y, _, _ = look.card_band(card)
        c.setFillColor(colour(PAPER.kind_label))
        draw_text(c, x + band_x * scale, y + h - band_y * scale - band_size, printable(band),
                  FONT, band_size)
    if look.stance_bar(card):
        _draw_stances(c, card, x, y + h, scale)


def _draw_marks(c: Canvas, card: Card, x: float, top: float, width: float,
                scale: float) -> None:
    """An illegible card's vote badge and stance bar, their shapes without their counts;
    `top` is the card's top edge on the page."""
    if card.votes:
        _draw_badge(c, card, x + width, top - look.CARD_LABEL_TOP * scale, scale,
                    counted=False)
    if look.stance_bar(card):
        _draw_stances(c, card, x, top, scale, counted=False)


def _draw_badge(c: Canvas, card: Card, right: float, top: float, scale: float,
                counted: bool = True) -> None:
    """The vote badge in a card's top right corner (`right`, `top` where its label row
    starts), with its count unless not `counted`."""
    left, badge_w, badge_h = (length * scale for length in look.VOTE_BADGE)
    c.setFillColor(INK)
    c.roundRect(right - left, top - badge_h, badge_w, badge_h, badge_h / 2, stroke=0, fill=1)
    if counted:
        c.setFillColor(white)
        c.setFont(BOLD, look.LABEL_PIXELS * scale)
        c.drawCentredString(right - left + badge_w / 2, top - badge_h + 7 * scale,
                            f"● {card.votes}")


def _draw_stances(c: Canvas, card: Card, x: float, top: float, scale: float,
                  counted: bool = True) -> None:
    """The room's stance as on the board: a bar across the bottom edge, a part per corner
    with its count (not `counted`, without); `top` is the card's top edge on the page."""
    dx, dy = look.stance_bar_place(card)
    left, height = x + dx * scale, look.STANCE_BAR[1] * scale
    bottom = top - (dy * scale) - height
    size = look.LABEL_PIXELS * scale
    c.setFont(BOLD, size)
    for code, count, offset, width in look.stance_bar(card):
        c.setFillColor(colour(look.STANCE_COLOURS[code]))
        c.rect(left + offset * scale, bottom, width * scale, height, stroke=0, fill=1)
        if not counted:
            continue
        c.setFillColor(white)
        c.drawCentredString(left + (offset + width / 2) * scale, bottom + 4.5 * scale,
                            str(count))


def _draw_link(c: Canvas, board: Board, link, page: _Page, titles: look.TitleIndex,
               legible: bool = True) -> None:
    """A link as on the board: from where look.link_ends has it leave its cards; its label
    only where the cards are `legible` (see ILLEGIBLE)."""
    def area(card: Card) -> look.Rect:
        return card.x, card.y, card.width, card.height

    source, target = area(board.cards[link.source]), area(board.cards[link.target])
    start, end = look.link_ends(source, target, titles.near(source, target))
    (x1, y1), (x2, y2) = page.point(*start), page.point(*end)
    scale = page.scale
    c.setStrokeColor(colour(PAPER.link))
    c.setFillColor(colour(PAPER.link))
    c.setLineWidth(max(0.4, look.LINK_WIDTH * scale))
    c.setDash([length * scale for length in look.LINK_DASHES.get(link.kind, ())])
    c.line(x1, y1, x2, y2)
    c.setDash([])
    _arrowhead(c, (x1, y1), (x2, y2), look.ARROW * scale)
    if link.kind in look.BOTH_ENDS:
        _arrowhead(c, (x2, y2), (x1, y1), look.ARROW * scale)
    if link.label and legible:
        size = look.LINK_LABEL_PIXELS * scale
        text = elided(link.label, FONT, look.LINK_LABEL_PIXELS, look.LINK_LABEL_WIDTH - 20)
        width = text_width(text, FONT, size) + 12 * scale
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        c.setFillColor(colour(PAPER.background))
        c.roundRect(mx - width / 2, my - size * 0.8, width, size * 1.6, 6 * scale, stroke=1, fill=1)
        c.setFillColor(INK)
        draw_text(c, mx, my - size * 0.35, text, FONT, size, anchor="middle")


def _arrowhead(c: Canvas, start, tip, length: float) -> None:
    angle = math.atan2(tip[1] - start[1], tip[0] - start[0])
    path = c.beginPath()
    path.moveTo(*tip)
    for side in (look.ARROW_ANGLE, -look.ARROW_ANGLE):
        path.lineTo(tip[0] - length * math.cos(angle + side),
                    tip[1] - length * math.sin(angle + side))
    path.close()
    c.drawPath(path, stroke=0, fill=1)

