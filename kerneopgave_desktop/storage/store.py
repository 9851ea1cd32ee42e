"""The .kerneopgave file: open, validate, load, commit, copy.

A file is recognised from its header before it is opened, so a file that is not
ours is never touched; a leftover journal or WAL beside it is judged first
(`leftovers`), and objects in it that our migrations did not make (`strangers`)
make it read-only before anything is written. Every commit is one `BEGIN IMMEDIATE`
... `COMMIT` in the rollback journal (never WAL: files live on network drives) that
waits up to `BUSY_WAIT` seconds for another program to let go of the file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from kerneopgave_desktop import heap
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import ModelError, Workshop
from kerneopgave_desktop.domain.progress import Counter, Progress
from kerneopgave_desktop.domain.text import said
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.storage import errors, leftovers, strangers
from kerneopgave_desktop.storage.drives import is_network_path
from kerneopgave_desktop.storage.errors import FileProblem
from kerneopgave_desktop.storage.integrity import shown, sqlite_findings
from kerneopgave_desktop.storage.leftovers import LOAD_ERRORS
from kerneopgave_desktop.storage.lock import FileLock
from kerneopgave_desktop.storage.opening import (
    APPLICATION_ID,
    CACHE_KIB,
    _connect,
    _header,
    _problem,
    _reader,
    _version,
    _writable,
    inspect,
)
from kerneopgave_desktop.storage.reading import read
from kerneopgave_desktop.storage.rows import everything
from kerneopgave_desktop.storage.schema import MIGRATIONS, REQUIRED_TABLES, schema_version
from kerneopgave_desktop.storage.strangers import Stranger
from kerneopgave_desktop.storage.writing import write

__all__ = ["APPLICATION_ID", "BUSY_WAIT", "CACHE_KIB", "Store", "everything", "inspect"]
"""What other modules import from here; recognising a file, its rows, reading and writing
live in `opening`, `rows`, `reading` and `writing`."""

BUSY_WAIT = 4.0
"""Seconds an edit's commit waits for another program (a backup tool, an indexer, a
database browser) to let go of the file before the work is kept in memory for a retry."""


def _tr(source: str) -> str:
    return translate("Storage", source)


class Store:
    """One open .kerneopgave file."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool, notice: str = ""):
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self.notice = notice
        """Why the file was opened read-only when nobody asked, for the user."""
        self._ord: dict[str, dict[str, float]] = {}
        """Board id -> item id -> its sort key in the file; mirrors the model's order."""
        self.file_version = schema_version()
        """The schema version of the file on disk (an older one is read through a copy)."""
        self._source: sqlite3.Connection | None = None
        """The file itself, when `conn` is a migrated copy of an older file in memory."""
        self._lock: FileLock | None = None
        """Held while we may write: a second writer opens the file read-only."""
        self.on_network = False
        """On a network drive: still the rollback journal and one writer, and a word to the user."""
        self._submission_ids: set[str] = set()
        """Ids of the submissions in the file, to tell a new one from a changed one."""
        self._pending_submissions: set[str] | None = None
        self._private = False
        """True when `conn` is a copy in memory (the file is only read through it)."""
        self.strangers: list[Stranger] = []
        """Objects in the file our migrations did not make: the file is then only read."""

    # -- opening --------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], workshop: Workshop,
               progress: Progress | None = None) -> Store:
        """Write `workshop` to a new file at `path` (which must not exist). `progress` hears
        how many of its items are written; Cancelled from it leaves no file."""
        path = Path(path)
        if path.exists():
            raise errors.exists(path)
        try:
            conn = sqlite3.connect(path, timeout=2.0)
        except sqlite3.Error as error:
            raise errors.cannot_write(path, str(error)) from None
        store = None
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            store = cls(conn, path, read_only=False)
            store._lock = FileLock(path)
            store._lock.acquire()
            store._new_schema()
            store.commit(workshop, everything(workshop), progress=progress)
        except BaseException as error:  # a fault, or the user stopped it: no file is left
            conn.close()
            if store is not None and store._lock is not None:
                store._lock.release()
            path.unlink(missing_ok=True)
            if isinstance(error, (sqlite3.Error, OSError)):
                raise errors.cannot_write(path, str(error)) from None
            raise
        return store

    @classmethod
    def open(cls, path: str | os.PathLike[str], read_only: bool = False,
             progress: Progress | None = None) -> tuple[Store, Workshop]:
        """Open an existing file and load its workshop.

        A file from a newer program, one we may not write, one with objects we did not
        make, or one whose stray journal could not be moved aside opens read-only with
        `notice` saying why. An older file is migrated forward. `progress` hears how many
        of the file's zones, cards and links are loaded; when it raises Cancelled the file
        is let go (nothing was written) and Cancelled goes on to the caller.
        """
        path = Path(path)
        header = _header(path)
        version = _version(path, header)
        notice = ""
        if version > schema_version():
            read_only, notice = True, errors.newer_version(version, schema_version())
        elif not read_only and not _writable(path):
            read_only = True
            notice = _tr("Du har kun læseadgang til filen, så den er åbnet skrivebeskyttet.")
        lock = None
        if not read_only:
            lock = FileLock(path)
            try:
                free = lock.acquire()
            except OSError as error:
                raise errors.damaged(path, error.strerror or str(error)) from None
            if not free:
                read_only, lock = True, None
                notice = _tr("Filen er åben et andet sted (i et andet vindue eller på en anden "
                             "computer). Den er åbnet skrivebeskyttet, så intet går tabt; luk "
                             "den det andet sted for at redigere her.")
        try:
            settled = leftovers.settle(path, header, not read_only, APPLICATION_ID, _unsound)
        except FileProblem:
            if lock is not None:
                lock.release()
            raise
        if settled.read_only and lock is not None:
            lock.release()
            read_only, lock = True, None
        if settled.version is not None:
            version = settled.version
        notice = " ".join(text for text in (notice, settled.notice) if text)
        try:
            if settled.memory is not None:
                conn, source = settled.memory, None
            elif read_only:
                conn, source = _reader(path, version)
            else:
                conn, source = _connect(path, False), None
        except (sqlite3.Error, UnicodeError) as error:  # SQLite may quote undecodable bytes
            if lock is not None:
                lock.release()
            raise _problem(path, error) from None
        store = cls(conn, path, read_only, notice)
        store.file_version = version
        store._source = source
        store._private = settled.memory is not None or source is not None
        store._lock = lock
        try:
            store.on_network = is_network_path(path)
            workshop = store._validate_and_load(version, progress)
        except sqlite3.Error as error:
            store.close()
            raise _problem(path, error) from None
        except (ModelError, *LOAD_ERRORS) as error:
            store.close()
            raise errors.damaged(path, str(error) or type(error).__name__) from None
        except BaseException:  # a FileProblem, or the user stopped it (Cancelled)
            store.close()
            raise
        return store, workshop

    def _validate_and_load(self, version: int, progress: Progress | None = None) -> Workshop:
        """Strangers first (reading sqlite_master runs nothing), then migrate, check, load."""
        self.strangers = strangers.find(self._source or self.conn, version)
        if self.strangers:
            if not self.read_only:  # let go of the writer before anything is written
                self.conn.close()
                if self._lock is not None:
                    self._lock.release()
                    self._lock = None
                self.read_only = True
                self.conn, self._source = _reader(self.path, version)
                self._private = self._source is not None
            if self._private:
                strangers.drop(self.conn, self.strangers)  # a private copy, never the file
            self.notice = " ".join(text for text in (self.notice,
                                                     strangers.notice(self.strangers)) if text)
        if version < schema_version():
            self._migrate(version)
        self._check_tables()
        return self.load(progress)

    @cached_property
    def db(self) -> Database:
        """sqlite-utils over the same connection, for migrations.

        Imported on first use: opening and loading a file run on plain `sqlite3`, so the
        first frame does not wait for sqlite-utils and its dependencies (~50 ms).
        """
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False, recursive_triggers=False)

    def close(self) -> None:
        self.conn.close()
        if self._source is not None:
            self._source.close()
        if self._lock is not None:  # after SQLite has let go of the file
            self._lock.release()
            self._lock = None

    def _new_schema(self) -> None:
        """A new file's header and schema in one transaction: there is nothing to keep if a
        step fails (the file goes), and the disk is made to wait once, not once a migration
        and once more for the header (a new file syncs 8 times instead of 28)."""
        with self._schema_step():
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for migration in MIGRATIONS:
                migration(self.db)
            self.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")

    def _migrate(self, version: int) -> None:
        for target in range(version + 1, len(MIGRATIONS) + 1):
            with self._schema_step():
                MIGRATIONS[target - 1](self.db)
                self.conn.execute(f"PRAGMA user_version = {target}")

    @contextlib.contextmanager
    def _schema_step(self) -> Iterator[None]:
        """One step of the schema in a transaction of its own: committed whole, or rolled
        back whole when anything in it fails (a fault, or the user stopping it)."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _check_tables(self) -> None:
        present = {name for (name,) in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [name for name in REQUIRED_TABLES if name not in present]
        if missing:
            raise errors.damaged(self.path, _tr("tabellen {name} mangler").format(
                name=missing[0]))

    # -- reading ----------------------------------------------------------------

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def integrity(self) -> list[str]:
        """Problems SQLite finds in the file (as it reads: with an unfinished write finished
        on a private copy); empty when it is sound."""
        conn = self._source or self.conn
        try:
            problems = sqlite_findings(conn)
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(_tr("{table}: række {rowid} peger på en række i {parent}, "
                                    "der mangler").format(table=table, rowid=rowid, parent=parent))
        except (sqlite3.Error, UnicodeError) as error:  # malformed pages can fail the check
            return [said(error)]
        return [shown(problem) for problem in problems]

    def counts(self) -> dict[str, int]:
        """Rows per table; FileProblem when the file cannot be read that far."""
        try:
            return {name: self.conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                    for name in ("boards", "cards", "links", "zones", "snapshots")}
        except (sqlite3.Error, UnicodeError) as error:
            raise _problem(self.path, error) from None

    def load(self, progress: Progress | None = None) -> Workshop:
        """The workshop in the file. ModelError (or another of `LOAD_ERRORS`) when a row
        does not make sense: wrong types, NULLs, an id used twice, bad JSON. `progress`
        hears how many of its zones, cards and links are loaded (and may stop it)."""
        with heap.building():  # long-lived: set aside from the collector (heap)
            workshop = read(self.conn, self._ord, progress)
        self._submission_ids = set(workshop.submissions)
        return workshop

    # -- the room: rounds and submissions (kept apart from the rest to ease merges) ------------

    def _settle_room(self) -> None:
        if self._pending_submissions is not None:
            self._submission_ids, self._pending_submissions = self._pending_submissions, None

    # -- writing ---------------------------------------------------------------

    def commit(self, workshop: Workshop, changes: Changes, wait: float = BUSY_WAIT,
               progress: Progress | None = None) -> None:
        """Write what `changes` touched, as `workshop` now has it, in one transaction.

        Waits up to `wait` seconds for another program to let go of the file; then raises
        FileBusy. Any failure rolls the transaction back and leaves the sort keys as the
        file has them, so the same changes (or more) can be committed again later; so does
        Cancelled from `progress`, which hears how many of the items touched are written.
        """
        if self.read_only:
            raise errors.cannot_write(self.path, _tr("filen er skrivebeskyttet"))
        conn = self.conn
        pending: dict[str, dict[str, float]] = {}
        counter = Counter(progress, sum(map(len, changes.items.values())))
        try:
            conn.execute(f"PRAGMA busy_timeout = {max(0, int(wait * 1000))}")
            conn.execute("BEGIN IMMEDIATE")
            try:
                self._pending_submissions = write(conn, workshop, changes, self._ord,
                                                  self._submission_ids, pending, counter)
                counter.finish()
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                self._pending_submissions = None
                raise
        except sqlite3.Error as error:
            if "locked" in str(error) or "busy" in str(error):
                raise errors.busy(self.path) from None
            raise errors.cannot_write(self.path, str(error)) from None
        self._settle_ords(workshop, changes, pending)
        self._settle_room()

    def _settle_ords(self, workshop: Workshop, changes: Changes,
                     pending: dict[str, dict[str, float]]) -> None:
        """After a commit, make the in-memory sort keys match the file."""
        present = {board.id: board for board in workshop.boards}
        for board_id in list(self._ord):
            if board_id not in present:
                del self._ord[board_id]
        for board_id, ids in changes.items.items():
            board = present.get(board_id)
            if board is None:
                continue
            known = self._ord.setdefault(board_id, {})
            for item_id in board.absent(ids):
                known.pop(item_id, None)
            known.update(pending.get(board_id, {}))

    # -- copies ------------------------------------------------------------------

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the file at `target` (replacing it), by SQLite's backup API,
        written beside it first so no half-written copy is ever left under that name."""
        temporary = target.with_name(target.name + ".part")
        try:
            copy = sqlite3.connect(temporary)
            try:
                self.conn.backup(copy)
            finally:
                copy.close()
            os.replace(temporary, target)
        except (sqlite3.Error, OSError) as error:
            temporary.unlink(missing_ok=True)
            raise errors.cannot_write(target, str(error)) from None

    def save_as(self, path: str | os.PathLike[str]) -> tuple[Store, Workshop]:
        """Copy the file to `path` (replacing it) and open the copy. A file with strangers
        is not copied (that would copy them too): the copy is written from what it holds."""
        if self.strangers:
            workshop = self.load()
            Path(path).unlink(missing_ok=True)  # the file dialog has already asked to replace it
            return Store.create(path, workshop), workshop
        self.copy_to(Path(path))
        return Store.open(path)



def _unsound(memory: sqlite3.Connection, path: Path) -> str | None:
    """Why `memory` (a copy recovered with a file's leftovers) is not one of our sound
    workshops; None when it is. For storage.leftovers, which judges the leftovers."""
    trial = sqlite3.connect(":memory:")
    try:
        memory.backup(trial)
        if trial.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return "application_id"
        rows = [row[0] for row in trial.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return str(rows[0])
        version = trial.execute("PRAGMA user_version").fetchone()[0]
        store = Store(trial, path, read_only=True)
        if version < schema_version():
            store._migrate(version)
        store._check_tables()
        store.load()
    except (sqlite3.Error, errors.FileProblem, *LOAD_ERRORS) as error:
        return str(error) or type(error).__name__
    finally:
        trial.close()
    return None
