"""The guide's content: the method of "Kerneopgaven i hverdagen" (Fremfærd), in our own words."""

from __future__ import annotations

from dataclasses import dataclass

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.vocabulary import INVOLVEMENT_DEGREES, USES, Term, Vocabulary


@dataclass(frozen=True)
class Section:
    title_da: str
    title_en: str
    items: tuple[Term, ...]
    """Each item: its label is the point, its hint the explanation."""

    def title(self, lang: str | None = None) -> str:
        return self.title_en if (lang or i18n.language()) == "en" else self.title_da


DEFINITION = Term(
    "definition",
    "Kerneopgaven er det, en kommunal enhed grundlæggende er til for: at skabe varig værdi for "
    "den enkelte borger og for samfundet.",
    "The core task is what a municipal unit fundamentally exists for: to create lasting value "
    "for the individual citizen and for society.")

SHIFTS = Vocabulary("shift", (
    Term("effect", "Fra ydelse til effekt", "From output to effect",
         "Spørg ikke kun, hvor meget vi leverer, men hvilken forskel det gør for borgeren.",
         "Ask not only how much we deliver, but what difference it makes to the citizen."),
    Term("relation", "En ny relation til borgeren", "A new relationship with citizens",
         "Værdi skabes bedst sammen med borgerne, ikke kun for dem.",
         "Value is best created with citizens, not only for them."),
    Term("borders", "Færre skel mellem faggrupper", "Fewer walls between professions",
         "Næsten ingen kerneopgave løses af én faggruppe alene.",
         "Hardly any core task is carried out by one profession alone."),
))

MISCONCEPTIONS = Vocabulary("misconception", (
    Term("fixed", "At kerneopgaven ligger fast", "That the core task is fixed",
         "Den er levende: love og politik sætter rammen, men den får mening, når den fortolkes "
         "lokalt og i praksis.",
         "It is alive: laws and politics set the frame, but it gains meaning when it is "
         "interpreted locally and in practice."),
    Term("single", "At der kun er én", "That there is only one",
         "Den findes på flere niveauer, fra kommune til team, og de skal hænge sammen.",
         "It exists on several levels, from municipality to team, and they must fit together."),
    Term("centre", "At borgeren bare skal i centrum", "That the citizen simply goes in the centre",
         "Hensynet til fællesskabet, til andre borgere og til økonomien tæller også.",
         "The community, other citizens and the budget count too."),
))

PRINCIPLES = Vocabulary("principle", (
    Term("culture", "Det handler om kultur", "It is about culture",
         "Arbejdet med kerneopgaven ændrer, hvad vi finder vigtigt, gradvist og gennem praksis.",
         "Working with the core task changes what we find important, gradually and in practice."),
    Term("dialogue", "Værdien ligger i dialogen", "The value lies in the dialogue",
         "En skarp formulering er godt; samtalen frem mod den er det, der flytter noget.",
         "A sharp wording is good; the conversation towards it is what moves things."),
    Term("concrete", "Vær (også) konkret", "Be concrete (too)",
         "Et fælles formål at spejle sig i, og hvad det betyder her, hos os.",
         "A shared purpose to look to, and what it means here, for us."),
    Term("leadership", "Aldrig uden ledelsen", "Never without leadership",
         "Det er strategisk; den relevante ledelse skal være med ved bordet.",
         "It is strategic; the relevant leaders must be at the table."),
    Term("keep", "Fasthold perspektivet", "Keep the perspective",
         "Kerneopgaven er aldrig færdig; vend tilbage til den, når vilkårene ændrer sig.",
         "The core task is never finished; come back to it when conditions change."),
))

CREDIT = Term(
    "credit",
    "Metoden bygger på hæftet »Kerneopgaven i hverdagen« fra Fremfærd, et samarbejde mellem KL "
    "og Forhandlingsfællesskabet. Teksterne i programmet er skrevet med egne ord.",
    "The method builds on the booklet “Kerneopgaven i hverdagen” by Fremfærd, a partnership "
    "of Local Government Denmark (KL) and the Danish public-sector unions. The texts in the "
    "program are our own wording.")


def sections() -> tuple[Section, ...]:
    return (
        Section("Tre skift", "Three shifts", SHIFTS.terms),
        Section("Tre vildfarelser", "Three misconceptions", MISCONCEPTIONS.terms),
        Section("Fem principper", "Five principles", PRINCIPLES.terms),
        Section("Fem måder at bruge perspektivet på", "Five ways to use the perspective",
                USES.terms),
        Section("Fire grader af inddragelse", "Four degrees of involvement",
                INVOLVEMENT_DEGREES.terms),
    )
