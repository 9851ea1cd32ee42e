"""The personal-data guard: text that looks like a CPR number, a Danish phone number or an
e-mail address.

Cards are about the work, not about named citizens: a board is projected, printed and sent
round. So a card whose text looks like personal data gets a gentle mark (never an error:
the guess can be wrong), `kerneopgave check` lists such cards with the data masked, and
every export can mask it (`--mask-personal`, or the export menu's choice).

The patterns keep false alarms low. A CPR number is six digits that are a real date
(ddmmåå) and four more, with or without a dash (ten digits that are an amount, … kr., are
not one). A phone number is eight digits from 2 to 9
first, together or in the usual groups (12345678, 12 34 56 78, 1234 5678), optionally after
+45 or 0045; eight digits that are a date (ddmmåååå, ååååmmdd), two years side by side
(2025 2026) or an amount (… kr.) are not one. An e-mail address has a name, an @ and a
domain with a dot.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.model import Board, Card, Deck, Workshop
from kerneopgave_desktop.domain.vocabulary import Term, Vocabulary
from kerneopgave_desktop.i18n import translate

KINDS = Vocabulary("personal data", (
    Term("cpr", "et CPR-nummer", "a CPR number"),
    Term("phone", "et telefonnummer", "a phone number"),
    Term("email", "en e-mailadresse", "an e-mail address"),
))
"""What a finding looks like, as a reader is told ("Ligner en personoplysning (…)")."""

MASK = "•"
"""What a masked letter or digit becomes."""
MARK_CHARACTERS = 20_000
"""How much of each text the card's mark looks at: it is worked out at every change of the
card, and a text of a million characters takes a second to read through. `check` and the
masking of an export read every character."""

_CPR = re.compile(r"(?<![\w.,/])(\d{2})(\d{2})(\d{2})[-‐‑–]?(\d{4})(?![\w]|[.,/]\d)")
_PHONE = re.compile(
    r"(?<![\w.,/+])(?<!\d )(?P<prefix>(?:\+45|0045)[ ]?)?"
    r"(?P<number>[2-9]\d{7}|[2-9]\d(?: \d{2}){3}|[2-9]\d{3} \d{4}|[2-9]\d \d{2} \d{4})"
    r"(?![\w]|[.,/]\d| \d)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
_AMOUNT_AFTER = re.compile(r"\s?(?:kr\b|kr\.|kroner|dkk|,-|%)", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(r"(?:kr\.?|dkk)\s?$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20|21)\d{2}")


def _tr(source: str) -> str:
    return translate("Personal", source)


@dataclass(frozen=True)
class Finding:
    """One piece of text that looks like personal data."""

    kind: str
    """A code of KINDS."""
    start: int
    end: int


def _a_day(day: int, month: int, year: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _an_amount(text: str, match: re.Match[str]) -> bool:
    """Whether the digits of `match` are an amount: "… kr.", "kr. …", "… %" and the like."""
    return bool(_AMOUNT_AFTER.match(text, match.end()) or _AMOUNT_BEFORE.search(
        text[max(0, match.start() - 5):match.start()]))


def _cpr_like(text: str, match: re.Match[str]) -> bool:
    """Six digits that are a real day (in either century of a two-digit year) and four more;
    ten digits in a row that are an amount are not."""
    day, month, year = (int(part) for part in match.groups()[:3])
    if match.group(0).isdigit() and _an_amount(text, match):
        return False
    return _a_day(day, month, 1900 + year) or _a_day(day, month, 2000 + year)


def _phone_like(text: str, match: re.Match[str]) -> bool:
    """Eight digits that are not a date, two years or an amount."""
    number = match.group("number")
    digits = number.replace(" ", "")
    if not match.group("prefix"):
        if " " not in number and (
                _a_day(int(digits[:2]), int(digits[2:4]), int(digits[4:]))
                or _a_day(int(digits[6:]), int(digits[4:6]), int(digits[:4]))):
            return False
        halves = number.split(" ")
        if len(halves) == 2 and all(_YEAR.fullmatch(half) for half in halves):
            return False
        if _an_amount(text, match):
            return False
    return True


def find(text: str) -> list[Finding]:
    """The pieces of `text` that look like personal data, in order, none overlapping (an
    e-mail address first, then a CPR number, then a phone number)."""
    found: list[Finding] = []

    def free(start: int, end: int) -> bool:
        return all(end <= f.start or f.end <= start for f in found)

    for match in _EMAIL.finditer(text):
        found.append(Finding("email", match.start(), match.end()))
    for match in _CPR.finditer(text):
        if _cpr_like(text, match) and free(match.start(), match.end()):
            found.append(Finding("cpr", match.start(), match.end()))
    for match in _PHONE.finditer(text):
        if _phone_like(text, match) and free(match.start(), match.end()):
            found.append(Finding("phone", match.start(), match.end()))
    return sorted(found, key=lambda finding: finding.start)


def mask(text: str, keep: int = 0) -> str:
    """`text` with every letter and digit of what looks like personal data as MASK, but the
    first `keep` of each (a hint of which it was); dashes, spaces, @ and dots stay."""
    out, end = [], 0
    for finding in find(text):
        piece = text[finding.start:finding.end]
        out.append(text[end:finding.start])
        out.append(piece[:keep] + "".join(MASK if ch.isalnum() else ch for ch in piece[keep:]))
        end = finding.end
    out.append(text[end:])
    return "".join(out)


def _texts(card: Card) -> list[tuple[str, str]]:
    """(field, text) for every text the card holds: its text, its kind's text fields, the
    round's answers and who it came from."""
    out = [("text", card.text)]
    for field in (*fields_table.of_kind(card.kind), fields_table.AUTHOR):
        value = getattr(card, field.name)
        if field.type in (fields_table.LINE, fields_table.TEXT) and value:
            out.append((field.name, value))
        elif field.type == fields_table.ANSWERS:
            out += [(field.name, answer) for _, answer in value]
    return out


