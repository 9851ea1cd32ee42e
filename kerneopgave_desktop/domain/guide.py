"""The guide's content: the method of "Kerneopgaven i hverdagen" (Fremfærd), in our own words."""

from __future__ import annotations

from dataclasses import dataclass

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.vocabulary import (
    INVOLVEMENT_DEGREES,
    LEVELS,
    PERSPECTIVES,
    USES,
    Term,
    Vocabulary,
)


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
    "den enkelte borger og/eller for samfundet.",
    "The core task is what a municipal unit fundamentally exists for: to create lasting value "
    "for the individual citizen and/or for society.")

PERSPECTIVE = Vocabulary("way of working", (
    Term("perspective", "Et perspektiv på arbejdet", "A way of looking at the work",
         "Hæftet giver ingen opskrift og ingen bestemt vej. Det giver begreber, principper og "
         "ideer, og I vælger selv, hvordan I vil arbejde med dem.",
         "The booklet gives no recipe and no set route. It offers concepts, principles and "
         "ideas, and you choose how to work with them."),
    Term("means", "Formuleringen er et middel", "The wording is a means",
         "Én sætning, som alle kan stå inde for, er ikke målet i sig selv. Den er en anledning "
         "til at tale om, hvad vi er her for.",
         "One sentence everyone can stand behind is not the goal in itself. It is a reason to "
         "talk about what we are here for."),
    Term("disagreement", "Uenighed hører med", "Disagreement belongs",
         "Perspektivet lever i hverdagens samtaler: vi tænker højt sammen og tager de "
         "uenigheder, der skal tages.",
         "The perspective lives in everyday conversation: we think aloud together and have the "
         "disagreements that need to be had."),
))

SHIFTS = Vocabulary("shift", (
    Term("effect", "Fra ydelse til effekt", "From outputs to outcomes",
         "Spørg ikke kun, hvor meget vi leverer, men hvilken forskel det gør for borgeren og "
         "for samfundet.",
         "Ask not only how much we deliver, but what difference it makes to the citizen and to "
         "society."),
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
    Term("single", "At der kun er én kerneopgave", "That there is only one core task",
         "Den findes på flere niveauer, fra kommune til team, og de skal hænge sammen.",
         "It exists on several levels, from municipality to team, and they must fit together."),
    Term("centre", "At borgeren bare skal sættes i centrum",
         "That the citizen simply has to be put at the centre",
         "Hensynet til fællesskabet, til andre borgere og til økonomien tæller også. Nogle gange "
         "må vi sige nej til den enkelte af hensyn til helheden.",
         "The community, other citizens and the budget count too. Sometimes we must say no to "
         "one person for the sake of the whole."),
))

LEVEL_POINTS = (
    Term("ladder", "Hvert niveau gør niveauet over konkret",
         "Each level makes the one above concrete",
         "Teamets formulering skal hænge sammen med arbejdspladsens, og arbejdspladsens med "
         "forvaltningens. Så får de overordnede ord betydning i hverdagen.",
         "The team's wording must tie in with the workplace's, and the workplace's with the "
         "department's. That is how the broad words come to mean something day to day."),
    Term("whole", "Det nære og helheden", "Close to the work, and the whole",
         "Jo tættere på hverdagen, jo mere mening og motivation. Men en helt konkret "
         "formulering kan miste blikket for helheden. Skift mellem det nære og det "
         "overordnede, og lad dem udfordre hinanden.",
         "The closer to daily work, the more meaning and motivation. But a very concrete "
         "wording can lose sight of the whole. Move between the close-up and the overall view, "
         "and let them challenge each other."),
)

_PERSPECTIVE_NAMES = {
    "formal": ("Den formelle kerneopgave", "The formal core task"),
    "performed": ("Den udførte kerneopgave", "The performed core task"),
    "experienced": ("Den oplevede kerneopgave", "The experienced core task"),
}

