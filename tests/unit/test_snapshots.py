"""Snapshots and the diff, without Qt."""

import dataclasses

import pytest

from kerneopgave_desktop.document import (
    AddItems,
    DeleteSnapshot,
    EditCard,
    MoveItems,
    RemoveItems,
    RenameSnapshot,
    TakeSnapshot,
    open_document,
)
from kerneopgave_desktop.domain import comparison
from kerneopgave_desktop.domain.diff import MOVE_THRESHOLD, compare
from kerneopgave_desktop.domain.model import Link, Note
from kerneopgave_desktop.domain.snapshots import find, freeze, restored, take
from kerneopgave_desktop.interchange import changes, markdown
from kerneopgave_desktop.interchange.json import to_dict
from tests.factories import sample_workshop


def board(doc):
    return doc.workshop.board("b1")


def before(doc):
    return [freeze(b) for b in doc.workshop.boards]


def test_nothing_changed_says_so():
    workshop = sample_workshop()
    diff = compare(workshop.boards, [freeze(b) for b in workshop.boards])
    assert not diff and comparison.summary(diff) == "Ingen ændringer"


@pytest.mark.parametrize("change, expect", [
    (lambda d: d.apply(AddItems("b1", [Note(id="ny", text="Ny")])), {"added": ["ny"]}),
    (lambda d: d.apply(RemoveItems("b1", ["b1c5"])), {"removed": ["b1c5"], "links_removed": 1}),
    (lambda d: d.apply(MoveItems("b1", {"b1c0": (500, 500)})), {"moved": ["b1c0"]}),
    (lambda d: d.apply(MoveItems("b1", {"b1c0": (MOVE_THRESHOLD - 5, 0)})), {}),
    (lambda d: d.apply(EditCard("b1", "b1c1", text="Et helt nyt bidrag")), {"reworded": ["b1c1"]}),
    (lambda d: d.apply(EditCard("b1", "b1c0", level="municipality", perspective="formal")),
     {"changed": ["b1c0"]}),
    (lambda d: d.apply(EditCard("b1", "b1c2", status="settled", decision="Ja")),
     {"changed": ["b1c2"]}),
    (lambda d: d.apply(EditCard("b1", "b1c4", votes=9)), {"changed": ["b1c4"]}),
    (lambda d: d.apply(AddItems("b1", [Link(id="nyl", source="b1c0", target="b1c5")])),
     {"links_added": 1}),
])
def test_each_kind_of_change_alone(doc, change, expect):
    start = before(doc)
    change(doc)
    diff = compare(start, doc.workshop.boards)
    assert [r.card.id for r in diff.added] == expect.get("added", [])
    assert [r.card.id for r in diff.removed] == expect.get("removed", [])
    assert [a.card.id for _, a in diff.moved] == expect.get("moved", [])
    assert [c.after.card.id for c in diff.reworded] == expect.get("reworded", [])
    assert [c.after.card.id for c in diff.changed] == expect.get("changed", [])
    assert len(diff.links_added) == expect.get("links_added", 0)
    assert len(diff.links_removed) == expect.get("links_removed", 0)


def test_changes_combined_and_told_in_danish(doc):
    start = before(doc)
    doc.apply(EditCard("b1", "b1c0", text="Alle børn lærer", level="workplace", x=900.0))
    doc.apply(RemoveItems("b1", ["b1c3"]))
    doc.apply(AddItems("b1", [Note(id="ny", text="Husk eleverne")]))
    diff = compare(start, doc.workshop.boards)
    assert diff.touched() == {"b1c0": "changed", "b1c3": "removed", "ny": "added"}
    assert [w for w in diff.reworded[0].words() if w[0] != "="][:2] == [
        ("-", "Kerneopgave"), ("+", "Alle børn lærer")]
    text = comparison.summary(diff)
    for words in ("Tilføjet (1):", "Fjernet (1):", "Omformuleret (1):", "Ændret (1):",
                  "Flyttet (1):", "Niveau Team/funktion → Arbejdsplads/institution",
                  "»Husk eleverne«", "Forbindelser (2):", "fjernet forbindelse: forbindelse 2"):
        assert words in text, words
    data = changes.to_json(diff)
    assert {"added", "removed", "moved", "reworded"} <= set(data)
    assert data["reworded"][0]["text_before"] == "Kerneopgave"


def test_snapshots_survive_reopening_and_never_change(doc):
    snapshot = take(doc.workshop, "Personalemøde 3. marts")
    frozen = to_dict(doc.workshop)["boards"]
    doc.apply(TakeSnapshot(snapshot))
    doc.apply(EditCard("b1", "b1c0", text="ændret bagefter"))
    doc.apply(RemoveItems("b1", ["b1c1"]))
    path = doc.store.path
    doc.close()
    again = open_document(path)
    kept = find(again.workshop, "Personalemøde 3. marts")
    assert kept == snapshot
    assert [to_dict(type(again.workshop)(boards=list(kept.content)))["boards"]] == [frozen]
    again.close()
    doc.store = open_document(path).store


def test_rename_and_delete_are_undoable(doc):
    snapshot = take(doc.workshop, "A")
    doc.apply(TakeSnapshot(snapshot))
    doc.apply(RenameSnapshot(snapshot.id, "B"))
    assert doc.workshop.snapshots[0].name == "B" and doc.undo_label == "Omdøb øjebliksbillede"
    doc.apply(DeleteSnapshot(snapshot.id))
    assert doc.workshop.snapshots == []
    doc.undo()
    doc.undo()
    assert doc.workshop.snapshots == [snapshot]
    again = open_document(doc.store.path, read_only=True)
    assert again.workshop.snapshots == [snapshot]
    again.close()


def test_restore_gives_an_identical_board_under_new_ids():
    original = sample_workshop().boards[0]
    copy = restored(original, "Gendannet")
    assert copy.title == "Gendannet" and copy.id != original.id
    assert not set(copy.cards) & set(original.cards)
    strip = lambda items: [dataclasses.replace(i, id="x") for i in items]  # noqa: E731
    assert strip(copy.cards.values()) == strip(original.cards.values())
    assert strip(copy.zones.values()) == strip(original.zones.values())
    ends = {new: old for old, new in zip(original.cards, copy.cards, strict=True)}
    assert [(ends[k.source], ends[k.target], k.kind, k.label) for k in copy.links.values()] == \
        [(k.source, k.target, k.kind, k.label) for k in original.links.values()]


def test_the_minutes_can_say_what_changed_since_a_snapshot(doc):
    snapshot = take(doc.workshop, "Før")
    doc.apply(AddItems("b1", [Note(id="ny", text="Ny idé")]))
    text = markdown.dumps(doc.workshop, since=snapshot)
    assert "## Hvad har ændret sig siden Før" in text and "Ny idé" in text
    assert "Hvad har ændret sig" not in markdown.dumps(doc.workshop)


def test_a_link_without_a_label_is_named_by_its_kind(doc):
    start = before(doc)
    doc.apply(AddItems("b1", [Link(id="l9", source="b1c0", target="b1c5", kind="concretises")]))
    summary = comparison.summary(compare(start, doc.workshop.boards))
    assert "ny forbindelse: Konkretiserer" in summary
