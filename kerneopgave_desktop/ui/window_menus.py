"""The main window's helpers, and its menus and toolbar filled from their actions.

Each helper (file, edit, view, dilemmas, meeting, room, groups, find, the outline) gets the
window's narrow WindowContext and builds and returns its own actions; this makes them, and
places their actions, the board tabs' and the board's keys in the menu bar and the toolbar
beside the window's own few (new, open, save as, close, quit, a snapshot, the guide, the
keys, about), which it asks of the window through `WindowCommands`. The board's right-click
menu is here too. It sees the window only as Qt's QMainWindow, which holds the menu bar, the
toolbar and the window-wide keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from kerneopgave_desktop.ui.accessible_names import name_toolbar_extensions
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.board_tabs import BoardTabs
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.dilemma_actions import DilemmaActions
from kerneopgave_desktop.ui.drop_view import DropView
from kerneopgave_desktop.ui.edit_actions import EditActions
from kerneopgave_desktop.ui.file_actions import FileActions
from kerneopgave_desktop.ui.find_bar import FindActions, FindBar, Finder
from kerneopgave_desktop.ui.group_actions import GroupActions
from kerneopgave_desktop.ui.meeting_actions import MeetingActions
from kerneopgave_desktop.ui.outline import OutlineActions
from kerneopgave_desktop.ui.room_actions import RoomActions
from kerneopgave_desktop.ui.view_actions import ViewActions

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


@dataclass(frozen=True)
class WindowCommands:
    """What the window's own menu entries, and its helpers, ask of the window."""

    new: Callable[[], None]
    open: Callable[[], None]
    save_as: Callable[[], None]
    close: Callable[[], object]
    quit: Callable[[], None]
    take_snapshot: Callable[[], None]
    show_guide: Callable[[], None]
    about: Callable[[], None]
    request_language: Callable[[str], None]
    focus_inspector: Callable[[], None]
    """The keyboard into the inspector's first field (Alt+Enter in the outline)."""


