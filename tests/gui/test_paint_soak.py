"""100,000 card paints under changing scale: no crash, and None keeps its references.

PySide6 6.12.0 dropped a reference to None on every void call and aborted the interpreter
within frames of a custom paint(); this soak guards the pin with our own painting code.
"""

import sys

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import Document
from kerneopgave_desktop.domain.demo import demo_workshop


@pytest.mark.slow
def test_a_hundred_thousand_card_paints_under_scaling(qapp):
    document = Document(demo_workshop())
    scenes = [BoardScene(document, board.id) for board in document.workshop.boards]
    cards_per_pass = sum(len(scene.cards) for scene in scenes)
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    painted = 0
    scale = 0
    while painted < 100_000:
        for scene in scenes:
            image.fill(QColor("white"))
            painter = QPainter(image)
            area = scene.itemsBoundingRect()
            zoom = (0.3, 0.6, 1.0, 2.0)[scale % 4]  # below and above the readable scale
            scene.render(painter, QRectF(0, 0, 400 * zoom, 300 * zoom), area)
            painter.end()
        painted += cards_per_pass
        scale += 1
    assert sys.getrefcount(None) >= before - 100
    for scene in scenes:
        scene.detach()
