"""Ready boards to start a workshop from.

Each template has a name (used on the command line and in the file), a title, a
one-line purpose and guiding questions in both languages, and builds a fresh
board with new ids: locked zones, prompt cards with questions to answer, and a
parking lot. The method is the one of "Kerneopgaven i hverdagen" (Fremfærd); the
wording is ours.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.layout import (
    CARD_HEIGHT,
    CARD_WIDTH,
    GAP,
    ZONE_MARGIN,
    ZONE_TITLE_SPACE,
)
from kerneopgave_desktop.domain.model import (
    Agreement,
    Board,
    Card,
    Contribution,
    CoreTask,
    Dilemma,
    Effect,
    Link,
    Note,
    Zone,
    new_id,
)
from kerneopgave_desktop.domain.vocabulary import INVOLVEMENT_DEGREES, LEVELS, PERSPECTIVES


def _t(da: str, en: str) -> str:
    return en if i18n.language() == "en" else da


@dataclass(frozen=True)
class Template:
    name: str
    title_da: str
    title_en: str
    purpose_da: str
    purpose_en: str
    questions_da: tuple[str, ...]
    questions_en: tuple[str, ...]
    build: Callable[[Template], Board]

    def title(self, lang: str | None = None) -> str:
        return self.title_en if (lang or i18n.language()) == "en" else self.title_da

    def purpose(self, lang: str | None = None) -> str:
        return self.purpose_en if (lang or i18n.language()) == "en" else self.purpose_da

    def questions(self, lang: str | None = None) -> tuple[str, ...]:
        return self.questions_en if (lang or i18n.language()) == "en" else self.questions_da

    def board(self) -> Board:
        """A fresh board, new ids, with the agreements' zone below the template's own."""
        board = self.build(self)
        _agreements(board)
        return board


class _Builder:
    """Places locked zones and prompt cards on a grid."""

    def __init__(self, template: Template):
        self.board = Board(id=new_id(), title=template.title(), template=template.name)

    def zone(self, title: str, x: float, y: float, columns: int, rows: int,
             kind: str = "area", stop: bool = False) -> Zone:
        width = 2 * ZONE_MARGIN + columns * CARD_WIDTH + (columns - 1) * GAP
        height = ZONE_TITLE_SPACE + ZONE_MARGIN + rows * CARD_HEIGHT + (rows - 1) * GAP
        zone = Zone(id=new_id(), title=title, x=x, y=y, width=width, height=height, locked=True,
                    kind=kind, stop=stop)
        self.board.zones[zone.id] = zone
        return zone

    def card(self, cls: type[Card], zone: Zone, column: int, row: int, text: str,
             span: int = 1, rows: int = 1, **fields) -> Card:
        """A card in the zone's grid, `span` columns wide and `rows` high, for a longer text."""
        card = cls(id=new_id(), text=text,
                   x=zone.x + ZONE_MARGIN + column * (CARD_WIDTH + GAP),
                   y=zone.y + ZONE_TITLE_SPACE + row * (CARD_HEIGHT + GAP),
                   width=span * CARD_WIDTH + (span - 1) * GAP,
                   height=max(rows * CARD_HEIGHT + (rows - 1) * GAP, _default_height(cls)),
                   **fields)
        self.board.cards[card.id] = card
        return card

    def link(self, source: Card, target: Card, kind: str, label: str = "") -> None:
        link = Link(id=new_id(), source=source.id, target=target.id, kind=kind, label=label)
        self.board.links[link.id] = link

    def parking(self, x: float, y: float, columns: int = 4) -> Zone:
        return self.zone(_t("Parkeringsplads", "Parking lot"), x, y, columns, 1, kind="parking")


AGREEMENT_COLUMNS = 4
"""How many agreements fit side by side in a template's »Aftaler« zone."""


