"""JSON Canvas 1.0 (jsoncanvas.org), the open format of Obsidian and others, both ways.

Export: cards become `text` nodes whose Markdown carries everything a reader needs (a
bold header with the kind and its coded fields, the card's text with Markdown escaped,
then a list of its other fields: poles, decision, round answers, output, votes and any
field of a newer kind), zones become `group` nodes, links become edges. What the spec
has no field for travels in extra `kerneopgave` fields, which the spec allows and
other tools keep: the card, zone and link records, and the board's id and title. So
our own export comes back exactly, and a card whose text was edited elsewhere is read
from its Markdown.

Import takes any valid canvas and says what it dropped or changed (`read`): an unknown
node type, a node it cannot place, an edge to a group, to itself or to nowhere, an edge's
colour, a group's background; Markdown becomes plain text, `link` and `file` nodes
become notes holding the address or path, and a group that a card would hide the
label of grows upwards. A plugin's extra fields are ignored.

The export is interchange.canvas_export, the import interchange.canvas_import, and what both
share (the preset colours, our Markdown's header and detail fields) interchange.canvas_format;
this module gives their names.
"""

from kerneopgave_desktop.interchange.canvas_export import dumps, to_dict
from kerneopgave_desktop.interchange.canvas_format import NODE_TYPES, OURS, PRESETS, header_fields
from kerneopgave_desktop.interchange.canvas_import import MAX_NOTES, loads, plain_text, read

__all__ = ["MAX_NOTES", "NODE_TYPES", "OURS", "PRESETS", "dumps", "header_fields", "loads",
           "plain_text", "read", "to_dict"]
