"""The built-in dilemma deck, and drawing from a deck onto a board.

The dilemmas are written from the themes of "Kerneopgaven i hverdagen"
(Fremfærd): parents and children, rehabilitation, the professional's judgement
against the citizen's, the individual against the community, change from above,
strong professions, documentation, and meaning at work. The wording is ours.
"""

from __future__ import annotations

import random

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.layout import GAP, ZONE_MARGIN, ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.model import Board, Deck, DeckCard, Dilemma

BUILTIN_ID = "builtin"

# (use, Danish text, English text, (pole A da, pole B da), (pole A en, pole B en))
_BUILTIN = (
    ("shared_purpose",
     "Vores formulering af kerneopgaven er flot. Hvad betyder den konkret på en travl mandag?",
     "Our wording of the core task sounds fine. What does it mean on a busy Monday?", None, None),
    ("shared_purpose",
     "Skal vi måle det, der kan tælles, eller den værdi, borgeren faktisk mærker?",
     "Should we measure what can be counted, or the value the citizen actually feels?",
     ("Ydelser", "Effekt"), ("Outputs", "Effects")),
    ("shared_purpose",
     "Skal kræfterne gå til at rette det, der ikke virker, eller til at styrke det, der virker?",
     "Should our effort go to fixing what fails, or to strengthening what works?",
     ("Rette fejl", "Styrke det gode"), ("Fix faults", "Build on strengths")),
    ("shared_purpose",
     "Skal vi bruge flere kræfter på samarbejdet med foreninger og virksomheder i lokalområdet, "
     "når det tager tid fra den daglige undervisning?",
     "Should we put more into working with local clubs and businesses when it takes time from "
     "everyday teaching?",
     ("Samarbejde ud af huset", "Tid i klassen"), ("Working with the community", "Time in class")),
    ("shared_purpose",
     "Vi er myndighed og hjælper på samme tid. Hvordan håndhæver vi reglerne og bevarer tilliden?",
     "We are both authority and helper. How do we enforce the rules and keep people's trust?",
     ("Håndhæve", "Hjælpe"), ("Enforce", "Help")),
    ("citizens",
     "Hvor meget af dagen skal gå til samtaler med forældrene, når tiden med børnene også er knap?",
     "How much of the day should go to talking with parents, when time with the children is "
     "short too?",
     ("Forældrene", "Børnene"), ("The parents", "The children")),
    ("citizens",
     "Hvor meget må vi forlange af en ældre borger, der ikke selv ønsker at træne sig til at "
     "klare mere?",
     "How much may we ask of an older citizen who does not want to train to manage more on "
     "their own?",
     ("Selvhjulpenhed", "Borgerens ønske"), ("Self-reliance", "The citizen's wish")),
    ("citizens",
     "Hvornår skal vores faglige vurdering veje tungere end borgerens egen vurdering af, hvad der "
     "er godt?",
     "When should our professional judgement weigh more than the citizen's own view of what is "
     "good?",
     ("Faglig vurdering", "Borgerens stemme"), ("Professional judgement", "The citizen's voice")),
    ("citizens",
     "En borgers ønske går ud over naboerne eller miljøet. Hvem taler vi for?",
     "One citizen's wish harms the neighbours or the environment. Whose side are we on?",
     ("Den enkelte", "Fællesskabet"), ("The individual", "The community")),
    ("citizens",
     "Skal alle have det samme, eller skal de, der har størst behov, have mere?",
     "Should everyone get the same, or should those with the greatest need get more?",
     ("Lige for alle", "Mest til dem med størst behov"), ("The same for all", "Most to most need")),
    ("citizens",
     "Hvordan kan pårørende og frivillige bidrage, uden at vi lægger for meget over på dem?",
     "How can relatives and volunteers contribute without us loading too much onto them?",
     ("Inddrage flere", "Skåne dem"), ("Involve more", "Spare them")),
    ("citizens",
     "Må borgeren tage en risiko, som vi selv ville fraråde?",
     "May the citizen take a risk that we would advise against?",
     ("Tryghed", "Selvbestemmelse"), ("Safety", "Self-determination")),
    ("change",
     "Budgettet skal ned. Skærer vi lidt på det hele, eller vælger vi noget helt fra?",
     "The budget must shrink. Do we cut a little everywhere, or drop something entirely?",
     ("Lidt på det hele", "Noget helt fra"), ("A little everywhere", "Drop something")),
    ("change",
     "En ny metode er besluttet højere oppe. Hvor meget må vi tilpasse den til vores hverdag?",
     "A new method was decided higher up. How far may we adapt it to our daily work?",
     ("Gøre som besluttet", "Tilpasse lokalt"), ("Do as decided", "Adapt locally")),
    ("change",
     "Skal vi prøve noget nyt nu, mens vi stadig er ved at lære det sidste?",
     "Should we try something new now, while we are still learning the last new thing?",
     ("Afprøve nyt", "Lære det kendte til bunds"), ("Try the new", "Master the known")),
    ("change",
     "To afdelinger lægges sammen. Hvad skal vi holde fast i fra hver af dem?",
     "Two departments are merging. What should we keep from each of them?", None, None),
    ("change",
     "Digitale løsninger sparer tid, men ikke alle borgere kan bruge dem. Hvad gør vi?",
     "Digital services save time, but not every citizen can use them. What do we do?",
     ("Digitalt", "Personligt"), ("Digital", "In person")),
    ("professions",
     "To faggrupper er uenige om, hvad god kvalitet er. Hvis faglighed afgør sagen?",
     "Two professions disagree about what good quality is. Whose expertise decides?",
     ("Vores faglighed", "Deres faglighed"), ("Our expertise", "Theirs")),
    ("professions",
     "Skal dokumentationen fylde mindre, så vi får mere tid med borgerne, også hvis vi så ved "
     "mindre om effekten?",
     "Should documentation take less time so we have more with citizens, even if we then know "
     "less about the effect?",
     ("Tid med borgeren", "Viden om effekten"), ("Time with the citizen", "Knowing the effect")),
    ("professions",
     "Hvor meget skal den enkeltes faglige skøn afgøre, og hvor meget fælles retningslinjer?",
     "How much should each person's professional judgement decide, and how much shared "
     "guidelines?",
     ("Eget skøn", "Fælles retning"), ("Own judgement", "Shared guidelines")),
    ("professions",
     "Skal vi specialisere os mere, eller skal flere af os kunne lidt af det hele?",
     "Should we specialise more, or should more of us be able to do a bit of everything?",
     ("Specialister", "Generalister"), ("Specialists", "Generalists")),
    ("professions",
     "En opgave falder mellem to faggrupper. Hvem tager den, og hvem bestemmer det?",
     "A task falls between two professions. Who takes it, and who decides?", None, None),
    ("wellbeing",
     "Vi kan ikke nå det hele i dag. Hvad lader vi ligge, og hvem fortæller borgerne det?",
     "We cannot do it all today. What do we leave, and who tells the citizens?",
     ("Det vigtigste for borgeren", "Det, der skal dokumenteres"),
     ("What matters most to the citizen", "What must be documented")),
    ("wellbeing",
     "Skal vi tale om trivslen, før vi kan tale om opgaven, eller omvendt?",
     "Must we talk about well-being before we can talk about the task, or the other way round?",
     ("Trivslen først", "Opgaven først"), ("Well-being first", "The task first")),
    ("wellbeing",
     "En kollega løser opgaven på en måde, vi andre ikke synes giver mening. Hvornår siger vi det?",
     "A colleague does the task in a way the rest of us find pointless. When do we say so?",
     None, None),
    ("wellbeing",
     "Hvor langt skal vi strække os for én borger, når det koster for resten af gruppen?",
     "How far should we go for one citizen when it costs the rest of the group?",
     ("Den ene", "De mange"), ("The one", "The many")),
)


