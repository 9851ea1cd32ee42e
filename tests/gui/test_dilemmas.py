import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.document import open_document
from kerneopgave_desktop.domain.decks import builtin_deck
from kerneopgave_desktop.domain.model import Dilemma
from kerneopgave_desktop.ui.deck_dialog import DeckDialog
from kerneopgave_desktop.ui.round_dialog import RoundDialog


def drawn(window):
    return [c for c in window.document.workshop.board("b1").cards.values()
            if isinstance(c, Dilemma)]


def test_ctrl_k_draws_a_card_not_yet_on_the_board(window, qtbot):
    window.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    cards = drawn(window)
    assert len(cards) == 3 and len({c.origin for c in cards}) == 3
    builtin = {c.id: c for c in builtin_deck().cards}
    assert all(c.text == builtin[c.origin].text for c in cards)
    rects = [window.current_scene().cards[c.id].mapRectToScene(
        window.current_scene().cards[c.id].rect()) for c in cards]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert window.document.undo_label == "Træk et kort"  # named for what was done


def test_a_round_saves_answers_status_and_decision_which_survive_reopening(window, qtbot):
    first = window.dilemmas.draw()
    second = window.dilemmas.draw()
    dialog = RoundDialog(window.current_scene(), [first, second], window)
    qtbot.addWidget(dialog)
    assert dialog.position.text() == "Dilemma 1 af 2"
    qtbot.keyClicks(dialog.answers["at_stake"], "Barnets tryghed")
    qtbot.keyClicks(dialog.answers["action"], "Vi prøver i en måned")
    dialog.status.setCurrentIndex(dialog.status.findData("settled"))
    qtbot.keyClicks(dialog.decision, "Forældremøder hver anden uge")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.position.text() == "Dilemma 2 af 2"
    assert window.document.undo_label == "Gem svar fra runden"
    qtbot.keyClicks(dialog.answers["core_task"], "Læring for alle")
    dialog.accept()
    path = window.document.store.path
    again = open_document(path, read_only=True)
    again.close()
    a, b = again.workshop.board("b1").cards[first], again.workshop.board("b1").cards[second]
    assert a.answers == (("at_stake", "Barnets tryghed"), ("action", "Vi prøver i en måned"))
    assert a.status == "settled" and a.decision == "Forældremøder hver anden uge"
    assert b.answer("core_task") == "Læring for alle" and b.status == "new"


def test_decks_are_copied_edited_and_saved_in_one_step(window, qtbot):
    dialog = DeckDialog(window.document, window.door, window)
    qtbot.addWidget(dialog)
    assert not dialog.title.isEnabled()  # the built-in deck is read-only
    dialog.copy_selected()
    assert dialog.title.isEnabled() and dialog.table.rowCount() == len(builtin_deck().cards)
    dialog.title.setText("Skolens egne")
    dialog.table.item(0, 0).setText("Lektiecafé eller fritid?")
    dialog.table.removeRow(1)
    dialog.accept()
    decks = window.document.workshop.decks
    assert [d.title for d in decks] == ["Skolens egne"]
    assert decks[0].cards[0].text == "Lektiecafé eller fritid?"
    assert len(decks[0].cards) == len(builtin_deck().cards) - 1
    assert window.document.undo_label == "Rediger kortbunker"
    window.dilemmas.choose_deck(decks[0].id)
    dilemma_id = window.dilemmas.draw()
    origin = window.document.workshop.board("b1").cards[dilemma_id].origin
    assert origin in {c.id for c in decks[0].cards}
    window.document.undo()
    window.document.undo()
    assert window.document.workshop.decks == []
    QApplication.processEvents()


@pytest.mark.slow
def test_the_sector_menu_draws_only_from_that_sector_until_it_is_used_up(window, qtbot):
    from kerneopgave_desktop.domain.decks import in_sector

    menu = window.dilemmas.sectors_menu
    menu.aboutToShow.emit()
    labels = [action.text() for action in menu.actions()]
    assert labels[0] == "Alle sektorer" and "Teknik og miljø" in labels and len(labels) == 10
    assert menu.actions()[0].isChecked()
    next(a for a in menu.actions() if a.text() == "Teknik og miljø").trigger()
    own = {card.id for card in in_sector(builtin_deck(), "technical")}
    window.view.setFocus()
    for _ in range(len(own)):
        qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert {card.origin for card in drawn(window)} == own
    qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert drawn(window)[-1].origin in own
    assert "sektoren »Teknik og miljø« er trukket" in window.statusBar().currentMessage()
    menu.aboutToShow.emit()  # the choice is remembered for the window
    assert next(a for a in menu.actions() if a.isChecked()).text() == "Teknik og miljø"


@pytest.mark.slow
def test_a_drawn_question_shows_as_a_question_on_the_board(window, qtbot):
    window.dilemmas.choose_sector("school")
    for _ in range(len(in_school := [c for c in builtin_deck().cards if c.sector == "school"])):
        window.dilemmas.draw()
    question = next(c for c in drawn(window) if c.origin == "builtin-22")
    assert not (question.pole_a or question.pole_b) and len(drawn(window)) == len(in_school)
    item = window.current_scene().cards[question.id]
    assert item.accessible_name().startswith("Spørgsmål:")
    other = next(c for c in drawn(window) if c.origin == "builtin-21")
    assert window.current_scene().cards[other.id].accessible_name().startswith("Dilemma:")
    assert other.width == 500  # wide enough for its text


def test_a_deck_without_the_sector_says_so_and_draws_nothing(window, qtbot):
    from kerneopgave_desktop.document import AddDeck
    from kerneopgave_desktop.domain.model import Deck, DeckCard

    window.document.apply(AddDeck(Deck(id="own", title="Egne", cards=(
        DeckCard(id="a", text="Lektier eller fritid?"),))))
    window.dilemmas.choose_deck("own")
    window.dilemmas.choose_sector("culture")
    assert window.dilemmas.draw() is None and drawn(window) == []
    assert "ingen kort fra sektoren »Kultur og bibliotek«" in window.statusBar().currentMessage()
    window.dilemmas.choose_sector(None)
    assert window.dilemmas.draw() is not None
