"""Every window and dialog, as a screen reader is given it: nothing a person can act on or
move the focus to is without a name, and the names are in the program's language."""

from __future__ import annotations

import pytest

from kerneopgave_desktop import i18n
from kerneopgave_desktop.ui import app as app_module
from kerneopgave_desktop.ui.app import install_translators
from tests.a11y.tree import unnamed, walk
from tests.a11y.windows import SCENES, visit

ENGLISH_ONLY = {"Close", "Float", "Scroll Left", "Scroll Right", "Cancel", "Apply", "Save"}
"""Qt's own words, which must come translated (qtbase_da); "OK" is Danish too."""


@pytest.fixture
def danish_qt(qapp):
    """Qt's and our catalogues, as the program installs them."""
    install_translators(qapp, "da")
    yield
    for translator in app_module._installed:  # as the other tests expect: no Qt catalogue
        qapp.removeTranslator(translator)
    app_module._installed.clear()
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.mark.slow
def test_no_interactive_element_in_any_window_or_dialog_lacks_a_name(danish_qt, demo):
    found: dict[str, list[str]] = {}
    english: dict[str, set[str]] = {}
    opened: set[type] = set()
    mislabelled: list[str] = []

    def inspect(name: str, widget) -> None:
        opened.add(type(widget))
        mislabelled.extend(f"{name}: {wrong}" for wrong in label_not_in_name(widget))
        missing = [f"{node.role.name} ({node.owner}) at {node.path}" for node in unnamed(widget)]
        if missing:
            found[name] = missing
        words = {node.name for node in walk(widget)} & ENGLISH_ONLY
        if words:
            english[name] = words

    visited = visit(demo, inspect)
    assert visited == [scene.name for scene in SCENES]
    assert found == {}
    assert english == {}
    assert mislabelled == []
    assert set(our_dialogs()) <= opened  # a new dialog must join the list in windows.py


def label_not_in_name(root) -> list[str]:
    """Buttons whose spoken name does not hold the words they show (WCAG 2.5.3, EN 301 549
    11.2.5.3): a person who says what they see, to speech input, must hit the button."""
    from PySide6.QtWidgets import QAbstractButton

    wrong = []
    for button in [root, *root.findChildren(QAbstractButton)]:
        if not isinstance(button, QAbstractButton) or not button.isVisible():
            continue
        shown = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        spoken = button.accessibleName().strip()
        if shown and spoken and shown.casefold() not in spoken.casefold():
            wrong.append(f"{shown!r} is said as {spoken!r}")
    return wrong


def our_dialogs() -> list[type]:
    """Every dialog class the program defines."""
    import importlib
    import pkgutil

    from PySide6.QtWidgets import QDialog

    import kerneopgave_desktop.ui as ui

    for module in pkgutil.iter_modules(ui.__path__):
        importlib.import_module(f"kerneopgave_desktop.ui.{module.name}")
    found, todo = [], list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if cls.__module__.startswith("kerneopgave_desktop."):
            found.append(cls)
    return found
