"""A `-journal` or `-wal` lying beside a workshop file: ours to finish, or a stranger's.

SQLite plays back any hot journal (and reads any `-wal`) it finds beside a database,
whichever database wrote it. One from another file (a copied folder, a file renamed
over another, a sync tool) would be written into the workshop and destroy it. So
before the file is opened, each leftover is judged:

- a rollback journal is ours when its header has the file's page size and its saved
  first page carries our application id and the file's change counter (or the one
  before it: a crash after the new pages were written). A journal without the first
  page (a transaction larger than the page cache, killed before its commit) must at
  least record the size the file's header still gives; a WAL can only be ours when the
  file's header is in WAL mode (our files never are: another program changed it);
- then file plus leftovers are recovered in a private temporary folder, and the result
  must be one of our workshops: application id, integrity check, tables, and a load.

A leftover that fails is a stranger: a read-write open moves it aside (renamed beside
the file, never deleted) and says so; a read-only open reads the file without it and
changes nothing. Our own unfinished write is rolled back by SQLite on a read-write open
(after a copy of the file as it was has been put in the backup folder), and a read-only
open (`check`, `export`) reads a private copy with it finished, and says so.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kerneopgave_desktop.domain.text import said
from kerneopgave_desktop.i18n import translate
from kerneopgave_desktop.storage import errors

try:
    import fcntl
except ImportError:  # Windows: renaming a journal SQLite holds open fails instead
    fcntl = None  # type: ignore[assignment]

SUFFIXES = ("-journal", "-wal")
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_RESERVED_BYTE = 0x40000001
"""The byte SQLite's unix VFS locks while a connection has a write transaction open."""


def _tr(source: str) -> str:
    return translate("Leftovers", source)


@dataclass
class Settled:
    """What `settle` found and did."""

    memory: sqlite3.Connection | None = None
    """For a read-only open: the workshop as it reads, recovered in memory; the file and its
    leftovers are untouched. None: open the file itself."""
    version: int | None = None
    """The schema version of what will be read (a crash may have been mid-migration)."""
    notice: str = ""
    read_only: bool = False
    """True when the leftover could not be moved aside: the file is then only read."""


def leftovers(path: Path) -> dict[str, Path]:
    """The journal and WAL files that lie beside `path`."""
    found = {}
    for suffix in SUFFIXES:
        candidate = Path(f"{path}{suffix}")
        if os.path.lexists(candidate):
            found[suffix] = candidate
    return found


