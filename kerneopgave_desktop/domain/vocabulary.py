"""The fixed vocabularies of the core-task method, as data.

Codes are what the file and the JSON store; labels are what people read. The
terms follow the booklet "Kerneopgaven i hverdagen" (Fremfærd); the wording of
the hints is our own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from kerneopgave_desktop import i18n


@dataclass(frozen=True)
class Term:
    code: str
    da: str
    en: str
    hint_da: str = ""
    hint_en: str = ""

    def label(self, lang: str | None = None) -> str:
        return self.en if (lang or i18n.language()) == "en" else self.da

    def hint(self, lang: str | None = None) -> str:
        return self.hint_en if (lang or i18n.language()) == "en" else self.hint_da


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms)

    @cached_property
    def _codes(self) -> frozenset[str]:
        return frozenset(self.codes)

    def __contains__(self, code: object) -> bool:
        """Whether `code` is one of the terms' codes: asked for each coded field of every
        card a file holds (a set, where a walk of the terms cost 50,000 cards 35 ms)."""
        try:
            return code in self._codes
        except TypeError:  # unhashable (a list from a broken file): no code
            return False

    def term(self, code: str) -> Term:
        for term in self.terms:
            if term.code == code:
                return term
        raise KeyError(f"{code!r} is not a {self.name}")

    def label(self, code: str, lang: str | None = None) -> str:
        return self.term(code).label(lang)


CARD_KINDS = Vocabulary("card kind", (
    Term("core_task", "Kerneopgave", "Core task",
         "Hvad enheden findes for: den varige værdi for borgeren og/eller samfundet.",
         "What the unit exists for: the lasting value for the citizen and/or society."),
    Term("contribution", "Faggruppens bidrag", "Profession's contribution",
         "Hvad én faggruppe bringer ind i den fælles kerneopgave.",
         "What one profession brings to the shared core task."),
    Term("dilemma", "Dilemma", "Dilemma",
         "En konkret faglig eller etisk afvejning, hvor to gode hensyn trækker hver sin vej.",
         "A concrete professional or ethical trade-off between two good concerns."),
    Term("effect", "Værdi / effekt", "Value / effect",
         "Den langsigtede værdi, der skabes, sat over for den ydelse, der tælles i dag.",
         "The long-term value created, set beside the output counted today."),
    Term("note", "Note", "Note", "En fri note.", "A free note."),
    Term("agreement", "Aftale", "Agreement",
         "Et lille, konkret skridt, vi har aftalt: hvad, hvem der har ansvaret, hvornår, og "
         "hvornår vi følger op.",
         "A small, concrete step we agreed on: what, who is responsible, by when, and when we "
         "follow up."),
))

LEVELS = Vocabulary("level", (
    Term("municipality", "Kommune", "Municipality",
         "Hele kommunens overordnede formål; ofte abstrakt, en mission eller nogle værdier.",
         "The whole municipality's overall purpose; often abstract, a mission or values."),
    Term("department", "Forvaltning/center", "Department/centre",
         "Et område med beslægtede opgaver, fx børn og unge eller ældre og sundhed.",
         "An area of related tasks, such as children and youth or elderly care and health."),
    Term("workplace", "Arbejdsplads/institution", "Workplace/institution",
         "Den enkelte skole, det enkelte plejecenter eller jobcenter.",
         "The single school, care home or job centre."),
    Term("team", "Team/funktion", "Team/function",
         "Et team eller en funktion på arbejdspladsen; det mest hverdagsnære niveau.",
         "A team or function in the workplace; the level closest to daily work."),
))

PERSPECTIVES = Vocabulary("perspective", (
    Term("formal", "Formel", "Formal",
         "Kerneopgaven som love, regler og politiske beslutninger beskriver den.",
         "The core task as laws, rules and political decisions describe it."),
    Term("performed", "Udført", "Performed",
         "Kerneopgaven som medarbejderne faktisk løser den i hverdagen.",
         "The core task as staff actually carry it out day to day."),
    Term("experienced", "Oplevet", "Experienced",
         "Kerneopgaven som borgerne møder og oplever den.",
         "The core task as citizens meet and experience it."),
))

DILEMMA_STATUSES = Vocabulary("dilemma status", (
    Term("new", "Ny", "New"),
    Term("discussed", "Drøftet", "Discussed"),
    Term("settled", "Afklaret", "Settled"),
))

AGREEMENT_STATUSES = Vocabulary("agreement status", (
    Term("agreed", "Aftalt", "Agreed"),
    Term("in_progress", "I gang", "In progress"),
    Term("done", "Gjort", "Done"),
    Term("dropped", "Droppet", "Dropped"),
))
"""How far an agreement has come; "gjort" and "droppet" need no more follow-up."""

AGREEMENT_OPEN = ("agreed", "in_progress")
"""The statuses of an agreement that still has to be followed up."""

BENEFICIARIES = Vocabulary("beneficiary", (
    Term("citizen", "Borgeren", "The citizen"),
    Term("society", "Samfundet", "Society"),
    Term("both", "Borger og samfund", "Citizen and society"),
))

INVOLVEMENT_DEGREES = Vocabulary("degree of involvement", (
    Term("shared_focus", "Fælles fokus", "Shared focus",
         "Vi tænker borgerens værdi med uden at spørge eller inddrage borgeren.",
         "We keep the citizen's value in mind without asking or involving them."),
    Term("attentive", "Skærpet lydhørhed", "Heightened attentiveness",
         "Vi spørger systematisk til borgernes behov og ønsker.",
         "We systematically ask citizens about their needs and wishes."),
    Term("active", "Aktiv inddragelse", "Active involvement",
         "Borgerens og de pårørendes egne ressourcer bliver en del af løsningen.",
         "The citizen's and relatives' own resources become part of the solution."),
    Term("co_creation", "Samskabelse", "Co-creation",
         "Opgaven defineres og løses i fællesskab, på lige fod med borgerne.",
         "The task is defined and carried out jointly, on an equal footing with citizens."),
))

LINK_KINDS = Vocabulary("link kind", (
    Term("contributes_to", "Bidrager til", "Contributes to"),
    Term("concretises", "Konkretiserer", "Makes concrete"),
    Term("tension", "Spænding", "Tension"),
    Term("plain", "Forbindelse", "Link"),
))

USES = Vocabulary("use", (
    Term("shared_purpose", "Konkretisere et fælles formål", "Make a shared purpose concrete",
         "Få de skjulte uenigheder frem, når formålet skal blive til hverdag.",
         "Bring hidden disagreements out when the purpose has to become daily work."),
    Term("citizens", "Indtænke borgernes behov og ressourcer",
         "Take citizens' needs and resources into account",
         "Afgør, hvor meget borgerne skal spørges og bidrage, sag for sag.",
         "Decide, case by case, how much citizens are asked and contribute."),
    Term("change", "Navigere i forandringer", "Navigate change",
         "Brug kerneopgaven som fælles fikspunkt, når meget flytter sig.",
         "Use the core task as a shared fixed point when much is moving."),
    Term("professions", "Understøtte og udfordre stærke professioner",
         "Support and challenge strong professions",
         "Hver faglighed er vigtig, som bidrag til én fælles opgave.",
         "Every profession's expertise matters, as a contribution to one shared task."),
    Term("wellbeing", "Koble trivsel tættere til opgaveløsningen",
         "Tie well-being more closely to the work itself",
         "Meningen findes i arbejdet; vis, hvad hver enkelt bidrager med.",
         "Meaning is found in the work; show what each person contributes."),
))

PROFESSIONS = Vocabulary("profession", (
    Term("teacher", "Lærer", "Teacher"),
    Term("pedagogue", "Pædagog", "Pedagogue"),
    Term("psychologist", "Psykolog", "Psychologist"),
    Term("social_worker", "Socialrådgiver", "Social worker"),
    Term("caretaker", "Pedel", "Caretaker"),
    Term("secretary", "Sekretær", "Secretary"),
    Term("cleaner", "Rengøringsassistent", "Cleaning assistant"),
    Term("care_assistant", "Sosu-assistent", "Social and health care assistant"),
    Term("nurse", "Sygeplejerske", "Nurse"),
    Term("therapist", "Terapeut", "Therapist"),
    Term("doctor", "Læge", "Doctor"),
    Term("technical_service", "Teknisk servicemedarbejder", "Technical service worker"),
    Term("kitchen", "Køkkenpersonale", "Kitchen staff"),
    Term("administration", "Administrativ medarbejder", "Administrative officer"),
    Term("engineer", "Ingeniør", "Engineer"),
    Term("gardener", "Gartner", "Gardener"),
    Term("librarian", "Bibliotekar", "Librarian"),
    Term("lawyer", "Jurist", "Lawyer"),
    Term("job_consultant", "Jobkonsulent", "Job consultant"),
    Term("manager", "Leder", "Manager"),
))

ZONE_KINDS = Vocabulary("zone kind", (
    Term("area", "Felt", "Zone"),
    Term("cell", "Celle", "Cell",
         "En celle i et skema venter på kort; står den tom, markeres den.",
         "A cell in a grid waits for cards; while it is empty it is marked."),
    Term("parking", "Parkeringsplads", "Parking lot",
         "Til det, der er vigtigt, men ikke hører til her og nu.",
         "For what matters, but not here and now."),
    Term("agreements", "Aftaler", "Agreements",
         "Hvad vi gør nu: ét aftalekort for hvert lille skridt, med hvem og hvornår.",
         "What we do next: one agreement card for each small step, with who and by when."),
))

ROUND_QUESTIONS = Vocabulary("round question", (
    Term("at_stake", "Hvad står på spil for borgeren og for fællesskabet?",
         "What is at stake for the citizen and for the community?"),
    Term("perspectives", "Hvor ser politikerne, medarbejderne og borgerne forskelligt på det?",
         "Where do politicians, staff and citizens see it differently?"),
    Term("professions", "Hvordan ser faggrupperne forskelligt på det?",
         "How do the professions see it differently?"),
    Term("core_task", "Hvad siger vores kerneopgave?", "What does our core task say?"),
    Term("action", "Hvad gør vi?", "What will we do?"),
))
"""The questions a dilemma round puts to every dilemma, in order.

