"""The example workshops behind `kerneopgave --demo [NAME]` and the start page's example.

Three made-up workplaces, each filled in as a team might after a good meeting: the
core task on every level linked upwards, each profession's contribution, dilemmas
drawn from the built-in deck with their poles, round answers and decisions, effects
set beside today's outputs, notes and dot votes. The method is the one of
"Kerneopgaven i hverdagen" (Fremfærd), and every example says so on its first
board; the people, places and wording are ours.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.decks import builtin_deck, drawn_size
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
    DeckCard,
    Dilemma,
    Effect,
    Note,
    Workshop,
    WorkshopInfo,
    Zone,
    new_id,
)
from kerneopgave_desktop.domain.templates import TEMPLATES, place_agreements
from kerneopgave_desktop.domain.vocabulary import LEVELS, PERSPECTIVES

Text = tuple[str, str]
"""A text in Danish and in English."""


def _t(text: Text) -> str:
    return text[1] if i18n.language() == "en" else text[0]


@dataclass(frozen=True)
class Demo:
    """One example workshop: its name on the command line, its title, and how to build it."""

    name: str
    title_da: str
    title_en: str
    build: Callable[[], Workshop]

    def title(self, lang: str | None = None) -> str:
        return self.title_en if (lang or i18n.language()) == "en" else self.title_da


# Board helpers ------------------------------------------------------------------------------

def _cards(board: Board, kind: type[Card]) -> list[Card]:
    return [card for card in board.cards.values() if isinstance(card, kind)]


def _fill(board: Board, kind: type[Card], texts: list[dict]) -> None:
    """Give the board's cards of `kind`, in order, the fields in `texts` (one dict a card)."""
    for card, fields in zip(_cards(board, kind), texts, strict=True):
        board.cards[card.id] = dataclasses.replace(card, **fields)


def _zone(board: Board, title: Text) -> Zone:
    wanted = _t(title)
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
    zone = Zone(id=new_id(), title=_t(("Om eksemplet", "About this example")), x=parking.x,
                y=parking.y + parking.height + 2 * GAP, width=parking.width, height=height,
                locked=True)
    board.zones[zone.id] = zone
    x, y = _spot(zone, 0, 0)
    _add(board, Note(id=new_id(), text=_t(_CREDIT), x=x, y=y,
                     height=2 * CARD_HEIGHT + GAP))


# Board builders, each from its template ----------------------------------------------------

def _levels(core: list[tuple[Text, int]], who: list[Text]) -> Board:
    """The levels ladder: the core task on each level (text, votes) and who wrote it."""
    board = TEMPLATES["niveauer"].board()
    _fill(board, CoreTask, [{"text": _t(text), "votes": votes} for text, votes in core])
    _fill(board, Note, [{"text": _t(text)} for text in who])
    _credit(board)
    return board


def _professions(core: Text, core_votes: int,
                 rows: list[tuple[str | Text, Text, Text, int]]) -> Board:
    """The professions around one core task: (profession, zone title, contribution, votes).

    The profession is a catalogue code, or the name of one the team added.
    """
    board = TEMPLATES["faggrupper"].board()
    zones = [zone for zone in board.zones.values() if zone.kind == "area"]
    _retitle(board, zones, [_t(("Kerneopgaven", "Core task"))] + [_t(t) for _, t, _, _ in rows])
    _fill(board, CoreTask, [{"text": _t(core), "votes": core_votes}])
    _fill(board, Contribution, [
        {"text": _t(text), "profession": code if isinstance(code, str) else _t(code),
         "votes": votes} for code, _, text, votes in rows])
    return board


@dataclass(frozen=True)
class _Dilemma:
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


def _dilemmas(dilemmas: list[_Dilemma]) -> Board:
    """The dilemma field: the first settled dilemma's poles on the axis, every dilemma in the
    zone of its status (grown to hold them), the template's prompt card gone."""
    board = TEMPLATES["dilemmaer"].board()
    for card in _cards(board, Dilemma):
        del board.cards[card.id]
    deck = {card.id: card for card in builtin_deck().cards}
    made = []
    for dilemma in dilemmas:
        if dilemma.origin is not None:
            card = deck[dilemma.origin]
        else:
            card = DeckCard(id="own", text=_t(dilemma.text), pole_a=_t(dilemma.poles[0]),
                            pole_b=_t(dilemma.poles[1]))
        made.append((dilemma, card))
    axis = next(card for dilemma, card in made if dilemma.status == "settled")
    _fill(board, Note, [{"text": axis.pole_a}, {"text": axis.pole_b}])
    for status, title in _STATUS_ZONES.items():
        zone = _zone(board, title)
        y = zone.y + ZONE_TITLE_SPACE
        for dilemma, card in ((d, c) for d, c in made if d.status == status):
            width, height = drawn_size(card)
            _add(board, Dilemma(
                id=new_id(), text=card.text, pole_a=card.pole_a, pole_b=card.pole_b,
                status=status, decision=_t(dilemma.decision) if dilemma.decision else None,
                answers=tuple((code, _t(answer)) for code, answer in dilemma.answers),
                votes=dilemma.votes, origin=dilemma.origin, x=zone.x + ZONE_MARGIN, y=y,
                width=width, height=height))
            y += height + GAP
        needed = y - GAP + ZONE_MARGIN - zone.y
        if needed > zone.height:  # the zone grows to hold its dilemmas
            board.zones[zone.id] = dataclasses.replace(zone, height=needed)
    return board


