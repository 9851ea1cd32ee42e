"""Cards as CSV that Danish Excel opens directly: UTF-8 with BOM, ';', Danish headers.

Import also reads what Excel writes when a user saves "CSV" on a Danish or English
machine: Windows-1252 instead of UTF-8, commas or tabs instead of semicolons; `read`
says what it found. A file whose first line names no »Tekst« column is not our CSV,
and the message says so.

Nothing in the file may act: a cell that Excel would read as a formula (it starts
with =, +, -, @, tab or carriage return) gets a leading apostrophe, which import
removes again; so does a cell that starts with an apostrophe itself, so that text
such as `'=x` comes back exactly. Import lays the cards out in a grid, one board per
board name.
"""

from __future__ import annotations

import csv
import io
from functools import cache

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.dates import parse_day
from kerneopgave_desktop.domain.layout import CARD_WIDTH, GAP
from kerneopgave_desktop.domain.model import (
    MAX_TEXT,
    Board,
    Card,
    ModelError,
    Workshop,
    card_type,
    new_id,
)
from kerneopgave_desktop.domain.progress import Counter, Progress
from kerneopgave_desktop.domain.text import said, visible
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS, Vocabulary
from kerneopgave_desktop.i18n import mark, translate
from kerneopgave_desktop.interchange import InterchangeError

COLUMNS = (  # (field, Danish header, vocabulary or None): the kinds' fields from domain.fields
    ("board", "Tavle", None), ("kind", "Type", CARD_KINDS), ("text", "Tekst", None),
    *((field.name, field.da, field.vocabulary if field.type in (fields_table.CODE,
                                                                fields_table.NAME) else None)
      for field in fields_table.every_kind_field() if field.shows(fields_table.CSV)),
    ("votes", fields_table.VOTES.da, None),
)
ALIASES = {"kind": ("Slags",)}
"""Headers of earlier versions, still read: the kind column was »Slags«."""
_RISKY = ("=", "+", "-", "@", "\t", "\r")
_MARKED = (*_RISKY, "'")
"""What a cell may start with behind the apostrophe that export adds and import removes."""
GRID_COLUMNS = 6
GRID_ROWS = 2000
"""Rows in one band of the grid the imported cards are laid out in; more cards start a band
of columns to the right, so that 100,000 of them stay within the board (MAX_COORDINATE)."""
MAX_CELL = MAX_TEXT + 1
"""The longest cell import reads: a card's longest text and its apostrophe."""


def _tr(source: str) -> str:
    return translate("Csv", source)



DELIMITERS = {";": mark("semikolon"), ",": mark("komma"), "\t": mark("tabulator")}


def _safe(value: str) -> str:
    return "'" + value if value.startswith(_MARKED) else value


def _unsafe(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(_MARKED) else value


def row_values(board: Board, card: Card) -> list[str]:
    """A card's row as text, one value per column: kinds and codes as their Danish labels,
    days as YYYY-MM-DD (which Excel reads as a date in every language)."""
    row = []
    for name, _, _ in COLUMNS:
        if name in ("board", "kind"):
            row.append(board.title if name == "board" else CARD_KINDS.label(card.kind, "da"))
            continue
        field = fields_table.field(card.kind, name)
        value = getattr(card, name) if field is not None else None
        if field is not None and field.type == fields_table.DATE:
            row.append(value.isoformat() if value is not None else "")
        else:
            row.append(field.value_text(value, "da") if field is not None else "")
    return row


def dumps(workshop: Workshop, boards: list[Board] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([header for _, header, _ in COLUMNS])
    for board in workshop.boards if boards is None else boards:
        for card in board.cards.values():
            writer.writerow([_safe(value) for value in row_values(board, card)])
    return "\ufeff" + out.getvalue()


def header_fields(headers: list[str]) -> dict[str, int]:
    """Which column holds which field, from a header row (Danish headers or field names)."""
    found = {header.strip().casefold(): index for index, header in enumerate(headers)}
    fields = {}
    for name, header, _ in COLUMNS:
        for key in (header, name, *ALIASES.get(name, ())):
            if key.casefold() in found:
                fields[name] = found[key.casefold()]
    return fields


def _code(vocabulary: Vocabulary, value: str, free: bool = False) -> str | None:
    """A code from a label in either language, or the code itself."""
    if not value:
        return None
    for term in vocabulary.terms:
        if value.casefold() in (term.code.casefold(), term.da.casefold(), term.en.casefold()):
            return term.code
    if free:
        return value
    raise ModelError(_tr("ukendt værdi »{value}«").format(value=value))


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the name of its encoding: UTF-8 (with or without BOM), else the
    Windows-1252 that Excel writes on a Danish Windows."""
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise InterchangeError(_tr("Filen er hverken UTF-8 eller Windows-1252, så den er "
                                   "ikke en CSV-fil, programmet kan læse.")) from None


def _delimiter(text: str) -> str:
    """The delimiter under which the first line names a »Tekst« column (';' if none does)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL))
    for delimiter in DELIMITERS:
        try:
            header = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:  # a stray quote in the header: not under this delimiter
            continue
        if "text" in header_fields(header):
            return delimiter
    return ";"


