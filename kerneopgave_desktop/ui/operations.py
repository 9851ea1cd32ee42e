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

Text still being typed (the inspector's fields, a card edited in place) is committed
first by `flush`, which `undo` and `redo` call: what was typed is a step of its own, so Undo
takes it back and Redo brings it back, and nothing typed is lost. A closed door applies
nothing: a window that is closing lets no late edit reach its closed file.

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
from kerneopgave_desktop.domain.progress import Progress

ShowProblem = Callable[[str], None]


class Door:
    """Applies edits to one document and shows their failures through `show_problem`."""

    def __init__(self, document: Document, show_problem: ShowProblem):
        self.document = document
        self._show_problem = show_problem
        self._typing: list[Callable[[], object]] = []
        self._editors: list[Callable[[], object]] = []
        self._closed = False

    def add_typing(self, commit: Callable[[], object]) -> None:
        """`commit` applies what is being typed into a field, if anything. It runs before
        every other edit, so that the typed text is the earlier step."""
        self._typing.append(commit)

    def add_editor(self, finish: Callable[[], object]) -> None:
        """`finish` ends an editor open over the board (committing its text), before Undo,
        Redo and closing; other edits leave it open."""
        self._editors.append(finish)

    def flush(self) -> None:
        """Commit everything still being typed, each through this door."""
        for finish in list(self._editors):
            finish()
        self._commit_typing()

    def _commit_typing(self) -> None:
        for commit in list(self._typing):
            commit()

    def close(self) -> None:
        """Commit what is being typed, then apply nothing more (the window is closing)."""
        self.flush()
        self._closed = True
        self._typing.clear()
        self._editors.clear()

    def apply(self, operation: Operation, origin: object = None) -> bool:
        """Apply one operation (one undo step). True when the model took it."""
        self._commit_typing()
        return self.run(lambda: self.document.apply(operation, origin=origin))

    def group(self, label: str, build: Callable[[], object], origin: object = None,
              progress: Progress | None = None) -> bool:
        """Run `build`, which applies operations through `self.document`, as one step.

        If any of them fails, none of them stays. True when the model took them all.
        `progress` hears how much is written; Cancelled from it undoes the step and goes on
        to the caller."""
        self._commit_typing()

        def run() -> None:
            with self.document.group(label, origin=origin, progress=progress):
                build()
        return self.run(run)

    def undo(self) -> bool:
        """Take back the last step; text being typed is committed as a step first."""
        self.flush()
        return self.run(self.document.undo)

    def redo(self) -> bool:
        self.flush()
        return self.run(self.document.redo)

    def run(self, edit: Callable[[], object]) -> bool:
        """Run an edit of the document; show what went wrong. True when the model changed
        as asked (even if the file could not take it yet)."""
        if self._closed:
            return False
        try:
            edit()
        except FileProblem as fault:
            self._show_problem(str(fault))
            return True
        except (OperationError, ModelError, DocumentError) as error:
            self._show_problem(str(error))
            return False
        return True
