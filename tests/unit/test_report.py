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


def test_language_title_subject_and_author_are_in_the_document():
    reader = report(demo_workshop())
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    info = reader.metadata
    assert info.title == "Personalemøde om kerneopgaven" and info.author == "Lene Holm"
    assert "referat" in info.subject


def outline_titles(entries, depth=0):
    out = []
    for entry in entries:
        if isinstance(entry, list):
            out += outline_titles(entry, depth + 1)
        else:
            out.append((depth, entry.title))
    return out


def test_bookmarks_for_each_board_the_minutes_and_each_section():
    workshop = demo_workshop()
    reader = report(workshop)
    titles = outline_titles(reader.outline)
    boards = [board.title for board in workshop.boards]
    assert titles[:len(boards)] == [(0, title) for title in boards]
    assert titles[len(boards)] == (0, "Referat: Personalemøde om kerneopgaven")
    assert [t for d, t in titles if d == 1] == [*boards, "Aftaler"]  # then the agreements
    assert (2, "Dilemmaer") in titles and (2, "Kerneopgaver") in titles
    pages = [reader.get_destination_page_number(entry) for entry in reader.outline
             if not isinstance(entry, list)]
    assert pages == [0, 1, 2, 3, 4]  # each board's bookmark on its own page
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_emoji_are_drawn_by_a_fallback_font_and_kept_in_the_text():
    emoji = "Tak 👍 🎉 ✅ 🇩🇰 🥲"
    board = Board(id="b", title="Tavle 🎉", cards={"n": Note(id="n", text=emoji, width=600)})
    reader = report(Workshop(info=WorkshopInfo(title="Møde 👍"), boards=[board]))
    fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1]
             for font in reader.pages[0]["/Resources"]["/Font"].values()}
    assert "KerneopgaveFallback" in fonts
    for page in reader.pages:
        words = page.extract_text().replace("\n", " ")
        for char in "👍🎉✅🥲":
            assert char in words, (char, words)


def test_an_emoji_newer_than_the_fallback_font_prints_as_a_visible_mark():
    from reportlab.pdfbase import pdfmetrics

    from kerneopgave_desktop.printing.fonts import FALLBACK, FONT, register_fonts, runs
    register_fonts()
    fallback = pdfmetrics.getFont(FALLBACK).face.charToGlyph
    for char in "🥲🫶":  # Unicode 13 and 14: drawn as the replacement mark, never notdef
        assert runs(char, FONT) == [(char, FALLBACK)]
        assert fallback[ord(char)] == fallback[0xFFFD] != 0
    assert runs("Åen 👍", FONT) == [("Åen ", FONT), ("👍", FALLBACK)]


@pytest.mark.parametrize("field, between", [("text", " "), ("responsible", " "),
                                            ("responsible", "\n\n\n")])
@pytest.mark.slow
def test_an_agreement_longer_than_a_page_is_printed_across_pages(field, between):
    """A row of the agreements table may not be taller than a page (reportlab cannot lay it
    out): a long text goes on in the rows below, every word of it printed up to where the
    minutes shorten a text, with the sign that they did; a text of many short lines too."""
    from kerneopgave_desktop.domain.minutes import MINUTES_CHARACTERS
    from kerneopgave_desktop.domain.model import Agreement

    words = [f"ord{index}" for index in range(12_000)]
    values = {"text": "Kort aftale", "responsible": "Lise", field: between.join(words)}
    board = Board(id="b", title="Tavle", cards={"a": Agreement(id="a", **values)})
    reader = report(Workshop(info=WorkshopInfo(title="Møde"), boards=[board]))
    minutes = "\n".join(page.extract_text() for page in reader.pages[1:])
    printed = [word for word in minutes.split() if word.startswith("ord")]
    shown = len(between.join(words)[:MINUTES_CHARACTERS].split())
    assert printed == words[:len(printed)]  # in order, none missing
    assert len(printed) >= shown - 1  # all but a word the shortening cut
    assert "forkortet" in minutes
    assert len(reader.pages) >= 3  # the narrow column went on over pages
