"""Triggers, views, tables and indexes that we did not create are never run."""

import hashlib
import sqlite3

import pytest

from kerneopgave_desktop.cli import main
from kerneopgave_desktop.document import MoveItems, ReadOnlyError, open_document
from kerneopgave_desktop.storage import Store, schema
from tests.factories import sample_workshop

THE_ISSUES_TRIGGER = "CREATE TRIGGER t AFTER UPDATE ON cards BEGIN DELETE FROM cards; END"
STRANGERS = {
    "trigger": (THE_ISSUES_TRIGGER, "trigger »t«"),
    "view": ("CREATE VIEW v AS SELECT id FROM cards", "view »v«"),
    "table": ("CREATE TABLE extra (x)", "tabel »extra«"),
    "index": ("CREATE INDEX by_text ON cards (text)", "indeks »by_text«"),
    "changed table": ("ALTER TABLE cards ADD COLUMN secret TEXT DEFAULT 'x'",
                      "ændret tabel »cards«"),
    "insert trigger": ("CREATE TRIGGER \"a\nb\" BEFORE INSERT ON boards BEGIN "
                       "SELECT RAISE(ABORT, 'nej'); END", "trigger »a\\nb«"),
}


def with_sql(path, *statements):
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cards(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM cards").fetchone()[0]
    finally:
        conn.close()


def test_the_issues_trigger_never_deletes_a_card(saved, tmp_path):
    with_sql(saved, THE_ISSUES_TRIGGER)
    before, count = digest(saved), cards(saved)
    document = open_document(saved)
    assert document.read_only and "trigger »t«" in document.store.notice
    assert "skrivebeskyttet" in document.store.notice
    with pytest.raises(ReadOnlyError):
        document.apply(MoveItems("b1", {"b1c0": (10.0, 10.0)}))
    clean = tmp_path / "ren.kerneopgave"
    document.save_as(clean)
    assert not document.read_only
    document.apply(MoveItems("b1", {"b1c0": (10.0, 10.0)}))  # in the clean copy
    document.close()
    assert digest(saved) == before and cards(saved) == count
    assert cards(clean) == count
    conn = sqlite3.connect(clean)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                        ).fetchone()[0] == 0
    conn.close()
    reopened = open_document(clean)
    assert not reopened.read_only and reopened.workshop.board("b1").cards["b1c0"].x == 10.0
    reopened.close()


@pytest.mark.parametrize("name", list(STRANGERS))
def test_a_file_with_a_stranger_opens_read_only_and_check_lists_it(name, saved, capsys):
    sql, label = STRANGERS[name]
    with_sql(saved, sql)
    before = digest(saved)
    store, workshop = Store.open(saved)
    assert store.read_only and label in store.notice, store.notice
    assert workshop == sample_workshop()
    store.close()
    assert main(["check", str(saved)]) == 1
    captured = capsys.readouterr()
    assert f"Ikke lavet af Kerneopgave-tavlen: {label}" in captured.out
    assert captured.err.count("\n") == 1 and "ikke har lavet" in captured.err
    assert main(["export", str(saved), "--format", "json", "-o", "-"]) == 0
    assert digest(saved) == before


def test_an_older_file_with_a_trigger_is_migrated_only_in_memory(saved, monkeypatch):
    def add_tags(db):
        db.execute("ALTER TABLE cards ADD COLUMN tags TEXT NOT NULL DEFAULT ''")
        db.execute("UPDATE cards SET tags = 'x'")  # a migration that writes rows

    with_sql(saved, THE_ISSUES_TRIGGER)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_tags])
    monkeypatch.setattr("kerneopgave_desktop.storage.store.MIGRATIONS", schema.MIGRATIONS)
    monkeypatch.setattr("kerneopgave_desktop.storage.strangers.MIGRATIONS", schema.MIGRATIONS)
    before = digest(saved)
    store, workshop = Store.open(saved)
    assert store.read_only and "trigger »t«" in store.notice
    assert len(workshop.board("b1").cards) == len(sample_workshop().board("b1").cards)
    store.close()
    assert digest(saved) == before


def test_statistics_from_analyze_are_not_strangers(saved):
    with_sql(saved, "ANALYZE")
    store, _ = Store.open(saved)
    assert not store.read_only and store.strangers == []
    store.close()
    assert main(["check", str(saved)]) == 0
