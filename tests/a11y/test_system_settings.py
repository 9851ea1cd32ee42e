"""The system's settings win while the program runs: turning the system's high contrast on
(or its dark scheme) changes the theme of the open windows at once, unless the user chose a
theme in Vis › Udseende (ui.app.follow_the_system)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kerneopgave_desktop.ui import app as app_module
from kerneopgave_desktop.ui import settings as settings_module
from kerneopgave_desktop.ui.window_theme import apply_theme, current_theme


def test_the_theme_follows_the_systems_contrast_and_scheme_while_running(qapp, settings,
                                                                          monkeypatch):
    system = {"theme": "light"}
    monkeypatch.setattr(settings_module, "system_theme", lambda: system["theme"])
    application = app_module.Application(qapp, settings)
    hints = qapp.styleHints()
    app_module.follow_the_system(qapp, application)
    try:
        apply_theme(settings.theme)
        assert current_theme() == "light"
        system["theme"] = "contrast"  # the system's high contrast turned on
        hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
        assert current_theme() == "contrast"
        system["theme"] = "dark"  # high contrast off, the system dark
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert current_theme() == "dark"
        settings.theme_choice = "light"  # chosen by the user: the system no longer wins
        apply_theme(settings.theme)
        system["theme"] = "contrast"
        hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
        assert current_theme() == "light"
    finally:
        hints.colorSchemeChanged.disconnect(application.follow_system_theme)
        hints.accessibility().contrastPreferenceChanged.disconnect(
            application.follow_system_theme)
        apply_theme("light")
