"""Make resources/fonts/KerneopgaveFallback.ttf, the PDF's font for what DejaVu Sans lacks.

    python packaging/fallback_font.py /usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf

The source is Symbola 9 by George Douros (Debian's fonts-symbola; "free for any use; may
be opened, edited, modified, regenerated, packaged and redistributed"): outline glyphs
for the emoji and symbols of Unicode 9. The script keeps only the characters that
DejaVu Sans or DejaVu Sans Bold lack, and maps every later emoji (which Symbola does
not draw) to its replacement-character glyph, so that such an emoji prints as a
visible "�" rather than an empty box while the PDF's text keeps the real character.
Needs fontTools (`pip install fonttools`), only to run this script; the program reads
the result with reportlab alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
TARGET = FONTS / "KerneopgaveFallback.ttf"
EMOJI_RANGES = ((0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF))
"""Where emoji live; a code point here that Symbola lacks is drawn as the replacement mark."""
REPLACEMENT = 0xFFFD


def main(source: str) -> int:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    dejavu = set()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        with TTFont(FONTS / name) as font:
            covered = font.getBestCmap()
            dejavu = covered.keys() if not dejavu else dejavu & covered.keys()
    with TTFont(source) as font:
        symbola = font.getBestCmap()
    wanted = sorted(set(symbola) - set(dejavu) | {REPLACEMENT})
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.layout_features = []
    options.hinting = False
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    replacement = font.getBestCmap()[REPLACEMENT]
    later = [code for low, high in EMOJI_RANGES for code in range(low, high + 1)
             if code not in symbola and code not in dejavu]
    for table in font["cmap"].tables:
        if table.isUnicode() and table.format in (4, 12):
            for code in later:
                if table.format == 12 or code <= 0xFFFF:
                    table.cmap[code] = replacement
    font["name"].setName("Kerneopgave Fallback (Symbola 9 subset)", 1, 3, 1, 0x409)
    font["name"].setName("KerneopgaveFallback", 6, 3, 1, 0x409)
    font.save(TARGET)
    print(f"{TARGET}: {len(wanted)} characters from Symbola, {len(later)} later emoji as "
          f"U+FFFD, {TARGET.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
