"""The program under test for the AT-SPI check (test_atspi.py): the demo in its window, on
a real X display, its accessibility bridge on; then each board, then every window and
dialog (tests/a11y/windows.py), one at a time.

For each it prints one line, "READY <json>", with what the check needs (the window's title,
what the board's cards should say), and waits for "NEXT" on its standard input while Qt
goes on answering the screen reader's questions. It prints "DONE" at the end.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, QSocketNotifier, Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain import reading
from kerneopgave_desktop.domain.demo import DEFAULT_DEMO, demo_workshop
from kerneopgave_desktop.ui.app import install_translators
from kerneopgave_desktop.ui.main_window import MainWindow
from kerneopgave_desktop.ui.settings import Settings
from tests.a11y.windows import visit

APP_NAME = "kerneopgave-atspi-check"


def wait_for_next() -> None:
    """Until "NEXT" comes on standard input, keep Qt answering (a nested event loop)."""
    loop = QEventLoop()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: loop.quit() if sys.stdin.readline().strip()
                               in ("NEXT", "") else None)
    loop.exec()
    notifier.setEnabled(False)


def ready(**what) -> None:
    print("READY " + json.dumps(what, ensure_ascii=False), flush=True)
    wait_for_next()


def main() -> int:
    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    install_translators(app, "da")
    folder = Path(tempfile.mkdtemp(prefix="kerneopgave-atspi-"))
    document = create_document(folder / "eksempel.kerneopgave", demo_workshop(DEFAULT_DEMO))
    window = MainWindow(document, settings=Settings.in_file(folder / "settings.ini"))
    window.setGeometry(0, 0, 1600, 1000)
    window.show()
    window.activateWindow()
    for _ in range(20):
        app.processEvents()
    for index, board in enumerate(document.workshop.boards):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        order = reading.read(board)
        ready(step="board", title=window.windowTitle(), board=board.title,
              cards=[reading.announcement(board, card_id) for card_id in order.cards()])
    window.tabs.setCurrentIndex(1)
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    app.processEvents()
    board = document.workshop.boards[1]
    order = reading.read(board)
    ready(step="tab", title=window.windowTitle(),
          cards=[reading.announcement(board, card_id) for card_id in order.cards()[:3]])

    def inspect(name: str, widget: QWidget) -> None:
        for _ in range(10):
            app.processEvents()
        popup = isinstance(widget, QMenu)
        ready(step="window", scene=name, title="" if popup else widget.windowTitle(),
              popup=popup)

    visit(window, inspect)
    print("DONE", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
    sys.exit(main())