def _agreements(board: Board) -> Zone:
    """The »Aftaler« zone, below everything else on the board, at its left edge: where the
    meeting ends, with what the team will do next. A stop when presenting."""
    left = min((zone.x for zone in board.zones.values()), default=0.0)
    bottom = max((zone.y + zone.height for zone in board.zones.values()), default=0.0)
    height = ZONE_TITLE_SPACE + ZONE_MARGIN + _default_height(Agreement)
    zone = Zone(id=new_id(), title=_t("Aftaler: hvem gør hvad, og hvornår?",
                                      "Agreements: who does what, and by when?"),
                x=left, y=bottom + 2 * GAP, width=_width(AGREEMENT_COLUMNS), height=height,
                locked=True, kind="agreements", stop=True)
    board.zones[zone.id] = zone
    return zone


def place_agreements(board: Board) -> None:
    """Put the »Aftaler« zone (with the cards in it) below everything else on the board again,
    after the other zones have grown (as an example's do when they are filled)."""
    zone = next((z for z in board.zones.values() if z.kind == "agreements"), None)
    others = [z for z in board.zones.values() if z is not zone]
    if zone is None or not others:
        return
    x = min(z.x for z in others)
    y = max(z.y + z.height for z in others) + 2 * GAP
    dx, dy = x - zone.x, y - zone.y
    for card in [c for c in board.cards.values() if zone.contains(c)]:
        board.cards[card.id] = dataclasses.replace(card, x=card.x + dx, y=card.y + dy)
    board.zones[zone.id] = dataclasses.replace(zone, x=x, y=y)


def _default_height(cls: type[Card]) -> float:
    """A kind's own height (dilemmas and effects are taller, for their band)."""
    return next(f.default for f in dataclasses.fields(cls) if f.name == "height")


def _width(columns: int) -> float:
    return 2 * ZONE_MARGIN + columns * CARD_WIDTH + (columns - 1) * GAP


def _height(rows: int) -> float:
    return ZONE_TITLE_SPACE + ZONE_MARGIN + rows * CARD_HEIGHT + (rows - 1) * GAP


def _empty(template: Template) -> Board:
    """An empty canvas with only a parking lot, off to the right."""
    b = _Builder(template)
    b.parking(1800, 0, 2)
    return b.board


_LEVEL_PROMPTS = {
    "municipality": ("Hvad vil kommunen som helhed skabe for borgerne og samfundet?",
                     "What does the municipality as a whole want to create for citizens and "
                     "society?"),
    "department": ("Hvad er forvaltningens eller centerets fælles formål, i ord borgerne kan "
                   "genkende?",
                   "What is the department's shared purpose, in words citizens would recognise?"),
    "workplace": ("Hvad betyder det her hos os, på vores arbejdsplads?",
                  "What does it mean here, in our workplace?"),
    "team": ("Hvad betyder det for os i teamet i morgen formiddag?",
             "What does it mean for our team tomorrow morning?"),
}


def _levels(template: Template) -> Board:
    b = _Builder(template)
    above = None
    y = 0.0
    for level in LEVELS.terms:
        zone = b.zone(level.label(), 0, y, 3, 1, stop=True)
        # The core task to the right, so the links between levels miss the zone titles.
        card = b.card(CoreTask, zone, 1, 0, _t(*_LEVEL_PROMPTS[level.code]), span=2,
                      level=level.code)
        b.card(Note, zone, 0, 0, _t("Hvem er med til at formulere den på dette niveau?",
                                    "Who takes part in putting it into words at this level?"))
        if above is not None:
            b.link(card, above, "concretises", _t("konkretiserer", "makes concrete"))
        above = card
        y += _height(1) + 2 * GAP
    b.parking(_width(3) + 3 * GAP, 0, 1)
    return b.board


PERSPECTIVE_PROMPTS = {
    "formal": ("Formel: hvad siger love, regler og politiske mål om opgaven?",
               "Formal: what do laws, rules and political goals say about the task?"),
    "performed": ("Udført: hvad gør vi faktisk, når vi løser opgaven i hverdagen?",
                  "Performed: what do we actually do when we carry out the task?"),
    "experienced": ("Oplevet: hvad oplever borgerne, og hvordan ved vi det?",
                    "Experienced: what do citizens experience, and how do we know?"),
}
"""Each perspective's question (Danish, English): on the grid and atop its group board."""


PERSPECTIVE_HEADINGS = {
    "formal": ("Den formelle", "Formal"),
    "performed": ("Den udførte", "Performed"),
    "experienced": ("Den oplevede", "Experienced"),
}
"""The perspectives grid's column headings (Danish, English); the group boards' too."""


