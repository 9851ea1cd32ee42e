"""Smoke-test a built bundle with no Python environment in reach.

    python packaging/smoke.py dist/kerneopgave

Runs the bundle's own executable with an environment stripped of Python
(no PYTHONPATH, PYTHONHOME or virtualenv, PATH without any Python), from an
empty folder: --version, `new` from a template, `export --format pdf`, docx and xlsx, on
the offscreen platform `export --format png`, and `FILE --room 127.0.0.1` (the page
served through the printed join address, on loopback). It checks each output's magic
bytes and prints the bundle's size. Exit status 0 when all passed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def executable(bundle: Path) -> Path:
    name = "kerneopgave.exe" if sys.platform == "win32" else "kerneopgave"
    return bundle / name


def bare_environment() -> dict[str, str]:
    """The caller's environment without anything that could lend the bundle a Python."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA", "QT_PLUGIN", "LD_LIBRARY"))}
    keep = []
    for folder in env.get("PATH", "").split(os.pathsep):
        if folder and not any((Path(folder) / name).exists()
                              for name in ("python", "python3", "python.exe")):
            keep.append(folder)
    env["PATH"] = os.pathsep.join(keep)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def bundle_size(bundle: Path) -> int:
    return sum(path.stat().st_size for path in bundle.rglob("*")
               if path.is_file() and not path.is_symlink())


def room(program: Path, work: Path, env: dict[str, str]) -> bool:
    """Open the room from the bundle on 127.0.0.1, join through the printed address as a
    phone would, and see the participant page (the server and its assets are bundled)."""
    import http.cookiejar
    import urllib.request

    # The program opens a window: its settings, recent files and backups stay in `work`.
    env = {**env, "HOME": str(work), "XDG_CONFIG_HOME": str(work / "config"),
           "XDG_DATA_HOME": str(work / "data"), "KERNEOPGAVE_DATA": str(work / "data"),
           "APPDATA": str(work / "appdata"), "LOCALAPPDATA": str(work / "localappdata")}
    started = subprocess.Popen([str(program), "smoke.kerneopgave", "--room", "127.0.0.1"],
                               cwd=work, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        url = started.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            print(started.stderr.read()[-2000:], file=sys.stderr)
            return False
        phone = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(
            http.cookiejar.CookieJar()))
        with phone.open(url, timeout=20) as page:
            ok = page.status == 200 and "Deltag i mødet" in page.read().decode("utf-8")
        with phone.open(url.split("/j/")[0] + "/app.js", timeout=20) as script:
            return ok and b"textContent" in script.read()
    except OSError as error:
        print(f"room: {error}", file=sys.stderr)
        return False
    finally:
        started.terminate()
        try:
            started.wait(30)
        except subprocess.TimeoutExpired:
            started.kill()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0]).resolve()
    program = executable(bundle)
    if not program.exists():
        print(f"no executable at {program}", file=sys.stderr)
        return 1
    env = bare_environment()
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)

        def run(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run([str(program), *args], cwd=work, env=env,
                                  capture_output=True, text=True, timeout=120,
                                  stdin=subprocess.DEVNULL)

        def check(label: str, result: subprocess.CompletedProcess, ok: bool) -> None:
            nonlocal failures
            passed = result.returncode == 0 and ok
            failures += not passed
            print(f"{'ok  ' if passed else 'FAIL'} {label}")
            if not passed:
                print(result.stdout[-2000:], result.stderr[-2000:], sep="\n", file=sys.stderr)

        result = run("--version")
        check("--version", result, result.stdout.startswith("kerneopgave "))

        result = run("new", "smoke.kerneopgave", "--template", "niveauer", "--title", "Røgtest")
        made = work / "smoke.kerneopgave"
        check("new --template niveauer", result,
              made.exists() and made.read_bytes()[:16] == b"SQLite format 3\x00")

        result = run("export", "smoke.kerneopgave", "--format", "pdf", "-o", "smoke.pdf")
        pdf = work / "smoke.pdf"
        check("export --format pdf", result, pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-")

        for fmt in ("docx", "xlsx"):  # python-docx's template and openpyxl travel in the bundle
            result = run("export", "smoke.kerneopgave", "--format", fmt, "-o", f"smoke.{fmt}")
            out = work / f"smoke.{fmt}"
            check(f"export --format {fmt}", result,
                  out.exists() and out.read_bytes()[:4] == b"PK\x03\x04")

        result = run("export", "smoke.kerneopgave", "--format", "png", "-o", "smoke.png")
        png = work / "smoke.png"
        check("export --format png (offscreen)", result,
              png.exists() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n")

        passed = room(program, work, env)
        failures += not passed
        print(f"{'ok  ' if passed else 'FAIL'} FILE --room 127.0.0.1 (the page through the "
              "printed address)")

    print(f"bundle: {bundle}  {bundle_size(bundle) / 1e6:.0f} MB, "
          f"python on PATH: {shutil.which('python3', path=env['PATH']) or 'none'}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
