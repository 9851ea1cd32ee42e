"""Find every translatable text in the code, to check the catalogues are complete.

A module marks texts with `translate("Context", "text")` or with a module-level
`_tr("text")` whose body calls `translate("Context", ...)`. Run
`python -m tests.translations` to list texts missing from a catalogue.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from kerneopgave_desktop import i18n

PACKAGE = Path(__file__).resolve().parent.parent / "kerneopgave_desktop"


def _helper_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":  # its context serves _mark too
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "translate"
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
            if name in ("_tr", "_mark") and helper and args and isinstance(args[0], ast.Constant):
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


if __name__ == "__main__":
    for lang in i18n.LANGUAGES:
        for context, source in missing(lang):
            print(f"{lang}\t{context}\t{source}")
    sys.exit(0)
