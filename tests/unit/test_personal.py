"""The personal-data guard: CPR numbers, Danish phone numbers and e-mail addresses are found
(and masked); dates, years, amounts, times and the method's card numbers are not."""

from __future__ import annotations

import io
import zipfile
from datetime import date, timedelta

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from kerneopgave_desktop.domain import personal
from kerneopgave_desktop.domain.dates import day_text
from kerneopgave_desktop.domain.model import (
    Agreement,
    Board,
    Dilemma,
    Link,
    Note,
    Workshop,
    WorkshopInfo,
    Zone,
)
from kerneopgave_desktop.domain.snapshots import take
from kerneopgave_desktop.interchange import json as json_format

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True)
DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
WORDS = st.lists(st.sampled_from(["Fru", "Jensen", "ringer", "i", "dag", "om", "badet",
                                  "på", "telefon", "til", "hjemmeplejen", "tlf.", "cpr:",
                                  "(", ")", "-", ",", "mail:", "—", "og"]), max_size=5)


def _around(before: list[str], piece: str, after: list[str]) -> str:
    return " ".join([*before, piece, *after])


def _kinds(text: str) -> list[str]:
    return [finding.kind for finding in personal.find(text)]


# -- what is found ---------------------------------------------------------------------------

@SETTINGS
@given(DAYS, st.integers(0, 9999), st.booleans(), WORDS, WORDS)
@example(date(2000, 2, 29), 1234, True, [], [])  # a leap day in a two-digit year
@pytest.mark.slow
def test_a_cpr_number_is_found_with_or_without_its_dash(day, serial, dash, before, after):
    number = f"{day:%d%m%y}{'-' if dash else ''}{serial:04d}"
    text = _around(before, number, after)
    found = personal.find(text)
    assert [(f.kind, text[f.start:f.end]) for f in found] == [("cpr", number)]


@SETTINGS
@given(st.integers(0, 9999), st.integers(1, 12), st.integers(32, 99), st.booleans())
@pytest.mark.slow
def test_six_digits_that_are_no_day_are_no_cpr_number(serial, month, day, dash):
    number = f"{day:02d}{month:02d}85{'-' if dash else ''}{serial:04d}"
    assert "cpr" not in _kinds(number)


PHONE = st.integers(20_000_000, 99_999_999).map(str)
FORMS = st.sampled_from([
    lambda d: d, lambda d: f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", lambda d: f"{d[:4]} {d[4:]}",
    lambda d: f"{d[:2]} {d[2:4]} {d[4:]}"])
PREFIX = st.sampled_from(["", "+45 ", "+45", "0045 "])


def _a_date(digits: str) -> bool:
    for day, month, year in ((digits[:2], digits[2:4], digits[4:]),
                             (digits[6:], digits[4:6], digits[:4])):
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            continue
        return True
    return False


@SETTINGS
@given(PHONE, FORMS, PREFIX, WORDS, WORDS)
@pytest.mark.slow
def test_a_danish_phone_number_is_found_in_its_usual_forms(digits, form, prefix, before,
                                                           after):
    shown = form(digits)
    assume(prefix or not (" " not in shown and _a_date(digits)))  # a date: see below
    halves = shown.split(" ")
    assume(prefix or not (len(halves) == 2 and all(h[:2] in ("19", "20", "21") for h in halves)))
    number = prefix + shown
    text = _around(before, number, after)
    assert [(f.kind, text[f.start:f.end]) for f in personal.find(text)] == [("phone", number)]


@SETTINGS
@given(st.from_regex(r"[a-z][a-z0-9._+-]{0,15}", fullmatch=True),
       st.from_regex(r"[a-z][a-z0-9-]{0,12}(\.[a-z]{2,6}){1,2}", fullmatch=True), WORDS, WORDS)
@pytest.mark.slow
def test_an_e_mail_address_is_found(name, domain, before, after):
    address = f"{name}@{domain}"
    text = _around(before, address, after)
    assert [(f.kind, text[f.start:f.end]) for f in personal.find(text)] == [("email", address)]


# -- what is not ------------------------------------------------------------------------------

