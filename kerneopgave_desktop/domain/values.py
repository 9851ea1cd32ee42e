"""The model's limits and the checks its values go through: each says in Danish which value
is wrong and why (ModelError). Cards, boards and the workshop (domain/cards.py,
domain/workshop.py) check every field with these on being made."""

from __future__ import annotations

import math
import os
import re
from datetime import date
from typing import Any

from kerneopgave_desktop.domain.text import count_text
from kerneopgave_desktop.domain.vocabulary import Vocabulary
from kerneopgave_desktop.i18n import translate

MAX_TEXT = 1_000_000
"""The longest text a card, zone or field may hold, in characters."""
MAX_COUNT = 1_000_000
"""The highest count of a stance."""
MAX_COORDINATE = 1_000_000.0
"""The farthest from the origin an item may lie, in scene units, on either axis (4,000 card
widths): a board stays far inside what floats, Qt's painter and the PDF scale exactly."""
MIN_SIZE = 10.0
MAX_SIZE = 100_000.0
"""The smallest and largest width or height of a card or zone, in scene units."""
MAX_VOTES = 999
"""The most dots one card may hold: the inspector's spin box and every import stop here."""

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def clamped(value: float, low: float, high: float) -> float:
    """`value` held within `low` to `high`: where a drag, a nudge or a resize past a limit
    stops, so that an edit never fails on a limit the user cannot see."""
    return min(high, max(low, float(value)))


def new_id() -> str:
    """A fresh, random identifier (64 bits, hex)."""
    return os.urandom(8).hex()  # as secrets.token_hex(8), without its imports


def _tr(source: str) -> str:
    return translate("Model", source)


class ModelError(ValueError):
    """A value the model does not accept; the message says which and why."""


def check_text(owner: str, name: str, value: Any, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str):
        raise ModelError(_tr("{field} skal være tekst").format(field=f"{owner}.{name}"))
    if len(value) > MAX_TEXT:
        raise ModelError(_tr("{field} er længere end {most} tegn").format(
            field=f"{owner}.{name}", most=count_text(MAX_TEXT)))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ModelError(_tr("{field} indeholder et ugyldigt tegn (en enlig surrogat)").format(
            field=f"{owner}.{name}")) from None


def check_number(owner: str, name: str, value: Any, low: float, high: float) -> None:
    """A finite number from `low` to `high`; an int of any size is compared exactly."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ModelError(_tr("{field} skal være et tal").format(field=f"{owner}.{name}"))
    if isinstance(value, float) and not math.isfinite(value):
        raise ModelError(_tr("{field} skal være et endeligt tal").format(field=f"{owner}.{name}"))
    if not low <= value <= high:
        raise ModelError(_tr("{field} skal være fra {low} til {high}").format(
            field=f"{owner}.{name}", low=count_text(round(low)), high=count_text(round(high))))


def check_code(owner: str, name: str, value: Any, vocabulary: Vocabulary) -> None:
    if value is not None and value not in vocabulary:
        raise ModelError(_tr("{field}: {value} er ikke en gyldig værdi ({codes})").format(
            field=f"{owner}.{name}", value=f"{value!r:.60}", codes=", ".join(vocabulary.codes)))


def check_day(owner: str, name: str, value: Any) -> None:
    if value is not None and type(value) is not date:  # a datetime is not a day
        raise ModelError(_tr("{field} skal være en dato eller tom").format(field=f"{owner}.{name}"))


def check_color(owner: str, value: Any) -> None:
    if value is not None and not (isinstance(value, str) and _COLOR.fullmatch(value)):
        raise ModelError(_tr("{field} skal være en farve som #rrggbb eller tom").format(
            field=f"{owner}.color"))


def check_geometry(item: Any) -> None:
    owner = type(item).__name__
    check_text(owner, "id", item.id)
    if not item.id:
        raise ModelError(_tr("{field} må ikke være tom").format(field=f"{owner}.id"))
    x, y, width, height = item.x, item.y, item.width, item.height
    if (type(x) is float and type(y) is float and type(width) is float
            and type(height) is float and x and y  # floats, and no -0.0 to make 0.0
            and -MAX_COORDINATE <= x <= MAX_COORDINATE and -MAX_COORDINATE <= y <= MAX_COORDINATE
            and MIN_SIZE <= width <= MAX_SIZE and MIN_SIZE <= height <= MAX_SIZE):
        check_color(owner, item.color)  # as a file's cards all are: checked at a glance
        return
    for name in ("x", "y", "width", "height"):
        value = getattr(item, name)
        if name in ("x", "y"):
            check_number(owner, name, value, -MAX_COORDINATE, MAX_COORDINATE)
        else:
            check_number(owner, name, value, MIN_SIZE, MAX_SIZE)
        if type(value) is not float or value == 0:
            # One type, however it was given; and -0.0 as 0.0, which is what the file keeps.
            object.__setattr__(item, name, float(value) + 0.0)
    check_color(owner, item.color)

