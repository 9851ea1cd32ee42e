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
from kerneopgave_desktop.interchange import InterchangeError, image

MARGIN = 40.0


def area(scene: BoardScene) -> QRectF:
    """The part of the board a picture shows: all its items, with a margin (scene units)."""
    rect = scene.itemsBoundingRect()
    if rect.isEmpty():
        rect = QRectF(*look.EMPTY_BOARD)
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _render(scene: BoardScene, painter: QPainter, target: QRectF, shown: QRectF) -> None:
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, style.BACKGROUND)
    scene.clearSelection()
    scene.render(painter, target, shown, Qt.AspectRatioMode.KeepAspectRatio)


def png_bytes(document: Document, board_id: str, dpi: float = 150.0) -> bytes:
    """The board at `dpi` (one scene unit is one pixel at 96 DPI). Raises InterchangeError
    for a resolution out of range or a picture too large to make (see interchange.image)."""
    image.check_dpi(dpi)
    scene = BoardScene(document, board_id)
    try:
        shown = area(scene)
        width, height = image.png_size(shown.width(), shown.height(), dpi)
        picture = QImage(QSize(width, height), QImage.Format.Format_ARGB32)
        if picture.isNull():
            raise InterchangeError(image.out_of_memory())
        picture.setDotsPerMeterX(round(dpi / 0.0254))
        picture.setDotsPerMeterY(round(dpi / 0.0254))
        picture.fill(QColor(style.BACKGROUND))
        painter = QPainter(picture)
        _render(scene, painter, QRectF(picture.rect()), shown)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not picture.save(buffer, "PNG") or data.isEmpty():
            raise InterchangeError(image.out_of_memory())
        return bytes(data)
    finally:
        scene.detach()


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 forbids in a document, even as references: most C0 controls, lone
surrogates, U+FFFE and U+FFFF. Qt's SVG generator writes card text into <text> as it is."""
_REFERENCE = re.compile(r"&#(x[0-9a-fA-F]{1,8}|[0-9]{1,9});")


def xml_safe(svg: str) -> str:
    """`svg` with each character XML forbids, written or referenced, shown as U+FFFD."""
    def reference(match: re.Match[str]) -> str:
        code = match.group(1)
        value = int(code[1:], 16) if code[0] in "xX" else int(code)
        return match.group() if value <= 0x10FFFF and not _NOT_XML.match(chr(value)) \
            else "\ufffd"

    return _REFERENCE.sub(reference, _NOT_XML.sub("\ufffd", svg))


def svg_bytes(document: Document, board_id: str, title: str = "") -> bytes:
    """The board as SVG: well-formed XML 1.0 whatever its text holds (see xml_safe)."""
    scene = BoardScene(document, board_id)
    try:
        shown = area(scene)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(round(shown.width()), round(shown.height())))
        generator.setViewBox(QRectF(0, 0, shown.width(), shown.height()))
        generator.setTitle(title)
        generator.setDescription("Kerneopgave-tavlen")
        painter = QPainter(generator)
        _render(scene, painter, QRectF(0, 0, shown.width(), shown.height()), shown)
        painter.end()
        return xml_safe(with_font_fallbacks(bytes(data)).decode("utf-8", "replace")).encode("utf-8")
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
