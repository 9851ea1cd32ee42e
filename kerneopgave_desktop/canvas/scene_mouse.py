"""The mouse on a BoardScene: a press starts one gesture (canvas.gestures), which the moves
and the release carry on and Escape cancels; a double click edits, renames or adds a card.
With them, what is under the pointer and where an item it holds snaps to.

SceneMouse is mixed into BoardScene (canvas.scene), whose items, door and gesture in
progress it uses; Qt calls these methods on the scene itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSizeF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.gestures import (
    Gesture,
    MoveSelection,
    NewLink,
    RubberBand,
    VoteClick,
)
from kerneopgave_desktop.canvas.zone_item import ZoneItem


class SceneMouse:
    """BoardScene's mouse: gestures from press to release, hit tests and snapping."""

    def snapped(self, pos: QPointF, size: QSizeF | None = None) -> QPointF:
        """`pos` on the grid; a card of `size` near a zone's inner edge lines up with it.

        A gesture asks once per step, for the item it holds (the rest of the selection
        keeps its place relative to that one), not once per item."""
        if not self.snap_to_grid:
            return pos
        px, py = pos.x(), pos.y()
        x = round(px / style.GRID) * style.GRID
        y = round(py / style.GRID) * style.GRID
        if size is None:
            return QPointF(x, y)
        width, height = size.width(), size.height()
        margin, title = style.ZONE_MARGIN, style.ZONE_TITLE_SPACE
        for item in self.zones.values():
            zone = item.zone
            if not (px < zone.x + zone.width and zone.x < px + width
                    and py < zone.y + zone.height and zone.y < py + height):
                continue
            for edge in (zone.x + margin, zone.x + zone.width - margin - width):
                if abs(px - edge) <= style.EDGE_SNAP:
                    x = edge
            for edge in (zone.y + title, zone.y + zone.height - margin - height):
                if abs(py - edge) <= style.EDGE_SNAP:
                    y = edge
        return QPointF(x, y)

    def card_item_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def zone_title_at(self, pos: QPointF) -> ZoneItem | None:
        """The zone whose title is at `pos` (locked zones too: their titles are renamed)."""
        for item in self.items(pos):
            if isinstance(item, ZoneItem) and item.title_rect().contains(item.mapFromScene(pos)):
                return item
        return None

    def handle_at(self, pos: QPointF) -> CardItem | None:
        """The card whose connect handle is at `pos` (it sticks out past the card's shape)."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, CardItem) and item.on_handle(item.mapFromScene(pos)):
                return item
        return None

    # -- mouse ----------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """A left press starts one gesture: a vote, a new link, moving the selection, or a
        rubber band on empty board. Qt selects (and grabs) as it always does first."""
        self.settle_lift()  # a nudge in progress is put down before anything else
        if event.buttons() == event.button():  # no other button is held down
            if self.gesture is not None:  # the release that should have ended it was lost
                self.gesture.cancel()
                self.gesture = None
            self._cancelled = False
        if self.gesture is not None or self._cancelled:
            event.accept()  # another button during a gesture: the gesture goes on
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        writable = not self.document.read_only
        card = self.card_item_at(event.scenePos())
        handle = self.handle_at(event.scenePos()) if writable else None
        if writable and self.voting and card is not None:
            gesture: Gesture = VoteClick(self, card)
        elif handle is not None:
            gesture = NewLink(self, handle)
        else:
            selected = self.selectedItems()  # Qt's press on empty board lets go of them
            super().mousePressEvent(event)
            if self.mouseGrabberItem() is None:
                gesture = RubberBand(self, selected)
            elif self.selected_movable_items():
                gesture = MoveSelection(self)
            else:
                return
        self.gesture = gesture
        gesture.press(event)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.gesture is not None:
            self.gesture.move(event)
        elif not self._cancelled:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        gesture, self.gesture = self.gesture, None
        if self._cancelled:
            self._cancelled = False
            return
        if isinstance(gesture, MoveSelection):
            super().mouseReleaseEvent(event)  # Qt's click-to-select-one, as on a press
        if gesture is not None:
            gesture.release(event)
        else:
            super().mouseReleaseEvent(event)

    def cancel_gesture(self) -> bool:
        """Cancel the gesture in progress (Escape); whether there was one."""
        gesture, self.gesture = self.gesture, None
        if gesture is None:
            return False
        gesture.cancel()
        grabber = self.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()
        self._cancelled = True
        return True

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.document.read_only:
            return super().mouseDoubleClickEvent(event)
        card = self.card_item_at(event.scenePos())
        zone = self.zone_title_at(event.scenePos()) if card is None else None
        if card is not None:
            self.edit_requested.emit(card.id)
        elif zone is not None:
            self.rename_requested.emit(zone.id)
        else:
            card_id = self.new_card(self.current_kind, event.scenePos())
            if card_id is not None:
                self.clearSelection()
                self.cards[card_id].setSelected(True)
                self.edit_requested.emit(card_id)
        event.accept()
