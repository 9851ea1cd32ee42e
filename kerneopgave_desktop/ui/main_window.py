"""The main window: board tabs over the canvas, palette and inspector docks, menus.

The window composes; its helpers act. Each helper (file, edit, view, boards, dilemmas,
meeting, the context menu, the snapshot panel) gets a narrow WindowContext, builds its own
actions and returns them; the window places them in its menus and toolbar and keeps the
title, the docks and the closing.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop import heap
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import Document, FileProblem
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.ui import messages
from kerneopgave_desktop.ui.accessible_names import name_toolbar_extensions
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.board_tabs import BoardTabs
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.dilemma_actions import DilemmaActions
from kerneopgave_desktop.ui.drop_view import DropView
from kerneopgave_desktop.ui.edit_actions import EditActions
from kerneopgave_desktop.ui.empty_hint import EmptyHint
from kerneopgave_desktop.ui.file_actions import FileActions
from kerneopgave_desktop.ui.find_bar import FindActions, FindBar, Finder
from kerneopgave_desktop.ui.follow_up_bar import FollowUpBar
from kerneopgave_desktop.ui.group_actions import GroupActions
from kerneopgave_desktop.ui.inspector import Inspector
from kerneopgave_desktop.ui.meeting_actions import MeetingActions
from kerneopgave_desktop.ui.operations import Door
from kerneopgave_desktop.ui.outline import OutlineActions, focus_first
from kerneopgave_desktop.ui.palette import Palette
from kerneopgave_desktop.ui.panel_dock import PanelDock
from kerneopgave_desktop.ui.room_actions import RoomActions
from kerneopgave_desktop.ui.settings import Settings, workshop_folder
from kerneopgave_desktop.ui.view_actions import ViewActions
from kerneopgave_desktop.ui.windows import Windows
from kerneopgave_desktop.ui.write_retry import WriteRetry
from kerneopgave_desktop.ui.zoom_control import ZoomControl

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabBar

    from kerneopgave_desktop.ui.guide_panel import GuidePanel, GuideWindow
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
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.focus_described.connect(lambda text: self.statusBar().showMessage(text))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.follow_up = FollowUpBar(self.context, self.boards.select)
        """Says so when agreements are due for follow-up (ui/follow_up_bar.py)."""
        layout.addWidget(self.follow_up)
        tabs = QHBoxLayout()
        tabs.setContentsMargins(0, 0, 0, 0)
        tabs.setSpacing(0)
        tabs.addWidget(self.boards.bar)
        self.add_board_button = QToolButton()
        """A new board, at the end of the tabs (as a new sheet in a spreadsheet)."""
        self.add_board_button.setAutoRaise(True)
        tabs.addWidget(self.add_board_button)
        tabs.addStretch(1)
        layout.addLayout(tabs)
        layout.addWidget(self.view)
        self.setCentralWidget(central)
        self.palette = Palette()
        self.inspector = Inspector(self.door)
        self.door.add_editor(self.view.finish_editing)
        self.door.add_typing(self._settle_boards)  # nudges not yet written go first
        self.empty_hint = EmptyHint(self.view)
        """How to begin, over an empty board."""
        self._guide: GuideWindow | None = None
        self._build_docks()
        self._build_actions()
        self.zoom = ZoomControl(self.view)
        self.statusBar().addPermanentWidget(self.zoom)
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
        """The guide's text (its window is made, not shown, when first asked for)."""
        return self.guide_window().panel

    def guide_window(self) -> GuideWindow:
        """The guide's window of its own, made when first asked for."""
        if self._guide is None:
            from kerneopgave_desktop.ui.guide_panel import GuideWindow  # on first use

            self._guide = GuideWindow(self.settings.text_size, self)
            scene = self.current_scene()
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
                ("palette", _tr("Kort"), self._palette_panel,
                 Qt.DockWidgetArea.LeftDockWidgetArea),
                ("inspector", _tr("Egenskaber"), self._inspector_panel,
                 Qt.DockWidgetArea.RightDockWidgetArea),
                ("snapshots", _tr("Øjebliksbilleder"), self._new_snapshot_panel,
                 Qt.DockWidgetArea.RightDockWidgetArea)):
            dock = self.docks[name] = PanelDock(title, self, build)
            dock.setObjectName(name)
            self.addDockWidget(area, dock)
        self.docks["palette"].panel()  # these two are in view from the start
        self.docks["inspector"].panel()
        self.tabifyDockWidget(self.docks["inspector"], self.docks["snapshots"])
        self.docks["inspector"].raise_()

    def _palette_panel(self) -> QWidget:
        """The card kinds, and a word on how to use them."""
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QLabel

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.palette)
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

        return SnapshotPanel(self.context, self.boards.select)

    def _build_actions(self) -> None:
        context, view = self.context, self.view
        self.files = FileActions(context, self)
        self.edits = EditActions(context, view, self)
        self.looks = ViewActions(context, view, self.language_requested.emit, self)
        self.dilemmas = DilemmaActions(context, view, self)
        self.meeting = MeetingActions(context, view, self.boards.select, self)
        self.room = RoomActions(context, self.meeting, self)
        self.groups = GroupActions(context, self.boards.select, self)
        self.looks.look_changed.connect(self.meeting.apply_look)
        self._build_finding()
        self.save_as_action = new_action(self, _tr("Gem &som…"), self.save_as,
                                         QKeySequence.StandardKey.SaveAs, icon="save")
        bar = self.menuBar()
        _fill(bar.addMenu(_tr("&Fil")), [
            new_action(self, _tr("&Ny…"), self.new_requested.emit, QKeySequence.StandardKey.New,
                       icon="file-plus"),
            new_action(self, _tr("&Åbn…"), self.open_requested.emit,
                       QKeySequence.StandardKey.Open, icon="folder-open"),
            self.save_as_action, None, *self.files.actions, None,
            new_action(self, _tr("&Luk"), self.close, QKeySequence.StandardKey.Close, icon="x"),
            new_action(self, _tr("&Afslut"), self.quit_requested.emit, "Ctrl+Q",
                       icon="log-out")])
        commands = view.commands  # the board's keys, written in the menus
        moves = QMenu(_tr("Flyt det valgte"), self)
        _fill(moves, commands.nudge_actions)
        _fill(bar.addMenu(_tr("&Rediger")), [*self.edits.actions, None, commands.edit_action,
                                              moves, commands.cancel_action, None,
                                              *self.find.actions])
        looks = self.looks
        _fill(bar.addMenu(_tr("&Vis")), [looks.fit_action, looks.zoom_in_action,
                                         looks.zoom_out_action, None, looks.themes, looks.sizes,
                                         looks.languages, None, *self.outline.actions])
        self.snapshot_action = new_action(self, _tr("Tag øjebliksbillede…"),
                                          lambda: self.snapshots.take(), "Ctrl+Shift+B")
        _fill(bar.addMenu(_tr("&Tavle")), [*self.boards.actions, None, self.snapshot_action,
                                           None, *self.groups.actions])
        bar.setAccessibleName(_tr("Menulinje"))
        _fill(bar.addMenu(self.dilemmas.title), self.dilemmas.actions)
        _fill(bar.addMenu(self.meeting.title), [*self.meeting.actions, None, *self.room.actions])
        self.guide_action = new_action(self, _tr("Vejledning"), self.show_guide, "F1",
                                       icon="book-open")
        self.shortcuts_action = new_action(self, _tr("Tastaturgenveje"), self.show_shortcuts,
                                           icon="keyboard")
        _fill(bar.addMenu(_tr("&Hjælp")),
              [self.guide_action, self.shortcuts_action, None,
               new_action(self, _tr("Om Kerneopgave-tavlen"), self.about, icon="info")])
        self._build_toolbar()
        self.add_board_button.setDefaultAction(self.boards.add_action)
        self._writing: list[QAction] = [
            *self.edits.edit_actions, *self.boards.edit_actions, *self.files.edit_actions,
            *self.dilemmas.edit_actions, *self.meeting.edit_actions, *self.room.edit_actions,
            *commands.edit_actions, self.snapshot_action]
        """The actions that change the document: off while it is read-only."""

    def _build_finding(self) -> None:
        """Find (ui/find_bar.py) over the board, and the outline (ui/outline.py) in a dock."""
        self.finder = Finder(self.context, self.boards, self.meeting, self)
        self.find_bar = FindBar(self.finder)
        self.centralWidget().layout().insertWidget(1, self.find_bar)
        self.find = FindActions(self.finder, self.find_bar, self)
        for action in self.find.actions:
            self.addAction(action)
        self.outline = OutlineActions(self.context, self.boards, self.dilemmas.round_action,
                                      self.focus_inspector, self)
        dock = self.docks["outline"] = PanelDock(_tr("Oversigt"), self, self.outline.panel)
        dock.setObjectName("outline")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        dock.hide()  # F6 shows it, with the keyboard in it
        self.outline.attach(dock)
        self.finder.changed.connect(self.outline.show_matches)
        self.outline.finder = self.finder

    def focus_inspector(self) -> None:
        """The keyboard into the inspector's first field (Alt+Enter in the outline)."""
        dock = self.docks["inspector"]
        dock.show()
        dock.raise_()
        focus_first(self.inspector.currentWidget())

    def _build_toolbar(self) -> None:
        """Grouped as the work goes: undo · a new card of each kind · link · draw a dilemma ·
        the meeting. Icons with short labels that never change, so no button ever moves."""
        toolbar = self.toolbar = QToolBar(_tr("Værktøjer"), self)
        toolbar.setObjectName("tools")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.addToolBar(toolbar)
        meeting = self.meeting
        groups = [[self.edits.undo_action, self.edits.redo_action], self.edits.kind_actions,
                  [self.edits.link_action], [self.dilemmas.draw_action],
                  [meeting.present_action, meeting.timer_action, meeting.voting_action,
                   meeting.spotlight_action]]
        for number, group in enumerate(groups):
            if number:
                toolbar.addSeparator()
            for action in group:
                toolbar.addAction(action)
        toolbar.addWidget(meeting.timer_label)
        for action in (action for group in groups for action in group):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):  # at least an icon's breadth of calm space
                # and never narrower than its word: tools that do not fit go to » instead
                button.setMinimumWidth(max(58, button.sizeHint().width()))
                button.setAccessibleName(action.iconText().replace("&", ""))
        name_toolbar_extensions(toolbar)

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
        self.groups.refresh()
        if self._guide is not None and scene.board is not None:
            self._guide.panel.show_template(scene.board.template)
        self._refresh_empty_hint(animate=False)

    def _refresh_empty_hint(self, animate: bool = True) -> None:
        scene = self.current_scene()
        board = scene.board if scene is not None else None
        self.empty_hint.set_wanted(board is not None and not board.cards
                                   and not self.document.read_only, animate)

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

    def show_shortcuts(self) -> None:
        """Hjælp › Tastaturgenveje: every key of the menus and of the outline, to read or
        print."""
        from kerneopgave_desktop.ui.shortcuts import ShortcutsDialog  # on first use

        ShortcutsDialog(self.menuBar(), self, [self.outline.key_table()]).exec()

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
        self._refresh_empty_hint()

    def _refresh_actions(self) -> None:
        writable = not self.document.read_only
        for action in self._writing:
            action.setEnabled(writable)
        self.edits.refresh()
        self.boards.refresh_actions()
        self.groups.refresh()

    def _refresh_title(self) -> None:
        store = self.document.store
        name = Path(store.path).name if store is not None else _tr("Uden titel")
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
        self.outline.close()
        self.finder.close()
        self.write_retry.stop()
        if self.meeting.presentation is not None:
            self.meeting.presentation.close()
        if self._guide is not None:
            self._guide.close()
        self.door.close()  # nothing is applied after this
        self._unsubscribe()
        self.follow_up.detach()
        self.boards.detach()
        if not self._keep_document:
            self.document.close()
        super().closeEvent(event)
        self.closed.emit()
        heap.thaw()  # what this window held may go (kerneopgave_desktop.heap)
