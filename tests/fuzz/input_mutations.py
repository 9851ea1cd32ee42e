"""Mutations of valid import files: bytes, text tokens, JSON structure, encodings.

Each takes a random generator and a valid input and returns a mutant as bytes (what the
importer reads from disk). Deep nesting is built as text: building it as data would make
the fuzzer itself recurse.
"""

from __future__ import annotations

import codecs
import json
import random
import re
from collections.abc import Callable
from typing import Any

from kerneopgave_desktop.domain.model import MAX_TEXT

HUGE_NUMBERS = ("1e999", "-1e999", "NaN", "Infinity", "-Infinity", "1e308", "5e-324", "-0",
                "9" * 400, "-" + "9" * 30, "9" * 5000, "18446744073709551616", "1.0", "0", "-1",
                "1000001", "999", "1000", "1e6", "10.0", "9.999999999", "100000.0000001", "true")
ODD_STRINGS = ('""', '"\\u0000"', '"\\ud800"', '"\\udfff\\ud800"', '"\\u001b[2J"', '"\\n\\r"',
               '"\\ufffe"', '"' + "x" * 70_000 + '"', '"=cmd"', '"#zz"', '"#ffffff"', '"tom"',
               '"note"', '"dilemma"', '"new"', '"b0"', '"b0c0"', '"s0"', '"2026-03-03"',
               '"2026-03-03T14:05:00+01:00"', '"i går"')
WEIRD_VALUES: tuple[Any, ...] = (None, True, False, 0, -1, 1.5, 10 ** 30, 2 ** 63, -2 ** 63 - 1,
                                 "", "x", "\x00", "\u202e", [], {}, [None],
                                 {"id": "x"}, "9" * 50, "#12345g", "b0", "b0c0", "s0")
_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
_QUOTE = re.compile(rb'"')
_SCANNED = 200_000
"""How far into a file the token mutations look for numbers and strings."""


def _span(rng: random.Random, data: bytes) -> tuple[int, int]:
    start = rng.randrange(len(data) + 1)
    return start, min(len(data), start + rng.choice([1, 2, 8, 64, 4096]))


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice([1, 2, 8, 64])):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def splice(rng: random.Random, data: bytes) -> bytes:
    """Delete, duplicate, move or truncate a span."""
    start, end = _span(rng, data)
    choice = rng.randrange(4)
    if choice == 0:
        return data[:start] + data[end:]
    if choice == 1:
        return data[:end] + data[start:end] * rng.choice([2, 10]) + data[end:]
    if choice == 2:
        at = rng.randrange(len(data) + 1)
        return data[:at] + data[start:end] + data[at:]
    return data[:start]


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    junk = rng.choice([b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"\xed\xa0\x80", b"\r",
                       b"\n", b'"', b";", b",", b"\t", b"{", b"[", b"]", b"}", b"\\", b"'",
                       bytes(rng.randrange(256) for _ in range(16))])
    at = rng.randrange(len(data) + 1)
    return data[:at] + junk * rng.choice([1, 3, 1000]) + data[at:]


def replace_number(rng: random.Random, data: bytes) -> bytes:
    found = list(_NUMBER.finditer(data, 0, _SCANNED))
    if not found:
        return insert_bytes(rng, data)
    match = rng.choice(found)
    return data[:match.start()] + rng.choice(HUGE_NUMBERS).encode() + data[match.end():]


def replace_string(rng: random.Random, data: bytes) -> bytes:
    """Replace what lies between two successive quotes (a string, in valid JSON); found
    without a regular expression, which backtracks badly on a file full of quotes."""
    quotes = [match.start() for match in _QUOTE.finditer(data, 0, _SCANNED)]
    if len(quotes) < 2:
        return insert_bytes(rng, data)
    at = rng.randrange(len(quotes) - 1)
    start, end = quotes[at], quotes[at + 1] + 1
    value = rng.choice([*ODD_STRINGS, *HUGE_NUMBERS, "null", "[]", "{}", "[" * 50 + "]" * 50])
    return data[:start] + value.encode() + data[end:]


def deep_nesting(rng: random.Random, data: bytes) -> bytes:
    """A value nested 30 to 100,000 deep in place of a value (or of the whole file)."""
    depth = rng.choice([31, 32, 33, 64, 1_000, 100_000])
    open_, close = rng.choice([(b"[", b"]"), (b'{"a":', b"}")])
    nest = open_ * depth + b"1" + close * depth
    found = list(_NUMBER.finditer(data, 0, _SCANNED)) or list(_QUOTE.finditer(data, 0, _SCANNED))
    if not found or rng.random() < 0.2:
        return nest
    match = rng.choice(found)
    return data[:match.start()] + nest + data[match.end():]


