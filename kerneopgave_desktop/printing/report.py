"""The PDF report: each board as vector art on a landscape page, then the minutes.

Drawn from the model with reportlab, never from Qt items. Board text goes through
`drawString`, which does not parse markup; the minutes use `Paragraph`, which does,
so every user string is escaped first (see `_para`). The DejaVu Sans font is
embedded, so Danish letters print everywhere.

A large workshop takes a while (50,000 cards some seconds): the report tells a
`domain.progress.Progress` how far it has come, and stops when that raises `Cancelled`,
before anything is written out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.decks import kind_label
from kerneopgave_desktop.domain.fitting import Measure, elide, paragraphs
from kerneopgave_desktop.domain.minutes import Heading, Item, Line, label, minutes
from kerneopgave_desktop.domain.minutes import Table as Rows
from kerneopgave_desktop.domain.model import Board, Card, Snapshot, Workshop
from kerneopgave_desktop.domain.progress import Counter, Progress, share
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.printing.fonts import (
    BOLD,
    FONT,
    draw_text,
    markup,
    register_fonts,
    text_width,
)

PAPERS = {"A4": A4, "A3": A3}
LANGUAGE = "da-DK"
"""The document's language, in the catalogue's /Lang: screen readers speak it as Danish."""
MARGIN = 12 * mm
HEADER = 14 * mm
COUNTED = 200
"""Progress is told every this many cards, links or minutes' paragraphs (a fifth of a
second's work at most, so Cancel answers soon)."""
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
"""Control characters (not tab or newline): they have no glyph and no place on paper."""



def colour(value: str) -> Color:
    """A look colour ('#rrggbb' or '#rrggbbaa') for reportlab."""
    red, green, blue, alpha = look.rgba(value)
    return Color(red / 255, green / 255, blue / 255, alpha=alpha / 255)


PAPER = look.PAPER
"""The board on paper: the light look with a zone fill for white paper."""
INK = colour(PAPER.text)


def _tr(source: str) -> str:
    return translate("Report", source)


def printable(text: str) -> str:
    """User text as it can be drawn: control characters dropped, tabs as spaces."""
    return _CONTROL.sub("", text).replace("\t", "    ")


def _para(text: str) -> str:
    """User text for a Paragraph: escaped, so markup prints literally and nothing is fetched."""
    return "<br/>".join(markup(printable(line)) for line in paragraphs(text))


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
    for card in board.cards.values():
        _draw_card(c, card, page.box(card), page.scale)
        add()
    keep_off = look.TitleIndex(look.title_rect(board.zones[zone_id], lines, title_size,
                                               measure(BOLD, title_size))
                               for zone_id, lines in titles.items())
    for link in board.links.values():
        _draw_link(c, board, link, page, keep_off)
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
               scale: float) -> None:
    """A card as on the board (domain.look): its box, kind, dots, text and band."""
    x, y, w, h = rect
    fill = look.card_colour(card)
    c.setFillColor(colour(fill))
    c.setStrokeColor(colour(look.outline_colour(fill)))
    c.setLineWidth(max(0.3, look.CARD_OUTLINE * scale))
    c.roundRect(x, y, w, h, look.CARD_RADIUS * scale, stroke=1, fill=1)
    label_size = look.LABEL_PIXELS * scale
    top = y + h - look.CARD_LABEL_TOP * scale
    c.setFillColor(colour(PAPER.kind_label))
    label = look.card_label(card, kind_label(card), measure(BOLD, look.LABEL_PIXELS))
    draw_text(c, x + look.CARD_PADDING * scale, top - label_size, label, BOLD, label_size)
    if card.votes:
        left, badge_w, badge_h = (length * scale for length in look.VOTE_BADGE)
        c.setFillColor(INK)
        c.roundRect(x + w - left, top - badge_h, badge_w, badge_h, badge_h / 2, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(BOLD, label_size)
        c.drawCentredString(x + w - left + badge_w / 2, top - badge_h + 7 * scale,
                            f"● {card.votes}")
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


def _draw_stances(c: Canvas, card: Card, x: float, top: float, scale: float) -> None:
    """The room's stance as on the board: a bar across the bottom edge, a part per corner;
    `top` is the card's top edge on the page."""
    dx, dy = look.stance_bar_place(card)
    left, height = x + dx * scale, look.STANCE_BAR[1] * scale
    bottom = top - (dy * scale) - height
    size = look.LABEL_PIXELS * scale
    c.setFont(BOLD, size)
    for code, count, offset, width in look.stance_bar(card):
        c.setFillColor(colour(look.STANCE_COLOURS[code]))
        c.rect(left + offset * scale, bottom, width * scale, height, stroke=0, fill=1)
        c.setFillColor(white)
        c.drawCentredString(left + (offset + width / 2) * scale, bottom + 4.5 * scale,
                            str(count))


def _draw_link(c: Canvas, board: Board, link, page: _Page, titles: look.TitleIndex) -> None:
    """A link as on the board: from where look.link_ends has it leave its cards."""
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
    if link.label:
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


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=10.5, leading=14,
                          textColor=INK)
    return {
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=18, leading=23,
                             spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=14, leading=18,
                             spaceBefore=12, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=2),
        "item": ParagraphStyle("item", parent=body, leftIndent=12, bulletIndent=2,
                               spaceBefore=3),
        "detail": ParagraphStyle("detail", parent=body, fontSize=9.5, leading=12.5,
                                 leftIndent=24, textColor=HexColor("#444444")),
        "line": body,
    }


