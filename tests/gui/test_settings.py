"""One typed settings object: coerced on reading, the only door to the user's settings."""

from pathlib import Path

from kerneopgave_desktop.canvas.theme import THEMES
from kerneopgave_desktop.ui import settings as settings_module
from kerneopgave_desktop.ui.settings import Settings

PACKAGE = Path(__file__).resolve().parents[2] / "kerneopgave_desktop"


def test_values_come_back_typed_and_bad_ones_as_the_default(tmp_path):
    path = tmp_path / "s.ini"
    path.write_text("[General]\ntheme=purple\ntext_size=huge\nlanguage=fr\npaper=A5\n"
                    "recent=" + str(tmp_path / "gone.kerneopgave") + "\n", encoding="utf-8")
    settings = Settings.in_file(path)
    assert (settings.theme, settings.text_size, settings.language, settings.paper) == \
        ("light", 1.0, None, "A4")
    assert settings.recent_files == []  # a lone string, and the file no longer exists
    settings.theme, settings.text_size, settings.language, settings.paper = \
        "contrast", 1.25, "en", "A3"
    again = Settings.in_file(path)
    assert (again.theme, again.text_size, again.language, again.paper) == \
        ("contrast", 1.25, "en", "A3")


def test_recent_files_keep_the_newest_first_once_each(tmp_path, settings):
    files = [tmp_path / f"{n}.kerneopgave" for n in range(12)]
    for path in files:
        path.touch()
        settings.remember_file(path)
    settings.remember_file(files[3])
    recent = settings.recent_files
    assert recent[0] == str(files[3].resolve()) and len(recent) == 10 == len(set(recent))


def test_folders_and_warned_files(tmp_path, settings):
    assert settings.last_folder == Path.home()
    settings.last_folder = tmp_path
    assert settings.last_folder == tmp_path
    path = tmp_path / "fælles.kerneopgave"
    assert not settings.warned_network(path)
    settings.mark_warned_network(path)
    assert settings.warned_network(path)
    assert Settings.in_memory().presenter_screen == ""


def test_the_themes_offered_are_the_canvas_s():
    assert set(settings_module.THEMES) == set(THEMES)


def test_no_other_module_opens_qsettings():
    users = sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                   if "QSettings(" in path.read_text(encoding="utf-8"))
    assert users == ["ui/settings.py"]
