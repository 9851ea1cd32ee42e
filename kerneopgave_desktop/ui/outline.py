"""The outline ("Oversigt"): the board as a tree a screen reader reads and the keyboard
edits, as a dock beside the board and as a window of its own in large type.

Every operation the board offers is a key here, through the window's door and with the same
document operations: a card of any kind (Insert), a zone, editing in place (F2 or Enter),
the fields in the inspector (Alt+Enter), moving cards into a zone (Ctrl+M), a link to
another card chosen from a list (Ctrl+B), deleting (Delete), dots (+ and −), and the
window's dilemma round (Ctrl+R) on the dilemmas chosen here. The selection is the board's:
choosing rows here selects those items on the board (showing their board), and selecting on
the board chooses their rows here. The rows follow the change stream (ui.outline_model).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsItem,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop.document import AddItems, MoveItems, RemoveItems, Vote
from kerneopgave_desktop.domain import reading
from kerneopgave_desktop.domain.model import CARD_TYPES, Board, Link, Zone, new_id
from kerneopgave_desktop.domain.placing import spot_beside, spot_in_zone
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS, LINK_KINDS
from kerneopgave_desktop.ui.actions import new_action
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.outline_model import BOARD, CARD, LINK, ZONE, Node, OutlineModel

LARGE_TYPE = 1.75
"""The outline's own window shows text this many times the system's size."""


def _tr(source: str, n: int | None = None) -> str:
    return QCoreApplication.translate("Outline", source, None, -1 if n is None else n)


def _combination(event: QKeyEvent):
    """The key pressed, without the keypad's flag, and Shift dropped from + and −, which
    some keyboards only give with Shift."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Minus):
        modifiers &= ~Qt.KeyboardModifier.ShiftModifier
    return QKeySequence(event.key() | modifiers.value)


@dataclass(frozen=True)
class Command:
    """One thing the outline does, by a key while it has the focus and in its menu."""

    text: str
    keys: tuple[str, ...]
    run: Callable[[], object]
    writes: bool = True
    """It changes the document (off while the file is read-only)."""


class _TextEditor(QPlainTextEdit):
    """A card's text in place: Enter keeps it, Shift+Enter starts a new line, Escape leaves
    it as it was."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(_tr("Kortets tekst"))


class TextDelegate(QStyledItemDelegate):
    """Edits a card's text in a text box of several lines; titles and labels on one line."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        node = index.internalPointer()
        if node is not None and node.kind == CARD:
            editor = _TextEditor(parent)
            editor.installEventFilter(self)
            return editor
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(_tr("Navn") if node.kind != LINK else _tr("Tekst på pilen"))
        return editor

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """Tall enough for the row's text wrapped to the width it has: QTreeView asks
        without a width, and Qt's style then lays the text out on one line, to be cut."""
        view = self.parent()
        if not isinstance(view, QTreeView) or not view.wordWrap():
            return super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        steps = depth + (1 if view.rootIsDecorated() else 0)
        width = max(view.viewport().width() - view.indentation() * steps, 80)
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, width, max(option.rect.height(), 1))
        return super().sizeHint(wrapped, index)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, _TextEditor):
            rect = option.rect
            rect.setHeight(max(rect.height(), 4 * editor.fontMetrics().lineSpacing()))
            editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, _TextEditor):
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, _TextEditor):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (isinstance(editor, _TextEditor) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)


