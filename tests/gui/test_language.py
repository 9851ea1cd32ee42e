from PySide6.QtCore import QCoreApplication

from kerneopgave_desktop import i18n
from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain.model import Board, Workshop
from kerneopgave_desktop.ui.app import CatalogueTranslator
from kerneopgave_desktop.ui.main_window import MainWindow


def test_qt_translate_answers_from_our_catalogue(qapp):
    translator = CatalogueTranslator()
    qapp.installTranslator(translator)
    try:
        i18n.set_language("en")
        assert QCoreApplication.translate("MainWindow", "Vis hele tavlen") == "Show the whole board"
        i18n.set_language("da")
        assert QCoreApplication.translate("MainWindow", "Vis hele tavlen") == "Vis hele tavlen"
    finally:
        qapp.removeTranslator(translator)


def test_the_window_speaks_english_when_asked(qtbot, tmp_path):
    i18n.set_language("en")
    document = create_document(tmp_path / "w.kerneopgave", Workshop(boards=[Board(id="b")]))
    window = MainWindow(document)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Board", "&Dilemmas", "&Help"]
    assert window.palette.item(1).text() == "Profession's contribution"