def _perspectives(template: Template) -> Board:
    b = _Builder(template)
    header_height = ZONE_TITLE_SPACE + GAP
    cell_width = _width(2)
    label_width = _width(1) + 6 * GAP  # room for "Arbejdsplads/institution" as a title
    for column, perspective in enumerate(PERSPECTIVES.codes):
        x = label_width + GAP + column * (cell_width + GAP)
        header = Zone(id=new_id(), title=_t(*PERSPECTIVE_HEADINGS[perspective]), x=x, y=0,
                      width=cell_width, height=header_height, locked=True)
        b.board.zones[header.id] = header
    for row, level in enumerate(LEVELS.terms):
        y = header_height + GAP + row * (_height(1) + GAP)
        label = Zone(id=new_id(), title=level.label(), x=0, y=y, width=label_width,
                     height=_height(1), locked=True)
        b.board.zones[label.id] = label
        for column in range(len(PERSPECTIVES.terms)):
            x = label_width + GAP + column * (cell_width + GAP)
            b.zone("", x, y, 2, 1, kind="cell")
    questions = b.zone(_t("Spørgsmål", "Questions"), label_width + GAP + 3 * (cell_width + GAP),
                       0, 1, 3)
    for row, perspective in enumerate(PERSPECTIVES.codes):
        b.card(Note, questions, 0, row, _t(*PERSPECTIVE_PROMPTS[perspective]))
    b.parking(label_width + GAP + 3 * (cell_width + GAP), _height(3) + 2 * GAP, 1)
    return b.board


def _professions(template: Template) -> Board:
    b = _Builder(template)
    column_width, row_height = _width(1) + 2 * GAP, _height(1) + 2 * GAP
    centre = b.zone(_t("Kerneopgaven", "Core task"), column_width, row_height, 1, 1)
    core = b.card(CoreTask, centre, 0, 0, _t(
        "Hvad er det, vi alle sammen er her for at skabe for borgerne?",
        "What are we all here to create for citizens?"), level="workplace")
    places = [(0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2), (1, 2), (2, 2)]
    for number, (column, row) in enumerate(places, start=1):
        zone = b.zone(_t("Faggruppe {n}", "Profession {n}").format(n=number),
                      column * column_width, row * row_height, 1, 1)
        card = b.card(Contribution, zone, 0, 0, _t(
            "Hvad bidrager vi med, som de andre ikke kan? (Omdøb feltet til jeres faggruppe.)",
            "What do we bring that the others cannot? (Rename the zone to your profession.)"))
        b.link(card, core, "contributes_to")
    b.parking(3 * column_width, 0, 1)
    return b.board


def _dilemmas(template: Template) -> Board:
    b = _Builder(template)
    # Seven columns wide, so each status column holds a drawn dilemma two cards wide.
    axis = b.zone(_t("Spændingsfeltet", "The field of tension"), 0, 0, 7, 1, stop=True)
    pole_a = b.card(Note, axis, 0, 0, _t("Pol A: det ene gode hensyn",
                                         "Pole A: one good concern"))
    pole_b = b.card(Note, axis, 6, 0, _t("Pol B: det andet gode hensyn",
                                         "Pole B: the other good concern"))
    b.link(pole_a, pole_b, "tension", _t("spænding", "tension"))
    y = _height(1) + 2 * GAP
    width = _width(7)
    column = (width - 2 * GAP) / 3
    names = [_t("Ny", "New"), _t("Drøftet", "Discussed"), _t("Afklaret", "Settled")]
    zones = []
    for index, name in enumerate(names):
        zone = Zone(id=new_id(), title=name, x=index * (column + GAP), y=y, width=column,
                    height=_height(2), locked=True, stop=True)
        b.board.zones[zone.id] = zone
        zones.append(zone)
    b.card(Dilemma, zones[0], 0, 0, _t(
        "Et konkret dilemma fra jeres hverdag. Skriv de to hensyn som poler.",
        "A concrete dilemma from your day. Write the two concerns as poles."),
        pole_a=_t("Det ene hensyn", "One concern"), pole_b=_t("Det andet hensyn", "The other"))
    b.parking(width + 3 * GAP, 0, 1)
    return b.board