def _minutes_flowables(workshop: Workshop, boards: list[Board], since: Snapshot | None = None,
                       progress: Progress | None = None) -> Iterable[Flowable]:
    styles = _styles()
    blocks = minutes(workshop, boards, since)
    counter = Counter(progress, len(blocks), COUNTED)
    for block in blocks:
        counter.add()
        if isinstance(block, Heading):
            heading = _Heading(_para(block.text), styles[f"h{block.level}"])
            heading.outline = (printable(block.text)[:look.SHOWN_CHARACTERS], block.level - 1)
            yield heading
        elif isinstance(block, Line):
            yield Paragraph(f"<b>{_para(label(block))}</b> {_para(block.value)}", styles["line"])
        elif isinstance(block, Item):
            yield Paragraph(_para(block.text), styles["item"], bulletText="•")
            for line in block.details:
                yield Paragraph(f"<b>{_para(label(line))}</b> {_para(line.value)}",
                                styles["detail"])
        elif isinstance(block, Rows):
            yield _table(block, styles)


_CELL_CHARACTERS = 600
"""The most characters the widest column of the agreements table holds in one row (the
others hold as many for their share of the width). A longer text goes on in the rows below,
drawn as one row: reportlab splits a table between rows only (splitting inside a row costs
time that grows with the square of the text), so no row may be taller than a page. At this
size a row stays under half an A4 page even of the widest characters (emoji), one to a line."""


_CELL_LINES = 12
"""The most of a text's own lines a table row holds (a text of many short lines is as tall
as a long one)."""


