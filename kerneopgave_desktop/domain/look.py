"""How the board looks, on screen and on paper alike: one set of facts, no Qt.

The canvas (canvas/) and the PDF (printing/report.py) both draw from here: the board's
extent, a card's inner layout and band, where a link leaves a card, the dash of each kind
of line, the colours of each card kind and of each theme, the type sizes, and how much of
a long text a card shows. Lengths are board units (one unit is one pixel at 100 % zoom, and
the PDF scales them to the page); colours are "#rrggbb", or "#rrggbbaa" with an alpha.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.model import Board, Card, Zone

# -- extent -------------------------------------------------------------------------------

EMPTY_BOARD = (-400.0, -300.0, 800.0, 600.0)
"""What an empty board shows: left, top, width, height."""


def board_bounds(board: Board) -> tuple[float, float, float, float]:
    """The board's extent: left, top, width, height of its zones and cards together."""
    items = [*board.zones.values(), *board.cards.values()]
    if not items:
        return EMPTY_BOARD
    left = min(i.x for i in items)
    top = min(i.y for i in items)
    right = max(i.x + i.width for i in items)
    bottom = max(i.y + i.height for i in items)
    return left, top, right - left, bottom - top


# -- a card -------------------------------------------------------------------------------

CARD_PADDING = 12.0
CARD_LABEL_HEIGHT = 22.0
"""The kind's name at the top of the card."""
CARD_BAND = 36.0
"""The band under a card's text: an effect's output today, a dilemma's poles."""
CARD_RADIUS = 10.0
CARD_LABEL_TOP = 6.0
"""From the card's top edge to its kind's name (and to the dots badge)."""
CARD_OUTLINE = 1.5
CARD_OUTLINE_SHADE = 0.66
"""A card's outline is its own colour this much darker (unless the theme sets one)."""
VOTE_BADGE = (44.0, 36.0, 24.0)
"""The dots badge: its left edge this far from the card's right edge; its width, height.
Its top is CARD_LABEL_TOP."""
HANDLE_RADIUS = 9.0
SHOWN_CHARACTERS = 1200
"""A card shows the beginning of a long text, on the board and on paper; the inspector and
the minutes show more."""

BODY_PIXELS = 19
LABEL_PIXELS = 13
BAND_PIXELS = 15
LINE_SPACING = 1.3
"""A card's lines of text, as a multiple of the type size (on paper)."""


def band_text(card: Card) -> str:
    """What the band under the card's text says ("" for no band), as the kind's field table
    puts its BAND fields: two joined fields as 'this ↔ that', another as 'label: value'."""
    kind_fields = fields_table.of_kind(card.kind)
    partners = {f.joined_with for f in kind_fields}
    for field in kind_fields:
        if not field.shows(fields_table.BAND) or field.name in partners:
            continue
        value = getattr(card, field.name)  # only its beginning: a band is one short line
        if field.joined_with:
            other = getattr(card, field.joined_with)
            if value or other:
                shown = (f"{(value or '?')[:SHOWN_CHARACTERS]} ↔ "
                         f"{(other or '?')[:SHOWN_CHARACTERS]}")
                return " ".join(shown.split())
        elif value:
            shown = field.value_text(value)[:SHOWN_CHARACTERS]
            return f"{field.label()}: {' '.join(shown.split())}"
    return ""


def card_colour(card: Card) -> str:
    """The card's own colour, else its kind's."""
    return card.color or KIND_COLOURS.get(card.kind, DEFAULT_CARD_COLOUR)


def kind_colour(kind: str) -> str:
    """A card kind's colour."""
    return KIND_COLOURS.get(kind, DEFAULT_CARD_COLOUR)


def outline_colour(colour: str) -> str:
    """A card's outline: its colour, darker by CARD_OUTLINE_SHADE."""
    red, green, blue, _ = rgba(colour)
    return "#" + "".join(f"{round(part * CARD_OUTLINE_SHADE):02x}" for part in (red, green, blue))


KIND_COLOURS = {"core_task": "#ffd54f", "contribution": "#81d4fa", "dilemma": "#f48fb1",
                "effect": "#a5d6a7", "note": "#fff59d"}
"""Each card kind's colour, the same in every theme and on paper."""
DEFAULT_CARD_COLOUR = "#ffffff"

# -- a zone -------------------------------------------------------------------------------

