"""Moving many cards at once, with real events: a drag or a held arrow key lifts them off
the board, shows them moved as one and writes one step when it ends (canvas.lift)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.canvas import commands
from kerneopgave_desktop.canvas.style import GRID
from kerneopgave_desktop.document import EditCard, create_document
from kerneopgave_desktop.domain.model import Board, Link, Note, Workshop
from tests.gui.helpers import at, count_commits, saved, shown_window

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
COLUMNS, ROWS = 12, 10


def grid_of_cards() -> Workshop:
    """120 cards in rows with a link to the right neighbour, and one card apart ("out")
    linked to the first: its link has one end among the cards moved."""
    board = Board(id="b1", title="Mange")
    for row in range(ROWS):
        for column in range(COLUMNS):
            card_id = f"c{row}-{column}"
            board.cards[card_id] = Note(id=card_id, text=card_id, x=column * 260.0,
                                        y=row * 180.0 + 7)  # off the grid: kept so
            if column:
                board.links[f"l{row}-{column}"] = Link(
                    id=f"l{row}-{column}", source=f"c{row}-{column - 1}", target=card_id)
    board.cards["out"] = Note(id="out", text="Udenfor", x=-1000, y=-1000)
    board.links["lo"] = Link(id="lo", source="out", target="c0-0")
    return Workshop(boards=[board])


def many_window(qtbot, tmp_path, settings):
    document = create_document(tmp_path / "mange.kerneopgave", grid_of_cards())
    window = shown_window(qtbot, document, settings)
    window.view.fit_all()
    QApplication.processEvents()
    return window


@pytest.fixture
def many(qtbot, tmp_path, settings):
    return many_window(qtbot, tmp_path, settings)


@pytest.fixture
def many_resting_soon(qtbot, tmp_path, settings, monkeypatch):
    """`many`, with nudges written 30 ms after the last instead of 1 s: the wait is the
    product's, and what is checked (written with no key release) does not depend on it."""
    monkeypatch.setattr(commands, "NUDGE_REST_MS", 30)
    return many_window(qtbot, tmp_path, settings)


def select_all_but_out(window) -> None:
    scene = window.current_scene()
    scene.select_all()
    scene.cards["out"].setSelected(False)


def positions(window) -> dict[str, tuple[float, float]]:
    return {card.id: (card.x, card.y) for card in window.document.workshop.board("b1")
            .cards.values()}


def test_a_drag_of_many_cards_is_one_step_with_their_places_kept(many, monkeypatch):
    scene = many.current_scene()
    select_all_but_out(many)
    before = positions(many)
    commits = count_commits(many, monkeypatch)
    viewport = many.view.viewport()
    outer = scene.links["lo"]
    start = at(many, QPointF(130, 80))  # on c0-0
    QTest.mousePress(viewport, LEFT, NONE, start)
    for step in range(1, 7):
        QTest.mouseMove(viewport, start + QPoint(12 * step, 9 * step))
    shown = scene.shown_pos(scene.cards["c0-0"])
    assert shown.x() > 0 and shown.x() % GRID == 0 and shown.y() % GRID == 0  # snapped
    assert positions(many) == before and commits == []  # shown, not yet written
    card = scene.cards["c0-0"]
    shown_card = card.sceneBoundingRect().translated(shown - card.pos())
    assert outer.sceneBoundingRect().intersects(shown_card)  # it follows the card shown
    QTest.mouseRelease(viewport, LEFT, NONE, start + QPoint(72, 54))
    assert len(commits) == 1 and many.document.undo_label == "Flyt 120 kort"
    dx, dy = (positions(many)["c0-0"][0] - before["c0-0"][0],
              positions(many)["c0-0"][1] - before["c0-0"][1])
    assert (dx, dy) != (0, 0)
    for card_id, (x, y) in before.items():  # the one pressed snapped; the rest kept by it
        expected = (x, y) if card_id == "out" else (x + dx, y + dy)
        assert positions(many)[card_id] == expected
        assert scene.cards[card_id].pos() == QPointF(*expected)
    drawn_by_overview = bool(scene.cards["c5-5"].flags()
                             & scene.cards["c5-5"].GraphicsItemFlag.ItemHasNoContents)
    assert scene.lifted is None and not scene.overview_item.away
    assert drawn_by_overview == scene.overview  # zoomed out, else painting itself again
    line = scene.links["l3-4"].mapToScene(scene.links["l3-4"].boundingRect()).boundingRect()
    assert line.intersects(scene.cards["c3-4"].sceneBoundingRect())
    assert saved(many).board("b1") == many.document.workshop.board("b1")
    many.door.undo()
    assert positions(many) == before
    assert all(scene.cards[i].pos() == QPointF(*before[i]) for i in before)


