"""Exports of a workshop at the limits: every text a million characters long, every number at
its bound. Found by the input fuzzer: one long workshop field made the PDF 65 pages of one
paragraph and took over a minute (reportlab breaks lines in quadratic time), because the
minutes cut cards' texts but not the workshop's facts, and the page header wrapped the
whole title on every page."""

import io

import pytest
from pypdf import PdfReader

from kerneopgave_desktop.domain.minutes import MINUTES_CHARACTERS, minutes
from kerneopgave_desktop.domain.model import (
    MAX_COORDINATE,
    MAX_SIZE,
    MAX_TEXT,
    MAX_VOTES,
    MIN_SIZE,
    Board,
    Dilemma,
    Effect,
    Link,
    Note,
    Workshop,
    WorkshopInfo,
    Zone,
)
from kerneopgave_desktop.interchange import markdown
from kerneopgave_desktop.printing.report import write_report

LONG = ("ord " * (MAX_TEXT // 4))[:MAX_TEXT]


def longest_workshop() -> Workshop:
    board = Board(id="b", title=LONG, template=LONG)
    board.zones["z"] = Zone(id="z", title=LONG, x=-MAX_COORDINATE, y=-MAX_COORDINATE,
                            width=MAX_SIZE, height=MIN_SIZE, kind="parking")
    board.cards["d"] = Dilemma(id="d", text=LONG, pole_a=LONG, pole_b=LONG, decision=LONG,
                               answers=(("at_stake", LONG), ("action", LONG)), votes=MAX_VOTES,
                               x=MAX_COORDINATE, y=MAX_COORDINATE, width=MIN_SIZE)
    board.cards["e"] = Effect(id="e", text=LONG, output=LONG, width=MAX_SIZE, height=MAX_SIZE)
    board.cards["n"] = Note(id="n", text=LONG, x=-MAX_COORDINATE, y=-MAX_COORDINATE,
                            votes=MAX_VOTES)
    board.links["l"] = Link(id="l", source="d", target="e", label=LONG)
    return Workshop(info=WorkshopInfo(title=LONG, workplace=LONG, facilitator=LONG,
                                      participants=(LONG, LONG)), boards=[board])


def test_every_block_of_the_minutes_is_cut_to_the_minutes_length():
    limit = MINUTES_CHARACTERS + 60  # the cut text and its note
    for block in minutes(longest_workshop()):
        for text in (getattr(block, "text", ""), getattr(block, "label", ""),
                     getattr(block, "value", "")):
            assert len(text) <= limit, type(block).__name__
        for line in getattr(block, "details", []):
            assert len(line.value) <= limit


@pytest.mark.slow
def test_the_pdf_of_the_longest_workshop_is_a_few_pages():
    out = io.BytesIO()
    write_report(longest_workshop(), out)
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    assert 2 <= len(pages) <= 30  # about 20 texts of 4,000 characters; uncut, hundreds


def test_the_markdown_of_the_longest_workshop_is_short():
    assert len(markdown.dumps(longest_workshop())) < 30 * MINUTES_CHARACTERS
