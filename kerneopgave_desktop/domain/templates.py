"""Ready boards to start a workshop from.

Each template has a name (used on the command line and in the file), a title, a
one-line purpose and guiding questions in both languages, and builds a fresh
board with new ids: locked zones, prompt cards with questions to answer, and a
parking lot. The method is the one of "Kerneopgaven i hverdagen" (Fremfærd); the
wording is ours. How a template lays out its board (the Template record, the Builder, the
»Aftaler« zone) is domain.template_builder.
"""

from __future__ import annotations

from functools import cache

from kerneopgave_desktop.domain.layout import GAP, ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.model import (
    Board,
    Contribution,
    CoreTask,
    Dilemma,
    Effect,
    Note,
    Zone,
    new_id,
)
from kerneopgave_desktop.domain.template_builder import (
    Builder,
    Template,
    prompts,
    t,
    zone_height,
    zone_width,
)
from kerneopgave_desktop.domain.vocabulary import INVOLVEMENT_DEGREES, LEVELS, PERSPECTIVES


def _empty(template: Template) -> Board:
    """An empty canvas with only a parking lot, off to the right."""
    b = Builder(template)
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
    b = Builder(template)
    above = None
    y = 0.0
    for level in LEVELS.terms:
        zone = b.zone(level.label(), 0, y, 3, 1, stop=True)
        # The core task to the right, so the links between levels miss the zone titles.
        card = b.card(CoreTask, zone, 1, 0, t(*_LEVEL_PROMPTS[level.code]), span=2,
                      level=level.code)
        b.card(Note, zone, 0, 0, t("Hvem er med til at formulere den på dette niveau?",
                                   "Who takes part in putting it into words at this level?"))
        if above is not None:
            b.link(card, above, "concretises", t("konkretiserer", "makes concrete"))
        above = card
        y += zone_height(1) + 2 * GAP
    b.parking(zone_width(3) + 3 * GAP, 0, 1)
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
    b = Builder(template)
    header_height = ZONE_TITLE_SPACE + GAP
    cell_width = zone_width(2)
    label_width = zone_width(1) + 6 * GAP  # room for "Arbejdsplads/institution" as a title
    for column, perspective in enumerate(PERSPECTIVES.codes):
        x = label_width + GAP + column * (cell_width + GAP)
        header = Zone(id=new_id(), title=t(*PERSPECTIVE_HEADINGS[perspective]), x=x, y=0,
                      width=cell_width, height=header_height, locked=True)
        b.board.zones[header.id] = header
    for row, level in enumerate(LEVELS.terms):
        y = header_height + GAP + row * (zone_height(1) + GAP)
        label = Zone(id=new_id(), title=level.label(), x=0, y=y, width=label_width,
                     height=zone_height(1), locked=True)
        b.board.zones[label.id] = label
        for column in range(len(PERSPECTIVES.terms)):
            x = label_width + GAP + column * (cell_width + GAP)
            b.zone("", x, y, 2, 1, kind="cell")
    questions = b.zone(t("Spørgsmål", "Questions"), label_width + GAP + 3 * (cell_width + GAP),
                       0, 1, 3)
    for row, perspective in enumerate(PERSPECTIVES.codes):
        b.card(Note, questions, 0, row, t(*PERSPECTIVE_PROMPTS[perspective]))
    b.parking(label_width + GAP + 3 * (cell_width + GAP), zone_height(3) + 2 * GAP, 1)
    return b.board


def _professions(template: Template) -> Board:
    b = Builder(template)
    column_width, row_height = zone_width(1) + 2 * GAP, zone_height(1) + 2 * GAP
    centre = b.zone(t("Kerneopgaven", "Core task"), column_width, row_height, 1, 1)
    core = b.card(CoreTask, centre, 0, 0, t(
        "Hvad er det, vi alle sammen er her for at skabe for borgerne?",
        "What are we all here to create for citizens?"), level="workplace")
    places = [(0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2), (1, 2), (2, 2)]
    for number, (column, row) in enumerate(places, start=1):
        zone = b.zone(t("Faggruppe {n}", "Profession {n}").format(n=number),
                      column * column_width, row * row_height, 1, 1)
        card = b.card(Contribution, zone, 0, 0, t(
            "Hvad bidrager vi med, som de andre ikke kan? (Omdøb feltet til jeres faggruppe.)",
            "What do we bring that the others cannot? (Rename the zone to your profession.)"))
        b.link(card, core, "contributes_to")
    b.parking(3 * column_width, 0, 1)
    return b.board


