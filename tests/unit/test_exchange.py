"""Markdown minutes, CSV for Danish Excel, JSON Canvas 1.0."""

import csv
import io
import json

import pytest

from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.domain.model import (
    Board,
    CoreTask,
    Dilemma,
    Link,
    Note,
    Workshop,
    Zone,
)
from kerneopgave_desktop.interchange import InterchangeError, canvas, markdown
from kerneopgave_desktop.interchange import csv as csv_format
from tests.factories import sample_workshop

SPEC_NODE_KEYS = {
    "text": {"id", "type", "x", "y", "width", "height", "color", "text"},
    "file": {"id", "type", "x", "y", "width", "height", "color", "file", "subpath"},
    "link": {"id", "type", "x", "y", "width", "height", "color", "url"},
    "group": {"id", "type", "x", "y", "width", "height", "color", "label", "background",
              "backgroundStyle"},
}
SPEC_EDGE_KEYS = {"id", "fromNode", "fromSide", "fromEnd", "toNode", "toSide", "toEnd", "color",
                  "label"}


def test_markdown_minutes_have_the_sections_and_keep_markup_literal():
    text = markdown.dumps(demo_workshop())
    for heading in ("# Referat: Personalemøde om kerneopgaven", "## Faggruppernes bidrag",
                    "### Dilemmaer", "### Stemmer", "### Værdi og effekt"):
        assert heading in text
    note = Note(id="n", text="<b>x</b> & *y*\n- punkt\n1. a")
    board = Board(id="b", title="T", cards={"n": note})
    text = markdown.dumps(Workshop(boards=[board]))
    assert r"\<b\>x\</b\> \& \*y\*" in text and r"\- punkt" in text and r"1\. a" in text


def test_csv_opens_in_danish_excel_and_reads_back():
    data = csv_format.dumps(demo_workshop())
    assert data.startswith("\ufeffTavle;Type;Tekst;Niveau")
    rows = list(csv.reader(io.StringIO(data.lstrip("\ufeff")), delimiter=";"))
    cards = sum(len(board.cards) for board in demo_workshop().boards)
    assert rows[0][:3] == ["Tavle", "Type", "Tekst"] and len(rows) == 1 + cards
    assert {"Kerneopgave", "Faggruppens bidrag", "Dilemma", "Værdi / effekt", "Note"} <= \
        {row[1] for row in rows[1:]}
    again = csv_format.loads(data)
    assert [b.title for b in again.boards] == [b.title for b in demo_workshop().boards]
    kinds = sorted(c.kind for b in again.boards for c in b.cards.values())
    assert kinds == sorted(c.kind for b in demo_workshop().boards for c in b.cards.values())
    card = next(c for b in again.boards for c in b.cards.values() if c.kind == "dilemma"
                and c.status == "settled")
    assert card.pole_a == "Forældrene med i læringen" and card.votes == 5


def test_csv_neutralises_formulas_and_restores_them_on_import():
    board = Board(id="b", title="T", cards={
        "a": Note(id="a", text="=HYPERLINK(\"http://x\")"), "b": Note(id="b", text="+45 1234"),
        "c": Note(id="c", text="-tekst"), "d": Note(id="d", text="@SUM(A1)")})
    data = csv_format.dumps(Workshop(boards=[board]))
    for line in data.splitlines()[1:]:
        assert line.split(";")[2].lstrip('"').startswith("'"), line
    texts = [c.text for c in csv_format.loads(data).boards[0].cards.values()]
    assert texts == ["=HYPERLINK(\"http://x\")", "+45 1234", "-tekst", "@SUM(A1)"]


@pytest.mark.parametrize("text", ["", "a;b\n1;2", "Tekst;Slags\nx;Rumskib"])
def test_bad_csv_is_refused_clearly(text):
    with pytest.raises(InterchangeError):
        csv_format.loads(text)


def test_canvas_uses_the_spec_s_fields_plus_ours_and_round_trips_exactly():
    for board in [*demo_workshop().boards, *sample_workshop().boards]:
        data = json.loads(canvas.dumps(board))
        assert set(data) == {"nodes", "edges", "kerneopgave"}
        for node in data["nodes"]:
            assert set(node) <= SPEC_NODE_KEYS[node["type"]] | {"kerneopgave"}, node
            assert all(isinstance(node[k], int) for k in ("x", "y", "width", "height"))
        for edge in data["edges"]:
            assert set(edge) <= SPEC_EDGE_KEYS | {"kerneopgave"}
        first = canvas.dumps(board)
        again, notes = canvas.read(first)
        assert again.boards[0] == board and notes == []
        assert canvas.dumps(again.boards[0]) == first


