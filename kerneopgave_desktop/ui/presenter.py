"""The presentation window: the board alone, in high contrast and large type, for the wall.

It shows the same scene as the editing window, so every edit on the laptop appears at
once, but none of the laptop's marks: no selection, focus, handle or rubber band. Nothing
lies over the board: the round timer (and, with one screen, the small toolbar) has a band
of its own below it, and the room's way in (the QR code) a column beside it. A slide fills
the wall but for a narrow margin, and is never shown smaller than is readable at 4 m
(domain.slides.wall_zoom); the meeting plans the slides for `room()`. Escape leaves, with
one screen or two.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QScreen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolBar, QVBoxLayout, QWidget

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.theme import CONTRAST, Theme, scaled
from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.domain.slides import wall_zoom
from kerneopgave_desktop.ui.round_timer import RoundTimer, TimerLabel

PRESENTER_TEXT = 1.25
"""Text on the projector, relative to the laptop's, where it fits the card."""
WALL_MARGIN = 12
"""Pixels between a slide and the edges of the board's part of the wall."""
BAND_HEIGHT = 76
"""The band below the board for the timer and the single-screen toolbar (pixels)."""
TIMER_PIXELS = 48
SLIDE_BLEED = 4.0
"""A part of a board is shown this far (board units) past its edges, for the outlines."""

TOOLBAR_STYLE = (
    "QToolBar { background: #1e1e1e; border-radius: 8px; padding: 2px; spacing: 4px; }"
    " QToolButton { color: #ffffff; background: #1e1e1e; font-size: 18px;"
    " padding: 8px 14px; border: 2px solid #1e1e1e; border-radius: 6px; }"
    " QToolButton:hover { background: #3d3d3d; border-color: #3d3d3d; }"
    " QToolButton:checked { color: #111111; background: #ffd54f; border-color: #ffd54f; }"
    " QToolButton:checked:hover { background: #ffe082; border-color: #ffe082; }"
    " QToolButton:pressed { color: #111111; background: #ffffff; }"
    " QToolButton:focus { border-color: #ffffff; }"
    " QToolButton:disabled { color: #a0a0a0; background: #1e1e1e; }")
