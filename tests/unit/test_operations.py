"""Every operation: apply, undo and redo give the same model, and the file agrees."""

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kerneopgave_desktop.document import (
    AddBoard,
    AddDeck,
    AddItems,
    EditCard,
    EditLink,
    EditWorkshop,
    EditZone,
    MoveBoard,
    MoveItems,
    NudgeItems,
    OperationError,
    RecolourItems,
    RemoveBoard,
    RemoveDeck,
    RemoveItems,
    RenameBoard,
    ReplaceDeck,
    ResetVotes,
    ResizeItems,
    Typed,
    Vote,
    open_document,
)
from kerneopgave_desktop.domain.model import (
    MAX_COORDINATE,
    Board,
    Deck,
    DeckCard,
    Link,
    Note,
    Zone,
    clamped,
)
from kerneopgave_desktop.interchange.json import to_dict
from tests.factories import sample_board


def reopened(doc):
    doc.close()
    again = open_document(doc.store.path)
    model = to_dict(again.workshop)
    doc.store = again.store
    return model


OPERATIONS = {
    "add card at end": lambda: AddItems("b1", [Note(id="n1", text="Ny")]),
    "add card in the middle": lambda: AddItems("b1", [Note(id="n1")], at={"n1": 2}),
    "add zone and linked cards": lambda: AddItems("b1", [
        Zone(id="z9", title="Felt"), Note(id="n1"), Note(id="n2"),
        Link(id="l9", source="n1", target="n2")]),
    "add link": lambda: AddItems("b1", [Link(id="l9", source="b1c0", target="b1c4",
                                             kind="tension")]),
    "remove cards with their links": lambda: RemoveItems("b1", ["b1c1", "b1c3"]),
    "remove first and last": lambda: RemoveItems("b1", ["b1c0", "b1c5", "b1z1"]),
    "remove a link": lambda: RemoveItems("b1", ["b1l2"]),
    "move": lambda: MoveItems("b1", {"b1c0": (10, 20), "b1c1": (-5.5, 7), "b1z1": (0, 0)}),
    "nudge": lambda: NudgeItems("b1", {"b1c0": (1, 0)}),
    "resize": lambda: ResizeItems("b1", {"b1c2": (300, 200), "b1z1": (1000, 800)}),
    "recolour": lambda: RecolourItems("b1", {"b1c0": "#123456", "b1c4": None}),
    "edit text": lambda: EditCard("b1", "b1c0", text="Æ <b>ø</b> 🧑‍🤝‍🧑"),
    "edit kind fields": lambda: EditCard("b1", "b1c2", status="settled", decision="Ja",
                                         pole_a=None),
    "edit votes": lambda: EditCard("b1", "b1c4", votes=7),
    "edit zone": lambda: EditZone("b1", "b1z1", title="Parkeringsplads", locked=False),
    "edit link": lambda: EditLink("b1", "b1l0", kind="concretises", label="konkretiserer"),
    "add board": lambda: AddBoard(sample_board("b3", cards=2), index=1),
    "remove board": lambda: RemoveBoard("b1"),
    "rename board": lambda: RenameBoard("b2", "Dilemmaer"),
    "move board": lambda: MoveBoard("b2", 0),
    "edit workshop": lambda: EditWorkshop(title="Ny titel", date=date(2027, 1, 2),
                                          participants=("Å", "B"), professions=("Tolk",)),
    "save round answers": lambda: EditCard("b1", "b1c2", answers=(("at_stake", "Ro"),
                                                                   ("core_task", "Læring"))),
    "add deck": lambda: AddDeck(Deck(id="d2", title="Ny", cards=(DeckCard(id="x", text="?"),)),
                                index=0),
    "remove deck": lambda: RemoveDeck("d1"),
    "vote": lambda: Vote("b1", ["b1c0", "b1c4"], 1),
    "take a vote back": lambda: Vote("b1", ["b1c4"], -1),
    "reset votes": lambda: ResetVotes("b1"),
    "replace deck": lambda: ReplaceDeck(Deck(id="d1", title="Omdøbt", cards=())),
}


@pytest.mark.parametrize("name", OPERATIONS)
def test_apply_undo_redo_and_reopen(doc, name):
    before = to_dict(doc.workshop)
    doc.apply(OPERATIONS[name]())
    after = to_dict(doc.workshop)
    assert after != before
    assert reopened(doc) == after
    doc.undo()
    assert to_dict(doc.workshop) == before
    assert reopened(doc) == before
    doc.redo()
    assert to_dict(doc.workshop) == after
    assert reopened(doc) == after


