"""The main window: board tabs over the canvas, palette and inspector docks, menus.

The window composes; its helpers act. Each helper (file, edit, view, boards, dilemmas,
meeting, the context menu, the snapshot panel) gets a narrow WindowContext, builds its own
actions and returns them; the window places them in its menus and toolbar and keeps the
title, the docks and the closing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QVBoxLayout, QWidget

from kerneopgave_desktop import heap
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import Document, FileProblem
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.ui import messages
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.board_tabs import BoardTabs
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.dilemma_actions import DilemmaActions
from kerneopgave_desktop.ui.drop_view import DropView
from kerneopgave_desktop.ui.edit_actions import EditActions
from kerneopgave_desktop.ui.file_actions import FileActions
from kerneopgave_desktop.ui.inspector import Inspector
from kerneopgave_desktop.ui.meeting_actions import MeetingActions
from kerneopgave_desktop.ui.operations import Door
from kerneopgave_desktop.ui.palette import Palette
from kerneopgave_desktop.ui.panel_dock import PanelDock
from kerneopgave_desktop.ui.room_actions import RoomActions
from kerneopgave_desktop.ui.settings import Settings
from kerneopgave_desktop.ui.view_actions import ViewActions
from kerneopgave_desktop.ui.windows import Windows
from kerneopgave_desktop.ui.write_retry import WriteRetry

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabBar

    from kerneopgave_desktop.ui.guide_panel import GuidePanel
    from kerneopgave_desktop.ui.snapshot_panel import SnapshotPanel

FILE_FILTER = "Kerneopgave (*.kerneopgave)"
Entry = QAction | QMenu | None
"""A menu entry from a helper: an action, a submenu, or a separator."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


def _fill(menu: QMenu, entries: list[Entry]) -> None:
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        elif isinstance(entry, QMenu):
            menu.addMenu(entry)
        else:
            menu.addAction(entry)