def _writer_active(path: Path) -> bool:
    """Is another process inside a write transaction on `path` right now (POSIX)?

    Then its journal is live, not left over, and SQLite's own locking deals with it.
    A shared lock on SQLite's RESERVED byte conflicts with the writer's exclusive one.
    """
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 1, _RESERVED_BYTE, os.SEEK_SET)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _RESERVED_BYTE, os.SEEK_SET)
        return False
    finally:
        os.close(fd)


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def journal_verdict(header: bytes, data: bytes, application_id: int) -> str:
    """`inert` (SQLite ignores it), `stray`, `empty` (nothing to play back), `ours`, or
    `unknown` (records, but not the first page: the private recovery decides)."""
    if not data or data[0] == 0:
        return "inert"
    if not data.startswith(_JOURNAL_MAGIC):
        return "stray"
    page_size, offset, records, first_page = _page_size(header), 0, 0, None
    original_size = int.from_bytes(data[16:20], "big") if len(data) >= 20 else 0
    while offset + 28 <= len(data) and data[offset:offset + 8] == _JOURNAL_MAGIC:
        count, _, _, sector, size = struct.unpack(">IIIII", data[offset + 8:offset + 28])
        if size != page_size or not 32 <= sector <= 65536 or sector & (sector - 1):
            return "stray"
        start = offset + sector
        if count == 0xFFFFFFFF:  # written without syncing: as many as the file holds
            count = (len(data) - start) // (size + 8)
        for number in range(count):
            at = start + number * (size + 8)
            if at + size + 8 > len(data):
                break
            records += 1
            if first_page is None and int.from_bytes(data[at:at + 4], "big") == 1:
                first_page = data[at + 4:at + 4 + size]
        if count == 0:
            break
        end = start + count * (size + 8)
        offset = -(-end // sector) * sector
    if records == 0:
        return "empty"
    if first_page is None:
        # A transaction larger than the page cache spilled pages before the first page was
        # saved. Then the file's first page is as it was when the journal began, and so
        # is the size it records.
        same_size = int.from_bytes(header[28:32], "big") == original_size
        return "unknown" if same_size else "stray"
    if (not first_page.startswith(_SQLITE_MAGIC)
            or int.from_bytes(first_page[68:72], "big") != application_id):
        return "stray"
    before = int.from_bytes(first_page[24:28], "big")
    now = int.from_bytes(header[24:28], "big")
    return "ours" if (now - before) % 2**32 in (0, 1) else "stray"


def _recover(path: Path, played: dict[str, Path], folder: Path) -> sqlite3.Connection:
    """File plus `played` leftovers, copied to `folder` and opened there, so that SQLite
    finishes (or rolls back) them on the copy; the result in memory, in rollback mode."""
    copy = folder / "copy.kerneopgave"
    for name in os.listdir(folder):
        os.unlink(folder / name)
    shutil.copyfile(path, copy)
    for suffix, leftover in played.items():
        shutil.copyfile(leftover, f"{copy}{suffix}")
    conn = sqlite3.connect(copy)
    try:
        conn.execute("PRAGMA synchronous = OFF")  # a throw-away copy: no need to wait for disk
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()  # a WAL is checkpointed
        memory = sqlite3.connect(":memory:")
        conn.backup(memory)
    finally:
        conn.close()
    return memory


Soundness = Callable[[sqlite3.Connection, Path], str | None]
"""Why a recovered copy is not one of our sound workshops, or None (storage.store's)."""


def _recovered(path: Path, played: dict[str, Path], sound: Soundness,
               folder: Path) -> tuple[sqlite3.Connection | None, str | None]:
    """`_recover`, then `sound`: the result and None, or None and what is wrong."""
    try:
        memory = _recover(path, played, folder)
    except (sqlite3.Error, UnicodeError) as error:  # SQLite may quote undecodable bytes
        return None, str(error)
    problem = sound(memory, path)
    if problem is not None:
        memory.close()
        return None, problem
    return memory, None


LOAD_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError,
               RecursionError, UnicodeError, MemoryError)
"""What malformed content raises in the loading code (ModelError is a ValueError)."""


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _move_aside(leftover: Path) -> Path:
    """Rename `leftover` beside itself with a suffix that says what it is; never replace."""
    base = f"{leftover.name}.fremmed-{_stamp()}"
    target = leftover.with_name(base)
    number = 1
    while os.path.lexists(target):
        number += 1
        target = leftover.with_name(f"{base}-{number}")
    os.rename(leftover, target)
    return target


def _version(memory: sqlite3.Connection) -> int:
    return memory.execute("PRAGMA user_version").fetchone()[0]


