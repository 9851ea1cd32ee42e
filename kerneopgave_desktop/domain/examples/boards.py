"""The boards an example workshop is made of, each from its template and filled in.

Every builder takes the team's texts in both languages (`Text`) and shows them in the
current one, so an example opens in the language the program speaks.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain import model
from kerneopgave_desktop.domain.decks import builtin_deck, drawn_size
from kerneopgave_desktop.domain.layout import (
    CARD_HEIGHT,
    CARD_WIDTH,
    GAP,
    ZONE_MARGIN,
    ZONE_TITLE_SPACE,
)
from kerneopgave_desktop.domain.model import (
    Board,
    Card,
    Contribution,
    CoreTask,
    DeckCard,
    Note,
    Zone,
    new_id,
)
from kerneopgave_desktop.domain.template_builder import place_agreements
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.domain.vocabulary import LEVELS, PERSPECTIVES

Text = tuple[str, str]
"""A text in Danish and in English."""


def t(text: Text) -> str:
    """The text in the current language."""
    return text[1] if i18n.language() == "en" else text[0]


# Board helpers ------------------------------------------------------------------------------

def _cards(board: Board, kind: type[Card]) -> list[Card]:
    return [card for card in board.cards.values() if isinstance(card, kind)]


def _fill(board: Board, kind: type[Card], texts: list[dict]) -> None:
    """Give the board's cards of `kind`, in order, the fields in `texts` (one dict a card)."""
    for card, fields in zip(_cards(board, kind), texts, strict=True):
        board.cards[card.id] = dataclasses.replace(card, **fields)


def _zone(board: Board, title: Text) -> Zone:
    wanted = t(title)
    return next(zone for zone in board.zones.values() if zone.title == wanted)


def _retitle(board: Board, zones: list[Zone], titles: list[str]) -> None:
    for zone, title in zip(zones, titles, strict=True):
        board.zones[zone.id] = dataclasses.replace(zone, title=title)


def _add(board: Board, card: Card) -> None:
    board.cards[card.id] = card


def _spot(zone: Zone, column: int, row: int,
          row_height: float = CARD_HEIGHT) -> tuple[float, float]:
    """The top left corner of a card in a zone's grid."""
    return (zone.x + ZONE_MARGIN + column * (CARD_WIDTH + GAP),
            zone.y + ZONE_TITLE_SPACE + row * (row_height + GAP))


_CREDIT = ("Et opdigtet eksempel. Metoden og tavlerne bygger på hæftet »Kerneopgaven i "
           "hverdagen« fra Fremfærd; personer og arbejdspladser er opdigtede.",
           "A made-up example. The method and the boards build on the booklet “Kerneopgaven "
           "i hverdagen” by Fremfærd; the people and workplaces are invented.")


def _credit(board: Board) -> None:
    """A zone below the parking lot that says where the example comes from."""
    parking = next(zone for zone in board.zones.values() if zone.kind == "parking")
    height = ZONE_TITLE_SPACE + ZONE_MARGIN + 2 * CARD_HEIGHT + GAP
    zone = Zone(id=new_id(), title=t(("Om eksemplet", "About this example")), x=parking.x,
                y=parking.y + parking.height + 2 * GAP, width=parking.width, height=height,
                locked=True)
    board.zones[zone.id] = zone
    x, y = _spot(zone, 0, 0)
    _add(board, Note(id=new_id(), text=t(_CREDIT), x=x, y=y,
                     height=2 * CARD_HEIGHT + GAP))


# Board builders, each from its template ----------------------------------------------------

def levels(core: list[tuple[Text, int]], who: list[Text]) -> Board:
    """The levels ladder: the core task on each level (text, votes) and who wrote it."""
    board = TEMPLATES["niveauer"].board()
    _fill(board, CoreTask, [{"text": t(text), "votes": votes} for text, votes in core])
    _fill(board, Note, [{"text": t(text)} for text in who])
    _credit(board)
    return board


def professions(core: Text, core_votes: int,
                rows: list[tuple[str | Text, Text, Text, int]]) -> Board:
    """The professions around one core task: (profession, zone title, contribution, votes).

    The profession is a catalogue code, or the name of one the team added.
    """
    board = TEMPLATES["faggrupper"].board()
    zones = [zone for zone in board.zones.values() if zone.kind == "area"]
    titles = [t(title) for _, title, _, _ in rows]
    _retitle(board, zones, [t(("Kerneopgaven", "Core task")), *titles])
    _fill(board, CoreTask, [{"text": t(core), "votes": core_votes}])
    _fill(board, Contribution, [
        {"text": t(text), "profession": code if isinstance(code, str) else t(code),
         "votes": votes} for code, _, text, votes in rows])
    return board


@dataclass(frozen=True)
class Dilemma:
    """A dilemma on the example's board: drawn from the deck (`origin`) or the team's own."""

    status: str
    votes: int
    origin: str | None = None
    answers: tuple[tuple[str, Text], ...] = ()
    decision: Text | None = None
    text: Text | None = None
    poles: tuple[Text, Text] | None = None


_STATUS_ZONES = {"new": ("Ny", "New"), "discussed": ("Drøftet", "Discussed"),
                 "settled": ("Afklaret", "Settled")}


