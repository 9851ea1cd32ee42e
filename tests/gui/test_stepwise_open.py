"""A large board opens to its first frame before its items are built (canvas.stepwise): the
overview draws it whole from the model, the items follow from a timer, and the board can be
used meanwhile: a zoom or a pan leaves the build going, a click, a key or an edit builds the
rest first and then does what it does, on every item."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.canvas import scene as scene_module
from kerneopgave_desktop.canvas import stepwise
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.scene_painting import NO_CONTENTS
from kerneopgave_desktop.document import EditCard, MoveItems, create_document, open_document
from kerneopgave_desktop.domain.checks import LEVELS
from kerneopgave_desktop.domain.model import Board, CoreTask, Link, Note, Workshop
from tests.gui.helpers import at, saved, shown_window

COLUMNS, ROWS = 12, 9
LEVEL = LEVELS.codes[-1]
LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def large_board() -> Workshop:
    """108 cards in rows, each linked to its right neighbour, on the levels board; the first
    card of each row is a core task below the top level with no link up: the board warns
    about it."""
    board = Board(id="b1", title="Stor", template="niveauer")
    for row in range(ROWS):
        for column in range(COLUMNS):
            card_id = f"c{row}-{column}"
            extra = {"level": LEVEL} if column == 0 else {}
            board.cards[card_id] = (CoreTask if column == 0 else Note)(
                id=card_id, text=card_id, x=column * 260.0, y=row * 180.0,
                color="#ff0000" if row == 7 else None, **extra)
            if column:
                board.links[f"l{row}-{column}"] = Link(
                    id=f"l{row}-{column}", source=f"c{row}-{column - 1}", target=card_id)
    return Workshop(boards=[board])


def open_stepwise(qtbot, tmp_path, settings, monkeypatch, workshop: Workshop):
    """The workshop's window, shown and painted once, its items still being built (a board
    of more than 20 cards and links is built a step at a time, one item a step)."""
    monkeypatch.setattr(scene_module, "BUILT_AT_ONCE", 20)
    monkeypatch.setattr(stepwise, "CHUNK", 1)
    monkeypatch.setattr(stepwise, "STEP_SECONDS", 0.0)
    create_document(tmp_path / "stor.kerneopgave", workshop).close()
    window = shown_window(qtbot, open_document(tmp_path / "stor.kerneopgave"), settings,
                          active=True)
    window.view.viewport().repaint()
    assert window.current_scene().loading
    return window


@pytest.fixture
def opening(qtbot, tmp_path, settings, monkeypatch):
    """The large board's window, its items still being built."""
    return open_stepwise(qtbot, tmp_path, settings, monkeypatch, large_board())


def unbuilt(window) -> str:
    """A card of the board that has no item yet (the last ones are built last)."""
    scene = window.current_scene()
    card_id = f"c{ROWS - 1}-{COLUMNS - 1}"
    assert card_id not in scene.cards
    return card_id


def model_center(window, card_id: str) -> QPoint:
    card = window.document.workshop.board("b1").cards[card_id]
    return at(window, QPointF(card.x + card.width / 2, card.y + card.height / 2))


def assert_items_match_the_model(window) -> None:
    """Every card and link has its item, where and as the model has it, stacked and routed as
    a board built at once has them."""
    scene = window.current_scene()
    board = scene.board
    whole = BoardScene(window.document, "b1")
    try:
        assert set(scene.cards) == set(board.cards)
        assert set(scene.links) == set(board.links)
        for card_id, card in board.cards.items():
            item = scene.cards[card_id]
            assert item.card == card
            assert (item.x(), item.y()) == (card.x, card.y)
            assert item.zValue() == whole.cards[card_id].zValue()
            assert item.warning == whole.cards[card_id].warning
        for link_id in board.links:
            assert scene.links[link_id].line_in_scene() == whole.links[link_id].line_in_scene()
    finally:
        whole.detach()


def test_the_first_frame_shows_every_card_before_its_item_is_built(opening, qtbot):
    scene = opening.current_scene()
    assert len(scene.cards) < len(scene.board.cards)
    card_id = f"c7-{COLUMNS - 1}"  # the red row: drawn by the overview from the model alone
    assert card_id not in scene.cards
    image = opening.view.viewport().grab().toImage()
    point = model_center(opening, card_id)
    assert image.pixelColor(point) == QColor("#ff0000")
    assert "%" in opening.statusBar().currentMessage()
    qtbot.waitUntil(opening.loaded, timeout=20000)
    assert_items_match_the_model(opening)
    assert opening.statusBar().currentMessage() == ""
    assert gc.isenabled()


@pytest.mark.slow
def test_zooming_and_panning_while_the_items_are_built_leaves_the_build_going(opening,
                                                                              qtbot):
    view, scene = opening.view, opening.current_scene()
    zoom = view.zoom
    point = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(point, QPointF(view.viewport().mapToGlobal(point.toPoint())), QPoint(),
                        QPoint(0, 120), Qt.MouseButton.NoButton, NONE,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom > zoom
    assert view.zoom < 0.35  # still below the readable scale
    centre = view.mapToScene(view.viewport().rect().center())
    middle = view.viewport().rect().center()
    QTest.mousePress(view.viewport(), Qt.MouseButton.MiddleButton, NONE, middle)
    QTest.mouseMove(view.viewport(), middle + QPoint(80, 40))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton, NONE,
                       middle + QPoint(80, 40))
    assert view.mapToScene(view.viewport().rect().center()) != centre
    assert scene.loading
    qtbot.waitUntil(opening.loaded, timeout=20000)
    assert_items_match_the_model(opening)


