"""Translation without Qt.

The catalogues are Qt Linguist `.ts` files in `resources/translations/`. Source texts
are Danish (the default language), so a missing entry falls back to Danish. The Qt-free
layers (operation names, command-line messages, the minutes) translate through
`translate()` here, which reads the `.ts` itself. The GUI does not come here: it installs
QTranslators that load the `.qm` files compiled from the same `.ts` files
(ui.app.install_translators, `python -m tests.translations --compile`), and sets this
module's language at the same time, so both halves speak one language from one catalogue.
"""

from __future__ import annotations

import locale
import os
from functools import cache

from kerneopgave_desktop.resources import resource_path

SOURCE_LANGUAGE = "da"
LANGUAGES = ("da", "en")

_current = SOURCE_LANGUAGE


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _current = lang


def language() -> str:
    return _current


def system_language() -> str:
    """English when the system asks for English, otherwise Danish (the product's default)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "en" if value.lower().startswith("en") else SOURCE_LANGUAGE
    # No variable set: ask the C library. Its plain "C"/"POSIX" locale means nothing was
    # chosen (Python's getlocale() would report it as en_US), so it stays Danish.
    raw = locale.setlocale(locale.LC_CTYPE)
    if raw.split(".")[0].upper() in ("C", "POSIX"):
        return SOURCE_LANGUAGE
    code = locale.getlocale()[0] or ""
    return "en" if code.lower().startswith("en") else SOURCE_LANGUAGE


Entry = tuple[str, ...]


@cache
def catalogue(lang: str) -> dict[tuple[str, str], Entry]:
    """(context, source) -> translation forms, read from `kerneopgave_<lang>.ts`."""
    import xml.etree.ElementTree as ET  # only when a catalogue is read, not at start-up

    path = resource_path("translations", f"kerneopgave_{lang}.ts")
    if not path.is_file():
        return {}
    entries: dict[tuple[str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(f.text or "" for f in node.iter("numerusform")) or (node.text or "",)
            if any(forms):
                entries[(name, source)] = forms
    return entries


def _plural_index(lang: str, n: int) -> int:
    # Danish and English share the rule: one form for exactly 1, another for the rest.
    return 0 if n == 1 else 1


def mark(source: str) -> str:
    """Mark a text for translation where it is defined (a table of labels, say) and give it
    back as it is; the module's `_tr` translates it where it is used. The catalogue check
    (tests/translations.py) finds marked texts under the module's `_tr` context."""
    return source


def translate(context: str, source: str, n: int | None = None, lang: str | None = None) -> str:
    """The text for `source` in the current (or given) language; `%n` becomes `n`."""
    lang = lang or _current
    if n is None and lang == SOURCE_LANGUAGE:
        return source  # the source is Danish; the Danish catalogue holds only plural forms
    forms = catalogue(lang).get((context, source))
    if forms:
        index = _plural_index(lang, n) if n is not None else 0
        text = forms[min(index, len(forms) - 1)]
    else:
        text = source
    return text.replace("%n", str(n)) if n is not None else text
