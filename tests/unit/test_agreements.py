"""Agreements (aftaler): the kind, its fields, the file, every format, the minutes' table,
the follow-up notice, and what a comparison says happened to each."""

from __future__ import annotations

import dataclasses
import io
import sqlite3
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from kerneopgave_desktop import i18n
from kerneopgave_desktop.document import EditCard, create_document, open_document
from kerneopgave_desktop.domain import agreements, comparison, look
from kerneopgave_desktop.domain.checks import layout_problems
from kerneopgave_desktop.domain.decks import kind_label
from kerneopgave_desktop.domain.diff import compare
from kerneopgave_desktop.domain.minutes import Heading, Table, changes_since, minutes
from kerneopgave_desktop.domain.model import (
    Agreement,
    Board,
    ModelError,
    Note,
    Workshop,
    WorkshopInfo,
)
from kerneopgave_desktop.domain.snapshots import take
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.interchange import canvas, markdown, xlsx
from kerneopgave_desktop.interchange import csv as csv_format
from kerneopgave_desktop.interchange import json as json_format
from kerneopgave_desktop.printing.report import write_report
from kerneopgave_desktop.storage import Store, schema
from kerneopgave_desktop.storage.store import APPLICATION_ID, inspect

MEETING = date(2026, 3, 3)


def agreement_board() -> Board:
    board = Board(id="b", title="Opfølgning")
    board.cards["a1"] = Agreement(id="a1", text="Vi ringer til forældrene inden første møde",
                                  responsible="Mette", due=date(2026, 3, 20),
                                  follow_up=date(2026, 4, 1), x=0, y=0)
    board.cards["a2"] = Agreement(id="a2", text="Ny plan for frikvartererne",
                                  responsible="Ali og Birgit", follow_up=date(2026, 4, 15),
                                  status="in_progress", x=260, y=0)
    board.cards["a3"] = Agreement(id="a3", text="Legepatrulje", status="done",
                                  follow_up=date(2026, 3, 10), x=520, y=0)
    board.cards["n"] = Note(id="n", text="Ikke en aftale", x=780, y=0)
    return board


def agreement_workshop() -> Workshop:
    return Workshop(info=WorkshopInfo(title="Personalemøde", date=MEETING),
                    boards=[agreement_board()])


# -- the kind -------------------------------------------------------------------------------

def test_an_agreement_keeps_what_who_by_when_follow_up_and_status():
    card = agreement_board().cards["a1"]
    assert (card.text, card.responsible, card.due, card.follow_up, card.status) == (
        "Vi ringer til forældrene inden første møde", "Mette", date(2026, 3, 20),
        date(2026, 4, 1), "agreed")


@pytest.mark.parametrize("fields", [{"status": None}, {"status": "maybe"},
                                    {"due": "2026-03-20"}, {"follow_up": datetime(2026, 4, 1)},
                                    {"responsible": 7}])
def test_the_model_refuses_what_an_agreement_cannot_hold(fields):
    with pytest.raises(ModelError):
        Agreement(id="a", **fields)


def test_the_card_shows_its_status_by_its_kind_and_who_and_by_when_in_its_band():
    board = agreement_board()
    assert kind_label(board.cards["a2"]) == "Aftale · I gang"
    assert look.band_text(board.cards["a1"]) == "Mette · 20. marts 2026"
    assert look.band_text(board.cards["a2"]) == "Ansvarlig: Ali og Birgit"
    assert look.band_text(board.cards["a3"]) == ""
    i18n.set_language("en")
    assert kind_label(board.cards["a3"]) == "Agreement · Done"
    assert look.band_text(board.cards["a1"]) == "Mette · 20 March 2026"


# -- the file -------------------------------------------------------------------------------

