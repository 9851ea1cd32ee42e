"""Kill a writer at random moments; the file must stay sound and keep every reported commit.

A child process (forked, so no interpreter start-up per trial) opens the file and applies
operations in a loop, writing each operation's number to a pipe only after the Document
returned, that is after COMMIT. The parent kills it with SIGKILL after a random delay,
then reopens the file as the app would: PRAGMA integrity_check must be ok and every
reported operation must be in it.

Run: python tests/reliability/crash.py [--trials 2000]
"""

from __future__ import annotations

import argparse
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
from kerneopgave_desktop.storage import FileProblem


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


def trial(path: Path, start: int, rng: random.Random) -> list[str]:
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
    try:  # read-write, as the app opens it: a hot journal rolls back
        document = open_document(path)
    except FileProblem as error:
        return [str(error)]
    try:
        problems = document.store.integrity()
        ids = {card_id for board in document.workshop.boards for card_id in board.cards}
    finally:
        document.close()
    present = set()
    for effect in effects:
        (present.add if effect[0] == "+" else present.discard)(effect[1:])
    removed = {effect[1:] for effect in effects if effect[0] == "-"}
    problems += [f"{card} was reported committed but is missing" for card in present - ids]
    problems += [f"{card} was reported removed but is back" for card in removed & ids]
    return problems


def run(trials: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crash.kerneopgave"
        create_document(path, Workshop(boards=[Board(id="b", title="Nedbrud")])).close()
        problems: list[str] = []
        for number in range(trials):
            problems += trial(path, number * 100_000, rng)  # each trial's ids are its own
            if problems:
                break
        return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=2000)
    args = parser.parse_args()
    start = time.perf_counter()
    problems = run(args.trials)
    print(f"{args.trials} kills in {time.perf_counter() - start:.1f} s: "
          f"{'ok' if not problems else problems[:5]}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
