"""The View menu: fit and zoom, the language, and the look of the board (light, dark or high
contrast, and the text size), which are settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from kerneopgave_desktop import i18n
from kerneopgave_desktop.canvas.theme import THEMES, Theme, scaled
from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.icons import themed_icon
from kerneopgave_desktop.ui.settings import TEXT_SIZES
from kerneopgave_desktop.ui.window_theme import apply_theme


def _tr(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


class ViewActions(QObject):
    """The View menu's actions: fit, zoom, language, theme and text size."""

    look_changed = Signal()
    """The theme or the text size changed (the view has it already)."""

    def __init__(self, context: WindowContext, view: BoardView,
                 request_language: Callable[[str], None], parent: QObject):
        super().__init__(parent)
        self.context = context
        self.view = view
        self.settings = context.settings
        self.fit_action = new_action(self, _tr("Vis hele tavlen"), view.fit_all, "Ctrl+0",
                                     icon="scan")
        self.zoom_in_action = new_action(self, _tr("Zoom ind"), lambda: view.zoom_by(1.25),
                                         QKeySequence.StandardKey.ZoomIn, icon="zoom-in")
        self.zoom_out_action = new_action(self, _tr("Zoom ud"), lambda: view.zoom_by(0.8),
                                          QKeySequence.StandardKey.ZoomOut, icon="zoom-out")
        parent_widget = context.dialog_parent
        self.languages = QMenu(_tr("Sprog"), parent_widget)
        group = QActionGroup(self.languages)
        for code, name in (("da", "Dansk"), ("en", "English")):  # each in its own language
            action = QAction(name, self.languages, checkable=True,
                             checked=i18n.language() == code)
            action.triggered.connect(lambda _=False, code=code: request_language(code))
            group.addAction(action)
            self.languages.addAction(action)
        self.languages.setIcon(themed_icon("languages"))
        self.themes = QMenu(_tr("Udseende"), parent_widget)
        self.themes.setIcon(themed_icon("sun-moon"))
        group = QActionGroup(self.themes)
        names = {"": _tr("Som systemet"), "light": _tr("Lys"), "dark": _tr("Mørk"),
                 "contrast": _tr("Høj kontrast")}
        for name, label in names.items():
            action = QAction(label, self.themes, checkable=True,
                             checked=name == (self.settings.theme_choice or ""))
            action.triggered.connect(lambda _=False, name=name: self.set_look(theme=name))
            group.addAction(action)
            self.themes.addAction(action)
            if not name:
                self.themes.addSeparator()
        self.sizes = QMenu(_tr("Tekststørrelse"), parent_widget)
        self.sizes.setIcon(themed_icon("type"))
        group = QActionGroup(self.sizes)
        for size in TEXT_SIZES:
            action = QAction(f"{round(size * 100)} %", self.sizes, checkable=True,
                             checked=size == self.settings.text_size)
            action.triggered.connect(lambda _=False, size=size: self.set_look(text_size=size))
            group.addAction(action)
            self.sizes.addAction(action)
        view.set_theme(self.theme())

    def theme(self) -> Theme:
        """The board's look on this screen, as the settings have it."""
        return scaled(THEMES[self.settings.theme], self.settings.text_size)

    def set_look(self, theme: str | None = None, text_size: float | None = None) -> None:
        """Remember the theme ("" to follow the system) or text size; show the window and
        the board in it."""
        if theme is not None:
            self.settings.theme_choice = theme or None
            apply_theme(self.settings.theme)
        if text_size is not None:
            self.settings.text_size = text_size
        self.view.set_theme(self.theme())
        self.look_changed.emit()
