"""GUI tests: offscreen, real events on the view's viewport, settings of the test's own.

The check that no window is left behind is in tests/conftest.py, for every test using Qt.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.document import create_document
from tests.gui.helpers import board_with_cards, shown_window


@pytest.fixture
def window(qtbot, tmp_path, settings):
    document = create_document(tmp_path / "møde.kerneopgave", board_with_cards())
    win = shown_window(qtbot, document, settings)
    win.activateWindow()
    win.view.fit_all()
    QApplication.processEvents()
    return win
