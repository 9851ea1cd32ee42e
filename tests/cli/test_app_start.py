"""The real command, in a fresh interpreter: what a user runs, without pytest's QApplication."""

import subprocess
import sys
from pathlib import Path

import pytest

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


def start(env, *args):
    """The app in a child process with a home folder of its own: it remembers recent files."""
    return subprocess.run([sys.executable, "-c", START, *args], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.mark.slow
def test_the_gui_modules_import_before_any_qapplication_exists():
    code = "import kerneopgave_desktop.ui.app, kerneopgave_desktop.ui.main_window; print('ok')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


@pytest.mark.slow
def test_kerneopgave_demo_opens_the_main_window(child_env):
    result = start(child_env, "--demo")
    assert result.returncode == 0, result.stderr
    assert "windows 1 MainWindow" in result.stdout


@pytest.mark.slow
def test_kerneopgave_file_opens_its_board(tmp_path, child_env):
    from kerneopgave_desktop.cli import main
    path = tmp_path / "møde.kerneopgave"
    assert main(["new", str(path), "--template", "niveauer"]) == 0
    result = start(child_env, str(path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "windows 1 MainWindow" in result.stdout
    settings = list((Path(child_env["HOME"]) / ".config").rglob("*.conf"))
    assert len(settings) == 1 and "kerneopgave" in settings[0].read_text()  # remembered there


@pytest.mark.slow
def test_kerneopgave_demo_name_opens_that_example(child_env):
    result = start(child_env, "--demo=hjemmepleje", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "windows 1 MainWindow" in result.stdout