def dilemmas(wanted: list[Dilemma]) -> Board:
    """The dilemma field: the first settled dilemma's poles on the axis, every dilemma in the
    zone of its status (grown to hold them), the template's prompt card gone."""
    board = TEMPLATES["dilemmaer"].board()
    for card in _cards(board, model.Dilemma):
        del board.cards[card.id]
    deck = {card.id: card for card in builtin_deck().cards}
    made = []
    for dilemma in wanted:
        if dilemma.origin is not None:
            card = deck[dilemma.origin]
        else:
            card = DeckCard(id="own", text=t(dilemma.text), pole_a=t(dilemma.poles[0]),
                            pole_b=t(dilemma.poles[1]))
        made.append((dilemma, card))
    axis = next(card for dilemma, card in made if dilemma.status == "settled")
    _fill(board, Note, [{"text": axis.pole_a}, {"text": axis.pole_b}])
    for status, title in _STATUS_ZONES.items():
        zone = _zone(board, title)
        y = zone.y + ZONE_TITLE_SPACE
        for dilemma, card in ((d, c) for d, c in made if d.status == status):
            width, height = drawn_size(card)
            _add(board, model.Dilemma(
                id=new_id(), text=card.text, pole_a=card.pole_a, pole_b=card.pole_b,
                status=status, decision=t(dilemma.decision) if dilemma.decision else None,
                answers=tuple((code, t(answer)) for code, answer in dilemma.answers),
                votes=dilemma.votes, origin=dilemma.origin, x=zone.x + ZONE_MARGIN, y=y,
                width=width, height=height))
            y += height + GAP
        needed = y - GAP + ZONE_MARGIN - zone.y
        if needed > zone.height:  # the zone grows to hold its dilemmas
            board.zones[zone.id] = dataclasses.replace(zone, height=needed)
    return board


@dataclass(frozen=True)
class Agreement:
    """An agreement on the example's board, as the team wrote it down."""

    text: Text
    responsible: str
    follow_up: date
    status: str = "agreed"
    due: date | None = None


def agreed(board: Board, agreements: list[Agreement]) -> Board:
    """What the team agreed, in the board's »Aftaler« zone (below everything, as it has
    grown), side by side."""
    place_agreements(board)
    zone = next(z for z in board.zones.values() if z.kind == "agreements")
    for column, agreement in enumerate(agreements):
        x, y = _spot(zone, column, 0)
        _add(board, model.Agreement(
            id=new_id(), text=t(agreement.text), responsible=agreement.responsible,
            due=agreement.due, follow_up=agreement.follow_up, status=agreement.status, x=x, y=y))
    return board


@dataclass(frozen=True)
class Effect:
    """A value set beside today's output on the example's board."""

    value: Text
    output: Text
    beneficiary: str
    votes: int = 0
    involvement: str | None = None

    def fields(self) -> dict:
        """The effect card's fields, in the current language."""
        return {"text": t(self.value), "output": t(self.output),
                "beneficiary": self.beneficiary, "involvement": self.involvement,
                "votes": self.votes}


def involvement(notes: list[Text], main: Effect, own: list[Effect]) -> Board:
    """The involvement steps with one note of the team's under each step's question, the main
    value beside them, and the team's own outputs and effects where the template has the
    booklet's examples."""
    board = TEMPLATES["inddragelse"].board()
    prompts = _cards(board, Note)
    for prompt, text in zip(prompts, notes, strict=True):
        _add(board, Note(id=new_id(), text=t(text), x=prompt.x,
                         y=prompt.y + prompt.height + GAP))
    examples = next(zone for zone in board.zones.values() if zone.title.startswith(
        t(("Fra ydelse til effekt:", "From outputs to outcomes:"))))
    _retitle(board, [examples], [t(("Fra ydelse til effekt hos os",
                                    "From outputs to outcomes, here"))])
    _fill(board, model.Effect, [main.fields(), *(effect.fields() for effect in own)])
    return board


def perspectives(cells: list[Text], core_row: str) -> Board:
    """The levels × perspectives grid with one card in every cell, row by row.

    The row of `core_row`'s level holds core tasks with their perspective; the rest notes.
    """
    board = TEMPLATES["perspektiver"].board()
    grid = [zone for zone in board.zones.values() if zone.kind == "cell"]
    places = [(level, perspective) for level in LEVELS.codes for perspective in PERSPECTIVES.codes]
    for zone, (level, perspective), text in zip(grid, places, cells, strict=True):
        # A cell has no title: its card sits in the middle.
        x, y = zone.x + ZONE_MARGIN, zone.y + (zone.height - CARD_HEIGHT) / 2
        width = zone.width - 2 * ZONE_MARGIN
        if level == core_row:
            _add(board, CoreTask(id=new_id(), text=t(text), level=level,
                                 perspective=perspective, x=x, y=y, width=width))
        else:
            _add(board, Note(id=new_id(), text=t(text), x=x, y=y, width=width))
    return board


def change(steps: list[Text]) -> Board:
    """The change board with one note of the team's under each column's question."""
    board = TEMPLATES["forandring"].board()
    for prompt, text in zip(_cards(board, Note), steps, strict=True):
        _add(board, Note(id=new_id(), text=t(text), x=prompt.x,
                         y=prompt.y + prompt.height + GAP, width=prompt.width))
    return board
