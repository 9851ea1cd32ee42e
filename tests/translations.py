"""Find every translatable text in the code, to check the catalogues are complete.

A module marks texts with `translate("Context", "text")` or with a module-level
`_tr("text")` whose body calls `translate("Context", ...)` or, in the GUI,
`QCoreApplication.translate("Context", ...)`; `mark("text")` (i18n.mark) marks a text
under the module's `_tr` context, to be translated where it is used.
Run `python -m tests.translations` to list texts missing from a catalogue; add
`--compile` to rebuild the .qm files and `--prune` to drop entries for texts the code no
longer has.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from kerneopgave_desktop import i18n
from kerneopgave_desktop.resources import resource_path

PACKAGE = Path(__file__).resolve().parent.parent / "kerneopgave_desktop"


def _is_translate(func: ast.expr) -> bool:
    """`translate(...)` (Qt-free) or `QCoreApplication.translate(...)` (the GUI)."""
    return (getattr(func, "id", None) == "translate"
            or getattr(func, "attr", None) == "translate")


def _helper_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":  # its context serves mark too
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and _is_translate(call.func)
                        and call.args and isinstance(call.args[0], ast.Constant)):
                    return call.args[0].value
    return None


def texts() -> set[tuple[str, str]]:
    """(context, source) for every marked text in the package."""
    found: set[tuple[str, str]] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helper = _helper_context(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            args = node.args
            if name in ("_tr", "mark") and helper and args and isinstance(args[0], ast.Constant):
                found.add((helper, args[0].value))
            elif (name == "translate" and len(args) >= 2 and isinstance(args[0], ast.Constant)
                  and isinstance(args[1], ast.Constant)):
                found.add((args[0].value, args[1].value))
    return {(context, source) for context, source in found if isinstance(source, str)}


def missing(lang: str) -> list[tuple[str, str]]:
    catalogue = i18n.catalogue(lang)
    wanted = texts()
    if lang == i18n.SOURCE_LANGUAGE:  # only plural forms need a Danish entry
        wanted = {(c, s) for c, s in wanted if "%n" in s}
    return sorted(key for key in wanted if key not in catalogue)


def lrelease() -> Path:
    """Qt's catalogue compiler, shipped inside the PySide6 wheel."""
    import PySide6
    folder = Path(PySide6.__file__).parent
    return next(p for p in (folder / "lrelease", folder / "lrelease.exe") if p.exists())


def compile_catalogue(lang: str, target: Path, name: str = "kerneopgave") -> None:
    source = resource_path("translations", f"{name}_{lang}.ts")
    subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(target)], check=True)


def prune(lang: str) -> list[tuple[str, str]]:
    """Drop the catalogue's entries for texts the code no longer has; what was dropped."""
    import re
    from xml.sax.saxutils import unescape

    path = resource_path("translations", f"kerneopgave_{lang}.ts")
    used, dropped = texts(), []

    def context(match: re.Match[str]) -> str:
        name = unescape(match.group(2))

        def message(found: re.Match[str]) -> str:
            source = unescape(re.search(r"<source>(.*?)</source>", found.group(0), re.S)[1])
            if (name, source) in used:
                return found.group(0)
            dropped.append((name, source))
            return ""
        body = re.sub(r"    <message[ >].*?</message>\n", message, match.group(3), flags=re.S)
        return "" if "<message" not in body else match.group(1) + body + match.group(4)

    text = re.sub(r"(  <context>\n    <name>(.*?)</name>\n)(.*?)(  </context>\n)", context,
                  path.read_text(encoding="utf-8"), flags=re.S)
    path.write_text(text, encoding="utf-8")
    return dropped


if __name__ == "__main__":
    if "--prune" in sys.argv:  # after removing texts from the code: drop their entries
        for lang in i18n.LANGUAGES:
            for context, source in prune(lang):
                print(f"dropped\t{lang}\t{context}\t{source}")
    if "--compile" in sys.argv:  # after editing a .ts: rebuild the shipped .qm files
        for lang in i18n.LANGUAGES:
            compile_catalogue(lang, resource_path("translations", f"kerneopgave_{lang}.qm"))
            if resource_path("translations", f"qt_extra_{lang}.ts").exists():
                compile_catalogue(lang, resource_path("translations", f"qt_extra_{lang}.qm"),
                                  "qt_extra")
    for lang in i18n.LANGUAGES:
        for context, source in missing(lang):
            print(f"{lang}\t{context}\t{source}")
    sys.exit(0)
