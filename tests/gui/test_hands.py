"""Four corners without phones: the room's stance counted by hands in the inspector, written
to the same field the phones write, shown on the card and in the minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from kerneopgave_desktop.document import AddItems
from kerneopgave_desktop.document.room_operations import AddRound, TakeStance
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.minutes import details
from kerneopgave_desktop.domain.model import Dilemma
from kerneopgave_desktop.domain.rounds import Round
from tests.gui.helpers import saved


def _dilemma(window) -> None:
    window.document.apply(AddItems("b1", [Dilemma(id="d", text="Tryghed eller frihed?",
                                                  pole_a="Tryghed", pole_b="Frihed",
                                                  x=0, y=300, votes=2)]))
    scene = window.current_scene()
    scene.clearSelection()
    scene.cards["d"].setSelected(True)


def _count(qtbot, box, hands: int) -> None:
    """Type the number of hands and press Enter, as a facilitator counting the room."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(hands))
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_counted_hands_are_the_dilemma_s_stance(window, qtbot):
    _dilemma(window)
    counts = window.inspector.card_page.widget("stances")
    assert counts.isVisibleTo(window.inspector.card_page)
    assert list(counts.boxes) == ["agree", "disagree", "depends", "unsure"]
    _count(qtbot, counts.boxes["agree"], 12)
    assert window.document.workshop.board("b1").cards["d"].stances == (("agree", 12),)
    assert window.edits.undo_action.text() == "Fortryd: rediger rummets holdning"
    _count(qtbot, counts.boxes["depends"], 5)
    qtbot.keyClick(counts.boxes["unsure"], Qt.Key.Key_Up)
    card = saved(window).board("b1").cards["d"]
    assert card.stances == (("agree", 12), ("depends", 5), ("unsure", 1))
    assert ("Rummets holdning", "Enig 12 · Det kommer an på 5 · Ved ikke 1") in [
        (line.label, line.value) for line in details(card)]
    item = window.current_scene().cards["d"]
    assert item.accessible_name().endswith(
        "(Rummets holdning: Enig 12, Det kommer an på 5, Ved ikke 1)")
    window.edits.undo_action.trigger()
    assert counts.boxes["unsure"].value() == 0
    assert window.document.workshop.board("b1").cards["d"].stance_count("unsure") == 0


def test_the_phones_add_to_the_hands_counted(window, qtbot):
    _dilemma(window)
    _count(qtbot, window.inspector.card_page.widget("stances").boxes["disagree"], 4)
    window.document.apply(AddRound(Round(id="r", board="b1", kind=None, stances=True)))
    window.document.apply(TakeStance("r", "phone1", "d", "disagree"))
    window.document.apply(TakeStance("r", "phone2", "d", "agree"))
    card = window.document.workshop.board("b1").cards["d"]
    assert card.stances == (("agree", 1), ("disagree", 5))
    box = window.inspector.card_page.widget("stances")
    assert box.boxes["disagree"].value() == 5 and box.boxes["agree"].value() == 1


def test_the_card_shows_the_stance_as_a_bar_in_its_colours(window, qtbot):
    _dilemma(window)
    _count(qtbot, window.inspector.card_page.widget("stances").boxes["agree"], 3)
    _count(qtbot, window.inspector.card_page.widget("stances").boxes["disagree"], 1)
    item = window.current_scene().cards["d"]
    item.setSelected(False)
    image = QImage(int(item.card.width), int(item.card.height), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    item.paint(painter, None, window.view.viewport())
    painter.end()
    bar = look.stance_bar(item.card)
    assert [(code, count) for code, count, _, _ in bar] == [("agree", 3), ("disagree", 1)]
    left, top = look.stance_bar_place(item.card)
    y = int(top + 2)  # on the card, just above its bottom edge
    for code, _, offset, width in bar:
        pixel = image.pixelColor(int(left + offset + 2), y)
        assert pixel.name() == look.STANCE_COLOURS[code]
        assert width >= look.STANCE_MIN_SEGMENT
    assert bar[0][3] > bar[1][3]  # three hands take more room than one
    assert top + look.STANCE_BAR[1] / 2 == item.card.height  # across the bottom edge
    assert left + look.STANCE_BAR[0] == item.card.width - look.CARD_PADDING  # at the right
