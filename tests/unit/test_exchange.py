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
    assert data.startswith("\ufeffTavle;Slags;Tekst;Niveau")
    rows = list(csv.reader(io.StringIO(data.lstrip("\ufeff")), delimiter=";"))
    cards = sum(len(board.cards) for board in demo_workshop().boards)
    assert rows[0][:3] == ["Tavle", "Slags", "Tekst"] and len(rows) == 1 + cards
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


def test_canvas_uses_only_the_spec_s_fields_and_round_trips_exactly():
    for board in demo_workshop().boards:
        data = json.loads(canvas.dumps(board))
        assert set(data) == {"nodes", "edges"}
        for node in data["nodes"]:
            assert set(node) <= SPEC_NODE_KEYS[node["type"]], node
            assert all(isinstance(node[k], int) for k in ("x", "y", "width", "height"))
        for edge in data["edges"]:
            assert set(edge) <= SPEC_EDGE_KEYS
        first = canvas.dumps(board)
        assert canvas.dumps(canvas.loads(first).boards[0]) == first


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
    assert [c.text for c in board.cards.values()] == ["# Hej", "noter/møde.md",
                                                     "https://example.invalid"]
    assert all(c.kind == "note" for c in board.cards.values())
    assert [(k.source, k.target, k.label) for k in board.links.values()] == [("t", "f", "til")]
    assert board.zones["g"].color == "#44cf6e"


@pytest.mark.parametrize("text", ["{", "[]", '{"nodes": [{"id": "a", "type": "text"}]}',
                                  '{"nodes": [{"id": "a", "type": "blob", "x": 0, "y": 0, '
                                  '"width": 1, "height": 1}]}'])
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
