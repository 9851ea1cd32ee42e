"""Build the PyInstaller one-folder bundle of Kerneopgave-tavlen for this OS.

    python packaging/build.py            # dist/kerneopgave/, then the smoke test
    python packaging/build.py --no-smoke

Needs `pip install pyinstaller` next to the app (`pip install -e .`). The result is
`dist/kerneopgave/` (on macOS also `dist/kerneopgave.app`); Windows IT wraps
it with `packaging/windows/kerneopgave.iss`. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "kerneopgave"

# The app uses QtCore, QtGui, QtWidgets, QtPrintSupport, QtSvg and, for the room's list
# of the laptop's addresses, QtNetwork. The rest are excluded so that no optional import or
# hook brings their bindings in. Their C++ libraries still come along where a platform plugin
# links them (QtDBus).
UNUSED_QT = ("QtQml", "QtQuick", "QtQuickWidgets", "QtOpenGL", "QtOpenGLWidgets",
             "QtDBus", "QtSql", "QtTest", "QtXml", "QtConcurrent", "QtDesigner", "QtHelp",
             "QtUiTools", "QtMultimedia", "QtWebEngineCore", "QtPdf", "QtCharts")
# Python modules the app never imports but that libraries mention optionally.
UNUSED_PYTHON = ("tkinter", "unittest", "pydoc_data", "test", "IPython", "matplotlib", "numpy",
                 "pytest", "hypothesis", "setuptools", "pip")


def pyinstaller_args(dist: Path, work: Path) -> list[str]:
    separator = ";" if sys.platform == "win32" else ":"
    # Linux takes its icons from the desktop entry (packaging/linux/), not the executable.
    icon = ROOT / "resources" / "icons" / ("kerneopgave.ico" if sys.platform == "win32"
                                             else "kerneopgave-256.png")
    args = [
        str(ROOT / "packaging" / "launcher.py"),
        "--name", NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--log-level", "WARN",
        "--distpath", str(dist),
        "--workpath", str(work),
        "--specpath", str(work),
        "--paths", str(ROOT),  # an editable install is invisible to the analysis
        "--add-data", f"{ROOT / 'resources'}{separator}resources",
        # sqlite-utils reaches some of its modules lazily.
        "--collect-submodules", "sqlite_utils",
        # The room's server is imported only when the room opens, so the analysis is told.
        "--collect-submodules", "aiohttp",
        "--hidden-import", "segno",
        # reportlab imports its C helpers (rl_accel) through exec: the analysis cannot see it.
        "--hidden-import", "_rl_accel",
        # python-docx reads its part templates (the footer's, for "Side x af y") from files
        # beside its modules: packaging/hooks/hook-docx.py puts both on disk.
        "--additional-hooks-dir", str(ROOT / "packaging" / "hooks"),
        "--collect-submodules", "kerneopgave_desktop",
    ]
    if sys.platform in ("win32", "darwin"):
        args += ["--windowed", "--icon", str(icon)]  # no console window behind the app
    if sys.platform == "darwin":
        args += ["--osx-bundle-identifier", "dk.kerneopgave.Tavlen"]
    for module in UNUSED_QT:
        args += ["--exclude-module", f"PySide6.{module}"]
    for module in UNUSED_PYTHON:
        args += ["--exclude-module", module]
    return args


def trim(bundle: Path) -> int:
    """Drop Qt's catalogues for languages the app does not speak; bytes removed."""
    removed = 0
    for folder in bundle.rglob("translations"):
        if "PySide6" not in folder.parts:
            continue
        for catalogue in folder.glob("*.qm"):
            if not catalogue.stem.endswith(("_da", "_en")):
                removed += catalogue.stat().st_size
                catalogue.unlink()
    return removed


def portable_zip(bundle: Path) -> Path:
    """`kerneopgave-<version>-<os>-portable.zip`: unzip anywhere and run, no install."""
    from kerneopgave_desktop import __version__

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = bundle.parent / f"kerneopgave-{__version__}-{system}-portable"
    return Path(shutil.make_archive(str(base), "zip", bundle.parent, bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument("--zip", action="store_true", help="also make the portable zip")
    args = parser.parse_args(argv)

    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print("PyInstaller is missing: pip install pyinstaller", file=sys.stderr)
        return 2
    started = time.perf_counter()
    pyinstaller.run(pyinstaller_args(args.dist, args.work))
    bundle = args.dist / NAME
    trimmed = trim(bundle)
    print(f"built {bundle} in {time.perf_counter() - started:.0f} s "
          f"(left out {trimmed / 1e6:.1f} MB of Qt catalogues for other languages)")
    status = 0 if args.no_smoke else subprocess.call(
        [sys.executable, str(ROOT / "packaging" / "smoke.py"), str(bundle)])
    if status == 0 and args.zip:
        print(f"portable: {portable_zip(bundle)}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
