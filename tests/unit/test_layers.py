"""The layers reach only down, and no module imports itself round a cycle.

Every import counts, at the top of a module or inside a function (a lazy import is still an
import), and so does every package an import passes through (importing `a.b.c` runs
`a/__init__` and `a/b/__init__` first). An import for type annotations only (under
`if TYPE_CHECKING:`) never runs: it must still point down, but it makes no cycle.

The rules are drawn in docs/architecture.md: ui over canvas, room, interchange and
printing; canvas and room over document (and canvas's picture exports over interchange's
limits for pictures); document over storage; all of them over domain.
Only canvas/ and ui/ (and cli.py, which starts them) import Qt; storage is reached only
through the document; printing knows no interchange (both draw the minutes from domain/).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kerneopgave_desktop"
NAME = "kerneopgave_desktop"
BASE = {"i18n", "resources", "heap", ""}
"""Modules any layer may use: translation, resource paths, the garbage collector's policy,
the package itself."""
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "document": {"domain", "storage"},
    "interchange": {"domain"},
    "printing": {"domain"},
    "room": {"domain", "document"},
    "canvas": {"domain", "document", "interchange"},
    "ui": {"domain", "document", "canvas", "interchange", "printing", "room"},
    "cli": {"domain", "document", "storage", "interchange", "printing", "canvas", "ui"},
    "i18n": {"resources"},
    "resources": set(),
    "heap": set(),
    "": set(),
}
"""Layer -> the other layers its modules may import."""
QT_FREE = ["domain", "document", "storage", "interchange", "printing", "room", "i18n",
           "resources", "heap"]
QT = ("PySide6", "shiboken6")


def module_name(path: Path) -> str:
    parts = [NAME, *path.relative_to(PACKAGE).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def layer(module: str) -> str:
    """The layer a module of ours belongs to: its first part below the package."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _resolve(importer: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = importer.split(".")
    if MODULES[importer].name != "__init__.py":
        package = package[:-1]
    base = package[:len(package) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def _typing_only(tree: ast.Module) -> set[int]:
    """The ids of the import statements under `if TYPE_CHECKING:`."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                found.update(id(inner) for inner in ast.walk(child))
    return found


def imports(module: str, *, typing: bool = True) -> Iterator[tuple[str, int]]:
    """(imported module, line) for every import in `module`, wherever it is written; without
    those for type annotations only when `typing` is False."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    skipped = set() if typing else _typing_only(tree)
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(module, node)
            submodules = [f"{source}.{alias.name}" for alias in node.names
                          if f"{source}.{alias.name}" in MODULES]
            if len(submodules) < len(node.names):  # a name defined in `source` itself
                yield source, node.lineno
            for submodule in submodules:  # `from package import submodule`
                yield submodule, node.lineno


def own_imports(module: str) -> set[str]:
    """The package's modules `module` runs by importing, with the packages passed through.

    A package that holds `module` is not counted when only passed through: Python has begun
    it before `module`, so a submodule's imports of its siblings never run it again."""
    holders = {".".join(module.split(".")[:end]) for end in range(1, module.count(".") + 1)}
    found = set()
    for name, _ in imports(module, typing=False):
        if name in MODULES and name != module:
            found.add(name)
        parts = name.split(".")
        for end in range(1, len(parts)):
            parent = ".".join(parts[:end])
            if parent in MODULES and parent not in holders and parent != module:
                found.add(parent)
    return found


@pytest.mark.parametrize("name", QT_FREE)
def test_below_canvas_no_module_imports_qt(name):
    modules = [m for m in MODULES if layer(m) == name]
    assert modules
    for module in modules:
        qt = {imported for imported, _ in imports(module) if imported.split(".")[0] in QT}
        assert not qt, f"{module} imports {qt}"


@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_each_layer_imports_only_the_layers_below_it(name):
    wrong = []
    for module in (m for m in MODULES if layer(m) == name):
        for imported, line in imports(module):
            if not imported.startswith(NAME):
                continue
            other = layer(imported)
            if other != name and other not in BASE and other not in ALLOWED[name]:
                wrong.append(f"{module}:{line} imports {imported}")
    assert wrong == [], "\n".join(wrong)


def test_the_domain_knows_no_sql_and_no_files_format():
    for module in (m for m in MODULES if layer(m) == "domain"):
        for imported, line in imports(module):
            assert imported.split(".")[0] not in ("sqlite3", "sqlite_utils", "reportlab",
                                                  "docx", "openpyxl"), f"{module}:{line}"


@pytest.mark.slow
def test_no_module_imports_itself_round_a_cycle():
    graph = {module: own_imports(module) for module in MODULES}
    cycles = []
    state: dict[str, int] = {}  # 1: on the path being walked, 2: done
    path: list[str] = []

    def walk(module: str) -> None:
        state[module] = 1
        path.append(module)
        for imported in sorted(graph[module]):
            if state.get(imported) == 1:
                cycles.append(" -> ".join([*path[path.index(imported):], imported]))
            elif imported not in state:
                walk(imported)
        path.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module)
    assert cycles == [], "\n".join(cycles)


def test_the_rules_see_lazy_imports_and_packages_passed_through():
    """The checks above would catch what they are meant to: a lazy import, a parent."""
    assert f"{NAME}.ui.main_window" in own_imports(f"{NAME}.ui.app")
    lazy = own_imports(f"{NAME}.ui.edit_actions")  # the workshop dialog, on first use
    assert f"{NAME}.ui.workshop_dialog" in lazy
    assert f"{NAME}.document" in own_imports(f"{NAME}.ui.operations")  # the package itself


LONGEST_MODULE = 450
LONGEST_MAIN_WINDOW = 300
"""Issue 15's sizes: a module a reader can hold in mind, and a main window that only wires
its helpers together."""


def test_no_module_is_longer_than_a_reader_can_hold():
    long = {str(path.relative_to(PACKAGE)): count for path in PACKAGE.rglob("*.py")
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > LONGEST_MODULE}
    assert long == {}


def test_the_main_window_only_wires_its_helpers_together():
    tree = ast.parse((PACKAGE / "ui" / "main_window.py").read_text(encoding="utf-8"))
    window = next(node for node in tree.body
                  if isinstance(node, ast.ClassDef) and node.name == "MainWindow")
    assert window.end_lineno - window.lineno + 1 <= LONGEST_MAIN_WINDOW
