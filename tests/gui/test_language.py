"""Danish by default, English complete, through Qt's translation system."""

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QLabel,
    QListWidget,
    QMenu,
)

from kerneopgave_desktop import i18n
from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.resources import resource_path
from kerneopgave_desktop.ui.app import Application, install_translators
from kerneopgave_desktop.ui.main_window import MainWindow
from tests.translations import compile_catalogue


@pytest.fixture
def language(qapp):
    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "da")


def window_texts(window) -> set[str]:
    """Every piece of interface text a person can see or reach in the window."""
    texts = {window.windowTitle()}

    def menu_texts(menu: QMenu):
        texts.add(menu.title())
        for action in menu.actions():
            texts.add(action.text())
            if action.menu():
                menu.aboutToShow.emit()
                menu_texts(action.menu())
    for action in window.menuBar().actions():
        menu_texts(action.menu())
    for widget in window.findChildren(QLabel):
        texts.add(widget.text())
    for widget in window.findChildren(QAbstractButton):
        texts.add(widget.text())
    for widget in window.findChildren(QComboBox):
        texts.update(widget.itemText(i) for i in range(widget.count()))
    for widget in window.findChildren(QListWidget):
        texts.update(widget.item(i).text() for i in range(widget.count()))
    for widget in window.findChildren(QDockWidget):
        texts.add(widget.windowTitle())
    texts.update(t.replace("&", "") for t in list(texts))
    return {t for t in texts if t}


def catalogue_pairs() -> dict[str, str]:
    """English translation -> Danish source, where they differ."""
    return {forms[0].replace("&", ""): source.replace("&", "")
            for (_, source), forms in i18n.catalogue("en").items()
            if forms[0] != source and "{" not in source and "%n" not in source}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_shipped_qm_matches_its_ts(lang, tmp_path):
    fresh = tmp_path / f"kerneopgave_{lang}.qm"
    compile_catalogue(lang, fresh)
    shipped = resource_path("translations", f"kerneopgave_{lang}.qm")
    assert shipped.read_bytes() == fresh.read_bytes(), \
        "run: python -m tests.translations --compile"


def test_no_english_is_left_in_the_danish_ui(qtbot, tmp_path, language):
    language("da")
    window = MainWindow(create_document(tmp_path / "w.kerneopgave", demo_workshop()))
    qtbot.addWidget(window)
    english = catalogue_pairs()
    leftovers = sorted(t for t in window_texts(window) if t in english and english[t] != t)
    assert leftovers == []
    assert "Fortryd" in window_texts(window)


def test_no_danish_is_left_untranslated_in_the_english_ui(qtbot, tmp_path, language):
    language("en")
    window = MainWindow(create_document(tmp_path / "w.kerneopgave", demo_workshop()))
    qtbot.addWidget(window)
    danish = set(catalogue_pairs().values())
    untranslated = sorted(t for t in window_texts(window) if t in danish)
    assert untranslated == []
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Board", "&Dilemmas", "&Meeting", "&Help"]
    assert window.palette.item(1).text() == "Profession's contribution"
    assert window.inspector.hint.text().startswith("Select a card")


def test_qt_s_own_dialog_buttons_are_danish(qtbot, language):
    from PySide6.QtWidgets import QDialogButtonBox
    language("da")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuller"


@pytest.mark.slow
def test_switching_language_rebuilds_the_window_around_the_same_document(qapp, qtbot, tmp_path,
                                                                          language, settings):
    language("da")
    application = Application(qapp, settings)
    document = create_document(tmp_path / "w.kerneopgave", demo_workshop())
    first = application.show_window(application.new_window(document))
    first.language_requested.emit("en")
    (second,) = application.windows
    qtbot.addWidget(second)
    assert second is not first and second.document is document and not first.isVisible()
    assert second.menuBar().actions()[0].text() == "&File"
    assert settings.language == "en"
    assert document.store is not None and document.workshop.boards  # still open
    second.close()
