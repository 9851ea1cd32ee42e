"""Property tests (hypothesis) for the importers and the limits: any input is imported or
refused with an InterchangeError, our own exports read back, the model holds its bounds."""

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kerneopgave_desktop.domain.model import (
    MAX_COORDINATE,
    MAX_SIZE,
    MAX_VOTES,
    MIN_SIZE,
    Board,
    Dilemma,
    ModelError,
    Note,
    Workshop,
    WorkshopInfo,
    Zone,
)
from kerneopgave_desktop.interchange import InterchangeError, canvas, parse_json
from kerneopgave_desktop.interchange import csv as csv_format
from kerneopgave_desktop.interchange import json as json_format
from kerneopgave_desktop.storage import Store

SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])

texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=60) | st.sampled_from(
    ["'=x", "''=x", "'", "=", "\r", "\r\n", "a\rb", ";", '"', "\ufeff", "\x00", "-1", "+"])
coordinates = st.floats(-MAX_COORDINATE, MAX_COORDINATE, allow_nan=False)
sizes = st.floats(MIN_SIZE, MAX_SIZE, allow_nan=False)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["id", "type", "x", "y", "width", "height", "text",
                                       "nodes", "edges", "fromNode", "toNode", "label",
                                       "color", "format", "version", "boards", "cards",
                                       "kind", "zones", "links", "from", "to"]) | texts,
                      children, max_size=6), max_leaves=30)


@st.composite
def workshops(draw):
    board = Board(id="b", title=draw(texts))
    for i in range(draw(st.integers(0, 4))):
        geometry = {"x": draw(coordinates), "y": draw(coordinates), "width": draw(sizes),
                    "height": draw(sizes)}
        if draw(st.booleans()):
            card = Note(id=f"n{i}", text=draw(texts), votes=draw(st.integers(0, MAX_VOTES)),
                        **geometry)
        else:
            card = Dilemma(id=f"n{i}", text=draw(texts), pole_a=draw(st.none() | texts),
                           decision=draw(texts), **geometry)
        board.cards[card.id] = card
    if draw(st.booleans()):
        board.zones["z"] = Zone(id="z", title=draw(texts), x=draw(coordinates),
                                width=draw(sizes))
    return Workshop(info=WorkshopInfo(title=draw(texts), participants=(draw(texts),)),
                    boards=[board])


@settings(SETTINGS, max_examples=40)  # each example writes and syncs a file
@given(workshops())
@pytest.mark.slow
def test_our_json_imports_to_an_equal_workshop_through_the_file_too(tmp_path, workshop):
    text = json_format.dumps(workshop)
    assert json_format.loads(text) == workshop
    path = tmp_path / "w.kerneopgave"
    path.unlink(missing_ok=True)
    Store.create(path, json_format.loads(text)).close()
    store, again = Store.open(path, read_only=True)
    store.close()
    assert json_format.dumps(again) == text


@SETTINGS
@given(st.lists(texts, min_size=1, max_size=5))
@pytest.mark.slow
def test_our_csv_of_any_card_imports_with_its_text_intact(card_texts):
    board = Board(id="b", title="T", cards={f"c{i}": Note(id=f"c{i}", text=text)
                                            for i, text in enumerate(card_texts)})
    again = csv_format.loads(csv_format.dumps(Workshop(boards=[board])))
    assert [c.text for b in again.boards for c in b.cards.values()] == card_texts


@SETTINGS
@given(workshops())
@pytest.mark.slow
def test_our_canvas_imports_again_with_every_card(workshop):
    board = canvas.loads(canvas.dumps(workshop.boards[0])).boards[0]
    assert list(board.cards) == list(workshop.boards[0].cards)


@pytest.mark.parametrize("load", [json_format.loads, canvas.loads, csv_format.loads])
@SETTINGS
@given(value=json_values)
@pytest.mark.slow
def test_any_json_value_is_imported_or_refused_cleanly(load, value):
    text = json.dumps(value)
    try:
        load(text)
    except InterchangeError as error:
        assert str(error) and "\n" not in str(error)


@SETTINGS
@given(st.text(max_size=200))
def test_any_text_is_imported_or_refused_cleanly(text):
    for load in (parse_json, json_format.loads, canvas.loads, csv_format.loads):
        try:
            load(text)
        except InterchangeError as error:
            assert str(error) and "\n" not in str(error)


@SETTINGS
@given(st.floats() | st.integers(), st.sampled_from(["x", "y", "width", "height"]))
def test_the_model_takes_a_number_exactly_when_it_is_within_its_limits(value, name):
    low, high = (-MAX_COORDINATE, MAX_COORDINATE) if name in "xy" else (MIN_SIZE, MAX_SIZE)
    within = not (isinstance(value, float) and math.isnan(value)) and low <= value <= high
    try:
        card = Note(id="n", **{name: value})
    except ModelError:
        assert not within
    else:
        assert within and getattr(card, name) == float(value)
