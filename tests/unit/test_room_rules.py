"""The room's rules on the laptop, without Qt or a server: rounds, ownership, dots, stances,
the reveal, what each phone may see, and that every input is saved and undoable."""

import dataclasses

import pytest

from kerneopgave_desktop.document import AddRound, EditRound, open_document
from kerneopgave_desktop.domain.model import Board, Dilemma, Note, Workshop, Zone
from kerneopgave_desktop.domain.rounds import Round
from kerneopgave_desktop.room import rules, state
from kerneopgave_desktop.room.layout import place
from kerneopgave_desktop.room.rules import PARKING, Proposal, Refusal


@pytest.fixture
def room_doc(tmp_path):
    from kerneopgave_desktop.document import create_document

    board = Board(id="b", title="Tavle")
    board.zones["z"] = Zone(id="z", title="Fra telefonerne", x=0, y=0, width=600, height=300)
    board.cards["d"] = Dilemma(id="d", text="Tryghed eller frihed?", x=700, y=0)
    board.cards["n"] = Note(id="n", text="En note", x=700, y=300)
    document = create_document(tmp_path / "rum.kerneopgave", Workshop(boards=[board]))
    yield document
    document.close()


def open_round(document, **fields):
    round_ = Round(id=fields.pop("id", "r1"), board="b", **fields)
    document.apply(AddRound(round_))
    return round_


def send(document, proposal: Proposal) -> str | None:
    plan = rules.plan(document.workshop, proposal, now="2026-12-01T10:00:00+01:00")
    with document.group(plan.label, origin="room"):
        for operation in plan.operations:
            document.apply(operation)
    return plan.submission


def write(document, device, text, **extra):
    return send(document, Proposal(device=device, action="write", text=text, **extra))


def test_nothing_is_taken_without_an_open_round(room_doc):
    with pytest.raises(Refusal) as refused:
        rules.plan(room_doc.workshop, Proposal(device="a", action="write", text="Hej"))
    assert refused.value.code == "no_round"
    open_round(room_doc)
    room_doc.apply(EditRound("r1", open=False))
    with pytest.raises(Refusal, match="no_round"):
        rules.plan(room_doc.workshop, Proposal(device="a", action="write", text="Hej"))


def test_a_hidden_round_keeps_cards_face_down_in_the_file_until_the_reveal(room_doc, tmp_path):
    open_round(room_doc, hidden=True, kind="contribution", prompt="Hvad bidrager I med?")
    first = write(room_doc, "a", "Vi kender familierne")
    write(room_doc, "b", "Vi ser børnene hver dag")
    board = room_doc.workshop.board("b")
    assert len(board.cards) == 2  # nothing on the board yet
    assert room_doc.workshop.submissions[first].face_down
    assert room_doc.undo_label == "Kort med bagsiden op (fra telefon)"
    path = room_doc.store.path
    room_doc.close()
    reopened = open_document(path)  # nothing lost: face-down cards live in the file
    try:
        assert [s.text for s in reopened.workshop.submissions.values()] == [
            "Vi kender familierne", "Vi ser børnene hver dag"]
        plan = rules.reveal(reopened.workshop, "r1", None, "z")
        with reopened.group(plan.label):
            for operation in plan.operations:
                reopened.apply(operation)
        board = reopened.workshop.board("b")
        revealed = [c for c in board.cards.values() if c.round_id == "r1"]
        assert sorted(c.text for c in revealed) == ["Vi kender familierne",
                                                   "Vi ser børnene hver dag"]
        assert all(c.kind == "contribution" for c in revealed)
        zone = board.zones["z"]
        assert all(zone.contains(c) for c in revealed)
        assert not _overlapping(list(board.cards.values()))
        assert all(not s.face_down for s in reopened.workshop.submissions.values())
        with pytest.raises(Refusal, match="locked_card"):  # revealed: no longer the phone's
            rules.plan(reopened.workshop, Proposal(device="a", action="edit", submission=first,
                                                   text="Ændret"))
        reopened.undo()  # the reveal is one step
        assert len(reopened.workshop.board("b").cards) == 2
    finally:
        reopened.close()


def _overlapping(cards):
    for i, a in enumerate(cards):
        for b in cards[i + 1:]:
            if a.x < b.x + b.width and b.x < a.x + a.width and \
                    a.y < b.y + b.height and b.y < a.y + a.height:
                return (a.id, b.id)
    return None