def test_the_file_keeps_agreements_with_their_days(tmp_path):
    path = tmp_path / "w.kerneopgave"
    document = create_document(path, agreement_workshop())
    document.apply(EditCard("b", "a2", due=date(2026, 5, 1), status="done"))
    assert document.undo_label == "Rediger kort"  # two fields: no one name fits
    document.close()
    again = open_document(path, read_only=True)
    again.close()
    card = again.workshop.board("b").cards["a2"]
    assert (card.due, card.status, card.follow_up) == (date(2026, 5, 1), "done",
                                                       date(2026, 4, 15))
    with sqlite3.connect(path) as conn:
        stored = conn.execute("SELECT due, follow_up FROM cards WHERE id = 'a2'").fetchone()
    conn.close()
    assert stored == ("2026-05-01", "2026-04-15")


def test_an_edit_of_one_field_is_named_in_the_undo_menu():
    assert EditCard("b", "a", due=date(2026, 1, 1)).label == "Rediger frist"
    assert EditCard("b", "a", responsible="Ali").label == "Rediger ansvarlig"
    assert EditCard("b", "a", follow_up=None).label == "Rediger opfølgning"


def test_a_version_4_file_gains_the_agreements_sector_and_group_columns(tmp_path,
                                                                         monkeypatch):
    path = tmp_path / "v4.kerneopgave"
    monkeypatch.setattr("kerneopgave_desktop.storage.store.MIGRATIONS", schema.MIGRATIONS[:4])
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    from kerneopgave_desktop.storage.store import _connect
    store = Store(_connect(path, False), path, False)
    store._migrate(0)
    store.db.execute("INSERT INTO boards (id, position, title) VALUES ('b', 0, 'Gammel')")
    store.db.execute("INSERT INTO cards (id, board_id, ord, kind, text, x, y, width, height, "
                     "status) VALUES ('d', 'b', 1, 'dilemma', 'Før', 0, 0, 240, 190, 'new')")
    store.db.conn.commit()
    store.close()
    monkeypatch.undo()
    assert inspect(path) == 4
    writer, workshop = Store.open(path)
    writer.close()
    assert inspect(path) == 5 == schema.schema_version()
    assert workshop.boards[0].cards["d"].text == "Før"
    assert workshop.info.sector is None and workshop.boards[0].group is None
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(cards)")}
        info = {row[1] for row in conn.execute("PRAGMA table_info(workshop)")}
        boards = {row[1] for row in conn.execute("PRAGMA table_info(boards)")}
    conn.close()
    assert {"responsible", "due", "follow_up"} <= columns
    assert "sector" in info and {"plenary", "perspective"} <= boards


def test_a_stored_day_that_is_no_day_is_damage(tmp_path):
    path = tmp_path / "w.kerneopgave"
    create_document(path, agreement_workshop()).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE cards SET due = '2026-02-30' WHERE id = 'a1'")
    conn.close()
    from kerneopgave_desktop.storage import FileProblem
    with pytest.raises(FileProblem):
        Store.open(path, read_only=True)


# -- the formats ----------------------------------------------------------------------------

def test_json_carries_agreements_exactly():
    text = json_format.dumps(agreement_workshop())
    assert '"due": "2026-03-20"' in text and '"status": "in_progress"' in text
    again = json_format.loads(text)
    assert again.boards[0] == agreement_board()
    assert json_format.dumps(again) == text


def test_json_refuses_a_day_in_another_form():
    text = json_format.dumps(agreement_workshop()).replace('"2026-03-20"', '"20.3.2026"')
    from kerneopgave_desktop.interchange import InterchangeError
    with pytest.raises(InterchangeError, match="due"):
        json_format.loads(text)


def test_csv_carries_agreements_and_reads_a_danish_spreadsheet_s_days():
    text = csv_format.dumps(agreement_workshop())
    header, first = text.lstrip("\ufeff").splitlines()[:2]
    assert "Ansvarlig;Frist;Opfølgning" in header
    assert first.startswith("Opfølgning;Aftale;Vi ringer") and ";Aftalt;" in first
    assert "2026-03-20;2026-04-01" in first
    cards = list(csv_format.loads(text).boards[0].cards.values())
    keep = ("kind", "text", "responsible", "due", "follow_up", "status")
    assert [tuple(getattr(c, name, None) for name in keep) for c in cards] == [
        tuple(getattr(c, name, None) for name in keep) for c in agreement_board().cards.values()]
    edited = text.replace("2026-03-20", "20.3.2026").replace("2026-04-01", "01-04-2026")
    again = next(iter(csv_format.loads(edited).boards[0].cards.values()))
    assert (again.due, again.follow_up) == (date(2026, 3, 20), date(2026, 4, 1))