class OutlineView(QTreeView):
    """The tree of one outline; its keys are the outline's commands."""

    def __init__(self, model: OutlineModel, selection: QItemSelectionModel,
                 commands: list[Command], menu: Callable[[QWidget, QPoint], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionModel(selection)
        self.commands = commands
        self._menu = menu
        self.setHeaderHidden(True)
        self.setAccessibleName(_tr("Oversigt"))
        self.setAccessibleDescription(_tr("Tavlerne, felterne og kortene i læserækkefølge"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setItemDelegate(TextDelegate(self))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAllColumnsShowFocus(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        model.rowsInserted.connect(self._expand_inserted)
        model.modelReset.connect(self.expandAll)
        self.expandAll()

    def resizeEvent(self, event) -> None:
        """A new width wraps the rows' text anew (TextDelegate.sizeHint)."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.expandRecursively(self.model().index(row, 0, parent))
        if parent.isValid():
            self.expand(parent)

    def _command(self, event: QKeyEvent) -> Command | None:
        pressed = _combination(event)
        for command in self.commands:
            if any(QKeySequence(key).matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                   for key in command.keys):
                return command
        return None

    def event(self, event: QEvent) -> bool:
        """The outline's keys win over the window's (Delete, Insert) while it has the focus."""
        if event.type() == QEvent.Type.ShortcutOverride and self.state() != \
                QAbstractItemView.State.EditingState and self._command(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            command = self._command(event)
            if command is not None:
                command.run()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    self.currentIndex().isValid():
                self.edit(self.currentIndex())
                return
            if event.key() == Qt.Key.Key_F10 and \
                    event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
                self._menu(self, self.visualRect(self.currentIndex()).center())
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        self._menu(self, event.pos())


class LinkDialog(QDialog):
    """Choose the card to link to from a list, and the kind of link."""

    def __init__(self, board: Board, source_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Forbind med et andet kort"))
        self.targets = QListWidget()
        self.targets.setAccessibleName(_tr("Kortet, der forbindes til"))
        order = reading.read(board)
        for card_id in order.cards():
            if card_id == source_id:
                continue
            card = board.cards[card_id]
            zone = order.zone.get(card_id)
            text = reading.card_title(card, 100)
            if zone is not None:
                text += " · " + _tr("i feltet {zone}").format(
                    zone=reading.zone_title(board.zones[zone]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, card_id)
            self.targets.addItem(item)
        self.targets.setCurrentRow(0)
        self.kind = QComboBox()
        for term in LINK_KINDS.terms:
            self.kind.addItem(term.label(), term.code)
        self.kind.setCurrentIndex(self.kind.findData("plain"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.targets.itemActivated.connect(lambda _: self.accept())
        layout = QVBoxLayout(self)
        source = QLabel(_tr("Fra: {card}").format(card=reading.card_title(
            board.cards[source_id], 100)))
        source.setTextFormat(Qt.TextFormat.PlainText)
        source.setWordWrap(True)
        layout.addWidget(source)
        heading = QLabel(_tr("&Til:"))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setBuddy(self.targets)
        layout.addWidget(heading)
        layout.addWidget(self.targets)
        form = QFormLayout()
        form.addRow(_tr("&Slags forbindelse:"), self.kind)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def chosen(self) -> tuple[str, str] | None:
        """The card chosen and the kind of link, or None."""
        item = self.targets.currentItem()
        if item is None:
            return None
        return item.data(Qt.ItemDataRole.UserRole), self.kind.currentData()


class OutlineWindow(QWidget):
    """The outline in a window of its own, in large type, with its own inspector beside it."""

    def __init__(self, view: OutlineView, inspector: QWidget, find_bar: QWidget | None,
                 title: str, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(title)
        self.setObjectName("outline-window")
        self.view = view
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
        # A style sheet, not setFont: the application's own style sheet (the themes) stops a
        # font set on a window from reaching the widgets in it; this reaches them all, the
        # inspector's pages made later included.
        self.setStyleSheet(f"* {{ font-size: {size * LARGE_TYPE:.1f}pt; }}")
        inspector.setMinimumWidth(round(inspector.width() * LARGE_TYPE))
        inspector.setMaximumWidth(16_777_215)
        splitter = QSplitter()
        splitter.addWidget(view)
        splitter.addWidget(inspector)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if find_bar is not None:
            layout.addWidget(find_bar)
        layout.addWidget(splitter)
        self.resize(1400, 900)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape (not taken by the tree or an editor) goes back to the board's window."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


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
        self.commands = [
            Command(_tr("Nyt kort…"), ("Ins",), self.choose_kind),
            Command(_tr("Nyt felt"), ("Ctrl+Ins",), self.add_zone),
            Command(_tr("Ret tekst"), ("F2",), self.edit_current),
            Command(_tr("Egenskaber"), ("Alt+Return", "Alt+Enter"), focus_inspector,
                    writes=False),
            Command(_tr("Flyt til felt…"), ("Ctrl+M",), self.move_to_zone),
            Command(_tr("Forbind med…"), ("Ctrl+B",), self.link),
            Command(_tr("Giv stemme"), ("+",), lambda: self.vote(1)),
            Command(_tr("Fjern stemme"), ("-",), lambda: self.vote(-1)),
            Command(_tr("Slet"), ("Del",), self.delete),
        ]
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

    # -- commands -----------------------------------------------------------------------------

    def _writable(self) -> bool:
        return not self.context.document.read_only

    def _board(self) -> Board | None:
        current = self.current()
        if current is None:
            return None
        try:
            return self.context.document.workshop.board(current.board_id)
        except KeyError:
            return None

    def _zone_here(self, board: Board) -> Zone | None:
        """The zone of the current row: itself, or the zone its card is in."""
        current = self.current()
        if current is None:
            return None
        if current.kind == ZONE:
            return board.zones.get(current.id)
        node = current.parent if current.kind == LINK else current
        while node is not None and node.kind not in (ZONE, BOARD):
            node = node.parent
        return board.zones.get(node.id) if node is not None and node.kind == ZONE else None

    def _owner(self) -> QWidget:
        focused = [view for view in self.views() if view.hasFocus()]
        return focused[0] if focused else (self.views()[0] if self.views() else
                                           self.context.dialog_parent)

    def choose_kind(self) -> None:
        """Ask which kind of card (a menu at the current row), then add one of it."""
        if not self._writable() or self._board() is None:
            return
        owner = self._owner()
        menu = QMenu(owner)
        menu.setAccessibleName(_tr("Slags kort"))
        for term in CARD_KINDS.terms:
            action = menu.addAction(term.label())
            action.setToolTip(term.hint())
            action.setData(term.code)
        menu.setActiveAction(menu.actions()[0])  # Enter takes it, the arrows go on from it
        place = owner.visualRect(owner.currentIndex()).bottomLeft() \
            if isinstance(owner, QTreeView) else QPoint(0, 0)
        chosen = menu.exec(owner.viewport().mapToGlobal(place) if isinstance(owner, QTreeView)
                           else owner.mapToGlobal(place))
        if chosen is not None:  # once the menu has gone: the editor keeps the keyboard
            owner.window().activateWindow()
            self.add_card(chosen.data())

    def add_card(self, kind: str) -> str | None:
        """A card of `kind` in the current row's zone (else beside the board), in place for
        its text; its id."""
        board = self._board()
        if board is None:
            return None
        probe = CARD_TYPES[kind](id="probe")
        zone = self._zone_here(board)
        x, y = spot_in_zone(board, zone, probe.width, probe.height) if zone is not None \
            else spot_beside(board, probe.width, probe.height)
        card = CARD_TYPES[kind](id=new_id(), x=x, y=y)
        if not self.context.door.apply(AddItems(board.id, [card]), origin=self):
            return None
        self._choose(card.id)
        self.edit_current()
        return card.id

    def add_zone(self) -> str | None:
        """A zone beside the board, its title in place to be written."""
        board = self._board()
        if board is None or not self._writable():
            return None
        probe = Zone(id="probe")
        x, y = spot_beside(board, probe.width, probe.height)
        zone = Zone(id=new_id(), title=_tr("Nyt felt"), x=x, y=y)
        if not self.context.door.apply(AddItems(board.id, [zone], at={zone.id: len(board.zones)}),
                                       origin=self):
            return None
        self._choose(zone.id)
        self.edit_current()
        return zone.id

    def _choose(self, item_id: str) -> None:
        index = self.model.index_of(item_id)
        if index.isValid():
            self.selection.setCurrentIndex(index,
                                           QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def edit_current(self) -> None:
        """Edit the current row's text (a card's text, a title, a link's label) in place."""
        owner = self._owner()
        if self._writable() and isinstance(owner, QTreeView) and owner.currentIndex().isValid():
            owner.edit(owner.currentIndex())

    def move_to_zone(self) -> None:
        """Ask for a zone (from a list), and move the chosen cards into it."""
        board = self._board()
        cards = [node.id for node in self.chosen() if node.kind == CARD]
        if board is None or not cards or not board.zones or not self._writable():
            return
        order = [zone_id for zone_id in reading.read(board).top if zone_id in board.zones]
        names = [reading.zone_title(board.zones[zone_id]) for zone_id in order]
        name, ok = QInputDialog.getItem(self._owner(), _tr("Flyt til felt"),
                                        _tr("Flyt %n kort til feltet:", len(cards)),
                                        names, 0, False)
        if not ok or name not in names:
            return
        zone = board.zones[order[names.index(name)]]
        places: dict[str, tuple[float, float]] = {}
        for card_id in cards:
            card = board.cards[card_id]
            taken = [(x, y, board.cards[i].width, board.cards[i].height)
                     for i, (x, y) in places.items()]
            places[card_id] = spot_in_zone(board, zone, card.width, card.height, taken, cards)
        self.context.door.apply(MoveItems(board.id, places), origin=self)
        self._choose(cards[0])

    def link(self) -> str | None:
        """A link from the current card to one chosen from a list; its id."""
        board = self._board()
        current = self.current()
        if board is None or current is None or current.kind != CARD or len(board.cards) < 2 \
                or not self._writable():
            return None
        dialog = LinkDialog(board, current.id, self._owner())
        chosen = dialog.chosen() if dialog.exec() else None
        if chosen is None:
            return None
        link = Link(id=new_id(), source=current.id, target=chosen[0], kind=chosen[1])
        if self.context.door.apply(AddItems(board.id, [link]), origin=self):
            return link.id
        return None

    def vote(self, delta: int) -> None:
        """A dot more (1) or fewer (−1) on each chosen card."""
        board = self._board()
        cards = [node.id for node in self.chosen() if node.kind == CARD]
        if board is not None and cards and self._writable():
            self.context.door.apply(Vote(board.id, cards, delta), origin=self)

    def delete(self) -> None:
        """Delete the chosen cards, zones and links (a card takes its links with it)."""
        board = self._board()
        ids = [node.id for node in self.chosen() if node.kind != BOARD]
        if board is None or not ids or not self._writable():
            return
        after = self._row_after(ids)
        if self.context.door.apply(RemoveItems(board.id, ids), origin=self) and after:
            self._choose(after)

    def _row_after(self, ids: list[str]) -> str | None:
        """The row that takes the focus once these are gone: the next one, else the one
        above."""
        node = self.model.nodes.get(ids[-1])
        while node is not None and node.parent is not None:
            siblings = node.parent.children
            rest = [n for n in siblings[siblings.index(node) + 1:] if n.id not in ids]
            earlier = [n for n in siblings[:siblings.index(node)] if n.id not in ids]
            if rest or earlier:
                return (rest[0] if rest else earlier[-1]).id
            node = node.parent
        return None

    # -- the menu -------------------------------------------------------------------------------

    def _menu(self, owner: QWidget, pos: QPoint) -> None:
        """The outline's commands with their keys, and the window's dilemma round."""
        menu = QMenu(owner)
        for command in self.commands:
            action = menu.addAction(command.text)
            action.setShortcut(QKeySequence(command.keys[0]))
            action.setShortcutVisibleInContextMenu(True)
            action.setEnabled(self._writable() or not command.writes)
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