def _dilemmas(template: Template) -> Board:
    b = Builder(template)
    # Seven columns wide, so each status column holds a drawn dilemma two cards wide.
    axis = b.zone(t("Spændingsfeltet", "The field of tension"), 0, 0, 7, 1, stop=True)
    pole_a = b.card(Note, axis, 0, 0, t("Pol A: det ene gode hensyn",
                                        "Pole A: one good concern"))
    pole_b = b.card(Note, axis, 6, 0, t("Pol B: det andet gode hensyn",
                                        "Pole B: the other good concern"))
    b.link(pole_a, pole_b, "tension", t("spænding", "tension"))
    y = zone_height(1) + 2 * GAP
    width = zone_width(7)
    column = (width - 2 * GAP) / 3
    names = [t("Ny", "New"), t("Drøftet", "Discussed"), t("Afklaret", "Settled")]
    zones = []
    for index, name in enumerate(names):
        zone = Zone(id=new_id(), title=name, x=index * (column + GAP), y=y, width=column,
                    height=zone_height(2), locked=True, stop=True)
        b.board.zones[zone.id] = zone
        zones.append(zone)
    b.card(Dilemma, zones[0], 0, 0, t(
        "Et konkret dilemma fra jeres hverdag. Skriv de to hensyn som poler.",
        "A concrete dilemma from your day. Write the two concerns as poles."),
        pole_a=t("Det ene hensyn", "One concern"), pole_b=t("Det andet hensyn", "The other"))
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
    b = Builder(template)
    x = 0.0
    for degree in INVOLVEMENT_DEGREES.terms:
        zone = b.zone(degree.label(), x, 0, 1, 3, stop=True)
        b.card(Note, zone, 0, 0, t(*_INVOLVEMENT_PROMPTS[degree.code]), rows=2)
        x += zone_width(1) + GAP
    effect = b.zone(t("Værdien for borgeren", "The value for the citizen"), x + 2 * GAP, 0, 1, 2)
    b.card(Effect, effect, 0, 0, t("Hvilken værdi skal inddragelsen skabe?",
                                   "What value should involvement create?"), rows=2,
           beneficiary="citizen",
           output=t("Hvad tæller vi i dag?", "What do we count today?"))
    b.parking(x + 2 * GAP, zone_height(2) + 2 * GAP, 1)
    examples = b.zone(t("Fra ydelse til effekt: eksempler fra hæftet »Kerneopgaven i "
                        "hverdagen«",
                        "From outputs to outcomes: examples from the booklet “Kerneopgaven i "
                        "hverdagen”"), 0, zone_height(3) + 2 * GAP, len(_EXAMPLES) + 1, 2)
    # The last column is left free for the team's own example.
    for column, (value, output, beneficiary) in enumerate(_EXAMPLES):
        b.card(Effect, examples, column, 0, t(*value), rows=2, output=t(*output),
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
    b = Builder(template)
    kind = b.zone(t("Hvilken slags forandring?", "What kind of change?"), 0, 0, 2, 2, stop=True)
    b.card(Note, kind, 0, 0, t(
        "Er den organisatorisk (fx en sammenlægning eller en ny struktur), eller ændrer den "
        "selve kerneopgaven? Kommer den oppefra, eller er den vores eget initiativ?",
        "Is it organisational (a merger or a new structure, say), or does it change the core "
        "task itself? Does it come from above, or is it our own initiative?"), span=2)
    columns = [
        (t("Før", "Before"), t("Hvordan løser vi opgaven i dag?",
                                  "How do we carry out the task today?")),
        (t("Efter", "After"), t("Hvad bliver anderledes med forandringen?",
                                   "What will be different after the change?")),
        (t("Hvad betyder det for kerneopgaven?", "What does it mean for the core task?"),
         t("Løser vi kerneopgaven bedre bagefter? Hvad skal vi holde fast i?",
           "Will we carry out the core task better afterwards? What must we hold on to?")),
    ]
    x = zone_width(2) + GAP
    for title, prompt in columns:
        zone = b.zone(title, x, 0, 2, 2, stop=True)
        b.card(Note, zone, 0, 0, prompt, span=2)
        x += zone_width(2) + GAP
    b.parking(x + 2 * GAP, 0, 1)
    return b.board


def _wellbeing(template: Template) -> Board:
    b = Builder(template)
    core_zone = b.zone(t("Vores kerneopgave", "Our core task"), 0, 0, 1, 1)
    b.card(CoreTask, core_zone, 0, 0, t("Hvad er vi her for at skabe?",
                                        "What are we here to create?"), level="team")
    x = zone_width(1) + 3 * GAP
    prompts = [
        (t("Det må vi tage os af først", "What we must deal with first"),
         t("Fylder noget så meget – fx stress, konflikter, mistillid eller for få hænder – at "
           "vi må gøre noget ved det, før vi kan tale om opgaven?",
           "Does something weigh so heavily – stress, conflict, mistrust or too few hands, "
           "say – that we must deal with it before we can talk about the task?")),
        (t("Det giver mening", "What makes sense"),
         t("Hvornår kan vi se, at vores arbejde gør en forskel?",
           "When can we see that our work makes a difference?")),
        (t("Det står i vejen", "What gets in the way"),
         t("Hvad gør det svært at lykkes med opgaven?",
           "What makes it hard to succeed with the task?")),
        (t("Det gør vi", "What we will do"),
         t("Hvad kan vi selv ændre, så arbejdet hænger bedre sammen med formålet?",
           "What can we change ourselves so the work ties in better with the purpose?")),
    ]
    for title, prompt in prompts:
        zone = b.zone(title, x, 0, 2, 2, stop=True)
        b.card(Note, zone, 0, 0, prompt, span=2)
        x += zone_width(2) + GAP
    b.parking(0, zone_height(1) + 2 * GAP, 1)
    return b.board


TEMPLATES: dict[str, Template] = {template.name: template for template in (
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


@cache
def prompt_texts(name: str | None) -> frozenset[str]:
    """The texts of the prompts on the board template `name` makes, in both languages (none
    for a board made without a template): the minutes leave out a card that still holds one."""
    template = TEMPLATES.get(name) if name else None
    return prompts(template) if template is not None else frozenset()