@dataclass(frozen=True)
class _Agreement:
    text: Text
    responsible: str
    follow_up: date
    status: str = "agreed"
    due: date | None = None


def _agreed(board: Board, agreements: list[_Agreement]) -> Board:
    """What the team agreed, in the board's »Aftaler« zone (below everything, as it has
    grown), side by side."""
    place_agreements(board)
    zone = next(z for z in board.zones.values() if z.kind == "agreements")
    for column, agreed in enumerate(agreements):
        x, y = _spot(zone, column, 0)
        _add(board, Agreement(id=new_id(), text=_t(agreed.text), responsible=agreed.responsible,
                              due=agreed.due, follow_up=agreed.follow_up, status=agreed.status,
                              x=x, y=y))
    return board


@dataclass(frozen=True)
class _Effect:
    value: Text
    output: Text
    beneficiary: str
    votes: int = 0
    involvement: str | None = None

    def fields(self) -> dict:
        return {"text": _t(self.value), "output": _t(self.output),
                "beneficiary": self.beneficiary, "involvement": self.involvement,
                "votes": self.votes}


def _involvement(notes: list[Text], main: _Effect, own: list[_Effect]) -> Board:
    """The involvement steps with one note of the team's under each step's question, the main
    value beside them, and the team's own outputs and effects where the template has the
    booklet's examples."""
    board = TEMPLATES["inddragelse"].board()
    prompts = _cards(board, Note)
    for prompt, text in zip(prompts, notes, strict=True):
        _add(board, Note(id=new_id(), text=_t(text), x=prompt.x,
                         y=prompt.y + prompt.height + GAP))
    examples = next(zone for zone in board.zones.values() if zone.title.startswith(
        _t(("Fra ydelse til effekt:", "From outputs to outcomes:"))))
    _retitle(board, [examples], [_t(("Fra ydelse til effekt hos os",
                                     "From outputs to outcomes, here"))])
    _fill(board, Effect, [main.fields(), *(effect.fields() for effect in own)])
    return board


def _perspectives(cells: list[Text], core_row: str) -> Board:
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
            _add(board, CoreTask(id=new_id(), text=_t(text), level=level,
                                 perspective=perspective, x=x, y=y, width=width))
        else:
            _add(board, Note(id=new_id(), text=_t(text), x=x, y=y, width=width))
    return board


def _change(steps: list[Text]) -> Board:
    """The change board with one note of the team's under each column's question."""
    board = TEMPLATES["forandring"].board()
    for prompt, text in zip(_cards(board, Note), steps, strict=True):
        _add(board, Note(id=new_id(), text=_t(text), x=prompt.x,
                         y=prompt.y + prompt.height + GAP, width=prompt.width))
    return board


# The school --------------------------------------------------------------------------------

