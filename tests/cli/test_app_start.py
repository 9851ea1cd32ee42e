"""The real command, in a fresh interpreter: what a user runs, without pytest's QApplication."""

import os
import subprocess
import sys

START = """
import sys
from PySide6.QtWidgets import QApplication
QApplication.exec = lambda self: 0          # open the windows, then return at once
from kerneopgave_desktop.cli import main
code = main(sys.argv[1:])
app = QApplication.instance()
windows = [w for w in app.topLevelWidgets() if w.isVisible()]
print("windows", len(windows), type(windows[0]).__name__ if windows else "")
sys.exit(code)
"""


def start(*args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": os.environ.get("HOME", "/tmp")}
    return subprocess.run([sys.executable, "-c", START, *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_the_gui_modules_import_before_any_qapplication_exists():
    code = "import kerneopgave_desktop.ui.app, kerneopgave_desktop.ui.main_window; print('ok')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_kerneopgave_demo_opens_the_main_window():
    result = start("--demo")
    assert result.returncode == 0, result.stderr
    assert "windows 1 MainWindow" in result.stdout


def test_kerneopgave_file_opens_its_board(tmp_path):
    from kerneopgave_desktop.cli import main
    path = tmp_path / "møde.kerneopgave"
    assert main(["new", str(path), "--template", "niveauer"]) == 0
    result = start(str(path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "windows 1 MainWindow" in result.stdout


def test_kerneopgave_demo_name_opens_that_example():
    result = start("--demo=hjemmepleje", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "windows 1 MainWindow" in result.stdout
