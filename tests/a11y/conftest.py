"""Accessibility tests: offscreen unless a test starts its own display (the AT-SPI test)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain.demo import DEFAULT_DEMO, demo_workshop
from kerneopgave_desktop.ui.main_window import MainWindow


@pytest.fixture
def demo(qtbot, tmp_path, settings):
    """The demo workshop in its window, shown and active."""
    document = create_document(tmp_path / "eksempel.kerneopgave", demo_workshop(DEFAULT_DEMO))
    window = MainWindow(document, settings=settings)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