def test_canvas_keeps_kinds_and_coded_fields_through_its_header():
    board = Board(id="b", title="T")
    board.cards["k"] = CoreTask(id="k", text="Formål *vigtigt*", level="team",
                                perspective="experienced")
    board.cards["d"] = Dilemma(id="d", text="A eller B?", status="settled")
    again = canvas.loads(canvas.dumps(board)).boards[0]
    assert again.cards["k"] == board.cards["k"]
    assert (again.cards["d"].kind, again.cards["d"].status) == ("dilemma", "settled")


def test_any_valid_canvas_imports():
    data = {"nodes": [
        {"id": "g", "type": "group", "x": -50, "y": -50, "width": 900, "height": 500,
         "label": "Gruppe", "color": "4"},
        {"id": "t", "type": "text", "x": 0, "y": 0, "width": 250, "height": 60, "text": "# Hej"},
        {"id": "f", "type": "file", "x": 300, "y": 0, "width": 250, "height": 60,
         "file": "noter/møde.md"},
        {"id": "u", "type": "link", "x": 600, "y": 0, "width": 250, "height": 60,
         "url": "https://example.invalid"}],
        "edges": [{"id": "e1", "fromNode": "t", "toNode": "f", "label": "til"},
                  {"id": "e2", "fromNode": "g", "toNode": "t"}]}
    board = canvas.loads(json.dumps(data)).boards[0]
    assert [z.title for z in board.zones.values()] == ["Gruppe"]
    assert [c.text for c in board.cards.values()] == ["Hej", "noter/møde.md",
                                                     "https://example.invalid"]
    assert all(c.kind == "note" for c in board.cards.values())
    assert [(k.source, k.target, k.label) for k in board.links.values()] == [("t", "f", "til")]
    assert board.zones["g"].color == "#44cf6e"


@pytest.mark.parametrize("text", ["{", "[]", '{"nodes": 5}', '{"nodes": [], "edges": {}}'])
def test_bad_canvas_is_refused_clearly(text):
    with pytest.raises(InterchangeError):
        canvas.loads(text)


def test_links_zones_and_colours_survive_a_canvas_round_trip():
    board = Board(id="b", title="T")
    board.zones["z"] = Zone(id="z", title="Felt", x=-20, y=-80, width=900, height=400)
    board.cards["a"] = Note(id="a", text="a", color="#123456")
    board.cards["b"] = Note(id="b", text="b", x=400)
    board.links["l"] = Link(id="l", source="a", target="b", kind="tension", label="spænding")
    again = canvas.loads(canvas.dumps(board)).boards[0]
    assert again.zones == board.zones and again.links == board.links
    assert again.cards["a"].color == "#123456" and again.cards["b"].color is None


def test_csv_saved_by_excel_in_windows_1252_with_commas_is_read_and_said_so():
    data = "Tavle,Type,Tekst,Stemmer\r\nMøde,Note,\"Æbler, øl og Åen\",2\r\n".encode("cp1252")
    workshop, note = csv_format.read(data)
    [card] = workshop.boards[0].cards.values()
    assert (workshop.boards[0].title, card.text, card.votes) == ("Møde", "Æbler, øl og Åen", 2)
    assert note == "Læste CSV-filen som Windows-1252 med komma mellem felterne."
    workshop, note = csv_format.read(csv_format.dumps(demo_workshop()).encode("utf-8"))
    assert note == "Læste CSV-filen som UTF-8 med semikolon mellem felterne."
    tabs = "Tekst\tSlags\r\nHej\tKerneopgave\r\n".encode("cp1252")
    workshop, note = csv_format.read(tabs)
    assert [c.kind for c in workshop.boards[0].cards.values()] == ["core_task"]
    assert "tabulator" in note


def test_the_old_kind_header_slags_is_still_read():
    workshop = csv_format.loads("Slags;Tekst\r\nDilemma;A eller B?\r\n")
    assert [c.kind for c in workshop.boards[0].cards.values()] == ["dilemma"]


@pytest.mark.parametrize("data", [b"Navn,Alder\r\nAli,40\r\n", b"a;b\n1;2",
                                  b"bare tekst", b"{\"nodes\": []}"])
def test_a_file_that_is_not_our_csv_is_told_so_plainly(data):
    with pytest.raises(InterchangeError) as caught:
        csv_format.read(data)
    message = str(caught.value)
    assert message.startswith("Filen er ikke en CSV-fil med kort") and "»Tekst«" in message
    assert "mangler kolonnen" not in message


