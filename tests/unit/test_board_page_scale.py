"""A board drawn too small to read (printing.board_page.ILLEGIBLE): its cards are boxes with
their vote badges, without text, its links without labels; just above, everything is drawn."""

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Board, Link, Note
from kerneopgave_desktop.printing import board_page
from kerneopgave_desktop.printing.fonts import register_fonts


class _Counting(Canvas):
    """A canvas that counts its rounded rectangles (card boxes and vote badges)."""

    rounded = 0

    def roundRect(self, *args, **kwargs) -> None:
        self.rounded += 1
        super().roundRect(*args, **kwargs)


def _board() -> Board:
    first = replace(Note(id="a", text="Blåbærgrød", x=0, y=0), votes=4)
    second = Note(id="b", text="Rødgrød med fløde", x=400, y=0)
    return Board(id="b", cards={"a": first, "b": second},
                 links={"k": Link(id="k", source="a", target="b", label="fører til")})


def _drawn(body_points: float) -> tuple[str, int]:
    """The board drawn so that a card's body text is `body_points` tall: its text, and how
    many rounded rectangles were drawn."""
    register_fonts()
    board = _board()
    _, _, width, height = look.board_bounds(board)
    scale = body_points / look.BODY_PIXELS
    out = io.BytesIO()
    canvas = _Counting(out, pagesize=(width * scale + 20, height * scale + 20))
    board_page.draw_board(canvas, board, 10, 10, width * scale, height * scale)
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text(), canvas.rounded


def test_a_board_just_legible_draws_its_text_labels_and_counts():
    text, rounded = _drawn(board_page.ILLEGIBLE * 1.01)
    for words in ("Blåbærgrød", "Rødgrød med fløde", "fører til", "4"):
        assert words in text, words
    assert rounded >= 4  # two cards, the badge, the link's label plate


@pytest.mark.parametrize("factor", [0.99, 0.2])
def test_a_board_too_small_to_read_draws_boxes_and_badges_without_text(factor):
    text, rounded = _drawn(board_page.ILLEGIBLE * factor)
    assert text.strip() == ""
    assert rounded == 3  # two cards and the vote badge, no label plate
