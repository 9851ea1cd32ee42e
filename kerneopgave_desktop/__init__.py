"""Kerneopgave-tavlen: a desktop dialogue board for the core task of a municipal workplace."""

__version__ = "0.1.0"
