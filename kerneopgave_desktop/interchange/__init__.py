"""Import and export: lossless JSON now; JSON Canvas, CSV and Markdown to come."""


class InterchangeError(ValueError):
    """Input that cannot be imported; `str()` is the message for the user."""
