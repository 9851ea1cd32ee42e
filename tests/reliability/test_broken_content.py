"""A workshop file broken inside (wrong types, NULLs, deep JSON, ids used twice, flipped
bytes, ...) gets one clean Danish line everywhere it is opened, never a traceback.

Each case is a failure the file fuzzer (tests/fuzz/file_fuzz.py) or the issue found.
"""

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from kerneopgave_desktop.cli import main
from kerneopgave_desktop.document import open_document
from kerneopgave_desktop.storage import FileProblem, Store
from tests.danish import english_in


def sql(*statements):
    def apply(path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
    return apply


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def snapshot_twice(path: Path) -> None:
    from kerneopgave_desktop.domain.snapshots import take

    store, workshop = Store.open(path)
    content = json.dumps([json.loads(json.dumps(b)) for b in _boards(take(workshop, "x"))] * 2)
    store.conn.execute("INSERT INTO snapshots (id, board_id, name, taken_at, content) "
                       "VALUES ('s', NULL, 'x', '2026-03-03T10:00:00+01:00', ?)", (content,))
    store.conn.commit()
    store.close()


def _boards(snapshot):
    from kerneopgave_desktop.domain.records import board_to_dict

    return [board_to_dict(board) for board in snapshot.content]


def flip_in_schema_text(path: Path) -> None:
    """The fuzzer's byte flip: SQLite quotes the broken schema, undecodable byte and all."""
    data = bytearray(path.read_bytes())
    at = data.find(b"CREATE TABLE workshop")
    data[at + 9] = 0xBB
    path.write_bytes(bytes(data))


def flip_in_a_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for at in range(4096 * 3, 4096 * 3 + 12):  # the header of a table's page
        data[at] ^= 0x5A
    path.write_bytes(bytes(data))


BROKEN = {
    "a BLOB as a card's text": sql("UPDATE cards SET text = x'00ff10'"),
    "a number as a card's kind": sql("UPDATE cards SET kind = 7"),
    "a BLOB as a board's title": sql("UPDATE boards SET title = x'41'"),
    "text as a sort key": sql("UPDATE cards SET ord = 'først'"),
    "a BLOB as a sort key": sql("UPDATE zones SET ord = x'00'"),
    "NULL card ids": sql("UPDATE cards SET id = NULL"),
    "two NULL board ids": sql("INSERT INTO boards (id, position) VALUES (NULL, 5)",
                              "INSERT INTO boards (id, position) VALUES (NULL, 6)"),
    "a huge integer as votes": sql(f"UPDATE cards SET votes = {2**63 - 1}"),
    "infinity as a coordinate": sql("UPDATE cards SET x = 9e999"),
    "a zone's locked flag of 7": sql("UPDATE zones SET locked = 7"),
    "a date that is a number": sql("UPDATE workshop SET date = 20260303"),
    "deep JSON in participants": sql(f"UPDATE workshop SET participants = '{deep(100_000)}'"),
    "deep JSON in a deck": sql(f"UPDATE decks SET cards = '{deep(5000)}'"),
    "deep JSON in answers": sql("UPDATE cards SET answers = '" + '{"a":' * 3000 + "1"
                                + "}" * 3000 + "' WHERE kind = 'dilemma'"),
    "invalid UTF-8 in a card": sql("UPDATE cards SET text = CAST(x'41ff42' AS TEXT)"),
    "invalid UTF-8 in the title": sql("UPDATE workshop SET title = CAST(x'c3' AS TEXT)"),
    "a dropped column": sql("ALTER TABLE cards DROP COLUMN profession"),
    "a card id used by a zone": sql("UPDATE zones SET id = 'b1c0' WHERE id = 'b1z1'"),
    "a snapshot holding the same board twice": snapshot_twice,
    "a flipped byte in the schema's text": flip_in_schema_text,
    "flipped bytes in a page": flip_in_a_page,
}


@pytest.fixture
def broken(saved):
    def make(name: str) -> Path:
        BROKEN[name](saved)
        return saved
    return make


@pytest.mark.parametrize("name", list(BROKEN))
def test_every_way_of_opening_refuses_cleanly_or_works(name, broken, tmp_path, capsys):
    path = broken(name)
    before = path.read_bytes()
    outcomes = []
    for read_only in (True, False):
        try:
            store, _ = Store.open(path, read_only=read_only)
        except FileProblem as problem:
            assert "Traceback" not in str(problem) and path.name in str(problem), name
            outcomes.append("refused")
        else:
            store.close()
            outcomes.append("opened")
    with contextlib.suppress(FileProblem):
        open_document(path).close()
    for args in (["check", str(path)], ["snapshots", str(path)],
                 ["snapshot", str(path), "--name", "x"],
                 ["compare", str(path), str(path)],
                 *(["export", str(path), "--format", kind, "-o", str(tmp_path / f"u.{kind}")]
                   for kind in ("json", "md", "csv", "pdf"))):
        code = main(args)
        err = capsys.readouterr().err
        assert code in (0, 1), (name, args)
        if code == 1:
            assert err.count("\n") == 1 and err.startswith("kerneopgave: "), (name, args, err)
    if outcomes == ["opened", "opened"]:
        assert main(["check", str(path)]) in (0, 1)
    else:
        assert path.read_bytes() == before, name


def test_a_malformed_page_found_by_check_is_reported_not_raised(saved, capsys):
    flip_in_a_page(saved)
    assert main(["check", str(saved)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1


def test_a_file_name_longer_than_the_file_system_allows(tmp_path, capsys):
    long_name = tmp_path / ("x" * 300 + ".kerneopgave")
    with pytest.raises(FileProblem) as caught:
        Store.open(long_name)
    assert "for langt" in str(caught.value)
    with pytest.raises(FileProblem):
        open_document(long_name, read_only=True)
    for args in (["check", str(long_name)], ["snapshots", str(long_name)],
                 ["snapshot", str(long_name), "--name", "x"],
                 ["compare", str(long_name), "--from", "x"],
                 ["export", str(long_name), "--format", "json", "-o", "-"]):
        assert main(args) == 1, args
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "for langt" in err, (args, err)


def test_a_file_name_with_a_newline_is_shown_escaped(tmp_path, capsys):
    path = tmp_path / "to\nlinjer.kerneopgave"
    path.write_bytes(b"not sqlite")
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "to\\nlinjer" in err


READ_REFUSALS = [name for name in BROKEN if not name.startswith((
    "invalid UTF-8", "a flipped", "flipped", "a dropped", "a date that is a number"))]
"""The cases refused by reading the rows (storage/reading.py), not by SQLite or a codec (nor
the date given as a number, which SQLite's TEXT column keeps as text and which opens)."""
MORE_REFUSALS = {
    "text that is not JSON in professions": sql("UPDATE workshop SET professions = '[\"a\",'"),
    "text that is not JSON in a deck": sql("UPDATE decks SET cards = '{oops'"),
    "a link to a card that is not there": sql("UPDATE links SET target = 'nowhere'"),
    "no workshop row": sql("DELETE FROM workshop"),
    "a BLOB as a deck's cards": sql("UPDATE decks SET cards = x'5b5d'"),
}


@pytest.mark.parametrize("name", READ_REFUSALS + list(MORE_REFUSALS))
def test_a_file_broken_inside_is_refused_in_danish(name, saved):
    make = BROKEN.get(name) or MORE_REFUSALS[name]
    make(saved)
    with pytest.raises(FileProblem) as caught:
        Store.open(saved, read_only=True)
    message = str(caught.value)
    assert "er beskadiget" in message, message
    assert english_in(message) is None, message


def test_check_names_sqlite_s_findings_a_line_each_as_sqlite_s_words(saved, capsys):
    """An index that points at another table's pages: SQLite's integrity check reports it in
    rows of its own (English, one holding several lines); check shows each line as SQLite's,
    names the first 20 and counts the rest."""
    import sqlite3

    with sqlite3.connect(saved) as conn:
        roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master WHERE type='index'"))
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?",
                     (roots["sqlite_autoindex_links_1"], "sqlite_autoindex_cards_1"))
    conn.close()
    before = saved.read_bytes()
    assert main(["check", str(saved)]) == 1
    out, err = capsys.readouterr()
    findings = [line for line in out.splitlines() if line.startswith("SQLite fandt (på engelsk): ")]
    assert findings and "missing from index" in "\n".join(findings)
    assert not any("*** in database" in line or "\\n" in line for line in findings)
    store, _ = Store.open(saved, read_only=True)
    problems = store.integrity()
    store.close()
    lines = out.splitlines()
    shown = lines.index(problems[0])
    assert lines[shown:shown + min(len(problems), 20)] == problems[:20]
    assert (f"… og {len(problems) - 20} mere." in out) == (len(problems) > 20)
    assert "Integritet: FEJL" in out and err.count("\n") == 1 and "beskadiget" in err
    assert saved.read_bytes() == before


def test_check_names_what_sqlite_finds_in_a_file_too_damaged_to_open(tmp_path, capsys):
    """Bytes flipped in the middle of a larger file: it cannot be opened as a workshop, but
    SQLite can still say what is wrong; check prints that (the first 20, a line each, as
    SQLite's words) before its one-line refusal, and changes nothing."""
    from tests.benchmarks.bench_storage import workshop_with

    path = tmp_path / "flip.kerneopgave"
    Store.create(path, workshop_with(2000)).close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    for at in range(middle, middle + 1170):
        data[at] ^= 0x5A
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    conn.close()
    assert rows != ["ok"]
    assert main(["check", str(path)]) == 1
    out, err = capsys.readouterr()
    lines = [line for line in out.splitlines() if line.startswith("SQLite fandt (på engelsk): ")]
    expected = [line for row in rows for line in row.splitlines()
                if line.strip() and not line.startswith("*** in database")]
    assert lines == [f"SQLite fandt (på engelsk): {line}" for line in expected[:20]]
    assert err.count("\n") == 1 and "beskadiget" in err and "Traceback" not in err
    assert path.read_bytes() == before
