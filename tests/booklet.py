"""Fingerprints of the booklet's wording, to check that our texts never copy it.

The program's texts must be our own words (docs: the booklet "Kerneopgaven i hverdagen"
is credited, not quoted). The booklet itself is not part of the repository, so the
test compares against fingerprints: a short hash of every run of `RUN` consecutive
words in it. Any booklet sentence of `RUN` or more words contains such a run, so a text
with none of them copies no such sentence. Rebuild the fingerprints with
`python -m tests.booklet PATH-TO-THE-BOOKLET.txt`.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

RUN = 8
"""Words in a run: the length of the shortest sentence the check must catch."""
FINGERPRINTS = Path(__file__).resolve().parent / "unit" / "booklet_runs.txt"


def words(text: str) -> list[str]:
    """The text's words in lower case, without punctuation, with line-end hyphens joined."""
    joined = re.sub(r"-\n\s*(?=[a-zæøå])", "", text)
    return re.findall(r"\w+", joined.lower())


def runs(text: str) -> Iterator[str]:
    """Every run of RUN consecutive words in `text`, as one string."""
    found = words(text)
    for start in range(len(found) - RUN + 1):
        yield " ".join(found[start:start + RUN])


def fingerprint(run: str) -> str:
    return hashlib.blake2b(run.encode("utf-8"), digest_size=6).hexdigest()


def fingerprints() -> set[str]:
    return set(FINGERPRINTS.read_text(encoding="ascii").split())


if __name__ == "__main__":
    booklet = Path(sys.argv[1]).read_text(encoding="utf-8")
    FINGERPRINTS.write_text("".join(f"{p}\n" for p in sorted({fingerprint(r)
                                                               for r in runs(booklet)})),
                            encoding="ascii")
    print(f"{FINGERPRINTS}: {len(fingerprints())} runs of {RUN} words")
