"""The look of the whole window, not only the board: light, dark or high contrast.

One palette per theme for the application (menus, toolbar, docks, dialogs, the start page),
on Qt's Fusion style, which follows a palette the same way on every platform. The board's
own colours are the matching canvas theme (canvas/theme.py, from domain.look), so the
chrome and the board always agree. On first start the theme follows the system's colour
scheme and contrast (`system_theme`); once chosen in Vis › Udseende it is a setting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_NAMES = ("light", "dark", "contrast")

_Role, _Group = QPalette.ColorRole, QPalette.ColorGroup

_COLOURS: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        _Role.Window: "#f6f5f2", _Role.WindowText: "#1b1b1b", _Role.Base: "#ffffff",
        _Role.AlternateBase: "#f0eee9", _Role.Text: "#1b1b1b", _Role.Button: "#ecebe6",
        _Role.ButtonText: "#1b1b1b", _Role.Highlight: "#1f4fd1",
        _Role.HighlightedText: "#ffffff", _Role.ToolTipBase: "#fffbe6",
        _Role.ToolTipText: "#1b1b1b", _Role.PlaceholderText: "#6b675e", _Role.Link: "#1f4fd1",
        _Role.Mid: "#c9c5ba", _Role.Dark: "#a09b8e", _Role.Light: "#ffffff",
        _Role.Midlight: "#f3f2ee", _Role.Shadow: "#6b675e", _Role.BrightText: "#ffffff",
        _Role.Accent: "#1f4fd1"},
    "dark": {
        _Role.Window: "#25282c", _Role.WindowText: "#e6e6e6", _Role.Base: "#1b1d20",
        _Role.AlternateBase: "#2b2f33", _Role.Text: "#e6e6e6", _Role.Button: "#30343a",
        _Role.ButtonText: "#e6e6e6", _Role.Highlight: "#58a6ff",
        _Role.HighlightedText: "#0d1117", _Role.ToolTipBase: "#30343a",
        _Role.ToolTipText: "#e6e6e6", _Role.PlaceholderText: "#8b929a", _Role.Link: "#79b8ff",
        _Role.Mid: "#43484f", _Role.Dark: "#16181b", _Role.Light: "#4a5058",
        _Role.Midlight: "#3a3f45", _Role.Shadow: "#0b0c0e", _Role.BrightText: "#ffffff",
        _Role.Accent: "#58a6ff"},
    "contrast": {
        _Role.Window: "#ffffff", _Role.WindowText: "#000000", _Role.Base: "#ffffff",
        _Role.AlternateBase: "#ffffff", _Role.Text: "#000000", _Role.Button: "#ffffff",
        _Role.ButtonText: "#000000", _Role.Highlight: "#0033cc",
        _Role.HighlightedText: "#ffffff", _Role.ToolTipBase: "#ffffff",
        _Role.ToolTipText: "#000000", _Role.PlaceholderText: "#333333", _Role.Link: "#0033cc",
        _Role.Mid: "#000000", _Role.Dark: "#000000", _Role.Light: "#ffffff",
        _Role.Midlight: "#ffffff", _Role.Shadow: "#000000", _Role.BrightText: "#000000",
        _Role.Accent: "#0033cc"},
}
_DISABLED = {"light": "#8f8b80", "dark": "#7d848c", "contrast": "#595959"}

_STYLE_SHEETS = {
    "contrast": (
        "QToolButton, QPushButton { border: 2px solid #000000; border-radius: 4px; "
        "padding: 3px 6px; }"
        "QToolButton:checked, QPushButton:default { background: #0033cc; color: #ffffff; }"
        "QToolButton:focus, QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus, "
        "QComboBox:focus, QListView:focus { border: 3px solid #d40000; }"),
}
"""What a palette alone cannot say: borders everywhere, and a focus you see from afar."""


def palette(name: str) -> QPalette:
    """The application's palette for theme `name`."""
    result = QPalette()
    for role, colour in _COLOURS[name].items():
        result.setColor(role, QColor(colour))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.HighlightedText):
        result.setColor(_Group.Disabled, role, QColor(_DISABLED[name]))
    return result


def system_theme() -> str:
    """The theme the system asks for: high contrast, else dark, else light."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is not None and \
            accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_theme(name: str) -> None:
    """Give the whole application theme `name`: style, palette and the few borders."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette(name))
    app.setStyleSheet(_STYLE_SHEETS.get(name, ""))
    app.setProperty("kerneopgave_theme", name)


def current_theme() -> str:
    """The theme last applied to the application (light before any)."""
    app = QApplication.instance()
    name = app.property("kerneopgave_theme") if app is not None else None
    return name if name in THEME_NAMES else "light"
