"""The Excel workbook: text stays text, one sheet per board, and it reads back."""

import io
import zipfile

import openpyxl
import pytest

from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.domain.model import Board, Dilemma, Note, Workshop
from kerneopgave_desktop.interchange import InterchangeError, xlsx

AWKWARD = ("5-6", "0045", "1,5", "50%", "1e5", "=x", "=SUM(A1:A2)", "+45 1234", "-tekst",
           "@A1", "TRUE", "2026-03-03", "  mellemrum  ", "linje 1\nlinje 2", "3.14")


def workbook_of(workshop: Workshop) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(xlsx.dumps(workshop)))


def awkward_workshop() -> Workshop:
    board = Board(id="b", title="Tal og tegn")
    for i, value in enumerate(AWKWARD):
        board.cards[f"n{i}"] = Note(id=f"n{i}", text=value, votes=i)
    board.cards["d"] = Dilemma(id="d", text="0045", pole_a="5-6", pole_b="1e5",
                               decision="=x", status="settled")
    return Workshop(boards=[board])


def test_one_sheet_per_board_and_one_for_the_agreements():
    book = workbook_of(demo_workshop())
    assert book.sheetnames == [*(b.title for b in demo_workshop().boards), "Aftaler"]
    sheet = book[book.sheetnames[0]]
    headers = [cell.value for cell in sheet[1]]
    assert headers[:3] == ["Tavle", "Type", "Tekst"] and "Stemmer" in headers
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width
    assert sheet["C2"].alignment.wrap_text
    assert [cell.value for cell in book["Aftaler"][1]][:2] == ["Tavle", "Aftale"]


def test_every_text_cell_is_text_and_nothing_is_a_formula():
    data = xlsx.dumps(awkward_workshop())
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Tal og tegn"]
    texts = [row[2] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in texts[:len(AWKWARD)]] == list(AWKWARD)
    for cell in texts:
        assert cell.data_type == "s" and cell.number_format == "@", cell.value
    votes = [row[-1] for row in sheet.iter_rows(min_row=3)]
    assert all(isinstance(cell.value, int) for cell in votes[:len(AWKWARD) - 1])
    xml = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_the_awkward_values_survive_a_round_trip():
    workshop = awkward_workshop()
    again = xlsx.loads(xlsx.dumps(workshop))
    [board] = again.boards
    assert board.title == "Tal og tegn"
    assert [c.text for c in board.cards.values()] == [*AWKWARD, "0045"]
    assert [c.votes for c in board.cards.values()][:len(AWKWARD)] == list(range(len(AWKWARD)))
    dilemma = list(board.cards.values())[-1]
    assert (dilemma.kind, dilemma.pole_a, dilemma.pole_b, dilemma.decision, dilemma.status) == \
        ("dilemma", "5-6", "1e5", "=x", "settled")


@pytest.mark.slow
def test_the_demo_round_trips_by_kind_and_field():
    workshop = demo_workshop()
    again = xlsx.loads(xlsx.dumps(workshop))
    assert [b.title for b in again.boards] == [b.title for b in workshop.boards]
    for before, after in zip(workshop.boards, again.boards, strict=True):
        strip = ("id", "x", "y", "width", "height", "color", "answers", "origin")
        def fields(card, strip=strip):
            return {k: v for k, v in vars(card).items() if k not in strip}
        assert [fields(c) for c in after.cards.values()] == \
            [fields(c) for c in before.cards.values()]


def test_a_sheet_edited_in_excel_reads_back_as_text():
    """Excel may store what a user typed as numbers or dates; the cards get it as text."""
    import datetime
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Tekst", "Stemmer"])
    sheet.append([45, 2])
    sheet.append([1.5, None])
    sheet.append([datetime.datetime(2026, 5, 6), 0])
    out = io.BytesIO()
    book.save(out)
    board = xlsx.loads(out.getvalue()).boards[0]
    assert [c.text for c in board.cards.values()] == ["45", "1.5", "2026-05-06"]
    assert board.title == sheet.title


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04 not really", b"Tekst;Slags\nx;Note\n"])
def test_what_is_not_a_workbook_is_refused_clearly(data):
    with pytest.raises(InterchangeError, match="Excel"):
        xlsx.loads(data)


def test_a_workbook_without_a_text_column_is_refused_clearly():
    book = openpyxl.Workbook()
    book.active.append(["Navn", "Alder"])
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(InterchangeError, match="Tekst"):
        xlsx.loads(out.getvalue())


def test_sheet_names_are_valid_and_unique():
    boards = [Board(id=f"b{i}", title=title) for i, title in
              enumerate(["A/B: [x]?*", "A/B: [x]?*", "", "x" * 40, "Aftaler", "'q'"])]
    names = workbook_of(Workshop(boards=boards)).sheetnames
    assert len({n.casefold() for n in names}) == len(names) == 7
    assert all(len(name) <= 31 and not set(name) & set("[]:*?/\\") for name in names)
    assert names[2] == "Tavle 3" and names[4] == "Aftaler (2)" and names[-1] == "Aftaler"
