"""One field table per card kind: every fact about a card's fields, written once.

A row says what a field is called (in Danish and English), what type of value it holds,
where it is shown, and how the file keeps it. From the tables come: the inspector's
widgets, the minutes' details, the CSV and Excel columns, the names in a list of changes
and the fields a comparison looks at, the file's card columns and their conversions, the
undo label of an edit, the JSON Canvas header and details, and the model's vocabularies.

Adding a field to a kind is a change in three places: the attribute on the kind's
dataclass (domain/cards.py), its row here, and the migration that adds its column
(storage/schema.py). See docs/architecture.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.dates import day_text
from kerneopgave_desktop.domain.vocabulary import (
    AGREEMENT_STATUSES,
    BENEFICIARIES,
    DILEMMA_STATUSES,
    INVOLVEMENT_DEGREES,
    LEVELS,
    PERSPECTIVES,
    PROFESSIONS,
    ROUND_QUESTIONS,
    STANCES,
    Vocabulary,
)

# Where a field is shown.
INSPECTOR = "inspector"
"""A widget on the inspector's card page (by the field's type)."""
MINUTES = "minutes"
"""A line under the card in the minutes (PDF, Word, Markdown)."""
CSV = "csv"
"""A column in the CSV file and the Excel workbook, read back on import."""
DIFF = "diff"
"""Compared between two states of a board, and named in the list of changes."""
CANVAS = "canvas"
"""In a JSON Canvas node's Markdown: coded fields in its header line, others listed below."""
BAND = "band"
"""In the band under the card's text, on the board and in the PDF."""
LABEL = "label"
"""After the kind's name at the top of the card, on the board and in the PDF."""
PLACES = (INSPECTOR, MINUTES, CSV, DIFF, CANVAS, BAND, LABEL)

# What a field holds.
LINE = "line"
"""One line of text, or None when empty."""
TEXT = "text"
"""Text of several lines, or None when empty."""
CODE = "code"
"""A code from the field's vocabulary (None when not chosen)."""
NAME = "name"
"""A code from the vocabulary, or a name the team added (a profession)."""
COUNT = "count"
"""A whole number, zero or more."""
DATE = "date"
"""A day (datetime.date), or None; the file, JSON and CSV keep it as YYYY-MM-DD."""
ANSWERS = "answers"
"""Pairs (question code, text): the file keeps them as a JSON object."""
COUNTS = "counts"
"""Pairs (code, whole number): the file keeps them as a JSON object."""
REFERENCE = "reference"
"""The id of something else (a deck card, a round); never shown."""
STRUCTURED = (ANSWERS, COUNTS)
"""Types the file keeps as JSON text, and the model checks by the kind's own rules."""


@dataclass(frozen=True)
class Field:
    """One field of a card kind: what it is called, holds, where it is shown, how it is kept."""

    name: str
    """The attribute on the card, the column in the file, the key in JSON."""
    da: str
    en: str
    type: str
    vocabulary: Vocabulary | None = None
    """The codes of a CODE or NAME field; the keys of ANSWERS and COUNTS."""
    shown: frozenset[str] = frozenset()
    edit_da: str = ""
    edit_en: str = ""
    """The undo step's name when this field is edited ("" for "Rediger <label>")."""
    joined_with: str = ""
    """Another field shown together with this one as 'this ↔ that' (a dilemma's poles)."""
    joined_da: str = ""
    joined_en: str = ""
    """The label of the two together."""
    empty_da: str = ""
    empty_en: str = ""
    """Shown in the minutes when the field is empty ("" to leave the line out)."""
    required: bool = False
    """Never empty: text that is "" rather than None, a code that is always chosen."""

    def label(self, lang: str | None = None) -> str:
        return self.en if (lang or i18n.language()) == "en" else self.da

    def edit_label(self, lang: str | None = None) -> str:
        """The undo step's name for an edit of this field."""
        english = (lang or i18n.language()) == "en"
        if english:
            return self.edit_en or f"Edit {self.en.lower()}"
        return self.edit_da or f"Rediger {self.da.lower()}"

    def joined_label(self, lang: str | None = None) -> str:
        """The label of this field and its partner shown together."""
        return self.joined_en if (lang or i18n.language()) == "en" else self.joined_da

    def empty(self, lang: str | None = None) -> str:
        """What the minutes say when the field is empty ("" to say nothing)."""
        return self.empty_en if (lang or i18n.language()) == "en" else self.empty_da

    def shows(self, place: str) -> bool:
        """Whether the field is shown in `place` (INSPECTOR, MINUTES, CSV, ...)."""
        return place in self.shown

    @property
    def optional_text(self) -> bool:
        """Empty text is kept as None (LINE and TEXT fields that are not required)."""
        return self.type in (LINE, TEXT) and not self.required

    def value_text(self, value: object, lang: str | None = None) -> str:
        """The value as a reader sees it: a code by its label, a name as itself."""
        if value is None or value == "":
            return ""
        if self.type == DATE:
            return day_text(value, lang)
        if self.type in (CODE, NAME) and self.vocabulary is not None and value in self.vocabulary:
            return self.vocabulary.label(value, lang)
        return str(value)


def _places(*places: str) -> frozenset[str]:
    return frozenset(places)


EVERYWHERE = _places(INSPECTOR, MINUTES, CSV, DIFF, CANVAS)

# Every card has these.
TEXT_FIELD = Field("text", "Tekst", "Text", TEXT, shown=_places(INSPECTOR, CSV),
                   edit_da="Rediger tekst", edit_en="Edit text", required=True)
VOTES = Field("votes", "Stemmer", "Votes", COUNT, shown=_places(INSPECTOR, CSV, DIFF, CANVAS),
              edit_da="Rediger stemmer", edit_en="Edit votes")
