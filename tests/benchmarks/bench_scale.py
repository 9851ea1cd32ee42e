"""Large boards: moving and deleting everything, dragging and nudging a select-all, opening,
repainting, memory, the PDF and an import, at 5,000 to 100,000 cards.

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_scale.py [--cards N ...]
Prints figures; asserts nothing. `run.py` carries the same measurements as rows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_storage import percentile, workshop_with  # noqa: E402

MEMORY = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kerneopgave_desktop.document import open_document
from kerneopgave_desktop.ui.main_window import MainWindow
window = MainWindow(open_document(sys.argv[1], read_only=True))
window.resize(1600, 1000); window.show(); window.view.fit_all()
for _ in range(5):
    app.processEvents()
window.view.viewport().repaint()
if hasattr(window, "loaded"):  # the rest of a large board, built after the first frame
    while not window.loaded():
        app.processEvents()
window.view.viewport().repaint()
rss = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS"))
print(rss / 1024)
"""

PDF_MEMORY = """
import io, resource, sys, time
sys.path.insert(0, sys.argv[2])
from tests.benchmarks.bench_storage import workshop_with
from kerneopgave_desktop.printing.report import register_fonts, write_report

def peak():
    # This process's own high-water mark: Linux carries ru_maxrss over from the parent
    # through fork and exec (a benchmark run with large boards open would be counted).
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

register_fonts()
workshop = workshop_with(int(sys.argv[1]))
before = peak()
start = time.perf_counter()
write_report(workshop, io.BytesIO())
elapsed = time.perf_counter() - start
print(elapsed * 1000, peak() / 1024, before / 1024)
"""


def make_file(folder: Path, cards: int) -> Path:
    """A workshop file with one board of `cards` cards (bench_storage.workshop_with)."""
    from kerneopgave_desktop.storage import Store

    path = folder / f"scale-{cards}.kerneopgave"
    if not path.exists():
        Store.create(path, workshop_with(cards)).close()
    return path


def settle(window) -> None:
    """Let the window finish whatever it does after its first frame."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    if hasattr(window, "loaded"):
        while not window.loaded():
            QApplication.processEvents()
    QApplication.processEvents()


def board_window(path: Path):
    """The file's window, 1920x1080, at fit-all, everything built."""
    from PySide6.QtWidgets import QApplication

    from kerneopgave_desktop.document import open_document
    from kerneopgave_desktop.ui.main_window import MainWindow

    window = MainWindow(open_document(path))
    window.resize(1920, 1080)
    window.show()
    QApplication.processEvents()
    window.view.fit_all()
    settle(window)
    window.view.viewport().repaint()
    return window


def move_all(window, runs: int, budget: float = 120.0) -> tuple[list[float], list[float]]:
    """Move every card of the board shown by one grid step in one operation, then undo it:
    the time of each, the scene listening (the operation, its commit, the scene's update).
    The view is painted (untimed) before each, as it is in use: a paint makes Qt build its
    index of the items, which a move must then keep (or put away: BoardScene._unindexed)."""
    from kerneopgave_desktop.canvas.style import GRID
    from kerneopgave_desktop.document import MoveItems

    scene = window.current_scene()
    board = scene.board
    moves, undos = [], []
    started = time.perf_counter()
    for run in range(runs):
        positions = {card.id: (card.x + GRID, card.y + GRID) for card in board.cards.values()}
        window.view.viewport().repaint()
        start = time.perf_counter()
        window.door.apply(MoveItems(board.id, positions))
        moves.append((time.perf_counter() - start) * 1000)
        window.view.viewport().repaint()
        start = time.perf_counter()
        window.door.undo()
        undos.append((time.perf_counter() - start) * 1000)
        if run and time.perf_counter() - started > budget:
            break
    return moves, undos


