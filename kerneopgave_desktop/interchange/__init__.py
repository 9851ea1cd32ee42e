"""Import and export: lossless JSON, JSON Canvas, CSV, and the minutes as Markdown."""

from __future__ import annotations

import json as stdlib_json  # the submodule interchange.json takes the plain name here
from typing import Any

from kerneopgave_desktop.i18n import translate


class InterchangeError(ValueError):
    """Input that cannot be imported; `str()` is the message for the user."""


def parse_json(text: str) -> Any:
    """JSON text as data, or an InterchangeError that says where it is broken."""
    try:
        return stdlib_json.loads(text)
    except ValueError as error:
        raise InterchangeError(translate("Interchange", "Filen er ikke gyldig JSON ({detail}).")
                               .format(detail=error)) from None
