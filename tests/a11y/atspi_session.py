"""The AT-SPI check inside its private session bus (started by dbus-run-session from
test_atspi.py, on an X display of its own): start the accessibility bus, start the program
(atspi_app.py), and for each step it is ready for ask the screen reader's side
(atspi_probe.py, the system's python3 with pyatspi) what it gets; the answers go to the
JSON file named on the command line.

    atspi_session.py RESULTS.json
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBE_PYTHON = "/usr/bin/python3"
STEP_SECONDS = 120


def probe(*args: str) -> str:
    result = subprocess.run([PROBE_PYTHON, str(HERE / "atspi_probe.py"), *args],
                            capture_output=True, text=True, timeout=STEP_SECONDS)
    if result.returncode != 0:
        raise RuntimeError(f"probe {args}: {result.stderr.strip()[-2000:]}")
    return result.stdout


def main(out: Path) -> int:
    # The accessibility bus is started on demand; ask for its address once so that it is
    # there before the program looks for it.
    subprocess.run(["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply",
                    "/org/a11y/bus", "org.a11y.Bus.GetAddress"], check=True,
                   capture_output=True, timeout=30)
    env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb",
           "QT_ACCESSIBILITY": "1"}
    app = subprocess.Popen([sys.executable, str(HERE / "atspi_app.py")], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True, env=env)
    from tests.a11y.atspi_app import APP_NAME

    results: list[dict] = []
    try:
        for line in app.stdout:
            if line.startswith("DONE"):
                break
            if not line.startswith("READY "):
                continue
            step = json.loads(line[len("READY "):])
            if step["step"] == "tab":
                step["heard"] = json.loads(probe("tab", APP_NAME, str(len(step["cards"]))))
            else:
                target = "--popup" if step.get("popup") else step["title"]
                step["nodes"] = [json.loads(row) for row in
                                 probe("tree", APP_NAME, target).splitlines() if row.strip()]
            results.append(step)
            app.stdin.write("NEXT\n")
            app.stdin.flush()
        app.stdin.close()
        app.wait(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    out.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))
    sys.exit(main(Path(sys.argv[1])))
