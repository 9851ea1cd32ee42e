"""Make the screenshots in docs/screenshots/window/: every screen at 1366x768 and 1920x1080, in the
light, dark and high-contrast themes, as a person sees them.

    . /work/shared/tools/xvfb.sh      # or any display; QT_QPA_PLATFORM=offscreen works too
    python -m tests.screenshots [--only NAME] [--out FOLDER]

Runs in a home folder and settings of its own (the user's are never touched); each window is
given the size exactly and drawn by Qt into the picture (`QWidget.grab`), so the pictures are
the same on any display.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1366, 768), (1920, 1080))
THEMES = ("light", "dark", "contrast")
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "window"


def _private_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="kerneopgave-shots-"))
    os.environ["HOME"] = str(home)
    os.environ["KERNEOPGAVE_DATA"] = str(home / "data")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ.pop(name, None)
    return home


def main() -> int:
    parser = argparse.ArgumentParser(description="Make the screenshots in docs/screenshots/.")
    parser.add_argument("--only", help="only the screens whose name contains this")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    home = _private_home()
    from PySide6.QtWidgets import QApplication

    from kerneopgave_desktop.ui import app as app_module
    from kerneopgave_desktop.ui.settings import Settings

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    app_module.install_translators(qt, "da")
    settings = Settings.in_file(home / "settings.ini")
    application = app_module.Application(qt, settings)
    args.out.mkdir(parents=True, exist_ok=True)
    from tests import screens

    for theme in THEMES:
        for width, height in SIZES:
            for name, make in screens.SCREENS:
                if (args.only and args.only not in name) or (
                        name in screens.ONE_SIZE and width != SIZES[0][0]):
                    continue
                target = args.out / f"{name}-{theme}-{width}x{height}.png"
                picture = make(application, home, theme, width, height)
                picture.save(str(target))
                print(target.relative_to(args.out.parent.parent) if target.is_relative_to(
                    args.out.parent.parent) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