ZONE_RADIUS = 16.0
ZONE_LINE = 2.0
ZONE_DASH = (8.0, 4.0)
"""An unlocked zone's outline: dash and gap."""
ZONE_TITLE_PIXELS = 26
ZONE_TITLE_INSET = (18.0, 10.0)
"""The title's distance from the zone's left and top edges."""
ZONE_COLOUR_ALPHA = 90
"""A zone with a colour of its own shows it this opaque (0–255), so the grid shows through."""


def zone_colour(zone: Zone) -> str | None:
    """The zone's own colour as it is shown (see-through), or None for the theme's fill."""
    return f"{zone.color}{ZONE_COLOUR_ALPHA:02x}" if zone.color else None


# -- a link -------------------------------------------------------------------------------

LINK_WIDTH = 2.5
LINK_GAP = 4.0
"""How far from the card's edge a link ends, so its arrowhead stays visible."""
ARROW = 16.0
ARROW_ANGLE = math.pi / 7
LINK_DASHES = {"tension": (10.0, 5.0), "concretises": (10.0, 5.0, 2.5, 5.0)}
"""Dash and gap lengths by link kind; other kinds are solid."""
LINK_LABEL_PIXELS = 16
LINK_LABEL_WIDTH = 320.0
"""The widest a link's label box gets."""
BOTH_ENDS = frozenset({"tension"})
"""Link kinds with an arrowhead at both ends."""

Rect = tuple[float, float, float, float]
Point = tuple[float, float]


def border_point(rect: Rect, toward: Point) -> Point:
    """Where the line from the centre of `rect` (x, y, width, height) toward a point leaves
    it, LINK_GAP outside its edge."""
    x, y, width, height = rect
    x, y, width, height = x - LINK_GAP, y - LINK_GAP, width + 2 * LINK_GAP, height + 2 * LINK_GAP
    cx, cy = x + width / 2, y + height / 2
    dx, dy = toward[0] - cx, toward[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    t = min(width / 2 / abs(dx) if dx else math.inf, height / 2 / abs(dy) if dy else math.inf)
    return cx + dx * t, cy + dy * t


def link_ends(source: Rect, target: Rect) -> tuple[Point, Point]:
    """Where a link from the card at `source` to the card at `target` starts and ends."""
    a = (source[0] + source[2] / 2, source[1] + source[3] / 2)
    b = (target[0] + target[2] / 2, target[1] + target[3] / 2)
    return border_point(source, b), border_point(target, a)


# -- colours by theme ----------------------------------------------------------------------


@dataclass(frozen=True)
class Palette:
    """The colours of one theme."""

    name: str
    background: str
    grid: str | None
    text: str
    kind_label: str
    zone_fill: str
    zone_border: str
    zone_title: str
    link: str
    card_outline: str | None
    """None: a darker shade of the card's own colour."""
    selection: str
    focus: str
    outline_width: float = CARD_OUTLINE
    bold_text: bool = False


LIGHT = Palette("light", "#f4f1ea", "#e4dfd3", "#1b1b1b", "#000000aa", "#ffffff78", "#9a927f",
                "#4a4535", "#3d3a33", None, "#1f4fd1", "#e8590c")
DARK = Palette("dark", "#1d1f21", "#2a2d30", "#111111", "#000000be", "#ffffff12", "#7d8590",
               "#e6e6e6", "#c9d1d9", None, "#58a6ff", "#ffb454")
CONTRAST = Palette("contrast", "#ffffff", None, "#000000", "#000000", "#ffffff", "#000000",
                   "#000000", "#000000", "#000000", "#0033cc", "#d40000", outline_width=3.0,
                   bold_text=True)
PALETTES = {palette.name: palette for palette in (LIGHT, DARK, CONTRAST)}
PAPER = replace(LIGHT, name="paper", zone_fill="#f7f5ef")
"""The light look on white paper: a zone is a pale fill of its own there."""

WARNING = "#c62828"
EMPTY_HATCH = "#9a927f46"
EMPTY_TEXT = "#7a7260"
STATUS_COLOURS = {"discussed": "#a34700", "settled": "#1b5e20"}
"""A dilemma's status on its card, once a round has talked it over (new has no mark)."""
DIFF_COLOURS = {"added": "#2e7d32", "changed": "#ef6c00", "removed": "#6d6d6d"}
"""How a compared card is marked: added, changed, or removed (a ghost)."""


def rgba(colour: str) -> tuple[int, int, int, int]:
    """'#rrggbb' or '#rrggbbaa' as (red, green, blue, alpha), each 0–255."""
    value = colour.lstrip("#")
    alpha = int(value[6:8], 16) if len(value) == 8 else 255
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), alpha
