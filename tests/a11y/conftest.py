"""Accessibility tests: offscreen unless a test starts its own display (the AT-SPI test)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain.demo import DEFAULT_DEMO, demo_workshop
from tests.gui.helpers import shown_window


@pytest.fixture
def demo(qtbot, tmp_path, settings):
    """The demo workshop in its window, shown and active."""
    document = create_document(tmp_path / "eksempel.kerneopgave", demo_workshop(DEFAULT_DEMO))
    return shown_window(qtbot, document, settings, (1600, 1000), active=True)
