"""The personal-data guard in the window: a gentle mark on the card and a line in the
inspector, and an export that masks it when asked."""

from __future__ import annotations

import json

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QFileDialog

from kerneopgave_desktop.document import AddItems, EditCard
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Note


def _paint(item) -> QImage:
    """The card item as it paints itself, on a transparent image with room for its marks."""
    bounds = item.boundingRect()
    image = QImage(int(bounds.width()), int(bounds.height()), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-bounds.left(), -bounds.top())
    item.paint(painter, None, None)
    painter.end()
    return image


def _corner(item):
    """The colour just outside the card's lower left corner, where the mark sits."""
    bounds = item.boundingRect()
    return _paint(item).pixelColor(int(-bounds.left()) - 8,
                                   int(item.card.height - bounds.top()) + 3)


def test_a_card_that_looks_like_it_holds_personal_data_is_marked_gently(window):
    window.document.apply(AddItems("b1", [Note(id="p", text="Ring til fru Jensen på 23456789",
                                               x=0, y=300)]))
    item = window.current_scene().cards["p"]
    assert item.personal == "Ligner en personoplysning (et telefonnummer)"
    assert item.accessible_name().endswith("– Ligner en personoplysning (et telefonnummer)")
    assert not item.warning and item.toolTip() == item.personal  # a hint, not a warning
    assert _corner(item).name() == look.PERSONAL_COLOUR
    scene = window.current_scene()
    scene.clearSelection()
    item.setSelected(True)
    page = window.inspector.card_page
    assert page.personal.isVisibleTo(page)
    assert page.personal.text() == ("Ligner en personoplysning (et telefonnummer). Kort "
                                    "handler om arbejdet, ikke om navngivne borgere.")
    assert "c62828" not in page.personal.styleSheet()  # not the warning's red
    window.door.apply(EditCard("b1", "p", text="Ring til fru Jensen"))
    assert item.personal == item.toolTip() == "" and not page.personal.isVisibleTo(page)
    assert _corner(item).alpha() == 0  # nothing there without the mark


def test_the_export_menu_masks_personal_data_when_asked(window, tmp_path, monkeypatch):
    window.document.apply(AddItems("b1", [Note(id="p", text="Mail til ali@skolen.dk",
                                               x=0, y=300)]))
    target = tmp_path / "ud.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu = window.files.export_menu
    assert menu.actions()[0] is window.files.mask_action and menu.actions()[1].isSeparator()
    window.files.export_json()
    assert "ali@skolen.dk" in target.read_text(encoding="utf-8")
    window.files.mask_action.trigger()
    assert window.statusBar().currentMessage() == (
        "Eksporterne skjuler nu det, der ligner personoplysninger.")
    window.files.export_json()
    text = target.read_text(encoding="utf-8")
    assert "ali@skolen.dk" not in text and "Mail til" in text
    assert json.loads(text)["boards"][0]["cards"][-1]["text"] == "Mail til •••@••••••.••"
    target = tmp_path / "ud.md"
    window.files.export_markdown()
    assert "ali@skolen.dk" not in target.read_text(encoding="utf-8")
    assert "ali@skolen.dk" in window.document.workshop.board("b1").cards["p"].text  # the file
    window.files.mask_action.trigger()
    target = tmp_path / "ud.csv"
    window.files.export_csv()
    assert "ali@skolen.dk" in target.read_text(encoding="utf-8-sig")