"""The single-screen toolbar: every state passes WCAG AA (4.5:1) text contrast."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("Presenter", source)


class PresentationWindow(QWidget):
    closed = Signal()
    page_requested = Signal(int)
    room_changed = Signal()
    """The room for slides changed (a column beside the board came or went): plan again."""

    def __init__(self, timer: RoundTimer, actions: list[QAction], single_screen: bool,
                 theme: Theme | None = None):
        super().__init__()
        self.setWindowTitle(_tr("Præsentation – Kerneopgave-tavlen"))
        self.setObjectName("presentation")
        self.view = BoardView()
        self.view.shows_marks = False  # the board alone: the laptop keeps the marks
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.animation_ms = 250
        self.view.set_theme(theme or scaled(CONTRAST, PRESENTER_TEXT))
        self.view.setAccessibleName(_tr("Tavlen på projektoren"))
        # With a second screen the wall only shows; the laptop is where people work.
        self.view.setInteractive(single_screen)
        self.view.page_requested.connect(self.page_requested)
        self.view.escape_handler = self._leave
        self.view.viewport().installEventFilter(self)  # resized after the view lays it out
        self.area: QRectF | None = None
        """The part of the board shown (scene units)."""

        self.aside = QWidget(self)
        self.aside.setObjectName("aside")
        self.aside_layout = QVBoxLayout(self.aside)
        self.aside_layout.setContentsMargins(0, 24, 24, 24)
        self.aside.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.view, 1)
        row.addWidget(self.aside)

        self.band = QWidget(self)
        self.band.setObjectName("band")
        self.band.setFixedHeight(BAND_HEIGHT)
        band = QHBoxLayout(self.band)
        band.setContentsMargins(16, 8, 16, 8)
        self.toolbar: QToolBar | None = None
        if single_screen:  # the screen is the wall and the laptop at once
            self.toolbar = QToolBar(self.band)
            self.toolbar.setObjectName("overlay")
            self.toolbar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # Words only, white on the dark strip: the icons take the window's theme colour.
            self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            for action in actions:
                self.toolbar.addAction(action)
            self.toolbar.setStyleSheet(TOOLBAR_STYLE)
            band.addWidget(self.toolbar)
        band.addStretch(1)
        self.timer_label = TimerLabel(timer, TIMER_PIXELS, self.band)
        self.timer_label.setMinimumWidth(180)
        self.timer_label.hide()
        band.addWidget(self.timer_label)
        timer.changed.connect(lambda _: self._show_timer())
        self.band.setVisible(single_screen)
        self._set_band_colour()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(row, 1)
        outer.addWidget(self.band)

    # -- what is shown ------------------------------------------------------------------------

    def set_scene(self, scene: BoardScene) -> None:
        self.view.set_board_scene(scene)
        self.view.mark_fitted()  # the meeting shows the slide; no fitting on a resize

    def set_theme(self, theme: Theme) -> None:
        self.view.set_theme(theme)
        self._set_band_colour()

    def _set_band_colour(self) -> None:
        colour = self.view.theme.background.name()
        self.setStyleSheet(f"#presentation, #band, #aside {{ background: {colour}; }}")

    def room(self) -> tuple[float, float]:
        """How much of the board (board units) one slide may show and still be readable: the
        wall without the band, less the margins, at the least readable zoom. The band is
        counted even while it is hidden, so slides stay put when the timer starts."""
        zoom = wall_zoom(self.height())
        width = self.width() - (self.aside.width() if self.aside.isVisible() else 0)
        height = self.height() - BAND_HEIGHT
        return (max(1.0, (width - 2 * WALL_MARGIN) / zoom),
                max(1.0, (height - 2 * WALL_MARGIN) / zoom))

    def show_slide(self, area: QRectF, animate: bool = True, part: bool = False) -> None:
        """Fill the board's part of the wall with `area` (scene units); a `part` of a board
        is shown alone, what lies around it left out, as on a slide of its own."""
        self.area = QRectF(area)
        self.view.only = self.area.adjusted(-SLIDE_BLEED, -SLIDE_BLEED, SLIDE_BLEED,
                                            SLIDE_BLEED) if part else None
        if animate:
            self.view.show_area(self.area, WALL_MARGIN)
        else:
            self.view.fit_rect(self.area, WALL_MARGIN)

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def take_keys(self) -> None:
        """With one screen the wall is where the keys go: Escape, Page Down, Page Up."""
        self.activateWindow()
        self.raise_()
        self.view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _show_timer(self) -> None:
        if not self.timer_label.isVisible():
            self.timer_label.show()
            self.band.show()

    def show_aside(self, panel: QWidget | None, width: int = 0) -> None:
        """Put `panel` (the room's way in) in the column beside the board, `width` pixels
        wide, or empty the column (None)."""
        for index in reversed(range(self.aside_layout.count())):
            item = self.aside_layout.takeAt(index)
            if item.widget() is not None and item.widget() is not panel:
                item.widget().hide()
        before = (self.aside.isVisible(), self.aside.width())
        if panel is not None:
            panel.setParent(self.aside)
            self.aside_layout.addWidget(panel)
            self.aside.setFixedWidth(width)
            panel.show()
        self.aside.setVisible(panel is not None)
        if before != (self.aside.isVisible(), self.aside.width()) and \
                (before[0] or panel is not None):
            self.layout().activate()
            self.room_changed.emit()

    # -- events -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize \
                and self.area is not None:
            self.view.fit_rect(self.area, WALL_MARGIN)  # the same slide, in the new room
        return False

    def _leave(self) -> bool:
        self.close()
        return True

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
