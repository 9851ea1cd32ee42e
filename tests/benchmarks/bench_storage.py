"""Storage benchmark: commit latency of one edit at 50 and 5,000 cards, and load time.

Run: python tests/benchmarks/bench_storage.py [--runs N]
Prints figures; asserts nothing. Targets: commit p95 <= 5 ms, 5,000/50 median
ratio <= 1.5, loading a 2,000-card file <= 150 ms.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from kerneopgave_desktop.document import EditCard, MoveItems, create_document
from kerneopgave_desktop.domain.model import Board, CoreTask, Link, Note, Workshop, Zone
from kerneopgave_desktop.storage import Store


def workshop_with(cards: int) -> Workshop:
    board = Board(id="b", title="Benchmark")
    for z in range(max(1, cards // 50)):
        board.zones[f"z{z}"] = Zone(id=f"z{z}", title=f"Felt {z}", x=z * 1000.0, y=-200)
    for i in range(cards):
        kind = CoreTask if i % 3 == 0 else Note
        extra = {"level": "team"} if kind is CoreTask else {}
        board.cards[f"c{i}"] = kind(id=f"c{i}", text=f"Kort nummer {i}: æøå " * 3,
                                    x=(i % 70) * 260.0, y=(i // 70) * 170.0, **extra)
    for i in range(0, cards - 1, 2):
        board.links[f"l{i}"] = Link(id=f"l{i}", source=f"c{i}", target=f"c{i + 1}")
    return Workshop(boards=[board])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def commit_latency(folder: Path, cards: int, runs: int) -> list[float]:
    doc = create_document(folder / f"commit-{cards}.kerneopgave", workshop_with(cards))
    for i in range(20):  # warm-up
        doc.apply(EditCard("b", "c1", text=f"opvarmning {i}"))
    times = []
    for i in range(runs):
        op = EditCard("b", f"c{(i * 7) % cards}", text=f"ny tekst {i}") if i % 2 else \
            MoveItems("b", {f"c{(i * 11) % cards}": (i, i)})
        start = time.perf_counter()
        doc.apply(op)
        times.append((time.perf_counter() - start) * 1000)
    doc.close()
    return times


def load_time(folder: Path, cards: int, runs: int) -> list[float]:
    path = folder / f"load-{cards}.kerneopgave"
    Store.create(path, workshop_with(cards)).close()
    times = []
    for _ in range(runs + 2):
        start = time.perf_counter()
        store, workshop = Store.open(path)
        times.append((time.perf_counter() - start) * 1000)
        store.close()
        assert len(workshop.boards[0].cards) == cards
    return times[2:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        small = commit_latency(Path(folder), 50, args.runs)
        large = commit_latency(Path(folder), 5000, args.runs)
        load = load_time(Path(folder), 2000, max(10, args.runs // 10))
    ratio = statistics.median(large) / statistics.median(small)
    rows = [
        ("commit one edit, 50 cards", small, 5.0),
        ("commit one edit, 5,000 cards", large, 5.0),
        ("load 2,000-card file", load, 150.0),
    ]
    print(f"{'metric':34} {'median ms':>10} {'p95 ms':>9} {'target':>10}  result")
    for name, values, target in rows:
        median, p95 = statistics.median(values), percentile(values, 0.95)
        measured = p95 if name.startswith("commit") else median
        label = f"p95<={target:g}" if name.startswith("commit") else f"<={target:g}"
        print(f"{name:34} {median:10.2f} {p95:9.2f} {label:>10}  "
              f"{'ok' if measured <= target else 'MISS'}")
    print(f"{'ratio 5,000 / 50 (medians)':34} {ratio:10.2f} {'':9} {'<=1.5':>10}  "
          f"{'ok' if ratio <= 1.5 else 'MISS'}")


if __name__ == "__main__":
    main()
