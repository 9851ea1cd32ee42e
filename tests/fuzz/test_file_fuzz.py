"""The file fuzzer in the test run: a fixed seed and a bounded count (about 35 s).

`python -m tests.fuzz.file_fuzz --count 20000` is the long run on demand.
"""

import pytest

from tests.fuzz.file_fuzz import FAMILIES, WAYS, report, run

COUNT = 660


@pytest.mark.slow
def test_every_mutant_of_a_workshop_file_is_opened_or_refused_cleanly():
    tallies = run(COUNT, seed=1)
    print("\n" + report(tallies))
    assert sum(t.inputs for t in tallies.values()) == COUNT
    for family in FAMILIES:  # each family produced both outcomes or at least ran fully
        tally = tallies[family]
        assert sum(tally.outcomes.values()) == tally.inputs * len(WAYS), family
    failures = [line for tally in tallies.values() for line in tally.failures]
    assert failures == []
    assert sum(t.outcomes["refusal"] for t in tallies.values()) > 0
    assert sum(t.outcomes["success"] for t in tallies.values()) > 0