def settle(path: Path, header: bytes, writable: bool, application_id: int,
           sound: Soundness) -> Settled:
    """Judge the leftovers beside `path` before it is opened; see the module's docstring.
    `sound` says why a copy recovered with them is not a sound workshop of ours.

    Raises FileProblem when the file is damaged with or without them.
    """
    found = leftovers(path)
    wal_mode = 2 in (header[18], header[19])
    if not found and wal_mode and not writable:
        # Another program switched the file to WAL; reading it as it is would create a
        # -wal and -shm beside it. Read a private copy instead.
        return _read_only_copy(path)
    if not found or _writer_active(path):
        return Settled()
    candidates: dict[str, Path] = {}
    strays: dict[str, Path] = {}
    try:
        for suffix, leftover in found.items():
            if suffix == "-wal":
                verdict = "unknown" if wal_mode else "stray"
            elif not leftover.is_file():
                verdict = "stray"
            else:
                verdict = journal_verdict(header, leftover.read_bytes(), application_id)
            if verdict == "stray":
                strays[suffix] = leftover
            elif verdict != "inert":
                candidates[suffix] = leftover
        if not candidates and not strays:
            return Settled()
        with tempfile.TemporaryDirectory(prefix="kerneopgave-") as folder:
            memory, problem = None, None
            if candidates:
                memory, problem = _recovered(path, candidates, sound, Path(folder))
                if problem is not None:
                    strays.update(candidates)
                    candidates = {}
            if not candidates:
                memory, alone = _recovered(path, {}, sound, Path(folder))
                if alone is not None:
                    raise errors.damaged(path, problem or alone)
    except FileNotFoundError:  # a live writer finished meanwhile: nothing is left over
        return Settled()
    except (sqlite3.Error, OSError, UnicodeError) as error:
        raise errors.damaged(path, getattr(error, "strerror", None) or str(error)) from None
    assert memory is not None
    version = _version(memory)
    if not writable:
        return Settled(memory, version, _read_only_notice(path, candidates, strays))
    memory.close()
    try:
        kept = _keep_as_found(path, found)
    except OSError as error:
        return _read_only_after_all(path, version, candidates, _tr(
            "der kunne ikke tages en sikkerhedskopi af filen, som den lå ({detail})").format(
                detail=said(error)))
    moved = []
    for leftover in strays.values():
        try:
            moved.append((leftover, _move_aside(leftover)))
        except OSError as error:
            return _read_only_after_all(path, version, candidates, _tr(
                "{name} kunne ikke flyttes til side ({detail})").format(
                    name=errors.shown(leftover.name),
                    detail=said(error)))
    notices = [_tr("{name} lå ved siden af filen, men hører ikke til den (den er fra en anden "
                   "fil eller et andet program). Den er flyttet til {target}, og filen er "
                   "åbnet uændret.").format(name=errors.shown(leftover.name),
                                            target=errors.shown(target))
               for leftover, target in moved]
    if "-journal" in candidates:
        notices.append(_tr("Filen havde en afbrudt gemning fra et nedbrud; den er gjort færdig "
                           "nu. En kopi af filen, som den lå, er gemt i {folder}.").format(
                               folder=errors.shown(kept.parent)))
    if "-wal" in candidates:
        notices.append(_tr("Et andet program havde skiftet filen til WAL; dets ændringer er "
                           "skrevet ind i filen, som igen bruger sin almindelige journal. En "
                           "kopi af filen, som den lå, er gemt i {folder}.").format(
                               folder=errors.shown(kept.parent)))
    return Settled(version=version, notice=" ".join(notices))


def _read_only_copy(path: Path) -> Settled:
    try:
        with tempfile.TemporaryDirectory(prefix="kerneopgave-") as folder:
            memory = _recover(path, {}, Path(folder))
    except (sqlite3.Error, OSError, UnicodeError) as error:
        raise errors.damaged(path, getattr(error, "strerror", None) or str(error)) from None
    return Settled(memory, _version(memory))


def _read_only_notice(path: Path, candidates: dict[str, Path], strays: dict[str, Path]) -> str:
    notices = [_tr("{name} ligger ved siden af filen, men hører ikke til den; den er ikke brugt. "
                   "Åbn filen i programmet, så flyttes den til side.").format(
                       name=errors.shown(leftover.name)) for leftover in strays.values()]
    if candidates:
        notices.append(_tr("Filen har en afbrudt gemning fra et nedbrud; åbn filen i programmet, "
                           "så gøres den færdig. Her er den læst, som den bliver."))
    return " ".join(notices)


def _read_only_after_all(path: Path, version: int, candidates: dict[str, Path],
                         reason: str) -> Settled:
    """Leave file and leftovers as they are, and read the file as it will be."""
    try:
        with tempfile.TemporaryDirectory(prefix="kerneopgave-") as folder:
            memory = _recover(path, candidates, Path(folder))
    except (sqlite3.Error, OSError, UnicodeError) as error:
        raise errors.damaged(path, getattr(error, "strerror", None) or str(error)) from None
    return Settled(memory, version, _tr("Filen er åbnet skrivebeskyttet, fordi {reason}.").format(
        reason=reason), read_only=True)


def _keep_as_found(path: Path, found: dict[str, Path]) -> Path:
    """Copy the file and its leftovers, byte for byte, into the backup folder."""
    from kerneopgave_desktop.storage.backups import keep_as_found

    return keep_as_found(path, list(found.items()))

