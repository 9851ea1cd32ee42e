"""The presentation window: the board alone, in high contrast and large type, for the wall.

It shows the same scene as the editing window, so every edit on the laptop appears at
once. With two screens it fills the projector; with one it fills the screen and keeps a
small toolbar of its own. Escape leaves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QScreen
from PySide6.QtWidgets import QGraphicsView, QToolBar, QVBoxLayout, QWidget

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.theme import CONTRAST, Theme, scaled
from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.ui.round_timer import RoundTimer, TimerLabel

PRESENTER_TEXT = 1.25
"""Text on the projector, relative to the laptop's."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("Presenter", source)


class PresentationWindow(QWidget):
    closed = Signal()
    page_requested = Signal(int)

    def __init__(self, timer: RoundTimer, actions: list[QAction], single_screen: bool,
                 theme: Theme | None = None):
        super().__init__()
        self.setWindowTitle(_tr("Præsentation – Kerneopgave-tavlen"))
        self.setObjectName("presentation")
        self.view = BoardView()
        self.view.set_theme(theme or scaled(CONTRAST, PRESENTER_TEXT))
        self.view.setAccessibleName(_tr("Tavlen på projektoren"))
        # With a second screen the wall only shows; the laptop is where people work.
        self.view.setInteractive(single_screen)
        if not single_screen:
            self.view.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.view.page_requested.connect(self.page_requested)
        self.view.commands.cancel_action.setEnabled(False)  # Escape leaves (keyPressEvent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.timer_label = TimerLabel(timer, 64, self)
        self.timer_label.setMinimumSize(220, 100)
        self.timer_label.hide()
        timer.changed.connect(lambda _: self._place_timer())
        self.toolbar: QToolBar | None = None
        if single_screen:  # the screen is the wall and the laptop at once
            self.toolbar = QToolBar(self)
            self.toolbar.setObjectName("overlay")
            # Words only, white on the dark strip: the icons take the window's theme colour.
            self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            for action in actions:
                self.toolbar.addAction(action)
            self.toolbar.setStyleSheet("QToolBar { background: rgba(30, 30, 30, 200); "
                                       "border-radius: 8px; } QToolButton { color: white; "
                                       "font-size: 16px; padding: 6px 10px; }")
            self.toolbar.adjustSize()

    def set_scene(self, scene: BoardScene) -> None:
        self.view.set_board_scene(scene)

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.view.fit_all()

    def _place_timer(self) -> None:
        self.timer_label.show()
        self.timer_label.adjustSize()
        self.timer_label.move(self.width() - self.timer_label.width() - 24, 24)
        self.timer_label.raise_()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.timer_label.isVisible():
            self._place_timer()
        if self.toolbar is not None:
            self.toolbar.move((self.width() - self.toolbar.width()) // 2,
                              self.height() - self.toolbar.height() - 16)
            self.toolbar.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            scene = self.view.board_scene()
            if scene is None or not scene.cancel_gesture():  # a drag ends first, then the wall
                self.close()
            return
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Space):
            self.page_requested.emit(-1 if event.key() == Qt.Key.Key_PageUp else 1)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()
