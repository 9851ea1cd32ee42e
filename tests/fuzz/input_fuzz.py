"""Fuzz the command line's importers and exports; every outcome is a success or one clean line.

Families:
- json, canvas, csv: `kerneopgave import` of generated valid files and of mutants of them
  (bytes flipped, spliced or inserted; numbers and strings replaced by huge or odd ones;
  deep nesting; structure changed: wrong types, missing and unknown keys, ids used twice,
  long texts; other encodings and byte order marks). A valid file must import, and to the
  same workshop (JSON) or the same card texts (CSV).
- export: generated workshops (hostile text, numbers at the limits) exported in every
  format; each output must be valid (SVG parses as XML, the Markdown has no live link,
  JSON and CSV read back to the same content, the canvas imports again).
- compare: two versions of a generated workshop, and a snapshot against now.

An outcome is a success (exit 0, valid output), a clean refusal (exit 1 or 2 and one line
on stderr with no control characters), a traceback (an exception out of `main`, or an
unclean message), a hang (over the per-input time limit) or an invalid output.

Run: python -m tests.fuzz.input_fuzz --count 20000 [--seed 14] [--families json,csv]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kerneopgave_desktop.cli import main
from kerneopgave_desktop.domain.model import MAX_TEXT
from kerneopgave_desktop.domain.text import visible
from kerneopgave_desktop.interchange import canvas
from kerneopgave_desktop.interchange import csv as csv_format
from kerneopgave_desktop.interchange import json as json_format
from kerneopgave_desktop.interchange.reader import MAX_IMPORT_BYTES
from kerneopgave_desktop.storage import Store
from tests.danish import english_in
from tests.fuzz import input_mutations as mutations
from tests.fuzz.input_workshops import workshop
from tests.fuzz.limits import Hang, time_limit

FAMILIES = ("json", "canvas", "csv", "export", "compare")
SHARE = {"json": 0.3, "canvas": 0.22, "csv": 0.22, "export": 0.18, "compare": 0.08}
"""How a total count is spread over the families."""
LIMITS = {"json": 10.0, "canvas": 10.0, "csv": 10.0, "export": 30.0, "compare": 20.0}
"""Seconds one input may take before it counts as a hang."""
EXPORTS = ("pdf", "png", "svg", "json", "canvas", "csv", "md")


@dataclass
class Failure:
    family: str
    index: int
    kind: str
    detail: str
    data: bytes = b""


@dataclass
class Tally:
    inputs: int = 0
    refusals: int = 0
    successes: int = 0
    tracebacks: int = 0
    hangs: int = 0
    invalid: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    def row(self, name: str) -> str:
        return (f"{name:<8} {self.inputs:>7} {self.refusals:>9} {self.successes:>9} "
                f"{self.tracebacks:>10} {self.hangs:>5} {self.invalid:>7} {self.seconds:>8.1f}")


HEADER = (f"{'family':<8} {'inputs':>7} {'refusals':>9} {'successes':>9} {'tracebacks':>10} "
          f"{'hangs':>5} {'invalid':>7} {'seconds':>8}")


def run_cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


def _clean(err: str) -> bool:
    """One line, starting as every message does, with nothing a terminal would act on, and
    in Danish: no English words from the model's, Python's or a library's own messages."""
    line = err.removesuffix("\n")
    return (err.endswith("\n") and "\n" not in line and line.startswith("kerneopgave: ")
            and len(line) > len("kerneopgave: ") and visible(line, len(line)) == line
            and english_in(line) is None)



