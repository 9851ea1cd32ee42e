"""The application's one list of open windows, and the way every window is opened.

Main windows, and the read-only windows they ask for (a backup, a snapshot, a comparison),
are shown through `Windows.show` and kept until they close: each says so with its `closed`
signal. A main window asks for a document to be opened read-only through `open_read_only`,
which the application provides (it builds main windows; nothing below it needs to).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from kerneopgave_desktop.document import Document

W = TypeVar("W", bound=QWidget)


class Windows:
    """Open windows, in the order they were opened."""

    def __init__(self, open_read_only: Callable[[Document, str], QWidget] | None = None):
        """`open_read_only(document, title)` shows a document in a read-only main window."""
        self._open: list[tuple[QWidget, str]] = []
        self._open_read_only = open_read_only

    def __iter__(self) -> Iterator[QWidget]:
        return iter([window for window, _ in self._open])

    def __len__(self) -> int:
        return len(self._open)

    def of_kind(self, kind: str) -> list[QWidget]:
        """The open windows kept as `kind` ("main" for a file's own window), oldest first."""
        return [window for window, kept_as in self._open if kept_as == kind]

    def keep(self, window: W, kind: str = "read-only") -> W:
        """Hold `window` until it closes."""
        if all(window is not kept for kept, _ in self._open):
            self._open.append((window, kind))
            window.closed.connect(lambda: self._forget(window))
        return window

    def show(self, window: W, kind: str = "read-only") -> W:
        """Keep `window` and show it."""
        self.keep(window, kind)
        window.show()
        return window

    def open_read_only(self, document: Document, title: str) -> QWidget:
        """A main window showing `document` read-only, titled `title`, kept and shown."""
        if self._open_read_only is None:
            raise RuntimeError("these windows cannot open documents")
        return self._open_read_only(document, title)

    def _forget(self, window: QWidget) -> None:
        self._open = [(kept, kind) for kept, kind in self._open if kept is not window]
