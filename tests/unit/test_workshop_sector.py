"""The workshop's sector: a code of the sectors or none, kept in the file and in JSON."""

from __future__ import annotations

import dataclasses

import pytest

from kerneopgave_desktop.document import EditWorkshop, create_document, open_document
from kerneopgave_desktop.domain.model import ModelError, WorkshopInfo
from kerneopgave_desktop.interchange import InterchangeError
from kerneopgave_desktop.interchange import json as json_format
from tests.factories import sample_workshop


def test_a_sector_is_a_code_of_the_sectors_or_none():
    assert WorkshopInfo().sector is None
    assert WorkshopInfo(sector="jobcentre").sector == "jobcentre"
    with pytest.raises(ModelError, match="sector"):
        WorkshopInfo(sector="Jobcenter")


def test_the_file_keeps_the_sector_and_undo_takes_it_back(tmp_path):
    path = tmp_path / "w.kerneopgave"
    document = create_document(path, sample_workshop())
    document.apply(EditWorkshop(sector="elderly_health"))
    assert document.undo_label == "Rediger oplysninger om arbejdsmødet"
    again = open_document(path, read_only=True)
    again.close()
    assert again.workshop.info.sector == "elderly_health"
    document.undo()
    document.close()
    again = open_document(path, read_only=True)
    again.close()
    assert again.workshop.info.sector is None


def test_json_carries_the_sector_only_when_there_is_one():
    plain = json_format.dumps(sample_workshop())
    assert '"sector"' not in plain.split('"boards"')[0]  # as before sectors
    workshop = sample_workshop()
    workshop.info = dataclasses.replace(workshop.info, sector="culture")
    text = json_format.dumps(workshop)
    assert '"sector": "culture"' in text
    assert json_format.loads(text).info.sector == "culture"
    assert json_format.dumps(json_format.loads(text)) == text
    with pytest.raises(InterchangeError, match="sector"):
        json_format.loads(text.replace('"sector": "culture"', '"sector": "kultur"'))


def test_the_command_makes_a_workshop_of_a_sector(tmp_path, capsys):
    from kerneopgave_desktop.cli import main
    from kerneopgave_desktop.storage import Store

    path = tmp_path / "ny.kerneopgave"
    assert main(["new", str(path), "--sector", "technical"]) == 0
    store, workshop = Store.open(path, read_only=True)
    store.close()
    assert workshop.info.sector == "technical"
    assert main(["new", str(tmp_path / "x.kerneopgave"), "--sector", "Teknik"]) == 2
    assert "technical" in capsys.readouterr().err
