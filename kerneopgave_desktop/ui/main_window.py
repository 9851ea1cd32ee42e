"""The main window: board tabs over the canvas, palette and inspector docks, menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop import __version__, i18n
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.document import (
    AddBoard,
    Document,
    EditWorkshop,
    FileProblem,
    MoveBoard,
    RemoveBoard,
    RenameBoard,
)
from kerneopgave_desktop.domain import guide as guide_content
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import Board, new_id
from kerneopgave_desktop.ui.dilemma_actions import DilemmaActions
from kerneopgave_desktop.ui.file_actions import FileActions
from kerneopgave_desktop.ui.inspector import Inspector
from kerneopgave_desktop.ui.meeting_actions import MeetingActions
from kerneopgave_desktop.ui.operations import Door
from kerneopgave_desktop.ui.palette import MIME_KIND, Palette
from kerneopgave_desktop.ui.room_actions import RoomActions
from kerneopgave_desktop.ui.write_retry import WriteRetry

if TYPE_CHECKING:
    from kerneopgave_desktop.ui.guide_panel import GuidePanel
    from kerneopgave_desktop.ui.snapshot_panel import SnapshotPanel

FILE_FILTER = "Kerneopgave (*.kerneopgave)"


def _tr(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


class DropView(BoardView):
    """The board view, accepting card kinds dragged from the palette."""

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME_KIND):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event) -> None:
        scene = self.board_scene()
        if scene is None or not event.mimeData().hasFormat(MIME_KIND):
            return super().dropEvent(event)
        kind = bytes(event.mimeData().data(MIME_KIND)).decode()
        card_id = scene.new_card(kind, self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()
        if card_id is not None:
            scene.clearSelection()
            scene.cards[card_id].setSelected(True)
            self.setFocus()
            self.edit_card(card_id)


class PanelDock(QDockWidget):
    """A dock whose panel is built when it is first shown or asked for, not at start-up:
    a hidden guide or a snapshot list behind another tab costs nothing until it is wanted."""

    def __init__(self, title: str, parent: QWidget, build: Callable[[], QWidget]):
        super().__init__(title, parent)
        self._build = build
        self.visibilityChanged.connect(lambda visible: visible and self.panel())

    def panel(self) -> QWidget:
        widget = self.widget()
        if widget is None:
            widget = self._build()
            self.setWidget(widget)
        return widget

    def built(self) -> QWidget | None:
        """The panel if it has been built, else None (nothing to keep up to date yet)."""
        return self.widget()


class MainWindow(QMainWindow):
    open_requested = Signal()
    new_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.door = Door(document, self.show_problem)
        """Every edit from this window goes through here (ui/operations.py)."""
        self.scenes: dict[str, BoardScene] = {}
        self._closed = False
        self._keep_document = False
        """True when another window takes this document over (a language switch)."""
        self.view = DropView()
        self.view.setAccessibleName(_tr("Tavle"))
        self.tabs = QTabBar()
        self.tabs.setMovable(True)
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._show_tab)
        self.tabs.tabMoved.connect(self._tab_moved)
        self.tabs.tabBarDoubleClicked.connect(lambda _: self.rename_board())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.focus_described.connect(lambda text: self.statusBar().showMessage(text))
        self.view.page_requested.connect(lambda step: self.meeting.go(step))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.view)
        self.setCentralWidget(central)
        self.palette = Palette()
        self.palette.kind_chosen.connect(self._kind_chosen)
        self.inspector = Inspector()
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
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                             | QDockWidget.DockWidgetFeature.DockWidgetClosable)
            self.addDockWidget(area, dock)
        self.docks["palette"].panel()  # these two are in view from the start
        self.docks["inspector"].panel()
        self.docks["guide"].hide()  # the facilitator shows it when the team needs it
        self.tabifyDockWidget(self.docks["inspector"], self.docks["snapshots"])
        self.docks["inspector"].raise_()
        self._build_actions()
        self._unsubscribe = document.subscribe(self._on_changes)
        self.write_retry = WriteRetry(document, lambda: (self._refresh_title(),
                                                         self._refresh_actions()), self)
        self._refresh_tabs()
        self._refresh_actions()
        self._refresh_title()
        self.resize(1400, 900)
        if document.store is not None and document.store.notice:
            self.statusBar().showMessage(document.store.notice)

    @property
    def guide(self) -> GuidePanel:
        return self.docks["guide"].panel()

    @property
    def snapshots(self) -> SnapshotPanel:
        return self.docks["snapshots"].panel()

    def _new_guide(self) -> GuidePanel:
        from kerneopgave_desktop.ui.guide_panel import GuidePanel

        guide = GuidePanel()
        scene = self.current_scene()
        if scene is not None and scene.board is not None:
            guide.show_template(scene.board.template)
        return guide

    def _new_snapshot_panel(self) -> SnapshotPanel:
        from kerneopgave_desktop.ui.snapshot_panel import SnapshotPanel

        return SnapshotPanel(self)

    # -- actions -------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(_tr("&Fil"))
        self._action(file_menu, _tr("&Ny…"), self.new_requested.emit, QKeySequence.StandardKey.New)
        self._action(file_menu, _tr("&Åbn…"), self.open_requested.emit,
                     QKeySequence.StandardKey.Open)
        self.save_as_action = self._action(file_menu, _tr("Gem &som…"), self.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        file_menu.addSeparator()
        self.files = FileActions(self, file_menu)
        file_menu.addSeparator()
        self._action(file_menu, _tr("&Luk"), self.close, QKeySequence.StandardKey.Close)
        edit = bar.addMenu(_tr("&Rediger"))
        self.undo_action = self._action(edit, _tr("Fortryd"), self.undo,
                                        QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit, _tr("Gentag"), self.redo,
                                        QKeySequence.StandardKey.Redo)
        edit.addSeparator()
        self.new_card_action = self._action(edit, _tr("Nyt kort"), self.new_card, "Ins")
        self.delete_action = self._action(edit, _tr("Slet"), self.view.delete_selection,
                                          QKeySequence.StandardKey.Delete)
        self.duplicate_action = self._action(edit, _tr("Dupliker"), self.duplicate, "Ctrl+D")
        self._action(edit, _tr("Vælg alle"), self.select_all, QKeySequence.StandardKey.SelectAll)
        edit.addSeparator()
        self._action(edit, _tr("Oplysninger om arbejdsmødet…"), self.edit_workshop)
        view = bar.addMenu(_tr("&Vis"))
        self._action(view, _tr("Vis hele tavlen"), self.view.fit_all, "Ctrl+0")
        languages = view.addMenu(_tr("Sprog"))
        group = QActionGroup(languages)
        for code, name in (("da", "Dansk"), ("en", "English")):  # each in its own language
            action = QAction(name, languages, checkable=True, checked=i18n.language() == code)
            action.triggered.connect(lambda _=False, code=code: self.language_requested.emit(code))
            group.addAction(action)
            languages.addAction(action)
        guide = self.docks["guide"].toggleViewAction()
        guide.setText(_tr("Vejledning"))
        guide.setShortcut(QKeySequence("F1"))
        view.addAction(guide)
        self._action(view, _tr("Zoom ind"), lambda: self.view.zoom_by(1.25),
                     QKeySequence.StandardKey.ZoomIn)
        self._action(view, _tr("Zoom ud"), lambda: self.view.zoom_by(0.8),
                     QKeySequence.StandardKey.ZoomOut)
        self.edit_actions: list[QAction] = []
        board = bar.addMenu(_tr("&Tavle"))
        self.add_board_action = self._action(board, _tr("Ny tavle"), self.add_board)
        self.rename_board_action = self._action(board, _tr("Omdøb tavle…"), self.rename_board)
        self.remove_board_action = self._action(board, _tr("Slet tavle"), self.remove_board)
        self.edit_actions += [self.new_card_action, self.undo_action, self.redo_action,
                              self.delete_action, self.duplicate_action, self.add_board_action,
                              self.rename_board_action, self.remove_board_action]
        self.dilemmas = DilemmaActions(self)
        self.meeting = MeetingActions(self, view)
        self.meeting.menu.addSeparator()
        self.room = RoomActions(self, self.meeting.menu)
        help_menu = bar.addMenu(_tr("&Hjælp"))
        self._action(help_menu, _tr("Om Kerneopgave-tavlen"), self.about)
        toolbar = self.addToolBar(_tr("Værktøjer"))
        toolbar.setObjectName("tools")
        for action in (self.undo_action, self.redo_action, self.delete_action,
                       self.duplicate_action, self.add_board_action, self.dilemmas.draw_action,
                       self.meeting.present_action, self.meeting.spotlight_action,
                       self.meeting.timer_action):
            toolbar.addAction(action)
        toolbar.addWidget(self.meeting.timer_label)

    # -- boards and scenes ------------------------------------------------------------

    def current_scene(self) -> BoardScene | None:
        return self.view.board_scene()

    def _scene(self, board_id: str) -> BoardScene:
        scene = self.scenes.get(board_id)
        if scene is None:
            scene = self.scenes[board_id] = BoardScene(self.document, board_id, self.door, self)
            scene.selectionChanged.connect(self._selection_changed)
            scene.current_kind = self.palette.current_kind()
        return scene

    def _refresh_tabs(self) -> None:
        boards = self.document.workshop.boards
        current = self.current_scene().board_id if self.current_scene() else None
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for board in boards:
            self.tabs.addTab(board.title or _tr("Uden titel"))
        ids = [board.id for board in boards]
        for board_id in list(self.scenes):
            if board_id not in ids:
                self.scenes.pop(board_id).detach()
        self.tabs.blockSignals(False)
        if ids:
            index = ids.index(current) if current in ids else 0
            self.tabs.setCurrentIndex(index)
            self._show_tab(index)

    def _show_tab(self, index: int) -> None:
        boards = self.document.workshop.boards
        if not 0 <= index < len(boards):
            return
        scene = self._scene(boards[index].id)
        if scene is not self.current_scene():
            self.view.set_board_scene(scene)
            if hasattr(self, "meeting"):
                self.meeting.board_shown(scene)
        guide = self.docks["guide"].built()
        if guide is not None:
            guide.show_template(boards[index].template)
        self._selection_changed()

    def _tab_moved(self, to: int, from_: int) -> None:
        board_id = self.document.workshop.boards[from_].id
        self._apply(MoveBoard(board_id, to))

    def add_board(self) -> None:
        number = len(self.document.workshop.boards) + 1
        board = Board(id=new_id(), title=_tr("Tavle {n}").format(n=number), template="tom")
        if self._apply(AddBoard(board)):
            self.tabs.setCurrentIndex(len(self.document.workshop.boards) - 1)

    def rename_board(self) -> None:
        scene = self.current_scene()
        if scene is None or scene.board is None:
            return
        title, ok = QInputDialog.getText(self, _tr("Omdøb tavle"), _tr("Tavlens navn:"),
                                         text=scene.board.title)
        if ok and title != scene.board.title:
            self._apply(RenameBoard(scene.board_id, title))

    def remove_board(self) -> None:
        scene = self.current_scene()
        if scene is None or len(self.document.workshop.boards) < 2:
            return
        self._apply(RemoveBoard(scene.board_id))

    # -- edits -----------------------------------------------------------------------

    def _apply(self, operation) -> bool:
        if self.door.apply(operation, origin=self):
            return True
        self._refresh_tabs()
        return False

    def undo(self) -> None:
        self.view.finish_editing()  # a text being typed is one step of its own, first
        self.door.undo()

    def redo(self) -> None:
        self.view.finish_editing()
        self.door.redo()

    def new_card(self) -> None:
        """A card of the palette's kind beside the focused card, or in the middle of the view."""
        focused = self.view.focused_card()
        if focused is not None:
            center = focused.sceneBoundingRect().center() + QPointF(focused.card.width + 40, 0)
        else:
            center = self.view.mapToScene(self.view.viewport().rect().center())
        self.new_card_at(center)

    def new_card_at(self, center: QPointF) -> None:
        scene = self.current_scene()
        if scene is None:
            return
        card_id = scene.new_card(self.palette.current_kind(), center)
        if card_id is not None:
            scene.clearSelection()
            scene.cards[card_id].setSelected(True)
            scene.setFocusItem(scene.cards[card_id])
            self.view.setFocus()
            self.view.edit_card(card_id)

    def duplicate(self) -> None:
        scene = self.current_scene()
        if scene is not None:
            scene.duplicate_selection()

    def select_all(self) -> None:
        scene = self.current_scene()
        if scene is not None:
            for item in [*scene.cards.values(), *scene.links.values()]:
                item.setSelected(True)

    def edit_workshop(self) -> None:
        from kerneopgave_desktop.ui.workshop_dialog import WorkshopDialog  # on first use

        dialog = WorkshopDialog(self.document.workshop.info, self)
        if dialog.exec():
            changes = dialog.changes(self.document.workshop.info)
            if changes:
                self._apply(EditWorkshop(**changes))

    def save_as(self) -> None:
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
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Om Kerneopgave-tavlen"),
                          f"Kerneopgave-tavlen {__version__}\n\n"
                          + _tr("En dialogtavle om kerneopgaven til kommunale arbejdspladser. "
                                "Alt gemmes lokalt; programmet bruger aldrig netværket.")
                          + "\n\n" + guide_content.CREDIT.label(), QMessageBox.StandardButton.Ok,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def show_problem(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Kerneopgave-tavlen"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if self.document.unsaved is not None:  # the work is only in memory: offer a way out
            copy = box.addButton(_tr("Gem en kopi…"), QMessageBox.ButtonRole.AcceptRole)
            copy.clicked.connect(self.save_as)
            box.setDefaultButton(copy)
        self._refresh_title()
        box.open()

    # -- refresh ---------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.boards:
            self._refresh_tabs()
        if changes.snapshots and self.docks["snapshots"].built() is not None:
            self.snapshots.refresh()
        if changes.info or self.document.unsaved is not None:
            self._refresh_title()
        self._refresh_actions()
        self._selection_changed()

    def _refresh_actions(self) -> None:
        writable = not self.document.read_only
        for action in self.edit_actions:
            action.setEnabled(writable)
        self.undo_action.setEnabled(writable and self.document.can_undo)
        self.redo_action.setEnabled(writable and self.document.can_redo)
        self.undo_action.setText(_tr("Fortryd {what}").format(what=self.document.undo_label)
                                 if self.document.can_undo else _tr("Fortryd"))
        self.redo_action.setText(_tr("Gentag {what}").format(what=self.document.redo_label)
                                 if self.document.can_redo else _tr("Gentag"))
        self.remove_board_action.setEnabled(writable and len(self.document.workshop.boards) > 1)

    def _refresh_title(self) -> None:
        store = self.document.store
        name = Path(store.path).name if store is not None else _tr("Uden navn")
        suffix = _tr(" (skrivebeskyttet)") if self.document.read_only else ""
        if self.document.unsaved is not None:
            suffix = _tr(" (ikke gemt – gem en kopi)")
        self.setWindowTitle(f"{name}{suffix} – Kerneopgave-tavlen")

    def _selection_changed(self) -> None:
        scene = self.current_scene()
        selected = scene.selectedItems() if scene is not None else []
        item = None
        if scene is not None and len(selected) == 1 and scene.board is not None:
            container = scene.board.container(getattr(selected[0], "id", ""))
            item = container.get(selected[0].id) if container is not None else None
        self.inspector.show_item(scene, item)

    def _context_menu(self, pos) -> None:
        from kerneopgave_desktop.ui.context_menu import board_menu  # on the first right-click

        menu = board_menu(self, pos)
        if menu is not None:
            menu.popup(self.view.viewport().mapToGlobal(pos))

    def _kind_chosen(self, kind: str) -> None:
        for scene in self.scenes.values():
            scene.current_kind = kind

    def _may_close_unsaved(self) -> bool:
        """Work only in memory: save a copy first, leave it, or stay."""
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Kerneopgave-tavlen"), _tr(
            "De seneste ændringer kunne ikke gemmes i filen. Gem en kopi, før du lukker?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Save).setText(_tr("Gem en kopi…"))
        box.button(QMessageBox.StandardButton.Discard).setText(_tr("Luk uden at gemme"))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            self.save_as()
            return self.document.unsaved is None
        return answer == QMessageBox.StandardButton.Discard

    def close_keeping_document(self) -> None:
        """Close this window but not its file: another window takes the document over."""
        self._keep_document = True
        self.close()

    def closeEvent(self, event) -> None:
        if self._closed:  # closing twice: the first time let go of it all
            event.accept()
            return
        if (self.document.unsaved is not None and not self.document.flush()
                and not self._may_close_unsaved()):
            event.ignore()
            return
        self._closed = True
        self.room.close()  # nothing listens once the window is gone
        self.write_retry.stop()
        if self.meeting.presentation is not None:
            self.meeting.presentation.close()
        self.view.finish_editing()
        self._unsubscribe()
        for scene in self.scenes.values():
            scene.detach()
        if not self._keep_document:
            self.document.close()
        super().closeEvent(event)
