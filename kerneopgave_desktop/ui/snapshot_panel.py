"""Snapshots: take, list, rename, delete, open read-only, compare, restore as a new board."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.document import (
    AddBoard,
    DeleteSnapshot,
    Document,
    RenameSnapshot,
    TakeSnapshot,
)
from kerneopgave_desktop.domain import comparison
from kerneopgave_desktop.domain.diff import Diff, compare
from kerneopgave_desktop.domain.model import Board, Snapshot, Workshop
from kerneopgave_desktop.domain.snapshots import freeze, label, restored, take
from kerneopgave_desktop.ui.actions import close_keys
from kerneopgave_desktop.ui.context import WindowContext
from kerneopgave_desktop.ui.icons import themed_icon

NOW = ""
"""In the compare dialog: the boards as they are now."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("Snapshots", source)


class BoardsWindow(QWidget):
    """Boards shown read-only in tabs: an opened snapshot, or the 'to' side of a comparison."""

    closed = Signal()

    def __init__(self, title: str, boards: list[Board], parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(title)
        self.document = Document(Workshop(boards=[freeze(board) for board in boards]),
                                 read_only=True)
        self.scenes = [BoardScene(self.document, board.id, self) for board in boards]
        self.view = BoardView()
        self.tabs = QTabBar()
        for board in boards:
            self.tabs.addTab(board.title or _tr("Uden titel"))
        self.tabs.currentChanged.connect(self.show_board)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.tabs)
        self.layout_.addWidget(self.view)
        self.resize(1300, 850)
        # Escape closes (keyPressEvent: a drag in progress ends first), as Ctrl+W does.
        self.view.commands.cancel_action.setEnabled(False)
        close_keys(self, escape=False)
        if self.scenes:
            self.show_board(0)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            scene = self.view.board_scene()
            if scene is None or not scene.cancel_gesture():
                self.close()
            return
        super().keyPressEvent(event)

    def show_board(self, index: int) -> None:
        if 0 <= index < len(self.scenes):
            self.view.set_board_scene(self.scenes[index])

    def closeEvent(self, event) -> None:
        for scene in self.scenes:
            scene.detach()
        super().closeEvent(event)
        self.closed.emit()


class ComparisonWindow(BoardsWindow):
    """The 'to' boards with every change marked, and the changes as a list beside them."""

    def __init__(self, title: str, before: list[Board], after: list[Board], parent=None):
        super().__init__(title, after, parent)
        self.diff: Diff = compare(before, after)
        marks = self.diff.touched()
        for scene in self.scenes:
            for card_id, item in scene.cards.items():
                if card_id in marks:
                    item.set_diff_mark(marks[card_id])
            for ref in self.diff.removed:  # ghosts where removed cards stood
                if ref.board_id == scene.board_id:
                    scene.add_ghost(ref.card)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(_tr("Ændringer"))
        font = self.list.font()
        font.setPixelSize(16)
        self.list.setFont(font)
        self.list.setSpacing(2)
        if not self.diff:
            self.list.addItem(comparison.summary(self.diff))
        for heading, lines in comparison.sections_with_cards(self.diff):
            entry = QListWidgetItem(heading)
            font = entry.font()
            font.setBold(True)
            entry.setFont(font)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(entry)
            for ref, line in lines:
                item = QListWidgetItem(f"  {line}")
                if ref is not None:
                    item.setData(Qt.ItemDataRole.UserRole, (ref.board_id, ref.card.id))
                self.list.addItem(item)
        self.list.itemClicked.connect(self.show_card)
        splitter = QSplitter()
        boards = QWidget()
        boards.setLayout(self.layout_)
        splitter.addWidget(boards)
        splitter.addWidget(self.list)
        splitter.setSizes([900, 400])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    def show_card(self, item: QListWidgetItem) -> None:
        """Clicking a change shows its card: the board, centred, selected."""
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        board_id, card_id = target
        for index, scene in enumerate(self.scenes):
            if scene.board_id != board_id:
                continue
            self.tabs.setCurrentIndex(index)
            card = scene.cards.get(card_id) or next(
                (g for g in scene.ghosts if g.id == card_id), None)
            if card is not None:
                scene.clearSelection()
                if card.flags() & CardItem.GraphicsItemFlag.ItemIsSelectable:
                    card.setSelected(True)
                self.view.show_area(card.sceneBoundingRect().adjusted(-300, -200, 300, 200))


