"""Making the window's actions: one helper, so every module builds them the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def new_action(parent: QObject, text: str, slot: Callable[[], object],
               shortcut: Shortcut = None, *, checkable: bool = False,
               icon: str | None = None, short: str | None = None) -> QAction:
    """An action that calls `slot` (without the checked flag Qt passes).

    `icon` names a bundled icon (ui.icons) that follows the theme; `short` is the label a
    toolbar button shows under it, which never changes, whatever the menu's text says.
    """
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    if icon is not None:
        from kerneopgave_desktop.ui.icons import themed_icon

        action.setIcon(themed_icon(icon))
    if short is not None:
        action.setIconText(short)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def close_keys(window: QWidget, close: Callable[[], object] | None = None, *,
               escape: bool = True) -> QAction:
    """Escape (unless `escape` is False) and Ctrl+W close `window`, as on every desktop.

    `close` replaces the plain close, e.g. to end a gesture in progress first.
    """
    keys = [QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W")]
    if escape:
        keys.insert(0, QKeySequence(Qt.Key.Key_Escape))
    action = QAction(window)
    action.setShortcuts(list({key.toString(): key for key in keys if not key.isEmpty()}.values()))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: (close or window.close)())
    window.addAction(action)
    return action
