"""The board's keyboard commands, as actions on the view: nudge the selection with the arrow
keys (Shift: further), give or take a dot (+, −), edit the focused card's text (Enter, F2),
cancel what is in progress (Escape), and the next or previous slide (Page Down, Page Up).

Each is a QAction with its shortcuts, active while the view has the keyboard focus; the
window puts the same actions in its menus, so the keys are written there too.

Nudging lifts the selection off the board (canvas.lift) and shows it moved as one while the
keys go on; the nudges are written as one step when the key is let go (`commit_nudge`),
before any other edit, on a press on the board, when the selection or the board changes,
when the view loses the focus, and at the latest a moment after the last nudge.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QKeySequence

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.zone_item import ZoneItem
from kerneopgave_desktop.document import NudgeItems, Vote

NUDGE, BIG_NUDGE = style.GRID, 5 * style.GRID
NUDGE_REST_MS = 1000
"""Nudges are written at the latest this long after the last one (should no key release
come, as on a platform that does not send one)."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("BoardCommands", source)


class CommandView(Protocol):
    """What the commands need of the view they belong to (canvas.view.BoardView)."""

    page_requested: SignalInstance
    escape_handler: Callable[[], bool] | None

    def board_scene(self) -> BoardScene | None: ...

    def focused_card(self) -> CardItem | None: ...

    def edit_card(self, card_id: str) -> None: ...

    def rename_zone(self, zone_id: str) -> None: ...

    def ensure_focus_visible(self, shift: QPointF | None = None) -> None: ...

    def addAction(self, action: QAction) -> None: ...


class BoardCommands(QObject):
    """The board's keyboard commands on one view (see the module's docstring)."""

    def __init__(self, view: CommandView):
        super().__init__(view)
        self.view = view
        self.nudge_actions: list[QAction] = []
        for text, key, dx, dy in (
                (_tr("Flyt til venstre"), "Left", -1, 0), (_tr("Flyt til højre"), "Right", 1, 0),
                (_tr("Flyt op"), "Up", 0, -1), (_tr("Flyt ned"), "Down", 0, 1)):
            self.nudge_actions.append(self._action(text, [key], lambda dx=dx, dy=dy:
                                                   self.nudge(dx * NUDGE, dy * NUDGE)))
        for text, key, dx, dy in (
                (_tr("Flyt langt til venstre"), "Shift+Left", -1, 0),
                (_tr("Flyt langt til højre"), "Shift+Right", 1, 0),
                (_tr("Flyt langt op"), "Shift+Up", 0, -1),
                (_tr("Flyt langt ned"), "Shift+Down", 0, 1)):
            self.nudge_actions.append(self._action(text, [key], lambda dx=dx, dy=dy:
                                                   self.nudge(dx * BIG_NUDGE, dy * BIG_NUDGE)))
        self.edit_action = self._action(_tr("Rediger kortets tekst eller feltets navn"),
                                        ["Return", "Enter", "F2"], self.edit_focused)
        self.vote_action = self._action(_tr("Giv stemme"), ["+"], lambda: self.vote(1))
        self.unvote_action = self._action(_tr("Fjern stemme"), ["-"], lambda: self.vote(-1))
        self.cancel_action = self._action(_tr("Afbryd, eller fravælg alt"), ["Escape"],
                                          self.cancel)
        self.next_action = self._action(_tr("Næste"), ["PgDown"],
                                        lambda: view.page_requested.emit(1))
        self.previous_action = self._action(_tr("Forrige"), ["PgUp"],
                                            lambda: view.page_requested.emit(-1))
        self.edit_actions = [*self.nudge_actions, self.vote_action, self.unvote_action]
        """The commands that change the document."""
        self._nudged: BoardScene | None = None
        """The scene whose selection is lifted by nudges not yet written."""
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(NUDGE_REST_MS)
        self._rest.timeout.connect(self.commit_nudge)

    def _action(self, text: str, keys: list[str], slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the view's own keys
        action.triggered.connect(lambda _checked=False: slot())
        self.view.addAction(action)
        return action

    def _writable_scene(self) -> BoardScene | None:
        scene = self.view.board_scene()
        return scene if scene is not None and not scene.document.read_only else None

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selection by (dx, dy), shown at once and written when the keys rest
        (`commit_nudge`); successive nudges of the same items are one step."""
        scene = self._writable_scene()
        if scene is None:
            return
        if self._nudged is not scene or scene.lifted is None:
            if scene.lifted is not None:
                return  # the mouse is dragging the selection
            self.commit_nudge()
            items = scene.selected_movable_items()
            if not items:
                return
            scene.lift(items, settle=self.commit_nudge)
            self._nudged = scene
        lifted = scene.lifted
        lifted.translate(lifted.dx + dx, lifted.dy + dy)
        self._rest.start()
        self.view.ensure_focus_visible(QPointF(lifted.dx, lifted.dy))

    def nudging(self) -> bool:
        """Whether nudges wait to be written."""
        return self._nudged is not None

    def commit_nudge(self) -> None:
        """Write the nudges made so far as one step (the items are put down where shown)."""
        scene, self._nudged = self._nudged, None
        self._rest.stop()
        if scene is None or scene.lifted is None:
            return
        lifted = scene.lifted
        moved = lifted.targets() if (lifted.dx, lifted.dy) != (0.0, 0.0) else {}
        try:  # moved in the model first, so the items are put down once, where they go
            if moved:
                scene.apply(NudgeItems(scene.board_id, moved))
        finally:
            scene.end_lift()

    def vote(self, delta: int) -> None:
        """A dot more (1) or fewer (-1) on each selected card."""
        scene = self._writable_scene()
        if scene is not None and scene.selected_cards():
            scene.apply(Vote(scene.board_id, [item.id for item in scene.selected_cards()],
                             delta))

    def edit_focused(self) -> None:
        """Edit the focused card's text in place; with a zone chosen instead, its title."""
        focused = self.view.focused_card()
        scene = self.view.board_scene()
        zones = [item for item in scene.selectedItems() if isinstance(item, ZoneItem)] \
            if scene is not None else []
        if focused is not None:
            self.view.edit_card(focused.id)
        elif len(zones) == 1:
            self.view.rename_zone(zones[0].id)

    def cancel(self) -> None:
        """Cancel the gesture in progress; else do what the view's `escape_handler` does (end
        the presentation, while presenting); else let go of the selection and the focus."""
        scene = self.view.board_scene()
        if scene is not None and scene.cancel_gesture():
            return
        handler = self.view.escape_handler
        if handler is not None and handler():
            return
        if scene is None:
            return
        scene.clearSelection()
        scene.setFocusItem(None)
