"""Python's garbage collector and large boards.

From time to time the collector walks every object it tracks, looking for cycles. With a
board of 50,000 cards open that is some 750,000 objects (the model and the Python half of
every item) and 150 ms a walk; building or moving such a board set off a walk every few
thousand new objects, half the time of opening it. What a file's window builds lives as
long as the window, so `building()` builds without walking and then sets what it built
aside (`gc.freeze`): later walks skip it, and an edit is not made to wait for one. `thaw()`,
when a window closes, hands everything back to the collector so that what the window held
can go, and sets aside again what the other windows still hold.

Frozen objects are still freed the moment nothing refers to them; only cycles among them
wait for `thaw()`. So a build is set aside only when it made many objects (`BULK`): a
large load, import or move, not an everyday edit.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

BULK = 10_000
"""A build that leaves at least this many new objects is set aside."""
_depth = 0
_frozen = False
"""Whether a build has set objects aside (then a closed window's are handed back)."""


@contextmanager
def building() -> Iterator[None]:
    """Build what may be many long-lived objects without the collector walking them as they
    come; then set them aside if they are many. Nests: only the outermost build decides."""
    global _depth, _frozen
    _depth += 1
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _depth -= 1
        if enabled:
            gc.enable()
        if _depth == 0 and gc.get_count()[0] >= BULK:  # objects made since the last walk
            gc.freeze()
            _frozen = True


def set_aside() -> None:
    """Set aside what was built in several small builds that belong together (a large
    board's items, built a step at a time: canvas.stepwise), as one large build would be."""
    global _frozen
    if _depth == 0:
        gc.freeze()
        _frozen = True


def thaw() -> None:
    """Let the collector free what a closed window held: a full walk (a fraction of a second
    with a large board), then what is left is set aside again. Nothing to do when nothing
    was set aside: the collector already sees everything (a full walk of a large process,
    on every window closed, cost the test suite 15 s)."""
    if not _frozen:
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def forget() -> None:
    """Hand everything back to the collector without a walk, as in a process that has set
    nothing aside: for a process that starts over (the test suite, between its tests, where
    one test's large board made every later window's closing walk the whole suite's heap)."""
    global _frozen
    if _frozen and _depth == 0:
        gc.unfreeze()
        _frozen = False
