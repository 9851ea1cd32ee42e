"""The minutes as Markdown: the same content as the PDF's minutes.

User text is escaped so that no Markdown or HTML in it is interpreted by whatever
renders the file, while the raw file stays readable: characters that start inline
markup are backslash-escaped everywhere, and markers that only count at the start
of a line (lists, headings, quotes) are escaped there.
"""

from __future__ import annotations

import re

from kerneopgave_desktop.domain.minutes import Heading, Item, Line, label, minutes
from kerneopgave_desktop.domain.model import Board, Snapshot, Workshop

_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_MARKER = re.compile(r"^([#>+=-])")
_NUMBERED = re.compile(r"^(\d+)([.)])")


def escape(text: str) -> str:
    """One line of plain text that Markdown renders as itself."""
    line = _INLINE.sub(r"\\\1", text.replace("\t", " ").strip())
    line = _MARKER.sub(r"\\\1", line)  # a list, heading or quote marker at the start
    return _NUMBERED.sub(r"\1\\\2", line)  # "1." starts a numbered list: escape the dot


def _lines(text: str) -> str:
    """Multi-line text as Markdown hard line breaks (a backslash at each line's end)."""
    parts = [escape(line) for line in text.replace("\r\n", "\n").split("\n")]
    return "\\\n  ".join(part for part in parts if part)


def dumps(workshop: Workshop, boards: list[Board] | None = None,
          since: Snapshot | None = None) -> str:
    out: list[str] = []
    for block in minutes(workshop, boards, since):
        if isinstance(block, Heading):
            if out and out[-1]:
                out.append("")
            out.append(f"{'#' * block.level} {escape(block.text)}")
            out.append("")
        elif isinstance(block, Line):
            out.append(f"**{escape(label(block))}** {_lines(block.value)}  ")
        elif isinstance(block, Item):
            out.append(f"- {_lines(block.text)}")
            for line in block.details:
                out.append(f"  - *{escape(label(line))}* {_lines(line.value)}")
    return "\n".join(out).rstrip() + "\n"
