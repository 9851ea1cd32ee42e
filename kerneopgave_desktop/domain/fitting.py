"""Text fitted into a box: the text's own line breaks kept, words wrapped, and a sign ("…")
wherever something does not fit. No Qt.

The canvas and the PDF both break a card's text, a zone's title, a band or a label with these
functions, each measuring with its own fonts (`Measure`: Qt's font metrics on screen,
reportlab's on paper), so that what is shown and what is cut follow one rule everywhere:
nothing is lost without an ellipsis, and no line is drawn only in part.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

ELLIPSIS = "…"
Measure = Callable[[str], float]
"""The width of a text in one font at one size (board units)."""

_BREAKS = re.compile("\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")
"""Every line break a user can type, paste or import: a newline, Windows' CRLF, an old Mac's
CR, Unicode's line and paragraph separators (what a text editor's Shift+Enter may keep),
vertical tab and form feed (Word's manual line and page breaks) and NEL."""


def paragraphs(text: str) -> list[str]:
    """The text's own lines, split at every line break (see _BREAKS); blank lines stay."""
    return _BREAKS.split(text)


def one_line(text: str) -> str:
    """The text on one line: its line breaks and runs of white space as single spaces."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Fitted:
    """Text broken into lines for a box."""

    lines: list[str]
    cut: bool = False
    """Some text did not fit: the last line ends with an ellipsis (or no line fitted)."""
    broken: bool = False
    """A word wider than the box was broken between two lines."""


def _longest(text: str, width: float, measure: Measure, suffix: str = "") -> int:
    """How many of `text`'s first characters fit `width` with `suffix` after them."""
    low, high = 0, len(text)
    while low < high:  # the largest n with measure(text[:n] + suffix) <= width
        middle = (low + high + 1) // 2
        if measure(text[:middle] + suffix) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _wrap_paragraph(paragraph: str, width: float, measure: Measure, lines: list[str],
                    limit: int) -> bool:
    """Append the paragraph's lines (at most up to `limit` lines in all); whether a word was
    broken. A line's width is the sum of its words and spaces: each word is measured once."""
    broken = False
    space = measure(" ")
    line, used = "", 0.0
    for word in paragraph.split():
        length = measure(word)
        if line and used + space + length <= width:
            line, used = f"{line} {word}", used + space + length
            continue
        if line:
            lines.append(line)
            if len(lines) >= limit:
                return broken
        while length > width:  # wider than the box: as much as fits on each line
            broken = True
            keep = max(1, _longest(word, width, measure))
            lines.append(word[:keep])
            if len(lines) >= limit:
                return broken
            word = word[keep:]
            length = measure(word)
        line, used = word, length
    lines.append(line)
    return broken


def wrap(text: str, width: float, measure: Measure, limit: int | None = None) -> Fitted:
    """`text` in lines no wider than `width`: its own line breaks kept (a blank line too),
    words wrapped at spaces, a word wider than the box broken. At most `limit` lines are
    made; `cut` says whether there was more."""
    most = (limit if limit is not None else len(text) + 1) + 1  # one more: is there more?
    lines: list[str] = []
    broken = False
    for paragraph in paragraphs(text):
        broken = _wrap_paragraph(paragraph, width, measure, lines, most) or broken
        if len(lines) >= most:
            break
    if limit is not None and len(lines) > limit:
        return Fitted(lines[:limit], cut=True, broken=broken)
    return Fitted(lines, broken=broken)


def with_ellipsis(line: str, width: float, measure: Measure) -> str:
    """`line` ending in an ellipsis, shortened as far as needed to fit `width`."""
    line = line.rstrip()
    keep = _longest(line, width, measure, ELLIPSIS)
    return line[:keep].rstrip(" ,;:-–") + ELLIPSIS


def fit(text: str, width: float, max_lines: int, measure: Measure) -> Fitted:
    """`text` in at most `max_lines` lines of `width`; if it needs more, the last line
    shown ends with an ellipsis (see `with_ellipsis`)."""
    if max_lines <= 0:
        return Fitted([], cut=bool(text.strip()))
    wrapped = wrap(text, width, measure, limit=max_lines)
    if not wrapped.cut:
        return wrapped
    lines = list(wrapped.lines)
    lines[-1] = with_ellipsis(lines[-1], width, measure)
    return Fitted(lines, cut=True, broken=wrapped.broken)


def elide(text: str, width: float, measure: Measure) -> str:
    """One line: `text` (its line breaks as spaces) whole if it fits `width`, else as much
    of its beginning as fits, ending in an ellipsis."""
    line = one_line(text)
    if measure(line) <= width:
        return line
    return with_ellipsis(line, width, measure)
