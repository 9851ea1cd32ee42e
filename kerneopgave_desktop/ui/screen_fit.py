"""Windows kept within their screen: with a large display scaling on a small screen (200 %
on 1920×1080 leaves 960×540), a window sized for a full-size screen would run past its
edge, and what lies past the edge cannot be read or reached."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` (and its minimum) to the free area of its screen, if it is larger."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry().size()
    window.setMinimumSize(window.minimumSize().boundedTo(room))
    window.resize(window.size().boundedTo(room))
