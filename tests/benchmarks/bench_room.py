"""The room under load: 40 participants each send 10 cards and 5 dots within a minute.

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_room.py [--seconds 50] [--json]

A real MainWindow (offscreen) opens the room on 127.0.0.1 with an open round (cards go on
the board at once, 5 dots each). A second process plays the phones with aiohttp's client:
each joins by the QR address, keeps its event stream open, and sends its cards and dots at
random moments within `--seconds`. Loopback only; every request is bounded (600 inputs, 40
joins); the run stops by itself. Prints: inputs lost, send to card in the laptop's scene
(p95; both processes read the same monotonic clock), the laptop's frame time during the
burst (p95: a frame is asked every 16 ms and timed from the ask to the end of its paint),
and the memory the open room adds to the laptop's process (peak RSS during the burst minus
RSS before opening). A report, never a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_storage import percentile as _percentile  # noqa: E402

PARTICIPANTS, CARDS, DOTS = 40, 10, 5


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


# -- the phones (a process of their own) ------------------------------------------------------

async def _participant(number: int, url: str, seconds: float, sent: list, failures: list):
    import aiohttp

    base = url.split("/j/")[0]
    jar = aiohttp.CookieJar(unsafe=True)  # cookies for an IP address
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(cookie_jar=jar, timeout=timeout) as session:
        async with session.get(url) as response:
            await response.read()
        async with session.get(f"{base}/api/state") as response:
            cards = [c["id"] for c in (await response.json())["shared"]["board"]["cards"]]
        stream = await session.get(f"{base}/api/events")

        async def drain() -> None:
            async for _ in stream.content:
                pass

        reader = asyncio.create_task(drain())
        rng = random.Random(number)
        moments = sorted([("card", rng.uniform(0, seconds), i) for i in range(CARDS)]
                         + [("dot", rng.uniform(0, seconds), i) for i in range(DOTS)],
                         key=lambda item: item[1])
        started = time.monotonic()
        for kind, at, index in moments:
            await asyncio.sleep(max(0.0, started + at - time.monotonic()))
            if kind == "card":
                marker = f"p{number}-c{index}"
                body = {"action": "write", "text": f"{marker} Vi kender borgerne og deres hverdag"}
            else:
                marker = None
                body = {"action": "dot", "card": cards[(number + index) % len(cards)], "delta": 1}
            when = time.perf_counter()
            async with session.post(f"{base}/api/input", json=body) as response:
                answer = await response.json()
            if not answer.get("ok"):
                failures.append((kind, answer.get("error")))
            elif marker:
                sent.append((marker, when))
        reader.cancel()
        stream.close()


async def _phones(url: str, seconds: float) -> dict:
    sent: list = []
    failures: list = []
    await asyncio.gather(*(_participant(n, url, seconds, sent, failures)
                           for n in range(PARTICIPANTS)))
    return {"sent": sent, "failures": failures}


# -- the laptop --------------------------------------------------------------------------------

def run(seconds: float) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kerneopgave_desktop.document import create_document
    from kerneopgave_desktop.domain.rounds import Round
    from kerneopgave_desktop.ui.main_window import MainWindow
    from tests.benchmarks.bench_storage import workshop_with

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-room-"))
    window = MainWindow(create_document(folder / "room.kerneopgave", workshop_with(50)))
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    window.view.fit_all()
    for _ in range(5):
        app.processEvents()
    before = _rss_mb()
    url = window.room.open("127.0.0.1", 0)
    window.room.open_round(Round(id="x", board="x", kind="note", dots=DOTS))
    scene = window.current_scene()
    arrived: dict[str, float] = {}

    def watch(changes) -> None:  # after the scene's own listener: its items exist by now
        now = time.perf_counter()
        for card_id in changes.items.get(scene.board_id, ()):
            item = scene.cards.get(card_id)
            if item is not None and item.card.round_id:
                arrived.setdefault(item.card.text.split()[0], now)

    window.document.subscribe(watch)
    frames: list[float] = []
    peak = [before]
    viewport = window.view.viewport()

    def frame() -> None:
        asked = time.perf_counter()
        viewport.repaint()
        frames.append((time.perf_counter() - asked) * 1000)
        if len(frames) % 6 == 0:
            peak[0] = max(peak[0], _rss_mb())

    ticker = QTimer()
    ticker.setInterval(16)
    ticker.timeout.connect(frame)
    phones = subprocess.Popen([sys.executable, __file__, "--phones", url, "--seconds",
                               str(seconds)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    lateness: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:  # how late the event loop comes round: what a user would feel
        now = time.perf_counter()
        lateness.append((now - last[0]) * 1000)
        last[0] = now

    ticker.timeout.connect(beat)
    ticker.start()
    done = QTimer()
    done.setInterval(100)
    # exit, not quit: Qt 6's quit first closes every window, and the room's would ask (in a
    # dialog nobody answers here) whether to close the round still open.
    done.timeout.connect(lambda: phones.poll() is not None and app.exit(0))
    done.start()
    app.exec()
    ticker.stop()
    done.stop()
    result = json.loads(phones.stdout.read())
    for _ in range(20):
        app.processEvents()
    latencies = [(arrived[m] - t) * 1000 for m, t in result["sent"] if m in arrived]
    workshop = window.document.workshop
    round_ = workshop.open_round()
    cards_in = sum(1 for s in workshop.submissions.values() if s.card in scene.cards)
    expected = PARTICIPANTS * (CARDS + DOTS)
    taken = cards_in + len(round_.dots_given)
    window.room.close()
    window.close()
    return {"lost": expected - taken, "expected": expected, "refused": result["failures"],
            "latency_ms": latencies, "frame_ms": frames, "loop_interval_ms": lateness,
            "memory_extra_mb": peak[0] - before, "seconds": seconds}


def percentile(values: list[float], share: float) -> float:
    return _percentile(values, share) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=50.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--phones", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phones:
        print(json.dumps(asyncio.run(_phones(args.phones, args.seconds))))
        return
    figures = run(args.seconds)
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{PARTICIPANTS} participants x ({CARDS} cards + {DOTS} dots) in {args.seconds:g} s")
    print(f"inputs lost                      {figures['lost']} of {figures['expected']}"
          f" (refused: {len(figures['refused'])})   target 0")
    print(f"send to card in scene, p95       {percentile(figures['latency_ms'], 0.95):8.1f} ms"
          f"   (median {percentile(figures['latency_ms'], 0.5):.1f})   target <= 250")
    print(f"frame during the burst, p95      {percentile(figures['frame_ms'], 0.95):8.1f} ms"
          f"   (event loop round p95 {percentile(figures['loop_interval_ms'], 0.95):.1f})"
          f"   target <= 33")
    print(f"server memory extra              {figures['memory_extra_mb']:8.1f} MB   target <= 50")


if __name__ == "__main__":
    main()
