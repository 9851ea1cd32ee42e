"""Every performance target in one run: a table of median, p95, target and ok or MISS.

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/run.py [--runs N] [--no-scale]
Builds its own workshops (50, 500, 2,000 and 5,000 cards with links and zones, and for the
large-board rows 20,000 and 50,000: bench_scale.py), measures each figure several times
after a warm-up, and always exits 0: it reports, it does not test. The large-board rows take
some minutes; --no-scale leaves them out.
"""

from __future__ import annotations

import argparse
import io
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

from tests.benchmarks.bench_storage import (  # noqa: E402
    commit_latency,
    load_time,
    percentile,
    workshop_with,
)

FIRST_FRAME = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Watch(QObject):
    # Once the first paint event has been handled, the frame is on screen: report the clock
    # (perf_counter is one system-wide clock on Linux, macOS and Windows, so the parent can
    # subtract its own start time) and leave without the tear-down, which is not measured.
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(time.perf_counter(), flush=True), os._exit(0)))
        return False
watch = Watch()
if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QWidget
    app = QApplication([])
    window = QWidget()
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.installEventFilter(watch); window.showMaximized()
    app.exec()
else:  # the real `kerneopgave FILE`: the console script's call, the first viewport paint seen
    from kerneopgave_desktop.ui import main_window
    build = main_window.MainWindow.__init__
    def watched(self, *args, **kwargs):
        build(self, *args, **kwargs)
        self.view.viewport().installEventFilter(watch)
    main_window.MainWindow.__init__ = watched
    from kerneopgave_desktop.cli import main
    sys.argv = ["kerneopgave", sys.argv[1]]
    sys.exit(main())
