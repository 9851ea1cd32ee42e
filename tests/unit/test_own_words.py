"""Our texts are our own words: no sentence of the booklet is copied into the program.

Checked against fingerprints of every run of eight words in the booklet (tests/booklet.py),
which is stricter than comparing sentences: any booklet sentence of eight or more words
holds such a run, and so does any of our sentences that is a piece of a longer one of the
booklet's. Case, punctuation and line breaks do not matter.
"""

import ast
from pathlib import Path

import pytest

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain import guide
from kerneopgave_desktop.domain.decks import builtin_deck
from kerneopgave_desktop.domain.demo import DEMOS, demo_workshop
from kerneopgave_desktop.domain.templates import TEMPLATES
from tests.booklet import fingerprint, fingerprints, runs

PACKAGE = Path(__file__).resolve().parents[2] / "kerneopgave_desktop"

KEPT = ("værdi for den enkelte borger og/eller for samfundet",)
"""Words of the booklet kept on purpose: the definition's "og/eller" (issue 19)."""


def _constants() -> list[str]:
    """Every string literal in the package: labels, hints, cards, questions, messages."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [node.value for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    return found


def _built(lang: str) -> list[str]:
    """The texts as the program shows them: decks, guide, templates and examples."""
    i18n.set_language(lang)
    texts = [guide.DEFINITION.label(), guide.CREDIT.label()]
    texts += [text for section in guide.sections() for item in section.items
              for text in (section.title(), item.label(), item.hint())]
    texts += [" ".join(filter(None, (c.text, c.pole_a, c.pole_b))) for c in builtin_deck().cards]
    boards = [template.board() for template in TEMPLATES.values()]
    for template in TEMPLATES.values():
        texts += [template.title(), template.purpose(), *template.questions()]
    for name in DEMOS:
        workshop = demo_workshop(name)
        boards += workshop.boards
        texts.append(workshop.info.title)
    for board in boards:
        texts += [zone.title for zone in board.zones.values()]
        for card in board.cards.values():
            texts += [card.text] + [value for name in card.kind_fields()
                                    if isinstance(value := getattr(card, name), str)]
            texts += [answer for _, answer in getattr(card, "answers", ())]
    return texts


def _copied(texts: list[str]) -> list[str]:
    booklet = fingerprints()
    kept = {fingerprint(run) for phrase in KEPT for run in runs(phrase)}
    return sorted({run for text in texts for run in runs(text)
                   if fingerprint(run) in booklet and fingerprint(run) not in kept})


def test_the_fingerprints_are_there_and_catch_a_copied_sentence():
    assert len(fingerprints()) > 4000
    copied = "Kerneopgaven er kort sagt “levende”. Det, der én gang er centralt besluttet."
    assert _copied(["Vi skriver selv.", copied.upper()]) != []
    assert _copied(["En kerneopgave, skrevet med vores egne ord og ingen andres."]) == []


@pytest.mark.slow
def test_no_string_in_the_program_copies_the_booklet():
    assert _copied(_constants()) == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_text_the_program_shows_copies_the_booklet(lang):
    assert _copied(_built(lang)) == []