class Case:
    """One input: run it, classify it, count it."""

    def __init__(self, tally: Tally, family: str, index: int, data: bytes = b""):
        self.tally, self.family, self.index, self.data = tally, family, index, data

    def fail(self, kind: str, detail: str) -> None:
        setattr(self.tally, kind, getattr(self.tally, kind) + 1)
        self.tally.failures.append(Failure(self.family, self.index, kind, detail, self.data))

    def run(self, args: list[str], check: Callable[[], str | None] | None = None,
            must_succeed: bool = False) -> int | None:
        """The command's exit code, or None when it crashed or hung (already counted)."""
        self.tally.inputs += 1
        try:
            with time_limit(LIMITS[self.family]):
                code, _, err = run_cli(args)
                problem = check() if code == 0 and check is not None else None
        except Hang:
            self.fail("hangs", f"{args[0]} ran over {LIMITS[self.family]} s")
            return None
        except BaseException:
            self.fail("tracebacks", traceback.format_exc(limit=-8))
            return None
        if code == 0:
            if problem:
                self.fail("invalid", problem)
            else:
                self.tally.successes += 1
        elif code in (1, 2) and _clean(err):
            if must_succeed:
                self.fail("invalid", f"a valid input was refused: {err.strip()}")
            else:
                self.tally.refusals += 1
        else:
            self.fail("tracebacks", f"exit {code}, unclean stderr: {err[:500]!r}")
        return code


# -- importers ------------------------------------------------------------------------------

def _valid(rng: random.Random, family: str) -> tuple[bytes, object]:
    """A valid file of the family, and what it must import to."""
    made = workshop(rng)
    if family == "json":
        return json_format.dumps(made).encode("utf-8"), made
    if family == "canvas":
        return canvas.dumps(made.boards[0]).encode("utf-8"), made.boards[0]
    return csv_format.dumps(made).encode("utf-8"), made


def _csv_texts(boards) -> list[str]:
    """The card texts in the order a CSV import gives them back: boards of one title (an
    empty one reads as "Importeret") become one board, in the order the titles first come."""
    groups: dict[str, list[str]] = {}
    for board in boards:
        if board.cards:  # a board without cards has no rows: its title comes in no order
            texts = groups.setdefault(board.title or csv_format._tr("Importeret"), [])
            texts += [card.text for card in board.cards.values()]
    return [text for texts in groups.values() for text in texts]


def _import_check(family: str, target: Path, expected: object, exact: bool):
    def check() -> str | None:
        store, imported = Store.open(target, read_only=True)
        try:
            if store.integrity():
                return "the imported file fails its integrity check"
        finally:
            store.close()
        joined = _join(imported)
        if joined or not exact:
            return joined
        if family == "json" and json_format.dumps(imported) != json_format.dumps(expected):
            return "our own JSON imported to a different workshop"
        if family == "csv":
            texts = _csv_texts(expected.boards)
            again = [c.text for b in imported.boards for c in b.cards.values()]
            if texts != again:
                return "our own CSV lost or changed a card's text"
        if family == "canvas" and len(imported.boards[0].cards) != len(expected.cards):
            return "our own canvas lost cards"
        return None
    return check


def _join(imported) -> str | None:
    """The GUI's import, without the GUI: the new boards join a workshop as one step."""
    from kerneopgave_desktop.document import AddBoard, Document
    from kerneopgave_desktop.interchange.reader import new_boards
    from tests.factories import sample_workshop

    document = Document(sample_workshop())
    boards = new_boards(document.workshop, imported)
    with document.group("import"):
        for board in boards:
            document.apply(AddBoard(board))
    if len(document.workshop.boards) != 2 + len(boards):
        return "the GUI's import did not add every new board"
    return None


def import_case(tally: Tally, family: str, index: int, rng: random.Random, folder: Path) -> None:
    data, expected = _valid(rng, family)
    # Our own export, unchanged, must import: unless it is over the documented limit of a
    # file to import (hundreds of the longest cards), which is then a clean refusal.
    exact = rng.random() < 0.2 and len(data) <= MAX_IMPORT_BYTES
    if not exact:
        chosen = mutations.CSV_MUTATIONS if family == "csv" else mutations.JSON_MUTATIONS
        data = mutations.mutate(rng, data, chosen)
    source = folder / f"ind.{family}"
    source.write_bytes(data)
    target = folder / "ud.kerneopgave"
    case = Case(tally, family, index, data)
    case.run(["import", str(source), "-o", str(target)],
             _import_check(family, target, expected, exact), must_succeed=exact)
    _leftovers(case, folder)
    target.unlink(missing_ok=True)


