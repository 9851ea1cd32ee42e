"""The zoom level in the status bar: − and +, the level (a click goes back to 100 %), and
"Hele tavlen" (the whole board in view), as in every drawing program."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from kerneopgave_desktop import i18n
from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.ui.icons import themed_icon


def _tr(source: str) -> str:
    return QCoreApplication.translate("ZoomControl", source)


def _button(text: str, tip: str, icon: str | None = None) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    if icon is not None:
        button.setIcon(themed_icon(icon))
    return button


class ZoomControl(QWidget):
    """Shows and sets the zoom of one board view."""

    def __init__(self, view: BoardView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.zoom_out = _button("−", _tr("Zoom ud"), "zoom-out")
        self.level = _button("100 %", _tr("Tilbage til 100 %"))
        # As wide as the widest level, so that the status bar never jumps as it changes.
        self.level.setMinimumWidth(self.level.fontMetrics().horizontalAdvance("400 %") + 16)
        self.zoom_in = _button("+", _tr("Zoom ind"), "zoom-in")
        self.fit = _button(_tr("Hele tavlen"), _tr("Vis hele tavlen (Ctrl+0)"), "scan")
        self.fit.setToolButtonStyle(self.fit.toolButtonStyle().ToolButtonTextBesideIcon)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(2)
        for widget in (self.zoom_out, self.level, self.zoom_in, self.fit):
            layout.addWidget(widget)
        self.zoom_out.clicked.connect(lambda: view.zoom_by(0.8))
        self.zoom_in.clicked.connect(lambda: view.zoom_by(1.25))
        self.level.clicked.connect(self.actual_size)
        self.fit.clicked.connect(view.fit_all)
        view.zoom_changed.connect(self.show_zoom)
        self.show_zoom(view.zoom)

    def show_zoom(self, zoom: float) -> None:
        # A board of thousands of cards fits at a fraction of 1 %: it says so, not "0 %".
        percent = zoom * 100
        level = f"{round(percent)} %" if percent >= 1 else \
            f"{max(percent, 0.1):.1f} %".replace(".", "." if i18n.language() == "en" else ",")
        self.level.setText(level)
        # What it shows is in what it is called (WCAG 2.5.3), so "41 %" said to speech input
        # finds it.
        self.level.setAccessibleName(_tr("Zoom {level}").format(level=level))

    def actual_size(self) -> None:
        """The board at 100 %, the middle of the view staying where it is."""
        self.view.zoom_by(1.0 / self.view.zoom)
