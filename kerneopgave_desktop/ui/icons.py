"""The bundled icons (Lucide, resources/icons/lucide), drawn in the theme's colours.

Each icon is an SVG drawn with `stroke="currentColor"`. `themed_icon(name)` gives a QIcon
whose engine paints the SVG, at whatever size is asked, in the colour of the application's
palette at the moment it paints: so every toolbar button, menu entry and list item follows
a change of theme without being told (a disabled icon takes the palette's disabled text).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kerneopgave_desktop.resources import resource_path

KIND_ICONS = {"note": "sticky-note", "core_task": "target", "contribution": "hand-helping",
              "dilemma": "scale", "effect": "sprout", "agreement": "handshake"}
"""The icon of each card kind (palette, toolbar, inspector); others get a note's."""


@cache
def _svg(name: str) -> bytes:
    return resource_path("icons", "lucide", f"{name}.svg").read_bytes()


@cache
def _bundled() -> frozenset[str]:
    """The names of the bundled icons, listed once: an icon's file is read when it is first
    painted, not for every icon the window's menus hold as the window is built."""
    return frozenset(path.stem for path in resource_path("icons", "lucide").glob("*.svg"))


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    """The icon's SVG with its stroke in `colour` ('#rrggbb'), ready to paint."""
    return QSvgRenderer(QByteArray(_svg(name).replace(b"currentColor", colour.encode())))


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else \
        QPalette.ColorGroup.Active
    role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else \
        QPalette.ColorRole.ButtonText
    return palette.color(group, role)


_PIXMAPS: dict[tuple[str, str, int, int], QPixmap] = {}
"""Each icon drawn once per colour and size (a theme's colours, a handful of sizes)."""


class _ThemedEngine(QIconEngine):
    """Paints one icon in the palette's colour of the moment (see the module's docstring)."""

    def __init__(self, name: str, colour: QColor | None = None):
        super().__init__()
        self.name = name
        self.fixed = colour
        """A colour of its own (a card kind's chip), instead of the palette's."""

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        colour = self.fixed if self.fixed is not None and mode != QIcon.Mode.Disabled \
            else _colour(mode)
        _renderer(self.name, colour.name()).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = self.fixed if self.fixed is not None and mode != QIcon.Mode.Disabled \
            else _colour(mode)
        key = (self.name, colour.name(), size.width(), size.height())
        pixmap = _PIXMAPS.get(key)
        if pixmap is None:  # every window's toolbar and menus show the same few dozen
            pixmap = _PIXMAPS[key] = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            _renderer(self.name, colour.name()).render(painter, QRect(0, 0, size.width(),
                                                                       size.height()))
            painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _ThemedEngine(self.name, self.fixed)


def themed_icon(name: str, colour: QColor | None = None) -> QIcon:
    """The bundled icon `name` (a Lucide file name), in the theme's text colour or `colour`."""
    if name not in _bundled():  # a missing icon fails here, where it is asked for
        raise FileNotFoundError(resource_path("icons", "lucide", f"{name}.svg"))
    return QIcon(_ThemedEngine(name, colour))


def kind_icon(kind: str) -> QIcon:
    """The icon of a card kind."""
    return themed_icon(KIND_ICONS.get(kind, "sticky-note"))