def _leftovers(case: Case, folder: Path) -> None:
    for path in folder.iterdir():
        if path.name.startswith("."):
            case.fail("invalid", f"left {path.name} behind")
            path.unlink()


# -- exports --------------------------------------------------------------------------------

_ALLOWED_TAGS = {"h1", "h2", "h3", "p", "ul", "li", "strong", "em", "br", "code",
                 "table", "thead", "tbody", "tr", "th", "td"}
"""What the minutes are made of; the table is the agreements' (an `align` attribute never
comes in: the table's separator row is our own)."""


def _no_links(markdown: str) -> str | None:
    try:
        import cmarkgfm
    except ImportError:  # the test extra installs it; a bare install checks the rest
        return None
    html = cmarkgfm.github_flavored_markdown_to_html(markdown)
    tags = set(re.findall(r"<([a-z0-9]+)", html)) - _ALLOWED_TAGS
    return f"the minutes render with {sorted(tags)}" if tags else None


def _export_check(fmt: str, out: Path, made, boards) -> Callable[[], str | None]:
    def check() -> str | None:
        data = out.read_bytes()
        if fmt == "pdf":
            return None if data.startswith(b"%PDF-") else "not a PDF"
        if fmt == "png":
            return None if data.startswith(b"\x89PNG") and len(data) > 50 else "not a PNG"
        if fmt == "svg":
            import xml.etree.ElementTree as ET
            try:
                ET.fromstring(data)
            except ET.ParseError as error:
                return f"the SVG is not XML: {error}"
            return None
        text = data.decode("utf-8")
        if fmt == "md":
            return _no_links(text)
        if fmt == "json":
            return None if json_format.loads(text) == made else "JSON did not read back equal"
        if fmt == "csv":
            texts = _csv_texts(boards)
            again = [c.text for b in csv_format.loads(text).boards for c in b.cards.values()]
            return None if again == texts else "the CSV did not keep every card's text"
        again = canvas.loads(text).boards[0]
        return None if len(again.cards) == len(boards[0].cards) else "the canvas lost cards"
    return check


def export_case(tally: Tally, index: int, rng: random.Random, folder: Path) -> None:
    made = workshop(rng)
    source = folder / "kilde.kerneopgave"
    Store.create(source, made).close()
    try:
        for fmt in EXPORTS:
            out = folder / f"ud.{fmt}"
            args = ["export", str(source), "--format", fmt, "-o", str(out)]
            boards = made.boards[:1] if fmt in ("png", "svg", "canvas") else made.boards
            if rng.random() < 0.3:
                number = rng.randint(0, len(made.boards) + 1)
                args += ["--board", str(number)]
                if 1 <= number <= len(made.boards):
                    boards = [made.boards[number - 1]]
            if fmt == "png":
                args += ["--dpi", str(rng.choice([72, 96, 150, 600, 0, 601]))]
            if fmt in ("pdf", "md") and made.snapshots and rng.random() < 0.5:
                args += ["--since", made.snapshots[0].name]
            if fmt == "pdf":
                args += ["--paper", rng.choice(["A4", "A3"])]
            Case(tally, "export", index, f"seed index {index}, {fmt}".encode()).run(
                args, _export_check(fmt, out, made, boards))
            out.unlink(missing_ok=True)
    finally:
        source.unlink()


