"""Helpers for the room's GUI tests: the real browser and zbar, found or skipped (never
skipped in CI), and a way for a phone in another thread to wait while the laptop acts."""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"]


def require(available: bool, reason: str) -> None:
    """Skip with `reason` when a tool is missing, except in CI, where it must be there."""
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI must have it: see .ci/run)")
    pytest.skip(reason)


def require_chromium() -> None:
    require(Path(CHROMIUM).exists(), "Debian's Chromium is missing: apt-get install -y chromium")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        require(False, "Playwright is missing: pip install -e '.[test]'")


def require_zbar() -> None:
    require(shutil.which("zbarimg") is not None, "zbar is missing: apt-get install -y zbar-tools")


def decode_qr(png: Path) -> str:
    """The text of the one QR code in `png`, read by zbar."""
    result = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


class Laptop:
    """Runs a phone's script in a thread while this (the GUI) thread keeps the event loop
    going; the script asks the laptop to act with `do`, which runs on the GUI thread."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self._asks: queue.Queue = queue.Queue()

    def do(self, action: Callable[[], object]) -> object:
        """From the phone's thread: run `action` on the GUI thread and return its result."""
        done = threading.Event()
        box: list = []
        self._asks.put((action, box, done))
        assert done.wait(60), "the laptop did not act"
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]

    def run(self, script: Callable[[Laptop], None], timeout: float = 240) -> None:
        failure: list[BaseException] = []

        def phone() -> None:
            try:
                script(self)
            except BaseException as error:  # shown in the test's own thread below
                failure.append(error)

        worker = threading.Thread(target=phone, daemon=True)
        worker.start()
        deadline = time.monotonic() + timeout
        while worker.is_alive() and time.monotonic() < deadline:
            self.qtbot.wait(10)
            while True:
                try:
                    action, box, done = self._asks.get_nowait()
                except queue.Empty:
                    break
                try:
                    box.append(action())
                except BaseException as error:
                    box.append(error)
                done.set()
        worker.join(5)
        assert not worker.is_alive(), "the phone's script did not finish"
        if failure:
            raise failure[0]