class CompareDialog(QDialog):
    def __init__(self, snapshots: list[Snapshot], parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Sammenlign"))
        form = QFormLayout(self)
        self.start, self.end = QComboBox(), QComboBox()
        for snapshot in snapshots:
            self.start.addItem(label(snapshot), snapshot.id)
            self.end.addItem(label(snapshot), snapshot.id)
        self.end.insertItem(0, _tr("Nu"), NOW)
        self.end.setCurrentIndex(0)
        form.addRow(_tr("Fra"), self.start)
        form.addRow(_tr("Til"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class SnapshotPanel(QWidget):
    def __init__(self, context: WindowContext, show_board: Callable[[int], None]):
        """`show_board(index)` shows the board at that place (a restored board, at the end)."""
        super().__init__()
        self.context = context
        self.show_board = show_board
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Øjebliksbilleder"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemDoubleClicked.connect(lambda _: self.open_selected())
        self.empty = QLabel(_tr("Ingen øjebliksbilleder endnu.\n\nTag et, før I ændrer tavlen, "
                                "fx »Før mødet«. Så kan I bagefter se, hvad der er flyttet, "
                                "tilføjet og omformuleret, eller hente tavlen frem igen, "
                                "som den var."))
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMargin(6)
        self.take_button = QPushButton(themed_icon("camera"), _tr("Tag øjebliksbillede…"))
        self.take_button.clicked.connect(self.take)
        self.take_button.setMinimumHeight(36)
        self.buttons: list[QToolButton] = []
        """What can be done with the snapshot chosen in the list (off until one is)."""
        row = QGridLayout()
        row.setSpacing(2)
        actions = ((_tr("Åbn"), "eye", self.open_selected),
                   (_tr("Sammenlign…"), "git-compare", self.compare),
                   (_tr("Gendan"), "archive-restore", self.restore),
                   (_tr("Omdøb…"), "pencil", self.rename), (_tr("Slet"), "trash-2", self.delete))
        for number, (text, icon, slot) in enumerate(actions):
            button = QToolButton()
            button.setText(text)
            button.setIcon(themed_icon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setAutoRaise(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(slot)
            row.addWidget(button, 0, number)
            self.buttons.append(button)
        self.buttons[2].setToolTip(_tr("Gendan som ny tavle"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.take_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(row)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.refresh()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in self.buttons:
            button.setEnabled(chosen or button is self.buttons[1])

    # -- list -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.list.clear()
        empty = not self.context.document.workshop.snapshots
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)
        for snapshot in reversed(self.context.document.workshop.snapshots):  # newest first
            scope = _tr("hele arbejdsmødet") if snapshot.board is None else \
                ", ".join(board.title for board in snapshot.content)
            item = QListWidgetItem(f"{label(snapshot)}\n{scope}")
            item.setData(Qt.ItemDataRole.UserRole, snapshot.id)
            item.setIcon(themed_icon("camera"))
            self.list.addItem(item)
        self._enable()

    def selected(self) -> Snapshot | None:
        item = self.list.currentItem()
        snapshot_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((s for s in self.context.document.workshop.snapshots
                     if s.id == snapshot_id), None)

    def _apply(self, operation) -> bool:
        return self.context.door.apply(operation, origin=self)

    # -- actions ---------------------------------------------------------------------

    def take(self) -> None:
        dialog = QDialog(self.context.dialog_parent)
        dialog.setWindowTitle(_tr("Tag øjebliksbillede"))
        form = QFormLayout(dialog)
        name = QLineEdit()
        name.setPlaceholderText(_tr("fx Personalemøde 3. marts"))
        scope = QComboBox()
        scope.addItem(_tr("Hele arbejdsmødet"), None)
        scene = self.context.current_scene()
        if scene is not None and scene.board is not None:
            scope.addItem(_tr("Kun tavlen »{title}«").format(title=scene.board.title),
                          scene.board_id)
        form.addRow(_tr("Navn"), name)
        form.addRow(_tr("Omfang"), scope)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() and name.text().strip():
            self.take_named(name.text().strip(), scope.currentData())

    def take_named(self, name: str, board_id: str | None = None) -> None:
        self._apply(TakeSnapshot(take(self.context.document.workshop, name, board_id)))

    def open_selected(self) -> QWidget | None:
        snapshot = self.selected()
        if snapshot is None:
            return None
        return self.context.windows.show(BoardsWindow(
            _tr("Øjebliksbillede: {name} (skrivebeskyttet)").format(name=label(snapshot)),
            list(snapshot.content), self.context.dialog_parent))

    def compare(self) -> QWidget | None:
        snapshots = self.context.document.workshop.snapshots
        if not snapshots:
            self.context.show_problem(_tr("Tag først et øjebliksbillede at sammenligne med."))
            return None
        dialog = CompareDialog(snapshots, self.context.dialog_parent)
        chosen = self.selected()
        if chosen is not None:
            dialog.start.setCurrentIndex(dialog.start.findData(chosen.id))
        if not dialog.exec():
            return None
        return self.compare_ids(dialog.start.currentData(), dialog.end.currentData())

    def compare_ids(self, start_id: str, end_id: str) -> QWidget:
        workshop = self.context.document.workshop
        start = next(s for s in workshop.snapshots if s.id == start_id)
        if end_id == NOW:
            shown = {board.id for board in start.content}
            after = [b for b in workshop.boards if start.board is None or b.id in shown]
            title = _tr("Hvad har ændret sig siden {name}").format(name=label(start))
        else:
            end = next(s for s in workshop.snapshots if s.id == end_id)
            after = list(end.content)
            title = _tr("Fra {start} til {end}").format(start=label(start), end=label(end))
        window = self.context.windows.show(
            ComparisonWindow(title, list(start.content), after, self.context.dialog_parent))
        window.view.fit_all()
        return window

    def restore(self) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        document = self.context.document

        def restore() -> None:
            for board in snapshot.content:
                title = _tr("{board} (fra {name})").format(board=board.title, name=snapshot.name)
                document.apply(AddBoard(restored(board, title)))
        if self.context.door.group(_tr("Gendan øjebliksbillede"), restore, origin=self):
            self.show_board(len(document.workshop.boards) - 1)

    def rename(self) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        name, ok = QInputDialog.getText(self.context.dialog_parent, _tr("Omdøb øjebliksbillede"),
                                        _tr("Navn:"), text=snapshot.name)
        if ok and name.strip() and name.strip() != snapshot.name:
            self._apply(RenameSnapshot(snapshot.id, name.strip()))

    def delete(self) -> None:
        snapshot = self.selected()
        if snapshot is not None:
            self._apply(DeleteSnapshot(snapshot.id))
