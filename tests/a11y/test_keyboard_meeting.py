"""A whole meeting by keyboard alone: key events only, to whatever has the keyboard; no
mouse, and no method of a widget called to act (widgets are only read, to see where the
keyboard is). The file dialogs are the platform's own (native on Windows), so they are
answered by monkeypatching QFileDialog's static functions; every other dialog and menu is
answered with keys.

From the start page a new workshop from a template; a card of each kind, written in the
outline; links between them chosen from a list; fields set in the inspector; votes; a
dilemma drawn from the deck and a dilemma round over the dilemmas; a snapshot; presenting
and stepping through the slides; the PDF report exported. Then the file holds all of it.
"""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QPushButton

from kerneopgave_desktop.domain.model import Dilemma
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS
from kerneopgave_desktop.storage import Store
from kerneopgave_desktop.ui import app as app_module
from kerneopgave_desktop.ui.app import Application
from tests.a11y.keys import Mod, TabTo, press, tab_to, then, type_text

K = Qt.Key


@pytest.fixture
def application(qapp, tmp_path, monkeypatch, settings):
    monkeypatch.setattr(app_module, "workshop_folder", lambda: tmp_path)
    application = Application(qapp, settings)
    yield application
    for window in application.windows:
        window.close()
    if application.start is not None:
        application.start.close()


def current_row(window) -> str:
    return window.outline.view.currentIndex().data() or ""


def to_row(window, starts: str) -> None:
    """Arrow down the outline from the top to the row that starts so."""
    press(K.Key_Home)
    for _ in range(80):
        if current_row(window).startswith(starts):
            return
        press(K.Key_Down)
    raise AssertionError(f"no row {starts!r} in the outline")


def down_to(starts: str) -> None:
    """Arrow down the open menu to the entry that starts so."""
    for _ in range(30):
        active = QApplication.activePopupWidget().activeAction()
        if active is not None and active.text().startswith(starts):
            return
        press(K.Key_Down)
    raise AssertionError(f"no entry {starts!r} in the menu")


def button(text: str):
    return lambda widget: isinstance(widget, QPushButton) and widget.text() == text


