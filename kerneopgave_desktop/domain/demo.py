"""The example workshop behind `kerneopgave --demo`: a folkeskole working on its core task.

Built from the templates and filled in as a team might after a good meeting: the
core task on every level, each profession's contribution, dilemmas with their round
answers and decisions, effects set beside today's outputs, and dot votes.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.model import (
    Board,
    Card,
    Contribution,
    CoreTask,
    Dilemma,
    Effect,
    Note,
    Workshop,
    WorkshopInfo,
)
from kerneopgave_desktop.domain.templates import TEMPLATES


def _t(da: str, en: str) -> str:
    return en if i18n.language() == "en" else da


def _fill(board: Board, kind: type[Card], texts: list[dict]) -> None:
    """Give the board's cards of `kind`, in order, the fields in `texts`."""
    cards = [card for card in board.cards.values() if isinstance(card, kind)]
    for card, fields in zip(cards, texts, strict=True):
        board.cards[card.id] = dataclasses.replace(card, **fields)


def _retitle(board: Board, titles: list[str]) -> None:
    zones = [zone for zone in board.zones.values() if zone.kind == "area"]
    for zone, title in zip(zones, titles, strict=True):
        board.zones[zone.id] = dataclasses.replace(zone, title=title)


def _levels() -> Board:
    board = TEMPLATES["niveauer"].board()
    _fill(board, CoreTask, [
        {"text": _t("Gode livsvilkår for og med borgere og virksomheder.",
                    "Good living conditions for and with citizens and businesses.")},
        {"text": _t("Børn og unge: et sammenhængende børneliv med læring, sundhed og stærke "
                    "fællesskaber.",
                    "Children and youth: a coherent childhood with learning, health and strong "
                    "communities.")},
        {"text": _t("Skolen ved Åen: alle børn får faglige og sociale kundskaber, så de er rustet "
                    "til en ungdomsuddannelse og et aktivt liv.",
                    "Skolen ved Åen: every child gains the knowledge and social skills to be ready "
                    "for upper secondary education and an active life."), "votes": 4},
        {"text": _t("5.-6. årgang: hver elev bliver set, udfordret og mødt med forventninger "
                    "hver dag.",
                    "Years 5-6: every pupil is seen, challenged and met with expectations every "
                    "day."), "votes": 6},
    ])
    _fill(board, Note, [
        {"text": _t("Byrådet, i kommunens vision.", "The council, in the municipal vision.")},
        {"text": _t("Direktion og skolechef.", "Executive board and head of schools.")},
        {"text": _t("Ledelse, lærere, pædagoger og skolebestyrelse.",
                    "Leaders, teachers, pedagogues and the school board.")},
        {"text": _t("Årgangsteamet, med elevrådet.", "The year team, with the pupils' council.")},
    ])
    return board


def _professions() -> Board:
    board = TEMPLATES["faggrupper"].board()
    names = [("teacher", _t("Lærere", "Teachers")), ("pedagogue", _t("Pædagoger", "Pedagogues")),
             ("psychologist", _t("Psykolog (PPR)", "Psychologist")),
             ("social_worker", _t("Socialrådgiver", "Social worker")),
             ("secretary", _t("Sekretær", "Secretary")), ("caretaker", _t("Pedel", "Caretaker")),
             ("cleaner", _t("Rengøring", "Cleaning")), ("kitchen", _t("Køkken", "Kitchen"))]
    _retitle(board, [_t("Kerneopgaven", "Core task")] + [name for _, name in names])
    _fill(board, CoreTask, [{"text": _t(
        "Alle børn lærer mest muligt og trives i et trygt fællesskab.",
        "Every child learns as much as possible and thrives in a safe community."), "votes": 3}])
    contributions = [
        _t("Tydelige mål, feedback og undervisning, der udfordrer hver elev.",
           "Clear goals, feedback and teaching that stretches every pupil."),
        _t("Trivsel i frikvarterer og overgange; relationer til de børn, der har det svært.",
           "Well-being in breaks and transitions; bonds with the children who struggle."),
        _t("Viden om børn med særlige behov, og sparring til teamene.",
           "Knowledge of children with special needs, and advice to the teams."),
        _t("Samarbejde med familier, når skolen ikke kan løse det alene.",
           "Working with families when the school cannot solve it alone."),
        _t("Det første møde med nye forældre, og overblik når noget haster.",
           "The first meeting with new parents, and an overview when things are urgent."),
        _t("Hele, trygge og indbydende rammer, inde og ude.",
           "Sound, safe and inviting surroundings, inside and out."),
        _t("Rene lokaler, så det er rart at være i skolen.",
           "Clean rooms, so school is a good place to be."),
        _t("Et sundt måltid, der giver energi til at lære.",
           "A healthy meal that gives energy to learn."),
    ]
    votes = [5, 4, 2, 1, 2, 0, 0, 3]
    rows = zip(contributions, names, votes, strict=True)
    _fill(board, Contribution, [{"text": text, "profession": code, "votes": vote}
                                for text, (code, _), vote in rows])
    return board


