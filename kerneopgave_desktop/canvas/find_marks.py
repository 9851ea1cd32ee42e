"""Marks around what a search found on a board: an amber frame round each match, a thicker
one round the match found now. A mark is drawn only in the views it is meant for (the
laptop's), so the wall shows the board without them and only follows the found card."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from kerneopgave_desktop.canvas.link_item import LinkItem

MATCH = QColor("#ff8f00")
"""Amber: apart from every kind's colour, the selection and the focus."""
EDGE = QColor("#000000")
"""A thin dark line inside the amber, so the mark shows on a light and a dark board alike."""
WIDTH, CURRENT_WIDTH = 5.0, 10.0
Z = 50.0
"""Above cards and links."""


class FindMark(QGraphicsItem):
    """A frame round one found item (where it is when marked), drawn in the given viewports
    only."""

    def __init__(self, target: QGraphicsItem, current: bool, viewports: set[int]):
        super().__init__()
        self.current = current
        self.viewports = viewports
        """id() of each viewport it is drawn in."""
        self.setZValue(Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.width = CURRENT_WIDTH if current else WIDTH
        self.path: QPainterPath | None = None
        """Along a link; None round a card or a zone."""
        if isinstance(target, LinkItem):
            stroker = QPainterPathStroker()
            stroker.setWidth(self.width * 2)
            self.path = stroker.createStroke(target.mapToScene(target.shape()))
            self.rect = self.path.boundingRect()
        else:
            shape = target.mapRectToScene(target.shape().boundingRect())
            self.rect = shape.adjusted(-self.width, -self.width, self.width, self.width)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-CURRENT_WIDTH, -CURRENT_WIDTH, CURRENT_WIDTH, CURRENT_WIDTH)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if widget is None or id(widget) not in self.viewports:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.path is not None:
            painter.setPen(QPen(MATCH, self.width))
            painter.drawPath(self.path)
            return
        pen = QPen(MATCH, self.width)
        if not self.current:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect, 14, 14)
        painter.setPen(QPen(EDGE, 1.5))
        inner = self.width / 2 + 1
        painter.drawRoundedRect(self.rect.adjusted(inner, inner, -inner, -inner), 12, 12)


class FindMarks:
    """The marks on one scene."""

    def __init__(self, scene: QGraphicsScene):
        self.scene = scene
        self.marks: list[FindMark] = []

    def show(self, targets: list[QGraphicsItem], current: QGraphicsItem | None,
             viewports: set[int]) -> None:
        """Mark `targets` (`current` the strongest) in the given viewports, and nothing else."""
        self.clear()
        for target in targets:
            mark = FindMark(target, target is current, viewports)
            self.scene.addItem(mark)
            self.marks.append(mark)

    def clear(self) -> None:
        for mark in self.marks:
            if mark.scene() is self.scene:
                self.scene.removeItem(mark)
        self.marks.clear()
