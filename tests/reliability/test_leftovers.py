"""A -journal or -wal beside a workshop: ours is finished, a stranger's never reaches the file.

Each leftover here is made for real: a child process killed inside a write transaction
(ours, another workshop's, another program's), a copy of an older state of the same
file, another program's WAL, garbage bytes.
"""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kerneopgave_desktop.cli import main
from kerneopgave_desktop.storage import APPLICATION_ID, FileProblem, Store
from kerneopgave_desktop.storage.backups import AS_FOUND, backup_folder
from kerneopgave_desktop.storage.leftovers import journal_verdict
from tests.factories import sample_workshop
from tests.reliability.strays import (
    another_programs_journal,
    another_programs_wal,
    another_workshops_journal,
    another_workshops_wal,
    crash_inside_a_write,
    digest,
    loaded,
    older_state_of_the_same_file,
    workshop_file,
)

STRAYS = {
    "another workshop's journal": ("-journal", lambda victim, folder:
                                   another_workshops_journal(folder)),
    "another program's journal": ("-journal", lambda victim, folder:
                                  another_programs_journal(folder)),
    "garbage as a journal": ("-journal", lambda victim, folder: os.urandom(6000)),
    "a journal from an older state of the same file": ("-journal", older_state_of_the_same_file),
    "another program's WAL": ("-wal", lambda victim, folder: another_programs_wal(folder)),
    "another workshop's WAL": ("-wal", lambda victim, folder: another_workshops_wal(folder)),
    "garbage as a WAL": ("-wal", lambda victim, folder: os.urandom(9000)),
}


def as_found_copies(path: Path) -> list[Path]:
    from kerneopgave_desktop.storage.backups import _key

    return sorted(backup_folder().glob(f"*-{_key(path)}-{AS_FOUND}-*.kerneopgave"))


@pytest.mark.parametrize("name", list(STRAYS))
def test_a_stray_leftover_is_moved_aside_and_the_workshop_opens_unchanged(name, tmp_path):
    suffix, make = STRAYS[name]
    folder = tmp_path / "andre"
    folder.mkdir()
    victim = workshop_file(tmp_path / "værksted.kerneopgave", edits=2)
    data = make(victim, folder)
    expected, before = loaded(victim), digest(victim)
    stray = Path(f"{victim}{suffix}")
    stray.write_bytes(data)

    store, workshop = Store.open(victim, read_only=True)  # check and export: nothing moves
    store.close()
    assert workshop == expected and stray.read_bytes() == data and digest(victim) == before
    assert stray.name in store.notice and "ikke brugt" in store.notice

    store, workshop = Store.open(victim)
    assert not store.read_only and workshop == expected, name
    assert not stray.exists()
    moved = [p for p in tmp_path.iterdir() if p.name.startswith(f"{stray.name}.fremmed-")]
    assert len(moved) == 1 and moved[0].read_bytes() == data
    assert stray.name in store.notice and moved[0].name in store.notice
    store.close()
    assert digest(victim) == before
    copy = as_found_copies(victim)[-1]
    assert copy.read_bytes() == victim.read_bytes()
    assert Path(f"{copy}{suffix}").read_bytes() == data
    assert loaded(victim) == expected and Store.open(victim)[0].integrity() == []


@pytest.mark.parametrize("how", ["update", "delete-first"])
def test_our_own_hot_journal_is_rolled_back_and_read_only_opens_read_it_finished(
        how, tmp_path, capsys):
    path = workshop_file(tmp_path / "nedbrud.kerneopgave", edits=2)
    expected = loaded(path)
    journal_data = crash_inside_a_write(path, how)
    journal = Path(f"{path}-journal")
    assert journal_verdict(path.read_bytes()[:100], journal_data, APPLICATION_ID) == (
        "ours" if how == "delete-first" else "unknown")
    crashed = digest(path)

    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "afbrudt gemning fra et nedbrud" in out and "Integritet: ok" in out
    assert "beskadiget" not in out
    assert main(["export", str(path), "--format", "json", "-o", str(tmp_path / "ud.json")]) == 0
    assert main(["snapshots", str(path)]) == 0
    assert "afbrudt gemning" in capsys.readouterr().err
    assert loaded(path) == expected
    assert digest(path) == crashed and journal.read_bytes() == journal_data  # no read changes

    store, workshop = Store.open(path)
    assert workshop == expected and not store.read_only
    assert "afbrudt gemning" in store.notice
    assert store.integrity() == []
    store.close()
    assert not journal.exists()
    assert not list(tmp_path.glob("*.fremmed-*"))
    copy = as_found_copies(path)[-1]
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == crashed
    assert Path(f"{copy}-journal").read_bytes() == journal_data


