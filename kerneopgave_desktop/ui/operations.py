"""The one door: every edit from the UI reaches the document here, and every failure is
shown from here.

Widgets, gestures, dialogs and the room call `Door.apply` (one operation) or `Door.group`
(several operations as one undo step and one transaction). A failure is shown once, in
Danish, through the window's `show_problem`, which offers "Gem en kopi…" while the work is
only in memory. Only what an edit can meet is caught: an operation that no longer fits the
model (`OperationError`), a value the model refuses (`ModelError`), a read-only file or a
step that cannot be taken (`DocumentError`). A file that cannot take the change
(`FileProblem`, raised after the step is done) is shown too, but the edit stands: the work
is kept in memory. Anything else is a bug and surfaces as one.

The pattern is Anki's `CollectionOp` (qt/aqt/operations), without the background thread:
our operations commit in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable

from kerneopgave_desktop.document import (
    Document,
    DocumentError,
    FileProblem,
    Operation,
    OperationError,
)
from kerneopgave_desktop.domain.model import ModelError

ShowProblem = Callable[[str], None]


class Door:
    """Applies edits to one document and shows their failures through `show_problem`."""

    def __init__(self, document: Document, show_problem: ShowProblem):
        self.document = document
        self._show_problem = show_problem

    def apply(self, operation: Operation, origin: object = None) -> bool:
        """Apply one operation (one undo step). True when the model took it."""
        return self.run(lambda: self.document.apply(operation, origin=origin))

    def group(self, label: str, build: Callable[[], object], origin: object = None) -> bool:
        """Run `build`, which applies operations through `self.document`, as one step.

        If any of them fails, none of them stays. True when the model took them all."""
        def run() -> None:
            with self.document.group(label, origin=origin):
                build()
        return self.run(run)

    def undo(self) -> bool:
        return self.run(self.document.undo)

    def redo(self) -> bool:
        return self.run(self.document.redo)

    def run(self, edit: Callable[[], object]) -> bool:
        """Run an edit of the document; show what went wrong. True when the model changed
        as asked (even if the file could not take it yet)."""
        try:
            edit()
        except FileProblem as fault:
            self._show_problem(str(fault))
            return True
        except (OperationError, ModelError, DocumentError) as error:
            self._show_problem(str(error))
            return False
        return True
