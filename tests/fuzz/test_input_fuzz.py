"""The input fuzzer in the normal test run: a fixed seed and bounded counts, about 30 s in
all. `python -m tests.fuzz.input_fuzz --count 20000` runs it long."""

import pytest

from tests.fuzz.input_fuzz import report, run

CI_COUNTS = {"json": 400, "canvas": 400, "csv": 400, "export": 40, "compare": 40}
"""Inputs per family (a workshop for export, seven inputs, and compare, four)."""


@pytest.mark.slow
@pytest.mark.parametrize("family", list(CI_COUNTS))
def test_every_input_is_a_success_or_a_clean_refusal(family, qapp):
    tallies = run({family: CI_COUNTS[family]})
    tally = tallies[family]
    failures = "\n".join(f"#{f.index} {f.kind}: {f.detail}" for f in tally.failures[:5])
    assert (tally.tracebacks, tally.hangs, tally.invalid) == (0, 0, 0), \
        report(tallies) + "\n" + failures
    # the fuzzer must reach both outcomes, or it tests one side only
    assert tally.successes and (tally.refusals or family == "compare"), report(tallies)
