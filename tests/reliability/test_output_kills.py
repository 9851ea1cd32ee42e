"""SIGKILLs of `import -o` and `export` in the normal test run; output_kills.py runs 2,000."""

import os

import pytest

from tests.reliability.output_kills import report, run


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks (POSIX)")
def test_a_killed_import_or_export_leaves_no_file_or_a_whole_one():
    tallies = run(60)
    assert all(not tally.problems for tally in tallies.values()), report(tallies)
    # the kills must land on both sides of the rename, or the test proves nothing
    assert all(tally.absent and tally.whole for tally in tallies.values()), report(tallies)
