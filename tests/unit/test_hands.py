"""Four corners without phones: a dilemma's counted hands in the minutes of every format,
and the bar that shows them on the card."""

from __future__ import annotations

import io

import docx
from pypdf import PdfReader

from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Board, Dilemma, Workshop, WorkshopInfo
from kerneopgave_desktop.interchange import docx as word
from kerneopgave_desktop.interchange import markdown
from kerneopgave_desktop.printing.report import write_report

COUNTED = (("agree", 7), ("disagree", 3), ("depends", 5), ("unsure", 1))
SAID = "Enig 7 · Uenig 3 · Det kommer an på 5 · Ved ikke 1"


def workshop() -> Workshop:
    board = Board(id="b", title="Dilemmaer", cards={
        "d": Dilemma(id="d", text="Forældrene eller børnene?", stances=COUNTED)})
    return Workshop(info=WorkshopInfo(title="Møde"), boards=[board])


def test_the_markdown_minutes_say_the_hands():
    assert f"  - *Rummets holdning:* {SAID}" in markdown.dumps(workshop()).splitlines()


def test_the_word_minutes_say_the_hands():
    document = docx.Document(io.BytesIO(word.dumps(workshop())))
    assert f"Rummets holdning: {SAID}" in [p.text for p in document.paragraphs]


def test_the_pdf_says_the_hands_in_the_minutes_and_shows_them_on_the_card():
    out = io.BytesIO()
    write_report(workshop(), out)
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    assert "Rummets holdning: Enig 7" in " ".join(pages[-1].extract_text().split())
    assert "børnene? 7 3 5 1" in " ".join(pages[0].extract_text().split())  # the bar's counts


def test_the_bar_gives_each_corner_its_share_and_room_for_its_count():
    card = Dilemma(id="d", stances=(("agree", 30), ("unsure", 1)))
    bar = look.stance_bar(card)
    assert [code for code, _, _, _ in bar] == ["agree", "unsure"]
    widths = [width for _, _, _, width in bar]
    assert abs(sum(widths) - look.STANCE_BAR[0]) < 1e-9
    assert min(widths) >= look.STANCE_MIN_SEGMENT and widths[0] > widths[1]
    assert bar[1][2] == widths[0]  # side by side, from the left
    assert look.stance_bar(Dilemma(id="e")) == []
    assert look.stance_bar_place(card) == (240 - 12 - look.STANCE_BAR[0],
                                           190 - look.STANCE_BAR[1] / 2)
