"""Dilemmas feel like cards (issue 17): a round's status on the card, its answers in the
inspector, the round's questions in meeting-sized type, a drawn card shown and put in "Ny"."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kerneopgave_desktop.document import EditCard, create_document
from kerneopgave_desktop.domain.model import Dilemma, Workshop
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.ui.main_window import MainWindow
from kerneopgave_desktop.ui.round_dialog import QUESTION_PIXELS, RoundDialog
from tests.gui.helpers import shown_window


def _dilemma_window(qtbot, tmp_path, settings) -> MainWindow:
    board = TEMPLATES["dilemmaer"].board()
    document = create_document(tmp_path / "d.kerneopgave", Workshop(boards=[board]))
    return shown_window(qtbot, document, settings)


def test_an_answered_dilemma_shows_its_status_on_the_card_and_its_answers_in_the_inspector(
        qtbot, tmp_path, settings):
    window = _dilemma_window(qtbot, tmp_path, settings)
    scene = window.current_scene()
    dilemma = next(card for card in scene.board.cards.values() if isinstance(card, Dilemma))
    item = scene.cards[dilemma.id]
    assert item.detail.status == ""  # not talked over yet: no mark
    scene.apply(EditCard(scene.board_id, dilemma.id, status="discussed",
                         answers=(("at_stake", "Trygheden i klassen"), ("action", "Vi prøver"))))
    detail = item.detail
    assert detail.status == "DRØFTET" and detail.label_rect.right() < detail.status_rect.left()
    item.setSelected(True)
    page = window.inspector.card_page
    assert page.answers.isVisibleTo(page)
    text = page.answers.text()
    assert "Hvad står på spil for borgeren og for fællesskabet?\nTrygheden i klassen" in text
    assert "Hvad gør vi?\nVi prøver" in text
    scene.clearSelection()
    window.document.undo()
    item.setSelected(True)
    assert item.detail.status == "" and not page.answers.isVisibleTo(page)


def test_the_round_s_questions_are_in_meeting_sized_type(qtbot, tmp_path, settings):
    window = _dilemma_window(qtbot, tmp_path, settings)
    scene = window.current_scene()
    ids = [card.id for card in scene.board.cards.values() if isinstance(card, Dilemma)]
    dialog = RoundDialog(scene, ids, window)
    qtbot.addWidget(dialog)
    questions = [label for label in dialog.findChildren(QLabel) if label.text().endswith("?")]
    assert len(questions) == 5
    assert all(label.font().pixelSize() >= QUESTION_PIXELS >= 22 for label in questions)
    assert dialog.text.font().pixelSize() > QUESTION_PIXELS
    dialog.reject()


@pytest.mark.slow
def test_a_drawn_card_is_shown_for_a_moment_and_placed_in_the_new_column(qtbot, tmp_path,
                                                                        settings):
    window = _dilemma_window(qtbot, tmp_path, settings)
    scene = window.current_scene()
    new = next(zone for zone in scene.board.zones.values() if zone.title == "Ny")
    window.dilemmas.preview_ms = 300
    first = window.dilemmas.draw()
    card, new = scene.board.cards[first], scene.board.zones[new.id]  # it may have grown
    assert new.contains(card) and new.x <= card.x and card.x + card.width <= new.x + new.width
    assert card.y + card.height <= new.y + new.height
    assert window.document.undo_label == "Træk et kort"  # one step, growing column and all
    preview = window.dilemmas.preview
    assert preview is not None and preview.isVisible()
    assert any(card.text == label.text() for label in preview.findChildren(QLabel))
    assert window.view.viewport().geometry().contains(preview.geometry())
    qtbot.waitUntil(lambda: window.dilemmas.preview is None, timeout=3000)
    second = window.dilemmas.draw()  # the next one goes beside it, still in "Ny"
    placed, new = scene.board.cards[second], scene.board.zones[new.id]
    assert new.contains(placed)
    assert not (placed.x < card.x + card.width and card.x < placed.x + placed.width
                and placed.y < card.y + card.height and card.y < placed.y + placed.height)
    QApplication.processEvents()


def test_without_a_new_column_a_drawn_card_goes_where_the_view_looks(window, qtbot):
    window.dilemmas.preview_ms = 0
    card_id = window.dilemmas.draw()
    card = window.current_scene().board.cards[card_id]
    assert isinstance(card, Dilemma) and window.dilemmas.preview is None
    assert dataclasses.replace(card).id == card_id