_INVOLVEMENT_PROMPTS = {
    "shared_focus": ("Hvor tænker vi allerede borgerens værdi med, uden at spørge?",
                     "Where do we already keep the citizen's value in mind, without asking?"),
    "attentive": ("Hvor spørger vi systematisk, og hvad gør vi med svarene?",
                  "Where do we ask systematically, and what do we do with the answers?"),
    "active": ("Hvilke ressourcer hos borgere og pårørende kunne blive en del af løsningen?",
               "Which resources of citizens and relatives could become part of the solution?"),
    "co_creation": ("Hvad kunne vi definere og løse på lige fod med borgerne?",
                    "What could we define and carry out on an equal footing with citizens?"),
}


def _involvement(template: Template) -> Board:
    b = _Builder(template)
    x = 0.0
    for degree in INVOLVEMENT_DEGREES.terms:
        zone = b.zone(degree.label(), x, 0, 1, 3, stop=True)
        b.card(Note, zone, 0, 0, _t(*_INVOLVEMENT_PROMPTS[degree.code]), rows=2)
        x += _width(1) + GAP
    effect = b.zone(_t("Værdien for borgeren", "The value for the citizen"), x + 2 * GAP, 0, 1, 2)
    b.card(Effect, effect, 0, 0, _t("Hvilken værdi skal inddragelsen skabe?",
                                    "What value should involvement create?"), rows=2,
           beneficiary="citizen",
           output=_t("Hvad tæller vi i dag?", "What do we count today?"))
    b.parking(x + 2 * GAP, _height(2) + 2 * GAP, 1)
    examples = b.zone(_t("Fra ydelse til effekt: eksempler fra hæftet »Kerneopgaven i "
                         "hverdagen«",
                         "From outputs to outcomes: examples from the booklet “Kerneopgaven i "
                         "hverdagen”"), 0, _height(3) + 2 * GAP, len(_EXAMPLES) + 1, 2)
    # The last column is left free for the team's own example.
    for column, (value, output, beneficiary) in enumerate(_EXAMPLES):
        b.card(Effect, examples, column, 0, _t(*value), rows=2, output=_t(*output),
               beneficiary=beneficiary)
    return b.board


_EXAMPLES = (
    (("Jobcenter: flere ledige kommer i et job eller en uddannelse, der passer til dem.",
      "Job centre: more jobseekers get into work or education that suits them."),
     ("Antal afholdte samtaler", "Number of interviews held"), "both"),
    (("Hjemmepleje: borgeren får et bedre liv og klarer mere selv.",
      "Home care: the citizen gets a better life and manages more on their own."),
     ("Antal bade og minutter med støvsugning", "Number of showers and minutes of vacuuming"),
     "citizen"),
    (("Bibliotek: et levende kulturliv i lokalsamfundet, som biblioteket er med til at bære.",
      "Library: a lively cultural life in the local community, which the library helps to "
      "carry."),
     ("Antal udlån og åbningstimer", "Number of loans and opening hours"), "society"),
)
"""The booklet's three examples of setting value beside output: (value, output, for whom)."""


def _change(template: Template) -> Board:
    b = _Builder(template)
    kind = b.zone(_t("Hvilken slags forandring?", "What kind of change?"), 0, 0, 2, 2, stop=True)
    b.card(Note, kind, 0, 0, _t(
        "Er den organisatorisk (fx en sammenlægning eller en ny struktur), eller ændrer den "
        "selve kerneopgaven? Kommer den oppefra, eller er den vores eget initiativ?",
        "Is it organisational (a merger or a new structure, say), or does it change the core "
        "task itself? Does it come from above, or is it our own initiative?"), span=2)
    columns = [
        (_t("Før", "Before"), _t("Hvordan løser vi opgaven i dag?",
                                  "How do we carry out the task today?")),
        (_t("Efter", "After"), _t("Hvad bliver anderledes med forandringen?",
                                   "What will be different after the change?")),
        (_t("Hvad betyder det for kerneopgaven?", "What does it mean for the core task?"),
         _t("Løser vi kerneopgaven bedre bagefter? Hvad skal vi holde fast i?",
            "Will we carry out the core task better afterwards? What must we hold on to?")),
    ]
    x = _width(2) + GAP
    for title, prompt in columns:
        zone = b.zone(title, x, 0, 2, 2, stop=True)
        b.card(Note, zone, 0, 0, prompt, span=2)
        x += _width(2) + GAP
    b.parking(x + 2 * GAP, 0, 1)
    return b.board


