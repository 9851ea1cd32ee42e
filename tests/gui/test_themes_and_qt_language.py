"""The system's colour scheme and contrast on first start, the choice remembered; Qt's own
dialogs in Danish (qtbase_da, shipped with PySide6); the palette's name translated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QColorDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)

from kerneopgave_desktop.ui import app as app_module
from kerneopgave_desktop.ui import settings as settings_module
from kerneopgave_desktop.ui import window_theme
from kerneopgave_desktop.ui.palette import Palette


class _Hints:
    def __init__(self, scheme, contrast):
        self.scheme, self.contrast = scheme, contrast

    def colorScheme(self):
        return self.scheme

    def accessibility(self):
        hints = self

        class _Accessibility:
            def contrastPreference(self):
                return hints.contrast
        return _Accessibility()


@pytest.mark.parametrize(("scheme", "contrast", "theme"), [
    (Qt.ColorScheme.Light, Qt.ContrastPreference.NoPreference, "light"),
    (Qt.ColorScheme.Dark, Qt.ContrastPreference.NoPreference, "dark"),
    (Qt.ColorScheme.Unknown, Qt.ContrastPreference.NoPreference, "light"),
    (Qt.ColorScheme.Dark, Qt.ContrastPreference.HighContrast, "contrast")])
def test_the_first_start_follows_the_system_s_scheme_and_contrast(qapp, monkeypatch, scheme,
                                                                   contrast, theme):
    monkeypatch.setattr(window_theme.QGuiApplication, "styleHints",
                        staticmethod(lambda: _Hints(scheme, contrast)))
    assert window_theme.system_theme() == theme


def test_the_theme_follows_the_system_until_one_is_chosen_and_then_is_remembered(
        tmp_path, monkeypatch):
    monkeypatch.setattr(settings_module, "system_theme", lambda: "dark")
    settings = settings_module.Settings.in_file(tmp_path / "s.ini")
    assert settings.theme_choice is None and settings.theme == "dark"
    settings.theme_choice = "contrast"
    again = settings_module.Settings.in_file(tmp_path / "s.ini")
    assert again.theme == "contrast"
    again.theme_choice = None
    assert settings_module.Settings.in_file(tmp_path / "s.ini").theme == "dark"


@pytest.fixture
def danish_qt(qapp, tmp_path_factory):
    # Qt's dialogs keep their state in Qt's own settings file: never in the user's home.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("qt-settings")))
    app_module.install_translators(qapp, "da")
    yield
    for translator in app_module._installed:
        qapp.removeTranslator(translator)
    app_module._installed.clear()


def _texts(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)} | \
        {button.text() for button in widget.findChildren(QPushButton)}


def test_qt_s_own_dialogs_speak_danish(qtbot, danish_qt):
    files = QFileDialog(None, "Gem som")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    assert {"&Kig i:", "Filer af &type:"} <= _texts(files)  # Qt 6 added the &s
    box = QMessageBox(QMessageBox.Icon.Question, "Kerneopgave-tavlen", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert {"&Ja", "&Nej", "Annuller"} <= {b.text() for b in box.buttons()} | \
        {b.text().replace("&", "") for b in box.buttons()}
    colours = QColorDialog()
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    qtbot.addWidget(colours)
    assert any("Farveton" in text for text in _texts(colours))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert "Annuller" in {b.text() for b in buttons.buttons()}


def test_qt_s_print_dialog_speaks_danish(qtbot, danish_qt):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QComboBox, QGroupBox

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Udskriv"
    shown = _texts(dialog) | {box.title() for box in dialog.findChildren(QGroupBox)} | {
        combo.itemText(i) for combo in dialog.findChildren(QComboBox)
        for i in range(combo.count())}
    for english in ("Double Sided Printing", "Long side binding", "Short side binding", "Off",
                    "Page &Set:"):
        assert english not in shown


def test_the_shipped_qt_additions_match_their_source(tmp_path):
    from kerneopgave_desktop.resources import resource_path
    from tests.translations import compile_catalogue

    fresh = tmp_path / "qt_extra_da.qm"
    compile_catalogue("da", fresh, "qt_extra")
    assert resource_path("translations", "qt_extra_da.qm").read_bytes() == fresh.read_bytes(), \
        "run: python -m tests.translations --compile"


def test_the_palette_s_name_is_a_translated_word_not_the_vocabulary_s_code(qtbot):
    palette = Palette()
    qtbot.addWidget(palette)
    assert palette.accessibleName() == "Korttyper"
