"""PDF report benchmark: a 500-card and a 2,000-card board, board page plus minutes.

Run: python tests/benchmarks/bench_print.py [--runs N]
Prints figures; asserts nothing. Targets: 500 cards <= 2 s, 2,000 cards <= 5 s.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kerneopgave_desktop.printing.report import register_fonts, write_report
from tests.benchmarks.bench_storage import percentile, workshop_with


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    register_fonts()
    print(f"{'metric':34} {'median ms':>10} {'p95 ms':>9} {'target':>10}  result  pages  size")
    for cards, target in ((500, 2000.0), (2000, 5000.0)):
        workshop = workshop_with(cards)
        times, size, pages = [], 0, 0
        for run in range(args.runs + 1):
            out = io.BytesIO()
            start = time.perf_counter()
            write_report(workshop, out)
            elapsed = (time.perf_counter() - start) * 1000
            if run:  # the first run is the warm-up
                times.append(elapsed)
            size = len(out.getvalue())
            pages = out.getvalue().count(b"/Type /Page\n") or out.getvalue().count(b"/Type /Page")
        median, p95 = statistics.median(times), percentile(times, 0.95)
        print(f"{f'PDF report, {cards:,} cards':34} {median:10.1f} {p95:9.1f} "
              f"{'<=' + format(target, 'g'):>10}  {'ok' if median <= target else 'MISS':6}  "
              f"{pages:5}  {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
