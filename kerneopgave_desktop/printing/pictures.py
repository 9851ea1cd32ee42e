"""Each board as a PNG picture, drawn Qt-free: the report's board drawing, rasterised.

The Word minutes place these pictures; because they come from the same drawing as the
PDF's board pages (`board_page.draw_board`), the pictures show exactly what the PDF shows.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Board
from kerneopgave_desktop.printing.board_page import draw_board
from kerneopgave_desktop.printing.fonts import register_fonts
from kerneopgave_desktop.printing.raster import pages

PRINT_DPI = 300
PAD = 2.0
"""Points of white around the drawing, so that the outer lines are not cut in half."""
"""Print resolution: the picture has this many pixels per inch at the size it is placed."""


@dataclass(frozen=True)
class BoardPicture:
    """A board as PNG bytes, with the size in points (1/72 inch) it is meant to be placed at."""

    png: bytes
    width: float
    height: float


def _size(board: Board, width: float, height: float) -> tuple[float, float]:
    """The largest box of the board's proportions that fits in width × height (points)."""
    _, _, board_width, board_height = look.board_bounds(board)
    scale = min(width / board_width, height / board_height)
    return board_width * scale, board_height * scale


def board_pictures(boards: list[Board], width: float = 160 * mm, height: float = 200 * mm,
                   dpi: float = PRINT_DPI) -> list[BoardPicture]:
    """One picture per board, as large as fits in width × height points, at `dpi`."""
    from PIL import Image  # Pillow comes with reportlab

    if not boards:
        return []
    register_fonts()
    sizes = [_size(board, width, height) for board in boards]
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=1)
    for board, (w, h) in zip(boards, sizes, strict=True):
        canvas.setPageSize((w, h))
        draw_board(canvas, board, PAD, PAD, w - 2 * PAD, h - 2 * PAD)
        canvas.showPage()
    canvas.save()
    pictures = []
    for page, (w, h) in zip(pages(out.getvalue(), dpi), sizes, strict=True):
        image = Image.frombuffer("RGB", (page.width, page.height), page.pixels, "raw", "BGRX",
                                 page.stride, 1)
        png = io.BytesIO()
        image.save(png, "PNG", dpi=(dpi, dpi), optimize=False)
        pictures.append(BoardPicture(png.getvalue(), w, h))
    return pictures