ROUND_ID = Field("round_id", "Runde", "Round", REFERENCE)
AUTHOR = Field("author", "Fra", "From", LINE)

COMMON: tuple[Field, ...] = (TEXT_FIELD, VOTES, ROUND_ID, AUTHOR)
"""The fields every card has besides its place, size and colour."""

CARD_FIELDS: dict[str, tuple[Field, ...]] = {
    "core_task": (
        Field("level", "Niveau", "Level", CODE, LEVELS, EVERYWHERE),
        Field("perspective", "Perspektiv", "Perspective", CODE, PERSPECTIVES, EVERYWHERE),
    ),
    "contribution": (
        Field("profession", "Faggruppe", "Profession", NAME, PROFESSIONS, EVERYWHERE,
              empty_da="Uden faggruppe", empty_en="No profession"),
    ),
    "dilemma": (
        Field("pole_a", "Pol A", "Pole A", LINE, shown=EVERYWHERE | {BAND},
              edit_da="Rediger dilemmaets poler", edit_en="Edit the dilemma's poles",
              joined_with="pole_b", joined_da="Poler", joined_en="Poles"),
        Field("pole_b", "Pol B", "Pole B", LINE, shown=EVERYWHERE | {BAND},
              edit_da="Rediger dilemmaets poler", edit_en="Edit the dilemma's poles"),
        Field("status", "Status", "Status", CODE, DILEMMA_STATUSES, EVERYWHERE, required=True),
        Field("decision", "Beslutning", "Decision", TEXT, shown=EVERYWHERE),
        Field("answers", "Svar fra runden", "The round's answers", ANSWERS, ROUND_QUESTIONS,
              _places(MINUTES, CANVAS), edit_da="Gem svar fra runden",
              edit_en="Save the round's answers"),
        Field("origin", "Fra kortbunken", "From the deck", REFERENCE),
        Field("stances", "Rummets holdning", "The room's stance", COUNTS, STANCES,
              _places(INSPECTOR, MINUTES, CANVAS)),
    ),
    "effect": (
        Field("output", "Ydelse i dag", "Output today", LINE, shown=EVERYWHERE | {BAND},
              edit_da="Rediger ydelse", edit_en="Edit output"),
        Field("beneficiary", "Værdi for", "Value for", CODE, BENEFICIARIES, EVERYWHERE,
              edit_da="Rediger modtager af værdien", edit_en="Edit who gains the value"),
        Field("involvement", "Inddragelse", "Involvement", CODE, INVOLVEMENT_DEGREES, EVERYWHERE,
              edit_da="Rediger grad af inddragelse", edit_en="Edit degree of involvement"),
    ),
    "note": (),
    "agreement": (
        Field("responsible", "Ansvarlig", "Responsible", LINE, shown=EVERYWHERE | {BAND},
              empty_da="Ingen ansvarlig endnu", empty_en="Nobody responsible yet"),
        Field("due", "Frist", "Due", DATE, shown=EVERYWHERE | {BAND}),
        Field("follow_up", "Opfølgning", "Follow-up", DATE, shown=EVERYWHERE),
        Field("status", "Status", "Status", CODE, AGREEMENT_STATUSES, EVERYWHERE | {LABEL},
              required=True),
    ),
}
"""Each kind's own fields, in the order they are shown."""


def of_kind(kind: str) -> tuple[Field, ...]:
    """The fields a kind adds to the common ones, in order (none for a kind not here)."""
    return CARD_FIELDS.get(kind, ())


def every_kind_field() -> tuple[Field, ...]:
    """Each kind's fields, kind after kind, a name that two kinds share once (its first)."""
    found: dict[str, Field] = {}
    for fields in CARD_FIELDS.values():
        for field in fields:
            found.setdefault(field.name, field)
    return tuple(found.values())


def shown_in(place: str, kind: str | None = None) -> tuple[Field, ...]:
    """The fields shown in `place`: of one kind (with the common ones), or of every kind."""
    fields = (*COMMON, *(of_kind(kind) if kind is not None else every_kind_field()))
    return tuple(field for field in fields if field.shows(place))


def field(kind: str, name: str) -> Field | None:
    """The field `name` of `kind` (a common one included), or None."""
    return next((f for f in (*COMMON, *of_kind(kind)) if f.name == name), None)


def named(name: str) -> Field | None:
    """The first field of this name in any kind's table (or a common one)."""
    return next((f for f in (*COMMON, *every_kind_field()) if f.name == name), None)


def vocabularies(kind: str) -> dict[str, Vocabulary]:
    """The kind's CODE fields and their vocabularies: what the model checks a value against."""
    return {f.name: f.vocabulary for f in of_kind(kind) if f.type == CODE and f.vocabulary}


def structured(kind: str) -> tuple[str, ...]:
    """The kind's fields the model checks by its own rules and the file keeps as JSON."""
    return tuple(f.name for f in of_kind(kind) if f.type in STRUCTURED)


def dates(kind: str) -> tuple[str, ...]:
    """The kind's DATE fields: the model checks them as days, the file keeps them as text."""
    return tuple(f.name for f in of_kind(kind) if f.type == DATE)


def stored_columns() -> tuple[str, ...]:
    """The file's card columns for the fields (after id, board, order, kind, text, place,
    size, colour and votes): each kind's fields, then who a room card came from."""
    names = [f.name for f in every_kind_field()]
    return (*names, *(f.name for f in (ROUND_ID, AUTHOR) if f.name not in names))


def edit_label(names: set[str]) -> str:
    """The undo step's name for an edit of these fields ("" when no one name fits)."""
    labels = {found.edit_label() if (found := named(name)) else "" for name in names}
    return labels.pop() if len(labels) == 1 else ""
