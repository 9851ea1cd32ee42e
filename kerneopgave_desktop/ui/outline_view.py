"""The outline's widgets: the tree a screen reader reads and the keyboard edits (its keys
are the outline's commands), the editor of a card's text in place, and the window of its own
in large type. What the keys do is in ui.outline_commands; ui.outline puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPlainTextEdit,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop.ui.outline_model import CARD, LINK, OutlineModel

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
