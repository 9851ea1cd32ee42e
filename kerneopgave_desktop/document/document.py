"""The Document: applies operations, commits each to the file, keeps undo history.

Every change to a workshop goes through `Document.apply`. Applying updates the
model, commits what it touched to storage in one transaction, then tells the
listeners. If the file cannot take the commit (busy, disk full, folder gone), the
work is kept in memory: the document remembers what is not yet written, the fault
is raised once, and `flush()` writes all of it in one transaction as soon as the file
can take it (the GUI calls it from a timer). Any other failure puts the model back.
Undo and redo are operations too, committed like any other.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field

from kerneopgave_desktop import heap
from kerneopgave_desktop.document.operations import Operation
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import Workshop
from kerneopgave_desktop.domain.progress import Progress
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.storage.errors import FileProblem
from kerneopgave_desktop.storage.store import Store

Listener = Callable[[Changes], None]
SavedListener = Callable[[bool], None]
RETRY_WAIT = 0.2
"""Seconds a retry waits for the file: short, since the GUI calls it while the user works."""


class DocumentError(RuntimeError):
    pass


class ReadOnlyError(DocumentError):
    pass


@dataclass
class Step:
    """One entry in the undo (or redo) history.

    Reverting a step applies `operations` from last to first.
    """

    label: str
    operations: list[Operation]
    merge_key: Hashable | None = None


@dataclass
class _Group:
    label: str
    operations: list[Operation] = field(default_factory=list)
    """Inverses of what the group applied, in the order applied."""
    changes: Changes = field(default_factory=Changes)


class Document:
    def __init__(self, workshop: Workshop, store: Store | None = None, read_only: bool = False):
        self.workshop = workshop
        self.store = store
        self._read_only = read_only
        """True for a view that must not change, such as an opened snapshot."""
        self.unsaved: FileProblem | None = None
        """The last fault while the file could not take a change (busy, disk full, folder
        gone, ...): the work goes on in memory until `flush` or `save_as` writes it."""
        self._pending = Changes()
        """What was changed in memory and is not yet in the file."""
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._listeners: list[Listener] = []
        self._saved_listeners: list[SavedListener] = []
        self._group: _Group | None = None

    # -- listeners -------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` after every committed change; returns an unsubscriber."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def subscribe_saved(self, listener: SavedListener) -> Callable[[], None]:
        """Call `listener(saved)` whenever the file goes from holding everything shown to
        not (saved is False) or back (True); returns an unsubscriber."""
        self._saved_listeners.append(listener)
        return lambda: self._saved_listeners.remove(listener)

    def _set_unsaved(self, fault: FileProblem | None) -> None:
        was = self.unsaved is None
        self.unsaved = fault
        if was != (fault is None):
            for listener in list(self._saved_listeners):
                listener(fault is None)

    # -- state ------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._read_only or (self.store is not None and self.store.read_only)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo) and self._group is None

    @property
    def can_redo(self) -> bool:
        return bool(self._redo) and self._group is None

    @property
    def last_step(self) -> object | None:
        """The newest undo step, as a token: while it is still `last_step`, nothing has been
        done or undone since (a phone's card may arrive while someone types)."""
        return self._undo[-1] if self._undo else None

    @property
    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def close_step(self) -> None:
        """The next operation starts a new undo step even if it could merge."""
        if self._undo:
            self._undo[-1].merge_key = None

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    def save_as(self, path: str | os.PathLike[str]) -> None:
        """Write a copy to `path` and go on working in the copy.

        With work not yet in the file, or objects in it we did not make, the copy is
        written from memory, so it has every change and nothing else.
        """
        if self.store is None or self.unsaved is not None or self.store.strangers:
            if os.path.exists(path):
                os.unlink(path)  # the file dialog has already asked to replace it
            store = Store.create(path, self.workshop)
        else:
            store, _ = self.store.save_as(path)
        if self.store is not None:
            with contextlib.suppress(Exception):
                self.store.close()
        self.store, self._pending = store, Changes()
        self._set_unsaved(None)

    def flush(self, wait: float = RETRY_WAIT) -> bool:
        """Try to write what is not yet in the file, all in one transaction; True when the
        file now holds everything shown. Safe to call at any time (the GUI's timer does)."""
        if self.unsaved is None:
            return True
        if self.store is None or self.store.read_only or self._group is not None:
            return False
        try:
            self.store.commit(self.workshop, self._pending, wait=wait)
        except FileProblem as fault:
            self.unsaved = fault
            return False
        self._pending = Changes()
        self._set_unsaved(None)
        return True

    # -- change -------------------------------------------------------------

    def apply(self, operation: Operation, origin: object = None) -> Changes:
        """Apply, commit and announce one operation; it becomes one undo step.

        `origin` says who asked (see `Changes.origin`). A large change is built without the
        garbage collector walking it (kerneopgave_desktop.heap)."""
        with heap.building():
            return self._apply(operation, origin)

    def _apply(self, operation: Operation, origin: object) -> Changes:
        if self.read_only:
            raise ReadOnlyError(translate("Document", "Filen er åbnet skrivebeskyttet."))
        inverse, changes = operation.apply(self.workshop)
        changes.origin = origin
        if self._group is not None:
            self._group.operations.append(inverse)
            self._group.changes.update(changes)
            return changes
        fault = self._commit(changes, [inverse])
        key = operation.merge_key()
        top = self._undo[-1] if self._undo else None
        # A merging step keeps its first inverse, which restores the state before it began.
        if key is None or top is None or top.merge_key != key:
            self._undo.append(Step(operation.label, [inverse], key))
        self._redo.clear()
        self._notify(changes)
        if fault is not None:
            raise fault
        return changes

    @contextlib.contextmanager
    def group(self, label: str, origin: object = None,
              progress: Progress | None = None) -> Iterator[None]:
        """Everything applied inside is one undo step and one transaction. `progress` hears
        how much of it is written (a large import); Cancelled from it undoes it all."""
        if self.read_only:
            raise ReadOnlyError(translate("Document", "Filen er åbnet skrivebeskyttet."))
        if self._group is not None:  # nested: part of the group already open
            yield
            return
        self._group = group = _Group(label)
        group.changes.origin = origin
        with heap.building():
            try:
                yield
            except BaseException:
                self._group = None
                self._revert_model(group.operations)
                raise
            self._group = None
            if not group.operations:
                return
            fault = self._commit(group.changes, group.operations, progress)
            self._undo.append(Step(label, group.operations))
            self._redo.clear()
            self._notify(group.changes)
        if fault is not None:
            raise fault

    def undo(self, origin: object = None) -> Changes:
        with heap.building():
            return self._step(self._undo, self._redo, origin)

    def redo(self, origin: object = None) -> Changes:
        with heap.building():
            return self._step(self._redo, self._undo, origin)

    # -- internals -------------------------------------------------------------

    def _step(self, source: list[Step], target: list[Step], origin: object) -> Changes:
        if self._group is not None:
            raise DocumentError("cannot undo or redo inside a group")
        if self.read_only:
            raise ReadOnlyError(translate("Document", "Filen er åbnet skrivebeskyttet."))
        if not source:
            return Changes()
        step = source[-1]
        changes = Changes(origin=origin)
        applied: list[Operation] = []
        try:
            for operation in reversed(step.operations):
                inverse, touched = operation.apply(self.workshop)
                applied.append(inverse)
                changes.update(touched)
        except BaseException:
            self._revert_model(applied)
            raise
        fault = self._commit(changes, applied)
        source.pop()
        target.append(Step(step.label, applied))
        self._notify(changes)
        if fault is not None:
            raise fault
        return changes

    def _commit(self, changes: Changes, inverses: list[Operation],
                progress: Progress | None = None) -> FileProblem | None:
        """Write to the file. A storage fault keeps the work in memory and is returned (the
        caller finishes the step, then raises it); anything else (Cancelled from `progress`
        too) puts the model back."""
        if self.store is None:
            return None
        if self.unsaved is not None:  # in memory until flush or save_as writes it all
            self._pending.update(changes)
            return None
        try:
            self.store.commit(self.workshop, changes, progress=progress)
        except FileProblem as fault:
            self._pending.update(changes)
            self._set_unsaved(fault)
            return fault
        except BaseException:
            self._revert_model(inverses)
            raise
        return None

    def _revert_model(self, inverses: list[Operation]) -> None:
        for inverse in reversed(inverses):
            inverse.apply(self.workshop)


def open_document(path: str | os.PathLike[str], read_only: bool = False,
                  progress: Progress | None = None) -> Document:
    """Open a .kerneopgave file; raises storage.FileProblem with a message for the user.

    `progress` hears how far loading has come; Cancelled from it lets go of the file."""
    store, workshop = Store.open(path, read_only=read_only, progress=progress)
    return Document(workshop, store)


def create_document(path: str | os.PathLike[str], workshop: Workshop) -> Document:
    """Write `workshop` to a new file and return it open for editing."""
    return Document(workshop, Store.create(path, workshop))
