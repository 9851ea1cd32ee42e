"""The bundled icons (Lucide, resources/icons/lucide), drawn in the theme's colours.

Each icon is an SVG drawn with `stroke="currentColor"`. `themed_icon(name)` gives a QIcon
whose engine paints the SVG, at whatever size is asked, in the colour of the application's
palette at the moment it paints: so every toolbar button, menu entry and list item follows
a change of theme without being told (a disabled icon takes the palette's disabled text).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)

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


def _drawn(name: str, colour: str, width: int, height: int) -> QPixmap:
    """The icon `width` x `height` pixels with its stroke in `colour` ('#rrggbb'), drawn once
    and kept (every window's toolbar and menus show the same few dozen). Drawn by Qt's SVG
    image plugin, the very pixels QSvgRenderer paints, so that start-up needs no
    PySide6.QtSvg module (only the SVG export does)."""
    key = (name, colour, width, height)
    pixmap = _PIXMAPS.get(key)
    if pixmap is None:
        svg = QByteArray(_svg(name).replace(b"currentColor", colour.encode()))
        source = QBuffer()
        source.setData(svg)
        source.open(QBuffer.OpenModeFlag.ReadOnly)
        reader = QImageReader(source, b"svg")
        reader.setScaledSize(QSize(width, height))
        image = reader.read()
        pixmap = _PIXMAPS[key] = (QPixmap.fromImage(image) if not image.isNull()
                                  else _rendered(svg, width, height))
    return pixmap


def _rendered(svg: QByteArray, width: int, height: int) -> QPixmap:
    """The icon drawn through PySide6.QtSvg, where Qt's SVG image plugin is missing (a
    bundle or a system Qt without it): the same pixels, a little later."""
    from PySide6.QtSvg import QSvgRenderer

    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(svg).render(painter, QRect(0, 0, width, height))
    painter.end()
    return pixmap


_PIXMAPS: dict[tuple[str, str, int, int], QPixmap] = {}


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else \
        QPalette.ColorGroup.Active
    role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else \
        QPalette.ColorRole.ButtonText
    return palette.color(group, role)


class _ThemedEngine(QIconEngine):
    """Paints one icon in the palette's colour of the moment (see the module's docstring)."""

    def __init__(self, name: str, colour: QColor | None = None):
        super().__init__()
        self.name = name
        self.fixed = colour
        """A colour of its own (a card kind's chip), instead of the palette's."""

    def _colour(self, mode: QIcon.Mode) -> str:
        return (self.fixed if self.fixed is not None and mode != QIcon.Mode.Disabled
                else _colour(mode)).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0  # sharp on HiDPI
        painter.drawPixmap(rect, _drawn(self.name, self._colour(mode),
                                        round(rect.width() * ratio), round(rect.height() * ratio)))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return _drawn(self.name, self._colour(mode), size.width(), size.height())

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
