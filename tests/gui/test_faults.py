"""Storage faults in the window: one Danish message, "Gem en kopi…", nothing lost."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kerneopgave_desktop.document import AddItems, TakeSnapshot, create_document
from kerneopgave_desktop.domain.model import Contribution, Note, Workshop
from kerneopgave_desktop.domain.snapshots import take
from kerneopgave_desktop.storage import Store
from kerneopgave_desktop.ui.main_window import MainWindow
from tests.factories import sample_board, sample_workshop
from tests.reliability.test_faults import BIG, fill_the_disk


def test_the_app_says_so_in_danish_and_offers_a_copy(qtbot, tmp_path, monkeypatch):
    window = MainWindow(create_document(tmp_path / "fuld.kerneopgave", sample_workshop()))
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(
        (box.text(), [b.text() for b in box.buttons()])))
    fill_the_disk(window.document)
    window.current_scene().apply(AddItems("b1", [Note(id="stor", text=BIG)]))
    text, buttons = shown[-1]
    assert "Kunne ikke gemme" in text and "Arbejdet er ikke gået tabt" in text
    assert "Gem en kopi…" in buttons
    assert "ikke gemt" in window.windowTitle()
    assert "stor" in window.current_scene().cards
    copy = tmp_path / "kopi.kerneopgave"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.save_as()
    assert window.document.unsaved is None and "kopi.kerneopgave" in window.windowTitle()
    window.close()  # saved: closes without asking
    assert not window.isVisible()
    store, workshop = Store.open(copy, read_only=True)
    store.close()
    assert workshop.board("b1").cards["stor"].text == BIG


def test_closing_with_work_only_in_memory_asks_first(qtbot, tmp_path, monkeypatch):
    window = MainWindow(create_document(tmp_path / "fuld.kerneopgave", sample_workshop()))
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(QMessageBox, "open", lambda box: None)
    fill_the_disk(window.document)
    window.current_scene().apply(AddItems("b1", [Note(id="stor", text=BIG)]))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()


# -- every group of edits started from the window meets a storage fault the same way ---------

@pytest.fixture
def faulty(window, monkeypatch):
    """The window whose file stops taking changes; what the window shows is recorded."""
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(
        (box.text(), [b.text() for b in box.buttons()])))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    window.shown = shown
    window.document.apply(TakeSnapshot(take(window.document.workshop, "Før")))
    window.document.store.db.execute("PRAGMA query_only = ON")  # every write now fails
    return window


def said_so_once(window) -> None:
    """One Danish message that the work is kept, offering a copy; the title says so too."""
    ((text, buttons),) = window.shown
    assert "Kunne ikke gemme" in text and "Arbejdet er ikke gået tabt" in text
    assert "Gem en kopi…" in buttons
    assert "ikke gemt" in window.windowTitle()


def test_restoring_a_snapshot(faulty):
    faulty.snapshots.list.setCurrentRow(0)
    faulty.snapshots.restore()
    said_so_once(faulty)
    assert len(faulty.document.workshop.boards) == 2 and faulty.tabs.count() == 2


def test_importing_boards(faulty, tmp_path, monkeypatch):
    from kerneopgave_desktop.interchange import json as json_format
    source = tmp_path / "andet.json"
    other = Workshop(boards=[sample_board("x1"), sample_board("x2")])
    source.write_text(json_format.dumps(other), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    faulty.files.import_file()
    said_so_once(faulty)
    assert faulty.tabs.count() == 3


@pytest.mark.slow
def test_editing_decks(faulty, qtbot):
    from kerneopgave_desktop.ui.deck_dialog import DeckDialog
    dialog = DeckDialog(faulty.document, faulty.door, faulty)
    qtbot.addWidget(dialog)
    dialog.copy_selected()
    dialog.accept()
    said_so_once(faulty)
    assert len(faulty.document.workshop.decks) == 1


def test_parking_cards(faulty):
    scene = faulty.current_scene()
    scene.cards["c0"].setSelected(True)
    faulty.meeting.park()
    said_so_once(faulty)
    assert any(zone.kind == "parking" for zone in scene.board.zones.values())


def test_adding_a_profession(faulty, qtbot):
    faulty.document.store.db.execute("PRAGMA query_only = OFF")
    faulty.document.apply(AddItems("b1", [Contribution(id="k", x=0, y=900)]))
    faulty.document.store.db.execute("PRAGMA query_only = ON")
    faulty.current_scene().cards["k"].setSelected(True)
    combo = faulty.inspector.card_page.widget("profession")
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "Skolebibliotekar")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    said_so_once(faulty)
    assert faulty.document.workshop.info.professions == ("Skolebibliotekar",)


def test_adding_a_board_from_a_template(faulty):
    faulty.boards.templates_menu.aboutToShow.emit()
    chosen = next(a for a in faulty.boards.templates_menu.actions() if a.text() == "Dilemmaer")
    chosen.trigger()
    said_so_once(faulty)
    assert faulty.document.workshop.boards[-1].template == "dilemmaer"
    assert faulty.tabs.currentIndex() == 1