def _wellbeing(template: Template) -> Board:
    b = _Builder(template)
    core_zone = b.zone(_t("Vores kerneopgave", "Our core task"), 0, 0, 1, 1)
    b.card(CoreTask, core_zone, 0, 0, _t("Hvad er vi her for at skabe?",
                                         "What are we here to create?"), level="team")
    x = _width(1) + 3 * GAP
    prompts = [
        (_t("Det må vi tage os af først", "What we must deal with first"),
         _t("Fylder noget så meget – fx stress, konflikter, mistillid eller for få hænder – at "
            "vi må gøre noget ved det, før vi kan tale om opgaven?",
            "Does something weigh so heavily – stress, conflict, mistrust or too few hands, "
            "say – that we must deal with it before we can talk about the task?")),
        (_t("Det giver mening", "What makes sense"),
         _t("Hvornår kan vi se, at vores arbejde gør en forskel?",
            "When can we see that our work makes a difference?")),
        (_t("Det står i vejen", "What gets in the way"),
         _t("Hvad gør det svært at lykkes med opgaven?",
            "What makes it hard to succeed with the task?")),
        (_t("Det gør vi", "What we will do"),
         _t("Hvad kan vi selv ændre, så arbejdet hænger bedre sammen med formålet?",
            "What can we change ourselves so the work ties in better with the purpose?")),
    ]
    for title, prompt in prompts:
        zone = b.zone(title, x, 0, 2, 2, stop=True)
        b.card(Note, zone, 0, 0, prompt, span=2)
        x += _width(2) + GAP
    b.parking(0, _height(1) + 2 * GAP, 1)
    return b.board