def test_csv_says_which_line_has_a_day_that_is_no_day():
    from kerneopgave_desktop.interchange import InterchangeError
    with pytest.raises(InterchangeError, match="Linje 2"):
        csv_format.loads("Type;Tekst;Frist\nAftale;x;i morgen\n")


def test_json_canvas_carries_agreements_exactly_and_from_their_markdown():
    board = agreement_board()
    text = canvas.dumps(board)
    assert canvas.loads(text).boards[0] == board
    assert canvas.dumps(canvas.loads(text).boards[0]) == text
    node = next(n for n in canvas.to_dict(board)["nodes"] if n["id"] == "a2")
    assert node["text"].startswith("**Aftale** · Status: I gang\n\n")
    assert "- **Opfølgning:** 2026-04-15" in node["text"]
    import json
    data = json.loads(text)
    for node in data["nodes"]:  # edited in another tool: read from the Markdown
        node.pop("kerneopgave", None)
        node["text"] = node["text"].replace("Ny plan", "En ny plan")
    card = next(c for c in canvas.loads(json.dumps(data)).boards[0].cards.values()
                if c.text.startswith("En ny plan"))
    assert isinstance(card, Agreement)
    assert (card.responsible, card.follow_up, card.status) == ("Ali og Birgit",
                                                               date(2026, 4, 15), "in_progress")


@pytest.mark.slow
def test_excel_lists_the_agreements_on_a_sheet_of_their_own():
    from openpyxl import load_workbook
    workbook = load_workbook(io.BytesIO(xlsx.dumps(agreement_workshop())))
    rows = [[cell.value for cell in row] for row in workbook["Aftaler"].iter_rows()]
    assert rows[0] == ["Tavle", "Aftale", "Ansvarlig", "Frist", "Opfølgning", "Status"]
    assert rows[1] == ["Opfølgning", "Vi ringer til forældrene inden første møde", "Mette",
                       "20. marts 2026", "1. april 2026", "Aftalt"]
    assert len(rows) == 4
    again = xlsx.loads(xlsx.dumps(agreement_workshop()))
    assert [c.kind for c in again.boards[0].cards.values()].count("agreement") == 3


# -- the minutes ----------------------------------------------------------------------------

def test_the_minutes_end_with_a_table_of_the_agreements_after_what_changed():
    workshop = agreement_workshop()
    snapshot = take(workshop, "Før")
    blocks = minutes(workshop, since=snapshot)
    assert blocks[-2] == Heading(2, "Aftaler")
    table = blocks[-1]
    assert isinstance(table, Table)
    assert table.headers == ["Tavle", "Aftale", "Ansvarlig", "Frist", "Opfølgning", "Status"]
    assert table.rows[1] == ["Opfølgning", "Ny plan for frikvartererne", "Ali og Birgit", "",
                             "15. april 2026", "I gang"]
    assert any(isinstance(b, Heading) and b.text.startswith("Hvad har ændret sig siden")
               for b in blocks[:-2])


def test_no_agreements_no_table():
    board = Board(id="b", cards={"n": Note(id="n", text="x")})
    assert not any(isinstance(b, Table) for b in minutes(Workshop(boards=[board])))