def test_zooming_in_to_read_builds_what_is_in_view_first(opening, qtbot):
    view, scene = opening.view, opening.current_scene()
    card_id = unbuilt(opening)
    card = scene.board.cards[card_id]
    view.set_zoom(1.0)
    view.centerOn(card.x + card.width / 2, card.y + card.height / 2)
    view.viewport().repaint()
    assert scene.loading
    item = scene.cards[card_id]
    assert not item.flags() & NO_CONTENTS  # it paints itself, text and all
    assert f"l{ROWS - 1}-{COLUMNS - 1}" in scene.links  # and the link into it
    assert len(scene.cards) < len(scene.board.cards)
    qtbot.waitUntil(opening.loaded, timeout=20000)
    assert_items_match_the_model(opening)


@pytest.mark.slow
def test_a_long_link_through_a_readable_view_is_built_with_its_cards(qtbot, tmp_path,
                                                                     settings, monkeypatch):
    workshop = large_board()
    board = workshop.boards[0]
    for card_id, x in (("west", -30000.0), ("east", 30000.0)):  # built last, far apart
        board.cards[card_id] = Note(id=card_id, text=card_id, x=x, y=1000.0)
    board.links["long"] = Link(id="long", source="west", target="east")
    window = open_stepwise(qtbot, tmp_path, settings, monkeypatch, workshop)
    view, scene = window.view, window.current_scene()
    view.set_zoom(1.0)
    view.centerOn(2 * 260.0 + 120, 1075.0)  # on the long link's line, among the grid's cards
    view.viewport().repaint()
    assert scene.loading
    assert {"west", "east"} <= set(scene.cards)
    assert "long" in scene.links
    qtbot.waitUntil(window.loaded, timeout=20000)
    assert_items_match_the_model(window)


def test_a_click_on_a_card_not_yet_built_selects_it(opening):
    card_id = unbuilt(opening)
    QTest.mouseClick(opening.view.viewport(), LEFT, NONE, model_center(opening, card_id))
    scene = opening.current_scene()
    assert not scene.loading
    assert scene.selected_ids() == [card_id]
    assert_items_match_the_model(opening)


@pytest.mark.slow
def test_select_all_while_loading_selects_every_card_and_link(opening):
    opening.view.setFocus()
    QTest.keyClick(opening.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    scene = opening.current_scene()
    assert not scene.loading
    board = scene.board
    assert set(scene.selected_ids()) == set(board.cards) | set(board.links)


def test_an_edit_during_the_build_is_shown_right_afterwards(opening):
    scene = opening.current_scene()
    card_id = unbuilt(opening)
    built = next(iter(scene.cards))
    door = opening.door
    assert door.apply(EditCard("b1", card_id, text="Rettet"))
    assert not scene.loading
    assert door.apply(MoveItems("b1", {built: (40.0, 20.0)}))
    assert_items_match_the_model(opening)
    assert scene.cards[card_id].card.text == "Rettet"
    assert (scene.cards[built].x(), scene.cards[built].y()) == (40.0, 20.0)
    opening.document.undo()
    assert_items_match_the_model(opening)
    assert saved(opening).board("b1").cards[card_id].text == "Rettet"


@pytest.mark.slow
def test_the_warnings_show_on_cards_built_late_and_in_the_overview(opening, qtbot):
    scene = opening.current_scene()
    warned = {card_id for card_id in scene.board.cards if card_id.endswith("-0")}
    assert warned == set(scene._warned)
    _, _, boxes, _ = scene.overview_marks()
    assert len(boxes) == len(warned)  # built or not, each is pointed at
    qtbot.waitUntil(opening.loaded, timeout=20000)
    assert all(scene.cards[card_id].warning for card_id in warned)


def test_closing_while_loading_stops_the_build(opening, qtbot):
    scene = opening.current_scene()
    built = len(scene.cards)
    opening.close()
    assert not scene.loading
    qtbot.wait(50)
    assert len(scene.cards) == built
    assert gc.isenabled()


@pytest.mark.slow
def test_a_board_built_step_by_step_draws_its_links_where_their_items_do(opening, qtbot):
    qtbot.waitUntil(opening.loaded, timeout=20000)
    scene = opening.current_scene()
    scene.overview_item._refresh(scene)
    boxes = scene.overview_item.boxes
    for link_id, item in scene.links.items():
        line = item.line_in_scene()
        assert boxes.area(link_id) == QRectF(line.p1(), line.p2()).normalized()


@pytest.mark.slow
def test_the_build_leaves_a_message_of_its_own_in_the_status_line(opening, qtbot):
    opening.statusBar().showMessage("Filen er åbnet skrivebeskyttet")
    qtbot.waitUntil(opening.loaded, timeout=20000)
    assert opening.statusBar().currentMessage() == "Filen er åbnet skrivebeskyttet"


@pytest.mark.slow
def test_before_their_items_links_are_drawn_where_their_items_draw_them(opening, qtbot):
    """Cards side by side, no zone title near: the first frame's line of each link is the
    one its item draws once built."""
    scene = opening.current_scene()
    boxes = scene.overview_item.boxes
    first = {link_id: boxes.area(link_id) for link_id in scene.board.links}
    assert not any(link_id in scene.links for link_id in first)
    qtbot.waitUntil(opening.loaded, timeout=20000)
    for link_id, area in first.items():
        line = scene.links[link_id].line_in_scene()
        assert area == QRectF(line.p1(), line.p2()).normalized()
