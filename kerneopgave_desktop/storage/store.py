"""The .kerneopgave file: open, validate, load, commit, copy.

A file is recognised from its header before it is opened, so a file that is not
ours is never touched; a leftover journal or WAL beside it is judged first
(`leftovers`), and objects in it that our migrations did not make (`strangers`)
make it read-only before anything is written. Every commit is one `BEGIN IMMEDIATE`
... `COMMIT` in the rollback journal (never WAL: files live on network drives) that
waits up to `BUSY_WAIT` seconds for another program to let go of the file.
"""

from __future__ import annotations

import errno
import json
import math
import os
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from kerneopgave_desktop import heap
from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import (
    Board,
    Card,
    Link,
    ModelError,
    Snapshot,
    Workshop,
    WorkshopInfo,
    Zone,
    card_type,
)
from kerneopgave_desktop.domain.progress import Counter, Progress
from kerneopgave_desktop.domain.records import (
    ROOM_CARD_FIELDS,
    board_from_dict,
    board_to_dict,
    day_from_record,
    deck_from_dict,
    deck_to_dict,
    kept,
    pairs_from_dict,
    round_from_dict,
    round_to_dict,
)
from kerneopgave_desktop.domain.rounds import Submission
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.storage import errors, leftovers, strangers
from kerneopgave_desktop.storage.drives import is_network_path
from kerneopgave_desktop.storage.errors import FileProblem
from kerneopgave_desktop.storage.leftovers import LOAD_ERRORS
from kerneopgave_desktop.storage.lock import FileLock
from kerneopgave_desktop.storage.order import new_ords
from kerneopgave_desktop.storage.schema import MIGRATIONS, REQUIRED_TABLES, schema_version
from kerneopgave_desktop.storage.strangers import Stranger

APPLICATION_ID = 0x4B4F5054
"""`PRAGMA application_id` of every .kerneopgave file ("KOPT")."""

_SQLITE_MAGIC = b"SQLite format 3\x00"
_CHUNK = 500
_IN_ORDER = 1000
"""Above this many touched items, they are written in the board's order."""
CACHE_KIB = -32768
"""SQLite's page cache per file, in KiB (negative, as the pragma takes it): the whole of a
50,000-card file (11 MB), so that a move of every card rewrites pages already read, not
pages read again (a third faster); SQLite's default is 2 MB."""
BUSY_WAIT = 4.0
"""Seconds an edit's commit waits for another program (a backup tool, an indexer, a
database browser) to let go of the file before the work is kept in memory for a retry."""

_CARD_HEAD = ("id", "board_id", "ord", "kind", "text", "x", "y", "width", "height", "color",
              "votes")
_CARD_COLUMNS = (*_CARD_HEAD, *fields_table.stored_columns())
"""The cards table: the head every card fills, then a column per field (domain.fields)."""
_ZONE_COLUMNS = ("id", "board_id", "ord", "title", "x", "y", "width", "height", "color", "locked",
                 "kind", "stop")
_LINK_COLUMNS = ("id", "board_id", "ord", "source", "target", "kind", "label")


def _upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}")


_UPSERT = {name: _upsert_sql(name, columns) for name, columns in
           (("zones", _ZONE_COLUMNS), ("cards", _CARD_COLUMNS), ("links", _LINK_COLUMNS))}


def _tr(source: str) -> str:
    return translate("Storage", source)


def inspect(path: str | os.PathLike[str]) -> int:
    """Check from its header that `path` is a workshop file; return its schema version.

    Reads 100 bytes and writes nothing. Raises FileProblem with a message for
    the user when the path is missing, a folder, unreadable, empty, not SQLite,
    or another program's SQLite database.
    """
    path = Path(path)
    return _version(path, _header(path))


