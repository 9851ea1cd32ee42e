"""The workshop's sector: asked when a workshop is created, changed in its details, the
default for "Træk et kort"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from kerneopgave_desktop.document import EditWorkshop
from kerneopgave_desktop.domain.decks import builtin_deck, in_sector
from kerneopgave_desktop.domain.model import Dilemma
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.storage import Store
from kerneopgave_desktop.ui import app as app_module
from kerneopgave_desktop.ui.app import Application
from kerneopgave_desktop.ui.new_workshop_dialog import NewWorkshopDialog
from kerneopgave_desktop.ui.workshop_dialog import WorkshopDialog


def _answer(qtbot, sector_label: str | None) -> list[str]:
    """When the modal dialog shows, choose `sector_label` by keyboard and press OK (None:
    press Cancel); what the dialog asked is kept in the list returned."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewWorkshopDialog):
            QTimer.singleShot(20, answer)
            return
        box = dialog.sector_box
        seen.extend(box.itemText(i) for i in range(box.count()))
        buttons = dialog.findChild(QDialogButtonBox)
        if sector_label is None:
            qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Cancel),
                             Qt.MouseButton.LeftButton)
            return
        box.setFocus()
        while box.currentText() != sector_label:
            qtbot.keyClick(box, Qt.Key.Key_Down)
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def test_a_new_workshop_asks_for_its_sector_and_draws_from_it(qapp, qtbot, tmp_path,
                                                                monkeypatch, settings):
    monkeypatch.setattr(app_module, "workshop_folder", lambda: tmp_path)
    target = tmp_path / "Parkmøde.kerneopgave"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    application = Application(qapp, settings)
    asked = _answer(qtbot, "Teknik og miljø")
    window = application.new_workshop("dilemmaer")
    try:
        assert asked[0] == "Ingen bestemt" and len(asked) == 10
        store, workshop = Store.open(target, read_only=True)
        store.close()
        assert workshop.info.sector == "technical"
        own = {card.id for card in in_sector(builtin_deck(), "technical")}
        for _ in range(3):
            window.dilemmas.draw()
        drawn = [c for c in window.document.workshop.boards[0].cards.values()
                 if isinstance(c, Dilemma) and c.origin]
        assert len(drawn) == 3 and {card.origin for card in drawn} <= own
        menu = window.dilemmas.sectors_menu
        menu.aboutToShow.emit()
        assert next(a for a in menu.actions() if a.isChecked()).text() == "Teknik og miljø"
    finally:
        window.close()


def test_cancel_makes_no_file(qapp, qtbot, tmp_path, monkeypatch, settings):
    asked_for_a_name = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked_for_a_name.append(1) or ("", ""))
    _answer(qtbot, None)
    assert Application(qapp, settings).new_workshop("tom") is None
    assert asked_for_a_name == []


def test_ingen_bestemt_leaves_the_whole_deck_open(qapp, qtbot, tmp_path, monkeypatch,
                                                  settings):
    monkeypatch.setattr(app_module, "workshop_folder", lambda: tmp_path)
    target = tmp_path / "Møde.kerneopgave"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _answer(qtbot, "Ingen bestemt")
    window = Application(qapp, settings).new_workshop("tom")
    try:
        assert window.document.workshop.info.sector is None
        assert window.dilemmas.sector is None
    finally:
        window.close()


def test_the_details_change_the_sector_and_the_draw_follows_until_the_menu_says_otherwise(
        window, qtbot):
    dialog = WorkshopDialog(window.document.workshop.info)
    qtbot.addWidget(dialog)
    assert dialog.sector.sector() is None and dialog.sector.currentText() == "Ingen bestemt"
    dialog.sector.set_sector("culture")
    assert dialog.changes(window.document.workshop.info) == {"sector": "culture"}
    window.door.apply(EditWorkshop(sector="culture"))
    assert window.dilemmas.sector == "culture"
    dilemma = window.dilemmas.draw()
    origin = window.document.workshop.board("b1").cards[dilemma].origin
    assert origin in {card.id for card in in_sector(builtin_deck(), "culture")}
    window.dilemmas.choose_sector(None)  # "Alle sektorer" in the menu wins for this window
    window.door.apply(EditWorkshop(sector="school"))
    assert window.dilemmas.sector is None
    again = WorkshopDialog(window.document.workshop.info)
    qtbot.addWidget(again)
    assert again.sector.currentText() == "Skole"


def test_the_dialog_names_the_template_it_starts_from(qtbot):
    dialog = NewWorkshopDialog(TEMPLATES["perspektiver"])
    qtbot.addWidget(dialog)
    assert dialog.sector() is None
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels[:2] == ["Tre perspektiver", TEMPLATES["perspektiver"].purpose()]
    tips = [dialog.sector_box.itemData(i, Qt.ItemDataRole.ToolTipRole)
            for i in range(dialog.sector_box.count())]
    assert all(tips) and "Parker, veje" in tips[6]
