"""How the board looks, on screen and on paper alike: one set of facts, no Qt.

The canvas (canvas/) and the PDF (printing/report.py) both draw from here: the board's
extent, a card's inner layout and band, where a link leaves a card, the dash of each kind
of line, the colours of each card kind and of each theme, the type sizes, and how much of
a long text a card shows. The geometry (the extent, a link's ends, the index of zone
titles a link keeps clear of) is worked out in domain.board_geometry and given here under
the same names. Lengths are board units (one unit is one pixel at 100 % zoom, and
the PDF scales them to the page); colours are "#rrggbb", or "#rrggbbaa" with an alpha.
Text is fitted by the rules of domain.fitting, measured by each side with its own fonts.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from kerneopgave_desktop.domain import board_geometry
from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.fitting import Fitted, Measure, elide, fit, with_ellipsis
from kerneopgave_desktop.domain.layout import ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.model import Card, Zone
from kerneopgave_desktop.i18n import mark, translate

# -- the board's geometry (domain.board_geometry), under the same names --------------------

Rect = board_geometry.Rect
Point = board_geometry.Point
EMPTY_BOARD = board_geometry.EMPTY_BOARD
board_bounds = board_geometry.board_bounds
CARD_RADIUS = board_geometry.CARD_RADIUS
LINK_GAP = board_geometry.LINK_GAP
ARROW = board_geometry.ARROW
TITLE_PLATE = board_geometry.TITLE_PLATE
border_point = board_geometry.border_point
crosses = board_geometry.crosses
TitleIndex = board_geometry.TitleIndex
link_ends = board_geometry.link_ends

# -- a card -------------------------------------------------------------------------------

CARD_PADDING = 12.0
CARD_LABEL_HEIGHT = 22.0
"""The kind's name at the top of the card."""
CARD_BAND = 36.0
"""The band under a card's text: an effect's output today, a dilemma's poles."""
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
LINE_SPACING = 1.25
"""A card's lines of text, as a multiple of the type size (on paper; the screen uses its
font's own line spacing, about the same)."""

SHORT_KIND_LABELS = {"contribution": mark("Bidrag"), "effect": mark("Værdi")}
"""A kind's name where the whole one does not fit beside the dots (Danish; see card_label)."""


def _tr(source: str) -> str:
    return translate("Look", source)


def card_body(card: Card) -> Rect:
    """Where a card's text goes, inside the card: x, y, width, height."""
    band = CARD_BAND if band_text(card) else 0.0
    return (CARD_PADDING, CARD_PADDING + CARD_LABEL_HEIGHT, card.width - 2 * CARD_PADDING,
            max(0.0, card.height - 2 * CARD_PADDING - CARD_LABEL_HEIGHT - band))


def card_band(card: Card) -> Rect:
    """Where the band's line goes, inside the card (under the dashed rule)."""
    return (CARD_PADDING, card.height - CARD_PADDING - CARD_BAND + 8, card.width - 2 * CARD_PADDING,
            CARD_BAND - 8)


def label_width(card: Card, reserved: float = 0.0) -> float:
    """How wide the kind's name at the top of a card may be: beside the dots, if any, and
    `reserved` more for other marks there (a dilemma's status on screen)."""
    badge = VOTE_BADGE[0] if card.votes else 0.0
    return max(0.0, card.width - 2 * CARD_PADDING - badge - reserved)


def card_label(card: Card, kind: str, measure: Measure, reserved: float = 0.0) -> str:
    """The name at the top of a card, in capitals: a contribution's profession, else `kind`
    (what the card's kind is called on the board, decks.kind_label), else a short name of the
    kind, whichever fits first beside the dots; the last ends in an ellipsis only if even that
    does not fit (`reserved`: see label_width)."""
    width = label_width(card, reserved)
    profession = getattr(card, "profession", None)
    if profession:
        shown = fields_table.field(card.kind, "profession").value_text(profession).upper()
        if measure(shown) <= width:
            return shown
    name = kind.upper()
    if measure(name) > width and card.kind in SHORT_KIND_LABELS:
        # translated only when it is needed
        name = label_text(card, _tr(SHORT_KIND_LABELS[card.kind])).upper()
    return elide(name, width, measure)


