"""Sort keys that keep a board's order in the file (`ord`, a REAL per row).

New rows get keys between their neighbours', so adding or restoring one card
writes one row, not the whole board. Appending, the common case, is O(1).
"""

from __future__ import annotations

from itertools import islice
from typing import Any


def new_ords(items: dict[str, Any], fresh: set[str],
              known: dict[str, float]) -> tuple[dict[str, float], bool]:
    """Sort keys for `fresh` ids that put them where they stand in `items`.

    Returns the keys and whether the whole container had to be renumbered
    (then every id is in the result). Appending, the common case, is O(len(fresh)).
    """
    tail = list(islice(reversed(items), len(fresh)))
    if set(tail) == fresh:
        before = next(islice(reversed(items), len(fresh), None), None)
        base = known[before] if before is not None else 0.0
        return {key: base + n for n, key in enumerate(reversed(tail), start=1)}, False
    result: dict[str, float] = {}
    run: list[str] = []
    low: float | None = None
    for key in items:
        if key in fresh:
            run.append(key)
            continue
        high = known[key]
        if run:
            if not _fill(result, run, low, high):
                return {key: float(n) for n, key in enumerate(items, start=1)}, True
            run = []
        low = high
    if run:
        _fill(result, run, low, None)
    return result, False


def _fill(result: dict[str, float], run: list[str], low: float | None, high: float | None) -> bool:
    if high is None:
        start = low if low is not None else 0.0
        result.update({key: start + n for n, key in enumerate(run, start=1)})
        return True
    if low is None:
        low = high - len(run) - 1
    step = (high - low) / (len(run) + 1)
    values = [low + step * n for n in range(1, len(run) + 1)]
    if step <= 0 or values[0] <= low or values[-1] >= high or len(set(values)) != len(values):
        return False
    result.update(zip(run, values, strict=True))
    return True
