"""Storage faults in the window: one Danish message, "Gem en kopi…", nothing lost."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from kerneopgave_desktop.document import AddItems, create_document
from kerneopgave_desktop.domain.model import Note
from kerneopgave_desktop.storage import Store
from kerneopgave_desktop.ui.main_window import MainWindow
from tests.factories import sample_workshop
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
