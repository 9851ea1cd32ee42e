"""A large board built stepwise: the part of BoardScene (canvas.scene) that has a board of
many cards and links shown before their items exist, builds the items after the first frame
(canvas.stepwise's `StepwiseBuild`), and builds at once what a readable view shows.

SceneLoading is mixed into BoardScene, whose items, overview and pending ids it keeps: the
methods are the scene's own, with no call between.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QObject
from PySide6.QtGui import QMouseEvent

from kerneopgave_desktop import heap
from kerneopgave_desktop.canvas.stepwise import Grid, StepwiseBuild, meets
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Board, Card

VIEW_MARGIN = 200.0
"""Board units round a readable view within which a stepwise build builds items at once."""


class SceneLoading:
    """BoardScene's stepwise build of a large board's items (canvas.stepwise)."""

    @property
    def loading(self) -> bool:
        """Whether some of the board's cards and links have no item yet (canvas.stepwise)."""
        return self._stepwise is not None

    def start_loading(self) -> None:
        """The board's first frame is painted: its items may be built from now on."""
        if self._stepwise is not None:
            self._stepwise.start()

    def finish_loading(self) -> None:
        """Build every item still to come now: before whatever needs them all."""
        if self._stepwise is not None:
            self._stepwise.finish()

    def _stop_loading(self) -> None:
        build, self._stepwise, self._pending, self._grid = self._stepwise, None, ([], [], {}), \
            None
        if build is not None:
            build.stop()
            build.deleteLater()

    def _start_loading(self, board: Board) -> None:
        """Build the zones, let the overview draw the cards and links from the model (at fit,
        all a large board's first frame shows of them), and build their items from a timer
        (canvas.stepwise): the first frame does not wait for 75,000 items.

        Until its item is built, a link is drawn along the line between its cards' centres,
        from edge to edge (look.border_point): the line its item draws wherever its cards
        face each other squarely and no zone title is near (all the benchmark board's
        links), and otherwise a line between the same cards; finding each link's way
        (look.link_ends, round the titles) costs 25,000 links a third of a second. The
        overview takes each link's line from its item as it is built, and draws them all
        again once all are built (not after each step: that repainted the view each time,
        and the board answered a pan every 60 to 100 ms instead of every 35)."""
        with heap.building():
            self._sync(board, list(board.zones), restack=False)
            self._stack_zones(board)
            cards, edge = board.cards, look.border_point
            lines = []
            for link in board.links.values():
                source, target = cards[link.source], cards[link.target]
                start = (source.x, source.y, source.width, source.height)
                end = (target.x, target.y, target.width, target.height)
                lines.append((link, QLineF(
                    *edge(start, (end[0] + end[2] / 2, end[1] + end[3] / 2)),
                    *edge(end, (start[0] + start[2] / 2, start[1] + start[3] / 2)))))
            self.overview_item.preview(cards.values(), lines)
        self.refresh_markers(board)
        self._pending = list(cards), list(board.links), {card_id: index for index, card_id
                                                          in enumerate(cards)}
        self._stepwise = StepwiseBuild(self, len(cards) + len(board.links), self._build_range,
                                       self._loaded, self.build_progress.emit, self._pans)
        self.items_changed.emit(None)

    def _build_range(self, start: int, stop: int) -> None:
        """Build the items from `start` up to `stop` in the order of a stepwise build (the
        cards in the board's order, then the links), but those built already."""
        board = self.board
        if board is None:
            return
        card_ids, link_ids, _ = self._pending
        cards, links = self.cards, self.links
        for index in range(start, min(stop, len(card_ids))):
            card = board.cards.get(card_ids[index])
            if card is not None and card.id not in cards:
                self._put_new_card(card)
        for index in range(max(start - len(card_ids), 0), max(stop - len(card_ids), 0)):
            link_id = link_ids[index]
            if link_id in board.links and link_id not in links:
                self._put_new_link(board, link_id)

    def _put_new_card(self, card: Card) -> None:
        """A card's item, made while a large board is built stepwise, stacked as a board
        built at once stacks it."""
        self._put_card(card)
        _, _, order = self._pending
        self.cards[card.id].setZValue(1 + order[card.id] / (len(order) + 1))

    def _put_new_link(self, board: Board, link_id: str) -> None:
        """A link's item, made while a large board is built stepwise; the overview takes
        its line from it, shown with the next frame."""
        self._put_link(board, link_id)
        self.overview_item.boxes.put_link(self.links[link_id])

    def build_in_view(self) -> None:
        """While a large board is built stepwise, build now what the views that show it
        readable show (and the cards at the ends of the links they show): zoomed in, the
        overview draws nothing, and a card or link shows once it has its item. The rest
        follows step by step as before."""
        build, board = self._stepwise, self.board
        if build is None or board is None:
            return
        areas = [view.mapToScene(view.viewport().rect()).boundingRect()
                 for view in self.views() if getattr(view, "readable", False)]
        if not areas:
            return
        card_ids, link_ids, _ = self._pending
        if self._grid is None:
            self._grid = Grid(board, card_ids, link_ids)
        cards, links = board.cards, board.links
        with heap.building():
            for area in areas:
                bounds = (area.left() - VIEW_MARGIN, area.top() - VIEW_MARGIN,
                          area.right() + VIEW_MARGIN, area.bottom() + VIEW_MARGIN)
                near_cards, near_links = self._grid.near(bounds)
                for index in near_cards:
                    card = cards.get(card_ids[index])
                    if card is not None and card.id not in self.cards \
                            and meets(bounds, card, card):
                        self._put_new_card(card)
                for index in near_links:
                    link = links.get(link_ids[index])
                    if link is None or link.id in self.links:
                        continue
                    source, target = cards[link.source], cards[link.target]
                    if meets(bounds, source, target):
                        for card in (source, target):
                            if card.id not in self.cards:
                                self._put_new_card(card)
                        self._put_new_link(board, link.id)

    def _pans(self, watched: QObject, event: QMouseEvent) -> bool:
        """Whether `event`, sent to `watched`, is a press that pans one of the board's
        views."""
        return any(watched is view.viewport() and view.pans(event) for view in self.views())

    def _loaded(self) -> None:
        """Every item is built: what only items show (warnings, the spotlight) is shown."""
        self._stepwise, self._pending, self._grid = None, ([], [], {}), None
        board = self.board
        if board is not None:
            self._warned = set()  # told to the cards built so far only
            self.refresh_markers(board)
        if self.spotlight:
            self._apply_spotlight()
        self.overview_item.update()  # the links' lines as their items have them
        self.build_progress.emit(len(self.cards) + len(self.links),
                                 len(self.cards) + len(self.links))
        self.items_changed.emit(None)