class WindowMenus(QObject):
    """One window's helpers (`files`, `edits`, `looks`, `dilemmas`, `meeting`, `room`,
    `groups`, `finder`, `find_bar`, `find`, `outline`), its menu bar and its toolbar, and the
    actions that write (`writing`)."""

    def __init__(self, context: WindowContext, view: DropView, boards: BoardTabs,
                 window: QMainWindow, commands: WindowCommands):
        """`window` holds the menu bar and the toolbar; `boards` is its BoardTabs."""
        super().__init__(window)
        self.context = context
        self.view = view
        self.boards = boards
        self.window = window
        self.commands = commands
        self._build_actions()
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)

    def _build_actions(self) -> None:
        context, view, commands = self.context, self.view, self.commands
        self.files = FileActions(context, self)
        self.edits = EditActions(context, view, self)
        self.looks = ViewActions(context, view, commands.request_language, self)
        self.dilemmas = DilemmaActions(context, view, self)
        self.meeting = MeetingActions(context, view, self.boards.select, self)
        self.room = RoomActions(context, self.meeting, self)
        self.groups = GroupActions(context, self.boards.select, self)
        self.looks.look_changed.connect(self.meeting.apply_look)
        self._build_finding()
        self.save_as_action = new_action(self, _tr("Gem &som…"), commands.save_as,
                                         QKeySequence.StandardKey.SaveAs, icon="save")
        bar = self.window.menuBar()
        _fill(bar.addMenu(_tr("&Fil")), [
            new_action(self, _tr("&Ny…"), commands.new, QKeySequence.StandardKey.New,
                       icon="file-plus"),
            new_action(self, _tr("&Åbn…"), commands.open,
                       QKeySequence.StandardKey.Open, icon="folder-open"),
            self.save_as_action, None, *self.files.actions, None,
            new_action(self, _tr("&Luk"), commands.close, QKeySequence.StandardKey.Close,
                       icon="x"),
            new_action(self, _tr("&Afslut"), commands.quit, "Ctrl+Q",
                       icon="log-out")])
        board = view.commands  # the board's keys, written in the menus
        moves = QMenu(_tr("Flyt det valgte"), self.window)
        _fill(moves, board.nudge_actions)
        _fill(bar.addMenu(_tr("&Rediger")), [*self.edits.actions, None, board.edit_action,
                                              moves, board.cancel_action, None,
                                              *self.find.actions])
        looks = self.looks
        _fill(bar.addMenu(_tr("&Vis")), [looks.fit_action, looks.zoom_in_action,
                                         looks.zoom_out_action, None, looks.themes, looks.sizes,
                                         looks.languages, None, *self.outline.actions])
        self.snapshot_action = new_action(self, _tr("Tag øjebliksbillede…"),
                                          commands.take_snapshot, "Ctrl+Shift+B")
        _fill(bar.addMenu(_tr("&Tavle")), [*self.boards.actions, None, self.snapshot_action,
                                           None, *self.groups.actions])
        bar.setAccessibleName(_tr("Menulinje"))
        _fill(bar.addMenu(self.dilemmas.title), self.dilemmas.actions)
        _fill(bar.addMenu(self.meeting.title), [*self.meeting.actions, None, *self.room.actions])
        self.guide_action = new_action(self, _tr("Vejledning"), commands.show_guide, "F1",
                                       icon="book-open")
        self.shortcuts_action = new_action(self, _tr("Tastaturgenveje"),
                                           self.show_shortcuts, icon="keyboard")
        _fill(bar.addMenu(_tr("&Hjælp")),
              [self.guide_action, self.shortcuts_action, None,
               new_action(self, _tr("Om Kerneopgave-tavlen"), commands.about, icon="info")])
        self._build_toolbar()
        self.writing: list[QAction] = [
            *self.edits.edit_actions, *self.boards.edit_actions, *self.files.edit_actions,
            *self.dilemmas.edit_actions, *self.meeting.edit_actions, *self.room.edit_actions,
            *board.edit_actions, self.snapshot_action]
        """The actions that change the document: off while it is read-only."""

    def refresh_actions(self, writable: bool) -> None:
        """The actions as the document allows: those that write only while it takes edits."""
        for action in self.writing:
            action.setEnabled(writable)
        self.edits.refresh()
        self.boards.refresh_actions()
        self.groups.refresh()

    def _build_finding(self) -> None:
        """Find (ui/find_bar.py) over the board, and the outline (ui/outline.py); the window
        puts the find bar over the board and the outline in a dock."""
        self.finder = Finder(self.context, self.boards, self.meeting, self)
        self.find_bar = FindBar(self.finder)
        self.find = FindActions(self.finder, self.find_bar, self)
        for action in self.find.actions:
            self.window.addAction(action)
        self.outline = OutlineActions(self.context, self.boards, self.dilemmas.round_action,
                                      self.commands.focus_inspector, self)
        self.finder.changed.connect(self.outline.show_matches)
        self.outline.finder = self.finder

    def _build_toolbar(self) -> None:
        """Grouped as the work goes: undo · a new card of each kind · link · draw a dilemma ·
        the meeting. Icons with short labels that never change, so no button ever moves."""
        toolbar = self.toolbar = QToolBar(_tr("Værktøjer"), self.window)
        toolbar.setObjectName("tools")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.window.addToolBar(toolbar)
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

    def show_shortcuts(self) -> None:
        """Hjælp › Tastaturgenveje: every key of the menus and of the outline, to read or
        print."""
        from kerneopgave_desktop.ui.shortcuts import ShortcutsDialog  # on first use

        ShortcutsDialog(self.window.menuBar(), self.window, [self.outline.key_table()]).exec()

    def board_menu(self, pos: QPoint) -> QMenu | None:
        """The right-click menu for what is at `pos` on the board (view coordinates)."""
        from kerneopgave_desktop.ui.context_menu import board_menu  # on the first right-click

        return board_menu(self.context, self.view, self.edits, pos)

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.board_menu(pos)
        if menu is not None:
            menu.popup(self.view.viewport().mapToGlobal(pos))