def re_encode(rng: random.Random, data: bytes) -> bytes:
    """The same text in another encoding, with or without a byte order mark."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data
    choice = rng.randrange(7)
    try:
        if choice == 0:
            return text.encode("utf-16")
        if choice == 1:
            return text.encode("utf-16-le")
        if choice == 2:
            return text.encode("utf-32")
        if choice == 3:
            return text.encode("cp1252")
        if choice == 4:
            return codecs.BOM_UTF8 * 2 + text.encode("utf-8")
        if choice == 5:
            return codecs.BOM_UTF16_BE + text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("latin-1", "replace")
    return text.encode("utf-8", "surrogatepass")


def _nodes(value: Any, path: tuple = ()) -> list[tuple]:
    """Paths to every container in parsed JSON (iteratively: the data may be deep)."""
    found, stack = [], [(value, path)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            found.append(where)
            stack.extend((child, (*where, key)) for key, child in node.items())
        elif isinstance(node, list):
            found.append(where)
            stack.extend((child, (*where, index)) for index, child in enumerate(node))
    return found


def _at(value: Any, path: tuple) -> Any:
    for step in path:
        value = value[step]
    return value


def structure(rng: random.Random, data: bytes) -> bytes:
    """Parse, change one place in the structure, write again: a wrong type, a missing or
    unknown key, a list item twice (ids used twice), a long text, a huge number."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return splice(rng, data)
    if not isinstance(value, (dict, list)):
        return json.dumps(rng.choice(WEIRD_VALUES)).encode()
    containers = _nodes(value)
    if not containers:
        return json.dumps(rng.choice(WEIRD_VALUES)).encode()
    target = _at(value, rng.choice(containers))
    keys = list(target) if isinstance(target, dict) else list(range(len(target)))
    choice = rng.randrange(6)
    if choice == 0 and keys:
        target[rng.choice(keys)] = rng.choice(WEIRD_VALUES)
    elif choice == 1 and keys:
        del target[rng.choice(keys)]
    elif choice == 2 and isinstance(target, dict):
        target[rng.choice(["extra", "id", "kind", "x", "text", "nodes", "cards"])] = \
            rng.choice(WEIRD_VALUES)
    elif choice == 3 and isinstance(target, list) and target:
        target.insert(rng.randrange(len(target) + 1), rng.choice(target))
    elif choice == 4 and keys:
        target[rng.choice(keys)] = "å" * rng.choice([MAX_TEXT, MAX_TEXT + 1, 150_000])
    elif keys:
        target[rng.choice(keys)] = rng.choice([10 ** 400, -10 ** 30, 1e308, 5e-324, 2 ** 64])
    try:
        return json.dumps(value, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")
    except (ValueError, OverflowError, RecursionError):
        return data


CSV_VALUES = ("", "'", "''=x", "'=x", "=1+1", "Rumskib", "Kerneopgave", "note", "Team/funktion",
              "Afklaret", "mange", "-1", "1000", "999", "1e3", "٣", "9" * 5000, "\r", "\x00",
              '"', "a;b", "x" * 131_073, "x" * (MAX_TEXT + 1), "\ufeffTekst", "Tekst", "Stemmer")


def csv_cells(rng: random.Random, data: bytes) -> bytes:
    """Parse as CSV, change a cell, a header or a row's length, write again with a
    random delimiter and quoting."""
    import csv
    import io

    try:
        text = data.decode("utf-8-sig")
        csv.field_size_limit(max(csv.field_size_limit(), MAX_TEXT + 10))
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    except (UnicodeDecodeError, csv.Error):
        return splice(rng, data)
    if not rows:
        rows = [["Tekst"]]
    row = rng.choice(rows)
    choice = rng.randrange(4)
    if choice == 0 and row:
        row[rng.randrange(len(row))] = rng.choice(CSV_VALUES)
    elif choice == 1:
        row.append(rng.choice(CSV_VALUES))
    elif choice == 2 and row:
        del row[rng.randrange(len(row))]
    else:
        rows.insert(rng.randrange(len(rows) + 1), [rng.choice(CSV_VALUES) for _ in row])
    out = io.StringIO()
    csv.writer(out, delimiter=rng.choice([";", ";", ",", "\t"]), lineterminator=rng.choice(
        ["\r\n", "\n", "\r"]), quoting=rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])
               ).writerows(rows)
    return rng.choice([b"", codecs.BOM_UTF8]) + out.getvalue().encode("utf-8", "surrogatepass")


BYTE_MUTATIONS: tuple[Callable[[random.Random, bytes], bytes], ...] = (
    flip_bytes, splice, insert_bytes, re_encode)
JSON_MUTATIONS = (*BYTE_MUTATIONS, replace_number, replace_string, deep_nesting, structure,
                  structure, structure)
CSV_MUTATIONS = (*BYTE_MUTATIONS, csv_cells, csv_cells, csv_cells)


def mutate(rng: random.Random, data: bytes, mutations) -> bytes:
    """One to three mutations in a row."""
    for _ in range(rng.choice([1, 1, 2, 3])):
        data = rng.choice(mutations)(rng, data)
    return data
