"""The window's icons are drawn by Qt's SVG image plugin, pixel for pixel as PySide6.QtSvg
draws them (the fallback where the plugin is missing), once per colour and size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QIcon, QImage

from kerneopgave_desktop.ui import icons


@pytest.mark.parametrize("name", ["target", "scale", "printer", "handshake", "undo-2"])
@pytest.mark.parametrize("size", [16, 24, 48])
def test_an_icon_is_the_very_pixels_qtsvg_draws(qapp, name, size):
    drawn = icons._drawn(name, "#1b1b1b", size, size).toImage()
    svg = QByteArray(icons._svg(name).replace(b"currentColor", b"#1b1b1b"))
    rendered = icons._rendered(svg, size, size).toImage()
    assert drawn.size() == rendered.size() == QSize(size, size)
    form = QImage.Format.Format_ARGB32_Premultiplied
    assert drawn.convertToFormat(form) == rendered.convertToFormat(form)
    assert any(drawn.pixelColor(x, y).alpha() for x in range(size) for y in range(size))


def test_an_icon_follows_its_colour_and_is_drawn_once_per_colour_and_size(qapp):
    icon = icons.themed_icon("target", QColor("#c00000"))
    first = icon.pixmap(QSize(24, 24), QIcon.Mode.Normal)
    again = icon.pixmap(QSize(24, 24), QIcon.Mode.Normal)
    assert first.cacheKey() == again.cacheKey()  # the same pixmap, not drawn again
    image = first.toImage()
    reds = [image.pixelColor(x, y) for x in range(24) for y in range(24)
            if image.pixelColor(x, y).alpha() == 255]
    assert reds and all(colour.name() == "#c00000" for colour in reds)
    disabled = icon.pixmap(QSize(24, 24), QIcon.Mode.Disabled)
    assert disabled.cacheKey() != first.cacheKey()  # a disabled icon takes the palette's