def test_the_step_is_named_in_danish_and_english(doc):
    from kerneopgave_desktop import i18n
    doc.apply(MoveItems("b1", {"b1c0": (1, 1), "b1c1": (2, 2), "b1c2": (3, 3)}))
    assert doc.undo_label == "Flyt 3 kort"
    i18n.set_language("en")
    assert doc.undo_label == "Flyt 3 kort"  # a step keeps the name it was given
    doc.apply(RemoveItems("b1", ["b1c0"]))
    assert doc.undo_label == "Delete 1 card"
    doc.apply(AddItems("b1", [Zone(id="zz"), Zone(id="zy")]))
    assert doc.undo_label == "Add 2 zones"


def test_removing_a_card_removes_its_links_and_undo_restores_the_order(doc):
    board = doc.workshop.board("b1")
    links_before = list(board.links)
    doc.apply(RemoveItems("b1", ["b1c2"]))
    assert "b1c2" not in board.cards
    assert all("b1c2" not in (link.source, link.target) for link in board.links.values())
    doc.undo()
    assert list(board.links) == links_before


def test_a_group_is_one_step_and_one_transaction(doc, monkeypatch):
    commits = []
    original = doc.store.commit
    monkeypatch.setattr(doc.store, "commit",
                        lambda *a, **k: (commits.append(1), original(*a, **k)))
    before = to_dict(doc.workshop)
    with doc.group("Flyt 30 kort"):
        for i in range(30):
            doc.apply(AddItems("b1", [Note(id=f"g{i}", x=i)]))
        doc.apply(MoveItems("b1", {f"g{i}": (i, 100) for i in range(30)}))
    assert len(commits) == 1
    assert doc.undo_label == "Flyt 30 kort"
    assert reopened(doc) == to_dict(doc.workshop)
    doc.undo()
    assert to_dict(doc.workshop) == before


def test_a_failing_group_leaves_model_and_file_untouched(doc):
    before = to_dict(doc.workshop)
    with pytest.raises(OperationError), doc.group("Noget"):
        doc.apply(EditCard("b1", "b1c0", text="ændret"))
        doc.apply(EditCard("b1", "nope", text="x"))
    assert to_dict(doc.workshop) == before
    assert reopened(doc) == before
    assert not doc.can_undo


def test_a_storage_fault_keeps_the_work_in_memory_until_a_copy_is_saved(doc, monkeypatch,
                                                                        tmp_path):
    from kerneopgave_desktop.storage.errors import WriteFailed
    path = doc.store.path
    on_disk = path.read_bytes()

    def fail(*_args, **_kwargs):
        raise WriteFailed("disken er fuld")

    monkeypatch.setattr(doc.store, "commit", fail)
    with pytest.raises(WriteFailed):
        doc.apply(EditCard("b1", "b1c0", text="ikke tabt"))
    assert doc.workshop.board("b1").cards["b1c0"].text == "ikke tabt"
    assert doc.unsaved is not None and doc.undo_label == "Rediger tekst"
    doc.apply(EditCard("b1", "b1c1", text="også i hukommelsen"))  # no second fault: not written
    assert path.read_bytes() == on_disk
    copy = tmp_path / "kopi.kerneopgave"
    doc.save_as(copy)
    assert doc.unsaved is None and doc.store.path == copy
    again = open_document(copy, read_only=True)
    again.close()
    assert again.workshop.board("b1").cards["b1c0"].text == "ikke tabt"
    assert again.workshop.board("b1").cards["b1c1"].text == "også i hukommelsen"


