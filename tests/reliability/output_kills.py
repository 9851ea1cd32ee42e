"""Kill `import -o` and `export` at random moments; the target must be absent or whole.

A child process (forked, so no interpreter start-up per trial) runs the command line's
`main` on a workshop of a few thousand cards; the parent kills it with SIGKILL after a
random delay spread over the command's whole run. Then the target is checked: either it
does not exist, or it is complete (an imported workshop opens read-only, passes
integrity and equals the source; an export is byte for byte what an unkilled run wrote).
A temporary `.NAME.*.part` a kill leaves beside the target is counted, and removed.

Run: python -m tests.reliability.output_kills [--trials 2000]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from kerneopgave_desktop.cli import main
from kerneopgave_desktop.domain.model import Board, Note, Workshop, WorkshopInfo
from kerneopgave_desktop.interchange import json as json_format
from kerneopgave_desktop.storage import FileProblem, Store


@dataclass
class Tally:
    trials: int = 0
    absent: int = 0
    whole: int = 0
    leftovers: int = 0
    problems: list[str] = field(default_factory=list)


def _workshop(cards: int) -> Workshop:
    board = Board(id="b", title="Tavle")
    for i in range(cards):
        board.cards[f"c{i}"] = Note(id=f"c{i}", text=f"kort {i} æøå " * 20, x=i % 50 * 260.0,
                                    y=i // 50 * 170.0)
    return Workshop(info=WorkshopInfo(title="Drab"), boards=[board])


def _run(args: list[str]) -> float:
    """Run the command to its end in a child; how long it took."""
    start = time.perf_counter()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child never returns)
        os._exit(_quiet(args))
    _, status = os.waitpid(child, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{args} failed unkilled")
    return time.perf_counter() - start


def _quiet(args: list[str]) -> int:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        return main(args)
    except BaseException:
        return 99


def _kill_during(args: list[str], longest: float, rng: random.Random) -> None:
    child = os.fork()
    if child == 0:  # pragma: no cover
        os._exit(_quiet(args))
    time.sleep(rng.uniform(0.0, longest))
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)


def _sweep(folder: Path, tally: Tally) -> None:
    for path in folder.iterdir():
        if path.name.startswith("."):
            tally.leftovers += path.name.endswith(".part")
            path.unlink()


def _check_import(target: Path, expected: str, tally: Tally) -> None:
    if not target.exists():
        tally.absent += 1
        return
    try:
        store, workshop = Store.open(target, read_only=True)
    except FileProblem as error:
        tally.problems.append(f"import: {error}")
        return
    try:
        if store.integrity() or json_format.dumps(workshop) != expected:
            tally.problems.append("import: the file under the target name is not whole")
        else:
            tally.whole += 1
    finally:
        store.close()
    target.unlink()


def _check_export(target: Path, expected: bytes, tally: Tally) -> None:
    if not target.exists():
        tally.absent += 1
        return
    if target.read_bytes() != expected:
        tally.problems.append(f"export: {target.stat().st_size} bytes, not {len(expected)}")
    else:
        tally.whole += 1
    target.unlink()


def run(trials: int, seed: int = 14, cards: int = 3000) -> dict[str, Tally]:
    """`trials` kills of each command; the tallies by command."""
    rng = random.Random(seed)
    tallies = {"import": Tally(), "export": Tally()}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "kilde.json"
        expected_json = json_format.dumps(_workshop(cards))
        source.write_text(expected_json, encoding="utf-8")
        workshop_file = folder / "kilde.kerneopgave"
        Store.create(workshop_file, _workshop(cards)).close()
        out = folder / "ud"
        out.mkdir()
        commands = {
            "import": (["import", str(source), "-o", str(out / "ny.kerneopgave")],
                       out / "ny.kerneopgave"),
            "export": (["export", str(workshop_file), "--format", "json", "-o",
                        str(out / "ud.json")], out / "ud.json"),
        }
        durations = {}
        for name, (args, target) in commands.items():
            durations[name] = _run(args)
            if name == "export":
                expected_export = target.read_bytes()
            target.unlink()
        for _ in range(trials):
            for name, (args, target) in commands.items():
                tally = tallies[name]
                tally.trials += 1
                _kill_during(args, durations[name] * 1.1, rng)
                if name == "import":
                    _check_import(target, expected_json, tally)
                else:
                    _check_export(target, expected_export, tally)
                _sweep(out, tally)
    return tallies


def report(tallies: dict[str, Tally]) -> str:
    return "\n".join(f"{name}: {t.trials} kills, {t.absent} left no file, {t.whole} left the "
                     f"whole file, {len(t.problems)} partial, {t.leftovers} temporary files "
                     f"left beside it" for name, t in tallies.items())


def _main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    tallies = run(args.trials, args.seed)
    print(report(tallies))
    problems = [p for t in tallies.values() for p in t.problems]
    for problem in problems[:20]:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(_main())
