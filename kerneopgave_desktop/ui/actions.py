"""Making the window's actions: one helper, so every module builds them the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def new_action(parent: QObject, text: str, slot: Callable[[], object],
               shortcut: Shortcut = None, *, checkable: bool = False) -> QAction:
    """An action that calls `slot` (without the checked flag Qt passes)."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    action.triggered.connect(lambda _checked=False: slot())
    return action