HOLD_WRITE = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE cards SET text = 'halvvejs'")
print("writing", flush=True)
time.sleep(30)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the live-writer probe is POSIX")
def test_a_live_writers_journal_is_left_alone(saved):
    expected = loaded(saved)
    writer = subprocess.Popen([sys.executable, "-c", HOLD_WRITE, str(saved)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "writing"
        journal = Path(f"{saved}-journal")
        assert journal.exists()
        assert loaded(saved) == expected
        store, workshop = Store.open(saved)
        assert workshop == expected and not store.notice
        store.close()
        assert journal.exists() and not list(saved.parent.glob("*.fremmed-*"))
    finally:
        writer.kill()
        writer.wait()
    time.sleep(0.05)
    assert loaded(saved, read_only=False) == expected


def test_a_leftover_that_cannot_be_moved_aside_opens_the_file_read_only(saved, monkeypatch):
    stray = Path(f"{saved}-journal")
    stray.write_bytes(os.urandom(3000))

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("kerneopgave_desktop.storage.leftovers.os.rename", refuse)
    store, workshop = Store.open(saved)
    assert store.read_only and "skrivebeskyttet" in store.notice
    assert workshop == sample_workshop() and stray.exists()
    store.close()


def test_a_damaged_file_with_a_stray_journal_is_refused_and_left_as_it_is(saved):
    data = bytearray(saved.read_bytes())
    data[4096:8192] = os.urandom(4096)
    saved.write_bytes(bytes(data))
    stray = Path(f"{saved}-journal")
    stray.write_bytes(os.urandom(3000))
    for read_only in (True, False):
        with pytest.raises(FileProblem) as caught:
            Store.open(saved, read_only=read_only)
        assert caught.value.damaged
    assert saved.read_bytes() == bytes(data) and stray.exists()


def test_an_empty_journal_is_ignored(saved):
    Path(f"{saved}-journal").write_bytes(b"")
    store, workshop = Store.open(saved)
    assert workshop == sample_workshop() and not store.notice
    store.close()


def test_a_file_another_program_switched_to_wal_is_read_without_a_trace(saved, tmp_path,
                                                                          capsys):
    conn = sqlite3.connect(saved)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE cards SET text = 'fra et andet program' WHERE id = 'b1c0'")
    conn.commit()
    conn.close()
    before = digest(saved)
    assert main(["check", str(saved)]) == 0
    assert "Integritet: ok" in capsys.readouterr().out
    assert loaded(saved).board("b1").cards["b1c0"].text == "fra et andet program"
    assert digest(saved) == before and sorted(os.listdir(tmp_path)) == ["w.kerneopgave"]
    store, workshop = Store.open(saved)
    assert workshop.board("b1").cards["b1c0"].text == "fra et andet program"
    store.close()
    assert saved.read_bytes()[18:20] == b"\x01\x01"  # back to the rollback journal


def test_a_wal_left_by_another_program_on_our_file_is_written_in(saved, tmp_path):
    writer = sqlite3.connect(saved)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE cards SET text = 'kun i WAL' WHERE id = 'b1c0'")
    writer.commit()
    kept = tmp_path / "kept"
    kept.mkdir()
    for name in os.listdir(tmp_path):  # as a crash of that program would leave them
        if name.startswith("w.kerneopgave"):
            shutil.copyfile(tmp_path / name, kept / name)
    writer.close()
    for name in os.listdir(kept):
        shutil.copyfile(kept / name, tmp_path / name)
    assert Path(f"{saved}-wal").stat().st_size > 0
    assert loaded(saved).board("b1").cards["b1c0"].text == "kun i WAL"
    store, workshop = Store.open(saved)
    assert workshop.board("b1").cards["b1c0"].text == "kun i WAL"
    assert "WAL" in store.notice and not store.read_only
    store.close()
    assert not Path(f"{saved}-wal").exists()


def test_a_journal_whose_playback_breaks_the_schema_text_is_moved_aside(tmp_path):
    """The fuzzer's find: SQLite quoted the undecodable byte while recovering the copy."""
    path = workshop_file(tmp_path / "skema.kerneopgave", edits=2)
    expected, before = loaded(path), digest(path)
    copy = tmp_path / "kopi.kerneopgave"
    shutil.copyfile(path, copy)
    journal = bytearray(crash_inside_a_write(copy, "schema"))
    at = journal.find(b"CREATE TABLE workshop")
    assert at >= 0, "the journal must hold the page with the workshop table's schema"
    journal[at + 9] = 0xC1
    Path(f"{path}-journal").write_bytes(bytes(journal))
    store, workshop = Store.open(path, read_only=True)
    store.close()
    assert workshop == expected and digest(path) == before
    store, workshop = Store.open(path)
    store.close()
    assert workshop == expected and not Path(f"{path}-journal").exists()
    assert list(tmp_path.glob("skema.kerneopgave-journal.fremmed-*"))