def _pieces(text: str, size: int) -> list[str]:
    """`text` in pieces of at most `size` characters and _CELL_LINES of its own lines; a
    line too long is cut after a space where there is one in the second half of a piece."""
    pieces: list[str] = []
    lines: list[str] = []
    length = 0
    for line in paragraphs(text):
        while len(line) > size:
            cut = line.rfind(" ", size // 2, size)
            cut = size if cut < 0 else cut + 1
            if lines:
                pieces.append("\n".join(lines))
                lines, length = [], 0
            pieces.append(line[:cut])
            line = line[cut:]
        if lines and (len(lines) == _CELL_LINES or length + len(line) > size):
            pieces.append("\n".join(lines))
            lines, length = [], 0
        lines.append(line)
        length += len(line) + 1
    return [*pieces, "\n".join(lines)]


def _table(block: Rows, styles: dict[str, ParagraphStyle]) -> Table:
    """The agreements as a table with a header row repeated on each page; each cell a
    Paragraph of escaped text, so it wraps and prints literally, the columns as wide as
    the block's weights say. A long text goes on in rows of its own below its
    row, with no line between them, so every word is printed whatever its length."""
    cell = ParagraphStyle("cell", parent=styles["line"], fontSize=9, leading=11.5)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD)
    weights = block.weights or [1.0] * len(block.headers)
    sizes = [int(_CELL_CHARACTERS * weight / max(weights)) for weight in weights]
    data = [[Paragraph(_para(text), head) for text in block.headers]]
    ends = [0]  # the last table row of each agreement (the header's is 0)
    for row in block.rows:
        columns = [_pieces(text, size) for text, size in zip(row, sizes, strict=True)]
        for index in range(max(map(len, columns))):
            data.append([Paragraph(_para(pieces[index]) if index < len(pieces) else "", cell)
                         for pieces in columns])
        ends.append(len(data) - 1)
    shares = [f"{100 * weight / sum(weights):.2f}%" for weight in weights]  # of the frame
    table = Table(data, colWidths=shares, repeatRows=1)
    grey = HexColor("#888888")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # never reportlab's Helvetica, unembedded
        ("BOX", (0, 0), (-1, -1), 0.5, grey),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.5, grey),
        *(("LINEBELOW", (0, end), (-1, end), 0.5, grey) for end in ends),
        *(style for row in range(1, len(data)) if row - 1 not in ends  # a text going on
          for style in (("TOPPADDING", (0, row), (-1, row), 0),
                        ("BOTTOMPADDING", (0, row - 1), (-1, row - 1), 0))),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


class _Heading(Paragraph):
    """A minutes heading: a long one split over pages keeps its bookmark on its first part."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = super().split(available_width, available_height)
        if parts and hasattr(self, "outline"):
            parts[0].outline = self.outline
        return parts


class _Report(BaseDocTemplate):
    """Bookmarks each flowable that carries an `outline` (title, level): the boards, the
    minutes and their sections, for the reader's navigation pane."""

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        title, level = outline
        # A level is at most one below the last (the outline cannot skip one).
        level = min(level, getattr(self, "_outline_level", -1) + 1)
        self._outline_level = level
        key = f"outline-{id(flowable)}"
        if isinstance(flowable, BoardDrawing):
            self.canv.bookmarkPage(key, fit="Fit")
        else:
            self.canv.bookmarkPage(key, fit="XYZ", left=0,
                                   top=self.frame._y + flowable.height + 6, zoom=0)
        self.canv.addOutlineEntry(title, key, level)


class _NumberedCanvas(Canvas):
    """Holds pages back until the end, so each footer can say 'page x of y'. Bookmarks
    are held with their page: the document numbers pages only as they are written."""

    def __init__(self, *args, progress: Progress | None = None, **kwargs):
        """`progress` is told of each page as it is written out at the end."""
        super().__init__(*args, **kwargs)
        self.progress = progress
        self._pages: list[dict] = []
        self._marks: list[tuple[str, dict]] = []
        self.showOutline()  # readers open with the bookmarks shown

    def bookmarkPage(self, key: str, **where) -> None:
        self._marks.append((key, where))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        counter = Counter(self.progress, total, 20)
        for number, state in enumerate(self._pages, start=1):
            counter.add()
            self.__dict__.update(state)
            for key, where in self._marks:
                super().bookmarkPage(key, **where)
            width, _height = self._pagesize
            self.setFont(FONT, 8.5)
            self.setFillColor(HexColor("#555555"))
            self.drawRightString(width - MARGIN, MARGIN / 2,
                                 _tr("Side {page} af {pages}").format(page=number, pages=total))
            super().showPage()
        counter.finish()
        super().save()


