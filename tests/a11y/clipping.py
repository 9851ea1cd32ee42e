"""Text that does not fit its widget, at a display scaling: run in a process of its own, as
QT_SCALE_FACTOR must be set before Qt starts (test_scaling.py).

    python -m tests.a11y.clipping WIDTH HEIGHT [SHOTS_FOLDER]

KERNEOPGAVE_SYSTEM_FONT_POINTS sets the application's font size first, as a system whose
text size was made larger gives it.

WIDTH and HEIGHT are the screen's physical pixels (the offscreen platform's screen, from a
config file); the windows are shown as the program shows them (the main window maximized).
Prints one JSON line per window: its name and every text found cut, with where it is. With a
folder, also saves a picture of each window there.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 2
"""Pixels a text may overrun by rounding alone."""


def _visible_text(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&") if text else ""


def clipped(root: QWidget) -> Iterator[str]:
    """Each shown text under `root` that its widget cannot show whole, and the window itself
    when it runs past its screen."""
    screen = root.screen().availableGeometry() if root.screen() is not None else None
    if screen is not None and (root.width() > screen.width() or root.height() > screen.height()):
        yield (f"the window is {root.width()}×{root.height()}, the screen has "
               f"{screen.width()}×{screen.height()}")
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            text = _visible_text(widget) if widget.textFormat() != 1 else widget.text()
            room = widget.contentsRect()
            if widget.wordWrap():
                needed = widget.heightForWidth(room.width())
                if needed > room.height() + SLACK:
                    yield f"{where}: {text[:60]!r} needs {needed} px high, has {room.height()}"
            else:
                lines = text.splitlines() or [""]
                wide = max(QFontMetrics(widget.font()).horizontalAdvance(line) for line in lines)
                if wide > room.width() + SLACK:
                    yield f"{where}: {text[:60]!r} needs {wide} px, has {room.width()}"
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)) \
                and _visible_text(widget):
            hint = widget.sizeHint()
            if isinstance(widget, QToolButton) and widget.objectName() == \
                    "qt_toolbar_ext_button":
                continue
            if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
                yield (f"{where}: {_visible_text(widget)[:60]!r} needs {hint.width()}×"
                       f"{hint.height()}, has {widget.width()}×{widget.height()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                rect, hint = widget.tabRect(index), widget.tabSizeHint(index)
                if rect.isValid() and hint.width() > rect.width() + SLACK:
                    yield (f"{where}: tab {widget.tabText(index)[:60]!r} needs {hint.width()} "
                           f"px, has {rect.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            wide = QFontMetrics(widget.font()).horizontalAdvance(widget.title())
            if wide > widget.width():
                yield f"{where}: title {widget.title()!r} needs {wide} px"


def _windows(window) -> Iterator[tuple[str, QWidget]]:
    """The main window with the inspector on each page, the start page, the main dialogs."""
    from tests.a11y.windows import _select

    for kind in ("core_task", "contribution", "dilemma", "effect", "note", "agreement", "link",
                 "zone"):
        _select(window, kind)
        QApplication.processEvents()
        yield f"hovedvindue, egenskaber for {kind}", window
    from kerneopgave_desktop.ui.start_page import StartPage

    page = StartPage([])
    from kerneopgave_desktop.ui.screen_fit import fit_to_screen

    fit_to_screen(page)  # as the application shows it (ui.app.Application.show_start)
    page.show()
    yield "startside", page
    page.close()
    from kerneopgave_desktop.ui.deck_dialog import DeckDialog
    from kerneopgave_desktop.ui.outline_commands import LinkDialog
    from kerneopgave_desktop.ui.round_dialog import RoundDialog
    from kerneopgave_desktop.ui.workshop_dialog import WorkshopDialog

    document = window.document
    scene = window.current_scene()
    dilemmas = [c.id for b in document.workshop.boards for c in b.cards.values()
                if c.kind == "dilemma"]
    for index, board in enumerate(document.workshop.boards):
        if set(board.cards) & set(dilemmas):
            window.tabs.setCurrentIndex(index)
            scene = window.current_scene()
            break
    board = scene.board
    dialogs = [
        ("oplysninger om arbejdsmødet", WorkshopDialog(document.workshop.info, window)),
        ("kortbunker", DeckDialog(document, window.door, window)),
        ("dilemmarunde", RoundDialog(scene, [i for i in dilemmas if i in board.cards],
                                     window)),
        ("forbind med", LinkDialog(board, next(iter(board.cards)), window)),
    ]
    for name, dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        yield name, dialog
        dialog.reject()


def main(width: int, height: int, shots: Path | None, points: float | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if points is not None:  # the system's text size, as the platform would give it
        font = app.font()
        font.setPointSizeF(points)
        app.setFont(font)
    from kerneopgave_desktop.document import create_document
    from kerneopgave_desktop.domain.demo import DEFAULT_DEMO, demo_workshop
    from kerneopgave_desktop.ui.app import install_translators
    from kerneopgave_desktop.ui.main_window import MainWindow
    from kerneopgave_desktop.ui.settings import Settings
    from kerneopgave_desktop.ui.window_theme import apply_theme

    install_translators(app, "da")
    apply_theme("light")
    folder = Path(tempfile.mkdtemp(prefix="kerneopgave-scale-"))
    document = create_document(folder / "eksempel.kerneopgave", demo_workshop(DEFAULT_DEMO))
    window = MainWindow(document, settings=Settings.in_file(folder / "settings.ini"))
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.showMaximized()
    app.processEvents()
    for name, shown in _windows(window):
        for _ in range(5):
            app.processEvents()
        print(json.dumps({"window": name, "size": [shown.width(), shown.height()],
                          "clipped": sorted(set(clipped(shown)))}, ensure_ascii=False),
              flush=True)
        if shots is not None:
            safe = "".join(c if c.isalnum() else "-" for c in name)
            shown.grab().save(str(shots / f"{safe}.png"))
    window.close()
    QTimer.singleShot(0, app.quit)
    return 0


def screen_config(folder: Path, width: int, height: int) -> str:
    """The offscreen platform's argument for one screen of this many physical pixels."""
    config = folder / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "offscreen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    points = os.environ.get("KERNEOPGAVE_SYSTEM_FONT_POINTS")
    sys.exit(main(int(sys.argv[1]), int(sys.argv[2]),
                  Path(sys.argv[3]) if len(sys.argv) > 3 else None,
                  float(points) if points else None))
