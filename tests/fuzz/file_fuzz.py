"""A mutation fuzzer over a valid workshop file: every mutant is opened the ways the program
opens files, and each outcome must be a success or a clean refusal.

Families: SQL mutations (wrong types, BLOBs, NULLs, huge values, deep JSON in the JSON
columns, invalid UTF-8, dropped columns, ids used twice, strangers' triggers, views, tables
and indexes), byte flips of the file itself, and leftovers: a -journal or -wal beside a
sound file (garbage, another workshop's, another program's, our own from a crash, each
maybe flipped, cut short or with its header changed). A leftover must never change what
the file holds: every open that succeeds must read the workshop as it was (unless it is
our own journal, damaged: SQLite plays what its checksums let through). Each mutant is
opened read-write (`open_document`, then one edit), read-only (`Store.open`), by `check`,
and by `export` to json, md, csv and pdf (the formats that need no Qt). A clean refusal is
a FileProblem (or, from the command line, exit 1 with one line on stderr); a traceback is
any other exception;
a hang is an opening that takes longer than the time limit; a read that changes the file
or its leftovers, and an open that reads other content than the file had, count as
failures too.

Run: python -m tests.fuzz.file_fuzz --count 20000 [--seed 1] [--family byte_flips]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kerneopgave_desktop.cli import main
from kerneopgave_desktop.document import MoveItems, ReadOnlyError, open_document
from kerneopgave_desktop.domain.model import Note, Workshop
from kerneopgave_desktop.domain.snapshots import take
from kerneopgave_desktop.storage import FileProblem, Store
from tests.factories import sample_workshop
from tests.fuzz.limits import Hang, time_limit
from tests.reliability import strays

TABLES = ("workshop", "boards", "zones", "cards", "links", "snapshots", "decks")
JSON_COLUMNS = (("workshop", "participants"), ("workshop", "professions"),
                ("cards", "answers"), ("snapshots", "content"), ("decks", "cards"))
EXPORTS = ("json", "md", "csv", "pdf")
WAYS = ("read-write", "read-only", "check", *(f"export {kind}" for kind in EXPORTS))
LIMIT = 10.0
"""Seconds one way of opening one mutant may take before it counts as a hang."""


@dataclass
class Tally:
    inputs: int = 0
    outcomes: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


def base_file(folder: Path) -> Path:
    """A valid workshop with every kind of card, zones, links, a snapshot and a deck (and a
    long note, so that a crash deleting cards saves the first page in its journal)."""
    workshop = sample_workshop()
    workshop.boards[0].cards["lang"] = Note(id="lang", text="Lang tekst. " * 600)
    workshop.snapshots.append(take(workshop, "Før pausen"))
    _add_a_room(workshop)
    path = folder / "base.kerneopgave"
    Store.create(path, workshop).close()
    return path


def _add_a_room(workshop) -> None:
    """A closed round from the phones, so the room's tables and card columns are fuzzed too:
    dots and stances given, one card revealed from a phone and one still face down."""
    import dataclasses

    from kerneopgave_desktop.domain.rounds import Round, Submission

    board = workshop.boards[0]
    dilemma = next(card for card in board.cards.values() if card.kind == "dilemma")
    board.cards[dilemma.id] = dataclasses.replace(
        dilemma, stances=(("agree", 3), ("depends", 1)))
    board.cards["fra-telefon"] = Note(id="fra-telefon", text="Fra en telefon", round_id="r1",
                                      author="Ali", x=2000)
    workshop.rounds.append(Round(
        id="r1", board=board.id, prompt="Hvad bidrager I med?", hidden=True, named=True,
        dots=3, stances=True, open=False, shown=True, opened_at="2026-03-03T10:00:00+01:00",
        dots_given=(("tlf1", "fra-telefon"),), stances_taken=(("tlf1", dilemma.id, "agree"),)))
    workshop.submissions["s1"] = Submission(id="s1", round="r1", device="tlf1",
                                            text="Fra en telefon", author="Ali",
                                            card="fra-telefon", sent_at="2026-03-03T10:01:00")
    workshop.submissions["s2"] = Submission(id="s2", round="r1", device="tlf2",
                                            text="Stadig med bagsiden op",
                                            sent_at="2026-03-03T10:02:00")


@dataclass
class Leftovers:
    """Leftovers made for real once per run; the fuzzer mutates copies of them."""

    crashed: list[tuple[bytes, bytes]]
    """(file, journal) of a crash inside a write on a copy of the base file."""
    foreign: list[tuple[str, bytes]]
    """(suffix, data) from other files and programs."""

    @classmethod
    def make(cls, base: Path, folder: Path) -> Leftovers:
        crashed = []
        for how in ("update", "delete-first"):
            copy = folder / f"krak-{how}.kerneopgave"
            shutil.copyfile(base, copy)
            journal = strays.crash_inside_a_write(copy, how)
            crashed.append((copy.read_bytes(), journal))
        other = folder / "andre"
        other.mkdir()
        foreign = [("-journal", strays.another_workshops_journal(other)),
                   ("-journal", strays.another_programs_journal(other)),
                   ("-wal", strays.another_programs_wal(other)),
                   ("-wal", strays.another_workshops_wal(other))]
        return cls(crashed, foreign)


def _flipped(data: bytes, rng: random.Random) -> bytes:
    changed = bytearray(data)
    how = rng.randrange(5)
    if how == 0 and changed:  # a few bits anywhere
        for _ in range(rng.choice([1, 3, 30])):
            changed[rng.randrange(len(changed))] ^= 1 << rng.randrange(8)
    elif how == 1 and len(changed) > 28:  # the header's fields: count, nonce, size, sector, page
        at = rng.randrange(8, 28)
        changed[at] = rng.randrange(256)
    elif how == 2:  # cut short
        changed = changed[:rng.randrange(len(changed) + 1)]
    elif how == 3 and len(changed) > 600:  # a record's page number
        at = rng.choice([512, 4096, 1024]) if len(changed) > 5000 else 512
        changed[at:at + 4] = rng.randrange(2**32).to_bytes(4, "big")
    return bytes(changed)


def leftover_mutant(rng: random.Random, base: Path, made: Leftovers,
                    target: Path) -> bool:
    """A file with a leftover beside it at `target`; True when every successful open must
    read exactly the base workshop."""
    choice = rng.randrange(4)
    exact = True
    if choice == 0:  # our own crash, its journal maybe damaged
        data, journal = rng.choice(made.crashed)
        target.write_bytes(data)
        suffix, leftover = "-journal", journal
        if rng.random() < 0.5:
            leftover, exact = _flipped(journal, rng), False  # SQLite plays what it can
    else:
        shutil.copyfile(base, target)
        if choice == 1:  # another file's, as it is or damaged
            suffix, leftover = rng.choice(made.foreign)
            if rng.random() < 0.5:
                leftover = _flipped(leftover, rng)
        elif choice == 2:  # our own crash's journal beside the sound file it started from
            suffix, leftover = "-journal", rng.choice(made.crashed)[1]
            if rng.random() < 0.5:  # its checksums sample one byte in 200: SQLite plays it
                leftover, exact = _flipped(leftover, rng), False
        else:  # garbage, under either name
            suffix = rng.choice(["-journal", "-wal"])
            leftover = rng.randbytes(rng.choice([1, 28, 512, 4104, 20_000]))
            if rng.random() < 0.3:  # a journal's magic, then garbage
                leftover = bytes.fromhex("d9d505f920a163d7") + leftover
    Path(f"{target}{suffix}").write_bytes(leftover)
    return exact


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _set(conn: sqlite3.Connection, rng: random.Random, value: object,
         table: str | None = None, column: str | None = None) -> None:
    table = table or rng.choice(TABLES)
    column = column or rng.choice(_columns(conn, table))
    rowids = [row[0] for row in conn.execute(f"SELECT rowid FROM {table}")]
    if not rowids:
        return
    chosen = rowids if rng.random() < 0.2 else [rng.choice(rowids)]
    for rowid in chosen:
        with contextlib.suppress(sqlite3.Error):  # a constraint may refuse it: fine
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (value, rowid))


def _types(conn, rng):
    _set(conn, rng, rng.choice(["tekst", "", "1e3", "#zzzzzz", "9" * 30, 3.5, 7, -1, 0, 1,
                                "[]", "{}", "null", "2026-13-45", "true"]))


def _blobs(conn, rng):
    _set(conn, rng, rng.randbytes(rng.choice([0, 1, 8, 100, 5000])))


def _nulls(conn, rng):
    _set(conn, rng, None)


def _huge(conn, rng):
    _set(conn, rng, rng.choice([2**63 - 1, -2**63, 1e308, -1e308, float("inf"),
                                float("-inf"), 5e-324, 1e300, 2**53 + 1, 10**18]))


def _deep_json(conn, rng):
    table, column = rng.choice(JSON_COLUMNS)
    depth = rng.choice([50, 999, 1500, 10_000, 200_000])
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    inner = "1" if opener != "[" else ""
    _set(conn, rng, opener * depth + inner + closer * depth, table, column)


def _bad_utf8(conn, rng):
    table = rng.choice(TABLES)
    column = rng.choice(_columns(conn, table))
    raw = rng.choice([b"\xff", b"\xc3", b"ab\xed\xa0\x80cd", b"\x80\x80", b"\xf4\x90\x80\x80"])
    with contextlib.suppress(sqlite3.Error):
        conn.execute(f"UPDATE {table} SET {column} = CAST(? AS TEXT)", (raw,))


def _dropped_columns(conn, rng):
    for _ in range(20):
        table = rng.choice(TABLES)
        column = rng.choice(_columns(conn, table))
        try:
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
            return
        except sqlite3.Error:  # a key, an index or a reference holds it: try another
            continue


def _duplicate_ids(conn, rng):
    choice = rng.randrange(4)
    if choice == 0:  # a card id on a zone or a link
        target = rng.choice(["zones", "links"])
        card = conn.execute("SELECT id FROM cards ORDER BY random() LIMIT 1").fetchone()[0]
        _set(conn, rng, card, target, "id")
    elif choice == 1:  # two NULL board ids (a TEXT primary key allows NULLs)
        conn.execute("INSERT INTO boards (id, position, title) VALUES (NULL, 7, 'a')")
        conn.execute("INSERT INTO boards (id, position, title) VALUES (NULL, 8, 'b')")
    elif choice == 2:  # a snapshot holding the same board twice
        content = json.loads(conn.execute("SELECT content FROM snapshots").fetchone()[0])
        conn.execute("UPDATE snapshots SET content = ?", (json.dumps(content + content[:1]),))
    else:  # a zone id used as a card id in a snapshot
        content = json.loads(conn.execute("SELECT content FROM snapshots").fetchone()[0])
        board = content[0]
        if board["zones"] and board["cards"]:
            board["cards"][0]["id"] = board["zones"][0]["id"]
        conn.execute("UPDATE snapshots SET content = ?", (json.dumps(content),))


STRANGER_SQL = (
    "CREATE TRIGGER t AFTER UPDATE ON cards BEGIN DELETE FROM cards; END",
    "CREATE TRIGGER t2 BEFORE INSERT ON cards BEGIN SELECT RAISE(ABORT, 'nej'); END",
    "CREATE TRIGGER t3 AFTER DELETE ON links BEGIN UPDATE cards SET text = 'væk'; END",
    "CREATE TRIGGER t4 AFTER UPDATE ON workshop BEGIN DELETE FROM boards; END",
    "CREATE VIEW v AS SELECT * FROM cards",
    "CREATE VIEW cardz AS SELECT 1/0",
    "CREATE TABLE fremmed (x, y)",
    "CREATE TABLE \"cards\nx\" (x)",
    "CREATE INDEX i ON cards (text)",
    "CREATE INDEX zones_by_text ON zones (title) WHERE locked = 1",
    "ALTER TABLE cards ADD COLUMN hemmelig TEXT DEFAULT 'x'",
)


def _strangers(conn, rng):
    for statement in rng.sample(STRANGER_SQL, rng.choice([1, 1, 2, 3])):
        with contextlib.suppress(sqlite3.Error):
            conn.execute(statement)


SQL_FAMILIES: dict[str, Callable[[sqlite3.Connection, random.Random], None]] = {
    "types": _types, "blobs": _blobs, "nulls": _nulls, "huge": _huge, "deep_json": _deep_json,
    "bad_utf8": _bad_utf8, "dropped_columns": _dropped_columns,
    "duplicate_ids": _duplicate_ids, "strangers": _strangers,
}
FAMILIES = (*SQL_FAMILIES, "byte_flips", "leftovers")


def mutate(family: str, rng: random.Random, base: Path, target: Path) -> None:
    """Write a mutant of `base` at `target`."""
    if family == "byte_flips":
        data = bytearray(base.read_bytes())
        for _ in range(rng.choice([1, 1, 2, 5, 20, 200])):
            at = rng.randrange(len(data)) if rng.random() < 0.7 else rng.randrange(100, 4096)
            data[at] ^= 1 << rng.randrange(8) if rng.random() < 0.6 else rng.randrange(1, 256)
        if rng.random() < 0.1:
            data = data[:rng.randrange(100, len(data))]
        target.write_bytes(bytes(data))
        return
    shutil.copyfile(base, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for _ in range(rng.choice([1, 1, 2, 3])):
            SQL_FAMILIES[family](conn, rng)
    finally:
        conn.close()


def _digest(path: Path) -> str:
    """The file and whatever lies beside it under its name (journal, WAL, moved aside)."""
    digest = hashlib.sha256()
    for item in sorted(path.parent.glob(f"{path.name}*")):
        digest.update(item.name.encode() + item.read_bytes())
    return digest.hexdigest()


class WrongContent(Exception):
    pass


def _read_write(path: Path, expected: Workshop | None) -> str:
    document = open_document(path)
    try:
        if expected is not None and document.workshop != expected:
            raise WrongContent("a read-write open read other content")
        board = next((b for b in document.workshop.boards if b.cards), None)
        if board is not None:
            card = next(iter(board.cards.values()))
            with contextlib.suppress(ReadOnlyError, FileProblem):
                document.apply(MoveItems(board.id, {card.id: (card.x + 1, card.y)}))
    finally:
        document.close()
    return "success"


def _read_only(path: Path, expected: Workshop | None) -> str:
    store, workshop = Store.open(path, read_only=True)
    store.close()
    if expected is not None and workshop != expected:
        raise WrongContent("a read-only open read other content")
    return "success"


def _command(args: list[str]) -> str:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(args)
    lines = err.getvalue().splitlines()
    if code == 0:
        return "success"
    if code == 1 and lines and lines[-1].startswith("kerneopgave: ") and (
            len(lines) == 1 or args[0] == "check"):
        return "refusal"
    raise AssertionError(f"exit {code}, stderr {err.getvalue()!r}")


def open_all_ways(path: Path, folder: Path,
                  expected: Workshop | None = None) -> dict[str, tuple[str, str]]:
    """way -> (outcome, detail) for one mutant; `expected`: what any open must read."""
    results: dict[str, tuple[str, str]] = {}
    for way in WAYS:
        subject = path
        if way == "read-write":  # on a copy, leftovers and all
            subject = folder / "rw.kerneopgave"
            for item in path.parent.glob(f"{path.name}*"):
                shutil.copyfile(item, folder / f"rw.kerneopgave{item.name[len(path.name):]}")
        before = _digest(path)
        try:
            with time_limit(LIMIT):
                if way == "read-write":
                    outcome = _read_write(subject, expected)
                elif way == "read-only":
                    outcome = _read_only(subject, expected)
                elif way == "check":
                    outcome = _command(["check", str(subject)])
                else:
                    out = folder / f"ud.{way.split()[1]}"
                    outcome = _command(["export", str(subject), "--format", way.split()[1],
                                        "-o", str(out)])
            detail = ""
        except Hang:
            outcome, detail = "hang", way
        except WrongContent as error:
            outcome, detail = "wrong", str(error)
        except FileProblem:
            outcome, detail = "refusal", ""
        except BaseException as error:
            if isinstance(error, KeyboardInterrupt):
                raise
            outcome = "traceback"
            detail = "".join(traceback.format_exception(error)[-3:])
        if way != "read-write" and _digest(path) != before:
            outcome, detail = "changed", f"{way} changed the file or what lies beside it"
        for leftover in folder.glob("rw.kerneopgave*"):
            leftover.unlink()
        results[way] = (outcome, detail)
    return results


def run(count: int, seed: int = 1, families: tuple[str, ...] = FAMILIES,
        keep: Path | None = None) -> dict[str, Tally]:
    """`count` mutants spread over `families`; failing mutants are copied into `keep`."""
    rng = random.Random(seed)
    tallies = {family: Tally() for family in families}
    with tempfile.TemporaryDirectory(prefix="kerneopgave-fuzz-") as name:
        folder = Path(name)
        base = base_file(folder)
        base_workshop = _loaded(base)
        made = Leftovers.make(base, folder) if "leftovers" in families else None
        mutants = folder / "mutants"
        mutants.mkdir()
        for number in range(count):
            family = families[number % len(families)]
            mutant = mutants / f"mutant-{number}.kerneopgave"
            expected = None
            if family == "leftovers":
                exact = leftover_mutant(rng, base, made, mutant)
                expected = base_workshop if exact else None
            else:
                mutate(family, rng, base, mutant)
            tally = tallies[family]
            tally.inputs += 1
            for way, (outcome, detail) in open_all_ways(mutant, folder, expected).items():
                tally.outcomes[outcome] += 1
                if outcome not in ("success", "refusal"):
                    tally.failures.append(f"{family} #{number} {way}: {outcome} {detail}")
                    if keep is not None:
                        keep.mkdir(parents=True, exist_ok=True)
                        for item in mutants.iterdir():
                            shutil.copyfile(item, keep / f"{family}-{item.name}")
            for leftover in mutants.iterdir():
                leftover.unlink()
    return tallies


def _loaded(path: Path) -> Workshop:
    store, workshop = Store.open(path, read_only=True)
    store.close()
    return workshop


def report(tallies: dict[str, Tally]) -> str:
    lines = [f"{'family':16} {'inputs':>7} {'refusals':>9} {'successes':>10} {'tracebacks':>11} "
             f"{'hangs':>6} {'changed':>8} {'wrong':>6}   (each input opened {len(WAYS)} ways)"]
    total = Tally()
    for family, tally in tallies.items():
        total.inputs += tally.inputs
        total.outcomes.update(tally.outcomes)
        lines.append(_row(family, tally))
    lines.append(_row("all", total))
    return "\n".join(lines)


def _row(name: str, tally: Tally) -> str:
    o = tally.outcomes
    return (f"{name:16} {tally.inputs:7} {o['refusal']:9} {o['success']:10} {o['traceback']:11} "
            f"{o['hang']:6} {o['changed']:8} {o['wrong']:6}")


def cli() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--family", action="append", choices=FAMILIES)
    parser.add_argument("--keep", type=Path, help="copy failing mutants into this folder")
    args = parser.parse_args()
    start = time.perf_counter()
    tallies = run(args.count, args.seed, tuple(args.family or FAMILIES), args.keep)
    print(report(tallies))
    print(f"{time.perf_counter() - start:.0f} s")
    failures = [line for tally in tallies.values() for line in tally.failures]
    for line in failures[:30]:
        print(line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(cli())
