"""The README names exactly two commands, and CI runs the second one verbatim."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def code_after(heading: str, text: str) -> str:
    section = text.split(heading, 1)[1]
    return re.search(r"```sh\n(.*?)\n```", section, re.S).group(1).strip()


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = code_after("## Install and run the tests", readme)
    assert "pytest" in test_command and "pip install" in test_command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()
    assert "QT_QPA_PLATFORM=offscreen" in ci


def test_the_readme_opens_with_danish_then_english():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.index("**Dansk.**") < readme.index("**English.**")
    assert "kerneopgave" in code_after("## Install and open", readme)


def test_every_picture_the_readme_shows_is_there_and_every_template_has_one():
    from kerneopgave_desktop.domain.templates import TEMPLATES
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert pictures and all((ROOT / picture).is_file() for picture in pictures)
    for name in TEMPLATES:
        assert f"docs/screenshots/template-{name}.png" in pictures, name
    folder = ROOT / "docs" / "screenshots"
    shots = {f"docs/screenshots/{path.name}" for path in folder.glob("*.png")}
    assert shots <= set(pictures)  # none left behind unshown
