"""Driving the program with the keyboard alone, as a person without a mouse does: every key
goes to whatever has the keyboard now (a menu that is open, the focused field, the active
window). A dialog opened by a key runs its own event loop, so its keys are written down
before the key that opens it (`Keys.then`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

Mod = Qt.KeyboardModifier
TAB_LIMIT = 60
"""Tab presses at most before a field that should be reachable is deemed unreachable."""


@dataclass(frozen=True)
class TabTo:
    """Press Tab until the focused widget is the one wanted."""

    wanted: Callable[[QWidget], bool]
    what: str


_last: list[QWidget] = []
"""The widgets that had the keyboard at the last keys, the latest last."""


def target() -> QWidget:
    """Where a key goes now.

    The offscreen platform has no window manager: when a dialog or the wall closes, nobody
    gives the window beneath it the keyboard back, as every desktop does. Here that is done
    as a window manager would: the window of the last widget with the keyboard is
    activated again."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    if widget is None:
        earlier = next((w for w in reversed(_last) if shiboken6.isValid(w) and w.isVisible()),
                       None)
        if earlier is not None:
            earlier.window().activateWindow()
            QApplication.processEvents()
            widget = QApplication.focusWidget() or earlier
    widget = widget or QApplication.activeModalWidget() or QApplication.activeWindow()
    assert widget is not None, "nothing has the keyboard"
    _last[:] = [*_last[-20:], widget]
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(target(), key, modifiers)


def type_text(text: str) -> None:
    QTest.keyClicks(target(), text)


def tab_to(wanted: Callable[[QWidget], bool], what: str) -> QWidget:
    """Tab through the focus chain until `wanted(focused)`; the widget."""
    for _ in range(TAB_LIMIT):
        focused = QApplication.focusWidget()
        if focused is not None and wanted(focused):
            return focused
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {what} (stuck at {QApplication.focusWidget()})")


def run(steps: list) -> None:
    """Keys (a Qt.Key, (key, modifiers), text, TabTo) one after another."""
    for step in steps:
        if isinstance(step, TabTo):
            tab_to(step.wanted, step.what)
        elif isinstance(step, str):
            type_text(step)
        elif isinstance(step, tuple):
            press(*step)
        else:
            press(step)


def then(steps: list) -> None:
    """Run `steps` in the next dialog or menu to come up, once it has the keyboard."""
    def go() -> None:
        shown = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        ready = shown is not None and shown.isActiveWindow() and (
            not isinstance(shown, QDialog) or (focus is not None and shown.isAncestorOf(focus)))
        if not ready:
            QTimer.singleShot(20, go)
            return
        run(steps)
    QTimer.singleShot(0, go)
