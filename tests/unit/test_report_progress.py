"""The PDF report tells how far it has come and stops when told to, writing nothing."""

from __future__ import annotations

import pytest

from kerneopgave_desktop.domain.model import Board, Link, Note, Workshop
from kerneopgave_desktop.domain.progress import SCALE, Cancelled
from kerneopgave_desktop.printing.report import write_report


def workshop(cards: int) -> Workshop:
    board = Board(id="b", title="Stor")
    for i in range(cards):
        board.cards[f"c{i}"] = Note(id=f"c{i}", text=f"Kort {i}", x=i % 40 * 260.0,
                                    y=i // 40 * 170.0)
        if i:
            board.links[f"l{i}"] = Link(id=f"l{i}", source=f"c{i - 1}", target=f"c{i}")
    return Workshop(boards=[board])


@pytest.mark.slow
def test_the_report_tells_its_progress_from_nothing_to_all_of_it(tmp_path):
    told: list[tuple[int, int]] = []
    write_report(workshop(1200), str(tmp_path / "r.pdf"), progress=lambda *step: told.append(step))
    done = [value for value, _ in told]
    assert {total for _, total in told} == {SCALE}
    assert done[0] == 0 and done[-1] == SCALE and done == sorted(done)
    assert len(set(done)) > 10  # drawing the board, laying out the minutes, writing the pages
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("at", [SCALE // 20, SCALE // 2, SCALE * 19 // 20])
def test_a_report_cancelled_anywhere_writes_nothing(tmp_path, at):
    target = tmp_path / "r.pdf"
    told: list[int] = []

    def progress(done: int, total: int) -> None:
        told.append(done)
        if done >= at:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_report(workshop(1200), str(target), progress=progress)
    assert told[-1] >= at and not target.exists()
