"""Only canvas/ and ui/ may import Qt; the model never sees SQL."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kerneopgave_desktop"
QT_FREE = ["domain", "document", "storage", "interchange", "printing", "room"]


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_qt_free_layers_import_no_qt(layer):
    files = list((PACKAGE / layer).rglob("*.py"))
    assert files
    for path in files:
        qt = {name for name in imported_modules(path)
              if name.split(".")[0] in ("PySide6", "shiboken6")}
        assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}"


def test_the_domain_knows_no_sql_and_no_upper_layer():
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in imported_modules(path):
            assert name.split(".")[0] not in ("sqlite3", "sqlite_utils"), path
            assert not name.startswith(("kerneopgave_desktop.document",
                                        "kerneopgave_desktop.storage",
                                        "kerneopgave_desktop.canvas",
                                        "kerneopgave_desktop.ui")), path


def test_storage_does_not_reach_up_into_document_or_gui():
    for path in (PACKAGE / "storage").rglob("*.py"):
        for name in imported_modules(path):
            assert not name.startswith(("kerneopgave_desktop.document",
                                        "kerneopgave_desktop.canvas",
                                        "kerneopgave_desktop.ui")), path


def test_the_room_reaches_only_down_into_domain_and_document():
    for path in (PACKAGE / "room").rglob("*.py"):
        for name in imported_modules(path):
            assert not name.startswith(("kerneopgave_desktop.canvas", "kerneopgave_desktop.ui",
                                        "kerneopgave_desktop.storage")), path