def _header(path: Path) -> bytes:
    """The first 100 bytes of `path`; FileProblem when it is not a readable file."""
    try:
        if not path.exists():
            raise errors.missing(path)
        if path.is_dir():
            raise errors.is_folder(path)
        with open(path, "rb") as handle:
            return handle.read(100)
    except PermissionError:
        raise errors.no_access(path) from None
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            raise errors.name_too_long(path) from None
        raise errors.damaged(path, error.strerror or str(error)) from None
    except ValueError:  # a NUL in the name
        raise errors.missing(path) from None


def _version(path: Path, header: bytes) -> int:
    if not header:
        raise errors.empty(path)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise errors.not_ours(path)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise errors.foreign_database(path)
    return int.from_bytes(header[60:64], "big")


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, timeout=2.0)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = {CACHE_KIB}")
    if not read_only:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _reader(path: Path, version: int) -> tuple[sqlite3.Connection, sqlite3.Connection | None]:
    """A read-only connection, and for an older file a migrated copy in memory to read
    instead (then the file's own connection comes second)."""
    conn = _connect(path, True)
    if version >= schema_version():
        return conn, None
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
    except sqlite3.Error:
        memory.close()
        conn.close()
        raise
    return memory, conn


def _writable(path: Path) -> bool:
    """Can we write the file and create its journal beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _problem(path: Path, error: Exception) -> FileProblem:
    text = str(error)
    if "locked" in text or "busy" in text:
        return errors.locked(path)
    return errors.damaged(path, text)


def _records(conn: sqlite3.Connection, sql: str) -> Iterable[dict[str, Any]]:
    """Rows as dicts keyed by column name."""
    cursor = conn.execute(sql)
    names = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


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
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            store = cls(conn, path, read_only=False)
            store._lock = FileLock(path)
            store._lock.acquire()
            store._migrate(0)
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

    def _migrate(self, version: int) -> None:
        conn = self.conn
        for target in range(version + 1, len(MIGRATIONS) + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[target - 1](self.db)
                conn.execute(f"PRAGMA user_version = {target}")
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
            rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
            problems = [] if rows == ["ok"] else rows
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(f"{table} row {rowid} refers to a missing {parent}")
        except (sqlite3.Error, UnicodeError) as error:  # malformed pages can fail the check
            return [str(error)]
        return [problem.encode("utf-8", "backslashreplace").decode("utf-8")
                for problem in problems]

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
            return self._load(progress)

    def _load(self, progress: Progress | None) -> Workshop:
        db = self.conn
        row = db.execute("SELECT title, workplace, date, facilitator, participants, professions, "
                         "sector FROM workshop WHERE id = 1").fetchone()
        if row is None:
            raise ModelError("the workshop record is missing")
        title, workplace, day, facilitator, participants, professions, sector = row
        try:
            parsed_day = date.fromisoformat(_text(day, "workshop.date")) if day else None
            names = json.loads(_text(participants, "workshop.participants"))
            own = json.loads(_text(professions, "workshop.professions"))
        except ValueError as error:
            raise ModelError(f"workshop metadata: {error}") from None
        if not isinstance(names, list) or not isinstance(own, list):
            raise ModelError("workshop participants and professions must be lists")
        info = WorkshopInfo(title=title, workplace=workplace, date=parsed_day,
                            facilitator=facilitator, participants=tuple(names),
                            professions=tuple(own),
                            sector=_text(sector, "workshop.sector", optional=True))
        workshop = Workshop(info=info)
        boards: dict[str, Board] = {}
        self._ord.clear()
        for board_id, board_title, template, plenary, perspective in db.execute(
                "SELECT id, title, template, plenary, perspective FROM boards "
                "ORDER BY position, id"):
            _id(board_id, "board")
            if board_id in boards:
                raise ModelError(f"the board id {board_id!r} is used twice")
            boards[board_id] = Board(
                id=board_id, title=_text(board_title, "board.title"),
                template=_text(template, "board.template", optional=True),
                plenary=_text(plenary, "board.plenary", optional=True),
                perspective=_text(perspective, "board.perspective", optional=True))
            self._ord[board_id] = {}
        workshop.boards = list(boards.values())
        seen: set[str] = set()
        total = db.execute("SELECT (SELECT count(*) FROM zones) + (SELECT count(*) FROM cards)"
                           " + (SELECT count(*) FROM links)").fetchone()[0] if progress else 0
        counter = Counter(progress, total)
        for table, build in (("zones", _zone), ("cards", _card), ("links", _link)):
            for record in _records(db, f"SELECT * FROM {table} ORDER BY board_id, ord"):
                counter.add()
                item_id = _id(record["id"], table)
                board = boards.get(record["board_id"]) if isinstance(record["board_id"],
                                                                     str) else None
                if board is None:
                    raise ModelError(f"{table} {item_id!r} is on a missing board")
                if item_id in seen:
                    raise ModelError(f"the id {item_id!r} is used twice")
                seen.add(item_id)
                item = build(record)
                if isinstance(item, Link) and not (item.source in board.cards
                                                   and item.target in board.cards):
                    raise ModelError(f"link {item.id!r} points to a card that is not on its board")
                getattr(board, table)[item.id] = item
                self._ord[board.id][item.id] = _ord(record["ord"], item_id)
        counter.finish()
        for deck_id, deck_title, cards in db.execute(
                "SELECT id, title, cards FROM decks ORDER BY position, id"):
            try:
                content = json.loads(_text(cards, "deck.cards"))
            except ValueError as error:
                raise ModelError(f"deck {deck_id!r}: {error}") from None
            workshop.decks.append(deck_from_dict({"id": deck_id, "title": deck_title,
                                                  "cards": content}))
        if len({deck.id for deck in workshop.decks}) != len(workshop.decks):
            raise ModelError("a deck id is used twice")
        for record in _records(db, "SELECT * FROM snapshots ORDER BY taken_at, id"):
            workshop.snapshots.append(_snapshot(record))
        if len({snapshot.id for snapshot in workshop.snapshots}) != len(workshop.snapshots):
            raise ModelError("a snapshot id is used twice")
        self._load_room(workshop)
        return workshop

    # -- the room: rounds and submissions (kept apart from the rest to ease merges) ------------

    def _load_room(self, workshop: Workshop) -> None:
        """Read the room's rounds and every submission, face-down ones included."""
        for record in _records(self.conn, "SELECT * FROM rounds ORDER BY position, id"):
            values = {name: record[name] for name in _ROUND_TEXT}
            values.update({name: bool(record[name]) for name in _ROUND_FLAGS})
            values.update(id=record["id"], board=record["board_id"], zone=record["zone_id"],
                          dots=record["dots"])
            try:
                values["dots_given"] = json.loads(record["dots_given"])
                values["stances_taken"] = json.loads(record["stances_taken"])
            except ValueError as error:
                raise ModelError(f"round {record['id']!r}: {error}") from None
            workshop.rounds.append(round_from_dict(values))
        if sum(r.open for r in workshop.rounds) > 1:
            raise ModelError("more than one round is open")
        for record in _records(self.conn, "SELECT * FROM submissions ORDER BY ord, id"):
            submission = Submission(id=record["id"], round=record["round_id"],
                                    device=record["device"], text=record["text"],
                                    author=record["author"], card=record["card_id"],
                                    sent_at=record["sent_at"])
            workshop.submissions[submission.id] = submission
        self._submission_ids = set(workshop.submissions)

    def _write_room(self, workshop: Workshop, changes: Changes) -> None:
        """Write the rounds and submissions that `changes` touched."""
        execute = self.conn.execute
        if changes.rounds:
            present = {r.id for r in workshop.rounds}
            gone = [i for i in changes.rounds if i not in present]
            for chunk in _chunks(gone):
                execute(f"DELETE FROM rounds WHERE id IN ({_marks(chunk)})", chunk)
            self.conn.executemany(_ROUND_UPSERT, [  # all of them: a meeting has a few
                _round_row(index, r) for index, r in enumerate(workshop.rounds)])
        if changes.submissions:
            known = self._submission_ids
            order = {key: index for index, key in enumerate(workshop.submissions)}
            gone = [i for i in changes.submissions if i not in order]
            for chunk in _chunks(gone):
                execute(f"DELETE FROM submissions WHERE id IN ({_marks(chunk)})", chunk)
            fresh = [i for i in changes.submissions if i in order and i not in known]
            appended = all(order[i] >= len(order) - len(fresh) for i in fresh)
            # Usually a submission comes at the end; an undo that puts one back in the middle,
            # or a removal, renumbers them all (a few hundred at most).
            touched = list(order) if gone or not appended else [
                i for i in changes.submissions if i in order]
            self.conn.executemany(_SUBMISSION_UPSERT, [
                _submission_row(order[i], workshop.submissions[i]) for i in touched])
            self._pending_submissions = set(order)

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
                self._write(workshop, changes, pending, counter)
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

    def _write(self, workshop: Workshop, changes: Changes,
               pending: dict[str, dict[str, float]], counter: Counter) -> None:
        execute = self.conn.execute
        if changes.info:
            info = workshop.info
            execute("UPDATE workshop SET title = ?, workplace = ?, date = ?, facilitator = ?, "
                    "participants = ?, professions = ?, sector = ? WHERE id = 1",
                    (info.title, info.workplace, info.date.isoformat() if info.date else None,
                     info.facilitator, json.dumps(list(info.participants), ensure_ascii=False),
                     json.dumps(list(info.professions), ensure_ascii=False), info.sector))
        boards = {board.id: board for board in workshop.boards}
        if changes.boards:
            gone = [board_id for board_id in changes.boards if board_id not in boards]
            for chunk in _chunks(gone):
                execute(f"DELETE FROM boards WHERE id IN ({_marks(chunk)})", chunk)
            self.conn.executemany(
                "INSERT INTO boards (id, position, title, template, plenary, perspective) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET position = excluded.position, "
                "title = excluded.title, template = excluded.template, "
                "plenary = excluded.plenary, perspective = excluded.perspective",
                [(b.id, i, b.title, b.template, b.plenary, b.perspective)
                 for i, b in enumerate(workshop.boards)])
        for board_id, ids in changes.items.items():
            board = boards.get(board_id)
            if board is not None:
                self._write_items(board, ids, changes.placed, changes.moved, pending, counter)
        if changes.snapshots:
            self._write_snapshots(workshop, changes.snapshots)
        if changes.decks:
            self._write_decks(workshop, changes.decks)
        if changes.rounds or changes.submissions:
            self._write_room(workshop, changes)

    def _write_decks(self, workshop: Workshop, ids: set[str]) -> None:
        present = {deck.id for deck in workshop.decks}
        gone = [i for i in ids if i not in present]
        for chunk in _chunks(gone):
            self.conn.execute(f"DELETE FROM decks WHERE id IN ({_marks(chunk)})", chunk)
        self.conn.executemany(
            "INSERT INTO decks (id, position, title, cards) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET position = excluded.position, title = excluded.title, "
            "cards = excluded.cards",
            [(deck.id, index, deck.title,
              json.dumps(deck_to_dict(deck)["cards"], ensure_ascii=False))
             for index, deck in enumerate(workshop.decks)])

    def _write_items(self, board: Board, ids: set[str], placed: set[str], moved: set[str],
                     pending: dict[str, dict[str, float]], counter: Counter) -> None:
        conn = self.conn
        known = self._ord.setdefault(board.id, {})
        gone = [i for i in ids if board.container(i) is None]
        for table in ("links", "cards", "zones"):
            for chunk in _chunks(gone):
                conn.execute(f"DELETE FROM {table} WHERE id IN ({_marks(chunk)})", chunk)
        ords = pending.setdefault(board.id, {})
        for table, row in (("zones", _zone_row), ("cards", _card_row), ("links", _link_row)):
            items: dict[str, Any] = getattr(board, table)
            # Many rows are written in the board's order, which is near the file's: in the
            # order of a set they land all over the file, at two to three times the cost.
            touched = ([i for i in items if i in ids] if len(ids) > _IN_ORDER
                       else [i for i in ids if i in items])
            if not touched:
                continue
            if table != "links" and moved:  # rows the file has, of which only x and y change
                shifted = [i for i in touched if i in moved and i in known and i not in placed]
                conn.executemany(f"UPDATE {table} SET x = ?, y = ? WHERE id = ?",
                                 [(items[i].x, items[i].y, i) for i in shifted])
                counter.add(len(shifted))
                if shifted:
                    done = set(shifted)
                    touched = [i for i in touched if i not in done]
                    if not touched:
                        continue
            fresh = {i for i in touched if i in placed or i not in known}
            if fresh:
                new, renumbered = new_ords(items, fresh, known)
                ords.update(new)
                if renumbered:
                    conn.executemany(f"UPDATE {table} SET ord = ? WHERE id = ?",
                                     [(value, key) for key, value in new.items()
                                      if key not in fresh])
            conn.executemany(_UPSERT[table], _counted(
                (row(board.id, ords.get(i, known.get(i)), items[i]) for i in touched), counter))

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
            for item_id in ids:
                if board.container(item_id) is None:
                    known.pop(item_id, None)
            known.update(pending.get(board_id, {}))

    def _write_snapshots(self, workshop: Workshop, ids: set[str]) -> None:
        present = {snapshot.id: snapshot for snapshot in workshop.snapshots}
        gone = [i for i in ids if i not in present]
        for chunk in _chunks(gone):
            self.conn.execute(f"DELETE FROM snapshots WHERE id IN ({_marks(chunk)})", chunk)
        self.conn.executemany(
            "INSERT INTO snapshots (id, board_id, name, taken_at, content) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name",
            [(s.id, s.board, s.name, s.taken_at,
              json.dumps([board_to_dict(b) for b in s.content], ensure_ascii=False))
             for i, s in present.items() if i in ids])

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


