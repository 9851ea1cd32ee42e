"""The file: header, pragmas, migrations, bad files refused and left unchanged."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from kerneopgave_desktop.domain.model import Note, Workshop
from kerneopgave_desktop.interchange.json import to_dict
from kerneopgave_desktop.storage import APPLICATION_ID, FileProblem, Store, inspect, schema
from tests.factories import sample_workshop


def test_a_new_file_carries_our_id_version_and_journal_mode(saved):
    conn = sqlite3.connect(saved)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert inspect(saved) == schema.schema_version()


def test_an_open_file_has_foreign_keys_on_and_no_wal(saved):
    store, _ = Store.open(saved)
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    store.close()


def test_saving_and_loading_gives_the_same_workshop(saved):
    store, workshop = Store.open(saved)
    store.close()
    assert workshop == sample_workshop()
    assert to_dict(workshop) == to_dict(sample_workshop())


def test_create_refuses_to_overwrite(saved):
    before = saved.read_bytes()
    with pytest.raises(FileProblem):
        Store.create(saved, Workshop())
    assert saved.read_bytes() == before


def _bad_files(tmp_path, saved):
    good = saved.read_bytes()
    files = {
        "zero bytes": b"",
        "random bytes": os.urandom(4096),
        "json renamed": json.dumps({"format": "kerneopgave"}).encode(),
        "png renamed": b"\x89PNG\r\n\x1a\n" + os.urandom(200),
        "header only": good[:100],
        "truncated at one page": good[:4096],
        "truncated in the middle": good[: len(good) // 2],
        # the first page past the file header, its b-tree header included: with enough tables
        # the page holds no cells of its own, only the pointer to the schema's leaf
        "flipped bits in the schema page": good[:100] + bytes(b ^ 0xFF for b in good[100:4096])
        + good[4096:],
    }
    paths = {}
    for name, data in files.items():
        path = tmp_path / f"{name}.kerneopgave"
        path.write_bytes(data)
        paths[name] = path
    other = tmp_path / "other program.kerneopgave"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    paths["another program's sqlite"] = other
    missing_table = tmp_path / "missing table.kerneopgave"
    missing_table.write_bytes(good)
    conn = sqlite3.connect(missing_table)
    conn.execute("DROP TABLE snapshots")
    conn.commit()
    conn.close()
    paths["our file with a table missing"] = missing_table
    folder = tmp_path / "folder.kerneopgave"
    folder.mkdir()
    paths["a folder"] = folder
    paths["missing"] = tmp_path / "nowhere.kerneopgave"
    return paths


def test_bad_files_are_refused_with_a_message_and_left_unchanged(tmp_path, saved):
    for name, path in _bad_files(tmp_path, saved).items():
        before = path.read_bytes() if path.is_file() else None
        listing = sorted(os.listdir(tmp_path))
        for read_only in (False, True):
            with pytest.raises(FileProblem) as caught:
                Store.open(path, read_only=read_only)
            message = str(caught.value)
            assert message and "Traceback" not in message, name
            assert str(path.name) in message or str(path) in message, (name, message)
        if before is not None:
            assert path.read_bytes() == before, name
        assert sorted(os.listdir(tmp_path)) == listing, name


def _with_user_version(path, version):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def test_a_file_from_a_newer_version_opens_read_only_with_a_notice(saved):
    _with_user_version(saved, schema.schema_version() + 1)
    before = saved.read_bytes()
    store, workshop = Store.open(saved)
    assert store.read_only
    assert "nyere udgave" in store.notice
    assert workshop == sample_workshop()
    store.close()
    assert saved.read_bytes() == before


def test_an_older_file_is_migrated_forward(saved, monkeypatch):
    def add_tags(db):
        db.execute("ALTER TABLE cards ADD COLUMN tags TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_tags])
    monkeypatch.setattr("kerneopgave_desktop.storage.store.MIGRATIONS", schema.MIGRATIONS)
    current = len(schema.MIGRATIONS) - 1
    assert inspect(saved) == current
    store, workshop = Store.open(saved)
    assert store.version == current + 1
    assert "tags" in store.db["cards"].columns_dict
    assert workshop == sample_workshop()
    store.close()
    assert inspect(saved) == current + 1


def test_a_version_1_file_opens_migrated_and_read_only_leaves_it_at_1(tmp_path, monkeypatch):
    path = tmp_path / "v1.kerneopgave"
    first = schema.MIGRATIONS[:1]
    monkeypatch.setattr("kerneopgave_desktop.storage.store.MIGRATIONS", first)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    from kerneopgave_desktop.storage.store import Store as _Store
    from kerneopgave_desktop.storage.store import _connect
    store = _Store(_connect(path, False), path, False)
    store._migrate(0)
    store.db.execute("INSERT INTO boards (id, position, title) VALUES ('b', 0, 'Gammel')")
    store.db.execute("INSERT INTO zones (id, board_id, ord, x, y, width, height) "
                     "VALUES ('z', 'b', 1, 0, 0, 100, 100)")
    store.db.conn.commit()
    store.close()
    monkeypatch.undo()
    before = path.read_bytes()
    reader, workshop = Store.open(path, read_only=True)
    assert reader.file_version == 1 and reader.version == schema.schema_version()
    assert workshop.boards[0].zones["z"].kind == "area"
    reader.close()
    assert path.read_bytes() == before
    writer, workshop = Store.open(path)
    assert workshop.boards[0].title == "Gammel" and inspect(path) == schema.schema_version()
    writer.close()


def test_a_failing_migration_leaves_the_file_at_its_old_version(saved, monkeypatch):
    def broken(db):
        db.execute("ALTER TABLE cards ADD COLUMN extra TEXT")
        db.execute("THIS IS NOT SQL")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr("kerneopgave_desktop.storage.store.MIGRATIONS", schema.MIGRATIONS)
    with pytest.raises(FileProblem):
        Store.open(saved)
    conn = sqlite3.connect(saved)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) - 1
    assert "extra" not in [row[1] for row in conn.execute("PRAGMA table_info(cards)")]
    conn.close()


def test_read_only_open_never_writes(saved):
    before = saved.read_bytes()
    mtime = saved.stat().st_mtime_ns
    store, _ = Store.open(saved, read_only=True)
    assert store.integrity() == []
    store.close()
    assert saved.read_bytes() == before
    assert saved.stat().st_mtime_ns == mtime


def test_a_link_to_a_missing_card_is_reported_as_damage(saved):
    conn = sqlite3.connect(saved)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM cards WHERE id = 'b1c0'")
    conn.commit()
    conn.close()
    with pytest.raises(FileProblem) as caught:
        Store.open(saved, read_only=True)
    assert caught.value.damaged


def test_order_survives_many_inserts_in_the_same_gap(tmp_path):
    from kerneopgave_desktop.document import AddItems, create_document, open_document

    doc = create_document(tmp_path / "w.kerneopgave", sample_workshop())
    for i in range(80):  # halving one gap 80 times exhausts a float and forces a renumbering
        doc.apply(AddItems("b1", [Note(id=f"n{i}")], at={f"n{i}": 1}))
    expected = list(doc.workshop.board("b1").cards)
    doc.close()
    again = open_document(tmp_path / "w.kerneopgave")
    assert list(again.workshop.board("b1").cards) == expected
    again.close()


def test_save_as_copies_the_file(saved, tmp_path):
    store, workshop = Store.open(saved)
    copy, copied = store.save_as(tmp_path / "kopi.kerneopgave")
    assert copied == workshop
    assert not copy.read_only
    store.close()
    copy.close()
    assert not (tmp_path / "kopi.kerneopgave.part").exists()


def test_opening_and_editing_a_current_file_runs_without_sqlite_utils(tmp_path):
    # sqlite-utils (and dateutil, click, pluggy) costs ~50 ms of start-up; the open path
    # is plain sqlite3 and loads it only for migrations and counts.
    path = tmp_path / "a.kerneopgave"
    Store.create(path, sample_workshop()).close()
    code = ("import sys\n"
            "from kerneopgave_desktop.document import open_document, RenameBoard\n"
            "document = open_document(sys.argv[1])\n"
            "board = document.workshop.boards[0]\n"
            "document.apply(RenameBoard(board.id, 'Ny titel'))\n"
            "print('sqlite_utils' in sys.modules, document.workshop.boards[0].title)\n")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                            text=True, timeout=60, check=True)
    assert result.stdout.split() == ["False", "Ny", "titel"]


@pytest.mark.slow
def test_loading_tells_its_progress_and_a_cancel_lets_go_of_the_file(tmp_path):
    from kerneopgave_desktop.domain.model import Board, Note, Workshop
    from kerneopgave_desktop.domain.progress import Cancelled

    board = Board(id="b", cards={f"c{i}": Note(id=f"c{i}", x=i) for i in range(5000)})
    path = tmp_path / "stor.kerneopgave"
    Store.create(path, Workshop(boards=[board])).close()
    on_disk = path.read_bytes()
    heard: list[tuple[int, int]] = []
    store, _ = Store.open(path, progress=lambda done, total: heard.append((done, total)))
    store.close()
    assert heard[0] == (0, 5000) and heard[-1] == (5000, 5000) and len(heard) >= 4
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)

    def stop(done: int, total: int) -> None:
        if done >= 2000:
            raise Cancelled

    with pytest.raises(Cancelled):
        Store.open(path, progress=stop)
    assert path.read_bytes() == on_disk
    store, _ = Store.open(path)  # let go of: opens for writing, not read-only
    assert not store.read_only
    store.close()
