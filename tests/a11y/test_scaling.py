"""The platform's display scaling and text size win, and nothing is cut: at 125 %, 150 % and
175 % on a 1920×1080 screen, at 200 % on 2560×1440 and 3840×2160 (QT_SCALE_FACTOR, set
before Qt starts, so in a process of its own), and with the system's text made larger (14
and 20 point instead of 9), no text in the main window (the inspector on each of its
pages), the start page and the main dialogs is wider or taller than its widget, and no
window runs past its screen (tests/a11y/clipping.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.a11y.clipping import screen_config

WINDOWS = 13
"""The main window on eight inspector pages, the start page and four dialogs."""


@pytest.mark.slow
@pytest.mark.parametrize(("factor", "width", "height", "points"), [
    ("1.25", 1920, 1080, ""), ("1.5", 1920, 1080, ""), ("1.75", 1920, 1080, ""),
    ("2", 2560, 1440, ""), ("2", 3840, 2160, ""), ("1", 1920, 1080, "14"),
    ("1", 1920, 1080, "20"), ("1.5", 1920, 1080, "14")])
def test_nothing_is_cut_at_the_systems_scaling_and_text_size(factor, width, height, points,
                                                             child_env, tmp_path):
    env = {**child_env, "QT_SCALE_FACTOR": factor, "KERNEOPGAVE_SYSTEM_FONT_POINTS": points,
           "QT_QPA_PLATFORM": screen_config(tmp_path, width, height)}
    result = subprocess.run([sys.executable, "-m", "tests.a11y.clipping", str(width),
                             str(height)], capture_output=True, text=True, env=env,
                            timeout=300, check=True)
    shown = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(shown) == WINDOWS
    logical = (round(width / float(factor)), round(height / float(factor)))
    main = shown[0]["size"]
    assert main[0] <= logical[0] and main[1] <= logical[1]  # maximized, in logical pixels
    assert {entry["window"]: entry["clipped"] for entry in shown if entry["clipped"]} == {}
