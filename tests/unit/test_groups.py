"""Perspectives in groups: the split into three group boards and the merge back into the
plenary board's cells, as layout (without Qt) and as one undo step each."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kerneopgave_desktop.document import AddItems, Document, create_document, open_document
from kerneopgave_desktop.document.groups import (
    merge_label,
    merge_operations,
    split_label,
    split_operations,
)
from kerneopgave_desktop.document.room_operations import AddRound
from kerneopgave_desktop.domain import comparison, groups
from kerneopgave_desktop.domain.checks import layout_problems
from kerneopgave_desktop.domain.diff import compare
from kerneopgave_desktop.domain.model import (
    Agreement,
    Card,
    CoreTask,
    Dilemma,
    Link,
    Note,
    Workshop,
)
from kerneopgave_desktop.domain.rounds import Round
from kerneopgave_desktop.domain.snapshots import take
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.domain.vocabulary import LEVELS, PERSPECTIVES
from kerneopgave_desktop.interchange import json as json_format


def plenary_document() -> Document:
    return Document(Workshop(boards=[TEMPLATES["perspektiver"].board()]))


def run(document: Document, label: str, operations) -> None:
    with document.group(label):
        for operation in operations:
            document.apply(operation)


def split(document: Document) -> list:
    plenary = document.workshop.boards[0]
    run(document, split_label(), split_operations(document.workshop, plenary.id))
    return groups.group_boards(document.workshop, plenary.id)


def merge(document: Document, board_id: str | None = None) -> None:
    board_id = board_id or document.workshop.boards[0].id
    run(document, merge_label(), merge_operations(document.workshop, board_id))


def in_row(board, row_level: str, number: int, make=Note, **fields) -> Card:
    """A card in the `number`th place of a group board's row for `row_level`."""
    row = groups._rows(board)[row_level]
    return make(id=f"{board.perspective}-{row_level}-{number}", text=f"{row_level} {number}",
                x=row.x + 20 + (number % 4) * 260, y=row.y + 60 + (number // 4) * 170,
                **fields)


def overlapping_zones(board) -> list[tuple[str, str]]:
    zones = list(board.zones.values())
    return [(a.title, b.title) for i, a in enumerate(zones) for b in zones[i + 1:]
            if a.x < b.x + b.width and b.x < a.x + a.width
            and a.y < b.y + b.height and b.y < a.y + a.height]


# -- the grid -------------------------------------------------------------------------------

def test_the_perspectives_template_is_a_grid_of_levels_by_perspectives():
    board = TEMPLATES["perspektiver"].board()
    found = groups.grid(board)
    assert found is not None and set(found.cells) == {
        (level, perspective) for level in LEVELS.codes for perspective in PERSPECTIVES.codes}
    assert [found.column_heads[p].title for p in PERSPECTIVES.codes] == [
        "Den formelle", "Den udførte", "Den oplevede"]
    assert [found.row_labels[level].title for level in LEVELS.codes] == [
        term.label() for term in LEVELS.terms]
    cell = found.cells[("team", "experienced")]
    assert found.cell_of(Note(id="n", x=cell.x + 10, y=cell.y + 10)) == ("team", "experienced")


@pytest.mark.parametrize("name", [n for n in TEMPLATES if n != "perspektiver"])
def test_other_templates_are_no_grid_and_cannot_be_split(name):
    board = TEMPLATES[name].board()
    assert groups.grid(board) is None
    assert not groups.can_split(Workshop(boards=[board]), board)


def test_a_grid_missing_a_cell_cannot_be_split():
    board = TEMPLATES["perspektiver"].board()
    del board.zones[next(z.id for z in board.zones.values() if z.kind == "cell")]
    assert groups.grid(board) is None


# -- the split ------------------------------------------------------------------------------

def test_the_split_adds_a_board_per_perspective_with_a_row_per_level_as_one_step():
    document = plenary_document()
    before = json_format.dumps(document.workshop)
    plenary = document.workshop.boards[0]
    out = split(document)
    assert [board.title for board in document.workshop.boards] == [
        "Tre perspektiver", "Gruppe: Den formelle", "Gruppe: Den udførte",
        "Gruppe: Den oplevede"]
    assert [(b.plenary, b.perspective) for b in out] == [
        (plenary.id, p) for p in PERSPECTIVES.codes]
    first = out[0]
    titles = [zone.title for zone in first.zones.values()]
    assert titles == ["Formel: hvad siger love, regler og politiske mål om opgaven?",
                      *(term.label() for term in LEVELS.terms)]
    assert layout_problems(first) == [] and overlapping_zones(first) == []
    assert document.undo_label == "Del i grupper"
    assert not groups.can_split(document.workshop, plenary)
    assert groups.plenary_of(document.workshop, first) is plenary
    assert groups.plenary_of(document.workshop, plenary) is plenary
    document.undo()
    assert json_format.dumps(document.workshop) == before
    assert groups.can_split(document.workshop, plenary)


def test_a_split_needs_the_grid_and_no_groups_out():
    from kerneopgave_desktop.document import OperationError
    document = plenary_document()
    split(document)
    with pytest.raises(OperationError, match="allerede"):
        split_operations(document.workshop, document.workshop.boards[0].id)
    with pytest.raises(OperationError):
        split_operations(document.workshop, document.workshop.boards[1].id)


# -- the merge ------------------------------------------------------------------------------

def test_the_merge_puts_every_card_in_its_level_and_perspective_cell_as_one_step():
    document = plenary_document()
    plenary = document.workshop.boards[0]
    out = split(document)
    existing = Note(id="already", text="Fra plenum",
                    x=groups.grid(plenary).cells[("team", "formal")].x + 20,
                    y=groups.grid(plenary).cells[("team", "formal")].y + 60)
    document.apply(AddItems(plenary.id, [existing]))
    formal, performed, experienced = out
    cards = [in_row(formal, "team", n) for n in range(6)]
    cards.append(in_row(formal, "municipality", 0, CoreTask, level="team"))
    document.apply(AddItems(formal.id, cards))
    document.apply(AddItems(formal.id, [Link(id="l", source=cards[0].id, target=cards[1].id)]))
    document.apply(AddItems(performed.id, [in_row(performed, "workplace", 0, Dilemma)]))
    lost = Note(id="outside", text="Uden for rækkerne", x=2000, y=0)
    document.apply(AddItems(experienced.id, [lost]))
    before = json_format.dumps(document.workshop)
    merge(document, formal.id)
    assert [board.title for board in document.workshop.boards] == ["Tre perspektiver"]
    assert document.undo_label == "Saml grupperne"
    board = document.workshop.boards[0]
    found = groups.grid(board)
    for card in cards[:6]:
        assert found.cell_of(board.cards[card.id]) == ("team", "formal")
    assert found.cell_of(board.cards["already"]) == ("team", "formal")
    core = board.cards[cards[6].id]
    assert found.cell_of(core) == ("municipality", "formal")
    assert (core.level, core.perspective) == ("municipality", "formal")  # as its cell
    dilemma = next(c for c in board.cards.values() if isinstance(c, Dilemma))
    assert found.cell_of(dilemma) == ("workplace", "performed")
    parking = next(z for z in board.zones.values() if z.kind == "parking")
    assert parking.contains(board.cards["outside"])
    assert board.links["l"].source == cards[0].id
    assert layout_problems(board) == [] and overlapping_zones(board) == []
    # Seven cards, two to a row, in the team's formal cell: four rows, and the row grows.
    rows = [found.cells[("team", p)] for p in PERSPECTIVES.codes]
    assert [cell.height for cell in rows] == [60 + 4 * 150 + 3 * 20 + 20] * 3
    assert found.row_labels["team"].height == rows[0].height
    document.undo()
    assert json_format.dumps(document.workshop) == before
    document.redo()
    assert len(document.workshop.boards) == 1


def test_a_grown_row_moves_what_lies_below_and_right_along_without_overlap():
    document = plenary_document()
    plenary = document.workshop.boards[0]
    formal = split(document)[0]
    wide = in_row(formal, "department", 0, Note)
    wide = dataclasses.replace(wide, width=900.0, height=400.0)
    document.apply(AddItems(formal.id, [wide, *(in_row(formal, "department", n)
                                                for n in range(1, 5))]))
    agreements = next(z for z in plenary.zones.values() if z.kind == "agreements")
    old = (agreements.x, agreements.y)
    merge(document)
    board = document.workshop.boards[0]
    moved = board.zones[agreements.id]
    assert moved.x == old[0] and moved.y > old[1]
    assert layout_problems(board) == [] and overlapping_zones(board) == []
    found = groups.grid(board)
    assert found.cells[("department", "formal")].width >= 900 + 40
    assert found.column_heads["formal"].width == found.cells[("team", "formal")].width


SIZES = st.tuples(st.integers(100, 700), st.integers(100, 420))
ROWS = st.lists(st.tuples(st.sampled_from(LEVELS.codes), SIZES), max_size=12)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.tuples(ROWS, ROWS, ROWS), st.lists(SIZES, max_size=3), st.lists(
    st.tuples(st.sampled_from([(lv, p) for lv in LEVELS.codes for p in PERSPECTIVES.codes]),
              st.tuples(st.integers(100, 500), st.integers(100, 150))), max_size=5))