def everything(workshop: Workshop) -> Changes:
    """Changes that touch and place every part of `workshop` (to write it whole)."""
    changes = Changes(info=True, boards={b.id for b in workshop.boards},
                      snapshots={s.id for s in workshop.snapshots},
                      decks={d.id for d in workshop.decks},
                      rounds={r.id for r in workshop.rounds},
                      submissions=set(workshop.submissions))
    for board in workshop.boards:
        changes.touch(board.id, [*board.zones, *board.cards, *board.links], placed=True)
    return changes


_ROUND_FLAGS = ("hidden", "named", "stances", "live", "open", "shown")
_ROUND_TEXT = ("kind", "prompt", "opened_at")
_ROUND_COLUMNS = ("id", "position", "board_id", *_ROUND_TEXT, *_ROUND_FLAGS, "dots", "zone_id",
                  "dots_given", "stances_taken")
_ROUND_UPSERT = _upsert_sql("rounds", _ROUND_COLUMNS)
_SUBMISSION_UPSERT = _upsert_sql("submissions", ("id", "round_id", "ord", "device", "text",
                                                 "author", "card_id", "sent_at"))


def _round_row(position: int, round_: Any) -> tuple[Any, ...]:
    record = round_to_dict(round_)
    return (round_.id, position, round_.board, *(record[name] for name in _ROUND_TEXT),
            *(int(record[name]) for name in _ROUND_FLAGS), round_.dots, round_.zone,
            json.dumps(record["dots_given"], ensure_ascii=False),
            json.dumps(record["stances_taken"], ensure_ascii=False))