@SETTINGS
@given(DAYS)
@pytest.mark.slow
def test_dates_in_every_form_are_no_personal_data(day):
    for text in (day.isoformat(), f"{day:%d-%m-%Y}", f"{day:%d.%m.%Y}", f"{day:%d/%m/%Y}",
                 f"{day:%d%m%Y}", f"{day:%Y%m%d}", day_text(day), day_text(day, "en"),
                 f"{day.day}.{day.month}.{day.year}", f"kl. {day.month}.{day.day:02d}"):
        assert personal.find(text) == [], text


@SETTINGS
@given(st.integers(1900, 2099), st.integers(1, 5))
@pytest.mark.slow
def test_years_and_spans_of_years_are_no_personal_data(year, span):
    for text in (str(year), f"{year}-{year + span}", f"{year}–{year + span}",
                 f"{year} {year + span}", f"i {year} og {year + span}"):
        assert personal.find(text) == [], text


@SETTINGS
@given(st.integers(0, 10**10), st.sampled_from(["kr.", "kr", "kroner", "DKK", ",-", "%"]))
@example(1_801_000_000, "kr.")  # ten digits that could be a CPR number: an amount
def test_amounts_are_no_personal_data(amount, unit):
    for text in (f"{amount:,}".replace(",", ".") + f" {unit}", f"{amount} {unit}",
                 f"kr. {amount}", f"{amount / 100:.2f}".replace(".", ",") + " mio. kr."):
        assert personal.find(text) == [], text


@SETTINGS
@given(st.integers(1, 99), st.integers(0, 23), st.integers(0, 59))
def test_the_method_s_card_numbers_times_and_counts_are_no_personal_data(number, hour, minute):
    for text in (f"builtin-{number:02d}", f"kort #{number}", f"kort nr. {number}",
                 f"kl. {hour:02d}.{minute:02d}", f"{hour}:{minute:02d}", f"{number} af 67",
                 f"Fra ydelse til effekt: {number} samtaler", f"§ {number} stk. 2"):
        assert personal.find(text) == [], text


def test_numbers_near_a_phone_number_in_shape_are_not_one():
    for text in ("12345678", "+45 12345678", "22 33 44 55 66", "123456789", "23456789x",
                 "3,23456789", "ali@kommunen", "@borgerservice", "0123456789", "1234567890"):
        assert personal.find(text) == [], text


# -- masking ----------------------------------------------------------------------------------

@SETTINGS
@given(DAYS, PHONE, WORDS)
@pytest.mark.slow
def test_masking_leaves_nothing_to_find_and_the_rest_as_it_was(day, digits, words):
    text = _around(words, f"{day:%d%m%y}-1234 og {digits[:4]} {digits[4:]} og a@b.dk", words)
    masked = personal.mask(text)
    assert personal.find(masked) == [] and len(masked) == len(text)
    assert [c for c, m in zip(text, masked, strict=True) if c != m and m != personal.MASK] == []
    assert masked.startswith(" ".join(words))


def test_a_hint_keeps_the_first_characters_only():
    assert personal.mask("Ring 23 45 67 89 eller 010203-1234", keep=2) == (
        "Ring 23 •• •• •• eller 01••••-••••")


# -- cards and workshops ----------------------------------------------------------------------

def test_any_text_of_a_card_can_carry_the_mark():
    assert personal.card_hint(Note(id="n", text="Kort om arbejdet")) == ""
    assert personal.card_hint(Note(id="n", text="Ring 23456789")) == (
        "Ligner en personoplysning (et telefonnummer)")
    dilemma = Dilemma(id="d", text="x", pole_a="a@b.dk", decision="cpr 010203-1234",
                      answers=(("action", "ring 23 45 67 89"),))
    assert personal.card_kinds(dilemma) == ["cpr", "phone", "email"]
    agreement = Agreement(id="a", text="x", responsible="Mette, 2345 6789")
    assert personal.card_kinds(agreement) == ["phone"]
    assert personal.card_kinds(Note(id="n", text="x", author="ali@skolen.dk")) == ["email"]
    assert [(label, what) for label, what, _ in personal.excerpts(dilemma)] == [
        ("Pol A", "en e-mailadresse"), ("Beslutning", "et CPR-nummer"),
        ("Svar fra runden", "et telefonnummer")]
    long = Note(id="n", text="x " * 100 + "ring 23456789 " + "y " * 100)
    (_, _, piece), = personal.excerpts(long)
    assert piece.startswith("…") and piece.endswith("…") and "23••••••" in piece
    assert "23456789" not in piece