def test_escape_puts_many_dragged_cards_back_and_writes_nothing(many, qtbot, monkeypatch):
    scene = many.current_scene()
    select_all_but_out(many)
    before = positions(many)
    commits = count_commits(many, monkeypatch)
    viewport = many.view.viewport()
    many.view.setFocus()
    start = at(many, QPointF(130, 80))
    QTest.mousePress(viewport, LEFT, NONE, start)
    for step in range(1, 5):
        QTest.mouseMove(viewport, start + QPoint(15 * step, 0))
    assert scene.lifted is not None
    qtbot.keyClick(many.view, Qt.Key.Key_Escape)
    QTest.mouseMove(viewport, start + QPoint(90, 0))
    QTest.mouseRelease(viewport, LEFT, NONE, start + QPoint(90, 0))
    assert scene.lifted is None and commits == [] and not many.document.can_undo
    assert positions(many) == before
    assert all(scene.shown_pos(scene.cards[i]) == QPointF(*before[i]) for i in before)
    assert scene.links["lo"].sceneBoundingRect().intersects(
        scene.cards["c0-0"].sceneBoundingRect())


def test_a_held_arrow_key_is_written_once_when_it_is_let_go(many, monkeypatch):
    scene = many.current_scene()
    view = many.view
    select_all_but_out(many)
    view.setFocus()
    before = positions(many)
    commits = count_commits(many, monkeypatch)
    for _ in range(5):  # a held key repeats its press
        QTest.keyPress(view, Qt.Key.Key_Right)
    assert commits == [] and positions(many) == before
    assert scene.shown_pos(scene.cards["c2-2"]) == QPointF(2 * 260 + 5 * GRID, 2 * 180 + 7)
    QTest.keyRelease(view, Qt.Key.Key_Right)
    assert len(commits) == 1 and scene.lifted is None
    assert all(positions(many)[i] == ((x + 5 * GRID, y) if i != "out" else (x, y))
               for i, (x, y) in before.items())
    assert saved(many).board("b1") == many.document.workshop.board("b1")
    many.door.undo()
    assert positions(many) == before


@pytest.mark.parametrize("then", ["press", "edit", "undo", "new selection"])
def test_nudges_waiting_are_written_before_anything_else(many, then):
    scene = many.current_scene()
    view = many.view
    scene.cards["c1-1"].setSelected(True)
    view.setFocus()
    x = scene.cards["c1-1"].x()
    QTest.keyPress(view, Qt.Key.Key_Down)
    QTest.keyPress(view, Qt.Key.Key_Down)
    assert scene.lifted is not None
    if then == "press":
        QTest.mouseClick(view.viewport(), LEFT, NONE, at(many, QPointF(-900, -900)))
    elif then == "edit":
        many.door.apply(EditCard("b1", "out", text="ændret"))
    elif then == "undo":
        many.door.undo()
    else:
        scene.cards["c4-4"].setSelected(True)
    card = many.document.workshop.board("b1").cards["c1-1"]
    assert scene.lifted is None
    if then == "undo":  # the nudges were a step of their own, and Undo took it back
        assert (card.x, card.y) == (x, 187)
    else:
        assert (card.x, card.y) == (x, 187 + 2 * GRID)
        assert scene.cards["c1-1"].pos() == QPointF(card.x, card.y)


def test_nudges_are_written_a_moment_after_the_last_even_with_no_key_release(
        many_resting_soon, qtbot):
    many = many_resting_soon
    scene = many.current_scene()
    view = many.view
    scene.cards["c1-1"].setSelected(True)
    view.setFocus()
    QTest.keyPress(view, Qt.Key.Key_Left)
    assert scene.lifted is not None
    qtbot.waitUntil(lambda: scene.lifted is None, timeout=3000)
    assert many.document.workshop.board("b1").cards["c1-1"].x == 260 - GRID


@pytest.mark.parametrize("command", ["delete", "duplicate", "undo a delete"])
def test_a_command_on_many_cards_tells_the_selection_s_listeners_once(many, qtbot, command):
    """Deleting, duplicating or bringing back a select-all tells who listens to the
    selection once, not once per card: each listener reads the whole selection, so a signal
    per card made deleting a select-all of 50,000 cards take many minutes."""
    scene = many.current_scene()
    cards = len(scene.board.cards)
    many.view.setFocus()
    QTest.keyClick(many.view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(scene.selected_cards()) == cards
    if command == "undo a delete":
        QTest.keyClick(many.view.viewport(), Qt.Key.Key_Delete)
    told: list[int] = []

    def heard() -> None:
        told.append(len(scene.selectedItems()))

    scene.selectionChanged.connect(heard)
    key, modifiers = {"delete": (Qt.Key.Key_Delete, NONE),
                      "duplicate": (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier),
                      "undo a delete": (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
                      }[command]
    QTest.keyClick(many.view.viewport(), key, modifiers)
    scene.selectionChanged.disconnect(heard)
    after = len(many.document.workshop.board("b1").cards)
    assert after == {"delete": 0, "duplicate": 2 * cards, "undo a delete": cards}[command]
    assert (len(told) <= 1 if command != "duplicate" else told == [cards]), told[:10]
    assert len(scene.cards) == after and saved(many) == many.document.workshop
