"""`kerneopgave check` lists the cards that look like they hold personal data, masked."""

from __future__ import annotations

from kerneopgave_desktop.cli import main
from kerneopgave_desktop.domain.model import Board, Note, Workshop
from kerneopgave_desktop.storage import Store
from tests.unit.test_personal import RAW, workshop_with_personal_data


def test_check_lists_the_cards_with_the_data_masked(tmp_path, capsys):
    path = tmp_path / "w.kerneopgave"
    Store.create(path, workshop_with_personal_data()).close()
    assert main(["check", str(path)]) == 0  # not damage: a word to the team
    out = capsys.readouterr().out
    lines = out.splitlines()
    start = lines.index("Ligner personoplysninger: 4 kort. Kortene handler om arbejdet, ikke "
                        "om navngivne borgere.")
    assert lines[start + 1:] == [
        "  [Tavle 23••••••] Note, Tekst: »Ring til 23 •• •• ••« (et telefonnummer)",
        "  [Tavle 23••••••] Note, Tekst: »Mail til al•@••••••.••« (en e-mailadresse)",
        "  [Tavle 23••••••] Note, Fra: »bi••••@••••••.••« (en e-mailadresse)",
        "  [Tavle 23••••••] Dilemma, Pol A: »01••••••••« (et CPR-nummer)",
        "  [Tavle 23••••••] Dilemma, Svar fra runden: »a@•.••« (en e-mailadresse)",
        "  [Tavle 23••••••] Aftale · Aftalt, Ansvarlig: »Mette 23•• ••••« (et telefonnummer)"]
    assert not [raw for raw in RAW if raw in "\n".join(lines[start:])]


def test_check_says_nothing_of_it_when_there_is_none(tmp_path, capsys):
    path = tmp_path / "w.kerneopgave"
    Store.create(path, Workshop(boards=[Board(id="b", cards={
        "n": Note(id="n", text="Møde 3. marts 2026 kl. 14.30, 1.250.000 kr.")})])).close()
    assert main(["check", str(path)]) == 0
    assert "personoplysning" not in capsys.readouterr().out
