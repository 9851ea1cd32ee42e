"""Gestures on the board, one class each, on one base: press, move, release, cancel.

The scene starts a gesture on a mouse press and hands it the moves and the release; a
gesture ends in at most one operation, applied at release through the scene's door (so a
drag is one undo step, and the file is written once). Escape, or anything else that calls
`cancel`, puts the board back as it was before the press and applies nothing.

The model for this is orange-canvas-core's `document/interactions.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.lift import Lift
from kerneopgave_desktop.document import AddItems, MoveItems, Operation, Vote
from kerneopgave_desktop.domain.model import Link, new_id


class GestureScene(Protocol):
    """What a gesture needs of the scene it happens on (canvas.scene.BoardScene)."""

    board_id: str

    def apply(self, operation: Operation) -> bool: ...

    def selected_movable_items(self) -> list[QGraphicsItem]: ...

    def mouseGrabberItem(self) -> QGraphicsItem | None: ...

    def snapped(self, pos: QPointF, size: QSizeF | None = None) -> QPointF: ...

    def lift(self, items: list[QGraphicsItem]) -> Lift: ...

    def end_lift(self) -> None: ...

    def card_item_at(self, pos: QPointF) -> CardItem | None: ...

    def addItem(self, item: QGraphicsItem) -> None: ...

    def removeItem(self, item: QGraphicsItem) -> None: ...

    def clearSelection(self) -> None: ...

    def select(self, items: Iterable[QGraphicsItem], clear: bool = True) -> None: ...

    def setSelectionArea(self, path: QPainterPath, *args) -> None: ...


class _ChromeLine(QGraphicsLineItem):
    """The line drawn while a link is dragged out: on the laptop only, not on the wall."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if style.marks_shown(widget):
            super().paint(painter, option, widget)


class _ChromeRect(QGraphicsRectItem):
    """The rubber band: on the laptop only, not on the wall."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if style.marks_shown(widget):
            super().paint(painter, option, widget)


class Gesture:
    """One gesture, from the press that starts it to the release that ends it."""

    def __init__(self, scene: GestureScene):
        self.scene = scene

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        """The press that started the gesture (the scene has already let Qt select)."""

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        """The mouse moved with the button held."""

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        """The button was let go: finish, applying at most one operation."""

    def cancel(self) -> None:
        """Put back what the gesture changed on screen; apply nothing."""


class MoveSelection(Gesture):
    """Dragging the selection: the item pressed follows the mouse, snapping as it goes, and
    the rest of the selection keeps its place beside it; all of them are lifted off the
    board and shown moved as one (canvas.lift), and one MoveItems at release puts them
    there; cancelled, they are put down where they were."""

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        self.origin = event.scenePos()
        self.items = self.scene.selected_movable_items()
        grabbed = self.scene.mouseGrabberItem()
        self.anchor = grabbed if grabbed in self.items else self.items[0]
        self.start = self.anchor.pos()
        self.lifted: Lift | None = None

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        size = self.anchor.rect().size() if isinstance(self.anchor, CardItem) else None
        delta = self.scene.snapped(self.start + event.scenePos() - self.origin, size) - self.start
        if self.lifted is None:
            if delta.isNull():
                return  # not moved yet: a click lifts nothing
            self.lifted = self.scene.lift(self.items)
        self.lifted.translate(delta.x(), delta.y())

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        lifted, self.lifted = self.lifted, None
        if lifted is None:
            return
        moved = lifted.targets() if (lifted.dx, lifted.dy) != (0.0, 0.0) else {}
        try:  # moved in the model first, so the items are put down once, where they go
            if moved:
                self.scene.apply(MoveItems(self.scene.board_id, moved))
        finally:
            self.scene.end_lift()

    def cancel(self) -> None:
        if self.lifted is not None:
            self.lifted = None
            self.scene.end_lift()


class NewLink(Gesture):
    """Dragging from a card's handle to another card draws a link between them."""

    def __init__(self, scene: GestureScene, source: CardItem):
        super().__init__(scene)
        self.source = source
        start = source.mapToScene(source.handle_center())
        self.line = _ChromeLine(QLineF(start, start))
        self.line.setPen(QPen(style.SELECTION, 3, Qt.PenStyle.DashLine))
        self.line.setZValue(10)
        scene.addItem(self.line)
        self.target: CardItem | None = None
        """The card under the mouse that the link would go to, lit up."""

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        self.line.setLine(QLineF(self.line.line().p1(), event.scenePos()))
        target = self.scene.card_item_at(event.scenePos())
        self._light(target if target is not self.source else None)

    def _light(self, target: CardItem | None) -> None:
        """The card the link would reach lights up, and only that one."""
        if target is self.target:
            return
        if self.target is not None:
            self.target.set_link_target(False)
        self.target = target
        if target is not None:
            target.set_link_target(True)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self._light(None)
        self.scene.removeItem(self.line)
        target = self.scene.card_item_at(event.scenePos())
        if target is None or target is self.source:
            return
        link = Link(id=new_id(), source=self.source.id, target=target.id)
        self.scene.apply(AddItems(self.scene.board_id, [link]))

    def cancel(self) -> None:
        self._light(None)
        self.scene.removeItem(self.line)


class RubberBand(Gesture):
    """Dragging on empty board selects what the band touches (Ctrl adds to the selection);
    cancelled, the selection is what it was before."""

    def __init__(self, scene: GestureScene, before: list[QGraphicsItem]):
        """`before`: what was selected before the press."""
        super().__init__(scene)
        self.before = list(before)

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        self.origin = event.scenePos()
        self.adding = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.band = _ChromeRect(QRectF(self.origin, self.origin))
        pen = QPen(style.SELECTION, 0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.band.setPen(pen)
        fill = QColor(style.SELECTION)
        fill.setAlpha(40)
        self.band.setBrush(QBrush(fill))
        self.band.setZValue(20)
        self.scene.addItem(self.band)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        rect = QRectF(self.origin, event.scenePos()).normalized()
        self.band.setRect(rect)
        path = QPainterPath()
        path.addRect(rect)
        self.scene.setSelectionArea(path, Qt.ItemSelectionOperation.ReplaceSelection,
                                    Qt.ItemSelectionMode.IntersectsItemShape)
        if self.adding:  # what was selected before the press stays selected
            self.scene.select(self.before, clear=False)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.scene.removeItem(self.band)

    def cancel(self) -> None:
        self.scene.removeItem(self.band)
        self.scene.select(self.before)


class VoteClick(Gesture):
    """While voting is on, a click on a card gives it a dot, Shift-click takes one back;
    the dot is given at release, on the card pressed, so a cancelled click gives none."""

    def __init__(self, scene: GestureScene, card: CardItem):
        super().__init__(scene)
        self.card = card

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        self.delta = -1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.scene.card_item_at(event.scenePos()) is self.card:
            self.scene.apply(Vote(self.scene.board_id, [self.card.id], self.delta))
