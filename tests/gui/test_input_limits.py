"""The GUI offers the model's limits: the inspector's votes stop where the model does."""

from PySide6.QtCore import Qt

from kerneopgave_desktop.domain.model import MAX_VOTES


def test_the_votes_box_stops_at_the_model_s_maximum(window, qtbot):
    window.current_scene().cards["c0"].setSelected(True)
    votes = window.inspector.card_page.votes
    assert (votes.minimum(), votes.maximum()) == (0, MAX_VOTES)
    votes.setValue(MAX_VOTES)
    votes.setFocus()
    qtbot.keyClick(votes, Qt.Key.Key_Up)
    assert window.document.workshop.board("b1").cards["c0"].votes == MAX_VOTES
