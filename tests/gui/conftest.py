"""GUI tests: offscreen, real events on the view's viewport, no window left behind."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.ui.main_window import MainWindow
from tests.gui.helpers import board_with_cards


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp):
    """Fail a test that leaves a visible top-level window behind.

    Autouse fixtures are set up before `qtbot`, so this check runs after qtbot
    has closed the widgets a test registered with it.
    """
    before = {id(w) for w in qapp.topLevelWidgets() if w.isVisible()}
    yield
    qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for widget in leaked:
        widget.close()
    if leaked:
        pytest.fail(f"left {len(leaked)} window(s) open: {[type(w).__name__ for w in leaked]}")


@pytest.fixture
def window(qtbot, tmp_path):
    document = create_document(tmp_path / "møde.kerneopgave", board_with_cards())
    win = MainWindow(document)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.view.fit_all()
    QApplication.processEvents()
    return win
