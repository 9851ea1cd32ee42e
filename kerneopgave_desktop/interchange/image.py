"""What a board picture (PNG) may be: its resolution and its size in pixels. Qt-free, so
the command line can refuse a resolution before it starts Qt or writes anything."""

from __future__ import annotations

import math

from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.interchange import InterchangeError

MIN_DPI, MAX_DPI = 72, 600
"""The resolutions a PNG is made in: screen to a good printer (the GUI's dialog offers these)."""
SCREEN_DPI = 96.0
"""One scene unit is one pixel at this resolution."""
MAX_SIDE = 32_767
"""The widest or tallest picture, in pixels: what Qt's painter can draw into."""
MAX_PIXELS = 64_000_000
"""The most pixels in one picture (256 MB in memory): an A0 poster at 250 DPI."""


def _tr(source: str) -> str:
    return translate("Image", source)


def check_dpi(dpi: float) -> None:
    """Refuse a resolution outside MIN_DPI to MAX_DPI."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise InterchangeError(_tr("Opløsningen skal være mellem {low} og {high} DPI.").format(
            low=MIN_DPI, high=MAX_DPI))


def png_size(width: float, height: float, dpi: float) -> tuple[int, int]:
    """The picture's size in pixels for an area of `width` x `height` scene units, or an
    InterchangeError that says which resolution would fit."""
    check_dpi(dpi)
    scale = dpi / SCREEN_DPI
    size = max(1, round(width * scale)), max(1, round(height * scale))
    if max(size) > MAX_SIDE or size[0] * size[1] > MAX_PIXELS:
        fits = min(MAX_SIDE / max(width, height),
                   math.sqrt(MAX_PIXELS / (width * height))) * SCREEN_DPI
        if fits >= MIN_DPI:
            raise InterchangeError(_tr("Tavlen er for stor til et billede i {dpi} DPI. Vælg "
                                       "højst {fits} DPI, eller eksportér som SVG eller PDF.")
                                   .format(dpi=round(dpi), fits=math.floor(fits)))
        raise InterchangeError(_tr("Tavlen er for stor til et billede. Eksportér den som SVG "
                                   "eller PDF."))
    return size


def out_of_memory() -> str:
    return _tr("Der var ikke hukommelse nok til billedet. Vælg en lavere opløsning.")