@pytest.mark.slow
def test_a_whole_meeting_by_keyboard_alone(application, qtbot, tmp_path, monkeypatch):
    target, report = tmp_path / "Personalemøde.kerneopgave", tmp_path / "Personalemøde.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, kinds: (
        str(report if kinds.startswith("PDF") else target), ""))

    # A new workshop from a template: the start page's gallery, the levels ladder, Enter.
    application.show_start()
    page = application.start
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    tab_to(lambda widget: widget is page.templates, "the templates")
    press(K.Key_Home)
    press(K.Key_Right)  # the second tile: the core task on every level
    assert page.templates.currentItem().data(Qt.ItemDataRole.UserRole) == "niveauer"
    then([K.Key_Down, K.Key_Return])  # the new-workshop dialog: the first sector, OK
    press(K.Key_Return)
    qtbot.waitUntil(lambda: len(application.windows) == 1)
    window = application.windows[0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.document.workshop.info.sector == "school"
    board = window.document.workshop.boards[0]

    # A card of each kind, in the first zone, written in place in the outline.
    press(K.Key_F6)
    qtbot.waitUntil(window.outline.view.hasFocus)
    texts = {}
    for number, term in enumerate(CARD_KINDS.terms):
        to_row(window, "Felt: Kommune")
        then([K.Key_Home, *[K.Key_Down] * number, K.Key_Return])
        press(K.Key_Insert)
        qtbot.waitUntil(lambda: window.outline.view.state() ==
                        window.outline.view.State.EditingState
                        and window.outline.view.isAncestorOf(QApplication.focusWidget()))
        texts[term.code] = f"Vores {term.label().lower()} nr. {number + 1}"
        type_text(texts[term.code])
        press(K.Key_Return)
    mine = {card.kind: card for card in board.cards.values() if card.text in texts.values()}
    assert sorted(mine) == sorted(texts)

    # Links: the contribution to the core task, the dilemma to it as a tension.
    to_row(window, f"Faggruppens bidrag: {texts['contribution']}")
    then([f"Kerneopgave: {texts['core_task']}", K.Key_Return])
    press(K.Key_B, Mod.ControlModifier)
    to_row(window, f"Dilemma: {texts['dilemma']}")
    then([f"Kerneopgave: {texts['core_task']}",
          TabTo(lambda widget: isinstance(widget, QComboBox), "the kind of link"),
          "Sp", K.Key_Return])
    press(K.Key_B, Mod.ControlModifier)
    links = {(link.source, link.target, link.kind) for link in board.links.values()}
    core, dilemma = mine["core_task"].id, mine["dilemma"].id
    assert (mine["contribution"].id, core, "plain") in links
    assert (dilemma, core, "tension") in links

    # Fields in the inspector: the core task's level, the dilemma's first pole.
    to_row(window, f"Kerneopgave: {texts['core_task']}")
    press(K.Key_Return, Mod.AltModifier)
    page = window.inspector.card_page
    tab_to(lambda widget: widget is page.widget("level"), "the level")
    press(K.Key_Down, times=2)  # Kommune, then Forvaltning/center
    press(K.Key_F6)
    to_row(window, f"Dilemma: {texts['dilemma']}")
    press(K.Key_Return, Mod.AltModifier)
    tab_to(lambda widget: widget is page.widget("pole_a"), "pole A")
    type_text("Tid til hver enkelt")
    press(K.Key_F6)
    assert window.outline.view.hasFocus()

    # Votes on the core task.
    to_row(window, f"Kerneopgave: {texts['core_task']}")
    press(K.Key_Plus, times=3)

    # A dilemma drawn from the deck, then a round over the dilemmas of the board.
    press(K.Key_K, Mod.ControlModifier)
    drawn = [card for card in board.cards.values() if isinstance(card, Dilemma) and card.origin]
    assert len(drawn) == 1
    dilemmas = [card.id for card in board.cards.values() if isinstance(card, Dilemma)]
    to_row(window, board.title)  # the board's row: the round takes every dilemma on it
    steps = []
    for number in range(len(dilemmas)):
        steps += [f"Svar {number + 1}",
                  TabTo(button("Næste" if number < len(dilemmas) - 1 else "Færdig"), "on"),
                  K.Key_Space]
    then(steps)
    press(K.Key_R, Mod.ControlModifier)

    # A snapshot of the whole workshop.
    then(["Efter mødet", K.Key_Return])
    press(K.Key_B, Mod.ControlModifier | Mod.ShiftModifier)

    # Presenting, and stepping through the slides.
    press(K.Key_F5)
    wall = window.meeting.presentation
    qtbot.waitUntil(lambda: wall is not None and wall.isVisible())
    wall.view.animation_ms = 0
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wall)
    steps_taken = []
    for key in (K.Key_PageDown, K.Key_PageDown, K.Key_PageUp):
        press(key)
        steps_taken.append(window.meeting.slide)
    assert steps_taken == [1, 2, 1]
    press(K.Key_Escape)
    qtbot.waitUntil(lambda: window.meeting.presentation is None)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # The PDF report: Fil › Eksportér › PDF-rapport, the paper, and the file (patched).
    press(K.Key_F, Mod.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    down_to("Eksportér")
    press(K.Key_Right)
    down_to("PDF-rapport")
    then([K.Key_Return])  # the paper: as last time (A4)
    press(K.Key_Return)
    qtbot.waitUntil(report.exists)

    # All of it is in the file, and in the report.
    store, saved = Store.open(target, read_only=True)
    store.close()
    board = saved.boards[0]
    kept = {card.kind: card for card in board.cards.values() if card.text in texts.values()}
    assert sorted(kept) == sorted(texts)
    assert kept["core_task"].level == "department" and kept["core_task"].votes == 3
    assert kept["dilemma"].pole_a == "Tid til hver enkelt"
    assert {(link.source, link.target, link.kind) for link in board.links.values()} >= {
        (kept["contribution"].id, kept["core_task"].id, "plain"),
        (kept["dilemma"].id, kept["core_task"].id, "tension")}
    answers = {card.id: card.answer("at_stake") for card in board.cards.values()
               if isinstance(card, Dilemma)}
    assert sorted(answers.values()) == sorted(f"Svar {n + 1}" for n in range(len(dilemmas)))
    assert [snapshot.name for snapshot in saved.snapshots] == ["Efter mødet"]
    from pypdf import PdfReader

    words = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(
        report.read_bytes())).pages)
    assert texts["core_task"] in " ".join(words.split())
