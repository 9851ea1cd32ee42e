"""The tabs over the board: one per board of the document, each with its scene.

Adding, renaming, moving (by dragging a tab) and removing boards are operations through the
door; the tabs follow the document's changes, not the other way round.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QTabBar

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.document import AddBoard, MoveBoard, Operation, RemoveBoard, RenameBoard
from kerneopgave_desktop.domain.model import Board, new_id
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.icons import themed_icon


def _tr(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


class BoardTabs(QObject):
    """The tab bar over the board and a scene per board; the Board menu's actions."""

    shown = Signal(object)
    """A BoardScene is now in the view (another board, or the first)."""
    selection_changed = Signal()
    """The selection on the board shown changed."""
    build_progress = Signal(int, int)
    """How many of the shown board's cards and links have their items, of how many: a
    large board builds them after its first frame (canvas.stepwise)."""

    def __init__(self, context: WindowContext, view: BoardView, parent: QObject):
        super().__init__(parent)
        self.context = context
        self.view = view
        self.scenes: dict[str, BoardScene] = {}
        self.card_kind = "note"
        """The kind a double-click on any board makes (the palette's choice)."""
        self.bar = QTabBar()
        self.bar.setMovable(True)
        self.bar.setExpanding(False)
        self.bar.setDocumentMode(True)
        self.bar.currentChanged.connect(self.show_index)
        self.bar.tabMoved.connect(self._tab_moved)
        self.bar.tabBarDoubleClicked.connect(lambda _: self.rename_board())
        self.add_action = new_action(self, _tr("Ny tavle"), self.add_board, icon="plus")
        self.templates_menu = QMenu(_tr("Ny tavle fra skabelon"), context.dialog_parent)
        self.templates_menu.setIcon(themed_icon("layout-template"))
        self.templates_menu.aboutToShow.connect(self._fill_templates)
        self.rename_action = new_action(self, _tr("Omdøb tavle…"), self.rename_board,
                                        icon="pencil")
        self.remove_action = new_action(self, _tr("Slet tavle"), self.remove_board,
                                        icon="trash-2")
        self.actions = [self.add_action, self.templates_menu, self.rename_action,
                        self.remove_action]
        """In the menu's order."""
        self.edit_actions = [self.add_action, self.templates_menu.menuAction(),
                             self.rename_action, self.remove_action]
        """The actions that change the document (off while it is read-only)."""

    # -- scenes -----------------------------------------------------------------------

    def scene(self, board_id: str) -> BoardScene:
        """The scene of a board, made when first shown."""
        scene = self.scenes.get(board_id)
        if scene is None:
            scene = self.scenes[board_id] = BoardScene(self.context.document, board_id,
                                                       self.context.door, self, stepwise=True)
            scene.selectionChanged.connect(self.selection_changed)
            scene.build_progress.connect(self._build_progress)
            scene.current_kind = self.card_kind
        return scene

    def _build_progress(self, built: int, count: int) -> None:
        if self.sender() is self.view.board_scene():
            self.build_progress.emit(built, count)

    def loaded(self) -> bool:
        """Whether every board shown so far has all its items (canvas.stepwise)."""
        return not any(scene.loading for scene in self.scenes.values())

    def set_card_kind(self, kind: str) -> None:
        """Double-clicks on every board make cards of `kind` from now on."""
        self.card_kind = kind
        for scene in self.scenes.values():
            scene.current_kind = kind

    def detach(self) -> None:
        """Let go of the document: the window is closing."""
        for scene in self.scenes.values():
            scene.detach()

    # -- tabs ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """One tab per board, in the document's order; the board shown stays shown."""
        boards = self.context.document.workshop.boards
        current = self.view.board_scene()
        current_id = current.board_id if current is not None else None
        self.bar.blockSignals(True)
        while self.bar.count():
            self.bar.removeTab(0)
        for board in boards:
            self.bar.addTab(board.title or _tr("Uden titel"))
        ids = [board.id for board in boards]
        for board_id in list(self.scenes):
            if board_id not in ids:
                self.scenes.pop(board_id).detach()
        self.bar.blockSignals(False)
        if ids:
            index = ids.index(current_id) if current_id in ids else 0
            self.bar.setCurrentIndex(index)
            self.show_index(index)

    def refresh_actions(self) -> None:
        """After the window has set every edit action by whether the file is writable: a
        workshop keeps at least one board."""
        if len(self.context.document.workshop.boards) < 2:
            self.remove_action.setEnabled(False)

    def show_index(self, index: int) -> None:
        """Show the board at `index` of the tab bar in the view."""
        boards = self.context.document.workshop.boards
        if not 0 <= index < len(boards):
            return
        scene = self.scene(boards[index].id)
        if scene is not self.view.board_scene():
            self.view.set_board_scene(scene)
            self.shown.emit(scene)
        self.selection_changed.emit()

    def select(self, index: int) -> None:
        """Show the board at `index` in the document's order."""
        if self.bar.currentIndex() != index:
            self.bar.setCurrentIndex(index)

    # -- edits ----------------------------------------------------------------------------

    def _apply(self, operation: Operation) -> bool:
        if self.context.door.apply(operation, origin=self):
            return True
        self.refresh()  # a dragged tab goes back where the document has it
        return False

    def _tab_moved(self, to: int, from_: int) -> None:
        board_id = self.context.document.workshop.boards[from_].id
        self._apply(MoveBoard(board_id, to))

    def add_board(self) -> None:
        """An empty board after the others, shown."""
        number = len(self.context.document.workshop.boards) + 1
        board = Board(id=new_id(), title=_tr("Tavle {n}").format(n=number), template="tom")
        if self._apply(AddBoard(board)):
            self.select(len(self.context.document.workshop.boards) - 1)

    def _fill_templates(self) -> None:
        from kerneopgave_desktop.domain.templates import TEMPLATES  # when the menu opens

        self.templates_menu.clear()
        for template in TEMPLATES.values():
            action = self.templates_menu.addAction(template.title())
            action.setToolTip(template.purpose())
            action.triggered.connect(lambda _=False, name=template.name: self.add_template(name))

    def add_template(self, name: str) -> None:
        """A ready board from the template `name`, after the others, shown."""
        from kerneopgave_desktop.domain.templates import TEMPLATES

        if self._apply(AddBoard(TEMPLATES[name].board())):
            self.select(len(self.context.document.workshop.boards) - 1)

    def rename_board(self) -> None:
        """Ask for the shown board's name, and rename it."""
        scene = self.view.board_scene()
        if scene is None or scene.board is None:
            return
        title, ok = QInputDialog.getText(self.context.dialog_parent, _tr("Omdøb tavle"),
                                         _tr("Tavlens navn:"), text=scene.board.title)
        if ok and title != scene.board.title:
            self._apply(RenameBoard(scene.board_id, title))

    def remove_board(self) -> None:
        """Remove the shown board (a workshop keeps at least one)."""
        scene = self.view.board_scene()
        if scene is None or len(self.context.document.workshop.boards) < 2:
            return
        self._apply(RemoveBoard(scene.board_id))
