"""Import and export: lossless JSON, JSON Canvas, CSV, and the minutes as Markdown."""

from __future__ import annotations

import json as stdlib_json  # the submodule interchange.json takes the plain name here
from typing import Any

from kerneopgave_desktop.domain.text import visible
from kerneopgave_desktop.i18n import translate

MAX_NESTING = 32
"""The deepest nesting of arrays and objects an imported JSON file may have. Our own
export nests 8 deep (a dilemma's answers inside a snapshot); this leaves room for other
programs' canvases and keeps a hostile file from exhausting the stack."""


class InterchangeError(ValueError):
    """Input that cannot be imported; `str()` is the message for the user."""


def _tr(source: str) -> str:
    return translate("Interchange", source)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object from its pairs, refusing a key given twice (JSON would keep only the last)."""
    record = dict(pairs)
    if len(record) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise InterchangeError(_tr("JSON-filen har nøglen »{key}« to gange i samme "
                                           "objekt.").format(key=visible(key)))
            seen.add(key)
    return record


def _depth(data: Any) -> int:
    """How deeply arrays and objects nest in `data`, without recursion."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = value.values()
        elif not isinstance(value, list):
            continue
        deepest = max(deepest, depth)
        if depth <= MAX_NESTING:
            stack.extend((child, depth + 1) for child in value)
    return deepest


def parse_json(text: str) -> Any:
    """JSON text as data, or an InterchangeError that says where it is broken.

    Refuses keys given twice in one object and nesting deeper than MAX_NESTING.
    """
    deep = InterchangeError(_tr("JSON-filen er indlejret dybere end {limit} niveauer.").format(
        limit=MAX_NESTING))
    if not text.strip():
        raise InterchangeError(_tr("JSON-filen er tom: der er intet at importere."))
    try:
        data = stdlib_json.loads(text, object_pairs_hook=_unique_keys)
    except RecursionError:
        raise deep from None
    except InterchangeError:
        raise
    except stdlib_json.JSONDecodeError as error:
        raise InterchangeError(_tr("Filen er ikke gyldig JSON: fejl i linje {line}, tegn {column}.")
                               .format(line=error.lineno, column=error.colno)) from None
    except ValueError:  # a number with more digits than Python converts
        raise InterchangeError(_tr("Filen er ikke gyldig JSON: et tal har for mange cifre.")
                               ) from None
    if _depth(data) > MAX_NESTING:
        raise deep
    return data
