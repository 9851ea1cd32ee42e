"""Text fitted into a box (domain.fitting): line breaks kept, nothing lost without "…"."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kerneopgave_desktop.domain.fitting import ELLIPSIS, elide, fit, one_line, paragraphs, wrap


def mono(text: str) -> float:
    """A monospaced font: ten units a character."""
    return 10.0 * len(text)


def test_every_kind_of_line_break_is_a_line_break_and_blank_lines_stay():
    text = "a\nb\r\nc\rd\u2028e\u2029f\x0bg\x0ch\x85i\n\nj"
    assert paragraphs(text) == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "", "j"]
    assert wrap("Linje 1\n\nLinje 3", 500, mono).lines == ["Linje 1", "", "Linje 3"]
    assert one_line("to\nlinjer\u2028her") == "to linjer her"


def test_words_wrap_at_spaces_and_a_word_wider_than_the_box_is_broken():
    assert wrap("et to tre fire", 70, mono).lines == ["et to", "tre", "fire"]
    long = wrap("Hjælpemiddeldepot", 80, mono)
    assert long.lines == ["Hjælpemi", "ddeldepo", "t"] and long.broken


def test_text_that_does_not_fit_ends_with_an_ellipsis_on_its_last_line():
    fitted = fit("et to tre fire fem seks", 70, 2, mono)
    assert fitted.cut and fitted.lines == ["et to", "tre…"]
    assert fit("kort", 70, 2, mono).lines == ["kort"]
    assert fit("a\n\n\nb", 70, 2, mono).lines == ["a", ELLIPSIS]  # a blank line cut too
    assert fit("noget", 70, 0, mono).cut


def test_one_line_is_whole_or_ends_with_an_ellipsis():
    assert elide("Ydelse i dag: Antal samtaler", 280, mono) == "Ydelse i dag: Antal samtaler"
    assert elide("Ydelse i dag: Antal samtaler", 200, mono) == "Ydelse i dag: Antal…"


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(alphabet="ab cæø\n\u2028", max_size=200), st.integers(20, 300),
       st.integers(1, 8))
@pytest.mark.slow
def test_no_line_is_wider_than_the_box_and_what_is_shown_is_the_text_s_beginning(text, width,
                                                                                 rows):
    fitted = fit(text, width, rows, mono)
    assert len(fitted.lines) <= rows
    assert all(mono(line) <= width for line in fitted.lines)
    shown = "".join("".join(fitted.lines).split()).removesuffix(ELLIPSIS)
    assert "".join(text.split()).startswith(shown)
    if not fitted.cut:
        assert shown == "".join(text.split())  # all of it, when nothing is said to be cut