def read(data: bytes, notes: list[str] | None = None,
         progress: Progress | None = None) -> tuple[Workshop, str]:
    """Cards from a CSV file's bytes, and a line saying which encoding and delimiter it has."""
    text, encoding = decode(data)
    delimiter = _delimiter(text)
    note = _tr("Læste CSV-filen som {encoding} med {delimiter} mellem felterne.").format(
        encoding=encoding, delimiter=_tr(DELIMITERS[delimiter]))
    return loads(text, delimiter, notes, progress), note


def loads(text: str, delimiter: str | None = None, notes: list[str] | None = None,
          progress: Progress | None = None) -> Workshop:
    """Cards from CSV text; the delimiter is found from the header line unless given;
    `notes` gets a line for each column that was not read; `progress` hears how many of
    its lines are read (and may stop it: Cancelled)."""
    text = text.removeprefix("\ufeff")
    delimiter = delimiter or _delimiter(text)
    # The csv module's limit is process-wide and 131,072 by default: raise it to a card's
    # longest text, so our own export of any card reads back.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL))
    # strict: a quote left open is an error, not the rest of the file in one cell
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    boards: dict[str, Board] = {}
    fields: dict[str, int] = {}
    counter = Counter(progress, text.count("\n"))  # a line a row, but for text in quotes
    try:
        for row in reader:
            counter.add()
            if not fields:  # the first row: the header
                fields = _header(row, notes)
            elif any(cell.strip() for cell in row):
                _add(boards, fields, row, reader.line_num)
    except csv.Error as error:
        raise InterchangeError(_tr("Linje {line} i CSV-filen kan ikke læses ({detail}).").format(
            line=reader.line_num, detail=said(error))) from None
    if not fields:
        raise InterchangeError(_tr("CSV-filen er tom."))
    counter.finish()
    return Workshop(boards=list(boards.values()) or [Board(id=new_id(), title=_tr("Importeret"))])


def _header(row: list[str], notes: list[str] | None) -> dict[str, int]:
    """Column indexes by field name, from the header row; not our CSV without »Tekst«."""
    if not any(cell.strip() for cell in row):
        raise InterchangeError(_tr("CSV-filen er tom."))
    fields = header_fields(row)
    if "text" not in fields:
        found = ", ".join(f"»{visible(cell.strip(), 40)}«" for cell in row[:6])
        raise InterchangeError(_tr(
            "Filen er ikke en CSV-fil med kort: dens første linje skal navngive kolonnerne, "
            "mindst »Tekst« (som i en CSV-eksport fra Kerneopgave-tavlen), men den har "
            "{found}.").format(found=found))
    used = set(fields.values())
    ignored = [header for index, header in enumerate(row) if header.strip() and index not in used]
    if ignored and notes is not None:
        notes.append(_tr("Disse kolonner blev ikke læst: {names}.").format(
            names=visible(", ".join(ignored))))
    return fields


def _add(boards: dict[str, Board], fields: dict[str, int], row: list[str], line: int) -> None:
    value = {name: _unsafe(row[index]) if index < len(row) else ""
             for name, index in fields.items()}
    try:
        title = value.get("board", "") or _tr("Importeret")
        board = boards.get(title) or Board(id=new_id(), title=title)
        card = card_from_row(value, len(board.cards))
    except (ModelError, ValueError) as error:
        raise InterchangeError(_tr("Linje {line} i CSV-filen: {detail}").format(
            line=line, detail=visible(error))) from None
    boards[title] = board
    board.cards[card.id] = card


def card_from_row(value: dict[str, str], index: int) -> Card:
    """A card from one row's values by field name; the index places it in the board's grid."""
    kind = _code(CARD_KINDS, value.get("kind", "")) or "note"
    cls = card_type(kind)
    fields: dict = {"text": value.get("text", "")}
    for name, _, _ in COLUMNS[3:]:
        field = fields_table.field(kind, name)
        if field is None or not value.get(name):
            continue
        if field.type == fields_table.COUNT:
            digits = value[name].strip()
            if not digits.isdecimal():
                raise ModelError(_tr("{value} er ikke et antal stemmer").format(
                    value=f"{value[name]!r:.60}"))
            if len(digits) > 18:  # Python's int() refuses past 4,300 digits, in English
                raise ModelError(_tr("{value} er et for stort tal").format(
                    value=f"{digits!r:.60}"))
            fields[name] = int(digits)
        elif field.type == fields_table.DATE:
            fields[name] = parse_day(value[name])
        elif field.vocabulary is not None:
            fields[name] = _code(field.vocabulary, value[name],
                                 free=field.type == fields_table.NAME)
        else:
            fields[name] = value[name]
    band, place = divmod(index, GRID_COLUMNS * GRID_ROWS)
    column, row = place % GRID_COLUMNS, place // GRID_COLUMNS
    return cls(id=new_id(), x=(band * (GRID_COLUMNS + 1) + column) * (CARD_WIDTH + GAP),
               y=row * (_height(cls) + GAP), **fields)


@cache
def _height(cls: type[Card]) -> float:
    """A new card's height of kind `cls` (found once per kind: an import may make 100,000)."""
    return cls(id="probe").height
