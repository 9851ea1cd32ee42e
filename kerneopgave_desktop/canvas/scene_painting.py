"""Who paints each item of a BoardScene: the item itself; the lift (canvas.lift) while items
are dragged or nudged as one; or the overview (canvas.overview) while every view shows the
board zoomed out. And how brightly: the spotlight dims all but the selection.

ScenePainting is mixed into BoardScene (canvas.scene), whose items, lift and overview it
keeps: the methods are the scene's own, with no call between. What is asked once per item
(`_own_contents`, `show_contents`) stays in BoardScene's class, where PySide finds it fastest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem

from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.lift import Lift
from kerneopgave_desktop.canvas.link_item import LinkItem
from kerneopgave_desktop.canvas.zone_item import ZoneItem

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
"""The flag of an item that paints nothing of its own (the lift or the overview draws it)."""
SPOTLIGHT_DIM = 0.15
"""The opacity of the cards and links the spotlight leaves out."""
SPOTLIGHT_DIM_ZONES = 0.35
"""The opacity of the zones, which the spotlight never lights."""


def _box(item: CardItem) -> QRectF:
    """A card's box in the scene, from its model."""
    card = item.card
    return QRectF(card.x, card.y, card.width, card.height)


class ScenePainting:
    """BoardScene's lifting and overview: which of its items paint themselves, and what the
    overview draws over the others (the selection, the focus, the warnings)."""

    # -- lifting: items moved as one while dragged or nudged (canvas.lift) ------------------

    def lift(self, items: Iterable[CardItem | ZoneItem],
             settle: Callable[[], object] | None = None) -> Lift:
        """Lift `items` off the board (see canvas.lift); `settle` puts them down when
        something else needs the board as the model has it (a press, a new selection)."""
        self.settle_lift()
        self.end_lift()  # whatever is still lifted stays where it stands
        chosen = set(items)
        cards = [item for item in self.cards.values() if item in chosen]
        zones = [item for item in self.zones.values() if item in chosen]
        ids = {item.id for item in cards}
        inner, outer = [], []
        for link_id in {i for card_id in ids for i in self._links_by_card.get(card_id, ())}:
            link = self.links[link_id]
            ends = (link.link.source in ids) + (link.link.target in ids)
            (inner if ends == 2 else outer).append(link)
        self.lifted = Lift(self, zones, cards, inner, outer, self._paint_own)
        self._settle = settle
        return self.lifted

    def end_lift(self) -> None:
        """Put the lifted items back where they stand (the caller moves them, if at all)."""
        lifted, self.lifted, self._settle = self.lifted, None, None
        if lifted is not None:
            lifted.end()

    def shown_pos(self, item: QGraphicsItem) -> QPointF:
        """Where `item` is shown: where it stands, moved with the lift while lifted."""
        lifted = self.lifted
        if lifted is not None and item in lifted.held:
            return item.pos() + QPointF(lifted.dx, lifted.dy)
        return item.pos()

    def settle_lift(self) -> None:
        """Let whoever lifted items put them down now (a nudge is then written)."""
        if self.lifted is not None and self._settle is not None:
            self._settle()

    def _paint_own(self, items: Iterable[QGraphicsItem], painted: bool) -> None:
        """Let `items` paint themselves again, or stop them (they are lifted); a card or
        link on a board in overview stays drawn by the overview, and the overview leaves
        out what is lifted (the lift draws it, from the boxes the overview lends it)."""
        overview = self.overview
        ids = []
        for item in items:
            if isinstance(item, (CardItem, LinkItem)):
                ids.append(item.id)
                if overview and not (isinstance(item, CardItem)
                                     and (item.diff_mark or item.link_target)):
                    continue  # paints nothing, lifted or not: the overview or the lift draws it
            item.setFlag(NO_CONTENTS, not (painted and self._own_contents(item)))
        if painted:
            self.overview_item.take_back(ids)
        else:
            self.overview_item.lend(ids)
        self._marks = None

    # -- zoomed out: the overview (canvas.overview) -----------------------------------------

    def view_readable(self) -> None:
        """A view of this board worked out whether it shows it readable (BoardView, as it
        paints): the board is in overview while none of its views does."""
        views = self.views()
        overview = bool(views) and all(getattr(view, "readable", None) is False
                                       for view in views)
        if not overview:
            self.build_in_view()  # readable, a card shows only once it has its item
        else:
            self.start_loading()  # the first frame is being painted: the items may follow
        if overview == self.overview:
            return
        self.overview = overview
        lifted = self.lifted
        held = lifted.paints if lifted is not None else set()
        for items in (self.cards, self.links):
            for item in items.values():
                if item not in held:
                    item.setFlag(NO_CONTENTS, not self._own_contents(item))
        self.overview_item.touch()
        if lifted is not None:
            lifted.refresh()

    def overview_marks(self) -> tuple[list[QRectF], QRectF | None, list[QRectF],
                                      list[QLineF]]:
        """For the overview: the boxes of the selected cards, the focused card's, those of
        the cards the board warns about, and the selected links' lines (none of them
        lifted). A selected card's box is the one the overview draws, brought up to date
        as it paints (a select-all of 50,000 makes none again)."""
        away = self.overview_item.away
        if self._marks is None:
            cards, links = [], []
            shown, box_of = self.cards, self.overview_item.boxes.box
            for item in self.selectedItems():
                if isinstance(item, CardItem):
                    card_id = item.card.id
                    if card_id in shown and card_id not in away:
                        box = box_of(card_id)
                        cards.append(_box(item) if box is None else box)
                elif isinstance(item, LinkItem) and item.link.id not in away:
                    links.append(item.line_in_scene())
            self._marks = cards, links
        focused = self.focusItem()
        focus = _box(focused) if isinstance(focused, CardItem) and focused.id in self.cards \
            and focused.id not in away else None
        boxes = self.overview_item.boxes  # a card with no item yet (canvas.stepwise) has a box
        warned = [_box(self.cards[i]) if i in self.cards else boxes.box(i)
                  for i in self._warned if i not in away]
        return self._marks[0], focus, [box for box in warned if box is not None], \
            self._marks[1]

    # -- the spotlight: all but the selection dimmed ------------------------------------

    def set_spotlight(self, on: bool) -> None:
        """Dim every card, link and zone but the selected cards (on), or light them all."""
        if on:
            self.finish_loading()  # every item dimmed but the selection's
        self.spotlight = on
        self._apply_spotlight()

    def _apply_spotlight(self) -> None:
        if not self.spotlight and not self._dimmed:
            return  # nothing is dimmed, nothing to light
        lit = {item.id for item in self.selected_cards()} if self.spotlight else None
        for items, dim in ((self.cards, SPOTLIGHT_DIM), (self.links, SPOTLIGHT_DIM),
                           (self.zones, SPOTLIGHT_DIM_ZONES)):
            for item_id, item in items.items():
                item.setOpacity(1.0 if lit is None or item_id in lit else dim)
        self._dimmed = lit is not None
