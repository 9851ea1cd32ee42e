"""Kill a writer at random moments; the file must stay sound and keep every reported commit.

A child process (forked, so no interpreter start-up per trial) opens the file and applies
operations in a loop, writing each operation's number to a pipe only after the Document
returned, that is after COMMIT. The parent kills it with SIGKILL after a random delay,
then reopens the file twice: first read-only, as `check` and `export` do (an unfinished
write is finished on a private copy, and the file and its journal must stay byte for
byte as they were), then read-write, as the app does (SQLite rolls the journal back).
Each time PRAGMA integrity_check must be ok and every reported operation must be in it.

Run: python tests/reliability/crash.py [--trials 2000]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kerneopgave_desktop.document import (
    AddItems,
    EditCard,
    MoveItems,
    RemoveItems,
    create_document,
    open_document,
)
from kerneopgave_desktop.domain.model import Board, Note, Workshop
from kerneopgave_desktop.storage import FileProblem, Store


def _writer(path: Path, start: int, pipe: int) -> None:
    """The child: apply operations until killed, reporting each effect after its commit."""
    document = open_document(path)
    board = document.workshop.boards[0]
    number = start
    while True:
        number += 1
        kind = number % 4
        if kind == 0 and len(board.cards) > 5:
            gone = next(iter(board.cards))
            document.apply(RemoveItems(board.id, [gone]))
            os.write(pipe, f"-{gone}\n".encode())
        elif kind == 1 and board.cards:
            card_id = next(reversed(board.cards))
            document.apply(EditCard(board.id, card_id, text=f"rettet {number} æøå"))
        elif kind == 2 and board.cards:
            card_id = next(iter(board.cards))
            document.apply(MoveItems(board.id, {card_id: (number, -number)}))
        document.apply(AddItems(board.id, [Note(id=f"op{number}", text=f"operation {number}")]))
        os.write(pipe, f"+op{number}\n".encode())


def _state(path: Path) -> tuple[str, ...]:
    """The file and its journal, byte for byte."""
    journal = Path(f"{path}-journal")
    return tuple(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-"
                 for p in (path, journal))


def _compare(effects: list[str], ids: set[str], how: str) -> list[str]:
    present: set[str] = set()
    for effect in effects:
        (present.add if effect[0] == "+" else present.discard)(effect[1:])
    removed = {effect[1:] for effect in effects if effect[0] == "-"}
    return ([f"{how}: {card} was reported committed but is missing" for card in present - ids]
            + [f"{how}: {card} was reported removed but is back" for card in removed & ids])


def trial(path: Path, start: int, rng: random.Random, stats: dict[str, int]) -> list[str]:
    """One kill; the problems found in the file afterwards (none, we hope)."""
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child never returns)
        os.close(read)
        try:
            _writer(path, start, write)
        finally:
            os._exit(1)
    os.close(write)
    time.sleep(rng.uniform(0.0, 0.06))
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    reported = b""
    while chunk := os.read(read, 65536):
        reported += chunk
    os.close(read)
    effects = reported.decode().split()
    before = _state(path)
    stats["unfinished writes"] += before[1] != "-"
    try:  # read-only, as check and export open it: nothing may change
        store, workshop = Store.open(path, read_only=True)
    except FileProblem as error:
        return [f"read-only: {error}"]
    try:
        problems = [f"read-only: {problem}" for problem in store.integrity()]
    finally:
        store.close()
    if _state(path) != before:
        problems.append("read-only: the re-open changed the file or its journal")
    ids = {card_id for board in workshop.boards for card_id in board.cards}
    problems += _compare(effects, ids, "read-only")
    try:  # read-write, as the app opens it: a hot journal rolls back
        document = open_document(path)
    except FileProblem as error:
        return [*problems, f"read-write: {error}"]
    try:
        problems += [f"read-write: {problem}" for problem in document.store.integrity()]
        written = {card_id for board in document.workshop.boards for card_id in board.cards}
    finally:
        document.close()
    if written != ids:
        problems.append("the read-only and the read-write re-open disagree")
    if list(path.parent.glob("*.fremmed-*")):
        problems.append("our own journal was taken for a stranger's and moved aside")
    return problems + _compare(effects, written, "read-write")


def run(trials: int, seed: int = 7) -> tuple[list[str], dict[str, int]]:
    """Problems found (none, we hope) and counts: trials, unfinished writes met."""
    rng = random.Random(seed)
    stats = {"trials": 0, "unfinished writes": 0}
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("KERNEOPGAVE_DATA", str(Path(folder) / "data"))
        path = Path(folder) / "crash.kerneopgave"
        create_document(path, Workshop(boards=[Board(id="b", title="Nedbrud")])).close()
        problems: list[str] = []
        for number in range(trials):
            problems += trial(path, number * 100_000, rng, stats)  # each trial's ids are its own
            stats["trials"] += 1
            if problems:
                break
        return problems, stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=2000)
    args = parser.parse_args()
    start = time.perf_counter()
    problems, stats = run(args.trials)
    print(f"{stats['trials']} kills in {time.perf_counter() - start:.1f} s, "
          f"{stats['unfinished writes']} left an unfinished write (a journal); re-opened "
          f"read-only, then read-write: {'ok' if not problems else problems[:5]}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
