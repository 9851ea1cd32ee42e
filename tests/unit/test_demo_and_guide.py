import pytest

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain import guide
from kerneopgave_desktop.domain.checks import layout_problems, markers
from kerneopgave_desktop.domain.demo import demo_workshop
from kerneopgave_desktop.domain.model import Contribution, Dilemma, Effect
from kerneopgave_desktop.interchange.json import dumps, loads


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_demo_is_a_filled_in_school_workshop_in_both_languages(lang):
    i18n.set_language(lang)
    workshop = demo_workshop()
    assert len(workshop.boards) >= 3 and workshop.info.participants
    cards = [card for board in workshop.boards for card in board.cards.values()]
    assert sum(card.votes for card in cards) >= 20
    assert {c.profession for c in cards if isinstance(c, Contribution)} >= {"teacher", "pedagogue"}
    dilemmas = [c for c in cards if isinstance(c, Dilemma)]
    assert {d.status for d in dilemmas} == {"new", "discussed", "settled"}
    assert any(d.decision and d.answers for d in dilemmas)
    assert any(isinstance(c, Effect) and c.output for c in cards)
    for board in workshop.boards:
        assert layout_problems(board) == [] and markers(board) == (set(), set())
    assert dumps(loads(dumps(workshop))) == dumps(workshop)


def test_the_guide_covers_the_method_and_credits_the_booklet():
    titles = [section.title("da") for section in guide.sections()]
    assert titles == ["Tre skift", "Tre vildfarelser", "Fem principper",
                      "Fem måder at bruge perspektivet på", "Fire grader af inddragelse"]
    counts = [len(section.items) for section in guide.sections()]
    assert counts == [3, 3, 5, 5, 4]
    assert all(item.label("da") and item.label("en") and item.hint("da") and item.hint("en")
               for section in guide.sections() for item in section.items)
    assert "Fremfærd" in guide.CREDIT.label("da") and "Fremfærd" in guide.CREDIT.label("en")
