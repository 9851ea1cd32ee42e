"""A board as a PNG (at a chosen DPI) or an SVG, rendered by the same items the screen uses.

The SVG has no clip paths (Qt's SVG 1.1 clipping keeps an inner clip after
`QPainter.restore()` and hides what follows), so the cards draw only the lines of text
that fit, as on screen. Qt names its generic family ("Sans Serif"), which is no CSS
family, so a browser fell back to a serif font: the SVG names the font Qt drew with,
then DejaVu Sans, then the CSS generic sans-serif.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontInfo, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import Document
from kerneopgave_desktop.domain import look

MARGIN = 40.0
SCREEN_DPI = 96.0


def _area(scene: BoardScene) -> QRectF:
    rect = scene.itemsBoundingRect()
    if rect.isEmpty():
        rect = QRectF(*look.EMPTY_BOARD)
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _render(scene: BoardScene, painter: QPainter, target: QRectF, area: QRectF) -> None:
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, style.BACKGROUND)
    scene.clearSelection()
    scene.render(painter, target, area, Qt.AspectRatioMode.KeepAspectRatio)


def png_bytes(document: Document, board_id: str, dpi: float = 150.0) -> bytes:
    """The board at `dpi` (one scene unit is one pixel at 96 DPI)."""
    scene = BoardScene(document, board_id)
    try:
        area = _area(scene)
        scale = dpi / SCREEN_DPI
        image = QImage(QSize(round(area.width() * scale), round(area.height() * scale)),
                       QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        image.fill(QColor(style.BACKGROUND))
        painter = QPainter(image)
        _render(scene, painter, QRectF(image.rect()), area)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data)
    finally:
        scene.detach()


def svg_bytes(document: Document, board_id: str, title: str = "") -> bytes:
    scene = BoardScene(document, board_id)
    try:
        area = _area(scene)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(round(area.width()), round(area.height())))
        generator.setViewBox(QRectF(0, 0, area.width(), area.height()))
        generator.setTitle(title)
        generator.setDescription("Kerneopgave-tavlen")
        painter = QPainter(generator)
        _render(scene, painter, QRectF(0, 0, area.width(), area.height()), area)
        painter.end()
        return with_font_fallbacks(bytes(data))
    finally:
        scene.detach()


def font_families() -> str:
    """The SVG's font-family: the family Qt draws with, DejaVu Sans, and the CSS generic."""
    drawn = QFontInfo(style.BODY_FONT).family()
    families = dict.fromkeys((drawn, "DejaVu Sans"))
    return ", ".join(f"'{family}'" for family in families if "'" not in family) + ", sans-serif"


def with_font_fallbacks(svg: bytes) -> bytes:
    """Every font-family Qt wrote replaced by real families with a generic fallback."""
    return re.sub(rb'font-family="[^"]*"', f'font-family="{font_families()}"'.encode(), svg)
