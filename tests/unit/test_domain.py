import pytest

from kerneopgave_desktop.domain.model import (
    CARD_TYPES,
    MAX_TEXT,
    Board,
    Card,
    CoreTask,
    Dilemma,
    Effect,
    Link,
    ModelError,
    Note,
    Zone,
)
from kerneopgave_desktop.domain.vocabulary import (
    CARD_KINDS,
    INVOLVEMENT_DEGREES,
    LEVELS,
    LINK_KINDS,
    PERSPECTIVES,
    PROFESSIONS,
    USES,
)


def test_vocabularies_carry_the_file_codes_and_both_languages():
    assert LEVELS.codes == ("municipality", "department", "workplace", "team")
    assert PERSPECTIVES.codes == ("formal", "performed", "experienced")
    assert INVOLVEMENT_DEGREES.codes == ("shared_focus", "attentive", "active", "co_creation")
    assert LINK_KINDS.codes == ("contributes_to", "concretises", "tension", "plain")
    assert set(CARD_KINDS.codes) == set(CARD_TYPES)
    assert len(USES.terms) == 5
    assert len(PROFESSIONS.terms) >= 18
    assert LEVELS.label("department", "da") == "Forvaltning/center"
    assert PERSPECTIVES.label("experienced", "en") == "Experienced"
    for vocabulary in (LEVELS, PERSPECTIVES, INVOLVEMENT_DEGREES, LINK_KINDS, CARD_KINDS, USES,
                       PROFESSIONS):
        for term in vocabulary.terms:
            assert term.da and term.en, term


def test_each_kind_has_its_own_fields():
    assert CoreTask.kind_fields() == ("level", "perspective")
    assert Dilemma.kind_fields() == ("pole_a", "pole_b", "status", "decision", "answers", "origin",
                                     "stances")
    assert Effect.kind_fields() == ("output", "beneficiary", "involvement")
    assert Note.kind_fields() == ()


@pytest.mark.parametrize("make", [
    lambda: CoreTask(id="c", level="galaxy"),
    lambda: CoreTask(id="c", perspective="felt"),
    lambda: Dilemma(id="c", status="maybe"),
    lambda: Effect(id="c", beneficiary="me"),
    lambda: Note(id="c", votes=-1),
    lambda: Note(id="c", votes=True),
    lambda: Note(id="c", width=0),
    lambda: Note(id="c", x=float("nan")),
    lambda: Note(id="c", color="red"),
    lambda: Note(id="c", text="x" * (MAX_TEXT + 1)),
    lambda: Note(id="c", text="\ud800"),
    lambda: Note(id=""),
    lambda: Link(id="l", source="a", target="a"),
    lambda: Link(id="l", source="a", target="b", kind="friendship"),
    lambda: Zone(id="z", locked="yes"),
])
def test_the_model_refuses_values_it_cannot_hold(make):
    with pytest.raises(ModelError):
        make()


def test_a_card_holds_a_hundred_thousand_characters():
    assert len(Note(id="c", text="å" * MAX_TEXT).text) == MAX_TEXT


def test_card_is_the_base_of_every_kind():
    assert all(issubclass(cls, Card) for cls in CARD_TYPES.values())


def test_an_item_counts_as_only_moved_while_every_change_to_it_was_a_move():
    from kerneopgave_desktop.domain.changes import Changes

    changes = Changes().touch("b", ["a", "b"], moved=True)
    changes.touch("b", ["b", "c"])  # b changed otherwise too, c only so
    changes.touch("b", ["c", "d"], moved=True)  # moving c afterwards keeps it changed
    assert changes.moved == {"a", "d"} and changes.items["b"] == {"a", "b", "c", "d"}
    merged = Changes().touch("b", ["a", "e"], moved=True)
    merged.update(changes)
    assert merged.moved == {"a", "d", "e"}
    edited = Changes().touch("b", ["a"])
    edited.update(Changes().touch("b", ["a", "f"], moved=True))
    assert edited.moved == {"f"}


def test_a_board_names_the_ids_it_does_not_hold():
    board = Board(id="b", zones={"z": Zone(id="z")}, cards={"a": Note(id="a"), "c": Note(id="c")},
                  links={"l": Link(id="l", source="a", target="c")})
    assert board.absent(["a", "l", "z", "gone", "c", "gone"]) == {"gone"}
    assert board.absent(iter(())) == set()
