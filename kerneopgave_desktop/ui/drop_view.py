"""The window's board view, which also takes card kinds dragged from the palette."""

from __future__ import annotations

from kerneopgave_desktop.canvas.view import BoardView
from kerneopgave_desktop.ui.palette import MIME_KIND


class DropView(BoardView):
    """A kind dropped on the board becomes a card there, with the cursor in it."""

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME_KIND):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event) -> None:
        scene = self.board_scene()
        if scene is None or not event.mimeData().hasFormat(MIME_KIND):
            return super().dropEvent(event)
        kind = bytes(event.mimeData().data(MIME_KIND)).decode()
        card_id = scene.new_card(kind, self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()
        if card_id is not None:
            scene.clearSelection()
            scene.cards[card_id].setSelected(True)
            self.setFocus()
            self.edit_card(card_id)
