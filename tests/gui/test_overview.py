"""A zoomed-out board drawn in one pass (canvas.overview): what the view shows must still be
the board, with its selection, focus, votes and warnings visible, found in the pixels of
a grab of the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.model import Board, CoreTask, Link, Note, Workshop
from tests.gui.helpers import shown_window

COLUMNS, ROWS = 30, 24


def wide_board() -> Workshop:
    """720 notes in a grid, linked in rows, one of them voted for; and a core task the ladder
    warns about."""
    board = Board(id="b1", title="Oversigt", template="niveauer")
    for row in range(ROWS):
        for column in range(COLUMNS):
            card_id = f"c{row}-{column}"
            board.cards[card_id] = Note(id=card_id, text=card_id, x=column * 300.0,
                                        y=row * 220.0, votes=3 if card_id == "c5-5" else 0)
            if column:
                board.links[f"l{row}-{column}"] = Link(
                    id=f"l{row}-{column}", source=f"c{row}-{column - 1}", target=card_id)
    board.cards["core"] = CoreTask(id="core", text="Uden led op", level="department", x=0,
                                  y=ROWS * 220.0)  # warned: no link to the level above
    return Workshop(boards=[board])


@pytest.fixture
def overview(qtbot, tmp_path, settings):
    document = create_document(tmp_path / "oversigt.kerneopgave", wide_board())
    window = shown_window(qtbot, document, settings)
    window.view.fit_all()
    QApplication.processEvents()
    return window


def grab(window) -> QImage:
    viewport = window.view.viewport()
    viewport.repaint()
    return viewport.grab().toImage()


def near(image: QImage, point: QPoint, colour: QColor, reach: int = 3) -> bool:
    """Whether a pixel within `reach` of `point` has `colour` (give or take a little)."""
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            x, y = point.x() + dx, point.y() + dy
            if 0 <= x < image.width() and 0 <= y < image.height():
                found = image.pixelColor(x, y)
                if all(abs(a - b) <= 12 for a, b in zip(found.getRgb()[:3],
                                                         colour.getRgb()[:3], strict=True)):
                    return True
    return False


def edge(window, card_id: str) -> QPoint:
    """The middle of a card's left edge, on the view."""
    card = window.current_scene().board.cards[card_id]
    return window.view.mapFromScene(QPointF(card.x, card.y + card.height / 2))


@pytest.mark.slow
def test_zoomed_out_the_board_is_drawn_in_one_pass_and_still_shows_every_card(overview):
    scene = overview.current_scene()
    image = grab(overview)
    assert overview.view.zoom < style.READABLE_SCALE and scene.overview
    item = scene.cards["c3-7"]
    assert item.flags() & item.GraphicsItemFlag.ItemHasNoContents  # the overview draws it
    card = scene.board.cards["c3-7"]
    centre = overview.view.mapFromScene(QPointF(card.x + card.width / 2,
                                                card.y + card.height / 2))
    assert near(image, centre, QColor(look.card_colour(card)), reach=0)
    line = scene.links["l3-7"].line_in_scene()  # to its left neighbour
    middle = overview.view.mapFromScene(line.center())
    background = overview.view.theme.background.lightness()
    assert any(image.pixelColor(middle.x(), middle.y() + dy).lightness() < background - 20
               for dy in range(-2, 3))  # a line, darker than the board, between the boxes


@pytest.mark.slow
def test_selection_focus_votes_and_warnings_stay_visible_at_fit(overview):
    scene = overview.current_scene()
    before = grab(overview)
    selection = overview.view.theme.selection
    assert not near(before, edge(overview, "c7-3"), selection)
    scene.cards["c7-3"].setSelected(True)
    scene.cards["c9-9"].setSelected(True)
    scene.setFocusItem(scene.cards["c9-9"])
    image = grab(overview)
    assert near(image, edge(overview, "c7-3"), selection)
    assert near(image, edge(overview, "c9-9"), overview.view.theme.focus)
    voted = scene.board.cards["c5-5"]
    badge = overview.view.mapFromScene(QPointF(voted.x + voted.width, voted.y))
    assert near(image, badge, style.TEXT, reach=1)
    plain = scene.board.cards["c5-6"]
    assert not near(image, overview.view.mapFromScene(QPointF(plain.x + plain.width, plain.y)),
                    style.TEXT, reach=1)
    assert near(image, edge(overview, "core"), style.WARNING)  # a core task without a link up
    scene.clearSelection()
    assert not near(grab(overview), edge(overview, "c7-3"), selection)