def _submission_row(position: int, submission: Submission) -> tuple[Any, ...]:
    return (submission.id, submission.round, position, submission.device, submission.text,
            submission.author, submission.card, submission.sent_at)


def _counted(rows: Iterable[tuple[Any, ...]], counter: Counter) -> Iterator[tuple[Any, ...]]:
    """`rows` as SQLite takes them, counted as they go (the counter may stop the write)."""
    for row in rows:
        counter.add()
        yield row


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _marks(chunk: list[str]) -> str:
    return ", ".join("?" * len(chunk))


def _card_row(board_id: str, ord_: float | None, card: Card) -> tuple[Any, ...]:
    fields = {name: kept(card, name) for name in card.kind_fields()}
    fields.update({name: getattr(card, name) for name in ROOM_CARD_FIELDS})
    for name in card.structured:  # kept as JSON text
        fields[name] = json.dumps(fields[name], ensure_ascii=False)
    return (card.id, board_id, ord_, card.kind, card.text, card.x, card.y, card.width,
            card.height, card.color, card.votes,
            *(fields.get(name) for name in _CARD_COLUMNS[len(_CARD_HEAD):]))


def _zone_row(board_id: str, ord_: float | None, zone: Zone) -> tuple[Any, ...]:
    return (zone.id, board_id, ord_, zone.title, zone.x, zone.y, zone.width, zone.height,
            zone.color, int(zone.locked), zone.kind, int(zone.stop))