def _school() -> Workshop:
    levels = _levels([
        (("Et godt sted at vokse op, leve og arbejde – skabt sammen med borgere, foreninger og "
          "virksomheder.",
          "A good place to grow up, live and work – made together with citizens, clubs and "
          "businesses."), 0),
        (("Børn og unge: alle børn vokser trygt op, lærer meget og hører til i et fællesskab, "
          "fra vuggestue til ungdomsuddannelse.",
          "Children and young people: every child grows up safely, learns a lot and belongs to "
          "a community, from nursery to upper secondary."), 0),
        (("Skolen ved Åen: hvert barn går herfra med lyst til at lære, med venner og med det, "
          "der skal til for at klare en ungdomsuddannelse.",
          "Skolen ved Åen: every child leaves us wanting to learn, with friends, and with what "
          "it takes to manage upper secondary education."), 4),
        (("5.–6. årgang: hver elev bliver set, udfordret og mødt med forventninger hver dag.",
          "Years 5–6: every pupil is seen, challenged and met with expectations every day."), 6),
    ], [
        ("Byrådets vision for kommunen.", "The council's vision for the municipality."),
        ("Direktionen og skolechefen.", "The executive board and the head of schools."),
        ("Ledelsen, lærerne, pædagogerne og skolebestyrelsen.",
         "The leaders, teachers, pedagogues and the school board."),
        ("Årgangsteamet sammen med elevrådet.", "The year team together with the pupils' "
                                                "council."),
    ])
    professions = _professions(
        ("Alle børn lærer mest muligt og trives i et trygt fællesskab.",
         "Every child learns as much as possible and thrives in a safe community."), 3, [
            ("teacher", ("Lærere", "Teachers"),
             ("Tydelige mål, feedback og undervisning, der udfordrer hver elev.",
              "Clear goals, feedback and teaching that stretches every pupil."), 5),
            ("pedagogue", ("Pædagoger", "Pedagogues"),
             ("Trivsel i frikvartererne og ved skift mellem timerne; relationer til de børn, "
              "der har det svært.",
              "Well-being at break time and between lessons; bonds with the children who "
              "struggle."), 4),
            ("psychologist", ("PPR-psykolog", "Educational psychologist"),
             ("Viden om børn med særlige behov og sparring med teamene.",
              "Knowledge of children with special needs, and advice for the teams."), 2),
            ("social_worker", ("Socialrådgiver", "Social worker"),
             ("Samarbejde med familierne, når skolen ikke kan løse det alene.",
              "Working with families when the school cannot solve it alone."), 1),
            ("secretary", ("Sekretær", "Secretary"),
             ("Det første møde med nye forældre og overblik, når noget haster.",
              "The first meeting with new parents, and an overview when things are urgent."),
             2),
            ("caretaker", ("Pedel", "Caretaker"),
             ("Hele, trygge og indbydende rammer, inde og ude.",
              "Sound, safe and inviting surroundings, inside and out."), 0),
            ("cleaner", ("Rengøring", "Cleaning"),
             ("Rene lokaler, så det er rart at være i skolen.",
              "Clean rooms, so school is a good place to be."), 0),
            ("kitchen", ("Køkken", "Kitchen"),
             ("Et sundt måltid, der giver energi til at lære.",
              "A healthy meal that gives energy to learn."), 3),
        ])
    dilemmas = _dilemmas([
        _Dilemma("settled", 5, "builtin-27", (
            ("at_stake", ("At alle elever kan følge med, også dem, der ikke får hjælp "
                          "hjemme; og at forældrene ved, hvad der foregår.",
                          "That every pupil can keep up, including those who get no help at "
                          "home; and that parents know what is going on.")),
            ("perspectives", ("Byrådet vil have forældrene med; mange forældre oplever "
                              "lektierne som konflikter derhjemme; eleverne siger, at "
                              "lektiecaféen hjælper.",
                              "The council wants parents involved; many parents find homework "
                              "a source of rows at home; the pupils say the homework café "
                              "helps.")),
            ("professions", ("Lærerne ser lektier som træning; pædagogerne ser dem som en "
                             "kilde til ulighed.",
                             "The teachers see homework as practice; the pedagogues see it as "
                             "a source of inequality.")),
            ("core_task", ("Hvert barn skal klare sig, uanset hvad det har med hjemmefra.",
                           "Every child must get on, whatever they bring from home.")),
            ("action", ("Vi prøver i tre måneder og ser på det igen på personalemødet i juni.",
                        "We try it for three months and look again at the staff meeting in "
                        "June."))),
            decision=("Lektier er kun læsning og træning, som eleverne kan klare uden hjælp. "
                      "Lektiecaféen holder åbent tre dage om ugen.",
                      "Homework is only reading and practice that pupils can manage without "
                      "help. The homework café is open three days a week.")),
        _Dilemma("discussed", 2, "builtin-21", (
            ("professions", ("Lærerne vil fordybe sig i fagene, pædagogerne i relationerne.",
                             "The teachers want depth in subjects, the pedagogues in "
                             "relationships.")),
            ("core_task", ("Begge dele skal til; spørgsmålet er, hvem der gør hvad, og i "
                           "hvilke timer.",
                           "Both are needed; the question is who does what, and in which "
                           "lessons.")))),
        _Dilemma("discussed", 3, "builtin-28", (
            ("at_stake", ("At tallene ikke bliver det eneste, vi taler om til "
                          "skole-hjem-samtalen.",
                          "That the numbers do not become the only thing we talk about at the "
                          "parents' meeting.")),)),
        _Dilemma("new", 1, "builtin-22"),
    ])
    _agreed(dilemmas, [
        _Agreement(("Lektiecaféen holder åbent mandag, tirsdag og torsdag efter sidste time.",
                    "The homework café is open on Monday, Tuesday and Thursday after the last "
                    "lesson."), "Jonas Friis", date(2026, 6, 9), "in_progress",
                   date(2026, 3, 16)),
        _Agreement(("Hvert team fordeler timerne til fordybelse og til fællesskab.",
                    "Each team shares out the lessons for depth and for community."),
                   "Maria Løkke og Søren Vad", date(2026, 4, 28),
                   due=date(2026, 4, 1)),
        _Agreement(("Skole-hjem-samtalen begynder med, hvordan barnet har det, før vi taler "
                    "om resultaterne.",
                    "The parents' meeting starts with how the child is doing, before we talk "
                    "about results."), "Birgit Nørgaard", date(2026, 6, 9), "done"),
    ])
    involvement = _involvement([
        ("Vi tænker på, hvad eleverne får ud af det, når vi planlægger, men vi spørger dem "
         "sjældent.",
         "We think about what the pupils get out of it when we plan, but we rarely ask them."),
        ("Elevrådet bliver spurgt to gange om året, men svarene når ikke ud til teamene.",
         "The pupils' council is asked twice a year, but the answers never reach the teams."),
        ("Forældre, der kan noget særligt, kunne komme med i timerne: en tømrer, en "
         "sygeplejerske, en kok.",
         "Parents with a special skill could join lessons: a carpenter, a nurse, a cook."),
        ("I 6. klasse planlægger eleverne temaugen sammen med os.",
         "In year 6 the pupils plan the theme week together with us."),
    ], _Effect(("Flere elever gennemfører en ungdomsuddannelse.",
                "More pupils complete upper secondary education."),
               ("Antal undervisningstimer og elevsamtaler", "Number of lessons and pupil talks"),
               "both", 4, "active"), [
        _Effect(("Eleverne tør sige noget i klassen og hjælper hinanden.",
                 "Pupils dare to speak up in class and help each other."),
                ("Antal trivselsmålinger", "Number of well-being surveys"), "citizen", 2),
        _Effect(("Forældrene ved, hvordan de kan støtte deres barns læring.",
                 "Parents know how they can support their child's learning."),
                ("Antal skole-hjem-samtaler", "Number of parents' meetings"), "both", 1,
                "attentive"),
        _Effect(("Ingen elev står alene i frikvarteret.", "No pupil stands alone at break time."),
                ("Antal gårdvagter", "Number of playground duties"), "citizen", 3),
    ])
    return Workshop(
        info=WorkshopInfo(
            title=_t(("Personalemøde om kerneopgaven", "Staff meeting on the core task")),
            workplace="Skolen ved Åen", date=date(2026, 3, 3), facilitator="Lene Holm",
            participants=("Ali Demir", "Birgit Nørgaard", "Jonas Friis", "Maria Løkke",
                          "Søren Vad")),
        boards=[levels, professions, dilemmas, involvement])


