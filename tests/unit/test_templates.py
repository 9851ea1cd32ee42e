"""Every template builds, keeps its own layout rules, exports, and points where it should."""

import pytest

from kerneopgave_desktop import i18n
from kerneopgave_desktop.document import AddItems, Document, EditLink, RemoveItems
from kerneopgave_desktop.domain.checks import empty_cells, layout_problems, markers
from kerneopgave_desktop.domain.model import CoreTask, Note, Workshop
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.interchange.json import dumps, loads

NAMES = ["tom", "niveauer", "perspektiver", "faggrupper", "dilemmaer", "inddragelse",
         "forandring", "trivsel"]


def test_the_eight_templates_exist_in_order():
    assert list(TEMPLATES) == NAMES


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_template_builds_keeps_its_layout_and_exports(name, lang):
    i18n.set_language(lang)
    template = TEMPLATES[name]
    board = template.board()
    assert board.template == name and board.title == template.title(lang)
    assert layout_problems(board) == []
    assert template.purpose(lang) and template.questions(lang)
    assert sum(zone.kind == "parking" for zone in board.zones.values()) == 1
    assert all(zone.locked for zone in board.zones.values())
    if name != "tom":
        assert board.cards, "a template has prompt cards"
    text = dumps(Workshop(boards=[board]))
    assert dumps(loads(text)) == text


def test_two_boards_from_one_template_share_no_ids():
    a, b = TEMPLATES["faggrupper"].board(), TEMPLATES["faggrupper"].board()
    assert not ({a.id, *a.zones, *a.cards, *a.links} & {b.id, *b.zones, *b.cards, *b.links})


def test_the_ladder_links_each_level_to_the_one_above_and_warns_when_a_link_is_missing():
    board = TEMPLATES["niveauer"].board()
    doc = Document(Workshop(boards=[board]))
    assert markers(board)[0] == set()
    link = next(iter(board.links.values()))
    doc.apply(RemoveItems(board.id, [link.id]))
    assert markers(board)[0] == {link.source}
    doc.apply(AddItems(board.id, [CoreTask(id="extra", level="team", x=3000)]))
    assert markers(board)[0] == {link.source, "extra"}
    doc.undo()
    doc.undo()
    assert markers(board)[0] == set()
    doc.apply(EditLink(board.id, link.id, kind="plain"))
    assert markers(board)[0] == {link.source}


def test_the_perspectives_grid_marks_every_empty_cell_until_a_card_lands_in_it():
    board = TEMPLATES["perspektiver"].board()
    cells = [zone for zone in board.zones.values() if zone.kind == "cell"]
    assert len(cells) == 12 and empty_cells(board) == {zone.id for zone in cells}
    target = cells[4]
    doc = Document(Workshop(boards=[board]))
    doc.apply(AddItems(board.id, [Note(id="n", x=target.x + 30, y=target.y + 70)]))
    assert target.id not in empty_cells(board) and len(empty_cells(board)) == 11
    doc.undo()
    assert target.id in empty_cells(board)


def test_markers_stay_off_boards_that_are_not_a_ladder():
    board = TEMPLATES["faggrupper"].board()
    assert markers(board) == (set(), set())
    board.links.clear()
    assert markers(board)[0] == set()


def test_layout_problems_are_found():
    board = TEMPLATES["forandring"].board()
    first = next(iter(board.cards.values()))
    board.cards["dup"] = Note(id="dup", x=first.x + 10, y=first.y)
    board.cards["far"] = Note(id="far", x=99999, y=0)
    problems = layout_problems(board)
    assert any("overlap" in p for p in problems) and any("outside" in p for p in problems)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_involvement_board_sets_the_booklets_three_outputs_beside_their_effects(lang):
    from kerneopgave_desktop.domain.model import Effect

    i18n.set_language(lang)
    board = TEMPLATES["inddragelse"].board()
    examples = next(zone for zone in board.zones.values() if "Kerneopgaven i hverdagen"
                    in zone.title)  # credited in the zone's title
    inside = [card for card in board.cards.values()
              if isinstance(card, Effect) and examples.contains(card)]
    assert len(inside) == 3 and all(card.output and card.beneficiary for card in inside)
    words = " ".join(f"{card.text} {card.output}" for card in inside).lower()
    for word in (("samtaler", "interviews"), ("bade", "showers"), ("udlån", "loans")):
        assert word[lang == "en"] in words


def test_change_asks_what_kind_of_change_and_wellbeing_what_comes_first():
    change = TEMPLATES["forandring"]
    first = next(iter(change.board().zones.values()))
    assert first.title == "Hvilken slags forandring?"
    assert any("organisatorisk" in q for q in change.questions("da"))
    assert any("oppefra" in q for q in change.questions("da"))
    wellbeing = TEMPLATES["trivsel"]
    assert wellbeing.questions("da")[0].startswith("Er der noget, vi må tage os af")
    assert "Det må vi tage os af først" in [z.title for z in wellbeing.board().zones.values()]


def test_the_new_questions_are_asked_where_the_booklet_supports_them():
    levels = TEMPLATES["niveauer"].questions("da")
    assert "Hvad mister vi af helheden, når teamets formulering bliver helt konkret?" in levels
    professions = TEMPLATES["faggrupper"].questions("da")
    for question in ("Hvad skal vi vide om de andres faglighed?",
                     "Hvilke af vores rutiner tjener faget mere end opgaven?",
                     "Hvilke samarbejdskompetencer mangler vi?"):
        assert question in professions
    assert any("fællesskabet" in q for q in TEMPLATES["dilemmaer"].questions("da"))
    for name in TEMPLATES:
        template = TEMPLATES[name]
        assert len(template.questions("da")) == len(template.questions("en")), name


def test_the_perspective_columns_are_named_in_full_and_the_ladder_makes_concrete():
    i18n.set_language("da")
    titles = [zone.title for zone in TEMPLATES["perspektiver"].board().zones.values()][:3]
    assert titles == ["Den formelle", "Den udførte", "Den oplevede"]
    i18n.set_language("en")
    labels = {link.label for link in TEMPLATES["niveauer"].board().links.values()}
    assert labels == {"makes concrete"}


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_the_minutes_leave_out_a_templates_unanswered_prompts(name, lang):
    """A fresh board's prompt cards are the template's questions, not the team's answers;
    once a card is written on, it is in the minutes."""
    import dataclasses

    from kerneopgave_desktop import i18n
    from kerneopgave_desktop.domain.minutes import Item, minutes
    from kerneopgave_desktop.domain.model import Workshop

    i18n.set_language(lang)
    try:
        board = TEMPLATES[name].board()
        workshop = Workshop(boards=[board])
        items = [block.text for block in minutes(workshop, [board]) if isinstance(block, Item)]
        assert not set(items) & {card.text for card in board.cards.values()}
        for card in list(board.cards.values())[:1]:
            board.cards[card.id] = dataclasses.replace(card, text=card.text + " Vores svar.")
            items = [block.text for block in minutes(workshop, [board])
                     if isinstance(block, Item)]
            assert card.text + " Vores svar." in items
        for zone in list(board.zones.values())[:1]:  # a card may say what a zone is called
            board.cards["own"] = Note(id="own", text=zone.title, x=-2000, y=-2000)
            assert zone.title in [block.text for block in minutes(workshop, [board])
                                  if isinstance(block, Item)]
    finally:
        i18n.set_language("da")