def builtin_deck(lang: str | None = None) -> Deck:
    """The built-in deck in the given (or current) language; ids are stable across languages."""
    english = (lang or i18n.language()) == "en"
    cards = []
    for number, (use, da, en, poles_da, poles_en) in enumerate(_BUILTIN, start=1):
        poles = poles_en if english else poles_da
        cards.append(DeckCard(id=f"{BUILTIN_ID}-{number:02d}", text=en if english else da,
                              pole_a=poles[0] if poles else None,
                              pole_b=poles[1] if poles else None, use=use))
    title = "Built-in deck" if english else "Den indbyggede kortbunke"
    return Deck(id=BUILTIN_ID, title=title, cards=tuple(cards))


def undrawn(deck: Deck, board: Board) -> list[DeckCard]:
    """The deck's cards not yet drawn onto the board (a drawn card is a dilemma with its id)."""
    drawn = {card.origin for card in board.cards.values() if isinstance(card, Dilemma)}
    return [card for card in deck.cards if card.id not in drawn]


def draw(deck: Deck, board: Board, rng: random.Random | None = None) -> tuple[DeckCard, bool]:
    """A random card not yet on the board; when all are drawn, any card (and True: reshuffled)."""
    if not deck.cards:
        raise ValueError("the deck is empty")
    choices = undrawn(deck, board)
    reshuffled = not choices
    return (rng or random).choice(choices or list(deck.cards)), reshuffled


def free_spot(board: Board, x: float, y: float, width: float, height: float) -> tuple[float, float]:
    """The nearest clean place from (x, y), scanning right and then down, on the grid.

    Clean means: no card under it, and either wholly inside one zone's card area (below
    its title) or clear of every zone, so a new card never straddles a border or a title.
    """
    def clean(px: float, py: float) -> bool:
        if any(px < c.x + c.width + GAP and c.x < px + width + GAP
               and py < c.y + c.height + GAP and c.y < py + height + GAP
               for c in board.cards.values()):
            return False
        for zone in board.zones.values():
            inside = (zone.x + ZONE_MARGIN <= px and px + width <= zone.x + zone.width - ZONE_MARGIN
                      and zone.y + ZONE_TITLE_SPACE <= py
                      and py + height <= zone.y + zone.height - ZONE_MARGIN)
            touches = (px < zone.x + zone.width + GAP and zone.x < px + width + GAP
                       and py < zone.y + zone.height + GAP and zone.y < py + height + GAP)
            if touches and not inside:
                return False
        return True

    x, y = round(x / GAP) * GAP, round(y / GAP) * GAP
    for row in range(60):
        for column in range(60):
            px, py = x + column * GAP * 4, y + row * GAP * 4
            if clean(px, py):
                return px, py
    return x, y
