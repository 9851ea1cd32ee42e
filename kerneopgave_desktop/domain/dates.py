"""Days as people read and write them: "3. marts 2026" in Danish, "3 March 2026" in English.

The file, JSON and CSV keep a day as an ISO date (2026-03-03); what a reader sees is in the
language's own form. `parse_day` also reads the forms a Danish spreadsheet writes back
(3.3.2026, 03-03-2026, 3/3/2026).
"""

from __future__ import annotations

import re
from datetime import date

from kerneopgave_desktop import i18n

MONTHS = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DANISH = re.compile(r"(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})")


def day_text(day: date, lang: str | None = None, today: date | None = None) -> str:
    """`day` as a reader writes it; the year is left out when it is `today`'s year (given
    only where a line speaks of the near future, as a reminder does)."""
    lang = lang or i18n.language()
    month = MONTHS["en" if lang == "en" else "da"][day.month - 1]
    same_year = today is not None and today.year == day.year
    if lang == "en":
        return f"{day.day} {month}" if same_year else f"{day.day} {month} {day.year}"
    return f"{day.day}. {month}" if same_year else f"{day.day}. {month} {day.year}"


def parse_day(text: str) -> date | None:
    """A day from an ISO date or a Danish spreadsheet's day.month.year; None for empty
    text. ValueError for text that is no day."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO.fullmatch(text)
    danish = _DANISH.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif danish:
        day, month, year = (int(part) for part in danish.groups())
    else:
        raise ValueError(_not_a_day(text))
    try:
        return date(year, month, day)
    except ValueError:  # 2026-02-30, month 13: Python's words would be English
        raise ValueError(_not_a_day(text)) from None


def _not_a_day(text: str) -> str:
    return i18n.translate("Dates", "{text} er ikke en dato (ÅÅÅÅ-MM-DD)").format(
        text=f"{text[:40]!r}")
