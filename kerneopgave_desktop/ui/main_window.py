"""The main window: board tabs over the canvas, palette and inspector docks, menus.

The window composes; its helpers act. ui/window_menus.py makes the helpers (file, edit, view,
dilemmas, meeting, room, groups, find, the outline), each with the window's narrow
WindowContext, and puts their actions in the menus and the toolbar; ui/window_docks.py lays
out the board area, the docks and the guide. The window keeps the title and the closing.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMainWindow, QToolButton

from kerneopgave_desktop import heap
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import Document, FileProblem
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.ui import messages
from kerneopgave_desktop.ui.board_tabs import BoardTabs
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.drop_view import DropView
from kerneopgave_desktop.ui.empty_hint import EmptyHint
from kerneopgave_desktop.ui.follow_up_bar import FollowUpBar
from kerneopgave_desktop.ui.inspector import Inspector
from kerneopgave_desktop.ui.operations import Door
from kerneopgave_desktop.ui.palette import Palette
from kerneopgave_desktop.ui.settings import Settings, workshop_folder
from kerneopgave_desktop.ui.window_docks import WindowDocks, board_area
from kerneopgave_desktop.ui.window_menus import WindowCommands, WindowMenus
from kerneopgave_desktop.ui.windows import Windows
from kerneopgave_desktop.ui.write_retry import WriteRetry
from kerneopgave_desktop.ui.zoom_control import ZoomControl

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabBar

    from kerneopgave_desktop.ui.guide_panel import GuidePanel, GuideWindow
    from kerneopgave_desktop.ui.snapshot_panel import SnapshotPanel

FILE_FILTER = "Kerneopgave (*.kerneopgave)"


def _tr(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


class MainWindow(QMainWindow):
    """One file's window: the board in tabs, the docks, the menus its helpers fill."""

    open_requested = Signal()
    new_requested = Signal()
    quit_requested = Signal()
    """Fil › Afslut: every window closes and the program ends (the application does it)."""
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
        self.view.focus_described.connect(lambda text: self.statusBar().showMessage(text))
        self.follow_up = FollowUpBar(self.context, self.boards.select)
        """Says so when agreements are due for follow-up (ui/follow_up_bar.py)."""
        self.add_board_button = QToolButton()
        """A new board, at the end of the tabs (as a new sheet in a spreadsheet)."""
        self.setCentralWidget(board_area(self.follow_up, self.boards.bar, self.add_board_button,
                                         self.view))
        self.palette = Palette()
        self.inspector = Inspector(self.door)
        self.door.add_editor(self.view.finish_editing)
        self.door.add_typing(self._settle_boards)  # nudges not yet written go first
        self.empty_hint = EmptyHint(self.view)
        """How to begin, over an empty board."""
        self.panes = WindowDocks(self.context, self, self.palette, self.inspector,
                                 self.boards.select)
        """The docks and the guide (ui/window_docks.py)."""
        self.docks = self.panes.docks
        self.menus = WindowMenus(self.context, self.view, self.boards, self, WindowCommands(
            self.new_requested.emit, self.open_requested.emit, self.save_as, self.close,
            self.quit_requested.emit, lambda: self.snapshots.take(), self.panes.show_guide,
            self.about, self.language_requested.emit, self.panes.focus_inspector))
        """The helpers, the menus and the toolbar (ui/window_menus.py)."""
        m = self.menus  # its helpers and actions, by the names they have always had here
        self.files, self.edits, self.looks, self.dilemmas = m.files, m.edits, m.looks, m.dilemmas
        self.meeting, self.room, self.groups, self.find = m.meeting, m.room, m.groups, m.find
        self.finder, self.find_bar, self.outline = m.finder, m.find_bar, m.outline
        self.snapshot_action, self.guide_action = m.snapshot_action, m.guide_action
        self.shortcuts_action, self.board_menu = m.shortcuts_action, m.board_menu
        self.centralWidget().layout().insertWidget(1, self.find_bar)
        self.panes.add_outline(self.outline)
        self.add_board_button.setDefaultAction(self.boards.add_action)
        self.zoom = ZoomControl(self.view)
        self.statusBar().addPermanentWidget(self.zoom)
        self.palette.kind_chosen.connect(self._kind_chosen)
        self.view.page_requested.connect(self.meeting.go)
        self.boards.shown.connect(self._board_shown)
        self._building = ""
        """The status line's text while a large board's items are built, if shown."""
        self.boards.build_progress.connect(self._build_progress)
        self.boards.selection_changed.connect(self.panes.selection_changed)
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
        """The guide's text (its window is made, not shown, when first asked for)."""
        return self.panes.guide_window().panel

    def guide_window(self) -> GuideWindow:
        """The guide's window of its own, made when first asked for."""
        return self.panes.guide_window()

    def guide_built(self) -> bool:
        return self.panes.guide_built()

    def show_guide(self) -> None:
        """Hjælp › Vejledning (F1): the guide in its window, in front."""
        self.panes.show_guide()

    @property
    def snapshots(self) -> SnapshotPanel:
        return self.panes.snapshots

    def current_scene(self) -> BoardScene | None:
        """The scene of the board shown, if any."""
        return self.view.board_scene()

    # -- what the helpers ask of the window ------------------------------------------------

    def loaded(self) -> bool:
        """Whether the boards shown have all their items: a large board builds them after
        its first frame (canvas.stepwise)."""
        return self.boards.loaded()

    def _build_progress(self, built: int, count: int) -> None:
        """How far the board's items are built after its first frame, in the status line
        (unless it says something else: a notice about the file is not covered over);
        cleared once they are all built."""
        bar = self.statusBar()
        shown = bar.currentMessage()
        if shown and shown != self._building:
            return
        if built < count:
            self._building = QCoreApplication.translate(
                "BoardLoading", "Gør tavlen klar … {percent} %").format(
                percent=100 * built // max(count, 1))
            bar.showMessage(self._building)
        elif shown:
            bar.clearMessage()

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
        self.groups.refresh()
        self.panes.board_shown(scene)
        self._refresh_empty_hint(animate=False)

    def _refresh_empty_hint(self, animate: bool = True) -> None:
        scene = self.current_scene()
        board = scene.board if scene is not None else None
        self.empty_hint.set_wanted(board is not None and not board.cards
                                   and not self.document.read_only, animate)

    def _kind_chosen(self, kind: str) -> None:
        self.boards.set_card_kind(kind)
        self.edits.card_kind = kind

    # -- file and help -------------------------------------------------------------------

    def save_as(self) -> None:
        """Ask for a name and go on working in a copy there (from memory, after a fault)."""
        from PySide6.QtWidgets import QFileDialog  # on first use: ~3 ms less at start-up

        path, _ = QFileDialog.getSaveFileName(self, _tr("Gem som"), str(self.save_as_start()),
                                              FILE_FILTER)
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

    def save_as_start(self) -> Path:
        """Where "Gem som…" starts: beside the file, unless it lies in the temporary folder
        (the examples, a recovered copy): then in the user's workshop folder."""
        store = self.document.store
        name = Path(store.path).name if store is not None else \
            _tr("Arbejdsmøde") + ".kerneopgave"
        folder = Path(store.path).resolve().parent if store is not None else None
        temporary = Path(tempfile.gettempdir()).resolve()
        if folder is None or folder == temporary or temporary in folder.parents:
            # Not made here: a folder that is not there yet starts the dialog in Documents.
            folder = next((f for f in (workshop_folder(), workshop_folder().parent)
                           if f.is_dir()), Path.home())
        return folder / name

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
        self.panes.selection_changed(changes.origin)
        self._refresh_empty_hint()

    def _refresh_actions(self) -> None:
        self.menus.refresh_actions(not self.document.read_only)

    def _refresh_title(self) -> None:
        store = self.document.store
        name = Path(store.path).name if store is not None else _tr("Uden titel")
        suffix = _tr(" (skrivebeskyttet)") if self.document.read_only else ""
        if self.document.unsaved is not None:
            suffix = _tr(" (ikke gemt – gem en kopi)")
        self.setWindowTitle(f"{name}{suffix} – Kerneopgave-tavlen")

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
        self.outline.close()
        self.finder.close()
        self.write_retry.stop()
        if self.meeting.presentation is not None:
            self.meeting.presentation.close()
        self.panes.close()
        self.door.close()  # nothing is applied after this
        self._unsubscribe()
        self.follow_up.detach()
        self.boards.detach()
        if not self._keep_document:
            self.document.close()
        super().closeEvent(event)
        self.closed.emit()
        heap.thaw()  # what this window held may go (kerneopgave_desktop.heap)