TEMPLATES: dict[str, Template] = {t.name: t for t in (
    Template("tom", "Tom tavle", "Empty board",
             "Et tomt lærred til jeres egen øvelse.", "A blank canvas for your own exercise.",
             ("Hvad vil I gerne blive klogere på i dag?",),
             ("What do you want to understand better today?",), _empty),
    Template("niveauer", "Kerneopgaven på alle niveauer", "The core task on every level",
             "Konkretisere et fælles formål: fra kommunen ned til teamet, trin for trin.",
             "Make a shared purpose concrete: from the municipality down to the team, step by "
             "step.",
             ("Hænger kerneopgaven på hvert niveau sammen med den på niveauet over?",
              "Hvor bliver formuleringen for abstrakt til at give mening i hverdagen?",
              "Hvad mister vi af helheden, når teamets formulering bliver helt konkret?",
              "Hvad ville en ny kollega forstå af teamets formulering?"),
             ("Does the core task on each level tie in with the one above?",
              "Where does the wording get too abstract to mean anything day to day?",
              "What do we lose of the whole when the team's wording becomes very concrete?",
              "What would a new colleague understand from the team's wording?"), _levels),
    Template("perspektiver", "Tre perspektiver", "Three perspectives",
             "Se opgaven fra politikernes, medarbejdernes og borgernes side, på hvert niveau.",
             "See the task from the politicians', the staff's and the citizens' side, on every "
             "level.",
             ("Hvor er der forskel på den formelle, den udførte og den oplevede kerneopgave?",
              "Hvilke celler står tomme, og hvem kunne hjælpe os med at udfylde dem?",
              "Hvordan ved vi, hvad borgerne faktisk oplever?",
              "Hvem i ledelsen sørger for, at alle tre syn bliver taget alvorligt?"),
             ("Where do the formal, the performed and the experienced core task differ?",
              "Which cells are empty, and who could help us fill them?",
              "How do we know what citizens actually experience?",
              "Who in the leadership makes sure all three views are taken seriously?"),
             _perspectives),
    Template("faggrupper", "Faggruppernes bidrag", "What each profession brings",
             "Understøtte og udfordre stærke professioner: alle bidrag til én fælles opgave.",
             "Support and challenge strong professions: every contribution to one shared task.",
             ("Hvad bidrager hver faggruppe med, som de andre ikke kan?",
              "Hvor ser faggrupperne forskelligt på, hvad god kvalitet er?",
              "Hvad skal vi vide om de andres faglighed?",
              "Hvilke af vores rutiner tjener faget mere end opgaven?",
              "Hvilke samarbejdskompetencer mangler vi?",
              "Hvem er ikke på tavlen endnu, men bidrager alligevel?"),
             ("What does each profession bring that the others cannot?",
              "Where do the professions see good quality differently?",
              "What do we need to know about the others' expertise?",
              "Which of our routines serve the profession more than the task?",
              "Which skills for working together do we lack?",
              "Who is not on the board yet but contributes all the same?"), _professions),
    Template("dilemmaer", "Dilemmaer", "Dilemmas",
             "Gøre de skjulte modsætninger konkrete og drøfte dem én for én.",
             "Make hidden tensions concrete and talk them through one at a time.",
             ("Hvilke to gode hensyn trækker i hver sin retning?",
              "Hvad står på spil for borgeren og for fællesskabet, og hvad siger kerneopgaven?",
              "Hvor ser politikerne, medarbejderne og borgerne forskelligt på det?",
              "Hvad har vi afklaret, og hvad må vi leve med?"),
             ("Which two good concerns pull in different directions?",
              "What is at stake for the citizen and for the community, and what does the core "
              "task say?",
              "Where do politicians, staff and citizens see it differently?",
              "What have we settled, and what must we live with?"), _dilemmas),
    Template("inddragelse", "Grader af inddragelse", "Degrees of involvement",
             "Indtænke borgernes behov og ressourcer: fra fælles fokus til samskabelse.",
             "Take citizens' needs and resources into account: from shared focus to co-creation.",
             ("Hvor på trappen er vi i dag, og hvor vil vi gerne være?",
              "Hvornår er det rigtigt ikke at inddrage mere, af hensyn til helheden?",
              "Hvad kræver det af vores roller, hvis borgeren skal bidrage mere?"),
             ("Where on the steps are we today, and where do we want to be?",
              "When is it right not to involve more, for the sake of the whole?",
              "What does it ask of our roles if citizens are to contribute more?"), _involvement),
    Template("forandring", "Forandring", "Change",
             "Navigere i forandringer med kerneopgaven som fælles fikspunkt.",
             "Navigate change with the core task as a shared fixed point.",
             ("Er forandringen organisatorisk, eller ændrer den selve kerneopgaven?",
              "Kommer den oppefra, eller er den arbejdspladsens eget initiativ?",
              "Hvad betyder forandringen for den værdi, vi skaber for borgerne?",
              "Hvad skal vi holde fast i, og hvad kan vi give slip på?",
              "Laver vi forandringen for at løse kerneopgaven bedre?"),
             ("Is the change organisational, or does it change the core task itself?",
              "Does it come from above, or is it the workplace's own initiative?",
              "What does the change mean for the value we create for citizens?",
              "What must we hold on to, and what can we let go of?",
              "Are we making the change to carry out the core task better?"), _change),
    Template("trivsel", "Mening og trivsel", "Meaning and well-being",
             "Koble trivsel tættere til opgaveløsningen: meningen findes i arbejdet selv.",
             "Tie well-being more closely to the work: meaning is found in the work itself.",
             ("Er der noget, vi må tage os af, før vi kan tale om opgaven?",
              "Hvornår oplever vi, at vores indsats gør en forskel?",
              "Hvad gør det svært at lykkes, og hvad kan vi selv ændre?",
              "Hvordan anerkender vi hinandens bidrag til opgaven?"),
             ("Is there something we must deal with before we can talk about the task?",
              "When do we see our work make a difference?",
              "What makes it hard to succeed, and what can we change ourselves?",
              "How do we recognise each other's contribution to the task?"), _wellbeing),
)}
