"""Find (Ctrl+F): the cards, zones and links of every board that hold a text (domain.search).

Enter or F3 goes to the next match, Shift+Enter or Shift+F3 to the previous; the match found
now is selected on its board (which is shown), framed with the others on the laptop's view
(canvas.find_marks) and marked in the outline, and its place and words are said to a screen
reader. While presenting, the wall follows the found card without the marks. The search
follows the document: a match that is edited away drops out, a new one comes in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.find_marks import FindMarks
from kerneopgave_desktop.domain import reading, search
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.search import Match
from kerneopgave_desktop.ui.context import WindowContext

WALL_MARGIN = (300.0, 200.0)
"""Around the found card on the wall: enough board to see where it is."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("FindBar", source)


class Finder(QObject):
    """The search of one window: what is asked for, the matches, and the one found now."""

    changed = Signal()
    """The matches or the one found now changed."""

    def __init__(self, context: WindowContext, boards, meeting, parent: QObject):
        """`boards` is the window's BoardTabs; `meeting` its MeetingActions (the wall)."""
        super().__init__(parent)
        self.context = context
        self.boards = boards
        self.meeting = meeting
        self.text = ""
        self.matches: list[Match] = []
        self.index = -1
        self.active = False
        """A search is shown (its marks on the board)."""
        self._marks: FindMarks | None = None
        self._watched = None
        """The scene whose items are marked; marked again whenever they change."""
        self._unsubscribe = context.document.subscribe(self._on_changes)
        boards.shown.connect(lambda _scene: self._mark())

    def close(self) -> None:
        """The window is closing."""
        self._unsubscribe()

    def current(self) -> Match | None:
        return self.matches[self.index] if 0 <= self.index < len(self.matches) else None

    def search(self, text: str) -> None:
        """Find `text`; the match found now stays if it still matches, else the first."""
        self.active = True
        keep = self.current()
        self.text = text
        self.matches = search.find(self.context.document.workshop, text)
        self.index = self.matches.index(keep) if keep in self.matches else \
            (0 if self.matches else -1)
        self._mark()
        self.changed.emit()

    def step(self, delta: int) -> Match | None:
        """The next (1) or previous (−1) match, shown and selected; None when none."""
        self.active = True
        if not self.matches:
            return None
        self.index = (self.index + delta) % len(self.matches)
        self.show_current()
        self.changed.emit()
        return self.current()

    def stop(self) -> None:
        """The search is closed: no marks, in the board or in the outline."""
        self.active = False
        if self._marks is not None:
            self._marks.clear()
        self.changed.emit()

    def _on_changes(self, changes: Changes) -> None:
        """The words may have changed: find again (the board's marks follow its items,
        once the scene has them)."""
        if self.active and self.text and (changes.items or changes.boards):
            keep = self.current()
            self.matches = search.find(self.context.document.workshop, self.text)
            self.index = self.matches.index(keep) if keep in self.matches else \
                min(self.index, len(self.matches) - 1)
            self._mark()
            self.changed.emit()

    def summary(self) -> str:
        """"3 af 12", or that nothing was found."""
        if not self.text.strip():
            return ""
        if not self.matches:
            return _tr("Ingen fund")
        return _tr("{n} af {total}").format(n=self.index + 1, total=len(self.matches))

    def spoken(self) -> str:
        """What a screen reader is told of the match found now."""
        match = self.current()
        if match is None:
            return self.summary()
        board = self.context.document.workshop.board(match.board_id)
        if match.kind == search.CARD:
            what = reading.announcement(board, match.item_id)
        elif match.kind == search.ZONE:
            what = _tr("Felt: {title}").format(title=reading.zone_title(
                board.zones[match.item_id]))
        else:
            link = board.links[match.item_id]
            what = reading.link_line(board, link, link.source)
        return _tr("{summary}: {what}, på tavlen {board}").format(
            summary=self.summary(), what=what, board=board.title)

    # -- on the board ---------------------------------------------------------------------

    def _item(self, match: Match) -> QGraphicsItem | None:
        scene = self.context.current_scene()
        if scene is None or scene.board_id != match.board_id:
            return None
        return scene.cards.get(match.item_id) or scene.zones.get(match.item_id) or \
            scene.links.get(match.item_id)

    def show_current(self) -> None:
        """Show the match found now: its board, selected, in view on the laptop and the
        wall."""
        match = self.current()
        if match is None:
            return
        index = [board.id for board in self.context.document.workshop.boards].index(
            match.board_id)
        self.boards.select(index)
        item = self._item(match)
        if item is None:
            return
        scene = item.scene()
        scene.clearSelection()
        if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
            item.setSelected(True)
        if isinstance(item, CardItem):
            scene.setFocusItem(item)
        self.boards.view.ensureVisible(item, 60, 60)
        presentation = self.meeting.presentation
        if presentation is not None:
            rect = item.sceneBoundingRect()
            presentation.view.show_area(QRectF(rect).adjusted(
                -WALL_MARGIN[0], -WALL_MARGIN[1], WALL_MARGIN[0], WALL_MARGIN[1]))
        self._mark()

    def _mark(self, *_changed) -> None:
        scene = self.context.current_scene()
        if self._marks is not None and self._marks.scene is not scene:
            self._marks.clear()
            self._marks = None
        if scene is not self._watched:
            if self._watched is not None:
                self._watched.items_changed.disconnect(self._mark)
            self._watched = scene
            if scene is not None:
                scene.items_changed.connect(self._mark)
        if scene is None:
            return
        if self._marks is None:
            self._marks = FindMarks(scene)
        current = self.current()
        targets = [item for match in self.matches if (item := self._item(match)) is not None]
        now = self._item(current) if current is not None else None
        if self.active:
            self._marks.show(targets, now, {id(self.boards.view.viewport())})
        else:
            self._marks.clear()

    def ids(self) -> set[str]:
        """The ids of every match (while the search is shown)."""
        return {match.item_id for match in self.matches} if self.active else set()


