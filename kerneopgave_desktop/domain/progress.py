"""Long work that says how far it has come and can be stopped: opening a large file, the
PDF report, an import.

The work tells its `Progress` now and then how much of how much is done; the caller shows
it (a progress bar, a line on stderr) and may raise `Cancelled` from the call to stop the
work, which then leaves nothing behind: a file being opened is let go, a PDF or an import
is not written, the model is as it was.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
"""Called with (done, total); may raise Cancelled."""
STEP = 1000
"""A counter tells its progress every this many things done."""


class Cancelled(Exception):
    """The user stopped a long piece of work; nothing it was making is kept."""


class Counter:
    """Counts the things of a loop done towards `total` and tells `progress` every `step`
    of them (and nobody, when there is no `progress`)."""

    def __init__(self, progress: Progress | None, total: int, step: int = STEP):
        self.progress = progress
        self.total = max(total, 0)
        self.done = 0
        self._step = step
        self._next = step
        if progress is not None:
            progress(0, self.total)

    def add(self, count: int = 1) -> None:
        """`count` more things are done."""
        self.done += count
        if self.done >= self._next and self.progress is not None:
            self._next = self.done + self._step
            self.progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        """All of it is done."""
        self.done = self.total
        if self.progress is not None:
            self.progress(self.total, self.total)


SCALE = 1000
"""The total a `share` of progress reports in."""


def share(progress: Progress | None, start: float, end: float) -> Progress | None:
    """`progress` for one phase of longer work: the phase's (done, total) told as the part
    from `start` to `end` (fractions of the whole) of one bar, out of SCALE."""
    if progress is None:
        return None

    def told(done: int, total: int) -> None:
        part = done / total if total else 1.0
        progress(round(SCALE * (start + (end - start) * part)), SCALE)
    return told
