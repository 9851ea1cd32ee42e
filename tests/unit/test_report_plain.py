"""The minutes' plain paragraphs (printing.report._Plain), made without reportlab's markup
parser: each is the very Paragraph the parser makes of the escaped text, for any text, and
ordinary text never reaches the parser."""

from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph
from reportlab.platypus.paraparser import ParaParser

from kerneopgave_desktop.printing.fonts import register_fonts
from kerneopgave_desktop.printing.report import _para, _Plain, _styles
from tests.factories import HOSTILE_TEXTS

TEXTS = st.lists(st.sampled_from(
    [*"aAz09 .,:;-–'\"\\/%{}æøåÆØÅé", "\t", "\n", "\r\n", "\u2028", "\xa0", "\u200b", "\x00",
     "\x1f", "&", "<", ">", "&amp;", "<b>", "</b>", "<br/>", "😀", "👍", "🇩🇰", "𝄞", "✓"]),
    max_size=40).map("".join)
"""Texts of letters, spaces and breaks of every kind, markup, control characters and
characters our font lacks."""


@pytest.fixture(scope="module")
def plain() -> _Plain:
    register_fonts()
    return _Plain(_styles())


def _same(made: Paragraph, parsed: Paragraph) -> None:
    """The two paragraphs hold the same text, style, bullet and fragments."""
    assert made.text == parsed.text
    assert made.style is parsed.style
    assert made.bulletText == parsed.bulletText
    assert [vars(fragment) for fragment in made.frags] == \
        [vars(fragment) for fragment in parsed.frags]


@pytest.mark.slow
@settings(max_examples=300, derandomize=True, deadline=None)
@given(text=TEXTS)
@example(text="Kort nummer 1: æøå  Kort   nummer 1 ")
@example(text=" ")
@example(text="x" * 300)
def test_an_item_is_the_paragraph_the_parser_makes(plain, text):
    styles = plain.styles
    _same(plain.paragraph(text, "item", bullet="•"),
          Paragraph(_para(text), styles["item"], bulletText="•"))


@pytest.mark.slow
@settings(max_examples=300, derandomize=True, deadline=None)
@given(name=TEXTS, value=TEXTS)
@example(name="Niveau:", value="Team/funktion")
@example(name="Niveau:", value=" ")
@example(name=" ", value="Team")
def test_a_labelled_line_is_the_paragraph_the_parser_makes(plain, name, value):
    for style in ("line", "detail"):
        _same(plain.labelled(name, value, style),
              Paragraph(f"<b>{_para(name)}</b> {_para(value)}", plain.styles[style]))


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_hostile_text_is_the_paragraph_the_parser_makes_of_it_escaped(plain, text):
    _same(plain.paragraph(text, "item", bullet="•"),
          Paragraph(_para(text), plain.styles["item"], bulletText="•"))
    _same(plain.labelled(text, text, "detail"),
          Paragraph(f"<b>{_para(text)}</b> {_para(text)}", plain.styles["detail"]))


def test_ordinary_text_never_reaches_the_parser(plain):
    plain.labelled("Niveau:", "Team", "detail")  # the parser's own fragments, made once
    plain.paragraph("Blåbærgrød", "item")
    with mock.patch.object(ParaParser, "parse", side_effect=AssertionError("parsed")):
        item = plain.paragraph("Kort nummer 7: {name} %n 'citat' \"anført\" æøå", "item",
                               bullet="•")
        line = plain.labelled("Niveau:", "Team/funktion", "detail")
    assert item.getPlainText() == "Kort nummer 7: {name} %n 'citat' \"anført\" æøå"
    assert line.getPlainText() == "Niveau: Team/funktion"


def test_a_long_plain_paragraph_splits_over_pages_as_the_parsed_one(plain):
    text = " ".join(f"ord{number}" for number in range(400)) + " " + "x" * 200
    made = plain.paragraph(text, "item", bullet="•")
    parsed = Paragraph(_para(text), plain.styles["item"], bulletText="•")
    assert made.wrap(300, 10_000) == parsed.wrap(300, 10_000)
    made_parts, parsed_parts = made.split(300, 200), parsed.split(300, 200)
    assert len(made_parts) == len(parsed_parts) == 2
    for mine, theirs in zip(made_parts, parsed_parts, strict=True):
        assert mine.wrap(300, 10_000) == theirs.wrap(300, 10_000)
        assert mine.getPlainText() == theirs.getPlainText()
