"""The SVG of a board: real font families, text kept inside its card, the PNG's labels."""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from kerneopgave_desktop.canvas import export
from kerneopgave_desktop.document import Document
from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.domain.model import Board, Note, Workshop

SVG = "{http://www.w3.org/2000/svg}"
LONG = " ".join(f"ord{i}" for i in range(400))


@pytest.fixture
def svg(qapp):
    workshop = demo_workshop()
    board = workshop.boards[0]
    board.cards["long"] = Note(id="long", text=LONG + " SLUTORD", x=900, y=400)
    return export.svg_bytes(Document(workshop), board.id, board.title)


def texts(svg: bytes) -> list[ET.Element]:
    return list(ET.fromstring(svg).iter(f"{SVG}text"))


def test_every_font_family_names_real_fonts_and_a_generic(svg):
    families = set(re.findall(rb'font-family="([^"]*)"', svg))
    assert families and all(family.endswith(b", sans-serif") for family in families)
    assert all(b"'DejaVu Sans'" in family for family in families)
    assert b'"Sans Serif"' not in svg


def test_kind_labels_are_in_capitals_as_in_the_png(svg):
    shown = {"".join(t.itertext()).strip() for t in texts(svg)}
    assert {"NOTE", "KERNEOPGAVE"} <= shown
    assert not {"Note", "Kerneopgave"} & shown


def test_long_text_stops_inside_its_card_and_says_so(svg):
    words = [("".join(t.itertext()), t) for t in texts(svg)]
    body = [text for text, _ in words if text.startswith("ord")]
    assert body, "the long card's first lines are there"
    assert "SLUTORD" not in svg.decode() and "ord399" not in svg.decode()
    ys = [float(t.get("y")) for text, t in words if text.startswith("ord")]
    assert max(ys) <= Note(id="x").height - 12  # its last baseline inside the card
    assert body[-1].endswith("…")  # the last line shown says there is more


def test_the_svg_is_well_formed_for_xmllint(svg, tmp_path):
    ET.fromstring(svg)
    if shutil.which("xmllint") is None:
        pytest.skip("xmllint is not installed (libxml2-utils)")
    path = tmp_path / "tavle.svg"
    path.write_bytes(svg)
    result = subprocess.run(["xmllint", "--noout", str(path)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_short_text_is_drawn_whole(qapp):
    board = Board(id="b", title="T", cards={"n": Note(id="n", text="kort tekst")})
    svg = export.svg_bytes(Document(Workshop(boards=[board])), "b")
    assert "kort tekst" in svg.decode() and "…" not in svg.decode()
