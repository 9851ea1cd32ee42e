"""Contrast, by WCAG 2.1's formula (1.4.3 and 1.4.11, as EN 301 549's 11.1.4.3 and 11.1.4.11
take them over): in every theme, the window's text on its backgrounds at least 4.5:1; on the
board, a card's text and its kind's label on every kind's colour at least 4.5:1, a zone's
title on the zone at least 4.5:1, and the links, the selection and the focus ring against
the board at least 3:1. (A zone's thin border in the light theme is 2.7:1; its fill and
title mark it: docs/accessibility.md.)"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from kerneopgave_desktop.domain import look
from kerneopgave_desktop.ui import window_theme

Role = QPalette.ColorRole


def luminance(colour: str) -> float:
    """WCAG 2.1's relative luminance of an opaque '#rrggbb'."""
    def channel(value: int) -> float:
        share = value / 255
        return share / 12.92 if share <= 0.03928 else ((share + 0.055) / 1.055) ** 2.4
    red, green, blue, _ = look.rgba(colour)
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def ratio(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_gives_wcag_s_own_figures():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just too pale
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", window_theme.THEME_NAMES)
def test_the_window_s_text_has_4_5_to_1_in_every_theme(theme):
    colours = window_theme._COLOURS[theme]
    pairs = {"text of the window": (Role.WindowText, Role.Window),
             "text in fields": (Role.Text, Role.Base),
             "text on buttons": (Role.ButtonText, Role.Button),
             "selected text": (Role.HighlightedText, Role.Highlight),
             "tooltips": (Role.ToolTipText, Role.ToolTipBase),
             "placeholders": (Role.PlaceholderText, Role.Base),
             "links": (Role.Link, Role.Base)}
    low = {name: round(ratio(colours[a], colours[b]), 2) for name, (a, b) in pairs.items()
           if ratio(colours[a], colours[b]) < 4.5}
    assert low == {}


@pytest.mark.parametrize("theme", list(look.PALETTES))
def test_the_board_s_text_and_marks_stand_out_in_every_theme(theme):
    palette = look.PALETTES[theme]
    low = {}
    for kind, colour in look.KIND_COLOURS.items():
        for what, ink in (("text", palette.text),
                          ("kind label", look.over(palette.kind_label, colour))):
            if ratio(ink, colour) < 4.5:
                low[f"{what} on {kind}"] = round(ratio(ink, colour), 2)
    zone = look.over(palette.zone_fill, palette.background)
    if ratio(palette.zone_title, zone) < 4.5:
        low["zone title"] = round(ratio(palette.zone_title, zone), 2)
    for what, colour in (("link", palette.link), ("selection", palette.selection),
                         ("focus ring", palette.focus)):
        if ratio(colour, palette.background) < 3:
            low[what] = round(ratio(colour, palette.background), 2)
    assert low == {}


def test_the_participant_page_s_focus_ring_stands_out_3_to_1():
    # axe-core (tests/gui/test_room.py) checks the page's text; the ring is not text.
    import re

    from kerneopgave_desktop.resources import resource_path

    css = resource_path("room", "app.css").read_text(encoding="utf-8")
    paper = re.search(r"--paper:\s*(#[0-9a-fA-F]{3,6})", css).group(1)
    paper = "#" + "".join(c * 2 for c in paper[1:]) if len(paper) == 4 else paper
    ring = re.search(r":focus-visible\s*{[^}]*outline:[^;}]*?(#[0-9a-fA-F]{6})", css).group(1)
    assert ratio(ring, paper) >= 3


@pytest.mark.parametrize("theme", window_theme.THEME_NAMES)
def test_the_inspector_s_warning_and_personal_data_lines_are_readable(qapp, theme):
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    window_theme.apply_theme(theme)
    try:
        page = QWidget()
        layout = QVBoxLayout(page)
        low = {}
        for name in ("cardWarning", "personalHint"):
            label = QLabel("Ligner en personoplysning")
            label.setObjectName(name)
            layout.addWidget(label)
            label.ensurePolished()
            ink = label.palette().color(label.foregroundRole()).name()
            background = qapp.palette().color(Role.Window).name()
            assert ink != qapp.palette().color(Role.WindowText).name(), name  # coloured
            if ratio(ink, background) < 4.5:
                low[name] = round(ratio(ink, background), 2)
        assert low == {}
    finally:
        window_theme.apply_theme("light")
        qapp.setStyleSheet("")