# Home care ---------------------------------------------------------------------------------

_HOME_CARE_PROFESSIONS = (("Sosu-hjælper", "Home helper"), ("Visitator", "Needs assessor"),
                          ("Planlægger", "Planner"))
"""The professions the home-care team added to the catalogue."""


def _home_care() -> Workshop:
    helpers, assessor, planner = _HOME_CARE_PROFESSIONS
    levels = _levels([
        (("Et trygt og godt liv i hele kommunen, som borgerne selv er med til at forme.",
          "A safe and good life across the municipality, which citizens help to shape."), 0),
        (("Ældre og sundhed: ældre lever så selvstændigt og meningsfuldt som muligt og får "
          "hjælp, når de har brug for den.",
          "Elderly care and health: older people live as independently and meaningfully as "
          "they can, and get help when they need it."), 1),
        (("Hjemmeplejen Nord: borgerne klarer mest muligt selv i eget hjem og får hjælp til "
          "det, der betyder mest for dem.",
          "Hjemmeplejen Nord: citizens manage as much as they can at home and get help with "
          "what matters most to them."), 5),
        (("Gruppe 3: vi ser hver morgen på, hvad borgeren selv kan i dag, og hjælper med "
          "resten.",
          "Group 3: every morning we look at what the citizen can do alone today, and help "
          "with the rest."), 7),
    ], [
        ("Byrådets vision for kommunen.", "The council's vision for the municipality."),
        ("Centerchefen sammen med seniorrådet.",
         "The head of centre with the senior citizens' council."),
        ("Ledelse og medarbejdere på temadagen.", "Leaders and staff at the away day."),
        ("Teamet, efter samtaler med fem borgere.", "The team, after talking with five "
                                                    "citizens."),
    ])
    perspectives = _perspectives([
        ("Kvalitetsstandarden: hjælp efter behov, med vægt på at klare sig selv.",
         "The quality standard: help according to need, with weight on managing alone."),
        ("Budgettet styres efter visiterede timer.", "The budget is steered by assessed hours."),
        ("Borgerne læser om besparelser i avisen og bliver utrygge.",
         "Citizens read about cuts in the paper and feel unsafe."),
        ("Træning før hjælp: borgeren træner først, og hjælpen kommer bagefter.",
         "Training before help: the citizen trains first, and help comes after."),
        ("Terapeuterne når ikke at følge op hos alle, der træner.",
         "The therapists cannot follow up on everyone who trains."),
        ("De pårørende ved ikke, hvem de skal ringe til.", "Relatives don't know whom to call."),
        ("Borgeren får den hjælp, der er bevilget, til tiden.",
         "The citizen gets the help granted, on time."),
        ("Vi bytter ydelser, når borgeren hellere vil have noget andet end det, der står i "
         "planen.",
         "We swap services when the citizen would rather have something other than the plan "
         "says."),
        ("Fru Holm: »Det vigtigste er, at det er de samme, der kommer.«",
         "Mrs Holm: “What matters most is that it is the same people who come.”"),
        ("Bad to gange om ugen, 20 minutter hver gang.", "A shower twice a week, 20 minutes "
                                                         "each."),
        ("Vi øver badet sammen med borgeren, så hun kan klare det selv; det tager længere tid.",
         "We practise the shower with the citizen so she can manage it herself; it takes "
         "longer."),
        ("Borgeren er stolt over at kunne selv, men træt bagefter.",
         "The citizen is proud to manage alone, but tired afterwards."),
    ], core_row="workplace")
    professions = _professions(
        ("Borgeren lever det liv, hun selv ønsker, i sit eget hjem, så længe det er trygt.",
         "The citizen lives the life she wants, in her own home, for as long as it is safe."),
        4, [
            (helpers, ("Sosu-hjælpere", "Home helpers"),
             ("Den daglige hjælp og de små samtaler, der viser, om noget er ved at ændre sig.",
              "Daily help and the small chats that show whether something is changing."), 5),
            ("care_assistant", ("Sosu-assistenter", "Care assistants"),
             ("Medicin, sår og opfølgning; øje for, hvornår der skal mere til.",
              "Medication, wounds and follow-up; an eye for when more is needed."), 3),
            ("nurse", ("Sygeplejersker", "Nurses"),
             ("Sygepleje i hjemmet og samarbejdet med lægen og sygehuset.",
              "Nursing at home, and working with the GP and the hospital."), 2),
            ("therapist", ("Terapeuter", "Therapists"),
             ("Træning, der gør borgeren i stand til at klare mere selv.",
              "Training that helps the citizen manage more on their own."), 6),
            (assessor, assessor,
             ("En afgørelse, der passer til borgerens behov og til reglerne.",
              "A decision that fits the citizen's needs and the rules."), 1),
            (planner, planner,
             ("Køreplaner, hvor de samme medarbejdere kommer hos den samme borger.",
              "Rotas where the same staff visit the same citizen."), 4),
            ("kitchen", ("Madservice", "Meals service"),
             ("Mad, borgeren har lyst til, også når appetitten svigter.",
              "Food the citizen wants, even when appetite fails."), 2),
            ("technical_service", ("Hjælpemiddeldepot", "Aids depot"),
             ("Det rigtige hjælpemiddel hurtigt, så borgeren ikke skal vente på at kunne selv.",
              "The right aid quickly, so the citizen need not wait to manage alone."), 1),
        ])
    dilemmas = _dilemmas([
        _Dilemma("settled", 6, "builtin-07", (
            ("at_stake", ("Hendes værdighed og lyst til at klare sig; for fællesskabet, at "
                          "timerne rækker til dem, der har mest brug for dem.",
                          "Her dignity and wish to manage; for the community, that the hours "
                          "stretch to those who need them most.")),
            ("perspectives", ("Kommunen vil have træning først; medarbejderne vil ikke "
                              "presse; borgeren vil gerne have hjælp, men også være sig selv.",
                              "The municipality wants training first; staff do not want to "
                              "push; the citizen wants help but also to be herself.")),
            ("professions", ("Terapeuterne ser et træningsmål, sosu-hjælperne ser en træt "
                             "kvinde, der har brug for ro.",
                             "The therapists see a training goal; the home helpers see a tired "
                             "woman who needs rest.")),
            ("core_task", ("Borgeren skal klare mest muligt selv, men det er hendes liv.",
                           "The citizen should manage as much as she can, but it is her "
                           "life.")),
            ("action", ("Terapeuten og kontaktpersonen taler med hende i næste uge.",
                        "The therapist and her contact person talk with her next week."))),
            decision=("Vi spørger borgeren, hvad hun selv vil kunne igen, og træner det. Resten "
                      "hjælper vi med, og vi tager det op igen efter seks uger.",
                      "We ask the citizen what she wants to be able to do again, and train "
                      "that. We help with the rest, and take it up again after six weeks.")),
        _Dilemma("discussed", 3, "builtin-23", (
            ("at_stake", ("At de mest syge får hjælp, og at ingen bliver glemt.",
                          "That the sickest get help, and that no one is forgotten.")),
            ("action", ("Planlæggeren og dagens koordinator beslutter sammen, og borgerne får "
                        "besked inden kl. 9.",
                        "The planner and the day's coordinator decide together, and citizens "
                        "are told before 9 am.")))),
        _Dilemma("discussed", 4, "builtin-34", (
            ("perspectives", ("Visitationen ser ydelser, vi ser mennesker, og borgeren ser "
                              "sin dag.",
                              "The assessors see services, we see people, and the citizen "
                              "sees her day.")),)),
        _Dilemma("new", 1, "builtin-18"),
        _Dilemma("new", 2, "builtin-01"),
    ])
    _agreed(dilemmas, [
        _Agreement(("Terapeuten og kontaktpersonen spørger borgeren, hvad hun selv vil "
                    "kunne igen.",
                    "The therapist and the contact person ask the citizen what she wants to "
                    "be able to do again."), "Karin Mølgaard", date(2026, 5, 26), "done",
                   date(2026, 4, 21)),
        _Agreement(("Samme faste hjælper hos de borgere, der har flest besøg i ugen.",
                    "The same regular helper for the citizens with the most visits a week."),
                   "Ole Vinther", date(2026, 6, 2), "in_progress", date(2026, 5, 1)),
        _Agreement(("Visitator og sosu-hjælpere mødes en gang om måneden om de svære sager.",
                    "Assessors and home helpers meet once a month about the difficult cases."),
                   "Mette Sørensen", date(2026, 6, 16)),
    ])
    involvement = _involvement([
        ("Vi ved, at det betyder meget at blive hjulpet af et kendt ansigt.",
         "We know it matters a lot to be helped by a familiar face."),
        ("Ved hvert nyt forløb spørger vi, hvad borgeren selv vil kunne igen.",
         "At the start of every new course we ask what the citizen wants to manage again."),
        ("De pårørende er med til det første møde og hjælper med indkøb.",
         "Relatives join the first meeting and help with the shopping."),
        ("Sammen med seniorrådet laver vi en folder om, hvad man selv kan gøre.",
         "With the senior citizens' council we are writing a leaflet on what you can do "
         "yourself."),
    ], _Effect(("Borgerne klarer mere selv og har overskud til det, der giver dem glæde.",
                "Citizens manage more on their own and have energy for what gives them joy."),
               ("Antal visiterede timer og leverede besøg",
                "Number of assessed hours and visits made"), "both", 5, "active"), [
        _Effect(("Borgeren kan selv komme i bad igen og føler sig ren og tryg.",
                 "The citizen can shower alone again and feels clean and safe."),
                ("Antal bade om ugen", "Number of showers a week"), "citizen", 3, "active"),
        _Effect(("Borgeren spiser med lyst og holder vægten.",
                 "The citizen eats with appetite and keeps her weight."),
                ("Antal leverede måltider", "Number of meals delivered"), "citizen", 1),
        _Effect(("De pårørende er trygge og ved, hvem de skal ringe til.",
                 "Relatives feel safe and know whom to call."),
                ("Antal besvarede opkald", "Number of calls answered"), "both", 2),
    ])
    return Workshop(
        info=WorkshopInfo(
            title=_t(("Temadag om kerneopgaven i hjemmeplejen",
                      "Away day on the core task in home care")),
            workplace="Hjemmeplejen Nord", date=date(2026, 4, 14), facilitator="Hanne Kjær",
            participants=("Fatima Aziz", "Jens Bak", "Karin Mølgaard", "Mette Sørensen",
                          "Ole Vinther", "Yvonne Lund"),
            professions=tuple(_t(name) for name in _HOME_CARE_PROFESSIONS)),
        boards=[levels, perspectives, professions, dilemmas, involvement])