The codes are stored in files as a dilemma's answers: a question may be reworded, but
its code stays; a new code is added only for a question that is really new.
"""

SECTORS = Vocabulary("sector", (
    Term("school", "Skole", "School",
         "Folkeskolen og skolefritidsordningen, med PPR.",
         "The public school and after-school care, with educational psychology."),
    Term("daycare", "Dagtilbud og dagpleje", "Day care and childminding",
         "Vuggestuer, børnehaver og dagplejen.",
         "Nurseries, kindergartens and childminders."),
    Term("elderly_health", "Ældre og sundhed", "Elderly care and health",
         "Hjemmepleje, plejecentre, træning og forebyggelse.",
         "Home care, care homes, rehabilitation and prevention."),
    Term("social", "Handicap og socialområdet", "Disability and social services",
         "Botilbud, støtte til udsatte børn og familier, og til voksne med handicap.",
         "Residential care, support for vulnerable children and families, and for adults "
         "with disabilities."),
    Term("jobcentre", "Jobcenter", "Job centre",
         "Ledige, sygemeldte og virksomheder, der søger folk.",
         "Jobseekers, people on sick leave and employers looking for staff."),
    Term("technical", "Teknik og miljø", "Technical and environmental services",
         "Parker, veje, byggesager, natur og miljø.",
         "Parks, roads, building permits, nature and the environment."),
    Term("culture", "Kultur og bibliotek", "Culture and libraries",
         "Biblioteker, kulturhuse, musikskoler og borgerservice i samme hus.",
         "Libraries, cultural centres, music schools and citizen services under one roof."),
    Term("psychiatry", "Psykiatri og sundhedspleje", "Psychiatry and health visiting",
         "Socialpsykiatri, støtte til borgere med psykisk sygdom, og sundhedsplejen for "
         "småbørnsfamilier.",
         "Community psychiatry, support for people with mental illness, and health visitors "
         "for families with young children."),
    Term("administration", "Administration og støttefunktioner",
         "Administration and support services",
         "IT, løn, HR, økonomi og materielgården: arbejdet, der bærer de andres arbejde.",
         "IT, payroll, HR, finance and the municipal depot: the work that carries everyone "
         "else's."),
))
"""The parts of the municipality a deck card comes from, so a team can draw from its own."""

DECK_CARD_KINDS = Vocabulary("deck card kind", (
    Term("dilemma", "Dilemma", "Dilemma",
         "To gode hensyn, der trækker hver sin vej: pol A og pol B.",
         "Two good concerns pulling different ways: pole A and pole B."),
    Term("question", "Spørgsmål", "Question",
         "Et åbent spørgsmål at tale om, uden poler.",
         "An open question to talk about, without poles."),
))

STANCES = Vocabulary("stance", (
    Term("agree", "Enig", "Agree"),
    Term("disagree", "Uenig", "Disagree"),
    Term("depends", "Det kommer an på", "It depends"),
    Term("unsure", "Ved ikke", "Don't know"),
))
"""The four corners of a stance on a dilemma: counted hands in the room or the phones' answers."""