@pytest.mark.slow
def test_any_merge_leaves_every_card_in_its_cell_and_nothing_overlapping(per_group, outside,
                                                                         present):
    document = plenary_document()
    plenary = document.workshop.boards[0]
    cells = groups.grid(plenary).cells
    placed = []
    for number, ((level, perspective), (width, height)) in enumerate(present):
        cell = cells[(level, perspective)]
        placed.append(Note(id=f"p{number}", x=cell.x + 20, y=cell.y + 60, width=width,
                           height=height))
    if placed:
        document.apply(AddItems(plenary.id, placed))
    expected: dict[str, tuple[str, str]] = {
        card.id: groups.grid(plenary).cell_of(card) for card in placed}
    for board, cards in zip(split(document), per_group, strict=True):
        rows = groups._rows(board)
        made = []
        for number, (level, (width, height)) in enumerate(cards):
            row = rows[level]
            made.append(Agreement(id=f"{board.perspective}{number}", x=row.x + 20,
                                  y=row.y + 60, width=width, height=height))
            expected[made[-1].id] = (level, board.perspective)
        made += [Note(id=f"{board.perspective}-out{n}", x=-3000 - 800 * n, y=0, width=w,
                      height=h) for n, (w, h) in enumerate(outside)]
        if made:
            document.apply(AddItems(board.id, made))
    merge(document)
    board = document.workshop.boards[0]
    found = groups.grid(board)
    for card_id, cell in expected.items():
        assert found.cell_of(board.cards[card_id]) == cell, card_id
    parking = next(z for z in board.zones.values() if z.kind == "parking")
    for card in board.cards.values():
        if "-out" in card.id:
            assert parking.contains(card)
    assert layout_problems(board) == []
    assert overlapping_zones(board) == []


