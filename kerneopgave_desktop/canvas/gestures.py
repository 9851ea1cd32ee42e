"""Gestures on the board, one class each. A gesture ends in one document operation."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.document import AddItems, MoveItems
from kerneopgave_desktop.domain.model import Link, new_id


class BoardScene(Protocol):
    """What a gesture needs of the scene it happens on (canvas.scene.BoardScene)."""

    board_id: str

    def apply(self, operation) -> bool: ...

    def selected_movable_items(self) -> list: ...

    def card_item_at(self, pos: QPointF) -> CardItem | None: ...

    def addItem(self, item) -> None: ...

    def removeItem(self, item) -> None: ...


class MoveSelection:
    """Dragging the selection: positions noted at press, one MoveItems at release."""

    def __init__(self, scene: BoardScene):
        self.scene = scene
        self.start = {item.id: item.pos() for item in scene.selected_movable_items()}

    def finish(self) -> None:
        items = {item.id: item for item in self.scene.selected_movable_items()}
        moved = {item_id: (items[item_id].x(), items[item_id].y())
                 for item_id, pos in self.start.items()
                 if item_id in items and items[item_id].pos() != pos}
        if moved:
            self.scene.apply(MoveItems(self.scene.board_id, moved))


class NewLink:
    """Dragging from a card's handle to another card draws a link between them."""

    def __init__(self, scene: BoardScene, source: CardItem):
        self.scene = scene
        self.source = source
        start = source.mapToScene(source.handle_center())
        self.line = QGraphicsLineItem(QLineF(start, start))
        self.line.setPen(QPen(style.SELECTION, 3, Qt.PenStyle.DashLine))
        self.line.setZValue(10)
        scene.addItem(self.line)

    def move(self, pos: QPointF) -> None:
        self.line.setLine(QLineF(self.line.line().p1(), pos))

    def finish(self, pos: QPointF) -> None:
        self.scene.removeItem(self.line)
        target = self.scene.card_item_at(pos)
        if target is None or target is self.source:
            return
        link = Link(id=new_id(), source=self.source.id, target=target.id)
        self.scene.apply(AddItems(self.scene.board_id, [link]))

    def cancel(self) -> None:
        self.scene.removeItem(self.line)