def test_an_open_round_puts_cards_on_the_board_at_once_without_overlap(room_doc):
    open_round(room_doc, kind="note", zone="z")
    for number in range(7):
        write(room_doc, "a", f"Kort {number}")
    board = room_doc.workshop.board("b")
    phone = [c for c in board.cards.values() if c.round_id == "r1"]
    assert len(phone) == 7 and not _overlapping(list(board.cards.values()))
    zone = board.zones["z"]
    assert all(zone.contains(c) for c in phone)
    assert zone.height > 300  # it grew to hold them


def test_a_device_edits_and_withdraws_only_its_own_cards(room_doc):
    open_round(room_doc, kind="note")
    mine = write(room_doc, "a", "Mit kort")
    for action in ("edit", "withdraw"):
        with pytest.raises(Refusal, match="not_yours"):
            rules.plan(room_doc.workshop, Proposal(device="b", action=action, submission=mine,
                                                   text="Overtaget"))
    send(room_doc, Proposal(device="a", action="edit", submission=mine, text="Rettet"))
    card_id = room_doc.workshop.submissions[mine].card
    assert room_doc.workshop.board("b").cards[card_id].text == "Rettet"
    assert room_doc.undo_label == "Rediger kort (fra telefon)"
    send(room_doc, Proposal(device="a", action="withdraw", submission=mine))
    assert card_id not in room_doc.workshop.board("b").cards
    assert mine not in room_doc.workshop.submissions
    room_doc.undo()
    assert card_id in room_doc.workshop.board("b").cards


def test_text_is_checked_on_the_laptop(room_doc):
    open_round(room_doc, kind="note")
    for text, code in (("   ", "empty"), ("x" * 501, "too_long")):
        with pytest.raises(Refusal, match=code):
            rules.plan(room_doc.workshop, Proposal(device="a", action="write", text=text))
    open_round(room_doc, id="r2", kind=None, dots=1, open=False)
    room_doc.apply(EditRound("r1", open=False))
    room_doc.apply(EditRound("r2", open=True))
    with pytest.raises(Refusal, match="no_cards"):
        rules.plan(room_doc.workshop, Proposal(device="a", action="write", text="Hej"))


def test_a_name_is_kept_only_in_a_named_round(room_doc):
    open_round(room_doc, kind="note")
    anonymous = write(room_doc, "a", "Uden navn", author="Lise, pædagog")
    assert room_doc.workshop.submissions[anonymous].author is None
    room_doc.apply(EditRound("r1", named=True))
    named = write(room_doc, "a", "Med navn", author="Lise, pædagog")
    card = room_doc.workshop.board("b").cards[room_doc.workshop.submissions[named].card]
    assert card.author == "Lise, pædagog"


def test_dots_per_participant_are_counted_on_the_laptop(room_doc):
    open_round(room_doc, kind=None, dots=2)
    send(room_doc, Proposal(device="a", action="dot", card="n", delta=1))
    send(room_doc, Proposal(device="a", action="dot", card="d", delta=1))
    with pytest.raises(Refusal, match="dots_used"):
        rules.plan(room_doc.workshop, Proposal(device="a", action="dot", card="n", delta=1))
    send(room_doc, Proposal(device="b", action="dot", card="n", delta=1))  # b has its own
    assert room_doc.workshop.board("b").cards["n"].votes == 2
    with pytest.raises(Refusal, match="no_dot_here"):
        rules.plan(room_doc.workshop, Proposal(device="b", action="dot", card="d", delta=-1))
    send(room_doc, Proposal(device="a", action="dot", card="n", delta=-1))
    assert room_doc.workshop.board("b").cards["n"].votes == 1
    with pytest.raises(Refusal, match="no_card"):
        rules.plan(room_doc.workshop, Proposal(device="a", action="dot", card="nowhere",
                                               delta=1))


def test_stances_count_on_the_dilemma_and_a_change_moves_the_count(room_doc):
    open_round(room_doc, kind=None, stances=True)
    send(room_doc, Proposal(device="a", action="stance", card="d", stance="agree"))
    send(room_doc, Proposal(device="b", action="stance", card="d", stance="agree"))
    send(room_doc, Proposal(device="a", action="stance", card="d", stance="depends"))
    assert room_doc.workshop.board("b").cards["d"].stances == (("agree", 1), ("depends", 1))
    with pytest.raises(Refusal, match="no_card"):  # only dilemmas take a stance
        rules.plan(room_doc.workshop, Proposal(device="a", action="stance", card="n",
                                               stance="agree"))
    send(room_doc, Proposal(device="b", action="stance", card="d", stance=None))
    assert room_doc.workshop.board("b").cards["d"].stances == (("depends", 1),)
    room_doc.undo()
    assert room_doc.workshop.board("b").cards["d"].stances == (("agree", 1), ("depends", 1))


