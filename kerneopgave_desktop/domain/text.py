"""Plain-text helpers shared by every layer: user text shown safely in one-line messages."""

from __future__ import annotations

import re

from kerneopgave_desktop import i18n
from kerneopgave_desktop.i18n import mark, translate

_INVISIBLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f"  # C0 and C1 controls, DEL
    r"\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"  # zero-width, separators, bidi
    r"\ud800-\udfff"  # lone surrogates: a file name's undecodable bytes (surrogateescape)
    r"\ufeff\ufffe\uffff]")  # BOM and non-characters
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: object, limit: int = 200) -> str:
    """`text` for a one-line message: control, bidi and other invisible characters as
    visible escapes (a newline as \\n, ESC as \\x1b, U+202E as \\u202e), and at most
    `limit` characters, so that user text can neither break the line nor steer a terminal."""
    value = str(text)
    if len(value) > limit:
        value = value[:limit] + "…"

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in _NAMED:
            return _NAMED[char]
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _INVISIBLE.sub(escape, value)


def _tr(source: str) -> str:
    return translate("Text", source)


_KNOWN = (
    ("no space left on device", mark("disken er fuld")),
    ("database or disk is full", mark("disken er fuld")),
    ("disk quota exceeded", mark("din plads på drevet er brugt op")),
    ("read-only file system", mark("drevet kan kun læses")),
    ("readonly database", mark("filen kan kun læses")),
    ("permission denied", mark("ingen adgang")),
    ("operation not permitted", mark("ingen adgang")),
    ("no such file or directory", mark("filen eller mappen findes ikke")),
    ("unable to open database file", mark("filen kunne ikke åbnes")),
    ("disk i/o error", mark("drevet kunne ikke læses eller skrives")),
    ("input/output error", mark("drevet kunne ikke læses eller skrives")),
    ("database disk image is malformed", mark("filens indhold er ødelagt")),
    ("file is not a database", mark("filen er ikke en database")),
    ("database is locked", mark("et andet program bruger filen")),
    ("file name too long", mark("navnet er for langt")),
    ("could not decode to utf-8", mark("tekst i filen er ikke gyldig UTF-8")),
    ("codec can't decode", mark("tekst i filen er ikke gyldig UTF-8")),
    ("address already in use", mark("porten bruges allerede af et andet program")),
    ("cannot assign requested address", mark("adressen findes ikke på denne computer")),
    ("network is unreachable", mark("netværket kan ikke nås")),
    ("field larger than field limit", mark("et felt er længere, end et kort kan rumme")),
    ("line contains nul", mark("linjen indeholder et NUL-tegn")),
    ("new-line character seen in unquoted field",
     mark("et linjeskift står i et felt uden anførselstegn")),
)
"""The words of the system, SQLite and Python's csv module that a user meets most, in Danish;
a rarer detail is shown as it was given."""




def said(detail: object) -> str:
    """A detail for a message (an exception from the system, SQLite or a library) as a
    user should read it: in Danish where we know the words, else as given, made visible."""
    given = str(getattr(detail, "strerror", None) or detail)
    lowered = given.lower()
    for words, ours in _KNOWN:
        if words in lowered:
            return _tr(ours)
    return visible(given)


def count_text(number: int) -> str:
    """A count as the reader writes it: 1.000.000 in Danish, 1,000,000 in English."""
    grouped = f"{number:,}"
    return grouped if i18n.language() == "en" else grouped.replace(",", ".")