PERSPECTIVE_POINTS = (
    *(Term(term.code, *_PERSPECTIVE_NAMES[term.code], term.hint_da, term.hint_en)
      for term in PERSPECTIVES.terms),
    Term("differences", "Forskellene er værd at tale om",
         "The differences are worth talking about",
         "Selv når opgaven løses præcis som besluttet, kan borgeren opleve noget andet. Det er "
         "ofte i mødet mellem de tre syn, at vi bliver klogest.",
         "Even when the task is carried out exactly as decided, the citizen may experience "
         "something else. We often learn most where the three views meet."),
    Term("leadership", "Ledelsen tager alle tre alvorligt",
         "Leadership takes all three seriously",
         "Det er ledelsens opgave at sørge for, at politikernes, medarbejdernes og borgernes "
         "syn alle kommer med, og at faggrupper, der ser opgaven forskelligt, får talt "
         "forskellene igennem.",
         "It is for leaders to see that the politicians', the staff's and the citizens' views "
         "all come in, and that professions who see the task differently talk the differences "
         "through."),
)

PRINCIPLES = Vocabulary("principle", (
    Term("culture", "Det handler om kultur", "It is about culture",
         "Arbejdet med kerneopgaven ændrer, hvad vi finder vigtigt, gradvist og gennem praksis.",
         "Working with the core task changes what we find important, gradually and in practice."),
    Term("dialogue", "Værdien ligger i dialogen", "The value lies in the dialogue",
         "En skarp formulering er god, men det er samtalen frem mod den, der flytter noget.",
         "A sharp wording is good, but it is the conversation towards it that moves things."),
    Term("concrete", "Vær (også) konkret", "Be concrete (too)",
         "Vi har brug for både et fælles formål at spejle os i og en konkret udgave af, hvad det "
         "betyder her hos os.",
         "We need both a shared purpose to measure ourselves against and a concrete version of "
         "what it means here, for us."),
    Term("leadership", "Aldrig uden ledelsen", "Never without leadership",
         "Arbejdet med kerneopgaven er strategisk, så den relevante ledelse skal sidde for "
         "bordenden.",
         "Working on the core task is strategic, so the relevant leaders must sit at the head "
         "of the table."),
    Term("keep", "Fasthold perspektivet", "Keep the perspective",
         "Kerneopgaven er aldrig færdig; vend tilbage til den, når vilkårene ændrer sig.",
         "The core task is never finished; come back to it when conditions change."),
))

ABOUT_CARDS = Vocabulary("about the cards", (
    Term("work", "Kortene handler om arbejdet", "The cards are about the work",
         "Skriv om opgaven, om det I gør, og om hvad borgerne oplever i det hele taget, ikke "
         "om navngivne borgere: en tavle bliver vist på en projektor, printet og sendt rundt. "
         "Ligner noget et CPR-nummer, et telefonnummer eller en e-mailadresse, får kortet et "
         "lille mærke, og en eksport kan skjule det.",
         "Write about the task, what you do and what citizens experience in general, not "
         "about named citizens: a board is shown on a projector, printed and passed round. "
         "When something looks like a CPR number, a phone number or an e-mail address, the "
         "card gets a small mark, and an export can hide it."),
))

CREDIT = Term(
    "credit",
    "Metoden bygger på hæftet »Kerneopgaven i hverdagen« fra Fremfærd, et samarbejde mellem KL "
    "og Forhandlingsfællesskabet. Teksterne i programmet er skrevet med egne ord.",
    "The method builds on the booklet “Kerneopgaven i hverdagen” by Fremfærd, a partnership "
    "of Local Government Denmark (KL) and the Danish public-sector unions. The texts in the "
    "program are our own wording.")


def sections() -> tuple[Section, ...]:
    """The guide's sections after the definition, in reading order."""
    return (
        Section("Et perspektiv, ikke en fast metode", "A perspective, not a fixed method",
                PERSPECTIVE.terms),
        Section("Tre skift", "Three shifts", SHIFTS.terms),
        Section("Tre vildfarelser", "Three misconceptions", MISCONCEPTIONS.terms),
        Section("Kerneopgaven på fire niveauer", "The core task on four levels",
                (*LEVELS.terms, *LEVEL_POINTS)),
        Section("Tre perspektiver på kerneopgaven", "Three perspectives on the core task",
                PERSPECTIVE_POINTS),
        Section("Fem principper", "Five principles", PRINCIPLES.terms),
        Section("Fem måder at bruge perspektivet på", "Five ways to use the perspective",
                USES.terms),
        Section("Fire grader af inddragelse", "Four degrees of involvement",
                INVOLVEMENT_DEGREES.terms),
        Section("Om kortene", "About the cards", ABOUT_CARDS.terms),
    )