def _link_row(board_id: str, ord_: float | None, link: Link) -> tuple[Any, ...]:
    return (link.id, board_id, ord_, link.source, link.target, link.kind, link.label)


def _text(value: Any, what: str, optional: bool = False) -> Any:
    """`value` when it is text (or None, where allowed); ModelError otherwise."""
    if isinstance(value, str) or (optional and value is None):
        return value
    raise ModelError(f"{what} must be text, not {type(value).__name__}")


def _id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ModelError(f"{what}: an id must be non-empty text, not {value!r:.40}")
    return value


def _ord(value: Any, item_id: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ModelError(f"{item_id!r}: its sort key must be a finite number")
    return value


def _snapshot(record: dict[str, Any]) -> Snapshot:
    what = f"snapshot {record['id']!r:.40}"
    _id(record["id"], "snapshot")
    for name in ("name", "taken_at"):
        _text(record[name], f"{what}.{name}")
    _text(record["board_id"], f"{what}.board_id", optional=True)
    try:
        content = json.loads(_text(record["content"], f"{what}.content"))
    except ValueError as error:
        raise ModelError(f"{what}: {error}") from None
    if not isinstance(content, list):
        raise ModelError(f"{what} must hold a list of boards")
    boards = tuple(map(board_from_dict, content))
    ids = [board.id for board in boards]
    items = [key for board in boards for key in (*board.zones, *board.cards, *board.links)]
    if len(set(ids)) != len(ids) or len(set(items)) != len(items):
        raise ModelError(f"{what} uses an id twice")
    return Snapshot(id=record["id"], board=record["board_id"], name=record["name"],
                    taken_at=record["taken_at"], content=boards)


def _card(record: dict[str, Any]) -> Card:
    cls = card_type(_text(record["kind"], "card.kind"))
    values = {name: record[name] for name in cls.field_names()}
    for name in cls.structured:  # kept as JSON text
        try:
            raw = _text(values[name], f"card.{name}", optional=True)
            values[name] = pairs_from_dict(fields_table.field(cls.kind, name),
                                           json.loads(raw or "{}"))
        except ValueError as error:
            raise ModelError(f"card {record['id']!r}: {error}") from None
    for name in cls.dates:  # kept as YYYY-MM-DD
        values[name] = day_from_record(values[name], f"card {record['id']!r:.40}.{name}")
    return cls(**values)


def _zone(record: dict[str, Any]) -> Zone:
    values = {name: record[name] for name in _ZONE_COLUMNS if name not in ("board_id", "ord")}
    for name in ("locked", "stop"):
        if values[name] not in (0, 1):
            raise ModelError(f"zone {values['id']!r}.{name} must be 0 or 1")
        values[name] = bool(values[name])
    return Zone(**values)


def _link(record: dict[str, Any]) -> Link:
    return Link(id=record["id"], source=record["source"], target=record["target"],
                kind=record["kind"], label=record["label"])


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
