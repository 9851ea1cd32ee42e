"""Plain-text helpers shared by every layer: user text shown safely in one-line messages."""

from __future__ import annotations

import re

_INVISIBLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f"  # C0 and C1 controls, DEL
    r"\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"  # zero-width, separators, bidi
    r"\ud800-\udfff"  # lone surrogates: a file name's undecodable bytes (surrogateescape)
    r"\ufeff\ufffe\uffff]")  # BOM and non-characters
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: object, limit: int = 200) -> str:
    """`text` for a one-line message: control, bidi and other invisible characters as
    visible escapes (a newline as \\n, ESC as \\x1b, U+202E as \\u202e), and at most
    `limit` characters, so that user text can neither break the line nor steer a terminal."""
    value = str(text)
    if len(value) > limit:
        value = value[:limit] + "…"

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in _NAMED:
            return _NAMED[char]
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _INVISIBLE.sub(escape, value)
