"""Cards as an Excel workbook (openpyxl): one sheet per board, and one for the agreements.

The better choice than CSV for anyone who opens the cards in a spreadsheet: every text
cell is stored as text, in a cell formatted as text, so "5-6", "0045", "1,5", "50%",
"1e5" and "=x" stay as typed, before and after an edit in Excel or Calc, and nothing
is ever a formula. The columns are the CSV's (Danish headers), the header row is
frozen, long text wraps. Import reads every sheet with a »Tekst« column; the
agreements sheet is a summary of cards that are on their boards' sheets too.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from typing import Any

from kerneopgave_desktop.domain import agreements
from kerneopgave_desktop.domain.model import Board, ModelError, Workshop, new_id
from kerneopgave_desktop.domain.progress import Counter, Progress
from kerneopgave_desktop.domain.text import said
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.interchange import InterchangeError
from kerneopgave_desktop.interchange.csv import COLUMNS, card_from_row, header_fields, row_values

TEXT_FORMAT = "@"
"""Excel's number format "Text": what is typed into the cell later stays text too."""
WIDTHS = {"text": 60, "decision": 40, "pole_a": 24, "pole_b": 24, "output": 30, "votes": 10}
DEFAULT_WIDTH = 18
SHEET_NAME = 31
"""The longest sheet name Excel accepts."""
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _tr(source: str) -> str:
    return translate("Excel", source)


def _sheet_name(title: str, taken: set[str], fallback: str) -> str:
    """A sheet name Excel accepts, unique in the workbook (case does not count)."""
    name = _NOT_IN_SHEET_NAMES.sub("-", title).strip().strip("'")[:SHEET_NAME] or fallback
    candidate, number = name, 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate, number = name[:SHEET_NAME - len(suffix)] + suffix, number + 1
    taken.add(candidate.casefold())
    return candidate


def _text_cell(sheet, row: int, column: int, value: str) -> None:
    """A cell holding `value` as text, never as a number, date or formula."""
    cell = sheet.cell(row=row, column=column)
    cell.value = _NOT_XML.sub("", value)
    cell.data_type = "s"  # openpyxl makes "=…" a formula unless told otherwise
    cell.number_format = TEXT_FORMAT


def _sheet(workbook, title: str, headers: list[str], rows: list[list[Any]],
           widths: list[float]) -> None:
    from openpyxl.styles import Alignment, Font

    sheet = workbook.create_sheet(title)
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, header in enumerate(headers, start=1):
        _text_cell(sheet, 1, column, header)
        sheet.cell(row=1, column=column).font = Font(bold=True)
    for number, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            if isinstance(value, int):
                sheet.cell(row=number, column=column, value=value)
            else:
                _text_cell(sheet, number, column, value)
            sheet.cell(row=number, column=column).alignment = wrap
    from openpyxl.utils import get_column_letter

    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"


def dumps(workshop: Workshop, boards: list[Board] | None = None) -> bytes:
    from openpyxl import Workbook

    boards = list(workshop.boards if boards is None else boards)
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken = {agreements.heading().casefold()}
    headers = [header for _, header, _ in COLUMNS]
    widths = [WIDTHS.get(name, DEFAULT_WIDTH) for name, _, _ in COLUMNS]
    for number, board in enumerate(boards, start=1):
        rows = [row_values(board, card) for card in board.cards.values()]
        rows = [[int(value) if name == "votes" and value else value
                 for (name, _, _), value in zip(COLUMNS, row, strict=True)] for row in rows]
        name = _sheet_name(board.title, taken, _tr("Tavle {n}").format(n=number))
        _sheet(workbook, name, headers, rows, widths)
    agreement_headers = agreements.headers()
    _sheet(workbook, agreements.heading(), agreement_headers, agreements.rows(boards),
           [DEFAULT_WIDTH, WIDTHS["text"], *[DEFAULT_WIDTH] * (len(agreement_headers) - 2)])
    properties = workbook.properties
    properties.title = _NOT_XML.sub("", workshop.info.title) or None
    properties.creator = _NOT_XML.sub("", workshop.info.facilitator) or None
    properties.language = "da-DK"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def cell_text(value: Any) -> str:
    """A cell's value as the text it shows: numbers without a needless ".0", dates as dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _tr("SAND") if value else _tr("FALSK")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else \
            value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def loads(data: bytes, progress: Progress | None = None) -> Workshop:
    """Boards from a workbook we (or Excel, after an edit) wrote; InterchangeError if not.
    `progress` hears how many of its rows are read (and may stop it: Cancelled)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise InterchangeError(_tr("Filen er ikke en Excel-projektmappe (.xlsx).")) from None
    boards: dict[str, Board] = {}
    try:
        counter = Counter(progress, sum(sheet.max_row or 0 for sheet in workbook.worksheets))
        for sheet in workbook.worksheets:
            rows = sheet.iter_rows(values_only=True)
            headers = next(rows, None)
            fields = header_fields([cell_text(value) for value in headers or ()])
            if "text" not in fields:
                continue
            for number, row in enumerate(rows, start=2):
                counter.add()
                cells = [cell_text(value) for value in row]
                if not any(cell.strip() for cell in cells):
                    continue
                value = {name: cells[index] if index < len(cells) else ""
                         for name, index in fields.items()}
                title = value.get("board", "") or sheet.title
                board = boards.setdefault(title, Board(id=new_id(), title=title))
                try:
                    card = card_from_row(value, len(board.cards))
                except (ModelError, ValueError) as error:
                    raise InterchangeError(_tr("Arket »{sheet}«, række {row}: {detail}").format(
                        sheet=sheet.title, row=number, detail=said(error))) from None
                board.cards[card.id] = card
        counter.finish()
    finally:
        workbook.close()
    if not boards:
        raise InterchangeError(_tr("Excel-filen har intet ark med kolonnen »Tekst«."))
    return Workshop(boards=list(boards.values()))