def test_bytes_that_are_no_known_text_are_refused_clearly():
    with pytest.raises(InterchangeError, match="Windows-1252"):
        csv_format.read(b"Tekst\r\n\x81\x8d\x8f\r\n")


def test_a_canvas_node_s_markdown_carries_every_field():
    board = sample_workshop().boards[0]
    data = json.loads(canvas.dumps(board))
    texts = {node["id"]: node["text"] for node in data["nodes"] if node["type"] == "text"}
    dilemma = texts["b1c2"]
    for words in ("**Dilemma** · Status: Drøftet", "- **Pol A:** Tryghed",
                  "- **Pol B:** Mangfoldighed", "- **Beslutning:** Vi prøver",
                  "- **Hvad står på spil for borgeren og for fællesskabet?** Trygheden i parken",
                  "- **Hvad gør vi?** Vi prøver"):
        assert words in dilemma, words
    assert "- **Ydelse i dag:** Antal samtaler" in texts["b1c3"]
    assert "- **Stemmer:** 3" in texts["b1c4"]
    assert data["kerneopgave"]["title"] == board.title
    kinds = {edge["kerneopgave"]["kind"] for edge in data["edges"]}
    assert kinds == {"contributes_to"}
    [zone] = [node for node in data["nodes"] if node["type"] == "group"]
    assert zone["kerneopgave"]["kind"] == "parking" and zone["kerneopgave"]["locked"] is True


def test_a_card_edited_in_another_tool_is_read_from_its_markdown():
    board = sample_workshop().boards[0]
    data = json.loads(canvas.dumps(board))
    node = next(n for n in data["nodes"] if n["id"] == "b1c2")
    node["text"] = node["text"].replace("Vi prøver", "Vi venter").replace("Dilemma\n", "Nyt\n")
    node["text"] = node["text"].replace("Dilemma\n\n", "Nyt dilemma\n\n")
    card = canvas.loads(json.dumps(data)).boards[0].cards["b1c2"]
    assert card.kind == "dilemma" and card.decision == "Vi venter"
    assert card.answer("action") == "Vi venter" and card.pole_a == "Tryghed"
    assert card.status == "discussed"


def test_import_says_what_it_dropped_or_changed_and_tolerates_plugins():
    data = {"nodes": [
        {"id": "g", "type": "group", "x": 0, "y": 0, "width": 900, "height": 500,
         "label": "Gruppe", "background": "billede.png", "plugin-x": {"a": 1}},
        {"id": "a", "type": "text", "x": 10, "y": 10, "width": 250, "height": 60,
         "text": "**fed** og [et link](https://example.invalid)", "myPlugin": True},
        {"id": "b", "type": "text", "x": 400, "y": 300, "width": 250, "height": 60,
         "text": "b", "color": "lilla"},
        {"id": "c", "type": "sticker", "x": 0, "y": 0, "width": 1, "height": 1},
        {"id": "f", "type": "file", "x": 0, "y": 600, "width": 250, "height": 60,
         "file": "noter/møde.md", "subpath": "#Beslutninger"},
        {"id": "u", "type": "link", "x": 300, "y": 600, "width": 250, "height": 60,
         "url": "https://example.invalid"}],
        "edges": [{"id": "e1", "fromNode": "a", "toNode": "b", "color": "2"},
                  {"id": "e2", "fromNode": "g", "toNode": "a"},
                  {"id": "e3", "fromNode": "a", "toNode": "a"},
                  {"id": "e4", "fromNode": "a", "toNode": "ingen"}]}
    workshop, notes = canvas.read(json.dumps(data), title="lærred")
    board = workshop.boards[0]
    assert set(board.cards) == {"a", "b", "f", "u"} and list(board.links) == ["e1"]
    assert board.cards["a"].text == "fed og et link (https://example.invalid)"
    assert board.cards["f"].text == "noter/møde.md#Beslutninger"
    assert board.cards["b"].color is None
    assert board.zones["g"].y == -60  # grown upwards: card a lay over its label
    said = "\n".join(notes)
    for words in ("»c«", "ukendt type »sticker«", "»lilla«", "baggrundsbillede",
                  "»e1« mistede sin farve", "»e2«", "gruppe", "»e3«", "sig selv", "»e4«",
                  "Markdown", "link-knude", "fil-knude", "Gruppen »Gruppe« blev gjort højere"):
        assert words in said, words
    assert all(word not in said for word in ("unknown", "node type", "Error"))
