"""How the board looks, on screen and on paper alike: one set of facts, no Qt.

The canvas (canvas/) and the PDF (printing/report.py) both draw from here: the board's
extent, a card's inner layout and band, where a link leaves a card, the dash of each kind
of line, the colours of each card kind and of each theme, the type sizes, and how much of
a long text a card shows. Lengths are board units (one unit is one pixel at 100 % zoom, and
the PDF scales them to the page); colours are "#rrggbb", or "#rrggbbaa" with an alpha.
Text is fitted by the rules of domain.fitting, measured by each side with its own fonts.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from kerneopgave_desktop.domain import fields as fields_table
from kerneopgave_desktop.domain.fitting import Fitted, Measure, elide, fit, with_ellipsis
from kerneopgave_desktop.domain.layout import ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.model import Board, Card, Zone
from kerneopgave_desktop.i18n import mark, translate

Rect = tuple[float, float, float, float]
"""x, y, width, height; y grows downwards, as on the board."""
Point = tuple[float, float]

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
TITLE_PLATE = 4.0
"""A title is drawn above the links on a plate of the zone's colour, this much larger."""


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


_ACROSS = frozenset({"left", "right"})
_NORMALS = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "top": (0.0, -1.0), "bottom": (0.0, 1.0)}


def _facing(rect: Rect, other: Rect) -> list[str]:
    """The sides of `rect` that `other` lies wholly beyond."""
    x, y, width, height = rect
    ox, oy, other_width, other_height = other
    sides = []
    if ox >= x + width:
        sides.append("right")
    if ox + other_width <= x:
        sides.append("left")
    if oy >= y + height:
        sides.append("bottom")
    if oy + other_height <= y:
        sides.append("top")
    return sides


def _on_side(rect: Rect, side: str, toward: float) -> Point:
    """The point of `rect`'s side nearest to `toward` (a y for left and right, an x for top
    and bottom), off the rounded corners, LINK_GAP outside the edge."""
    x, y, width, height = rect
    if side in ("left", "right"):
        inset = min(CARD_RADIUS, height / 2)
        along = min(max(toward, y + inset), y + height - inset)
        return (x - LINK_GAP if side == "left" else x + width + LINK_GAP), along
    inset = min(CARD_RADIUS, width / 2)
    along = min(max(toward, x + inset), x + width - inset)
    return along, (y - LINK_GAP if side == "top" else y + height + LINK_GAP)


def _toward(rect: Rect, other: Rect, side: str) -> list[float]:
    """Where along `side` a link to `other` may leave, best first: straight across the middle
    of where the two overlap (or nearer either end of the overlap, to clear a title), else
    toward the other's centre."""
    x, y, width, height = rect
    ox, oy, other_width, other_height = other
    if side in ("left", "right"):
        low, high, centre = max(y, oy), min(y + height, oy + other_height), oy + other_height / 2
    else:
        low, high, centre = max(x, ox), min(x + width, ox + other_width), ox + other_width / 2
    if low > high:
        return [centre]
    inset = min(CARD_RADIUS + ARROW / 2, (high - low) / 2)
    return [(low + high) / 2, high - inset, low + inset]


def crosses(start: Point, end: Point, rect: Rect) -> bool:
    """Whether the segment from `start` to `end` passes through `rect` (Liang–Barsky)."""
    x, y, width, height = rect
    dx, dy = end[0] - start[0], end[1] - start[1]
    low, high = 0.0, 1.0
    for p, q in ((-dx, start[0] - x), (dx, x + width - start[0]),
                 (-dy, start[1] - y), (dy, y + height - start[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


class TitleIndex:
    """Zone titles by cell of a coarse grid, so that a link asks only about those near it
    (a board of a hundred zones and thousands of links would otherwise test each link
    against every title)."""

    CELL = 500.0

    def __init__(self, rects: Iterable[Rect] = ()):
        self.rects = list(rects)
        self._cells: dict[tuple[int, int], list[int]] = {}
        for number, rect in enumerate(self.rects):
            for cell in self._cells_of(rect):
                self._cells.setdefault(cell, []).append(number)

    def _cells_of(self, rect: Rect) -> Iterable[tuple[int, int]]:
        x, y, width, height = rect
        for column in range(math.floor(x / self.CELL), math.floor((x + width) / self.CELL) + 1):
            for row in range(math.floor(y / self.CELL), math.floor((y + height) / self.CELL) + 1):
                yield column, row

    def near(self, *boxes: Rect) -> list[Rect]:
        """The titles in the grid cells that the box around `boxes` touches."""
        if not self._cells:
            return []
        left = min(box[0] for box in boxes) - LINK_GAP - TITLE_PLATE
        top = min(box[1] for box in boxes) - LINK_GAP - TITLE_PLATE
        right = max(box[0] + box[2] for box in boxes) + LINK_GAP + TITLE_PLATE
        bottom = max(box[1] + box[3] for box in boxes) + LINK_GAP + TITLE_PLATE
        found = sorted({number for cell in self._cells_of((left, top, right - left, bottom - top))
                        for number in self._cells.get(cell, ())})
        return [self.rects[number] for number in found]


def _grown(rect: Rect, by: float) -> Rect:
    x, y, width, height = rect
    return x - by, y - by, width + 2 * by, height + 2 * by


def link_ends(source: Rect, target: Rect, titles: Sequence[Rect] = ()) -> tuple[Point, Point]:
    """Where a link from the card at `source` to the card at `target` starts and ends: on
    the sides of the two cards that face each other, at the points nearest the other card,
    straight across where they overlap; of the sides that face, the pair that makes the
    shortest, most head-on line that crosses no zone title in `titles`. Cards that overlap
    have no facing sides: then the line between their centres."""
    best: tuple[float, Point, Point] | None = None
    for source_side in _facing(source, target):
        for target_side in _facing(target, source):
            straight = (source_side in _ACROSS) == (target_side in _ACROSS)  # one axis
            ways = zip(_toward(source, target, source_side), _toward(target, source, target_side),
                       strict=False) if straight else [
                (_toward(source, target, source_side)[0], _toward(target, source, target_side)[0])]
            for rank, (leave_at, arrive_at) in enumerate(ways):
                start = _on_side(source, source_side, leave_at)
                end = _on_side(target, target_side, arrive_at)
                dx, dy = end[0] - start[0], end[1] - start[1]
                length = math.hypot(dx, dy)
                if length == 0:
                    return start, end
                normal, other = _NORMALS[source_side], _NORMALS[target_side]
                leaving = (dx * normal[0] + dy * normal[1]) / length
                arriving = -(dx * other[0] + dy * other[1]) / length
                score = length * (1.0 + (1.0 - leaving) + (1.0 - arriving) + 0.1 * rank)
                if best is not None and score >= best[0]:
                    continue
                if any(crosses(start, end, _grown(title, TITLE_PLATE)) for title in titles):
                    score += 1e9  # only when every way crosses a title (drawn above the links)
                if best is None or score < best[0]:
                    best = (score, start, end)
    if best is not None:
        return best[1], best[2]
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