class MainWindow(QMainWindow):
    """One file's window: the board in tabs, the docks, the menus its helpers fill."""

    open_requested = Signal()
    new_requested = Signal()
    language_requested = Signal(str)
    closed = Signal()

    def __init__(self, document: Document, parent=None, *, settings: Settings | None = None,
                 windows: Windows | None = None):
        """`settings` and `windows` come from the application; a window shown without them
        keeps its settings in memory (never the user's) and its own list of windows."""
        super().__init__(parent)
        self.document = document
        self.settings = settings if settings is not None else Settings.in_memory()
        self.windows = windows if windows is not None else Windows(self._open_read_only)
        problem = lambda text: self.show_problem(text)  # noqa: E731 (looked up when shown)
        self.door = Door(document, problem)
        """Every edit from this window goes through here (ui/operations.py)."""
        self._closed = False
        self._keep_document = False
        """True when another window takes this document over (a language switch)."""
        self.view = DropView()
        self.view.setAccessibleName(_tr("Tavle"))
        self.context = WindowContext(
            document, self.door, self.view.board_scene, problem,
            lambda text, ms: self.statusBar().showMessage(text, ms), self, self.settings,
            self.windows)
        self.boards = BoardTabs(self.context, self.view, self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.focus_described.connect(lambda text: self.statusBar().showMessage(text))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.boards.bar)
        layout.addWidget(self.view)
        self.setCentralWidget(central)
        self.palette = Palette()
        self.inspector = Inspector(self.door)
        self.door.add_editor(self.view.finish_editing)
        self.door.add_typing(self._settle_boards)  # nudges not yet written go first
        self._build_docks()
        self._build_actions()
        self.palette.kind_chosen.connect(self._kind_chosen)
        self.view.page_requested.connect(self.meeting.go)
        self.boards.shown.connect(self._board_shown)
        self.boards.selection_changed.connect(self._selection_changed)
        self._unsubscribe = document.subscribe(self._on_changes)
        self.write_retry = WriteRetry(document, lambda: (self._refresh_title(),
                                                         self._refresh_actions()), self)
        """Writes work the file could not take, as soon as it can (ui/write_retry.py)."""
        self.boards.refresh()
        self._refresh_actions()
        self._refresh_title()
        self.resize(1400, 900)
        if document.store is not None and document.store.notice:
            self.statusBar().showMessage(document.store.notice)

    @property
    def tabs(self) -> QTabBar:
        return self.boards.bar

    @property
    def guide(self) -> GuidePanel:
        return self.docks["guide"].panel()

    @property
    def snapshots(self) -> SnapshotPanel:
        return self.docks["snapshots"].panel()

    def current_scene(self) -> BoardScene | None:
        """The scene of the board shown, if any."""
        return self.view.board_scene()

    # -- construction ----------------------------------------------------------------

    def _build_docks(self) -> None:
        self.docks: dict[str, PanelDock] = {}
        for name, title, build, area in (
                ("palette", _tr("Kort"), lambda: self.palette,
                 Qt.DockWidgetArea.LeftDockWidgetArea),
                ("inspector", _tr("Egenskaber"), lambda: self.inspector,
                 Qt.DockWidgetArea.RightDockWidgetArea),
                ("guide", _tr("Vejledning"), self._new_guide,
                 Qt.DockWidgetArea.LeftDockWidgetArea),
                ("snapshots", _tr("Øjebliksbilleder"), self._new_snapshot_panel,
                 Qt.DockWidgetArea.RightDockWidgetArea)):
            dock = self.docks[name] = PanelDock(title, self, build)
            dock.setObjectName(name)
            self.addDockWidget(area, dock)
        self.docks["palette"].panel()  # these two are in view from the start
        self.docks["inspector"].panel()
        self.docks["guide"].hide()  # the facilitator shows it when the team needs it
        self.tabifyDockWidget(self.docks["inspector"], self.docks["snapshots"])
        self.docks["inspector"].raise_()

    def _new_guide(self) -> GuidePanel:
        from kerneopgave_desktop.ui.guide_panel import GuidePanel

        guide = GuidePanel()
        scene = self.current_scene()
        if scene is not None and scene.board is not None:
            guide.show_template(scene.board.template)
        return guide

    def _new_snapshot_panel(self) -> SnapshotPanel:
        from kerneopgave_desktop.ui.snapshot_panel import SnapshotPanel

        return SnapshotPanel(self.context, self.boards.select)

    def _build_actions(self) -> None:
        context, view = self.context, self.view
        self.files = FileActions(context, self)
        self.edits = EditActions(context, view, self)
        self.looks = ViewActions(context, view, self.language_requested.emit, self)
        self.dilemmas = DilemmaActions(context, view, self)
        self.meeting = MeetingActions(context, view, self.boards.select, self)
        self.room = RoomActions(context, self.meeting, self)
        self.looks.look_changed.connect(self.meeting.apply_look)
        self.save_as_action = new_action(self, _tr("Gem &som…"), self.save_as,
                                         QKeySequence.StandardKey.SaveAs)
        guide = self.docks["guide"].toggleViewAction()
        guide.setText(_tr("Vejledning"))
        guide.setShortcut(QKeySequence("F1"))
        bar = self.menuBar()
        _fill(bar.addMenu(_tr("&Fil")), [
            new_action(self, _tr("&Ny…"), self.new_requested.emit, QKeySequence.StandardKey.New),
            new_action(self, _tr("&Åbn…"), self.open_requested.emit,
                       QKeySequence.StandardKey.Open),
            self.save_as_action, None, *self.files.actions, None,
            new_action(self, _tr("&Luk"), self.close, QKeySequence.StandardKey.Close)])
        commands = view.commands  # the board's own keys, written in the menus
        moves = QMenu(_tr("Flyt det valgte"), self)
        _fill(moves, commands.nudge_actions)
        _fill(bar.addMenu(_tr("&Rediger")), [*self.edits.actions, None, commands.edit_action,
                                              moves, commands.cancel_action])
        looks = self.looks
        _fill(bar.addMenu(_tr("&Vis")), [looks.fit_action, looks.languages, guide,
                                         looks.zoom_in_action, looks.zoom_out_action,
                                         looks.themes, looks.sizes])
        _fill(bar.addMenu(_tr("&Tavle")), self.boards.actions)
        _fill(bar.addMenu(self.dilemmas.title), self.dilemmas.actions)
        _fill(bar.addMenu(self.meeting.title), [*self.meeting.actions, None, *self.room.actions])
        _fill(bar.addMenu(_tr("&Hjælp")),
              [new_action(self, _tr("Om Kerneopgave-tavlen"), self.about)])
        toolbar = self.addToolBar(_tr("Værktøjer"))
        toolbar.setObjectName("tools")
        for action in (self.edits.undo_action, self.edits.redo_action, self.edits.delete_action,
                       self.edits.duplicate_action, self.boards.add_action,
                       self.dilemmas.draw_action, self.meeting.present_action,
                       self.meeting.spotlight_action, self.meeting.timer_action):
            toolbar.addAction(action)
        toolbar.addWidget(self.meeting.timer_label)
        self._writing: list[QAction] = [
            *self.edits.edit_actions, *self.boards.edit_actions, *self.files.edit_actions,
            *self.dilemmas.edit_actions, *self.meeting.edit_actions, *self.room.edit_actions,
            *commands.edit_actions]
        """The actions that change the document: off while it is read-only."""

    # -- what the helpers ask of the window ------------------------------------------------

    def _open_read_only(self, document: Document, title: str) -> MainWindow:
        """A document (a backup) in a read-only window of its own, shown beside this one."""
        window = MainWindow(document, settings=self.settings, windows=self.windows)
        window.setWindowTitle(title)
        return self.windows.show(window)

    def _settle_boards(self) -> None:
        """Write nudges still waiting on any board (from this window or the projector's)."""
        for scene in self.boards.scenes.values():
            scene.settle_lift()

    def _board_shown(self, scene: BoardScene) -> None:
        self.meeting.board_shown(scene)
        guide = self.docks["guide"].built()
        if guide is not None and scene.board is not None:
            guide.show_template(scene.board.template)

    def _kind_chosen(self, kind: str) -> None:
        self.boards.set_card_kind(kind)
        self.edits.card_kind = kind

    def board_menu(self, pos: QPoint) -> QMenu | None:
        """The right-click menu for what is at `pos` on the board (view coordinates)."""
        from kerneopgave_desktop.ui.context_menu import board_menu  # on the first right-click

        return board_menu(self.context, self.view, self.edits, pos)

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.board_menu(pos)
        if menu is not None:
            menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- file and help -------------------------------------------------------------------

    def save_as(self) -> None:
        """Ask for a name and go on working in a copy there (from memory, after a fault)."""
        start = str(self.document.store.path) if self.document.store else ""
        from PySide6.QtWidgets import QFileDialog  # on first use: ~3 ms less at start-up

        path, _ = QFileDialog.getSaveFileName(self, _tr("Gem som"), start, FILE_FILTER)
        if not path:
            return
        if not path.endswith(".kerneopgave"):
            path += ".kerneopgave"
        try:
            self.document.save_as(path)
        except FileProblem as error:
            self.show_problem(str(error))
        self._refresh_title()
        self._refresh_actions()

    def about(self) -> None:
        """The About box."""
        messages.show_about(self)

    def show_problem(self, message: str) -> None:
        """One problem, in Danish; offers a copy while the work is only in memory."""
        unsaved = self.document.unsaved is not None  # only in memory: offer a way out
        messages.show_problem(self, message, self.save_as if unsaved else None)
        self._refresh_title()

    # -- refresh ---------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.boards:
            self.boards.refresh()
        if changes.snapshots and self.docks["snapshots"].built() is not None:
            self.snapshots.refresh()
        if changes.info or self.document.unsaved is not None:
            self._refresh_title()
        self._refresh_actions()
        self._selection_changed(changes.origin)

    def _refresh_actions(self) -> None:
        writable = not self.document.read_only
        for action in self._writing:
            action.setEnabled(writable)
        self.edits.refresh()
        self.boards.refresh_actions()

    def _refresh_title(self) -> None:
        store = self.document.store
        name = Path(store.path).name if store is not None else _tr("Uden navn")
        suffix = _tr(" (skrivebeskyttet)") if self.document.read_only else ""
        if self.document.unsaved is not None:
            suffix = _tr(" (ikke gemt – gem en kopi)")
        self.setWindowTitle(f"{name}{suffix} – Kerneopgave-tavlen")

    def _selection_changed(self, origin: object = None) -> None:
        scene = self.current_scene()
        selected = scene.selectedItems() if scene is not None else []
        item = None
        if scene is not None and len(selected) == 1 and scene.board is not None:
            container = scene.board.container(getattr(selected[0], "id", ""))
            item = container.get(selected[0].id) if container is not None else None
        self.inspector.show_item(scene, item, origin)

    # -- closing -------------------------------------------------------------------------

    def _may_close_unsaved(self) -> bool:
        """Work only in memory: save a copy first, leave it, or stay."""
        answer = messages.ask_before_closing_unsaved(self)
        if answer == "save":
            self.save_as()
            return self.document.unsaved is None
        return answer == "discard"

    def close_keeping_document(self) -> None:
        """Close this window but not its file: another window takes the document over."""
        self._keep_document = True
        self.close()

    def closeEvent(self, event) -> None:
        if self._closed:  # closing twice: the first time let go of it all
            event.accept()
            return
        self.door.flush()  # what is being typed first: it may be what cannot be saved
        if (self.document.unsaved is not None and not self.document.flush()
                and not self._may_close_unsaved()):
            event.ignore()
            return
        self._closed = True
        self.room.close()  # nothing listens once the window is gone
        self.write_retry.stop()
        if self.meeting.presentation is not None:
            self.meeting.presentation.close()
        self.door.close()  # nothing is applied after this
        self._unsubscribe()
        self.boards.detach()
        if not self._keep_document:
            self.document.close()
        super().closeEvent(event)
        self.closed.emit()
        heap.thaw()  # what this window held may go (kerneopgave_desktop.heap)
