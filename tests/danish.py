"""A message in Danish: no words of an English one (the model's, Python's, a library's)
outside what it quotes, which may be user text or a key's name in any language."""

import re

_ENGLISH = re.compile(r"\b(must|is not|lacks|twice|unknown key|expecting|line \d+ column|"
                      r"invalid|cannot|error|not a|exceeds)\b", re.IGNORECASE)


def unquoted(line: str) -> str:
    """The line without what it quotes: »…«, '…' and "…"."""
    return re.sub(r"»[^«]*«|'[^']*'|\"[^\"]*\"", "", line)


def english_in(line: str) -> str | None:
    """The first English word in `line` outside its quotes, or None."""
    found = _ENGLISH.search(unquoted(line))
    return found.group(0) if found else None
