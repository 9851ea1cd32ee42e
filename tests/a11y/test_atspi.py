"""The real thing: the program on an X display of its own, its accessibility bridge talking
to at-spi2-core on a private session bus, and pyatspi (what Orca uses) reading it.

Every window and dialog has nothing interactive without a name; every card of the demo is
reachable on its board with what it says; and Tab on the board moves the screen reader's
focus from card to card, saying each. Skipped, with the reason, where Xvfb, D-Bus, xdotool,
at-spi2-core or pyatspi is missing, except under CI (CI=true), where that is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.a11y.windows import SCENES

HERE = Path(__file__).resolve().parent
ACTIONABLE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "entry", "password text", "spin button", "slider", "dial", "page tab", "menu item",
    "check menu item", "radio menu item", "link", "list item", "tree item", "list",
    "list box", "tree", "tree table", "table", "page tab list", "menu bar",
}
"""AT-SPI's roles for what a person acts on or moves through (tests/a11y/tree.py)."""


def missing_tools() -> list[str]:
    wanted = {name: shutil.which(name) for name in ("Xvfb", "dbus-run-session", "dbus-send",
                                                   "xdotool")}
    missing = [name for name, path in wanted.items() if path is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True) \
        if Path("/usr/bin/python3").exists() else None
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def require_tools() -> None:
    missing = missing_tools()
    if missing:
        reason = f"the AT-SPI check needs {', '.join(missing)} (apt-get install xvfb " \
                 "dbus-x11 xdotool at-spi2-core python3-pyatspi)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


def free_display() -> int:
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and \
                not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture(scope="module")
def heard(tmp_path_factory) -> list[dict]:
    """What the screen reader's side got at each step (tests/a11y/atspi_session.py)."""
    require_tools()
    work = tmp_path_factory.mktemp("atspi")
    number = free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1920x1080x24",
                               "-nolisten", "tcp", "-noreset"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.1)
        home = work / "home"
        home.mkdir()
        env = {**os.environ, "DISPLAY": f":{number}", "HOME": str(home),
               "KERNEOPGAVE_DATA": str(work / "data"), "XDG_RUNTIME_DIR": str(work)}
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
                     "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS"):
            env.pop(name, None)
        out = work / "heard.json"
        result = subprocess.run(["dbus-run-session", "--", sys.executable,
                                 str(HERE / "atspi_session.py"), str(out)],
                                env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr[-3000:]
        return json.loads(out.read_text(encoding="utf-8"))
    finally:
        server.terminate()
        server.wait(timeout=30)


def needs_name(node: dict) -> bool:
    return ("showing" in node["states"] and node["role"] != "table cell"
            and (node["role"] in ACTIONABLE or "focusable" in node["states"]))


@pytest.mark.slow
def test_every_window_and_dialog_names_everything_interactive(heard):
    windows = [step for step in heard if step["step"] == "window"]
    assert [step["scene"] for step in windows] == [scene.name for scene in SCENES]
    unnamed = {step["scene"]: [node["path"] for node in step["nodes"]
                               if "role" in node and needs_name(node)
                               and not node["name"].strip()]
               for step in windows}
    assert {scene: paths for scene, paths in unnamed.items() if paths} == {}
    assert all(len(step["nodes"]) > 3 for step in windows)  # each window was really read


@pytest.mark.slow
def test_every_card_of_the_demo_is_reachable_with_what_it_says(heard):
    boards = [step for step in heard if step["step"] == "board"]
    assert len(boards) == 4
    for step in boards:
        items = {node["name"] for node in step["nodes"] if node.get("role") == "list item"
                 and "list:'Tavle'" in node["path"]}
        assert set(step["cards"]) <= items, step["board"]
        assert len(step["cards"]) > 0


@pytest.mark.slow
def test_tab_on_the_board_moves_the_screen_readers_focus_card_by_card(heard):
    tab = next(step for step in heard if step["step"] == "tab")
    assert tab["heard"] == tab["cards"]
    assert tab["heard"][0].startswith("Faggruppens bidrag: Tydelige mål") and \
        ", 5 stemmer, i feltet Lærere" in tab["heard"][0]
