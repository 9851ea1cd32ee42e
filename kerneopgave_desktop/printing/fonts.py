"""The PDF's fonts: DejaVu Sans for text, and a fallback font for what DejaVu lacks.

DejaVu Sans has Danish letters and most symbols, but no emoji: drawn with it, an emoji
is an empty box and vanishes from the PDF's text. So text is split into runs, and
each character DejaVu lacks is drawn with the fallback font (Symbola's emoji and
symbols, see packaging/fallback_font.py). An emoji newer than Symbola is drawn as the
visible replacement mark "�"; the PDF's text still holds the real character, so
copying, searching and a screen reader get it.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kerneopgave_desktop.resources import resource_path

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FALLBACK = "KerneopgaveFallback"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with each character as UTF-16 (a surrogate pair beyond
    U+FFFF). reportlab 5.1 writes the bare code point, so "👍" (U+1F44D) came out of
    the PDF's text as U+1F44 and a stray byte; the mapping is what copy and search read."""
    lines = ttfonts._original_to_unicode_cmap(fontname, subset).split("\n")
    first = lines.index(f"{len(subset)} beginbfchar") + 1
    lines[first:first + len(subset)] = [
        f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
        for index, code in enumerate(subset)]
    return "\n".join(lines)


@cache
def register_fonts() -> None:
    if not hasattr(ttfonts, "_original_to_unicode_cmap"):
        ttfonts._original_to_unicode_cmap = ttfonts.makeToUnicodeCMap
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(FALLBACK, str(resource_path("fonts",
                                                               "KerneopgaveFallback.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK, italic=FALLBACK,
                                  boldItalic=FALLBACK)  # inside <b>, it stays itself


@cache
def _covered(font: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def covered(text: str, font: str) -> bool:
    """Whether `font` has every character of `text` (no fallback font needed)."""
    return _covered(font).issuperset(map(ord, text))


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` as (segment, font) runs: `font` where it has the character, else the fallback."""
    own = _covered(font)
    if own.issuperset(map(ord, text)):  # nearly all text: one run, found without a loop
        return [(text, font)]
    fallback = _covered(FALLBACK)
    out: list[tuple[str, str]] = []
    for char in text:
        chosen = font if ord(char) in own or ord(char) not in fallback else FALLBACK
        if out and out[-1][1] == chosen:
            out[-1] = (out[-1][0] + char, chosen)
        else:
            out.append((char, chosen))
    return out


def text_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(part, name, size) for part, name in runs(text, font))


def draw_text(c: Canvas, x: float, y: float, text: str, font: str, size: float,
              anchor: str = "start") -> None:
    """Draw one line from x (anchor "start"), around x ("middle") or up to x ("end")."""
    parts = runs(text, font)
    if anchor != "start":
        x -= sum(pdfmetrics.stringWidth(part, name, size) for part, name in parts) \
            / (2 if anchor == "middle" else 1)
    c.setFont(font, size)
    if len(parts) == 1:  # nearly all text: in its own font
        c.drawString(x, y, text)
        return
    for part, name in parts:
        c.setFont(name, size)
        c.drawString(x, y, part)
        x += pdfmetrics.stringWidth(part, name, size)
    c.setFont(font, size)


def markup(text: str, font: str = FONT) -> str:
    """Plain text escaped for a Paragraph, the characters `font` lacks in the fallback font."""
    return "".join(escape(part) if name == font else f'<font name="{name}">{escape(part)}</font>'
                   for part, name in runs(text, font))
