"""Leftover journals and WALs made for real, for the leftover tests and the file fuzzer:
a child process killed inside a write transaction (on our file, another workshop, another
program's database), a copy of an older state of the same file, another program's WAL."""

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from kerneopgave_desktop.document import AddItems, EditCard, open_document
from kerneopgave_desktop.domain.model import Note
from kerneopgave_desktop.storage import Store
from tests.factories import sample_workshop

CRASH = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # pages spill into the file before the commit
conn.execute("BEGIN IMMEDIATE")
if sys.argv[2] == "delete-first":  # frees pages at once, so the first page is journaled early
    conn.execute("DELETE FROM cards")
if sys.argv[2] == "schema":  # rewrites the workshop table's entry: its schema page is journaled
    conn.execute("ALTER TABLE workshop ADD COLUMN scratch TEXT")
conn.execute("UPDATE cards SET text = text || ' (ændret)'")
for n in range(200):
    conn.execute("INSERT INTO boards (id, position, title) VALUES (?, 9, ?)", (f"c{n}", "x" * 900))
os.kill(os.getpid(), 9)
"""

APP_CRASH = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN")
conn.execute("UPDATE notes SET body = 'z' || body")
os.kill(os.getpid(), 9)
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def crash_inside_a_write(path: Path, how: str = "update") -> bytes:
    """Kill a writer of `path` mid-transaction; the hot journal it leaves."""
    subprocess.run([sys.executable, "-c", CRASH, str(path), how], timeout=60)
    journal = Path(f"{path}-journal")
    assert journal.stat().st_size > 0
    return journal.read_bytes()


def workshop_file(path: Path, edits: int = 0) -> Path:
    Store.create(path, sample_workshop()).close()
    if edits:
        document = open_document(path)
        for n in range(edits):
            document.apply(AddItems("b1", [Note(id=f"{path.stem}{n}", text=f"ny {n} " * 800)]))
        document.close()
    return path


def loaded(path: Path, read_only: bool = True):
    store, workshop = Store.open(path, read_only=read_only)
    store.close()
    return workshop


def another_workshops_journal(folder: Path) -> bytes:
    other = workshop_file(folder / "anden.kerneopgave", edits=3)
    document = open_document(other)
    document.apply(EditCard("b1", "b1c0", text="en helt anden tekst"))
    document.close()
    return crash_inside_a_write(other)


def another_programs_journal(folder: Path) -> bytes:
    other = folder / "andet program.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO notes (body) VALUES (?)", [("y" * 500,)] * 300)
    conn.commit()
    conn.close()
    subprocess.run([sys.executable, "-c", APP_CRASH, str(other)], timeout=60)
    return Path(f"{other}-journal").read_bytes()


def older_state_of_the_same_file(victim: Path, folder: Path) -> bytes:
    earlier = folder / "tidligere.kerneopgave"
    shutil.copyfile(victim, earlier)
    journal = crash_inside_a_write(earlier, "delete-first")  # its first page is in it
    document = open_document(victim)
    for n in range(3):
        document.apply(EditCard("b1", "b1c0", text=f"senere {n}"))
    document.close()
    return journal


def another_programs_wal(folder: Path) -> bytes:
    other = folder / "wal-program.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("y" * 500,)] * 50)
    conn.commit()
    data = Path(f"{other}-wal").read_bytes()
    conn.close()
    return data


def another_workshops_wal(folder: Path) -> bytes:
    other = workshop_file(folder / "wal-værksted.kerneopgave")
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE cards SET text = 'fra WAL'")
    conn.execute("INSERT INTO boards (id, position, title) VALUES ('w', 5, 'WAL')")
    conn.commit()
    data = Path(f"{other}-wal").read_bytes()
    conn.close()
    return data