def delete_all(window, runs: int) -> tuple[list[float], list[float]]:
    """Select every card and link, delete them with the Delete key's command, then undo:
    the time of each (the operation, its commit, the scene and the window's listeners)."""
    from PySide6.QtWidgets import QApplication

    scene = window.current_scene()
    deletes, undos = [], []
    for _ in range(runs):
        scene.select_all()
        window.view.viewport().repaint()
        start = time.perf_counter()
        window.view.delete_selection()
        QApplication.processEvents()
        deletes.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        window.door.undo()
        QApplication.processEvents()
        undos.append((time.perf_counter() - start) * 1000)
    return deletes, undos


class _Painted:
    def __init__(self, viewport):
        from PySide6.QtCore import QEvent, QObject

        class Watch(QObject):
            def eventFilter(watch, obj, event):
                if event.type() == QEvent.Type.Paint:
                    self.count += 1
                return False

        self.count = 0
        self.watch = Watch()
        viewport.installEventFilter(self.watch)

    def wait(self, since: int, limit: float) -> None:
        from PySide6.QtWidgets import QApplication

        start = time.perf_counter()
        while self.count == since:
            QApplication.processEvents()
            if time.perf_counter() - start > limit:
                raise SystemExit("benchmark error: nothing was painted")


def drag_all_frames(window, runs: int, budget: float = 60.0) -> tuple[list[float], float]:
    """Select all, press on a card and drag with real mouse events, a grid line per step:
    each frame is the move until Qt has painted it. Then the release (its commit)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kerneopgave_desktop.canvas.style import GRID

    view = window.view
    viewport = view.viewport()
    scene = window.current_scene()
    window.edits.select_all()
    QApplication.processEvents()
    item = next(iter(scene.cards.values()))
    before = item.pos()
    origin = view.mapFromScene(item.sceneBoundingRect().center())
    painted = _Painted(viewport)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, origin)
    frames = []
    cell = max(3, round(GRID * view.zoom) + 2)
    point = origin
    started = time.perf_counter()
    for step in range(runs):
        offset = step % 20 + 1
        point = origin + QPoint(cell * offset, cell * offset // 2)
        count = painted.count
        start = time.perf_counter()
        QTest.mouseMove(viewport, point)
        painted.wait(count, max(budget, 5))
        frames.append((time.perf_counter() - start) * 1000)
        if step > 3 and time.perf_counter() - started > budget:
            break
    start = time.perf_counter()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       point)
    QApplication.processEvents()
    release = (time.perf_counter() - start) * 1000
    if window.current_scene().board.cards[item.id].x == before.x():
        raise SystemExit("benchmark error: the drag did not move the cards")
    window.door.undo()
    scene.clearSelection()
    QApplication.processEvents()
    return frames, release


def nudge_frames(window, runs: int, budget: float = 60.0) -> tuple[list[float], float]:
    """Select all and press the right arrow again and again (as a held key repeats): each
    frame is a press until Qt has painted it. Then the time to write the nudges to the file
    once the key is let go."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    view = window.view
    scene = window.current_scene()
    board = scene.board
    window.edits.select_all()
    view.setFocus()
    QApplication.processEvents()
    first = next(iter(board.cards))
    before = board.cards[first].x
    painted = _Painted(view.viewport())
    frames = []
    started = time.perf_counter()
    for step in range(runs):
        count = painted.count
        start = time.perf_counter()
        QTest.keyPress(view, Qt.Key.Key_Right)
        painted.wait(count, max(budget, 5))
        frames.append((time.perf_counter() - start) * 1000)
        if step > 3 and time.perf_counter() - started > budget:
            break
    start = time.perf_counter()
    QTest.keyRelease(view, Qt.Key.Key_Right)
    window.door.flush()
    QApplication.processEvents()
    written = (time.perf_counter() - start) * 1000
    if window.document.workshop.boards[0].cards[first].x == before:
        raise SystemExit("benchmark error: the nudges did not move the cards")
    window.door.undo()
    scene.clearSelection()
    QApplication.processEvents()
    return frames, written


