"""What every inspector page shares: the door its edits go through, and the text fields that
commit as they are typed (ui.typed_text), one spell of typing one undo step; a change that
is the echo of what is typed here leaves the fields (and the typist's cursor) as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.document import Operation, RecolourItems, SetFields
from kerneopgave_desktop.domain.model import Card, Link, Zone
from kerneopgave_desktop.ui.operations import Door
from kerneopgave_desktop.ui.typed_text import Target, TypedText


def _form_page(page: QWidget) -> QFormLayout:
    """A form at the top of `page`, the spare height left empty below it."""
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return form


class _Page(QWidget):
    """What every page shares: the door its edits go through, and what is being typed."""

    edit: type[SetFields]
    """The operation that sets this page's fields (EditCard, EditLink, EditZone)."""

    def __init__(self, door: Door, typed: TypedText, parent=None):
        super().__init__(parent)
        self.door = door
        self.typed = typed
        self.scene: BoardScene | None = None
        self.item: Card | Link | Zone | None = None
        self._loading = False

    def show_on(self, scene: BoardScene, item: Card | Link | Zone, origin: object) -> None:
        """Show `item`; when the change is the echo of what is typed here, refresh only
        derived state, so that the fields (and the typist's cursor) stay as they are."""
        if self.item is None or scene is not self.scene or item.id != self.item.id:
            self.typed.next_spell()  # another item: typing there is a step of its own
        self.scene, self.item = scene, item
        echo = origin is self.typed
        self._loading = True
        try:
            if not echo:
                self.load(item)
            self.derived(scene, item)
        finally:
            self._loading = False

    def load(self, item) -> None:
        """Put the item's values into the widgets."""

    def optional(self, name: str) -> bool:
        """Whether field `name` holds None rather than empty text."""
        return False

    def derived(self, scene: BoardScene, item) -> None:
        """Show what follows from the model (warnings); after every change."""

    def typing(self, widget: QWidget, name: str) -> None:
        """Commit `widget`'s text to field `name` as it is typed; end the spell on leaving."""
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda text: self._typed(name, text))
        else:
            widget.textChanged.connect(lambda: self._typed(name, widget.toPlainText()))
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.typed.end_spell()
        return False

    def _typed(self, name: str, text: str) -> None:
        if self._loading or self.item is None or self.scene is None:
            return
        value = None if self.optional(name) and text == "" else text
        self.typed.typed(Target(self.scene.board_id, self.item.id, name, self.edit), value)

    def apply(self, operation: Operation) -> None:
        """Apply through the door; a refused value is replaced by the model's again."""
        if not self.door.apply(operation, origin=self) and self.scene is not None:
            current = self._current()
            if current is not None:
                self.show_on(self.scene, current, None)

    def _current(self):
        board = self.scene.board if self.scene is not None else None
        items = board.container(self.item.id) if board is not None and self.item else None
        return items.get(self.item.id) if items is not None else None

    def _set(self, name: str, value) -> None:
        if self._loading or self.item is None or self.scene is None:
            return
        if self.optional(name) and value == "":
            value = None
        if getattr(self.item, name) != value:
            self.apply(self.edit(self.scene.board_id, self.item.id, **{name: value}))

    def _recolour(self, color: str | None) -> None:
        if not self._loading and self.item is not None and self.item.color != color:
            self.apply(RecolourItems(self.scene.board_id, {self.item.id: color}))
