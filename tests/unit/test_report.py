"""The PDF report: what it says, on what paper, with which fonts, and that text stays text."""

import io
import socket
import urllib.request

import pytest
from pypdf import PdfReader

from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.domain.model import Board, Note, Workshop, WorkshopInfo
from kerneopgave_desktop.printing.report import write_report
from tests.factories import HOSTILE_TEXTS


def report(workshop, **kwargs) -> PdfReader:
    out = io.BytesIO()
    write_report(workshop, out, **kwargs)
    return PdfReader(io.BytesIO(out.getvalue()))


def text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("paper, long_side", [("A4", 842), ("A3", 1191)])
def test_boards_are_landscape_pages_then_the_minutes(paper, long_side):
    reader = report(demo_workshop(), paper=paper)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in reader.pages]
    assert all(w == long_side and w > h for w, h in sizes[:4])  # one landscape page a board
    assert all(h == long_side and h > w for w, h in sizes[4:])  # the minutes, portrait
    assert f"Side 1 af {len(sizes)}" in reader.pages[0].extract_text()


def test_the_minutes_hold_every_section_with_danish_letters():
    content = text(report(demo_workshop()))
    for words in ("Referat: Personalemøde om kerneopgaven", "Deltagere:", "Mødeleder:",
                  "Kerneopgaver", "Faggruppernes bidrag", "Dilemmaer", "Værdi og effekt",
                  "Stemmer", "Beslutning:", "Hvad står på spil for borgeren og for fællesskabet?",
                  "Ydelse i dag:", "Skolen ved Åen", "Køkkenpersonale", "Værdi for:"):
        assert words in content, words


def test_every_font_is_embedded():
    reader = report(demo_workshop())
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            owner = descendants[0].get_object() if descendants else font
            described = owner.get("/FontDescriptor")
            assert described is not None, font.get("/BaseFont")
            descriptor = described.get_object()
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), \
                font.get("/BaseFont")


def test_hostile_text_prints_literally_and_fetches_nothing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the report tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    board = Board(id="b", title="<b>Tavle</b> & co")
    for i, value in enumerate(HOSTILE_TEXTS):
        board.cards[f"c{i}"] = Note(id=f"c{i}", text=value, x=i * 260.0, votes=1)
    workshop = Workshop(info=WorkshopInfo(title="S&P <i>møde</i>", facilitator="0.1 <A <0.9"),
                        boards=[board])
    content = text(report(workshop))
    for literal in ("S&P <i>møde</i>", "0.1 <A <0.9", "<b>fed</b> &amp; <img",
                    "'; DROP TABLE cards; --", "Æbler, øl og Åen"):
        assert literal in content, literal


def test_a_workshop_without_boards_still_has_its_minutes():
    reader = report(Workshop(info=WorkshopInfo(title="Tomt")))
    assert "Referat: Tomt" in text(reader)