def excerpts(card: Card, context: int = 24) -> list[tuple[str, str, str]]:
    """(field label, what it looks like, the text around it, masked but for the first two
    characters of each finding) for each finding on the card: what `check` prints, so the
    team can find it without the data being printed in full."""
    out = []
    for name, text in _texts(card):
        field = fields_table.field(card.kind, name)
        label = field.label() if field is not None else name
        shown = mask(text, keep=2)
        for finding in find(text):
            start, end = max(0, finding.start - context), min(len(text), finding.end + context)
            piece = " ".join(shown[start:end].split())
            piece = ("…" if start else "") + piece + ("…" if end < len(text) else "")
            out.append((label, KINDS.label(finding.kind), piece))
    return out


def card_kinds(card: Card, limit: int | None = None) -> list[str]:
    """What the card's texts look like (codes of KINDS, each once, in KINDS' order), from
    the first `limit` characters of each (all of them when None)."""
    kinds = {finding.kind for _, text in _texts(card) for finding in find(text[:limit])}
    return [code for code in KINDS.codes if code in kinds]


def card_hint(card: Card) -> str:
    """The gentle mark's words for a card that holds what looks like personal data ("" for
    none): "Ligner en personoplysning (et telefonnummer)"."""
    kinds = card_kinds(card, MARK_CHARACTERS)
    if not kinds:
        return ""
    return _tr("Ligner en personoplysning ({what})").format(
        what=", ".join(KINDS.label(code) for code in kinds))


def flagged(workshop: Workshop) -> list[tuple[Board, Card, list[str]]]:
    """Every card on the workshop's boards that holds what looks like personal data, with
    what it looks like."""
    return [(board, card, kinds) for board in workshop.boards for card in board.cards.values()
            if (kinds := card_kinds(card))]


# -- masking a whole workshop for an export ------------------------------------------------

def masked_card(card: Card) -> Card:
    """The card with every text masked."""
    changes = {}
    for field in (fields_table.TEXT_FIELD, *fields_table.of_kind(card.kind),
                  fields_table.AUTHOR):
        value = getattr(card, field.name)
        if field.type in (fields_table.LINE, fields_table.TEXT) and value:
            changes[field.name] = mask(value)
        elif field.type == fields_table.ANSWERS and value:
            changes[field.name] = tuple((code, mask(answer)) for code, answer in value)
    return dataclasses.replace(card, **changes)


def masked_board(board: Board) -> Board:
    """A copy of the board with every text on it masked: cards, zone titles, link labels."""
    copy = Board(id=board.id, title=mask(board.title), template=board.template,
                 plenary=board.plenary, perspective=board.perspective)
    copy.zones = {i: dataclasses.replace(z, title=mask(z.title)) for i, z in board.zones.items()}
    copy.cards = {i: masked_card(c) for i, c in board.cards.items()}
    copy.links = {i: dataclasses.replace(k, label=mask(k.label)) for i, k in board.links.items()}
    return copy


def masked_workshop(workshop: Workshop) -> Workshop:
    """A copy of the workshop for an export, with every text that looks like personal data
    masked: the details, the boards, the snapshots, the decks and what the phones sent."""
    info = workshop.info
    return Workshop(
        info=dataclasses.replace(info, title=mask(info.title), workplace=mask(info.workplace),
                                 facilitator=mask(info.facilitator),
                                 participants=tuple(mask(name) for name in info.participants)),
        boards=[masked_board(board) for board in workshop.boards],
        snapshots=[dataclasses.replace(s, name=mask(s.name),
                                       content=tuple(masked_board(b) for b in s.content))
                   for s in workshop.snapshots],
        decks=[_masked_deck(deck) for deck in workshop.decks],
        rounds=[dataclasses.replace(r, prompt=mask(r.prompt)) for r in workshop.rounds],
        submissions={i: dataclasses.replace(s, text=mask(s.text),
                                            author=mask(s.author) if s.author else s.author)
                     for i, s in workshop.submissions.items()})


def _masked_deck(deck: Deck) -> Deck:
    return dataclasses.replace(deck, title=mask(deck.title), cards=tuple(
        dataclasses.replace(card, text=mask(card.text),
                            pole_a=mask(card.pole_a) if card.pole_a else card.pole_a,
                            pole_b=mask(card.pole_b) if card.pole_b else card.pole_b)
        for card in deck.cards))