# -- the file, snapshots and the room ------------------------------------------------------

def test_group_boards_are_kept_in_the_file_json_and_snapshots(tmp_path):
    path = tmp_path / "w.kerneopgave"
    document = create_document(path, Workshop(boards=[TEMPLATES["perspektiver"].board()]))
    before = take(document.workshop, "Før grupperne", now=datetime(2026, 3, 3, 10).astimezone())
    formal = split(document)[0]
    document.apply(AddItems(formal.id, [in_row(formal, "team", 0)]))
    during = take(document.workshop, "I grupper", now=datetime(2026, 3, 3, 11).astimezone())
    document.close()
    again = open_document(path)
    assert [(b.plenary, b.perspective) for b in again.workshop.boards[1:]] == [
        (again.workshop.boards[0].id, p) for p in PERSPECTIVES.codes]
    text = json_format.dumps(again.workshop)
    assert json_format.dumps(json_format.loads(text)) == text
    assert '"perspective": "formal"' in text
    groups_out = dict(comparison.sections(compare(list(before.content),
                                                  again.workshop.boards)))
    assert groups_out["Tavler"] == ["ny tavle: Gruppe: Den formelle",
                                    "ny tavle: Gruppe: Den udførte",
                                    "ny tavle: Gruppe: Den oplevede"]
    assert groups_out["Tilføjet"] == ["[Gruppe: Den formelle] Note: »team 0«"]
    assert [b.perspective for b in during.content] == [None, *PERSPECTIVES.codes]
    merge(again)
    gathered = dict(comparison.sections(compare(list(during.content), again.workshop.boards)))
    assert gathered["Flyttet"] == ["[Tre perspektiver] Note: »team 0«"]
    assert len(gathered["Tavler"]) == 3 and gathered["Tavler"][0].startswith("fjernet tavle")
    again.close()


def test_a_room_round_on_a_group_board_takes_phones_cards_into_a_row_and_follows_the_merge():
    from kerneopgave_desktop.room import rules

    document = plenary_document()
    formal = split(document)[0]
    row = groups._rows(formal)["workplace"]
    document.apply(AddRound(Round(id="r", board=formal.id, prompt="Hvad siger reglerne?",
                                  zone=row.id)))
    plan = rules.plan(document.workshop, rules.Proposal(action="write", device="phone1",
                                                        text="Serviceloven § 83"))
    run(document, plan.label, plan.operations)
    card = next(c for c in document.workshop.board(formal.id).cards.values())
    assert row.contains(card) and card.round_id == "r"
    merge(document)
    board = document.workshop.boards[0]
    assert groups.grid(board).cell_of(board.cards[card.id]) == ("workplace", "formal")
    assert document.workshop.round("r").board == board.id
    assert document.workshop.round("r").zone is None