def test_a_bug_in_storage_still_puts_the_model_back(doc, monkeypatch):
    before = to_dict(doc.workshop)
    monkeypatch.setattr(doc.store, "commit", lambda *_, **__: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        doc.apply(EditCard("b1", "b1c0", text="x"))
    assert to_dict(doc.workshop) == before and not doc.can_undo


def test_successive_nudges_merge_into_one_step(doc):
    start = doc.workshop.board("b1").cards["b1c0"]
    for _ in range(5):
        card = doc.workshop.board("b1").cards["b1c0"]
        doc.apply(NudgeItems("b1", {"b1c0": (card.x + 10, card.y)}))
    assert doc.workshop.board("b1").cards["b1c0"].x == start.x + 50
    doc.undo()
    assert doc.workshop.board("b1").cards["b1c0"] == start
    assert not doc.can_undo


def test_a_move_and_another_change_of_one_card_both_reach_the_file(doc):
    """Storage writes only x and y of an item that only moved (Changes.moved): an edit of
    the same card in the same step, before or after the move, is written whole."""
    with doc.group("Ret og flyt"):
        doc.apply(EditCard("b1", "b1c0", text="først ændret"))
        doc.apply(MoveItems("b1", {"b1c0": (40, 60), "b1c1": (80, 60)}))
    with doc.group("Flyt og ret"):
        doc.apply(MoveItems("b1", {"b1c2": (120, 60)}))
        doc.apply(EditCard("b1", "b1c2", text="så ændret"))
    assert reopened(doc) == to_dict(doc.workshop)
    board = doc.workshop.board("b1")
    assert (board.cards["b1c0"].text, board.cards["b1c0"].x) == ("først ændret", 40)
    assert (board.cards["b1c2"].text, board.cards["b1c2"].x) == ("så ændret", 120)


def test_moves_kept_in_memory_are_written_with_the_edits_made_meanwhile(doc, monkeypatch):
    from kerneopgave_desktop.storage.errors import FileBusy
    commit = doc.store.commit

    def busy(*_args, **_kwargs):
        raise FileBusy("optaget")

    monkeypatch.setattr(doc.store, "commit", busy)
    with pytest.raises(FileBusy):
        doc.apply(MoveItems("b1", {"b1c0": (500, 500), "b1z1": (20, 20)}))
    doc.apply(EditCard("b1", "b1c0", text="mens filen var optaget"))
    doc.apply(MoveItems("b1", {"b1c1": (700, 700)}))
    monkeypatch.setattr(doc.store, "commit", commit)
    assert doc.flush()
    assert reopened(doc) == to_dict(doc.workshop)


@pytest.mark.slow
def test_a_large_move_is_one_step_that_undo_takes_back_exactly(doc):
    board = doc.workshop.board("b1")
    doc.apply(AddItems("b1", [Note(id=f"m{i}", x=i * 0.1, y=-i) for i in range(2000)]))
    before = to_dict(doc.workshop)
    doc.apply(MoveItems("b1", {card.id: (card.x + 20.5, card.y - 0.1)
                               for card in board.cards.values()}))
    assert board.cards["m7"].x == 7 * 0.1 + 20.5 and doc.undo_label == "Flyt 2006 kort"
    assert reopened(doc) == to_dict(doc.workshop)
    doc.undo()
    assert to_dict(doc.workshop) == before
    assert reopened(doc) == before


def test_close_step_stops_merging(doc):
    doc.apply(NudgeItems("b1", {"b1c0": (1, 0)}))
    doc.close_step()
    doc.apply(NudgeItems("b1", {"b1c0": (2, 0)}))
    doc.undo()
    assert doc.workshop.board("b1").cards["b1c0"].x == 1


def test_one_spell_of_typing_is_one_step_and_the_next_spell_another(doc):
    start = doc.workshop.board("b1").cards["b1c2"].text
    spell = object()
    for text in ("a", "ab", "abc"):
        doc.apply(Typed(EditCard("b1", "b1c2", text=text), spell))
    assert doc.undo_label == "Rediger tekst"
    later = object()
    doc.apply(Typed(EditCard("b1", "b1c2", text="abcd"), later))
    doc.apply(Typed(EditCard("b1", "b1c2", decision="x"), later))  # another field: its own
    doc.undo()
    doc.undo()
    assert doc.workshop.board("b1").cards["b1c2"].text == "abc"
    doc.undo()
    assert doc.workshop.board("b1").cards["b1c2"].text == start and not doc.can_undo
    doc.redo()
    assert doc.workshop.board("b1").cards["b1c2"].text == "abc"


@pytest.mark.parametrize("first", ["window", "scene"])
def test_what_a_listener_sees_does_not_depend_on_the_order_of_subscription(doc, first):
    seen = {}

    def window(changes) -> None:  # drops the scene of a removed board, as MainWindow does
        seen["window"] = [b.id for b in doc.workshop.boards]
        if "b2" not in seen["window"]:
            unsubscribe_scene()

    def scene(changes) -> None:
        seen.setdefault("scene", []).append([b.id for b in doc.workshop.boards])

    order = [window, scene] if first == "window" else [scene, window]
    unsubscribers = [doc.subscribe(listener) for listener in order]
    unsubscribe_scene = unsubscribers[order.index(scene)]
    doc.apply(RenameBoard("b2", "Ny titel"))
    doc.apply(RemoveBoard("b2"))
    # Both changes, each with the model as changed, never a half-made change: whoever was
    # listening when a change was made hears it, even if another lets go of it meanwhile.
    assert seen["scene"] == [["b1", "b2"], ["b1"]]


def test_listeners_hear_what_changed(doc):
    heard = []
    unsubscribe = doc.subscribe(heard.append)
    doc.apply(EditCard("b1", "b1c0", text="hej"))
    assert heard[-1].items == {"b1": {"b1c0"}}
    doc.undo()
    assert heard[-1].items == {"b1": {"b1c0"}}
    unsubscribe()
    doc.redo()
    assert len(heard) == 2


@pytest.mark.parametrize("operation", [
    lambda: AddItems("b1", [Note(id="b1c0")]),
    lambda: AddItems("b1", [Note(id="b2c0")]),
    lambda: AddItems("b1", [Link(id="lx", source="b1c0", target="b2c0")]),
    lambda: AddItems("nope", [Note(id="x")]),
    lambda: RemoveItems("b1", ["b2c0"]),
    lambda: MoveItems("b1", {"b1l0": (0, 0)}),
    lambda: MoveItems("b1", {"b1c0": (5, 5), "nope": (0, 0)}),
    lambda: EditCard("b1", "b1c0", level="galaxy"),
    lambda: EditCard("b1", "b1c4", level="team"),
    lambda: EditCard("b1", "b1c0", id="other"),
    lambda: EditLink("b1", "b1l0", target="b2c0"),
    lambda: EditZone("b1", "b1c0", title="x"),
    lambda: MoveBoard("b1", 5),
    lambda: AddBoard(Board(id="b1")),
    lambda: EditWorkshop(colour="red"),
])
def test_operations_that_do_not_fit_are_refused_without_change(doc, operation):
    before = to_dict(doc.workshop)
    with pytest.raises(OperationError):
        doc.apply(operation())
    assert to_dict(doc.workshop) == before
    assert reopened(doc) == before


def test_read_only_documents_refuse_changes(doc):
    from kerneopgave_desktop.document import ReadOnlyError
    path = doc.store.path
    doc.close()
    readonly = open_document(path, read_only=True)
    with pytest.raises(ReadOnlyError):
        readonly.apply(EditCard("b1", "b1c0", text="x"))
    readonly.close()


def test_save_as_continues_in_the_copy(doc, tmp_path):
    original = doc.store.path
    original_bytes = original.read_bytes()
    doc.save_as(tmp_path / "kopi.kerneopgave")
    doc.apply(EditCard("b1", "b1c0", text="i kopien"))
    assert original.read_bytes() == original_bytes
    copy = open_document(tmp_path / "kopi.kerneopgave")
    assert copy.workshop.board("b1").cards["b1c0"].text == "i kopien"
    copy.close()


def test_cards_are_frozen_values():
    card = Note(id="n")
    with pytest.raises(dataclasses.FrozenInstanceError):
        card.text = "x"


def test_a_nested_group_is_part_of_the_outer_step(doc):
    before = to_dict(doc.workshop)
    with doc.group("Ydre"):
        doc.apply(EditCard("b1", "b1c0", text="a"))
        with doc.group("Indre"):
            doc.apply(EditCard("b1", "b1c1", text="b"))
    assert doc.undo_label == "Ydre"
    doc.undo()
    assert to_dict(doc.workshop) == before
    assert not doc.can_undo


def test_votes_never_go_below_zero_and_undo_exactly(doc):
    board = doc.workshop.board("b1")
    doc.apply(Vote("b1", ["b1c0"], -1))
    assert board.cards["b1c0"].votes == 0
    doc.apply(Vote("b1", ["b1c0", "b1c4"], 2))
    assert (board.cards["b1c0"].votes, board.cards["b1c4"].votes) == (2, 5)
    assert doc.undo_label == "Giv stemme"
    doc.apply(ResetVotes("b1"))
    assert not any(card.votes for card in board.cards.values())
    doc.undo()
    assert (board.cards["b1c0"].votes, board.cards["b1c4"].votes) == (2, 5)
    doc.undo()
    doc.redo()
    assert board.cards["b1c4"].votes == 5


@settings(max_examples=200, derandomize=True, deadline=None)
@given(*[st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                   st.integers(-10**8, 10**8))] * 2)
def test_a_move_holds_each_place_within_the_edge_as_clamped_does(x, y):
    edge = MAX_COORDINATE
    changes = MoveItems("b1", {"n": (x, y)}).changes
    assert changes == {"n": {"x": clamped(x, -edge, edge), "y": clamped(y, -edge, edge)}}
    assert all(type(value) is float for value in changes["n"].values())


def test_moving_cards_and_zones_together_keeps_the_board_s_order(doc):
    board = doc.workshop.board("b1")
    cards, zones = list(board.cards), list(board.zones)
    moved = {cards[-1]: (5.0, 6.0), zones[0]: (-40.0, 10.0), cards[0]: (7.0, 8.0)}
    doc.apply(MoveItems("b1", moved))
    assert list(board.cards) == cards and list(board.zones) == zones
    assert (board.cards[cards[0]].x, board.zones[zones[0]].y) == (7.0, 10.0)
    assert doc.undo_label == "Flyt 3 elementer"
