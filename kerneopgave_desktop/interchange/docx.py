"""The minutes as a Word document (python-docx): the same blocks as the PDF and Markdown.

A4 portrait, marked Danish (da-DK) in its settings and styles, titled, with the
facilitator as author and the meeting's date in its properties. Real Heading 1–3
styles carry the structure, so a screen reader and Word's navigation pane can follow
it; the meeting's facts and the agreements are tables with a header row; each board
is a picture (drawn by the caller, see `printing.pictures`) with alt text; the footer
counts "Side x af y" with PAGE and NUMPAGES fields.

Text is text: every user string goes into a run as plain characters (python-docx
escapes it for XML), so nothing a user typed becomes a field, a hyperlink or markup.
Characters XML cannot hold (control characters) are dropped.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date, datetime
from itertools import takewhile
from typing import Protocol

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from kerneopgave_desktop.domain.fitting import paragraphs
from kerneopgave_desktop.domain.minutes import Block, Heading, Item, Line, label, minutes
from kerneopgave_desktop.domain.minutes import Table as Rows
from kerneopgave_desktop.domain.model import Board, Snapshot, Workshop
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS
from kerneopgave_desktop.i18n import translate

LANGUAGE = "da-DK"
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Mm(210), Mm(297), Mm(25)
FACT_LABEL_WIDTH = Mm(40)
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_PLACEHOLDER = re.compile(r"\{(page|pages)\}")


class Picture(Protocol):
    """A board's picture: PNG bytes and the size in points it is placed at."""

    png: bytes
    width: float
    height: float


def _tr(source: str) -> str:
    return translate("Word minutes", source)


def plain(text: str) -> str:
    """User text as XML can hold it: control characters dropped, every line break as a
    newline (which python-docx writes as Word's line break)."""
    return _NOT_XML.sub("", "\n".join(paragraphs(text)))


def _mark_danish(document) -> None:
    """da-DK in the default run properties, the Normal style and the settings."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for style in (run_defaults, document.styles["Normal"].element.get_or_add_rPr()):
        lang = style.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            style.append(lang)
        lang.set(qn("w:val"), LANGUAGE)
        lang.set(qn("w:eastAsia"), LANGUAGE)
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is None:
        theme = OxmlElement("w:themeFontLang")
        settings.append(theme)
    theme.set(qn("w:val"), LANGUAGE)
    for name, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        element = settings.find(qn(name))
        if element is not None:
            element.set(qn("w:val"), value)


def _properties(document, workshop: Workshop) -> None:
    info = workshop.info
    core = document.core_properties
    core.title = plain(info.title) or _tr("Referat")
    core.subject = _tr("Referat af arbejdsmøde om kerneopgaven")
    core.author = plain(info.facilitator)
    core.last_modified_by = plain(info.facilitator)
    core.language = LANGUAGE
    core.keywords = ""
    core.comments = ""
    core.revision = 1
    day = info.date or date.today()
    core.created = core.modified = datetime(day.year, day.month, day.day, 12)


def _page(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    footer = section.footer.paragraphs[0]
    footer.alignment = 2  # right
    for part in _PLACEHOLDER.split(_tr("Side {page} af {pages}")):
        if part in ("page", "pages"):
            _field(footer, "PAGE" if part == "page" else "NUMPAGES")
        elif part:
            footer.add_run(part)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A field the word processor computes (our own PAGE or NUMPAGES, never user text)."""
    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char("begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    char("separate")
    paragraph.add_run("1")
    char("end")


def _header_row(table: Table, cells: Sequence[str]) -> None:
    row = table.rows[0]
    properties = row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")  # a header row: repeated on each page, read as one
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)
    for cell, text in zip(row.cells, cells, strict=True):
        cell.paragraphs[0].add_run(plain(text)).bold = True


def _table(document, headers: Sequence[str] | None, rows: Sequence[Sequence[str]],
           bold_first: bool = False) -> Table:
    table = document.add_table(rows=(1 if headers else 0) + len(rows), cols=len(
        headers if headers else rows[0]))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    if headers:
        _header_row(table, headers)
    if bold_first:
        for cell in table.columns[0].cells:
            cell.width = FACT_LABEL_WIDTH
    for row, values in zip(table.rows[1 if headers else 0:], rows, strict=True):
        for index, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            cell.paragraphs[0].add_run(plain(value)).bold = bold_first and index == 0
    return table


def alt_text(board: Board) -> str:
    """A board's picture described in words: its title, what is on it, where the text is."""
    counts = {}
    for card in board.cards.values():
        counts[card.kind] = counts.get(card.kind, 0) + 1
    kinds = ", ".join(f"{CARD_KINDS.label(kind).lower()}: {n}" for kind, n in counts.items())
    zones = ", ".join(plain(zone.title) for zone in board.zones.values() if zone.title)
    parts = [_tr("Tavlen »{title}« med {cards} kort").format(
        title=plain(board.title) or _tr("uden titel"), cards=len(board.cards))]
    if kinds:
        parts.append(f"({kinds})")
    if zones:
        parts.append(_tr("i felterne {zones}").format(zones=zones))
    return " ".join(parts) + ". " + _tr("Kortenes tekst står i referatet under billedet.")


def _picture(document, picture: Picture, board: Board) -> None:
    paragraph = document.add_paragraph()
    shape = paragraph.add_run().add_picture(io.BytesIO(picture.png), width=Pt(picture.width),
                                            height=Pt(picture.height))
    described = shape._inline.docPr
    described.set("descr", alt_text(board))
    described.set("title", plain(board.title) or _tr("Tavle"))


def _line(paragraph: Paragraph, line: Line) -> None:
    paragraph.add_run(plain(label(line))).bold = True
    paragraph.add_run(" " + plain(line.value))


def dumps(workshop: Workshop, boards: list[Board] | None = None,
          since: Snapshot | None = None, pictures: Sequence[Picture] = ()) -> bytes:
    """The Word minutes; `pictures` holds one picture per board, in the order of `boards`."""
    boards = list(workshop.boards if boards is None else boards)
    document = new_document()
    _mark_danish(document)
    _properties(document, workshop)
    _page(document)
    blocks: list[Block] = minutes(workshop, boards, since)
    facts = list(takewhile(lambda block: isinstance(block, Line), blocks[1:]))
    board_number = -1
    for block in blocks:
        if isinstance(block, Heading):
            if block.level == 2:
                board_number += 1
            document.add_heading(plain(block.text), level=min(block.level, 3))
            if block.level == 1 and facts:
                _table(document, None, [[label(line), line.value] for line in facts],
                       bold_first=True)
            if block.level == 2 and board_number < min(len(boards), len(pictures)):
                _picture(document, pictures[board_number], boards[board_number])
        elif isinstance(block, Item):
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(plain(block.text))
            paragraph.paragraph_format.space_after = Pt(2 if block.details else 6)
            for number, line in enumerate(block.details, start=1):
                detail = document.add_paragraph(style="List Continue")
                detail.paragraph_format.space_after = Pt(6 if number == len(block.details)
                                                         else 0)
                _line(detail, line)
        elif isinstance(block, Rows):
            _table(document, block.headers, block.rows)
        elif isinstance(block, Line) and not any(block is fact for fact in facts):
            _line(document.add_paragraph(), block)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
