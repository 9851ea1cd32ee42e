"""Adding a card kind is a change in the places docs/architecture.md names.

The test proves it on a copy of the program: it adds a kind, "Ressource" (a resource the
team can draw on), with an owner (a line of text) and a status of its own (a code field
named `status`, as a dilemma's and an agreement's are, with other codes), by editing the
kind's dataclass and CARD_TYPES, its field table, CARD_KINDS, its colour and a migration,
and nothing else; then finds the kind in the palette, the inspector, the minutes, the CSV,
the JSON Canvas, a comparison (its status by its own labels) and the file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EDITS = {  # file of the copy -> [(text it holds once, the text that replaces it)]
    "kerneopgave_desktop/domain/cards.py": [
        ("CARD_TYPES: dict[str, type[Card]] = {\n",
         "@dataclass(frozen=True)\nclass Resource(Card):\n"
         '    kind: ClassVar[str] = "resource"\n\n'
         "    owner: str | None = None\n"
         '    status: str = "known"\n\n\n'
         "CARD_TYPES: dict[str, type[Card]] = {\n"),
        ("Effect, Note, Agreement)}", "Effect, Note, Agreement, Resource)}")],
    "kerneopgave_desktop/domain/vocabulary.py": [
        ('    Term("agreement", "Aftale", "Agreement",\n',
         '    Term("resource", "Ressource", "Resource", "Noget, vi kan trække på.",\n'
         '         "Something we can draw on."),\n'
         '    Term("agreement", "Aftale", "Agreement",\n'),
        ("BENEFICIARIES = Vocabulary(",
         'RESOURCE_STATUSES = Vocabulary("resource status", (\n'
         '    Term("known", "Kendt", "Known"), Term("used", "Brugt", "Used")))\n\n'
         "BENEFICIARIES = Vocabulary(")],
    "kerneopgave_desktop/domain/fields.py": [
        ("    BENEFICIARIES,\n", "    BENEFICIARIES,\n    RESOURCE_STATUSES,\n"),
        ('    "note": (),\n',
         '    "note": (),\n'
         '    "resource": (\n'
         '        Field("owner", "Ejer", "Owner", LINE, shown=EVERYWHERE | {BAND}),\n'
         '        Field("status", "Status", "Status", CODE, RESOURCE_STATUSES, EVERYWHERE,\n'
         "              required=True),\n"
         "    ),\n")],
    "kerneopgave_desktop/domain/look.py": [
        ('"agreement": "#b39ddb"}', '"agreement": "#b39ddb", "resource": "#bcaaa4"}')],
    "kerneopgave_desktop/storage/schema.py": [
        ("def schema_version() -> int:",
         'MIGRATIONS.append(_run("ALTER TABLE cards ADD COLUMN owner TEXT"))\n\n\n'
         "def schema_version() -> int:")],
}

CHECK = """
import copy, json, sys
from PySide6.QtWidgets import QApplication
from kerneopgave_desktop.document import EditCard, create_document, open_document
from kerneopgave_desktop.domain import comparison
from kerneopgave_desktop.domain.diff import compare
from kerneopgave_desktop.domain.minutes import details
from kerneopgave_desktop.domain.model import Board, CARD_TYPES, Workshop
from kerneopgave_desktop.interchange import canvas, csv
from kerneopgave_desktop.ui.main_window import MainWindow

app = QApplication([])
Resource = CARD_TYPES["resource"]
board = Board(id="b", title="Tavle", cards={"r": Resource(id="r", text="Skolens have",
                                                          owner="Pedellen")})
document = create_document(sys.argv[1], Workshop(boards=[board]))
window = MainWindow(document)
palette = [window.palette.item(i).text() for i in range(window.palette.count())]
print("palette", "Ressource" in palette)
window.current_scene().cards["r"].setSelected(True)
page = window.inspector.card_page
status = page.widget("status")
print("inspector", page.widget("owner").text(), status.currentText(),
      [status.itemText(i) for i in range(status.count())] == ["Kendt", "Brugt"])
print("minutes", [(line.label, line.value) for line in details(board.cards["r"])])
text = csv.dumps(document.workshop)
back = list(csv.loads(text).boards[0].cards.values())[0]
print("csv", back.kind, back.owner, back.status)
again = canvas.loads(canvas.dumps(document.workshop.board("b"))).boards[0].cards["r"]
print("canvas", again == document.workshop.board("b").cards["r"])
before = copy.deepcopy([document.workshop.board("b")])
document.apply(EditCard("b", "r", status="used"))
print("diff", comparison.summary(compare(before, document.workshop.boards)).splitlines()[1])
window.close()
reopened = open_document(sys.argv[1], read_only=True)
print("file", reopened.workshop.board("b").cards["r"].status)
reopened.close()
"""


@pytest.mark.slow
def test_a_kind_added_in_the_recipe_s_places_is_everywhere(tmp_path, child_env):
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "kerneopgave_desktop", copy / "kerneopgave_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "resources").symlink_to(ROOT / "resources")
    for name, edits in EDITS.items():
        path = copy / name
        source = path.read_text(encoding="utf-8")
        for old, new in edits:
            assert source.count(old) == 1, f"{name} no longer holds {old!r}"
            source = source.replace(old, new)
        path.write_text(source, encoding="utf-8")
    changed = sorted(str(p.relative_to(copy)) for p in copy.rglob("*.py")
                     if p.read_bytes() != (ROOT / p.relative_to(copy)).read_bytes())
    assert changed == sorted(EDITS)  # the recipe's places, nothing else
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(tmp_path / "w.kerneopgave")], capture_output=True,
        text=True, timeout=120, cwd=copy, env={**child_env, "PYTHONPATH": str(copy)})
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["palette"] == "True"
    assert lines["inspector"] == "Pedellen Kendt True"
    assert lines["minutes"] == "[('Ejer', 'Pedellen'), ('Status', 'Kendt')]"
    assert lines["csv"] == "resource Pedellen known"
    assert lines["canvas"] == "True"
    assert lines["diff"] == "  [Tavle] Ressource: »Skolens have«: Status Kendt → Brugt"
    assert lines["file"] == "used"
