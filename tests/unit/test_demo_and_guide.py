import pytest

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain import guide
from kerneopgave_desktop.domain.checks import layout_problems, markers
from kerneopgave_desktop.domain.decks import builtin_deck
from kerneopgave_desktop.domain.demo import DEFAULT_DEMO, DEMOS, demo_workshop
from kerneopgave_desktop.domain.model import Contribution, CoreTask, Dilemma, Effect, Note
from kerneopgave_desktop.domain.vocabulary import PROFESSIONS
from kerneopgave_desktop.interchange.json import dumps, loads


def test_there_are_three_examples_with_titles_in_both_languages_and_the_school_first():
    assert list(DEMOS) == ["skole", "hjemmepleje", "teknik"] and DEFAULT_DEMO == "skole"
    assert all(demo.title("da") and demo.title("en") and demo.title("da") != demo.title("en")
               for demo in DEMOS.values())
    assert demo_workshop().info.workplace == "Skolen ved Åen"
    with pytest.raises(KeyError):
        demo_workshop("rådhus")


@pytest.mark.parametrize("name", list(DEMOS))
@pytest.mark.parametrize("lang", ["da", "en"])
def test_each_example_is_a_complete_workshop_in_both_languages(name, lang):
    i18n.set_language(lang)
    workshop = demo_workshop(name)
    assert len(workshop.boards) >= 4 and len(workshop.info.participants) >= 5
    assert workshop.info.title and workshop.info.facilitator and workshop.info.date
    cards = [card for board in workshop.boards for card in board.cards.values()]
    assert sum(card.votes for card in cards) >= 20
    ladder = next(board for board in workshop.boards if board.template == "niveauer")
    levels = {card.level for card in ladder.cards.values() if isinstance(card, CoreTask)}
    assert levels == {"municipality", "department", "workplace", "team"}
    assert sum(link.kind == "concretises" for link in ladder.links.values()) == 3
    contributions = [c for c in cards if isinstance(c, Contribution)]
    assert len(contributions) == 8 and all(c.profession and c.text for c in contributions)
    own = {c.profession for c in contributions} - set(PROFESSIONS.codes)
    assert own <= set(workshop.info.professions)  # the team's own professions are registered
    dilemmas = [c for c in cards if isinstance(c, Dilemma)]
    assert {d.status for d in dilemmas} == {"new", "discussed", "settled"}
    assert any(d.decision and len(d.answers) >= 4 for d in dilemmas)
    assert all(d.pole_a and d.pole_b for d in dilemmas if d.status != "new")
    effects = [c for c in cards if isinstance(c, Effect)]
    assert len(effects) >= 4 and all(e.output and e.beneficiary for e in effects)
    first = workshop.boards[0].cards.values()
    assert any(isinstance(c, Note) and "Fremfærd" in c.text for c in first)  # the credit
    for board in workshop.boards:
        assert layout_problems(board) == [], board.template
        assert markers(board) == (set(), set()), board.template
    assert dumps(loads(dumps(workshop))) == dumps(workshop)


@pytest.mark.parametrize("name", list(DEMOS))
def test_an_example_draws_its_dilemmas_from_the_deck_with_the_poles_in_order(name):
    i18n.set_language("da")
    deck = {card.id: card for card in builtin_deck().cards}
    dilemmas_board = next(b for b in demo_workshop(name).boards if b.template == "dilemmaer")
    drawn = [c for c in dilemmas_board.cards.values() if isinstance(c, Dilemma) and c.origin]
    assert drawn and all(c.text == deck[c.origin].text and c.pole_a == deck[c.origin].pole_a
                         for c in drawn)
    settled = next(c for c in drawn if c.status == "settled")
    axis = [c.text for c in dilemmas_board.cards.values() if isinstance(c, Note)]
    assert axis == [settled.pole_a, settled.pole_b]  # pole A on the left, as on the card


def test_the_school_example_no_longer_borrows_the_booklets_figure():
    i18n.set_language("da")
    texts = " ".join(card.text for board in demo_workshop("skole").boards
                     for card in board.cards.values()).lower()
    for phrase in ("gode livsvilkår for og med borgere og virksomheder",
                   "sammenhængende børne- og ungeliv", "faglige og sociale kundskaber"):
        assert phrase not in texts


def test_the_guide_covers_the_method_and_credits_the_booklet():
    titles = [section.title("da") for section in guide.sections()]
    assert titles == ["Et perspektiv, ikke en fast metode", "Tre skift", "Tre vildfarelser",
                      "Kerneopgaven på fire niveauer", "Tre perspektiver på kerneopgaven",
                      "Fem principper", "Fem måder at bruge perspektivet på",
                      "Fire grader af inddragelse", "Om kortene"]
    counts = [len(section.items) for section in guide.sections()]
    assert counts == [3, 3, 3, 6, 5, 5, 5, 4, 1]
    assert all(item.label("da") and item.label("en") and item.hint("da") and item.hint("en")
               for section in guide.sections() for item in section.items)
    assert "Fremfærd" in guide.CREDIT.label("da") and "Fremfærd" in guide.CREDIT.label("en")


def test_the_guide_keeps_the_definitions_and_or_and_says_it_is_a_perspective():
    assert "og/eller for samfundet" in guide.DEFINITION.label("da")
    assert "and/or for society" in guide.DEFINITION.label("en")
    first = guide.sections()[0]
    assert "opskrift" in first.items[0].hint("da") and "recipe" in first.items[0].hint("en")
    misconceptions = [item.label("da") for item in guide.MISCONCEPTIONS.terms]
    assert misconceptions[1] == "At der kun er én kerneopgave"
    assert misconceptions[2] == "At borgeren bare skal sættes i centrum"
    leadership = guide.PRINCIPLES.term("leadership").hint("da")
    assert "for bordenden" in leadership
    assert leadership.startswith("Arbejdet med kerneopgaven er strategisk")
    perspectives = next(s for s in guide.sections() if s.title("en").startswith("Three persp"))
    assert any("ledelsen" in item.label("da").lower() for item in perspectives.items)
