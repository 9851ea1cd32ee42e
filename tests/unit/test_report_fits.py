"""Nothing on paper is cut without a sign: every zone title whole, bands and labels whole or
ending in "…", a contribution named by its profession; titles drawn above the links."""

import io
import subprocess
from pathlib import Path

import pypdfium2
import pytest

from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.demo import DEMOS, demo_workshop
from kerneopgave_desktop.domain.model import Board, Contribution, Effect, Link, Note, Workshop, Zone
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.printing.report import write_report


def pdf_text(workshop: Workshop, tmp_path: Path, layout: bool = False) -> str:
    path = tmp_path / "rapport.pdf"
    with path.open("wb") as file:
        write_report(workshop, file)
    options = ["-layout"] if layout else []
    return subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_every_template_s_pdf_holds_every_zone_title_whole(name, tmp_path):
    board = TEMPLATES[name].board()
    board_page = pdf_text(Workshop(boards=[board]), tmp_path).split("\f")[0]
    for zone in board.zones.values():
        assert words(zone.title) in words(board_page), zone.title


@pytest.mark.parametrize("name", list(DEMOS))
def test_every_example_s_pdf_holds_every_zone_title_whole(name, tmp_path):
    workshop = demo_workshop(name)
    pages = pdf_text(workshop, tmp_path).split("\f")
    for board, page in zip(workshop.boards, pages, strict=False):
        for zone in board.zones.values():
            assert words(zone.title) in words(page), (board.title, zone.title)


def test_a_band_is_whole_or_says_it_is_cut_and_a_contribution_shows_its_profession(tmp_path):
    board = Board(id="b", cards={
        "e": Effect(id="e", text="Flere i job", output="Antal samtaler"),
        "l": Effect(id="l", x=300, text="Flere i job", output="Antal samtaler med borgere, "
                                                               "der står langt fra arbejde"),
        "c": Contribution(id="c", x=600, text="Tydelige mål", profession="teacher", votes=5),
        "u": Contribution(id="u", x=900, text="Uden faggruppe", votes=2)})
    text = words(pdf_text(Workshop(boards=[board]), tmp_path).split("\f")[0])
    assert "Ydelse i dag: Antal samtaler" in text
    cut = next(word for word in text.split(" ") if word.endswith("…"))
    assert f"Ydelse i dag: Antal {cut}".removesuffix("…") in "Ydelse i dag: Antal samtaler med"
    assert "LÆRER" in text and "BIDRAG" in text and "BIDR…" not in text


def test_card_text_that_does_not_fit_ends_with_an_ellipsis_and_the_minutes_keep_it_all(tmp_path):
    long = " ".join(f"ord{number}" for number in range(80))
    text = pdf_text(Workshop(boards=[Board(id="b", cards={"n": Note(id="n", text=long)})]),
                    tmp_path)
    board_page, minutes = text.split("\f")[0], "".join(text.split("\f")[1:])
    assert "…" in board_page and "ord79" not in board_page
    assert long in words(minutes)


def _drawn(board: Board):
    """The board drawn at one point per board unit on a page of its own size, as pixels."""
    from reportlab.pdfgen.canvas import Canvas

    from kerneopgave_desktop.printing.board_page import draw_board
    from kerneopgave_desktop.printing.fonts import register_fonts

    register_fonts()
    _, _, width, height = look.board_bounds(board)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height))
    draw_board(canvas, board, 0, 0, width, height)
    canvas.showPage()
    canvas.save()
    document = pypdfium2.PdfDocument(out.getvalue())
    image = document[0].render(scale=1).to_pil().convert("RGB")
    document.close()
    return image


@pytest.mark.slow
def test_a_zone_title_is_drawn_above_a_link_that_meets_it_head_on():
    from kerneopgave_desktop.printing.board_page import measure
    from kerneopgave_desktop.printing.fonts import BOLD

    zone = Zone(id="z", title="Materielgården", x=0, y=260, width=280, height=230)
    cards = {"a": Note(id="a", x=20, y=0), "b": Note(id="b", x=20, y=320)}
    plain = _drawn(Board(id="u", zones={"z": zone}, cards=cards))
    crossed = _drawn(Board(id="l", zones={"z": zone}, cards=cards,
                           links={"k": Link(id="k", source="a", target="b")}))
    changed = {(x, y) for x in range(plain.size[0]) for y in range(plain.size[1])
               if plain.getpixel((x, y)) != crossed.getpixel((x, y))}
    assert any(y < 250 for _, y in changed) and any(y > 305 for _, y in changed)  # drawn
    pixels = look.title_pixels([zone], lambda size: measure(BOLD, size))
    lines = look.zone_title(zone, pixels, measure(BOLD, pixels)).lines
    x, y, width, height = look.title_rect(zone, lines, pixels, measure(BOLD, pixels))
    inside = [(px, py) for px, py in changed if x <= px <= x + width and y <= py <= y + height]
    assert not inside, f"the link shows through the title at {inside[:5]}"
