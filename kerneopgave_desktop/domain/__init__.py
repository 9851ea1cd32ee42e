"""The workshop model: plain Python, no Qt, no SQL."""