def _dilemmas() -> Board:
    board = TEMPLATES["dilemmaer"].board()
    _fill(board, Note, [{"text": _t("Tid med børnene", "Time with the children")},
                        {"text": _t("Tid med forældrene", "Time with the parents")}])
    prompt = next(c for c in board.cards.values() if isinstance(c, Dilemma))
    zones = {zone.title: zone for zone in board.zones.values()}
    new, discussed, settled = (zones[_t(name_da, name_en)] for name_da, name_en in
                               (("Ny", "New"), ("Drøftet", "Discussed"), ("Afklaret", "Settled")))
    del board.cards[prompt.id]
    dilemmas = [
        (settled, "settled", _t("Hvor meget tid skal forældresamtaler have, når tiden med "
                                "børnene er knap?",
                                "How much time for parent talks, when time with the children "
                                "is short?"),
         _t("Forældrene", "The parents"), _t("Børnene", "The children"),
         _t("Korte samtaler hver anden uge for de familier, der har brug for det; "
            "resten skriftligt.",
            "Short talks every other week for the families who need it; the rest in writing."),
         ((("at_stake"), _t("At barnet oplever, at hjem og skole trækker samme vej.",
                            "That the child feels home and school pull the same way.")),
          ("action", _t("Vi prøver i tre måneder og ser på det igen.",
                        "We try it for three months and look again."))), 5, "builtin-06"),
        (discussed, "discussed", _t("Skal vi specialisere os mere, eller skal flere af os kunne "
                                    "lidt af det hele?",
                                    "Should we specialise more, or should more of us be able to "
                                    "do a bit of everything?"),
         _t("Specialister", "Specialists"), _t("Generalister", "Generalists"), None,
         (("professions", _t("Lærerne vil fordybe sig i fagene; pædagogerne i relationerne.",
                             "Teachers want depth in subjects; pedagogues in relationships.")),),
         2, "builtin-21"),
        (new, "new", _t("Hvem tager den, når en opgave falder mellem lærere og pædagoger?",
                        "Who takes a task that falls between teachers and pedagogues?"),
         None, None, None, (), 1, "builtin-22"),
    ]
    for zone, status, text, pole_a, pole_b, decision, answers, votes, origin in dilemmas:
        card = Dilemma(id=f"{board.id}-{origin}", text=text, pole_a=pole_a, pole_b=pole_b,
                       status=status, decision=decision, answers=answers, votes=votes,
                       origin=origin, x=zone.x + 20, y=zone.y + 60)
        board.cards[card.id] = card
    return board


def _involvement() -> Board:
    board = TEMPLATES["inddragelse"].board()
    _fill(board, Effect, [{
        "text": _t("Flere elever gennemfører en ungdomsuddannelse.",
                   "More pupils complete upper secondary education."),
        "output": _t("Antal undervisningstimer og elevsamtaler.",
                     "Number of lessons and pupil talks."),
        "beneficiary": "both", "involvement": "active", "votes": 4}])
    return board


def demo_workshop() -> Workshop:
    boards = [_levels(), _professions(), _dilemmas(), _involvement()]
    return Workshop(
        info=WorkshopInfo(
            title=_t("Personalemøde om kerneopgaven", "Staff meeting on the core task"),
            workplace="Skolen ved Åen", date=date(2026, 3, 3), facilitator="Lene Holm",
            participants=("Ali Demir", "Birgit Nørgaard", "Jonas Friis", "Maria Løkke",
                          "Søren Vad")),
        boards=boards)