def test_markdown_minutes_end_with_the_table_and_keep_its_cells_literal():
    board = agreement_board()
    board.cards["a1"] = dataclasses.replace(board.cards["a1"], responsible="Ali | *Birgit*")
    text = markdown.dumps(Workshop(boards=[board]))
    lines = text.rstrip().splitlines()
    assert lines[-7:-4] == ["## Aftaler", "",
                            "| Tavle | Aftale | Ansvarlig | Frist | Opfølgning | Status |"]
    assert lines[-4] == "| --- | --- | --- | --- | --- | --- |"
    assert lines[-3] == (r"| Opfølgning | Vi ringer til forældrene inden første møde | "
                         r"Ali \| \*Birgit\* | 20. marts 2026 | 1. april 2026 | Aftalt |")
    import cmarkgfm
    html = cmarkgfm.github_flavored_markdown_to_html(text)
    assert "<table>" in html and "<td>Ali | *Birgit*</td>" in html


def test_the_pdf_minutes_end_with_the_agreements_table():
    out = io.BytesIO()
    write_report(agreement_workshop(), out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    last = reader.pages[-1].extract_text()
    assert "Aftaler" in last and "Ansvarlig" in last and "Ali og Birgit" in last
    assert last.index("Aftaler") < last.index("Legepatrulje")
    assert "15. april" in last


# -- follow-up -------------------------------------------------------------------------------

def test_open_agreements_whose_follow_up_day_has_come_are_due():
    workshop = agreement_workshop()
    assert agreements.due_for_follow_up(workshop, date(2026, 3, 31)) == []  # a3 is done
    due = agreements.due_for_follow_up(workshop, date(2026, 4, 1))
    assert [card.id for card in due] == ["a1"]
    assert [c.id for c in agreements.due_for_follow_up(workshop, date(2026, 5, 1))] == [
        "a1", "a2"]


def test_the_notice_counts_them_and_names_the_meeting_s_day_in_danish():
    workshop = agreement_workshop()
    assert agreements.follow_up_notice(workshop, date(2026, 3, 31)) == ""
    assert agreements.follow_up_notice(workshop, date(2026, 4, 2)) == (
        "1 aftale fra 3. marts skal følges op")
    assert agreements.follow_up_notice(workshop, date(2026, 5, 1)) == (
        "2 aftaler fra 3. marts skal følges op")
    assert agreements.follow_up_notice(workshop, date(2027, 1, 5)) == (
        "2 aftaler fra 3. marts 2026 skal følges op")
    workshop.info = dataclasses.replace(workshop.info, date=None)
    assert agreements.follow_up_notice(workshop, date(2026, 5, 1)) == "2 aftaler skal følges op"
    i18n.set_language("en")
    workshop.info = dataclasses.replace(workshop.info, date=MEETING)
    assert agreements.follow_up_notice(workshop, date(2026, 5, 1)) == (
        "2 agreements from 3 March are due for follow-up")


# -- comparison -----------------------------------------------------------------------------

def test_a_comparison_says_what_happened_to_each_agreement():
    before = [agreement_board()]
    after = agreement_board()
    after.cards["a1"] = dataclasses.replace(after.cards["a1"], status="done")
    del after.cards["a3"]
    after.cards["a4"] = Agreement(id="a4", text="Nyt skema", x=0, y=400)
    diff = compare(before, [after])
    sections = dict(comparison.sections(diff))
    assert sections["Ændret"] == [
        "[Opfølgning] Aftale: »Vi ringer til forældrene inden første møde«: Status Aftalt → Gjort"]
    assert sections["Aftaler"] == [
        "[Opfølgning] Aftale: »Vi ringer til forældrene inden første møde«: aftalt → gjort",
        "[Opfølgning] Aftale: »Ny plan for frikvartererne«: i gang (uændret)",
        "[Opfølgning] Aftale: »Nyt skema«: ny (aftalt)",
        "[Opfølgning] Aftale: »Legepatrulje«: fjernet (var gjort)"]


def test_unchanged_agreements_are_no_change():
    diff = compare([agreement_board()], [agreement_board()])
    assert not diff and len(diff.agreements) == 3
    assert comparison.summary(diff) == "Ingen ændringer"


def test_the_minutes_say_what_happened_to_each_agreement_since_a_snapshot():
    workshop = agreement_workshop()
    snapshot = take(workshop, "Personalemødet")
    board = workshop.boards[0]
    board.cards["a2"] = dataclasses.replace(board.cards["a2"], status="dropped")
    texts = [getattr(block, "text", "") for block in changes_since(workshop, snapshot)]
    assert "Aftaler" in texts
    assert "[Opfølgning] Aftale: »Ny plan for frikvartererne«: i gang → droppet" in texts
    from kerneopgave_desktop.interchange import changes
    data = changes.to_json(compare(list(snapshot.content), workshop.boards))
    assert {"id": "a2", "board": "b", "status_before": "in_progress",
            "status_after": "dropped"} in data["agreements"]


def test_a_change_of_a_day_is_told_in_danish_and_is_json():
    before = [agreement_board()]
    after = agreement_board()
    after.cards["a1"] = dataclasses.replace(after.cards["a1"], due=date(2026, 3, 27))
    diff = compare(before, [after])
    assert dict(comparison.sections(diff))["Ændret"] == [
        "[Opfølgning] Aftale: »Vi ringer til forældrene inden første møde«: "
        "Frist 20. marts 2026 → 27. marts 2026"]
    import json

    from kerneopgave_desktop.interchange import changes
    assert json.loads(json.dumps(changes.to_json(diff)))["changed"][0]["fields_before"] == {
        "due": "2026-03-20"}


# -- templates ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(TEMPLATES))
def test_every_template_ends_in_an_agreements_zone_that_takes_agreements(name):
    board = TEMPLATES[name].board()
    zones = [zone for zone in board.zones.values() if zone.kind == "agreements"]
    assert len(zones) == 1
    zone = zones[0]
    assert zone.title == "Aftaler: hvem gør hvad, og hvornår?" and zone.stop and zone.locked
    others = [z for z in board.zones.values() if z is not zone]
    assert all(z.y + z.height < zone.y for z in others)  # below everything: the meeting's end
    for column in range(4):
        card = Agreement(id=f"new{column}", x=zone.x + 20 + column * 260, y=zone.y + 60)
        board.cards[card.id] = card
    assert layout_problems(board) == []


@pytest.mark.parametrize("name", ["skole", "hjemmepleje", "teknik"])
def test_each_example_ends_its_dilemmas_in_agreements_below_everything(name):
    from kerneopgave_desktop.domain.demo import demo_workshop
    workshop = demo_workshop(name)
    made = agreements.cards(workshop.boards)
    assert len(made) == 3 and {card.status for _, card in made} >= {"done", "in_progress"}
    assert all(card.responsible and card.follow_up for _, card in made)
    assert agreements.follow_up_notice(workshop, workshop.info.date) == ""
    for board in workshop.boards:
        zones = list(board.zones.values())
        assert not [(a.title, b.title) for i, a in enumerate(zones) for b in zones[i + 1:]
                    if a.x < b.x + b.width and b.x < a.x + a.width
                    and a.y < b.y + b.height and b.y < a.y + a.height], board.title
        zone = next(z for z in zones if z.kind == "agreements")
        assert all(z.y + z.height < zone.y for z in zones if z is not zone)
        assert all(zone.contains(card) for b, card in made if b is board)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.text(max_size=40), st.text(max_size=20)), min_size=1,
                max_size=4))
@pytest.mark.slow
def test_any_text_keeps_the_markdown_table_s_shape(texts):
    import cmarkgfm
    board = Board(id="b", title="T", cards={
        f"a{i}": Agreement(id=f"a{i}", text=what, responsible=who or None, x=i * 300)
        for i, (what, who) in enumerate(texts)})
    html = cmarkgfm.github_flavored_markdown_to_html(markdown.dumps(Workshop(boards=[board])))
    table = html[html.index("<table>"):html.index("</table>")]
    rows = table.split("<tr>")[1:]
    assert len(rows) == len(texts) + 1
    assert all(row.count("<td>") + row.count("<th>") == 6 for row in rows)
