"""A dock whose panel is built when it is first shown or asked for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QWidget


class PanelDock(QDockWidget):
    """A hidden guide or a snapshot list behind another tab costs nothing until it is wanted."""

    def __init__(self, title: str, parent: QWidget, build: Callable[[], QWidget]):
        super().__init__(title, parent)
        self._build = build
        self.visibilityChanged.connect(lambda visible: visible and self.panel())
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)

    def panel(self) -> QWidget:
        widget = self.widget()
        if widget is None:
            widget = self._build()
            self.setWidget(widget)
        return widget

    def built(self) -> QWidget | None:
        """The panel if it has been built, else None (nothing to keep up to date yet)."""
        return self.widget()
