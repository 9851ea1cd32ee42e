"""The main window's parts around its menus: the board area in the middle, the docks (the
card kinds, the inspector, the snapshots and the outline), and the guide in a window of its
own.

Each dock's panel is built when it is first shown (ui/panel_dock.py), the guide when it is
first asked for. This sees the window only as Qt's QMainWindow, which holds the docks; what
it shows comes from the window's narrow context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QToolButton, QVBoxLayout, QWidget

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.inspector import Inspector
from kerneopgave_desktop.ui.outline import OutlineActions, focus_first
from kerneopgave_desktop.ui.palette import Palette
from kerneopgave_desktop.ui.panel_dock import PanelDock

if TYPE_CHECKING:
    from kerneopgave_desktop.ui.guide_panel import GuideWindow
    from kerneopgave_desktop.ui.snapshot_panel import SnapshotPanel


def _tr(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


def board_area(follow_up: QWidget, tabs_bar: QWidget, add_board_button: QToolButton,
               view: QWidget) -> QWidget:
    """The window's middle: the follow-up bar over the board tabs (with the button for a new
    board at their end) over the board; the find bar goes in under the follow-up bar."""
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(follow_up)
    tabs = QHBoxLayout()
    tabs.setContentsMargins(0, 0, 0, 0)
    tabs.setSpacing(0)
    tabs.addWidget(tabs_bar)
    add_board_button.setAutoRaise(True)
    tabs.addWidget(add_board_button)
    tabs.addStretch(1)
    layout.addLayout(tabs)
    layout.addWidget(view)
    return central


class WindowDocks(QObject):
    """The docks of one window (`docks`, by name), the inspector following the selection, and
    the guide."""

    def __init__(self, context: WindowContext, window: QMainWindow, palette: Palette,
                 inspector: Inspector, show_board: Callable[[int], None]):
        """`window` holds the docks; `show_board` shows a board by its place in the tabs."""
        super().__init__(window)
        self.context = context
        self.window = window
        self.palette = palette
        self.inspector = inspector
        self.show_board = show_board
        self._guide: GuideWindow | None = None
        self._build_docks()

    # -- the guide -----------------------------------------------------------------------

    def guide_window(self) -> GuideWindow:
        """The guide's window of its own, made when first asked for."""
        if self._guide is None:
            from kerneopgave_desktop.ui.guide_panel import GuideWindow  # on first use

            self._guide = GuideWindow(self.context.settings.text_size, self.window)
            scene = self.context.current_scene()
            if scene is not None and scene.board is not None:
                self._guide.panel.show_template(scene.board.template)
        return self._guide

    def guide_built(self) -> bool:
        return self._guide is not None

    def show_guide(self) -> None:
        """Hjælp › Vejledning (F1): the guide in its window, in front."""
        window = self.guide_window()
        window.show()
        window.raise_()
        window.activateWindow()

    def board_shown(self, scene: BoardScene) -> None:
        """A board shown: the guide (if made) follows its template."""
        if self._guide is not None and scene.board is not None:
            self._guide.panel.show_template(scene.board.template)

    def close(self) -> None:
        """The window is closing: the guide's window with it."""
        if self._guide is not None:
            self._guide.close()

    # -- the docks -------------------------------------------------------------------------

    @property
    def snapshots(self) -> SnapshotPanel:
        return self.docks["snapshots"].panel()

    def _build_docks(self) -> None:
        self.docks: dict[str, PanelDock] = {}
        for name, title, build, area in (
                ("palette", _tr("Kort"), self._palette_panel,
                 Qt.DockWidgetArea.LeftDockWidgetArea),
                ("inspector", _tr("Egenskaber"), self._inspector_panel,
                 Qt.DockWidgetArea.RightDockWidgetArea),
                ("snapshots", _tr("Øjebliksbilleder"), self._new_snapshot_panel,
                 Qt.DockWidgetArea.RightDockWidgetArea)):
            dock = self.docks[name] = PanelDock(title, self.window, build)
            dock.setObjectName(name)
            self.window.addDockWidget(area, dock)
        self.docks["palette"].panel()  # these two are in view from the start
        self.docks["inspector"].panel()
        self.window.tabifyDockWidget(self.docks["inspector"], self.docks["snapshots"])
        self.docks["inspector"].raise_()

    def _palette_panel(self) -> QWidget:
        """The card kinds, and a word on how to use them (or, in a read-only window, on why
        they cannot be used)."""
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QLabel

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.palette)
        if self.context.document.read_only:  # nothing can be added here: say what can be done
            self.palette.setEnabled(False)
            hint = QLabel(_tr("Filen er skrivebeskyttet, så der kan ikke tilføjes kort. "
                              "Brug Gem som… for at arbejde videre i en kopi."))
        else:
            hint = QLabel(_tr("Vælg en type, og dobbeltklik på tavlen for et nyt kort af den. "
                              "Eller træk typen ind på tavlen."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        hint.setMargin(8)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(hint)
        layout.addStretch(1)
        return panel

    def _inspector_panel(self) -> QWidget:
        """The inspector, scrolled when the window is too low for all of a card's fields (a
        large display scaling or text size on a small screen)."""
        from PySide6.QtWidgets import QScrollArea

        scroll = QScrollArea()
        scroll.setWidget(self.inspector)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields themselves
        scroll.setAccessibleName(_tr("Egenskaber"))
        scroll.setMinimumWidth(self.inspector.width()
                               + scroll.verticalScrollBar().sizeHint().width())
        return scroll

    def _new_snapshot_panel(self) -> SnapshotPanel:
        from kerneopgave_desktop.ui.snapshot_panel import SnapshotPanel

        return SnapshotPanel(self.context, self.show_board)

    def add_outline(self, outline: OutlineActions) -> None:
        """The outline's dock (ui/outline.py), hidden until F6 shows it."""
        dock = self.docks["outline"] = PanelDock(_tr("Oversigt"), self.window, outline.panel)
        dock.setObjectName("outline")
        self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        dock.hide()  # F6 shows it, with the keyboard in it
        outline.attach(dock)

    def selection_changed(self, origin: object = None) -> None:
        """The inspector shows the one item selected on the board shown (`origin` made the
        change, if a change did)."""
        scene = self.context.current_scene()
        selected = scene.selectedItems() if scene is not None else []
        item = None
        if scene is not None and len(selected) == 1 and scene.board is not None:
            container = scene.board.container(getattr(selected[0], "id", ""))
            item = container.get(selected[0].id) if container is not None else None
        self.inspector.show_item(scene, item, origin)

    def focus_inspector(self) -> None:
        """The keyboard into the inspector's first field (Alt+Enter in the outline)."""
        dock = self.docks["inspector"]
        dock.show()
        dock.raise_()
        focus_first(self.inspector.currentWidget())
