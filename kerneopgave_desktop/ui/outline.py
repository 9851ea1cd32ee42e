"""The outline ("Oversigt"): the board as a tree a screen reader reads and the keyboard
edits, as a dock beside the board and as a window of its own in large type.

Every operation the board offers is a key here, through the window's door and with the same
document operations: a card of any kind (Insert), a zone, editing in place (F2 or Enter),
the fields in the inspector (Alt+Enter), moving cards into a zone (Ctrl+M), a link to
another card chosen from a list (Ctrl+B), deleting (Delete), dots (+ and −), and the
window's dilemma round (Ctrl+R) on the dilemmas chosen here. The selection is the board's:
choosing rows here selects those items on the board (showing their board), and selecting on
the board chooses their rows here. The rows follow the change stream (ui.outline_model);
the tree and the window are ui.outline_view, what the keys do ui.outline_commands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGraphicsItem, QMenu, QTreeView, QWidget

from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.outline_commands import OutlineCommands
from kerneopgave_desktop.ui.outline_model import Node, OutlineModel
from kerneopgave_desktop.ui.outline_view import OutlineView, OutlineWindow


def _tr(source: str, n: int | None = None) -> str:
    return QCoreApplication.translate("Outline", source, None, -1 if n is None else n)


class OutlineActions(QObject):
    """The outline for one window: its model, the dock's panel, its own window, the keys,
    and the selection shared with the board (see the module's docstring)."""

    def __init__(self, context: WindowContext, boards, round_action: QAction,
                 focus_inspector: Callable[[], None], parent: QObject):
        """`boards` is the window's BoardTabs; `focus_inspector` puts the keyboard in the
        inspector's fields; `round_action` runs the window's dilemma round."""
        super().__init__(parent)
        self.context = context
        self.boards = boards
        self.round_action = round_action
        self.focus_inspector = focus_inspector
        self.model: OutlineModel | None = None
        self.selection: QItemSelectionModel | None = None
        self.view: OutlineView | None = None
        self.window: OutlineWindow | None = None
        self.dock: QWidget | None = None
        self.finder = None
        """The window's search (ui.find_bar.Finder); its matches are marked here too."""
        self._syncing = False
        self.keys = OutlineCommands(context, self, focus_inspector, self)
        """What the keys do (ui.outline_commands)."""
        self.commands = self.keys.commands
        """The outline's commands, in its menu's order."""
        self.go_action = new_action(self, _tr("Oversigt"), self.go, "F6")
        self.go_action.setToolTip(_tr("Skift mellem tavlen og oversigten"))
        self.window_action = new_action(self, _tr("Oversigt i eget vindue"),
                                        self.toggle_window, "Ctrl+Shift+O", checkable=True)
        self.actions = [self.go_action, self.window_action]
        """For the View menu."""

    def key_table(self) -> tuple[str, list[tuple[str, str]]]:
        """The outline's keys for the shortcut sheet (Hjælp › Tastaturgenveje): they are in
        no menu of the window, only in the outline's own."""
        native = QKeySequence.SequenceFormat.NativeText
        keys = [(command.text.rstrip("…"),
                 ", ".join(QKeySequence(key).toString(native) for key in command.keys))
                for command in self.commands]
        keys.append((_tr("Oversigtens menu"),
                     QKeySequence("Shift+F10").toString(native) + ", " + _tr("menutasten")))
        return _tr("I oversigten"), keys

    # -- building -------------------------------------------------------------------------

    def _ensure_model(self) -> OutlineModel:
        if self.model is None:
            self.model = OutlineModel(self.context.document, self.context.door, self)
            self.selection = QItemSelectionModel(self.model, self)
            self.selection.selectionChanged.connect(self._rows_chosen)
            self.selection.currentChanged.connect(lambda *_: self._rows_chosen())
            self.model.updated.connect(self._board_selected)
            self.boards.selection_changed.connect(self._board_selected)
            self._board_selected()
        return self.model

    def _new_view(self) -> OutlineView:
        model = self._ensure_model()
        return OutlineView(model, self.selection, self.commands, self._menu)

    def panel(self) -> OutlineView:
        """The dock's tree, made when the dock is first shown."""
        if self.view is None:
            self.view = self._new_view()
        return self.view

    def attach(self, dock: QWidget) -> None:
        """The dock that holds the panel (the window makes it)."""
        self.dock = dock

    def close(self) -> None:
        """The window is closing: let go of the document."""
        if self.window is not None:
            self.window.close()
            self._unsubscribe()
        if self.model is not None:
            self.model.detach()

    # -- the two places ---------------------------------------------------------------------

    def views(self) -> list[OutlineView]:
        return [view for view in (self.view, self.window.view if self.window else None)
                if view is not None]

    def go(self) -> None:
        """From the board to the outline (showing its dock), and back."""
        panel = self.panel()
        if panel.hasFocus() and self.boards.view.isVisible():
            self.boards.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        if self.dock is not None:
            shown = self.dock.isVisible()
            self.dock.show()
            self.dock.raise_()
            window = self.dock.parentWidget()
            if not shown and hasattr(window, "resizeDocks"):  # room for the rows, not a strip
                window.resizeDocks([self.dock], [round(window.height() * 0.6)],
                                   Qt.Orientation.Vertical)
                window.resizeDocks([self.dock], [max(self.dock.width(),
                                                     round(window.width() * 0.22))],
                                   Qt.Orientation.Horizontal)
        panel.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not panel.currentIndex().isValid():
            panel.setCurrentIndex(self.model.index(0, 0))

    def toggle_window(self) -> None:
        """The outline in a window of its own, in large type; or close that window."""
        if self.window is not None and self.window.isVisible():
            self.window.close()
            return
        if self.window is None:
            from kerneopgave_desktop.ui.inspector import Inspector

            self._inspector = Inspector(self.context.door)
            title = _tr("Oversigt – {window}").format(
                window=self.context.dialog_parent.windowTitle())
            bar = actions = None
            view = None
            if self.finder is not None:  # Ctrl+F, F3 and Shift+F3 in this window too
                from kerneopgave_desktop.ui.find_bar import FindActions, FindBar

                view = self._new_view()
                bar = FindBar(self.finder, view)
                actions = FindActions(self.finder, bar, self)
            self.window = OutlineWindow(view or self._new_view(), self._inspector, bar, title,
                                        self.context.dialog_parent)
            for action in actions.actions if actions is not None else ():
                self.window.addAction(action)
            self.boards.selection_changed.connect(self._inspect)
            self._unsubscribe = self.context.document.subscribe(
                lambda changes: self._inspect(changes.origin))
            self.window.installEventFilter(self)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.window.view.setFocus()
        self.window_action.setChecked(True)
        self._inspect()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.window_action.setChecked(False)
        return False

    def _inspect(self, origin: object = None) -> None:
        """The outline window's inspector shows what is selected, as the window's does."""
        if self.window is None or not self.window.isVisible():
            return
        scene = self.context.current_scene()
        selected = scene.selectedItems() if scene is not None else []
        item = None
        if scene is not None and scene.board is not None and len(selected) == 1:
            container = scene.board.container(getattr(selected[0], "id", ""))
            item = container.get(selected[0].id) if container is not None else None
        self._inspector.show_item(scene, item, origin)

    def show_matches(self) -> None:
        """Mark the rows the search found (ui.find_bar), and go to the one found now."""
        if self.model is None or self.finder is None:
            return
        current = self.finder.current() if self.finder.active else None
        self.model.set_matches(self.finder.ids(), current.item_id if current else None)

    # -- the selection, shared with the board -----------------------------------------------

    def chosen(self) -> list[Node]:
        """The rows chosen, on the board of the current row, in the outline's order."""
        if self.selection is None:
            return []
        current = self.model.node(self.selection.currentIndex())
        nodes = [self.model.node(index) for index in self.selection.selectedRows()]
        board_id = current.board_id if current is not None else \
            (nodes[0].board_id if nodes else None)
        nodes = [node for node in nodes if node is not None and node.board_id == board_id]
        if not nodes and current is not None:
            nodes = [current]
        return nodes

    def current(self) -> Node | None:
        return self.model.node(self.selection.currentIndex()) if self.selection else None

    def _rows_chosen(self, *_args) -> None:
        """Rows chosen here: show their board, and select their items on it."""
        if self._syncing or self.model is None or self.model.busy:
            return
        current = self.current()
        if current is None:
            return
        self._syncing = True
        try:
            index = [b.id for b in self.context.document.workshop.boards].index(current.board_id)
            self.boards.select(index)
            scene = self.context.current_scene()
            if scene is None or scene.board_id != current.board_id:
                return
            scene.clearSelection()
            for node in self.chosen():
                item = scene.cards.get(node.id) or scene.zones.get(node.id) or \
                    scene.links.get(node.id)
                if item is not None and item.flags() & \
                        QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
                    item.setSelected(True)
            card = scene.cards.get(current.id)
            if card is not None:
                scene.setFocusItem(card)
                self.boards.view.ensureVisible(card, 40, 40)
        finally:
            self._syncing = False

    def _board_selected(self) -> None:
        """Items selected on the board (or a change made): choose their rows here."""
        if self._syncing or self.model is None or self.model.busy:
            return
        scene = self.context.current_scene()
        if scene is None:
            return
        ids = scene.selected_ids()
        focus = scene.focusItem()
        lead = getattr(focus, "id", None) if getattr(focus, "id", None) in ids else \
            (ids[0] if ids else None)
        chosen = QItemSelection()
        for item_id in ids:
            index = self.model.index_of(item_id)
            if index.isValid():
                chosen.select(index, index)
        self._syncing = True
        try:
            current = self.current()
            if ids or current is None or current.board_id != scene.board_id:
                self.selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                target = self.model.index_of(lead) if lead else \
                    self.model.index_of(scene.board_id)
                if target.isValid():
                    self.selection.setCurrentIndex(target,
                                                   QItemSelectionModel.SelectionFlag.NoUpdate)
                    for view in self.views():
                        view.scrollTo(target)
        finally:
            self._syncing = False

    # -- the menu -------------------------------------------------------------------------------

    def _menu(self, owner: QWidget, pos: QPoint) -> None:
        """The outline's commands with their keys, and the window's dilemma round."""
        menu = QMenu(owner)
        for command in self.commands:
            action = menu.addAction(command.text)
            action.setShortcut(QKeySequence(command.keys[0]))
            action.setShortcutVisibleInContextMenu(True)
            action.setEnabled(self.keys.writable() or not command.writes)
            action.triggered.connect(lambda _=False, run=command.run: run())
        menu.addSeparator()
        menu.addAction(self.round_action)
        widget = owner.viewport() if isinstance(owner, QTreeView) else owner
        menu.exec(widget.mapToGlobal(pos))


def focus_first(container: QWidget) -> bool:
    """Put the keyboard in the first field of `container` that takes it (shown, enabled,
    reached by Tab); whether there was one."""
    for widget in container.findChildren(QWidget):
        if (widget.isVisibleTo(container) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisible()):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
    return False
