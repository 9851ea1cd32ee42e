"""Board pictures stay valid whatever the board holds: the SVG is XML 1.0 by a real parser
(and xmllint where installed), the PNG refuses what it cannot make instead of writing
nothing."""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from kerneopgave_desktop.canvas import export
from kerneopgave_desktop.document import Document
from kerneopgave_desktop.domain.model import MAX_COORDINATE, MAX_SIZE, Board, Note, Workshop, Zone
from kerneopgave_desktop.interchange import InterchangeError
from kerneopgave_desktop.interchange.image import MAX_DPI, MIN_DPI

FORBIDDEN = "".join(map(chr, [*range(9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF]))
"""Every character XML 1.0 forbids that the model can hold (lone surrogates it refuses)."""


def _document(*texts: str, title: str = "Tavle") -> Document:
    board = Board(id="b", title=title)
    board.zones["z"] = Zone(id="z", title=texts[0], x=-50, y=-50)
    for i, text in enumerate(texts):
        board.cards[f"n{i}"] = Note(id=f"n{i}", text=text, x=i * 260.0)
    return Document(Workshop(boards=[board]))


def _well_formed(svg: bytes, tmp_path) -> ET.Element:
    root = ET.fromstring(svg)
    if shutil.which("xmllint"):
        path = tmp_path / "tavle.svg"
        path.write_bytes(svg)
        result = subprocess.run(["xmllint", "--noout", str(path)], capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0, result.stderr
    return root


def test_the_svg_is_xml_whatever_the_text_holds(qapp, tmp_path):
    text = f"før{FORBIDDEN}efter <&> ]]> \U0001F600"
    svg = export.svg_bytes(_document(text, "\x1b[31mrød", title=f"T{FORBIDDEN}"), "b",
                           title=f"T{FORBIDDEN}")
    root = _well_formed(svg, tmp_path)
    shown = "".join(root.itertext())
    assert "før" in shown and "efter" in shown and "\ufffd" in shown
    assert not any(char in shown for char in FORBIDDEN)


def test_xml_safe_replaces_forbidden_references_and_keeps_allowed_ones():
    assert (export.xml_safe("a&#1;b&#x1F600;c&#xFFFE;d&#65;\x01")
            == "a\ufffdb&#x1F600;c\ufffdd&#65;\ufffd")


@pytest.mark.parametrize("dpi", [0, -1, MIN_DPI - 1, MAX_DPI + 1, 10 ** 6])
def test_a_png_outside_the_resolutions_is_refused(qapp, dpi):
    with pytest.raises(InterchangeError):
        export.png_bytes(_document("x"), "b", dpi=dpi)


@pytest.mark.slow
def test_a_png_too_large_to_make_is_refused_with_a_resolution_that_fits(qapp):
    board = Board(id="b", cards={
        "a": Note(id="a", x=-MAX_COORDINATE, y=-MAX_COORDINATE, width=MAX_SIZE, height=MAX_SIZE),
        "b": Note(id="b", x=MAX_COORDINATE - MAX_SIZE, y=MAX_COORDINATE - MAX_SIZE)})
    with pytest.raises(InterchangeError, match="SVG eller PDF"):
        export.png_bytes(Document(Workshop(boards=[board])), "b", dpi=MIN_DPI)
    wide = Board(id="b", cards={"a": Note(id="a"), "b": Note(id="b", x=30_000)})
    with pytest.raises(InterchangeError, match=r"Vælg højst \d+ DPI") as caught:
        export.png_bytes(Document(Workshop(boards=[wide])), "b", dpi=MAX_DPI)
    fits = int(re.search(r"højst (\d+) DPI", str(caught.value)).group(1))
    assert export.png_bytes(Document(Workshop(boards=[wide])), "b", dpi=fits)[:4] == b"\x89PNG"


def test_an_svg_and_pdf_of_the_farthest_legal_board_are_made(qapp, tmp_path):
    import io

    from kerneopgave_desktop.printing.report import write_report

    board = Board(id="b", cards={
        "a": Note(id="a", text="a", x=-MAX_COORDINATE, y=-MAX_COORDINATE),
        "b": Note(id="b", text="b", x=MAX_COORDINATE, y=MAX_COORDINATE, width=MAX_SIZE)})
    workshop = Workshop(boards=[board])
    _well_formed(export.svg_bytes(Document(workshop), "b"), tmp_path)
    out = io.BytesIO()
    write_report(workshop, out)
    assert out.getvalue().startswith(b"%PDF-")
