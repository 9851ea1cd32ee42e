"""Whose journal is it? The verdict from the journal's header and its copy of page 1."""

import struct

from kerneopgave_desktop.storage.leftovers import journal_verdict

OURS = 0x4B4F5054
MAGIC = bytes.fromhex("d9d505f920a163d7")
PAGE = 4096


def db_header(counter: int = 10, pages: int = 20, app: int = OURS) -> bytes:
    header = bytearray(100)
    header[:16] = b"SQLite format 3\x00"
    header[16:18] = PAGE.to_bytes(2, "big")
    header[18:20] = b"\x01\x01"
    header[24:28] = counter.to_bytes(4, "big")
    header[28:32] = pages.to_bytes(4, "big")
    header[68:72] = app.to_bytes(4, "big")
    return bytes(header)


def journal(records: list[tuple[int, bytes]], original_pages: int = 20, page: int = PAGE,
            sector: int = 512, count: int | None = None) -> bytes:
    head = MAGIC + struct.pack(">IIIII", len(records) if count is None else count, 7,
                               original_pages, sector, page)
    data = head.ljust(sector, b"\0")
    for number, content in records:
        data += number.to_bytes(4, "big") + content.ljust(page, b"\0")[:page] + b"\0" * 4
    return data


def first_page(counter: int, app: int = OURS) -> bytes:
    return db_header(counter=counter, app=app) + b"\0" * (PAGE - 100)


def test_an_empty_or_zeroed_journal_is_inert():
    assert journal_verdict(db_header(), b"", OURS) == "inert"
    assert journal_verdict(db_header(), b"\0" * 600, OURS) == "inert"


def test_garbage_and_a_wrong_page_or_sector_size_are_strays():
    assert journal_verdict(db_header(), b"\x17garbage" * 100, OURS) == "stray"
    assert journal_verdict(db_header(), journal([(2, b"x")], page=1024), OURS) == "stray"
    assert journal_verdict(db_header(), journal([(2, b"x")], sector=100), OURS) == "stray"


def test_the_first_page_must_be_ours_and_at_our_change_counter_or_the_one_before():
    for counter, verdict in ((10, "ours"), (9, "ours"), (8, "stray"), (11, "stray")):
        data = journal([(3, b"x"), (1, first_page(counter))])
        assert journal_verdict(db_header(counter=10), data, OURS) == verdict, counter
    other_program = journal([(1, first_page(10, app=0))])
    assert journal_verdict(db_header(counter=10), other_program, OURS) == "stray"


def test_without_the_first_page_the_file_must_still_record_the_journals_size():
    assert journal_verdict(db_header(pages=20), journal([(3, b"x")], 20), OURS) == "unknown"
    assert journal_verdict(db_header(pages=25), journal([(3, b"x")], 20), OURS) == "stray"


def test_a_journal_with_nothing_to_play_back_is_empty():
    assert journal_verdict(db_header(), journal([]), OURS) == "empty"
    unsynced = journal([(1, first_page(10))], count=0)  # the count is written at the sync
    assert journal_verdict(db_header(), unsynced, OURS) == "empty"
