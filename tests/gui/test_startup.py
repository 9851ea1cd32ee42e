"""Start-up does only what the first frame needs: the rest waits until it is wanted."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.document import TakeSnapshot, create_document
from kerneopgave_desktop.domain.model import Board, Note, Workshop
from kerneopgave_desktop.domain.snapshots import take
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.ui.main_window import MainWindow

DEFERRED = ("kerneopgave_desktop.ui.guide_panel", "kerneopgave_desktop.ui.snapshot_panel",
            "kerneopgave_desktop.ui.deck_dialog", "kerneopgave_desktop.ui.round_dialog",
            "kerneopgave_desktop.ui.workshop_dialog", "kerneopgave_desktop.ui.context_menu",
            "kerneopgave_desktop.ui.presenter", "kerneopgave_desktop.domain.diff",
            "kerneopgave_desktop.domain.demo", "xml.etree.ElementTree",
            "PySide6.QtSvg")  # the icons are drawn by Qt's SVG image plugin (ui.icons)


@pytest.mark.slow
def test_opening_a_file_leaves_dialogs_and_hidden_panels_unloaded(saved, tmp_path, child_env):
    # The same path as `kerneopgave FILE`, up to the window on screen, in a fresh process.
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from kerneopgave_desktop.ui.app import Application\n"
            "from kerneopgave_desktop.ui.settings import Settings\n"
            "qt = QApplication([])\n"
            "settings = Settings.in_file(sys.argv[2])\n"
            "window = Application(qt, settings).open_file(sys.argv[1])\n"
            "qt.processEvents()\n"
            "loaded = sorted(set(sys.argv[3:]) & set(sys.modules))\n"
            "print(len(window.current_scene().cards), *loaded)\n")
    result = subprocess.run([sys.executable, "-c", code, str(saved), str(tmp_path / "s.ini"),
                             *DEFERRED], capture_output=True, text=True, timeout=120, check=True,
                            env=child_env)
    cards, *loaded = result.stdout.split()
    assert int(cards) > 0 and loaded == []


def test_panels_and_inspector_pages_are_built_when_first_shown(qtbot, tmp_path):
    first = Board(id="b1", title="Tom", template="tom")
    second = TEMPLATES["dilemmaer"].board()
    workshop = Workshop(boards=[first, second])
    document = create_document(tmp_path / "w.kerneopgave", workshop)
    document.apply(TakeSnapshot(take(document.workshop, "Morgen")))
    window = MainWindow(document)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.guide_built()
    assert window.docks["snapshots"].built() is None
    assert window.inspector.count() == 1  # the hint only; a page comes with its first item
    window.tabs.setCurrentIndex(1)  # the guide, built later, follows the board shown now
    window.guide_action.trigger()
    assert window.guide_built() and window.guide_window().isVisible()
    assert TEMPLATES["dilemmaer"].questions()[0] in window.guide.questions.text()
    window.docks["snapshots"].raise_()  # its tab behind the inspector is chosen
    qtbot.waitUntil(lambda: window.docks["snapshots"].built() is not None)
    assert window.snapshots.list.count() == 1
    window.close()


def _paint(scene: QGraphicsScene, item: CardItem, scale: float) -> None:
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    rect = item.sceneBoundingRect()
    target = QRectF(0, 0, rect.width() * scale, rect.height() * scale)
    scene.render(painter, target, rect)
    painter.end()


def test_a_card_lays_out_its_text_only_when_painted_large_enough_to_read(qapp):
    item = CardItem(Note(id="n", text="Hvad skaber vi sammen for borgeren?"))
    assert item._layouts == {}  # building a board of many cards lays out no text
    scene = QGraphicsScene()
    scene.addItem(item)
    _paint(scene, item, 0.1)  # zoomed far out: a coloured box, still no text
    assert item._layouts == {}
    _paint(scene, item, 1.0)
    assert len(item._layouts) == 1
    assert " ".join(item.shown_lines()) == "Hvad skaber vi sammen for borgeren?"
