"""Adding a field to a card kind is a change in three places (docs/architecture.md).

The test proves it on a copy of the program: it adds a field, "Måling" (a measure), to the
value/effect card by editing exactly three files of the copy, the kind's dataclass, its
field table and the schema's migrations, and then finds the new field everywhere a field
is shown: in the inspector, the minutes, the CSV, a comparison, and the file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EDITS = {  # file of the copy -> (text it holds once, the text that replaces it)
    "kerneopgave_desktop/domain/cards.py": (
        "    involvement: str | None = None\n",
        "    involvement: str | None = None\n    measure: str | None = None\n"),
    "kerneopgave_desktop/domain/fields.py": (
        '        Field("involvement", "Inddragelse", "Involvement", CODE, INVOLVEMENT_DEGREES, '
        'EVERYWHERE,\n',
        '        Field("measure", "Måling", "Measure", LINE, shown=EVERYWHERE),\n'
        '        Field("involvement", "Inddragelse", "Involvement", CODE, INVOLVEMENT_DEGREES, '
        'EVERYWHERE,\n'),
    "kerneopgave_desktop/storage/schema.py": (
        "def schema_version() -> int:",
        'MIGRATIONS.append(_run("ALTER TABLE cards ADD COLUMN measure TEXT"))\n\n\n'
        "def schema_version() -> int:"),
}

CHECK = """
import sys
from PySide6.QtWidgets import QApplication
from kerneopgave_desktop.document import EditCard, create_document, open_document
from kerneopgave_desktop.domain.diff import compare
from kerneopgave_desktop.domain import comparison
from kerneopgave_desktop.domain.minutes import details
from kerneopgave_desktop.domain.model import Board, Effect, Workshop
from kerneopgave_desktop.interchange import csv
from kerneopgave_desktop.ui.main_window import MainWindow

app = QApplication([])
board = Board(id="b", title="Tavle",
              cards={"e": Effect(id="e", text="Værdi", measure="Trivsel i klassen")})
document = create_document(sys.argv[1], Workshop(boards=[board]))
window = MainWindow(document)
window.current_scene().cards["e"].setSelected(True)
widget = window.inspector.card_page.widget("measure")
label = window.inspector.card_page.form.labelForField(widget).text()
print("inspector", label, widget.text(), widget.isVisibleTo(window.inspector.card_page))
print("minutes", [(line.label, line.value) for line in details(board.cards["e"])])
text = csv.dumps(document.workshop)
print("csv", "Måling" in text.splitlines()[0], csv.loads(text).boards[0].cards.popitem()[1].measure)
before = [document.workshop.board("b")]
import copy
before = copy.deepcopy(before)
document.apply(EditCard("b", "e", measure="Trivsel og læring"))
print("undo", document.undo_label)
print("diff", comparison.summary(compare(before, document.workshop.boards)).splitlines()[1])
window.close()
again = open_document(sys.argv[1], read_only=True)
print("file", again.workshop.board("b").cards["e"].measure)
again.close()
"""


@pytest.mark.slow
def test_a_field_added_in_three_places_is_shown_everywhere(tmp_path, child_env):
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "kerneopgave_desktop", copy / "kerneopgave_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "resources").symlink_to(ROOT / "resources")
    for name, (old, new) in EDITS.items():
        path = copy / name
        source = path.read_text(encoding="utf-8")
        assert source.count(old) == 1, f"{name} no longer holds {old!r}"
        path.write_text(source.replace(old, new), encoding="utf-8")
    changed = sorted(str(p.relative_to(copy)) for p in copy.rglob("*.py")
                     if p.read_bytes() != (ROOT / p.relative_to(copy)).read_bytes())
    assert changed == sorted(EDITS)  # three files, nothing else
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(tmp_path / "w.kerneopgave")], capture_output=True,
        text=True, timeout=120, cwd=copy, env={**child_env, "PYTHONPATH": str(copy)})
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["inspector"] == "Måling Trivsel i klassen True"
    assert "('Måling', 'Trivsel i klassen')" in lines["minutes"]
    assert lines["csv"] == "True Trivsel i klassen"
    assert lines["undo"] == "Rediger måling"
    assert "Måling Trivsel i klassen → Trivsel og læring" in lines["diff"]
    assert lines["file"] == "Trivsel og læring"
