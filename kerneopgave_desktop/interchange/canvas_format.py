"""What a JSON Canvas of ours looks like, for the export and the import alike.

The spec's preset colours and node types, the extra field that carries what the spec has no
field for, and the shape of a card node's Markdown: the header line (the kind and its coded
fields) and the list of details under the text, by the labels of domain.fields, so that
what interchange.canvas_export writes, interchange.canvas_import reads back.
"""

from __future__ import annotations

import re

from kerneopgave_desktop.domain import fields as fields_table

OURS = "kerneopgave"
"""The extra field that holds what the spec has no field for."""
PRESETS = {"1": "#fb464c", "2": "#e9973f", "3": "#e0de71", "4": "#44cf6e", "5": "#53dfdd",
           "6": "#a882ff"}
"""The spec's six preset colours, as the hex values Obsidian uses for them."""
NODE_TYPES = ("text", "file", "link", "group")
_HEADER = re.compile(r"^\*\*(?P<kind>[^*]+)\*\*(?P<fields>(?: · [^\n]*)?)\n\n", re.S)
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_DETAIL = re.compile(r"^- \*\*(?P<label>.+?)\*\* ?(?P<value>.*)$")


def header_fields(kind: str) -> tuple[fields_table.Field, ...]:
    """The kind's coded fields in a node's header line, after the kind (domain.fields)."""
    return tuple(field for field in fields_table.of_kind(kind)
                 if field.shows(fields_table.CANVAS)
                 and field.type in (fields_table.CODE, fields_table.NAME))


_READ_BACK = (fields_table.LINE, fields_table.TEXT, fields_table.COUNT, fields_table.DATE)


def _detail_fields(kind: str) -> dict[str, fields_table.Field]:
    """The kind's fields listed under a card's text that are read back, by their labels in
    the current language and in both (Danish and English)."""
    found = {}
    for field in fields_table.shown_in(fields_table.CANVAS, kind):
        if field.type in _READ_BACK:
            for label in (field.label(), field.label("da"), field.label("en")):
                found.setdefault(label, field)
    return found
