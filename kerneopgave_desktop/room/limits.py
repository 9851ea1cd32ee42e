"""How much a device may send: sizes of a request and a card, and rates per minute."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from kerneopgave_desktop.domain.rounds import MAX_AUTHOR, MAX_CARD_TEXT

MAX_REQUEST_BYTES = 16 * 1024
"""The largest request body the server reads."""
MAX_DEVICES = 200
"""Devices the room lets in at once."""
CARD_TEXT = MAX_CARD_TEXT
AUTHOR_TEXT = MAX_AUTHOR

RATES: dict[str, int] = {
    "write": 30,    # new cards a minute
    "edit": 60,     # edits and withdrawals a minute
    "vote": 120,    # dots and stances a minute
    "request": 600,  # requests of any kind a minute
    "join": 60,     # joins a minute from one address (tokens are not guessable anyway)
}
WINDOW = 60.0


class RateLimiter:
    """A sliding window per (who, action): at most RATES[action] in the last minute."""

    def __init__(self, rates: dict[str, int] | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.rates = dict(RATES if rates is None else rates)
        self.clock = clock
        self._seen: dict[tuple[str, str], deque[float]] = {}

    def allow(self, who: str, action: str) -> bool:
        """Count one `action` by `who` if it is within the rate; False when it is not."""
        now = self.clock()
        times = self._seen.setdefault((who, action), deque())
        while times and now - times[0] >= WINDOW:
            times.popleft()
        if len(times) >= self.rates[action]:
            return False
        times.append(now)
        return True

    def forget(self, who: str) -> None:
        for key in [key for key in self._seen if key[0] == who]:
            del self._seen[key]
