"""Text typed into the inspector's fields, committed as it is typed.

Each change of a field's text is noted against the item and field it belongs to and applied
through the door a moment after the last key (`DELAY_MS`), or at once when the door is
flushed (before Undo, Redo, a board switch, closing, quitting). The commits of one spell of
typing into one field are one undo step (`document.Typed`); a spell ends when focus leaves
the field or the field shows another item. Because each noted edit carries its own target,
showing another card never sends the text typed for the last one anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer

from kerneopgave_desktop.document import SetFields, Typed
from kerneopgave_desktop.ui.operations import Door

DELAY_MS = 400
"""How long after the last key the text is committed (the file is written once per pause,
not once per key)."""


@dataclass(frozen=True)
class Target:
    """One field of one item: where typed text goes."""

    board_id: str
    item_id: str
    name: str
    edit: type[SetFields]
    """EditCard, EditLink or EditZone: `edit(board_id, item_id, **{name: value})`."""


class TypedText(QObject):
    """Typed edits waiting to be committed; `origin` of the changes they make is this object."""

    def __init__(self, door: Door, parent: QObject | None = None):
        super().__init__(parent)
        self.door = door
        self._pending: dict[Target, tuple[object, Any]] = {}
        self._spell = object()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.commit)
        door.add_typing(self.commit)

    def typed(self, target: Target, value: Any) -> None:
        """`target` now holds `value` (what the widget shows, empty text already as None)."""
        self._pending[target] = (self._spell, value)
        self._timer.start()

    def end_spell(self) -> None:
        """Commit now; what is typed next is a step of its own."""
        self.commit()
        self._spell = object()

    def next_spell(self) -> None:
        """What is typed next is a step of its own (what is waiting is committed as it was)."""
        self._spell = object()

    @property
    def waiting(self) -> bool:
        return bool(self._pending)

    def commit(self) -> None:
        """Apply every waiting edit whose value the model does not hold already."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        workshop = self.door.document.workshop
        for field, (spell, value) in pending.items():
            try:
                items = workshop.board(field.board_id).container(field.item_id)
            except KeyError:
                continue  # the board went meanwhile (undone elsewhere): nothing to write to
            if items is None or getattr(items[field.item_id], field.name) == value:
                continue
            edit = field.edit(field.board_id, field.item_id, **{field.name: value})
            self.door.apply(Typed(edit, spell), origin=self)
