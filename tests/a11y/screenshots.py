"""The screenshots at 200 % in docs/screenshots/a11y/: the program as it looks on a 3840×2160
screen whose system scales everything to 200 % (QT_SCALE_FACTOR=2), as a person with that
setting sees it.

    python -m tests.a11y.screenshots [--out FOLDER]

Runs itself again in a process of its own, as QT_SCALE_FACTOR must be set before Qt starts,
on the offscreen platform with one screen of 3840×2160 physical pixels, in a home folder and
settings of its own (the user's are never touched). Each window is given the whole screen
(1920×1080 logical pixels) and drawn by Qt into the picture (`QWidget.grab`), so the
pictures have the screen's physical pixels. Prints each file it wrote; look at them before
committing them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "a11y"
SCREEN = (3840, 2160)
FACTOR = 2
CHILD = "KERNEOPGAVE_A11Y_SHOTS_CHILD"


def _shots(out: Path) -> None:
    """In the scaled process: take each picture into `out`."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kerneopgave_desktop.ui import app as app_module
    from kerneopgave_desktop.ui.settings import Settings
    from tests import screens

    home = Path(os.environ["HOME"])
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    app_module.install_translators(qt, "da")
    application = app_module.Application(qt, Settings.in_file(home / "settings.ini"))
    width, height = SCREEN[0] // FACTOR, SCREEN[1] // FACTOR

    def save(picture, name: str) -> None:
        target = out / f"{name}-200.png"
        picture.save(str(target))
        print(f"{target} {picture.width()}x{picture.height()}")

    save(screens.start(application, home, "light", width, height), "start")
    save(screens.board(application, home, "light", width, height), "board")
    for theme, name in (("light", "board-outline-find"), ("contrast", "board-outline-contrast")):
        screens._look(application, theme)
        window = screens._window(application, screens._examples(application, home)[-1],
                                 width, height)
        window.outline.go()  # F6: the outline's dock, its first row current
        window.find.find_action.trigger()  # Ctrl+F
        window.find_bar.line.setText("børn")
        window.find_bar.go(1)  # Enter: the first match
        screens._settle(12)
        save(window.grab(), name)
        if theme == "light":
            window.outline.window_action.trigger()  # Ctrl+Shift+O
            shown = window.outline.window
            shown.setWindowState(shown.windowState() | Qt.WindowState.WindowMaximized)
            shown.setGeometry(0, 0, width, height)
            screens._settle(12)
            save(shown.grab(), "outline-window")
            shown.close()
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description="Make the 200 % screenshots.")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if os.environ.get(CHILD) == "1":
        _shots(args.out)
        return 0
    from tests.a11y.clipping import screen_config

    home = Path(tempfile.mkdtemp(prefix="kerneopgave-a11y-shots-"))
    env = {**os.environ, CHILD: "1", "QT_SCALE_FACTOR": str(FACTOR),
           "QT_QPA_PLATFORM": screen_config(home, *SCREEN), "HOME": str(home),
           "KERNEOPGAVE_DATA": str(home / "data")}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "tests.a11y.screenshots", "--out",
                           str(args.out)], env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