@pytest.mark.slow
def test_zoomed_in_the_cards_paint_themselves_again_and_out_again_the_overview(overview):
    scene = overview.current_scene()
    grab(overview)
    item = scene.cards["c0-0"]
    overview.view.set_zoom(1.0)
    overview.view.centerOn(item)
    grab(overview)
    assert not scene.overview and not item.flags() & item.GraphicsItemFlag.ItemHasNoContents
    overview.view.fit_all()
    grab(overview)
    assert scene.overview and item.flags() & item.GraphicsItemFlag.ItemHasNoContents


@pytest.mark.slow
def test_a_link_to_a_card_dragged_at_fit_follows_it_on_screen(overview):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtTest import QTest

    scene = overview.current_scene()
    grab(overview)
    card = scene.board.cards["c3-3"]
    scene.cards["c3-3"].setSelected(True)
    viewport = overview.view.viewport()
    start = overview.view.mapFromScene(QPointF(card.x + card.width / 2, card.y + 20))
    before = scene.overview_item.boxes.area("l3-4")
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(0, 8 * step))
    grab(overview)
    line = scene.links["l3-4"].line_in_scene()  # from the lifted card to one left in place
    assert scene.lifted is not None
    assert scene.overview_item.boxes.area("l3-4") == QRectF(line.p1(), line.p2()).normalized()
    assert scene.overview_item.boxes.area("l3-4") != before
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(0, 40))
    assert scene.lifted is None and scene.board.cards["c3-3"].y > card.y


@pytest.mark.slow
def test_after_moving_many_cards_each_is_found_where_it_now_is(overview, monkeypatch):
    from PySide6.QtGui import QTransform

    from kerneopgave_desktop.canvas import scene as scene_module
    from kerneopgave_desktop.document import MoveItems

    monkeypatch.setattr(scene_module, "REINDEX_AFTER", 100)  # moved without Qt's index
    scene = overview.current_scene()
    board = scene.board
    grab(overview)  # Qt's index is built by a paint
    first = scene.board.cards["c0-0"]
    assert scene.itemAt(QPointF(first.x + 30, first.y + 30), QTransform()) is scene.cards["c0-0"]
    indexed = []  # while the cards are moved
    real = scene._move_cards
    monkeypatch.setattr(scene, "_move_cards", lambda *args: (
        indexed.append(scene.itemIndexMethod()), real(*args))[1])
    overview.door.apply(MoveItems(board.id, {card.id: (card.x + 20.0, card.y + 600.0)
                                             for card in board.cards.values()}))
    assert indexed == [scene.ItemIndexMethod.NoIndex]
    assert scene.itemIndexMethod() == scene.ItemIndexMethod.BspTreeIndex
    for card_id in ("c0-0", "c10-20", "c23-29"):
        card = scene.board.cards[card_id]
        found = scene.itemAt(QPointF(card.x + 30, card.y + 30), QTransform())
        assert found is scene.cards[card_id]
    overview.door.undo()
    card = scene.board.cards["c0-0"]
    assert scene.itemAt(QPointF(card.x + 30, card.y + 30), QTransform()) is scene.cards["c0-0"]


@pytest.mark.slow
def test_a_card_given_another_colour_or_its_votes_taken_back_shows_it_at_fit(overview):
    from kerneopgave_desktop.document import EditCard, Vote

    scene = overview.current_scene()
    grab(overview)
    overview.door.apply(EditCard("b1", "c3-7", color="#53dfdd"))
    overview.door.apply(Vote("b1", ["c5-5"], -3))
    image = grab(overview)
    card = scene.board.cards["c3-7"]
    centre = overview.view.mapFromScene(QPointF(card.x + card.width / 2,
                                                card.y + card.height / 2))
    assert near(image, centre, QColor("#53dfdd"), reach=0)
    voted = scene.board.cards["c5-5"]
    assert voted.votes == 0
    badge = overview.view.mapFromScene(QPointF(voted.x + voted.width, voted.y))
    assert not near(image, badge, style.TEXT, reach=1)


