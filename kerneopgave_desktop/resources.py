"""Where the shipped resources (translations, fonts, templates, decks) live."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside a frozen bundle
    (found once: the window asks for some fifty icons as it is built)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
