"""The packaging files agree with each other and with the program (no build here:
`python packaging/build.py` builds and smoke-tests the bundle, and CI runs it)."""

import configparser
import importlib.util
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

from kerneopgave_desktop import __version__
from kerneopgave_desktop.storage import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "dk.kerneopgave.Tavlen"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def load(name):
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def desktop_entry():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path):
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_the_desktop_entry_opens_files_of_our_mime_type_with_our_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Exec"] == "kerneopgave %f"
    assert entry["MimeType"] == "application/x-kerneopgave;"
    icon = entry["Icon"]
    assert (LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{icon}.svg").is_file()
    assert entry["Name[da]"] and entry["Comment[da]"]


def test_the_mime_type_matches_the_extension_and_the_sqlite_application_id():
    root = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    mime = root.find(f"{MIME}mime-type")
    assert mime.get("type") == "application/x-kerneopgave"
    assert mime.find(f"{MIME}glob").get("pattern") == "*.kerneopgave"
    outer = mime.find(f"{MIME}magic/{MIME}match")
    assert outer.get("value") == "SQLite format 3\\000" and outer.get("offset") == "0"
    inner = outer.find(f"{MIME}match")
    assert inner.get("type") == "big32" and inner.get("offset") == "68"
    assert int(inner.get("value"), 16) == APPLICATION_ID
    icon = mime.find(f"{MIME}icon").get("name")
    assert (LINUX / "icons" / "hicolor" / "48x48" / "mimetypes" / f"{icon}.png").is_file()


def test_the_metainfo_names_the_desktop_entry_and_this_version():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__


def test_every_icon_size_is_rendered_at_its_size():
    for context in ("apps", "mimetypes"):
        for size in (16, 24, 32, 48, 64, 128, 256, 512):
            folder = LINUX / "icons" / "hicolor" / f"{size}x{size}" / context
            [png] = folder.glob("*.png")
            assert png_size(png) == (size, size)
    for ico in ("kerneopgave.ico", "kerneopgave-document.ico"):
        data = (ROOT / "resources" / "icons" / ico).read_bytes()
        assert data[:4] == b"\0\0\1\0" and struct.unpack("<H", data[4:6])[0] >= 5


def test_the_windows_installer_is_per_user_and_ships_what_exists():
    script = (PACKAGING / "windows" / "kerneopgave.iss").read_text(encoding="utf-8-sig")
    assert re.search(r'#define AppVersion "([^"]+)"', script)[1] == __version__
    assert "PrivilegesRequired=lowest" in script
    assert 'Subkey: "Software\\Classes\\.kerneopgave"' in script
    assert "DefaultIcon" in script and "kerneopgave-document.ico" in script
    here = PACKAGING / "windows"
    for source in re.findall(r'(?:Source|SetupIconFile)[:=] *"?([^";\n]+)', script):
        path = source.replace("{#Root}", "../..").replace("\\", "/").rstrip("*").strip()
        if "/dist/" in path:
            continue  # made by build.py
        assert (here / path).exists(), source


def test_only_an_all_users_install_offers_the_rooms_firewall_rule():
    script = (PACKAGING / "windows" / "kerneopgave.iss").read_text(encoding="utf-8-sig")
    from kerneopgave_desktop.room.server import DEFAULT_PORT

    task = next(line for line in script.splitlines() if line.startswith('Name: "firewall"'))
    assert "Check: IsAdminInstallMode" in task and "Flags: unchecked" in task
    rule = next(line for line in script.splitlines() if "firewall add rule" in line)
    assert f"localport={DEFAULT_PORT}" in rule and "program=" in rule and "Tasks: firewall" in rule
    assert "firewall delete rule" in script


def test_the_build_ships_the_resources_and_leaves_out_unused_qt(tmp_path):
    build = load("build")
    args = build.pyinstaller_args(tmp_path / "dist", tmp_path / "work")
    added = args[args.index("--add-data") + 1]
    assert added.startswith(str(ROOT / "resources")) and added.endswith("resources")
    excluded = {args[i + 1] for i, arg in enumerate(args) if arg == "--exclude-module"}
    assert {"PySide6.QtQml", "tkinter"} <= excluded
    used = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtNetwork"}
    assert not {f"PySide6.{name}" for name in used} & excluded


def test_the_smoke_test_hides_every_python(tmp_path, monkeypatch):
    smoke = load("smoke")
    with_python = tmp_path / "venv-bin"
    with_python.mkdir()
    (with_python / "python3").write_text("")
    monkeypatch.setenv("PATH", f"{with_python}:/usr/bin")
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.setenv("VIRTUAL_ENV", str(tmp_path))
    env = smoke.bare_environment()
    assert str(with_python) not in env["PATH"].split(":")
    assert "PYTHONPATH" not in env and "VIRTUAL_ENV" not in env
    assert env["QT_QPA_PLATFORM"] == "offscreen"
