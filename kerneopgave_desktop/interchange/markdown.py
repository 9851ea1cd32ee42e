"""The minutes as Markdown: the same content as the PDF's minutes.

User text is escaped so that no Markdown or HTML in it is interpreted by whatever
renders the file, while the raw file stays readable: characters that start inline
markup are backslash-escaped everywhere, and markers that only count at the start
of a line (lists, headings, quotes) are escaped there.

Nothing becomes a live link either, under CommonMark or GitHub's autolinks: `<` is
escaped, so is the colon of `https://` and the dot of `www.`; an e-mail address is set
as code, because a renderer joins escaped text back together before it looks for one.
"""

from __future__ import annotations

import re

from kerneopgave_desktop.domain.fitting import paragraphs
from kerneopgave_desktop.domain.minutes import Heading, Item, Line, Table, label, minutes
from kerneopgave_desktop.domain.model import Board, Snapshot, Workshop

_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_SCHEME = re.compile(r":(?=//)")
"""The colon of `https://`, `ftp://`, ...: escaped, no renderer sees a URL."""
_WWW = re.compile(r"(www)\.", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w.-]+")
"""Wider than any renderer's idea of an address (letters beyond ASCII included)."""
_MARKER = re.compile(r"^([#>+=-])")
_CLOSING = re.compile(r"(\s)(#+)$")
"""A heading's closing hashes, which a renderer would drop."""
_NUMBERED = re.compile(r"^(\d+)([.)])")


def _inline(text: str) -> str:
    text = _INLINE.sub(r"\\\1", text)
    text = _SCHEME.sub(r"\\:", text)
    return _WWW.sub(r"\1\\.", text)


def _line_start(line: str) -> str:
    line = _MARKER.sub(r"\\\1", line)  # a list, heading or quote marker at the start
    return _NUMBERED.sub(r"\1\\\2", line)  # "1." starts a numbered list: escape the dot


def escape(text: str) -> str:
    """One line of plain text that Markdown renders as itself, with no URL made a link.

    Used by JSON Canvas too, whose import removes every backslash escape again."""
    return _line_start(_inline(text.replace("\t", " ").strip()))


def _minutes_line(text: str, start: bool = True) -> str:
    """One line for the minutes: as `escape`, with each e-mail address as code; `start`
    False for text inside a line (a table's cell), where no line-start marker counts."""
    text = " ".join(paragraphs(text)).replace("\t", " ").strip()
    parts, end = [], 0
    for match in _EMAIL.finditer(text):
        parts += [_inline(text[end:match.start()]), f"`{match.group()}`"]
        end = match.end()
    parts.append(_inline(text[end:]))
    return _line_start("".join(parts)) if start else "".join(parts)


def _lines(text: str) -> str:
    """Multi-line text as Markdown hard line breaks (a backslash at each line's end); a
    blank line inside the text stays, as a line holding only its break."""
    parts = [_minutes_line(line) for line in paragraphs(text)]
    while parts and not parts[0]:
        parts.pop(0)
    while parts and not parts[-1]:
        parts.pop()
    return "\\\n  ".join(parts)


def _cell(text: str) -> str:
    """A table cell: one line (its line ends as spaces), escaped, never empty."""
    return _minutes_line(text, start=False) or " "


def _table(table: Table) -> list[str]:
    """A GitHub-style table (a pipe in a cell is escaped by `_inline`), then a blank line."""
    lines = ["| " + " | ".join(_cell(text) for text in table.headers) + " |",
             "|" + "|".join(" --- " for _ in table.headers) + "|"]
    lines += ["| " + " | ".join(_cell(text) for text in row) + " |" for row in table.rows]
    return [*lines, ""]


def dumps(workshop: Workshop, boards: list[Board] | None = None,
          since: Snapshot | None = None) -> str:
    out: list[str] = []
    for block in minutes(workshop, boards, since):
        if isinstance(block, Heading):
            if out and out[-1]:
                out.append("")
            heading = _CLOSING.sub(r"\1\\\2", _minutes_line(block.text))
            out.append(f"{'#' * block.level} {heading}")
            out.append("")
        elif isinstance(block, Line):
            out.append(f"**{_minutes_line(label(block))}** {_lines(block.value)}  ")
        elif isinstance(block, Item):
            out.append(f"- {_lines(block.text)}")
            for line in block.details:
                out.append(f"  - *{_minutes_line(label(line))}* {_lines(line.value)}")
        elif isinstance(block, Table):
            out += _table(block)
    return "\n".join(out).rstrip() + "\n"
