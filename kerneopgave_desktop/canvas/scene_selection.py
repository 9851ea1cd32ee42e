"""What is selected on a BoardScene (canvas.scene): choosing it in one go, reading it, and
what the selection is copied to.

SceneSelection is mixed into BoardScene, whose items it selects: the methods are the
scene's own. A selection is chosen with `select`, which tells the selection's listeners
once: each of them (the inspector, the outline, the scene's own marks) reads the whole
selection, so telling them once per item made a select-all of 50,000 cards quadratic.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtWidgets import QGraphicsItem

from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.zone_item import ZoneItem
from kerneopgave_desktop.document import AddItems
from kerneopgave_desktop.domain.model import new_id


class SceneSelection:
    """BoardScene's selection."""

    def _selection_changed(self) -> None:
        self.settle_lift()  # a nudge belongs to the selection it moved
        self._marks = None
        if self.overview:
            self.overview_item.update()
        self._apply_spotlight()

    def select_all(self) -> None:
        """Select every card and link, telling the selection's listeners once (not once per
        item: each of them reads the whole selection)."""
        self.finish_loading()
        self.select([*self.cards.values(), *self.links.values()], clear=False)

    def select(self, items: Iterable[QGraphicsItem], clear: bool = True) -> None:
        """Select `items` (and let go of the rest, with `clear`), telling the selection's
        listeners once, not once per item: each of them reads the whole selection."""
        blocked = self.blockSignals(True)
        try:
            if clear:
                self.clearSelection()
            for item in items:
                item.setSelected(True)
        finally:
            self.blockSignals(blocked)
        if not blocked:
            self.selectionChanged.emit()

    def selected_movable_items(self) -> list[CardItem | ZoneItem]:
        return [item for item in self.selectedItems() if isinstance(item, (CardItem, ZoneItem))
                and item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable]

    def selected_ids(self) -> list[str]:
        return [item.id for item in self.selectedItems() if hasattr(item, "id")]

    def selected_cards(self) -> list[CardItem]:
        return [item for item in self.selectedItems() if isinstance(item, CardItem)]

    def duplicate_selection(self) -> list[str]:
        board = self.board
        chosen = [item.id for item in self.selected_cards()]
        if board is None or not chosen:
            return []
        copies = {card_id: new_id() for card_id in chosen}
        cards = [dataclasses.replace(board.cards[i], id=copies[i], x=board.cards[i].x + 40,
                                     y=board.cards[i].y + 40) for i in chosen]
        links = [dataclasses.replace(link, id=new_id(), source=copies[link.source],
                                     target=copies[link.target])
                 for link in board.links.values()
                 if link.source in copies and link.target in copies]
        if not self.apply(AddItems(self.board_id, [*cards, *links])):
            return []
        self.select([self.cards[card_id] for card_id in copies.values()])
        return list(copies.values())
