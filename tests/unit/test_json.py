"""Lossless JSON: export, import, export again gives the same text."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kerneopgave_desktop.domain.model import Note
from kerneopgave_desktop.interchange import InterchangeError
from kerneopgave_desktop.interchange.json import dumps, loads, to_dict
from kerneopgave_desktop.storage import Store
from tests.factories import HOSTILE_TEXTS, sample_workshop


def hostile_workshop():
    workshop = sample_workshop()
    board = workshop.boards[0]
    for i, text in enumerate(HOSTILE_TEXTS):
        board.cards[f"h{i}"] = Note(id=f"h{i}", text=text)
    return workshop


def test_the_top_level_has_the_documented_shape():
    data = to_dict(sample_workshop())
    assert list(data) == ["format", "version", "workshop", "boards", "snapshots", "decks"]
    assert data["format"] == "kerneopgave" and data["version"] == 1
    assert list(data["workshop"]) == ["title", "workplace", "date", "facilitator", "participants",
                                      "professions"]
    assert data["workshop"]["date"] == "2026-03-03"
    board = data["boards"][0]
    assert list(board) == ["id", "title", "template", "zones", "cards", "links"]
    assert list(board["zones"][0]) == ["id", "title", "x", "y", "width", "height", "color",
                                       "locked", "kind", "stop"]
    core = board["cards"][0]
    assert core["kind"] == "core_task" and core["level"] == "team"
    assert core["perspective"] == "experienced"
    assert list(board["links"][0]) == ["id", "from", "to", "kind", "label"]
    dilemma = next(c for c in board["cards"] if c["kind"] == "dilemma")
    assert {"pole_a", "pole_b", "status", "decision"} <= set(dilemma)
    effect = next(c for c in board["cards"] if c["kind"] == "effect")
    assert {"output", "beneficiary", "involvement"} <= set(effect)


def test_hostile_text_survives_export_import_export_byte_for_byte(tmp_path):
    first = dumps(hostile_workshop())
    assert loads(first) == hostile_workshop()
    assert dumps(loads(first)) == first
    for text in HOSTILE_TEXTS:
        assert json.dumps(text, ensure_ascii=False)[1:-1] in first


def test_hostile_text_survives_the_file_too(tmp_path):
    path = tmp_path / "w.kerneopgave"
    Store.create(path, loads(dumps(hostile_workshop()))).close()
    store, workshop = Store.open(path)
    store.close()
    assert dumps(workshop) == dumps(hostile_workshop())


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
@pytest.mark.slow
def test_any_text_round_trips(text):
    workshop = sample_workshop()
    workshop.boards[0].cards["x"] = Note(id="x", text=text)
    first = dumps(workshop)
    assert dumps(loads(first)) == first
    assert loads(first).boards[0].cards["x"].text == text


@pytest.mark.parametrize("text", [
    "", "not json", "[]", '{"format": "other"}', '{"format": "kerneopgave"}',
    '{"format": "kerneopgave", "version": 99}',
    '{"format": "kerneopgave", "version": 1, "boards": [{"id": "b", "cards": [{"id": "c"}]}]}',
    '{"format": "kerneopgave", "version": 1, "boards": [{"id": "b", "cards": '
    '[{"id": "c", "kind": "note", "mood": "glad"}]}]}',
    '{"format": "kerneopgave", "version": 1, "boards": [{"id": "b", "links": '
    '[{"id": "l", "from": "a", "to": "b"}]}]}',
    '{"format": "kerneopgave", "version": 1, "boards": [{"id": "b"}, {"id": "b"}]}',
    '{"format": "kerneopgave", "version": 1, "workshop": {"date": "3. marts"}}',
    '{"format": "kerneopgave", "version": 1, "boards": [{"id": "b", "cards": '
    '[{"id": "c", "kind": "note", "text": "\\ud800"}]}]}',
    '{"format": "kerneopgave", "version": 1, "boards": [{"id": "b", "cards": '
    '[{"id": "c", "kind": "note", "x": "1"}]}]}',
])
def test_bad_json_is_refused_with_a_danish_message(text):
    with pytest.raises(InterchangeError) as caught:
        loads(text)
    message = str(caught.value)
    assert message and any(word in message for word in ("JSON", "Kerneopgave"))