def card_lines(card: Card, line_height: float, measure: Measure) -> Fitted:
    """The card's text in the lines that fit its body whole, the last ending in an ellipsis
    when there is more (a text longer than SHOWN_CHARACTERS always has more)."""
    _, _, width, height = card_body(card)
    rows = int((height + 0.5) // line_height) if line_height > 0 else 0
    text = card.text[:SHOWN_CHARACTERS]
    fitted = fit(text, width, rows, measure)
    if fitted.cut or len(card.text) <= SHOWN_CHARACTERS or not fitted.lines:
        return fitted
    lines = [*fitted.lines[:-1], with_ellipsis(fitted.lines[-1], width, measure)]
    return Fitted(lines, cut=True, broken=fitted.broken)


def band_line(card: Card, measure: Measure) -> str:
    """The band's text on one line, whole or ending in an ellipsis ("" for no band)."""
    text = band_text(card)
    return elide(text, card_band(card)[2], measure) if text else ""


def band_text(card: Card) -> str:
    """What the band under the card's text says ("" for no band), as the kind's field table
    puts its BAND fields: two joined fields as 'this ↔ that', one other as 'label: value',
    several others as their values with ' · ' between."""
    kind_fields = fields_table.of_kind(card.kind)
    partners = {f.joined_with for f in kind_fields}
    parts: list[tuple[str, str]] = []
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
            parts.append((field.label(), " ".join(
                field.value_text(value)[:SHOWN_CHARACTERS].split())))
    if len(parts) == 1:
        return f"{parts[0][0]}: {parts[0][1]}"
    return " · ".join(shown for _, shown in parts)


def label_text(card: Card, kind: str, lang: str | None = None) -> str:
    """The top line of a card: its kind's name (`kind`), then the values of the fields its
    table shows there (an agreement's status), with ' · ' between."""
    values = [field.value_text(getattr(card, field.name), lang)
              for field in fields_table.of_kind(card.kind) if field.shows(fields_table.LABEL)]
    return " · ".join([kind, *(value for value in values if value)])


STANCE_BAR = (80.0, 18.0)
"""The stance bar on a dilemma's bottom edge, at its right: its width and height. It sits
across the edge, half on the card, clear of the text and of the top line's marks."""
STANCE_MIN_SEGMENT = 18.0
"""The narrowest a stance's part of the bar gets, so its count stays readable."""
STANCE_COLOURS = {"agree": "#2e7d32", "disagree": "#c62828", "depends": "#e65100",
                  "unsure": "#616161"}
"""Each corner's colour in the bar (white counts on them), in the order of STANCES."""


def stance_bar(card: Card) -> list[tuple[str, int, float, float]]:
    """A dilemma's stance counts as the bar shows them: (code, count, left, width) for each
    corner with hands, left and width in board units from the bar's left edge; each part
    as wide as its share of the hands, but never narrower than STANCE_MIN_SEGMENT."""
    counts = [(code, count) for code, count in getattr(card, "stances", ()) if count]
    if not counts:
        return []
    width = STANCE_BAR[0]
    free = width - STANCE_MIN_SEGMENT * len(counts)
    total = sum(count for _, count in counts)
    out, left = [], 0.0
    for code, count in counts:
        part = STANCE_MIN_SEGMENT + free * count / total
        out.append((code, count, left, part))
        left += part
    return out


def stance_bar_place(card: Card) -> tuple[float, float]:
    """The stance bar's top left corner, from the card's top left corner: right-aligned
    with the card's text, across its bottom edge."""
    return card.width - CARD_PADDING - STANCE_BAR[0], card.height - STANCE_BAR[1] / 2


PERSONAL_COLOUR = "#3f51b5"
"""The gentle mark on a card whose text looks like personal data: calm, not the warning's red."""
PERSONAL_RADIUS = 12.0
"""The mark's radius; it sits on the card's lower left corner."""


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
                "effect": "#a5d6a7", "note": "#fff59d", "agreement": "#b39ddb"}
"""Each card kind's colour, the same in every theme and on paper."""
DEFAULT_CARD_COLOUR = "#ffffff"

