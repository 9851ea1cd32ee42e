"""The one door (ui/operations.py): what it applies, what it shows, what it lets through."""

from __future__ import annotations

import pytest

from kerneopgave_desktop.document import AddItems, Document, EditCard, Operation, RemoveItems
from kerneopgave_desktop.domain.changes import Changes
from kerneopgave_desktop.domain.model import Note
from kerneopgave_desktop.storage.errors import WriteFailed
from kerneopgave_desktop.ui.operations import Door
from tests.factories import sample_workshop


@pytest.fixture
def shown():
    return []


@pytest.fixture
def door(doc, shown):
    return Door(doc, shown.append)


def test_an_edit_that_fits_is_applied_and_nothing_is_shown(door, doc, shown):
    assert door.apply(EditCard("b1", "b1c0", text="ny"), origin="test")
    assert doc.workshop.board("b1").cards["b1c0"].text == "ny" and shown == []


def test_an_edit_that_no_longer_fits_is_shown_and_changes_nothing(door, doc, shown):
    before = doc.workshop.board("b1").cards["b1c0"]
    assert not door.apply(RemoveItems("b1", ["not-there"]))
    assert not door.apply(EditCard("b1", "b1c0", votes=-3))  # the model refuses the value
    assert len(shown) == 2 and doc.workshop.board("b1").cards["b1c0"] == before


def test_a_group_that_fails_half_way_leaves_nothing(door, doc, shown):
    cards_before = dict(doc.workshop.board("b1").cards)

    def add_then_fail() -> None:
        doc.apply(AddItems("b1", [Note(id="n1", text="først")]))
        doc.apply(RemoveItems("b1", ["not-there"]))

    assert not door.group("To ting", add_then_fail)
    assert doc.workshop.board("b1").cards == cards_before and len(shown) == 1
    assert not doc.can_undo


def test_a_file_that_cannot_take_the_change_is_shown_but_the_edit_stands(door, doc, shown,
                                                                          monkeypatch):
    def full(*_args, **_kwargs):
        raise WriteFailed("disken er fuld")

    monkeypatch.setattr(doc.store, "commit", full)
    assert door.apply(EditCard("b1", "b1c0", text="i hukommelsen"))
    assert doc.workshop.board("b1").cards["b1c0"].text == "i hukommelsen"
    assert doc.unsaved is not None and shown == ["disken er fuld"]


def test_a_read_only_document_refuses_through_the_door(shown):
    door = Door(Document(sample_workshop(), read_only=True), shown.append)
    assert not door.apply(EditCard("b1", "b1c0", text="nej"))
    assert not door.undo()
    assert len(shown) == 2


def test_a_bug_is_not_swallowed(door):
    class Broken(Operation):
        label = "Fejl"

        def apply(self, workshop) -> tuple[Operation, Changes]:
            raise KeyError("a bug")

    with pytest.raises(KeyError):
        door.apply(Broken())


def test_the_origin_reaches_the_listeners(door, doc):
    seen = []
    doc.subscribe(lambda changes: seen.append(changes.origin))
    door.apply(EditCard("b1", "b1c0", text="a"), origin="panel")
    door.group("Gruppe", lambda: doc.apply(EditCard("b1", "b1c0", text="b")), origin="room")
    door.undo()
    assert seen == ["panel", "room", None]