def workshop_with_personal_data() -> Workshop:
    board = Board(id="b", title="Tavle 23456789", zones={
        "z": Zone(id="z", title="Fru Jensen 010203-1234")}, cards={
        "n": Note(id="n", text="Ring til 23 45 67 89"),
        "m": Note(id="m", text="Mail til ali@skolen.dk", author="birgit@skolen.dk"),
        "d": Dilemma(id="d", text="Ren", pole_a="0102031234", answers=(("action", "a@b.dk"),)),
        "a": Agreement(id="a", text="Ren", responsible="Mette 2345 6789",
                       due=date.today() + timedelta(days=3))})
    board.links["l"] = Link(id="l", source="n", target="m", label="se 23456789")
    workshop = Workshop(info=WorkshopInfo(title="Møde", workplace="kontakt@kommune.dk",
                                          participants=("Ali 23456789",)), boards=[board])
    workshop.snapshots.append(take(workshop, "Før"))
    return workshop


RAW = ("23456789", "23 45 67 89", "ali@skolen.dk", "birgit@skolen.dk", "010203-1234",
       "0102031234", "a@b.dk", "2345 6789", "kontakt@kommune.dk")


def test_the_flagged_cards_are_those_with_personal_data():
    flagged = personal.flagged(workshop_with_personal_data())
    assert [(card.id, kinds) for _, card, kinds in flagged] == [
        ("n", ["phone"]), ("m", ["email"]), ("d", ["cpr", "email"]), ("a", ["phone"])]


def test_a_masked_workshop_holds_none_of_it_and_all_the_rest():
    workshop = workshop_with_personal_data()
    text = json_format.dumps(personal.masked_workshop(workshop))
    assert not [raw for raw in RAW if raw in text]
    assert json_format.dumps(workshop).count("Ring til") == text.count("Ring til") == 2
    clean = Workshop(boards=[Board(id="b", cards={"n": Note(id="n", text="Ren tekst 2026")})])
    assert json_format.dumps(personal.masked_workshop(clean)) == json_format.dumps(clean)


@pytest.mark.parametrize("fmt", ["json", "canvas", "csv", "md", "docx", "xlsx", "pdf"])
def test_every_text_export_masks_it_when_asked_and_only_then(fmt, tmp_path, capsys):
    from kerneopgave_desktop.cli import main
    from kerneopgave_desktop.storage import Store

    path = tmp_path / "w.kerneopgave"
    Store.create(path, workshop_with_personal_data()).close()
    plain, masked = tmp_path / f"plain.{fmt}", tmp_path / f"masked.{fmt}"
    assert main(["export", str(path), "--format", fmt, "-o", str(plain)]) == 0
    assert main(["export", str(path), "--format", fmt, "-o", str(masked), "--mask-personal"]
                + (["--since", "Før"] if fmt in ("md", "pdf", "docx") else [])) == 0
    assert [raw for raw in RAW if raw in _text_of(plain)]  # the export without the flag has it
    assert [raw for raw in RAW if raw in _text_of(masked)] == []
    assert personal.MASK in _text_of(masked)


def _text_of(path) -> str:
    """What a reader (or a program) gets out of an export, as one text."""
    data = path.read_bytes()
    if path.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return " ".join(archive.read(name).decode("utf-8", "replace")
                            for name in archive.namelist() if name.endswith(".xml"))
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return data.decode("utf-8-sig")


def test_the_mark_reads_the_beginning_of_a_long_text_and_check_reads_all_of_it():
    far = Note(id="n", text="x" * personal.MARK_CHARACTERS + " ring 23456789")
    assert personal.card_hint(far) == ""
    board = Board(id="b", cards={"n": far})
    assert [kinds for _, _, kinds in personal.flagged(Workshop(boards=[board]))] == [["phone"]]
    assert "23456789" not in personal.mask(far.text)
    near = Note(id="m", text="ring 23456789 " + "x" * 10 * personal.MARK_CHARACTERS)
    assert personal.card_hint(near) == "Ligner en personoplysning (et telefonnummer)"