# -- a zone -------------------------------------------------------------------------------

ZONE_RADIUS = 16.0
ZONE_LINE = 2.0
ZONE_DASH = (8.0, 4.0)
"""An unlocked zone's outline: dash and gap."""
ZONE_TITLE_PIXELS = 26
ZONE_TITLE_FLOOR = 18
"""A zone's title is as large as ZONE_TITLE_PIXELS where every title on the board fits, and
shrinks no further than this; below it, a title ends in an ellipsis."""
ZONE_TITLE_INSET = (18.0, 10.0)
"""The title's distance from the zone's left and top edges."""
ZONE_TITLE_LEADING = 1.2
"""A title's lines, as a multiple of its type size."""
ZONE_TITLE_LINES = 2
ZONE_TITLE_ROOM = ZONE_TITLE_SPACE - ZONE_TITLE_INSET[1] - 2.0
"""How tall a zone's title may be: down to just above the first row of cards."""
ZONE_COLOUR_ALPHA = 90
"""A zone with a colour of its own shows it this opaque (0–255), so the grid shows through."""


def zone_colour(zone: Zone) -> str | None:
    """The zone's own colour as it is shown (see-through), or None for the theme's fill."""
    return f"{zone.color}{ZONE_COLOUR_ALPHA:02x}" if zone.color else None


def title_lines_at(pixels: float) -> int:
    """How many lines of a zone's title fit above the cards at this size."""
    return max(1, min(ZONE_TITLE_LINES, int(ZONE_TITLE_ROOM // (pixels * ZONE_TITLE_LEADING))))


def title_width(zone: Zone) -> float:
    """How wide a zone's title may be."""
    return max(0.0, zone.width - 2 * ZONE_TITLE_INSET[0])


def zone_title(zone: Zone, pixels: float, measure: Measure) -> Fitted:
    """A zone's title in lines at `pixels` (measured at that size)."""
    return fit(zone.title[:SHOWN_CHARACTERS], title_width(zone), title_lines_at(pixels), measure)


def title_pixels(zones: Iterable[Zone], measure_at: Callable[[int], Measure]) -> int:
    """One size for every zone title on a board: the largest, from ZONE_TITLE_PIXELS down to
    ZONE_TITLE_FLOOR, at which each title fits whole, wrapped onto two lines if need be and
    no word broken. `measure_at(pixels)` measures the title font at that size."""
    titled = [zone for zone in zones if zone.title.strip()]
    for pixels in range(ZONE_TITLE_PIXELS, ZONE_TITLE_FLOOR, -1):
        measure = measure_at(pixels)
        if all(not (shown := zone_title(zone, pixels, measure)).cut and not shown.broken
               for zone in titled):
            return pixels
    return ZONE_TITLE_FLOOR


def title_rect(zone: Zone, lines: Sequence[str], pixels: float, measure: Measure) -> Rect:
    """The box a zone's title takes on the board (x, y, width, height): what links keep off."""
    inset_x, inset_y = ZONE_TITLE_INSET
    width = max((measure(line) for line in lines), default=0.0)
    return (zone.x + inset_x, zone.y + inset_y, width,
            len(lines) * pixels * ZONE_TITLE_LEADING)


def over(colour: str, under: str) -> str:
    """`colour` (which may be see-through) laid over the opaque `under`, as '#rrggbb'."""
    red, green, blue, alpha = rgba(colour)
    base = rgba(under)
    share = alpha / 255
    return "#" + "".join(f"{round(top * share + bottom * (1 - share)):02x}"
                         for top, bottom in zip((red, green, blue), base[:3], strict=True))


# -- a link -------------------------------------------------------------------------------

LINK_WIDTH = 2.5
ARROW_ANGLE = math.pi / 7
LINK_DASHES = {"tension": (10.0, 5.0), "concretises": (10.0, 5.0, 2.5, 5.0)}
"""Dash and gap lengths by link kind; other kinds are solid."""
LINK_LABEL_PIXELS = 16
LINK_LABEL_WIDTH = 320.0
"""The widest a link's label box gets."""
BOTH_ENDS = frozenset({"tension"})
"""Link kinds with an arrowhead at both ends."""

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