def write_report(workshop: Workshop, out: str | BinaryIO, paper: str = "A4",
                 boards: list[Board] | None = None, since: Snapshot | None = None,
                 progress: Progress | None = None) -> None:
    """Write the PDF: one landscape page per board, then the minutes (and, given a snapshot,
    what has changed since it). `progress` hears how far it has come (making the minutes'
    paragraphs, laying out and drawing the pages, writing them out) and may raise Cancelled,
    which stops the report before anything is written to `out` (reportlab writes the
    whole file at the end)."""
    register_fonts()
    boards = list(workshop.boards if boards is None else boards)
    size = PAPERS[paper]
    wide, tall = landscape(size), portrait(size)
    info = workshop.info
    state = {"board": ""}

    def header(c: Canvas, doc) -> None:
        width, height = c._pagesize
        c.saveState()
        c.setFont(BOLD, 10)
        c.setFillColor(INK)
        title = " · ".join(printable(part[:look.SHOWN_CHARACTERS]) for part in
                           (info.title, info.workplace, info.date.isoformat() if info.date else "")
                           if part)
        room = width / 2 if state["board"] else width - 2 * MARGIN
        draw_text(c, MARGIN, height - MARGIN, elided(title, BOLD, 10, room), BOLD, 10)
        if state["board"]:
            draw_text(c, width - MARGIN, height - MARGIN,
                      elided(state["board"], FONT, 10, width / 2 - 2 * MARGIN), FONT, 10,
                      anchor="end")
        c.restoreState()

    def board_frame(page) -> Frame:
        return Frame(MARGIN, MARGIN, page[0] - 2 * MARGIN, page[1] - 2 * MARGIN - HEADER,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="board")

    # initialFontName: start in our font; reportlab's default Helvetica would be referenced
    # without being embedded.
    doc = _Report(out, pagesize=wide,
                  title=printable(info.title[:look.SHOWN_CHARACTERS]) or "Kerneopgave",
                  author=printable(info.facilitator[:look.SHOWN_CHARACTERS]),
                  creator="Kerneopgave-tavlen",
                  subject=_tr("Tavler og referat fra et arbejdsmøde om kerneopgaven"),
                  lang=LANGUAGE, displayDocTitle=True, initialFontName=FONT)
    templates = [
        PageTemplate(id="board", frames=[board_frame(wide)], pagesize=wide, onPageEnd=header),
        PageTemplate(id="minutes", pagesize=tall, onPageEnd=header, frames=[Frame(
            MARGIN, MARGIN, tall[0] - 2 * MARGIN, tall[1] - 2 * MARGIN - HEADER, id="text")]),
    ]
    doc.addPageTemplates(templates if boards else templates[::-1])  # the first one starts

    class _Title(Flowable):
        """Marks which board the page shows, for the header."""

        def __init__(self, text: str):
            super().__init__()
            self.text = text

        def wrap(self, *_):
            return 0, 0

        def draw(self) -> None:
            state["board"] = self.text

    written = share(progress, 0.9, 1.0)
    minutes_flowables = list(_minutes_flowables(workshop, boards, since,
                                                share(progress, 0.0, 0.1)))
    laid_out = Counter(share(progress, 0.1, 0.9), sum(len(board.cards) + len(board.links)
                                                      for board in boards)
                       + len(minutes_flowables), COUNTED)
    story: list[Flowable] = []
    for board in boards:
        if story:
            story.append(PageBreak())
        drawing = BoardDrawing(board, laid_out)
        drawing.outline = (printable(board.title) or _tr("Tavle uden titel"), 0)
        story += [_Title(board.title), drawing]
    if boards:
        story += [NextPageTemplate("minutes"), PageBreak(), _Title("")]
    seen = len(story)  # what comes before the minutes is counted as it is drawn
    story += minutes_flowables
    del minutes_flowables  # reportlab lets each flowable go once it is drawn (200 MB at 50,000)

    def flowed(kind: str, value: int) -> None:
        """reportlab's progress: after each flowable, how many of the story are done."""
        nonlocal seen
        if kind == "PROGRESS" and value > seen:
            laid_out.add(value - seen)
            seen = value
    if progress is not None:
        doc.setProgressCallBack(flowed)
    doc.build(story, canvasmaker=lambda *args, **kwargs: _NumberedCanvas(
        *args, progress=written, **kwargs))
