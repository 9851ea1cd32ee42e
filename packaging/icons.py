"""Render the SVG icons in resources/icons/ into the PNG sizes and the Windows .ico.

    QT_QPA_PLATFORM=offscreen python packaging/icons.py

The outputs are committed, so a build needs no SVG renderer; run this after
changing an SVG. PNGs go to packaging/linux/icons/hicolor/<size>/…, the .ico
files (16–256 px) to resources/icons/ for PyInstaller and Inno Setup.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (svg, name in the hicolor theme, hicolor context)
ICON_SET = (("kerneopgave.svg", "dk.kerneopgave.Tavlen", "apps"),
            ("kerneopgave-document.svg", "application-x-kerneopgave", "mimetypes"))


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text/paint needs an app
    from PIL import Image  # reportlab's dependency; only this build-time script uses it

    for svg_name, name, context in ICON_SET:
        svg = ICONS / svg_name
        pngs = {}
        for size in SIZES:
            folder = HICOLOR / f"{size}x{size}" / context
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{name}.png"
            render(svg, size).save(str(path))
            pngs[size] = path
        scalable = HICOLOR / "scalable" / context
        scalable.mkdir(parents=True, exist_ok=True)
        (scalable / f"{name}.svg").write_bytes(svg.read_bytes())
        ico = ICONS / svg_name.replace(".svg", ".ico")
        Image.open(pngs[256]).save(ico, sizes=[(s, s) for s in ICO_SIZES])
        print(f"{svg_name}: {len(SIZES)} PNGs, {ico.name}")
    render(ICONS / "kerneopgave.svg", 256).save(str(ICONS / "kerneopgave-256.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