def repaints(window, runs: int) -> list[float]:
    viewport = window.view.viewport()
    times = []
    for _ in range(runs + 3):
        start = time.perf_counter()
        viewport.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times[3:]


def first_frame(path: Path) -> float:
    """From opening the file to the first painted frame of its board (as bench_canvas)."""
    from tests.benchmarks.bench_canvas import open_to_first_frame

    return open_to_first_frame(path)


def built_after_first_frame(path: Path) -> tuple[float, float]:
    """A large board builds its items after its first frame (canvas.stepwise): how long
    after it they are all built, and the longest turn of the event loop meanwhile (how long
    a zoom or a pan may wait), in ms."""
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.bench_canvas import shown_until_painted

    window = shown_until_painted(path)
    start = last = time.perf_counter()
    longest = 0.0
    while not window.loaded():
        QApplication.processEvents()
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    window.close()
    return (last - start) * 1000, longest * 1000


def memory_open(path: Path) -> float:
    """RSS (MB) of a process with the file open at fit-all, everything built."""
    return float(subprocess.run([sys.executable, "-c", MEMORY, str(path)], capture_output=True,
                                text=True, timeout=600, cwd=ROOT, check=True).stdout.split()[-1])


def pdf_memory(cards: int) -> tuple[float, float]:
    """The PDF report of a `cards` board in a process of its own: (ms, peak RSS in MB)."""
    out = subprocess.run([sys.executable, "-c", PDF_MEMORY, str(cards), str(ROOT)],
                         capture_output=True, text=True, timeout=900, cwd=ROOT, check=True)
    elapsed, peak, _ = (float(value) for value in out.stdout.split())
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, nargs="+", default=[5000, 50000])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for cards in args.cards:
            path = make_file(Path(folder), cards)
            if not args.only or "open" in args.only:
                first_frame(path)
                rows.append((f"open {cards:,} to first frame", [first_frame(path)
                                                                 for _ in range(3)]))
                built, turns = zip(*(built_after_first_frame(path) for _ in range(3)),
                                   strict=True)
                rows.append((f"open {cards:,}: all built after it", list(built)))
                rows.append((f"open {cards:,}: longest turn meanwhile", list(turns)))
            window = board_window(path)
            if not args.only or "repaint" in args.only:
                rows.append((f"full repaint at fit, {cards:,}", repaints(window, args.runs)))
            if not args.only or "move" in args.only:
                moves, undos = move_all(window, max(3, args.runs // 4))
                rows.append((f"move all {cards:,}", moves))
                rows.append((f"undo move all {cards:,}", undos))
            if not args.only or "delete" in args.only:
                deletes, undos = delete_all(window, 3)
                rows.append((f"delete all {cards:,} (select-all, Delete)", deletes))
                rows.append((f"undo delete all {cards:,}", undos))
            if not args.only or "drag" in args.only:
                frames, release = drag_all_frames(window, args.runs)
                rows.append((f"drag select-all frame, {cards:,}", frames))
                rows.append((f"drag select-all release, {cards:,}", [release]))
            if not args.only or "nudge" in args.only:
                frames, written = nudge_frames(window, args.runs)
                rows.append((f"nudge select-all frame, {cards:,}", frames))
                rows.append((f"nudge written, {cards:,}", [written]))
            window.close()
            if not args.only or "memory" in args.only:
                rows.append((f"memory {cards:,} open (MB)", [memory_open(path)]))
            if not args.only or "pdf" in args.only:
                elapsed, peak = pdf_memory(cards)
                rows.append((f"PDF {cards:,}", [elapsed]))
                rows.append((f"PDF {cards:,} peak (MB)", [peak]))
    print(f"{'metric':40} {'median':>10} {'p95':>10} {'n':>4}")
    for name, values in rows:
        print(f"{name:40} {statistics.median(values):10.2f} {percentile(values, 0.95):10.2f} "
              f"{len(values):4}")


if __name__ == "__main__":
    main()
