"""The PDF report: each board as vector art on a landscape page, then the minutes.

Drawn from the model with reportlab, never from Qt items; the boards by
printing.board_page. Board text goes through `drawString`, which does not parse markup;
the minutes use `Paragraph`, which does, so every user string is escaped first (see
`_para`), or its paragraph is made without the parser (see `_Plain`). The DejaVu Sans
font is embedded, so Danish letters print everywhere.

A large workshop takes a while (50,000 cards some seconds): the report tells a
`domain.progress.Progress` how far it has come, and stops when that raises `Cancelled`,
before anything is written out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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
from reportlab.platypus.paragraph import cleanBlockQuotedText

from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.fitting import paragraphs
from kerneopgave_desktop.domain.minutes import Heading, Item, Line, label, minutes
from kerneopgave_desktop.domain.minutes import Table as Rows
from kerneopgave_desktop.domain.model import Board, Snapshot, Workshop
from kerneopgave_desktop.domain.progress import Counter, Progress, share
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.printing.board_page import INK, BoardDrawing, elided, printable
from kerneopgave_desktop.printing.fonts import (
    BOLD,
    FONT,
    covered,
    draw_text,
    markup,
    register_fonts,
)

PAPERS = {"A4": A4, "A3": A3}
LANGUAGE = "da-DK"
"""The document's language, in the catalogue's /Lang: screen readers speak it as Danish."""
MARGIN = 12 * mm
HEADER = 14 * mm
COUNTED = 200
"""Progress is told every this many cards, links or minutes' paragraphs (a fifth of a
second's work at most, so Cancel answers soon)."""


def _tr(source: str) -> str:
    return translate("Report", source)


def _para(text: str) -> str:
    """User text for a Paragraph: escaped, so markup prints literally and nothing is fetched."""
    return "<br/>".join(markup(printable(line)) for line in paragraphs(text))


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
    plain = _Plain(styles)
    blocks = minutes(workshop, boards, since)
    counter = Counter(progress, len(blocks), COUNTED)
    for block in blocks:
        counter.add()
        if isinstance(block, Heading):
            heading = _Heading(_para(block.text), styles[f"h{block.level}"])
            heading.outline = (printable(block.text)[:look.SHOWN_CHARACTERS], block.level - 1)
            yield heading
        elif isinstance(block, Line):
            yield plain.labelled(label(block), block.value, "line")
        elif isinstance(block, Item):
            yield plain.paragraph(block.text, "item", bullet="•")
            for line in block.details:
                yield plain.labelled(label(line), line.value, "detail")
        elif isinstance(block, Rows):
            yield _table(block, styles)


class _Plain:
    """The minutes' paragraphs of plain text, made without reportlab's markup parser where
    the text needs none of it: a single line in our own font (no fallback font) with no
    character markup would escape. Such a paragraph's fragments are copies of the ones the
    parser makes for the same style, holding the text as the parser's whitespace cleaning
    leaves it, so the Paragraph is the very one the parser would give (tests/unit/
    test_report_plain.py compares them); only it never reads the text as markup. Parsing
    took a quarter of the minutes' time at 50,000 cards (66,671 paragraphs). Any other text
    goes through `_para` and the parser as before."""

    def __init__(self, styles: dict[str, ParagraphStyle]):
        self.styles = styles
        self._made: dict[str, list] = {}

    def _templates(self, style: str) -> list:
        """The parser's fragments of a labelled paragraph in `style`: the bold, the plain."""
        if style not in self._made:
            self._made[style] = Paragraph("<b>x</b> y", self.styles[style]).frags
        return self._made[style]

    def paragraph(self, text: str, style: str, bullet: str | None = None) -> Paragraph:
        """`text` as a Paragraph in `style`, with `bullet` before it."""
        cleaned = cleanBlockQuotedText(text)
        if cleaned and _plain(text, FONT):
            _bold, template = self._templates(style)
            return Paragraph(cleaned, self.styles[style], bulletText=bullet,
                             frags=[_copy(template, cleaned)])
        return Paragraph(_para(text), self.styles[style], bulletText=bullet)

    def labelled(self, name: str, value: str, style: str) -> Paragraph:
        """'name value', `name` in bold, as a Paragraph in `style`."""
        if _plain(name, BOLD) and _plain(value, FONT):
            cleaned = cleanBlockQuotedText(f"<b>{name}</b> {value}")
            end = cleaned.find("</b>")
            bold, rest = cleaned[3:end], cleaned[end + 4:]
            if bold.strip() and rest.strip():
                bold_template, template = self._templates(style)
                return Paragraph(cleaned, self.styles[style],
                                 frags=[_copy(bold_template, bold), _copy(template, rest)])
        return Paragraph(f"<b>{_para(name)}</b> {_para(value)}", self.styles[style])


def _plain(text: str, font: str) -> bool:
    """Whether `text` is one line that the parser would take as it is: nothing to escape,
    no control character, every character in `font`."""
    return (not _NOT_PLAIN.search(text) and len(paragraphs(text)) == 1
            and covered(text, font))


_NOT_PLAIN = re.compile(r"[&<>\x00-\x08\x0b-\x1f\x7f]")
"""What `_para` would change in a text (escaped or dropped), or the parser take as markup."""


def _copy(fragment, text: str):
    """The parser's `fragment` holding `text`, with lists of its own."""
    return fragment.clone(text=text, link=[], us_lines=[])


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
