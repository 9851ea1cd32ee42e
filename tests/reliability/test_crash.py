"""200 SIGKILLs of a writer in the normal test run; tests/reliability/crash.py runs 2,000.

After each kill the file is re-opened read-only (as check and export do) and then
read-write (as the app does).
"""

import os

import pytest

from tests.reliability.crash import run


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks (POSIX)")
def test_a_writer_killed_at_random_moments_never_loses_a_commit_or_the_file():
    problems, stats = run(200)
    print(f"\n{stats}")
    assert problems == [] and stats["trials"] == 200
