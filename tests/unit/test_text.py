from kerneopgave_desktop.domain.text import visible


def test_visible_escapes_what_could_break_a_line_or_steer_a_terminal():
    assert visible("Linje 1\nLinje 2") == "Linje 1\\nLinje 2"
    assert visible("\x1b[31mrød\x1b[0m") == "\\x1b[31mrød\\x1b[0m"
    assert visible("a\u202eb") == "a\\u202eb"
    assert visible("æøå «citat» – ok") == "æøå «citat» – ok"


def test_visible_shortens_long_text():
    assert visible("x" * 500, limit=10) == "x" * 10 + "…"


def test_visible_escapes_the_undecodable_bytes_of_a_file_name():
    import os

    name = os.fsdecode(b"m\xf8de.kerneopgave")  # Latin-1 bytes in a UTF-8 system
    shown = visible(name)
    assert shown == "m\\udcf8de.kerneopgave"
    shown.encode("utf-8")  # printable on a UTF-8 terminal


def test_the_systems_words_a_user_meets_are_said_in_danish():
    import errno
    import os
    import sqlite3

    from kerneopgave_desktop import i18n
    from kerneopgave_desktop.domain.text import said

    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/tmp/x")
    assert said(full) == "disken er fuld"
    assert said(sqlite3.OperationalError("database or disk is full")) == "disken er fuld"
    assert said(PermissionError(errno.EACCES, "Permission denied")) == "ingen adgang"
    assert said("something rare\n\x1b[2J") == "something rare\\n\\x1b[2J"  # as given, visible
    i18n.set_language("en")
    try:
        assert said(full) == "the disk is full"
    finally:
        i18n.set_language("da")