# Technical and environmental services ------------------------------------------------------

_PARKS_PROFESSIONS = (("Parkbetjent", "Park warden"), ("Naturvejleder", "Nature guide"),
                      ("Kommunikationsmedarbejder", "Communications officer"))
"""The professions the parks team added to the catalogue."""


def _parks() -> Workshop:
    wardens, guide, communications = _PARKS_PROFESSIONS
    levels = _levels([
        (("En grøn og levende kommune, hvor det er rart og trygt at bo og færdes.",
          "A green and lively municipality where it is good and safe to live and get about."),
         0),
        (("Teknik og miljø: byrum og natur, som borgerne bruger, passer på og er med til at "
          "forme.",
          "Technical and environmental services: public spaces and nature that citizens use, "
          "look after and help to shape."), 1),
        (("Park og Vej: parker, pladser og veje, der er trygge, grønne og åbne for mange slags "
          "liv.",
          "Park og Vej: parks, squares and roads that are safe, green and open to many kinds "
          "of life."), 4),
        (("Parkholdet i Østbyen: byparken er ren, sikker og indbydende hver morgen, også efter "
          "en travl weekend.",
          "The park team in Østbyen: the town park is clean, safe and inviting every morning, "
          "even after a busy weekend."), 5),
    ], [
        ("Byrådets vision for kommunen.", "The council's vision for the municipality."),
        ("Direktøren for teknik og miljø sammen med udvalget.",
         "The director of technical services with the committee."),
        ("Ledelse, gartnere, vejfolk og sagsbehandlere.",
         "Leaders, gardeners, road crews and case officers."),
        ("Parkholdet, efter en gåtur i parken med beboerne.",
         "The park team, after a walk in the park with residents."),
    ])
    professions = _professions(
        ("Byens grønne rum er trygge og fulde af liv, og borgerne føler, at de er deres.",
         "The town's green spaces are safe and full of life, and residents feel they are "
         "theirs."), 3, [
            ("gardener", ("Gartnere", "Gardeners"),
             ("Beplantning og pleje, der gør parken smuk og rig på natur.",
              "Planting and care that make the park beautiful and rich in nature."), 4),
            ("engineer", ("Ingeniører", "Engineers"),
             ("Stier, lys og afvanding, der holder i mange år.",
              "Paths, lighting and drainage that last for years."), 2),
            (wardens, ("Parkbetjente", "Park wardens"),
             ("Til stede om aftenen og i weekenden; taler med dem, der bruger parken.",
              "Present in the evenings and at weekends; talking with the people who use the "
              "park."), 5),
            (guide, guide,
             ("Ture og aktiviteter, der lærer børn og voksne at passe på naturen.",
              "Walks and activities that teach children and adults to care for nature."), 2),
            ("administration", ("Sagsbehandlere", "Case officers"),
             ("Tilladelser til arrangementer, der er klare og kommer til tiden.",
              "Permits for events that are clear and arrive on time."), 3),
            ("lawyer", ("Jurist", "Lawyer"),
             ("Regler for brugen af parken, som er til at forstå og til at håndhæve.",
              "Rules for using the park that can be understood and enforced."), 1),
            ("technical_service", ("Materielgården", "The depot"),
             ("Maskiner og tømning af affaldsspande, der er klar, når der har været fest.",
              "Machines and bin emptying ready when there has been a party."), 1),
            (communications, ("Kommunikation", "Communications"),
             ("Fortæller borgerne, hvad der sker i parken, og hvorfor.",
              "Tells residents what is happening in the park, and why."), 2),
        ])
    dilemmas = _dilemmas([
        _Dilemma("settled", 7, "builtin-45", (
            ("at_stake", ("At parken er for alle: for dem, der vil feste, og for dem, der vil "
                          "sove eller gå en tur i ro.",
                          "That the park is for everyone: for those who want to party, and for "
                          "those who want to sleep or walk in peace.")),
            ("perspectives", ("Politikerne vil have et levende byliv; naboerne klager over "
                              "larm; de unge oplever, at de ikke har andre steder at være.",
                              "The politicians want a lively city; the neighbours complain "
                              "about noise; the young people feel they have nowhere else to "
                              "go.")),
            ("professions", ("Sagsbehandlerne ser reglerne, parkbetjentene ser de mennesker, "
                             "de møder om aftenen.",
                             "The case officers see the rules; the park wardens see the people "
                             "they meet in the evening.")),
            ("core_task", ("Mangfoldighed og tryghed skal begge være der; vi kan ikke vælge "
                           "den ene fra.",
                           "Diversity and safety must both be there; we cannot drop either.")),
            ("action", ("Vi prøver reglerne af hen over sommeren og mødes med naboerne i "
                        "september.",
                        "We try the rules over the summer and meet the neighbours in "
                        "September."))),
            decision=("Arrangementer er velkomne til kl. 22 på den store plæne. Parkbetjentene "
                      "er til stede, og naboerne får besked en uge før.",
                      "Events are welcome until 10 pm on the big lawn. The park wardens are "
                      "there, and neighbours are told a week ahead.")),
        _Dilemma("discussed", 4, "builtin-46", (
            ("at_stake", ("Beboernes glæde ved deres eget sted, og at det er sikkert for de "
                          "børn, der leger der.",
                          "The residents' pride in their own place, and safety for the "
                          "children who play there.")),
            ("action", ("Vi laver en aftale med beboerforeningen om ét område til at begynde "
                        "med.",
                        "We make an agreement with the residents' association on one area to "
                        "begin with.")))),
        _Dilemma("discussed", 3, "builtin-47", (
            ("perspectives", ("Udvalget vil have mere natur; nogle borgere ser ukrudt; "
                              "børnene elsker sommerfuglene.",
                              "The committee wants more nature; some residents see weeds; the "
                              "children love the butterflies.")),)),
        _Dilemma("new", 2, "builtin-48"),
        _Dilemma("new", 1, text=(
            "Skal vi fjerne bænkene ved søen, hvor grupper samles om natten, når de samme bænke "
            "bruges af ældre om dagen?",
            "Should we remove the benches by the lake where groups gather at night, when older "
            "people use the same benches by day?"),
            poles=(("Tryghed om natten", "Safety at night"),
                   ("Hvil og ophold om dagen", "A place to rest by day"))),
    ])
    _agreed(dilemmas, [
        _Agreement(("Skilte på den store plæne: arrangementer er velkomne til kl. 22.",
                    "Signs on the big lawn: events are welcome until 10 pm."), "Bo Kragh",
                   date(2026, 7, 1), "done", date(2026, 6, 15)),
        _Agreement(("Parkbetjentene går aftenrunde fredag og lørdag hele sommeren.",
                    "The park wardens do an evening round on Fridays and Saturdays all "
                    "summer."), "Anja Brix", date(2026, 9, 8), "in_progress"),
        _Agreement(("Møde med naboerne og de unge om reglerne for parken.",
                    "A meeting with the neighbours and the young people about the park's "
                    "rules."), "Dorthe Lind", date(2026, 9, 15), due=date(2026, 9, 1)),
    ])
    involvement = _involvement([
        ("Vi planlægger beplantningen ud fra, hvad vi tror, borgerne gerne vil have.",
         "We plan the planting from what we think residents would like."),
        ("På kommunens kort på nettet kan borgerne melde fejl og ønsker.",
         "On the municipality's online map residents can report faults and wishes."),
        ("Skoleklasser sår blomster og passer bedene i parken.",
         "School classes sow flowers and tend the beds in the park."),
        ("Beboerne og vi laver planen for den nye legeplads sammen.",
         "The residents and we draw up the plan for the new playground together."),
    ], _Effect(("Flere bruger parken og føler sig trygge der, også om aftenen.",
                "More people use the park and feel safe there, in the evening too."),
               ("Antal klippede kvadratmeter og tømte affaldsspande",
                "Square metres mown and bins emptied"), "both", 4, "attentive"), [
        _Effect(("Børn og voksne kender naturen i deres kvarter og passer på den.",
                 "Children and adults know the nature in their neighbourhood and look after "
                 "it."),
                ("Antal naturvejledninger", "Number of guided nature walks"), "society", 2,
                "active"),
        _Effect(("Naboerne kan sove, og festerne kan stadig holdes.",
                 "The neighbours can sleep, and the parties can still be held."),
                ("Antal udstedte tilladelser", "Number of permits issued"), "both", 3),
        _Effect(("Borgerne oplever, at deres ønsker bliver hørt og brugt.",
                 "Residents find that their wishes are heard and used."),
                ("Antal indberetninger på kortet", "Number of reports on the map"), "citizen", 1,
                "attentive"),
    ])
    change = _change([
        ("Det er en ændring af selve opgaven: fra pæne plæner til mere natur. Byrådets "
         "klimaplan satte den i gang, og parkholdet har selv foreslået de første områder.",
         "It changes the task itself: from neat lawns to more nature. The council's climate "
         "plan started it, and the park team proposed the first areas itself."),
        ("Vi slår græsset hver uge fra april til oktober.",
         "We mow the grass every week from April to October."),
        ("Vilde blomster på en tredjedel af plænerne; vi slår kun stierne og kanterne.",
         "Wildflowers on a third of the lawns; we mow only the paths and edges."),
        ("Mere liv i parken, men vi skal forklare borgerne hvorfor. Vi holder fast i, at parken "
         "skal se passet ud.",
         "More life in the park, but we must explain why to residents. We hold on to the park "
         "looking cared for."),
    ])
    return Workshop(
        info=WorkshopInfo(
            title=_t(("Arbejdsmøde om parker og byrum",
                      "Working meeting on parks and public spaces")),
            workplace="Park og Vej, Teknik og Miljø", date=date(2026, 5, 20),
            facilitator="Rasmus Holt",
            participants=("Anja Brix", "Bo Kragh", "Dorthe Lind", "Emil Nørgaard",
                          "Sara Ahmadi"),
            professions=tuple(_t(name) for name in _PARKS_PROFESSIONS)),
        boards=[levels, professions, dilemmas, involvement, change])


DEMOS: dict[str, Demo] = {demo.name: demo for demo in (
    Demo("skole", "Skolen ved Åen: personalemøde om kerneopgaven",
         "Skolen ved Åen: a staff meeting on the core task", _school),
    Demo("hjemmepleje", "Hjemmeplejen Nord: temadag om kerneopgaven",
         "Hjemmeplejen Nord: an away day on the core task in home care", _home_care),
    Demo("teknik", "Park og Vej: arbejdsmøde om parker og byrum",
         "Park og Vej: a working meeting on parks and public spaces", _parks),
)}
"""The example workshops by name, in the order they are offered."""

DEFAULT_DEMO = "skole"


def demo_workshop(name: str = DEFAULT_DEMO) -> Workshop:
    """A fresh copy of the example `name` (new ids each time), in the current language."""
    try:
        demo = DEMOS[name]
    except KeyError:
        raise KeyError(f"no example called {name!r} ({', '.join(DEMOS)})") from None
    return demo.build()