def test_counted_hands_and_phones_add_up_in_the_same_field(room_doc):
    from kerneopgave_desktop.document import EditCard

    room_doc.apply(EditCard("b", "d", stances=(("agree", 5), ("unsure", 2))))  # hands
    open_round(room_doc, kind=None, stances=True)
    send(room_doc, Proposal(device="a", action="stance", card="d", stance="agree"))
    assert room_doc.workshop.board("b").cards["d"].stances == (("agree", 6), ("unsure", 2))


def test_results_held_until_the_reveal_count_then(room_doc):
    open_round(room_doc, kind=None, dots=3, stances=True, live=False)
    send(room_doc, Proposal(device="a", action="dot", card="n", delta=1))
    send(room_doc, Proposal(device="a", action="stance", card="d", stance="disagree"))
    board = room_doc.workshop.board("b")
    assert board.cards["n"].votes == 0 and board.cards["d"].stances == ()
    seen = state.build(room_doc.workshop, 1)
    assert seen.shared["round"]["results"] is False
    assert seen.own("a")["dots"] == {"n": 1} and seen.own("a")["dots_left"] == 2
    plan = rules.reveal(room_doc.workshop, "r1", None, None)
    with room_doc.group(plan.label):
        for operation in plan.operations:
            room_doc.apply(operation)
    board = room_doc.workshop.board("b")
    assert board.cards["n"].votes == 1 and board.cards["d"].stances == (("disagree", 1),)
    send(room_doc, Proposal(device="b", action="dot", card="n", delta=1))  # live from now on
    assert room_doc.workshop.board("b").cards["n"].votes == 2


def test_reveal_one_at_a_time_and_into_a_new_parking_lot(room_doc):
    open_round(room_doc, kind="note", hidden=True)
    first = write(room_doc, "a", "Først")
    write(room_doc, "a", "Så")
    plan = rules.reveal(room_doc.workshop, "r1", [first], PARKING, parking_title="Parkering")
    with room_doc.group(plan.label):
        for operation in plan.operations:
            room_doc.apply(operation)
    board = room_doc.workshop.board("b")
    parking = [z for z in board.zones.values() if z.kind == "parking"]
    assert len(parking) == 1
    revealed = [c for c in board.cards.values() if c.round_id]
    assert [c.text for c in revealed] == ["Først"] and parking[0].contains(revealed[0])
    assert not room_doc.workshop.round("r1").shown  # one card is not the reveal of results


def test_a_phone_sees_its_own_face_down_cards_and_nobody_elses(room_doc):
    open_round(room_doc, kind="note", hidden=True)
    write(room_doc, "a", "Hemmeligt fra a")
    write(room_doc, "b", "Hemmeligt fra b")
    seen = state.build(room_doc.workshop, 3)
    import json

    shared = json.dumps(seen.shared, ensure_ascii=False)
    assert "Hemmeligt" not in shared and seen.shared["round"]["face_down"] == 2
    assert [c["text"] for c in seen.own("a")["cards"]] == ["Hemmeligt fra a"]
    assert seen.own("stranger")["cards"] == []


def test_rounds_and_submissions_survive_json_and_the_file(room_doc):
    from kerneopgave_desktop.interchange import json as json_format

    open_round(room_doc, kind="note", hidden=True, dots=2, stances=True, live=False)
    write(room_doc, "a", "<b>ikke fed</b>")
    send(room_doc, Proposal(device="a", action="dot", card="n", delta=1))
    send(room_doc, Proposal(device="a", action="stance", card="d", stance="unsure"))
    text = json_format.dumps(room_doc.workshop)
    again = json_format.loads(text)
    assert again == room_doc.workshop and json_format.dumps(again) == text
    path = room_doc.store.path
    room_doc.close()
    reopened = open_document(path)
    try:
        assert reopened.workshop == again
    finally:
        reopened.close()


def test_layout_never_puts_a_card_on_another():
    board = Board(id="b")
    zone = Zone(id="z", x=0, y=0, width=800, height=400)
    board.zones["z"] = zone
    board.cards["x"] = Note(id="x", x=275, y=70)  # off the grid, across two places
    places, height = place(board, zone, [(240, 150)] * 8)
    cards = [board.cards["x"], *(dataclasses.replace(Note(id=str(i)), x=x, y=y)
                                 for i, (x, y) in enumerate(places))]
    assert not _overlapping(cards)
    assert height is not None and height > 400