class FindBar(QWidget):
    """The search line over the board: the text, how many were found, previous and next."""

    def __init__(self, finder: Finder, home: QWidget | None = None,
                 parent: QWidget | None = None):
        """`home` gets the keyboard back when the search is closed (else the board)."""
        super().__init__(parent)
        self.finder = finder
        self.home = home
        self.setObjectName("find-bar")
        self.line = QLineEdit()
        self.line.setAccessibleName(_tr("Søg i tavlerne"))
        self.line.setPlaceholderText(_tr("Søg i kort, felter og forbindelser"))
        self.line.setClearButtonEnabled(True)
        for button in self.line.findChildren(QToolButton):  # Qt's clear button, named
            button.setAccessibleName(_tr("Tøm søgefeltet"))
        label = QLabel(_tr("&Søg:"))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(self.line)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("888 af 888"))
        self.previous = QPushButton(_tr("Forrige"))
        self.previous.setToolTip(_tr("Forrige fund (Skift+F3)"))
        self.next = QPushButton(_tr("Næste"))
        self.next.setToolTip(_tr("Næste fund (Enter eller F3)"))
        self.done = QPushButton(_tr("Luk søgningen"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (label, self.line, self.count, self.previous, self.next, self.done):
            layout.addWidget(widget)
        layout.setStretch(1, 1)
        self.line.textChanged.connect(finder.search)
        self.line.installEventFilter(self)
        self.previous.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.done.clicked.connect(self.close_search)
        finder.changed.connect(self._refresh)
        self.hide()

    def open(self) -> None:
        """Show the bar with the keyboard in it, the last text chosen."""
        self.show()
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()
        self.finder.search(self.line.text())

    def go(self, delta: int) -> None:
        """The next (1) or previous (−1) match; the screen reader hears which."""
        if not self.isVisible():
            self.open()
        if self.finder.step(delta) is not None:
            self._announce(self.finder.spoken())

    def close_search(self) -> None:
        """Hide the bar and the marks; the keyboard goes back to the board."""
        self.hide()
        self.finder.stop()
        home = self.home if self.home is not None else self.finder.boards.view
        home.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _refresh(self) -> None:
        self.count.setText(self.finder.summary())
        found = bool(self.finder.matches)
        self.previous.setEnabled(found)
        self.next.setEnabled(found)

    def _announce(self, text: str) -> None:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.finder.context.show_status(text, 8000)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.line, text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                back = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.go(-1 if back else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_search()
                return True
        return False


class FindActions(QObject):
    """Ctrl+F, F3 and Shift+F3 for a window, and the bar they work with."""

    def __init__(self, finder: Finder, bar: FindBar, parent: QObject):
        super().__init__(parent)
        self.bar = bar
        self.find_action = self._action(_tr("Søg…"), QKeySequence.StandardKey.Find, bar.open)
        self.next_action = self._action(_tr("Find næste"), QKeySequence.StandardKey.FindNext,
                                        lambda: bar.go(1))
        self.previous_action = self._action(_tr("Find forrige"),
                                            QKeySequence.StandardKey.FindPrevious,
                                            lambda: bar.go(-1))
        self.actions = [self.find_action, self.next_action, self.previous_action]

    def _action(self, text: str, key: QKeySequence.StandardKey, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(QKeySequence.keyBindings(key))
        action.triggered.connect(lambda _checked=False: slot())
        return action
