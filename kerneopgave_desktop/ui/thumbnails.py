"""Small pictures of boards, drawn from the boards themselves: a template's, for the start
page's gallery (made once per language and kept), and a recent file's first board."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

from kerneopgave_desktop import i18n
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.theme import LIGHT
from kerneopgave_desktop.document import Document
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Board, Workshop

SIZE = QSize(480, 270)
"""Drawn at this size; the views scale it down smoothly to what they show."""


def board_picture(board: Board, size: QSize = SIZE) -> QPixmap:
    """`board` drawn to fit `size`, on the light board's background (as on paper)."""
    document = Document(Workshop(boards=[board]), read_only=True)
    scene = BoardScene(document, board.id)
    try:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(LIGHT.background)
        source = scene.itemsBoundingRect()
        if source.isEmpty():
            source = QRectF(*look.EMPTY_BOARD)
        source.adjust(-40, -40, 40, 40)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source,
                     Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
    finally:
        scene.detach()
    return QPixmap.fromImage(image)


@cache
def _template_picture(name: str, lang: str) -> QPixmap:
    from kerneopgave_desktop.domain.templates import TEMPLATES

    return board_picture(TEMPLATES[name].board())


def template_picture(name: str) -> QPixmap:
    """The template `name`'s ready board, small; made once per language."""
    return _template_picture(name, i18n.language())
