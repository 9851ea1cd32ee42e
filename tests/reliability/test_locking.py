"""One writer per file: the second opens read-only; the lock dies with its process."""

import os
import signal
import subprocess
import sys
import time

import pytest

from kerneopgave_desktop.storage import Store

HOLD = """
import sys, time
from kerneopgave_desktop.document import open_document
document = open_document(sys.argv[1])
print("holding" if not document.read_only else "read-only", flush=True)
time.sleep(60)
"""


def test_a_second_opener_in_this_process_gets_it_read_only(saved):
    first, _ = Store.open(saved)
    second, _ = Store.open(saved)
    assert not first.read_only and second.read_only
    assert "åben et andet sted" in second.notice
    second.close()
    first.close()
    third, _ = Store.open(saved)
    assert not third.read_only
    third.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX")
@pytest.mark.slow
def test_another_process_holds_it_until_killed_and_leaves_nothing_behind(saved):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(saved)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        blocked, _ = Store.open(saved)
        assert blocked.read_only and blocked.notice
        blocked.close()
        exported = subprocess.run([sys.executable, "-m", "kerneopgave_desktop.cli", "export",
                                   str(saved), "--format", "json", "-o", "-"],
                                  capture_output=True, text=True, timeout=60)
        assert exported.returncode == 0 and '"format": "kerneopgave"' in exported.stdout
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    time.sleep(0.05)
    free, _ = Store.open(saved)
    assert not free.read_only
    free.close()
    assert sorted(os.listdir(saved.parent)) == ["w.kerneopgave"]  # no stale lock or journal