@pytest.mark.slow
def test_moved_cards_are_drawn_where_the_model_has_them_and_back_after_undo(overview):
    from PySide6.QtCore import QRectF

    from kerneopgave_desktop.document import MoveItems

    scene = overview.current_scene()
    boxes = scene.overview_item.boxes
    grab(overview)

    def every_box_is_its_card() -> bool:
        return all(boxes.box(card.id) == QRectF(card.x, card.y, card.width, card.height)
                   for card in scene.board.cards.values())

    board = scene.board
    overview.door.apply(MoveItems(board.id, {card.id: (card.x + 150.0, card.y + 1100.0)
                                             for card in board.cards.values()}))
    image = grab(overview)
    assert every_box_is_its_card()
    card = scene.board.cards["c0-0"]
    centre = overview.view.mapFromScene(QPointF(card.x + card.width / 2, card.y + 10))
    assert near(image, centre, QColor(look.card_colour(card)), reach=0)
    assert scene.overview_item.boundingRect().contains(QRectF(card.x, card.y + 24 * 220.0,
                                                              card.width, card.height))
    scene.cards["c0-0"].setSelected(True)
    grab(overview)
    overview.door.apply(MoveItems(board.id, {"c0-0": (20.0, 300.0)}))  # a few: in place
    image = grab(overview)
    assert every_box_is_its_card()
    assert near(image, edge(overview, "c0-0"), overview.view.theme.selection)  # its ring too
    assert near(image, overview.view.mapFromScene(QPointF(40.0, 310.0)),
                QColor(look.card_colour(card)), reach=0)
    overview.door.undo()
    overview.door.undo()
    grab(overview)
    assert every_box_is_its_card()
    assert scene.board.cards["c0-0"].x == 0.0


def _every_box_is_its_card(scene) -> bool:
    from PySide6.QtCore import QRectF

    boxes = scene.overview_item.boxes
    return len(boxes) == len(scene.board.cards) and all(
        boxes.box(card.id) == QRectF(card.x, card.y, card.width, card.height)
        for card in scene.board.cards.values())


def _drag(window, card_id: str, by: QPoint) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    scene, viewport = window.current_scene(), window.view.viewport()
    card = scene.board.cards[card_id]
    start = window.view.mapFromScene(QPointF(card.x + card.width / 2, card.y + 20))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(viewport, start + by * step / 4)
    grab(window)
    assert scene.lifted is not None
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + by)


def test_a_lifted_select_all_takes_the_overview_s_boxes_and_gives_them_back_moved(overview):
    from unittest import mock

    scene = overview.current_scene()
    grab(overview)
    overview.edits.select_all()
    boxes = scene.overview_item.boxes
    with mock.patch.object(type(boxes), "put_card", side_effect=AssertionError("made again")):
        _drag(overview, "c3-3", QPoint(30, 20))  # no box is made again, lifted or put down
    assert scene.lifted is None and scene.board.cards["c3-3"].x > 3 * 300.0
    assert _every_box_is_its_card(scene)
    overview.door.undo()
    grab(overview)
    assert _every_box_is_its_card(scene) and scene.board.cards["c3-3"].x == 3 * 300.0


def test_a_few_lifted_cards_come_back_once_each_and_one_changed_meanwhile_as_it_is(overview):
    from kerneopgave_desktop.document import EditCard

    scene = overview.current_scene()
    grab(overview)
    for card_id in ("c3-3", "c3-4", "c7-7"):
        scene.cards[card_id].setSelected(True)
    _drag(overview, "c3-3", QPoint(0, 30))
    grab(overview)
    assert scene.board.cards["c7-7"].y > 7 * 220.0 and _every_box_is_its_card(scene)
    scene.lift([scene.cards["c5-5"]])  # as a nudge holds it, while the card is changed
    grab(overview)
    assert scene.overview_item.boxes.box("c5-5") is None
    overview.door.apply(EditCard("b1", "c5-5", color="#53dfdd"))
    scene.end_lift()
    image = grab(overview)
    assert _every_box_is_its_card(scene)
    card = scene.board.cards["c5-5"]
    centre = overview.view.mapFromScene(QPointF(card.x + card.width / 2,
                                                card.y + card.height / 2))
    assert near(image, centre, QColor("#53dfdd"), reach=0)
