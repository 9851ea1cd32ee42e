"""The README's screenshots, taken from the app on a real X display (the window's own screens
in every theme and size are tests/screenshots.py's).

Run under a private Xvfb with two 1920x1080 screens (the laptop and the projector):

    XVFB_SCREENS=2 . /work/shared/tools/xvfb.sh && python -m tests.readme_screenshots

It opens the examples and every template in the program's own windows, presents on the
second screen, opens the room on 127.0.0.1, and grabs each X screen as it is shown; the PDF
report's pages are rendered from the report itself. It writes into docs/ (or --out) and
prints each file it wrote. Settings, backups and recent files go to a temporary home.
Look at the pictures before committing them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOME = Path(tempfile.mkdtemp(prefix="kerneopgave-screenshots-"))
for name, value in (("HOME", HOME), ("XDG_CONFIG_HOME", HOME / ".config"),
                    ("XDG_DATA_HOME", HOME / ".local" / "share"),
                    ("KERNEOPGAVE_DATA", HOME / "data")):
    os.environ[name] = str(value)
sys.path.insert(0, str(ROOT))

SIZE = (1920, 1080)


def _settle(app, rounds: int = 30) -> None:
    """Let the windows lay out and paint, as a person's eye would wait for them."""
    import time
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def _grab(app, screen, path: Path) -> None:
    _settle(app)
    picture = screen.grabWindow(0)
    if picture.isNull() or not picture.save(str(path)):
        raise SystemExit(f"could not grab the screen into {path}")
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _window(app, settings, workshop, folder: Path, name: str):
    from kerneopgave_desktop.document import create_document
    from kerneopgave_desktop.ui.main_window import MainWindow

    window = MainWindow(create_document(folder / f"{name}.kerneopgave", workshop),
                        settings=settings)
    window.view.animation_ms = 0
    screen = app.screens()[0]
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.show()
    _settle(app)
    return window


def _report_pages(out: Path) -> None:
    """A board page and the first page of the minutes of the school example's report."""
    import io

    import pypdfium2

    from kerneopgave_desktop.domain.demo import demo_workshop
    from kerneopgave_desktop.printing.report import write_report

    pdf = io.BytesIO()
    write_report(demo_workshop(), pdf)
    document = pypdfium2.PdfDocument(pdf.getvalue())
    minutes = next(index for index in range(len(document))
                   if document[index].get_size()[1] > document[index].get_size()[0])
    for index, name, width in ((1, "report-page.png", 1400), (minutes, "report-minutes.png", 800)):
        page = document[index]
        page.render(scale=width / page.get_size()[0]).to_pil().save(out / name)
        print((out / name).relative_to(ROOT) if (out / name).is_relative_to(ROOT) else out / name)
    document.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    if os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"):
        raise SystemExit("run under Xvfb: XVFB_SCREENS=2 . /work/shared/tools/xvfb.sh")
    from PySide6.QtWidgets import QApplication

    app = QApplication(["kerneopgave"])
    if len(app.screens()) < 2 or any(
            (screen.size().width(), screen.size().height()) != SIZE for screen in app.screens()):
        raise SystemExit("two 1920x1080 screens are needed: XVFB_SCREENS=2 "
                         ". /work/shared/tools/xvfb.sh")
    from kerneopgave_desktop.document import AddSubmission
    from kerneopgave_desktop.domain.demo import demo_workshop
    from kerneopgave_desktop.domain.model import Workshop
    from kerneopgave_desktop.domain.rounds import Round, Submission
    from kerneopgave_desktop.domain.templates import TEMPLATES
    from kerneopgave_desktop.ui.settings import Settings

    out: Path = args.out
    shots = out / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    folder = HOME / "files"
    folder.mkdir()
    settings = Settings.in_file(HOME / "settings.ini")
    laptop, wall = app.screens()[0], app.screens()[1]  # the wall: the screen not the laptop's

    # The hero: what each profession brings, a card chosen so the inspector shows its fields.
    window = _window(app, settings, demo_workshop(), folder, "skole")
    window.tabs.setCurrentIndex(1)
    scene = window.current_scene()
    chosen = next(item for item in scene.cards.values() if item.card.kind == "contribution")
    chosen.setSelected(True)
    _grab(app, laptop, out / "screenshot.png")

    # Presenting: the projector at 1080p with the timer running, and the laptop meanwhile.
    scene.clearSelection()
    meeting = window.meeting
    meeting.timer.set_minutes(5)
    meeting.start_presenting()
    meeting.timer.start()
    _grab(app, wall, shots / "projector.png")
    _grab(app, laptop, shots / "laptop-presenting.png")

    # The room open on the projector: the way in beside the board, three cards face down.
    meeting.presentation.close()
    window.room.open("127.0.0.1", 0)
    window.room.open_round(Round(id="new", board="new", kind="contribution", hidden=True,
                                 prompt="Hvad bidrager jeres faggruppe med?"))
    round_id = window.document.workshop.open_round().id
    for number in range(3):
        window.document.apply(AddSubmission(Submission(id=f"s{number}", round=round_id,
                                                       device=f"d{number}", text="…")))
    window.room.panel.hide()
    meeting.start_presenting()
    window.room.place_overlay()
    _grab(app, wall, shots / "room-projector.png")
    meeting.presentation.close()
    window.room.close()
    meeting.timer.reset()
    window.close()

    # Every template, as it opens.
    for name, template in TEMPLATES.items():
        board = template.board()
        window = _window(app, settings, Workshop(boards=[board]), folder, name)
        _grab(app, laptop, shots / f"template-{name}.png")
        window.close()

    _report_pages(out)
    app.quit()


if __name__ == "__main__":
    main()