def compare_case(tally: Tally, index: int, rng: random.Random, folder: Path) -> None:
    from kerneopgave_desktop.document import Document, EditCard, MoveItems, RemoveItems
    from kerneopgave_desktop.domain.snapshots import take

    made = workshop(rng)
    first, second = folder / "a.kerneopgave", folder / "b.kerneopgave"
    Store.create(first, made).close()
    document = Document(made)
    board = made.boards[0]
    for card_id in list(board.cards)[:rng.randint(0, 5)]:
        action = rng.randrange(3)
        if action == 0:
            document.apply(EditCard(board.id, card_id, text=rng.choice(mutations.CSV_VALUES)
                                    [:MAX_TEXT]))
        elif action == 1:
            document.apply(MoveItems(board.id, {card_id: (rng.uniform(-1e7, 1e7), 0)}))
        else:
            document.apply(RemoveItems(board.id, [card_id]))
    made.snapshots.append(take(made, "før"))
    Store.create(second, made).close()
    try:
        for args in (["compare", str(first), str(second)],
                     ["compare", str(first), str(second), "--json"],
                     ["compare", str(second), "--from", "før", "--json"],
                     ["compare", str(second), "--from", made.snapshots[0].name, "--to", "før"]):
            Case(tally, "compare", index, " ".join(args[:1] + args[3:]).encode()).run(args)
    finally:
        first.unlink()
        second.unlink()


# -- running --------------------------------------------------------------------------------

def run(counts: dict[str, int], seed: int = 14,
        done: Callable[[str, Tally], None] | None = None) -> dict[str, Tally]:
    """`counts[family]` inputs of each family (a workshop for export and compare); tallies.
    `done` hears of each family as it finishes."""
    tallies = {family: Tally() for family in counts}
    base = "/dev/shm" if Path("/dev/shm").is_dir() else None  # no disk syncs per input
    folder = Path(tempfile.mkdtemp(prefix="input-fuzz-", dir=base))
    try:
        for family, count in counts.items():
            tally = tallies[family]
            start = time.perf_counter()
            for index in range(count):
                rng = random.Random(f"{seed}:{family}:{index}")
                if family == "export":
                    export_case(tally, index, rng, folder)
                elif family == "compare":
                    compare_case(tally, index, rng, folder)
                else:
                    import_case(tally, family, index, rng, folder)
            tally.seconds = time.perf_counter() - start
            if done is not None:
                done(family, tally)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return tallies


def counts_for(total: int, families: tuple[str, ...] = FAMILIES) -> dict[str, int]:
    """Spread `total` inputs over the families (an export workshop is seven inputs, a
    compare workshop four)."""
    per = {"export": len(EXPORTS), "compare": 4}
    share = sum(SHARE[f] for f in families)
    return {f: max(1, round(total * SHARE[f] / share / per.get(f, 1))) for f in families}


def report(tallies: dict[str, Tally]) -> str:
    lines = [HEADER, *(tally.row(name) for name, tally in tallies.items())]
    total = Tally(**{name: sum(getattr(t, name) for t in tallies.values())
                     for name in ("inputs", "refusals", "successes", "tracebacks", "hangs",
                                  "invalid", "seconds")})
    return "\n".join([*lines, total.row("all")])


def _main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20000, help="inputs in all")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--save", type=Path, help="write each failing input to this folder")
    args = parser.parse_args()
    families = tuple(f for f in args.families.split(",") if f)
    os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false")  # fonts' script notes
    print(HEADER, flush=True)
    tallies = run(counts_for(args.count, families), args.seed,
                  lambda name, tally: print(tally.row(name), flush=True))
    print(report(tallies).splitlines()[-1])
    failures = [f for t in tallies.values() for f in t.failures]
    for failure in failures[:20]:
        print(f"\n{failure.family} #{failure.index} {failure.kind}: {failure.detail}",
              file=sys.stderr)
    if args.save and failures:
        args.save.mkdir(parents=True, exist_ok=True)
        for failure in failures:
            (args.save / f"{failure.family}-{failure.index}-{failure.kind}").write_bytes(
                failure.data)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(_main())
