"""A large board's items, built after its first frame, a few thousand at a time.

Opening a board of 50,000 cards, making its 75,000 items took longer than reading the file.
Shown whole at fit, such a board is far below the readable scale, and the overview
(canvas.overview) draws it from the models alone: so its first frame needs no card or link
item. The scene (canvas.scene) builds its zones, has the overview draw the cards and links
from the model, and lets `StepwiseBuild` make their items from a timer, about
`STEP_SECONDS` at a time, with the event loop running in between: the board can be zoomed
and panned meanwhile, and the window says how far it has come.

The model is whole from the start (saving, exports and undo never see a part); only the
items come later. Whatever needs them all gets them all at once first (`finish`): an edit
of the board, a click or a key anywhere in the program (but a wheel, a pan or a zoom key on
the board), selecting everything, the spotlight. A view that shows the board readable has
the items it shows built at once, as it paints (`BoardScene.build_in_view`, in
canvas.scene_loading), found through `Grid`, which knows where each card and link is.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent

from kerneopgave_desktop import heap
from kerneopgave_desktop.domain.model import Board, Card

STEP_SECONDS = 0.03
"""How long one turn of the timer builds items before the event loop has its turn."""
START_AFTER_MS = 300
"""The latest the build starts when no view has painted the board (a window not shown)."""
CHUNK = 250
"""Items built between two looks at the clock."""
_INPUT = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
          QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
_LEFT_ALONE = {Qt.Key.Key_Space, Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt,
               Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
"""Keys that need no item: panning with Space, and the modifiers a zoom starts with."""
_ZOOM_KEYS = {Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal, Qt.Key.Key_0}
"""With Ctrl: zoom in, zoom out, show the whole board."""


class StepwiseBuild(QObject):
    """Builds `count` items, `build(start, stop)` those from `start` up to `stop`, from a
    timer; `done()` is called once they are all built, `progress(built, count)` after each
    turn. Until then every click and key in the program (but those `pans(widget, event)` says
    pan, and the wheel and the zoom keys) first builds the rest (`finish`)."""

    def __init__(self, parent: QObject, count: int, build: Callable[[int, int], None],
                 done: Callable[[], None], progress: Callable[[int, int], None],
                 pans: Callable[[QObject, QMouseEvent], bool]):
        super().__init__(parent)
        self.count = count
        self.built = 0
        self._build, self._done, self._progress, self._pans = build, done, progress, pans
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.step)
        self._running = True
        QTimer.singleShot(START_AFTER_MS, self, self.start)
        self._app = QCoreApplication.instance()
        self._app.installEventFilter(self)

    @property
    def running(self) -> bool:
        """Whether items are still to be built (neither all built nor stopped)."""
        return self._running

    def start(self) -> None:
        """Begin building: once the board's first frame is painted (the scene's view tells),
        or START_AFTER_MS after the build was set up, whichever comes first."""
        if self._running and not self._timer.isActive():
            self._timer.start()

    def step(self) -> None:
        """One turn of the timer: build for STEP_SECONDS, then let the event loop run."""
        self._run(time.perf_counter() + STEP_SECONDS)

    def finish(self) -> None:
        """Build every item still to come, now."""
        self._run(None)

    def stop(self) -> None:
        """Build nothing more (the scene was rebuilt, or let go of its document)."""
        if self._running:
            self._running = False
            self._timer.stop()
            self._app.removeEventFilter(self)

    def _run(self, deadline: float | None) -> None:
        if not self.running:
            return
        with heap.building():  # the items live as long as the scene (kerneopgave.heap)
            while self.built < self.count:
                stop = min(self.built + CHUNK, self.count)
                self._build(self.built, stop)
                self.built = stop
                if deadline is not None and time.perf_counter() >= deadline:
                    break
        if self.built < self.count:
            self._progress(self.built, self.count)
            return
        self.stop()
        heap.set_aside()  # each step was too small to be set aside: all of them together
        self._done()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click or a key (but a pan or a zoom) builds the rest before it is handled."""
        if event.type() in _INPUT and not self._needs_none(watched, event):
            self.finish()
        return False

    def _needs_none(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent):
            key = event.key()
            return key in _LEFT_ALONE or (
                key in _ZOOM_KEYS
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        return isinstance(event, QMouseEvent) and self._pans(watched, event)


def meets(bounds: tuple[float, float, float, float], one: Card, other: Card) -> bool:
    """Whether the box round two cards (or one, given twice) meets `bounds` (left, top,
    right, bottom): a link between them may pass through it."""
    left, top, right, bottom = box_of(one, other)
    return left < bounds[2] and right > bounds[0] and top < bounds[3] and bottom > bounds[1]


def cells_of(bounds: tuple[float, float, float, float]) -> list[tuple[int, int]]:
    """The cells of Grid that `bounds` (left, top, right, bottom) meets."""
    left, top, right, bottom = (math.floor(value / Grid.CELL) for value in bounds)
    return [(column, row) for column in range(left, right + 1) for row in range(top, bottom + 1)]


class Grid:
    """The cards and links of a board being built stepwise, by where they are: which of them
    a readable view may show, without a walk over all of them at each frame."""

    CELL = 1000.0
    """Board units a side."""
    LONG = 16
    """A link whose box meets more cells than this is asked about at every frame."""

    def __init__(self, board: Board, card_ids: list[str], link_ids: list[str]):
        self.cards: dict[tuple[int, int], list[int]] = {}
        self.links: dict[tuple[int, int], list[int]] = {}
        self.long: list[int] = []
        cards = board.cards
        for index, card_id in enumerate(card_ids):
            card = cards.get(card_id)
            if card is not None:
                for cell in cells_of(box_of(card, card)):
                    self.cards.setdefault(cell, []).append(index)
        for index, link_id in enumerate(link_ids):
            link = board.links.get(link_id)
            if link is None:
                continue
            cells = cells_of(box_of(cards[link.source], cards[link.target]))
            if len(cells) > self.LONG:
                self.long.append(index)
            for cell in cells if len(cells) <= self.LONG else ():
                self.links.setdefault(cell, []).append(index)

    def near(self, bounds: tuple[float, float, float, float]) -> tuple[set[int], set[int]]:
        """The places (in the build's order) of the cards and links in the cells `bounds`
        meets, and of the long links."""
        cards, links = set(), set(self.long)
        for cell in cells_of(bounds):
            cards.update(self.cards.get(cell, ()))
            links.update(self.links.get(cell, ()))
        return cards, links


def box_of(one: Card, other: Card) -> tuple[float, float, float, float]:
    """The box round two cards (or one, given twice): left, top, right, bottom."""
    return (min(one.x, other.x), min(one.y, other.y), max(one.x + one.width,
                                                          other.x + other.width),
            max(one.y + one.height, other.y + other.height))