"""

Row = tuple[str, list[float], float, str]


def start_ratio(path: Path, runs: int) -> tuple[list[float], list[float]]:
    """Process start to the first painted frame: the app on a 200-card board, and a bare window."""
    # Installed copies start from compiled bytecode (pip compiles on install, the bundle
    # carries .pyc), so the warm-up may write it even where PYTHONDONTWRITEBYTECODE is set;
    # otherwise every run would compile our ~100 modules, which the bare window has not.
    # A home of its own, so the recent-files list and the daily backup stay out of the user's.
    home = path.parent / "home"
    env = {key: value for key, value in os.environ.items()
           if key != "PYTHONDONTWRITEBYTECODE" and not key.startswith("XDG_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"))

    def first_frame(argument: str) -> float:
        started = time.perf_counter()
        shown = subprocess.run([sys.executable, "-c", FIRST_FRAME, argument],
                               capture_output=True, text=True, timeout=120, cwd=ROOT,
                               check=True, env=env)
        return (float(shown.stdout.split()[-1]) - started) * 1000
    first_frame("bare"), first_frame(str(path))  # warm the disk cache
    app, bare = [], []
    for _ in range(runs):  # in turns, so a busy moment of the machine weighs on both alike
        bare.append(first_frame("bare"))
        app.append(first_frame(str(path)))
    return app, bare


def undo_large_move(folder: Path, runs: int) -> list[float]:
    from kerneopgave_desktop.document import MoveItems, create_document
    document = create_document(folder / "undo.kerneopgave", workshop_with(2000))
    board = document.workshop.boards[0]
    ids = list(board.cards)[:500]
    times = []
    for run in range(runs + 1):
        document.apply(MoveItems(board.id, dict.fromkeys(ids, (run * 10.0, run * 10.0))))
        start = time.perf_counter()
        document.undo()
        if run:
            times.append((time.perf_counter() - start) * 1000)
    document.close()
    return times


def pdf_times(cards: int, runs: int) -> list[float]:
    from kerneopgave_desktop.printing.report import register_fonts, write_report
    register_fonts()
    workshop = workshop_with(cards)
    times = []
    for run in range(runs + 1):
        start = time.perf_counter()
        write_report(workshop, io.BytesIO())
        if run:
            times.append((time.perf_counter() - start) * 1000)
    return times


def canvas_rows(folder: Path, runs: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from kerneopgave_desktop.document import create_document, open_document
    from kerneopgave_desktop.domain.demo import demo_workshop
    from kerneopgave_desktop.storage import Store
    from kerneopgave_desktop.ui.main_window import MainWindow
    from tests.benchmarks.bench_canvas import (
        PaintWatch,
        drag_frames,
        full_repaints,
        open_to_first_frame,
        preview_to_first_page,
    )
    app = QApplication.instance() or QApplication([])  # noqa: F841
    rows: list[Row] = []
    for cards in (2000, 5000):
        path = folder / f"canvas-{cards}.kerneopgave"
        Store.create(path, workshop_with(cards)).close()
        if cards == 2000:
            open_to_first_frame(path)
            rows.append(("open 2,000-card file to first frame", [
                open_to_first_frame(path) for _ in range(5)], 1000.0, "median"))
        window = MainWindow(open_document(path))
        window.resize(1920, 1080)
        window.show()
        QApplication.processEvents()
        window.view.fit_all()
        QApplication.processEvents()
        while not window.loaded():  # a large board's items come after its first frame
            QApplication.processEvents()
        rows.append((f"full repaint, {cards:,} cards visible",
                     full_repaints(window.view.viewport(), runs), 33.0 if cards == 2000 else 50.0,
                     "median"))
        if cards == 2000:
            watch = PaintWatch()
            window.view.viewport().installEventFilter(watch)
            rows.append(("drag frame, 2,000 cards visible",
                         drag_frames(window.view, watch, "c0", runs), 16.0, "p95"))
        window.close()
    demo = MainWindow(create_document(folder / "preview.kerneopgave", demo_workshop()))
    demo.resize(1600, 1000)
    demo.show()
    QApplication.processEvents()
    first = preview_to_first_page(demo)  # the first in a session loads pypdfium2
    rows.append(("print preview of the demo, first in session", [first], 1000.0, "median"))
    rows.append(("print preview of the demo, to its first page",
                 [preview_to_first_page(demo) for _ in range(5)], 1000.0, "median"))
    demo.close()
    return rows


def scale_rows(folder: Path, runs: int) -> list[Row]:
    """Large boards (tests/benchmarks/bench_scale.py): opening, repainting at fit, moving
    all cards and undoing it, dragging and nudging a select-all, memory, the PDF."""
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.bench_scale import (
        board_window,
        drag_all_frames,
        first_frame,
        make_file,
        memory_open,
        move_all,
        nudge_frames,
        pdf_memory,
        repaints,
    )
    app = QApplication.instance() or QApplication([])  # noqa: F841
    rows: list[Row] = []
    twenty = make_file(folder, 20000)
    first_frame(twenty)
    rows.append(("open 20,000-card file to first frame", [first_frame(twenty)
                                                          for _ in range(3)], 1000.0, "median"))
    for cards, limits in ((5000, (16.0, 100.0, 33.0)), (50000, (50.0, 1000.0, 100.0))):
        repaint, moving, frame = limits
        path = make_file(folder, cards)
        if cards == 50000:
            first_frame(path)
            rows.append(("open 50,000-card file to first frame",
                         [first_frame(path) for _ in range(3)], 2000.0, "median"))
        window = board_window(path)
        rows.append((f"full repaint at fit, {cards:,} cards", repaints(window, runs), repaint,
                     "median"))
        moves, undos = move_all(window, 3 if cards == 50000 else max(3, runs // 3))
        rows.append((f"move all {cards:,} cards (one operation)", moves, moving, "median"))
        rows.append((f"undo moving all {cards:,} cards", undos, moving, "median"))
        steps = min(runs, 15) if cards == 50000 else runs
        frames, _ = drag_all_frames(window, steps, budget=30.0)
        rows.append((f"drag a select-all, frame, {cards:,} cards", frames, frame, "p95"))
        frames, _ = nudge_frames(window, steps, budget=30.0)
        rows.append((f"nudge a select-all, frame, {cards:,} cards", frames, frame, "p95"))
        window.close()
    rows.append(("memory, 50,000 cards open (MB RSS)", [memory_open(make_file(folder, 50000))],
                 500.0, "median"))
    elapsed, peak = pdf_memory(50000)
    rows.append(("PDF report, 50,000 cards", [elapsed], 10000.0, "median"))
    rows.append(("PDF report, 50,000 cards, peak (MB RSS)", [peak], 700.0, "median"))
    return rows


def room_rows() -> list[Row]:
    """The room under load (tests/benchmarks/bench_room.py), in a process of its own."""
    import json

    figures = json.loads(subprocess.run(
        [sys.executable, str(ROOT / "tests" / "benchmarks" / "bench_room.py"), "--json"],
        capture_output=True, text=True, timeout=300, cwd=ROOT, check=True).stdout)
    return [("room: 40 phones, inputs lost (of 600)", [float(figures["lost"])], 0.0, "median"),
            ("room: send to card in the laptop's scene", figures["latency_ms"], 250.0, "p95"),
            ("room: laptop frame during the burst", figures["frame_ms"], 33.0, "p95"),
            ("room: server memory extra (MB)", [figures["memory_extra_mb"]], 50.0, "median")]


def lazy_imports() -> list[str]:
    """Heavy modules imported at start-up (should be none)."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-c",
                             "import kerneopgave_desktop.ui.app"], capture_output=True,
                            text=True, timeout=120, cwd=ROOT)
    heavy = ("reportlab", "pypdfium2", "pypdf", "PySide6.QtSvg", "PySide6.QtPrintSupport")
    found = {line.split("|")[-1].strip().split(".")[0] if not line.split("|")[-1].strip()
             .startswith("PySide6") else ".".join(line.split("|")[-1].strip().split(".")[:2])
             for line in result.stderr.splitlines() if "|" in line}
    return sorted(name for name in heavy if name in found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-scale", action="store_true",
                        help="leave out the large-board rows (20,000 and 50,000 cards)")
    args = parser.parse_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        from kerneopgave_desktop.storage import Store
        board = folder / "start-200.kerneopgave"
        Store.create(board, workshop_with(200)).close()
        app, bare = start_ratio(board, 11)
        ratio = [a / b for a, b in zip(sorted(app), sorted(bare), strict=True)]
        rows.append(("start to first frame, 200 cards (x bare)", ratio, 1.5, "median"))
        rows += canvas_rows(folder, args.runs)
        small = commit_latency(folder, 50, args.runs * 5)
        large = commit_latency(folder, 5000, args.runs * 5)
        rows.append(("commit one edit, 50 cards", small, 5.0, "p95"))
        rows.append(("commit one edit, 5,000 cards", large, 5.0, "p95"))
        rows.append(("commit ratio 5,000 / 50 (medians)",
                     [statistics.median(large) / statistics.median(small)], 1.5, "median"))
        rows.append(("load 2,000-card file into the model", load_time(folder, 2000, 10), 150.0,
                     "median"))
        rows.append(("undo a 500-card move", undo_large_move(folder, 10), 100.0, "median"))
        rows.append(("PDF report, 500 cards", pdf_times(500, 3), 2000.0, "median"))
        rows.append(("PDF report, 2,000 cards", pdf_times(2000, 3), 5000.0, "median"))
        five = folder / "memory-5000.kerneopgave"
        Store.create(five, workshop_with(5000)).close()
        from tests.benchmarks.bench_scale import memory_open  # one memory measurement

        memory = [memory_open(five) for _ in range(3)]
        rows.append(("memory, 5,000 cards open (MB RSS)", memory, 300.0, "median"))
        if not args.no_scale:
            rows += scale_rows(folder, min(args.runs, 20))
        rows += room_rows()
    heavy = lazy_imports()
    print(f"{'metric':44} {'median':>9} {'p95':>9} {'target':>10}  result")
    for name, values, target, which in rows:
        median, p95 = statistics.median(values), percentile(values, 0.95)
        measured = p95 if which == "p95" else median
        unit = "" if "x bare" in name or "ratio" in name or "MB" in name else " ms"
        print(f"{name:44} {median:9.2f} {p95:9.2f} {which + ' <= ' + format(target, 'g'):>14}"
              f"  {'ok' if measured <= target else 'MISS'}{unit and ''}")
    print(f"{'heavy modules at start-up (reportlab, pypdfium2, ...)':44} "
          f"{', '.join(heavy) or 'none':>20} {'none':>14}  {'ok' if not heavy else 'MISS'}")
    print(f"\n{os.cpu_count()} cores, Python {sys.version.split()[0]}; times in ms unless the "
          "metric says otherwise")


if __name__ == "__main__":
    main()
