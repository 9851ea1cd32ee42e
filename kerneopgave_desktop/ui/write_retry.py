"""Keeps trying, quietly, to write work that the file could not take.

When a commit fails (another program holds the file, the disk is full, the folder or
drive is gone), the document keeps the work in memory. This timer asks it to write
everything every few seconds; as soon as the file takes it, the document says so and
the window's title drops "ikke gemt". Nothing is asked of the user.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kerneopgave_desktop.document import Document

INTERVAL_MS = 2000


class WriteRetry(QObject):
    """Runs while `document` has unwritten work; calls `changed()` when that flips."""

    def __init__(self, document: Document, changed: Callable[[], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self._changed = changed
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.retry)
        self._unsubscribe = document.subscribe_saved(self._saved_state)
        if document.unsaved is not None:
            self.timer.start()

    def retry(self) -> bool:
        """One quiet try; True when the file holds everything shown."""
        return self.document.flush()

    def stop(self) -> None:
        """The window is closing: no more tries, no more calls."""
        self.timer.stop()
        self._unsubscribe()

    def _saved_state(self, saved: bool) -> None:
        if saved:
            self.timer.stop()
        else:
            self.timer.start()
        self._changed()
