"""The application: translators, the start page, and one main window per open file."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QSettings,
    QStandardPaths,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kerneopgave_desktop import __version__, i18n
from kerneopgave_desktop.document import create_document, open_document
from kerneopgave_desktop.domain.model import Workshop, WorkshopInfo
from kerneopgave_desktop.resources import resource_path
from kerneopgave_desktop.storage import FileProblem
from kerneopgave_desktop.storage.backups import back_up
from kerneopgave_desktop.ui.main_window import FILE_FILTER, MainWindow
from kerneopgave_desktop.ui.start_page import StartPage

RECENT_LIMIT = 10

# Opening a file must show its board soon: what only the start page, a new workshop or the
# example needs (file dialogs, templates, the demo) is imported where it is used.


def _tr(source: str) -> str:
    return QCoreApplication.translate("App", source)


_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Switch the program to `lang`: our compiled catalogue, Qt's own, and the Qt-free layers."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(lang)
    for name, folder in (("kerneopgave", str(resource_path("translations"))),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{lang}", folder):
            app.installTranslator(translator)
            _installed.append(translator)


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "Kerneopgave"


class Application:
    def __init__(self, qt_app: QApplication, settings: QSettings | None = None):
        self.qt = qt_app
        self.settings = settings or QSettings("Kerneopgave-tavlen", "Kerneopgave-tavlen")
        self.windows: list[MainWindow] = []
        self.start: StartPage | None = None

    # -- recent files ------------------------------------------------------------------

    def recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if Path(p).exists()]

    def remember(self, path: Path) -> None:
        paths = [str(path.resolve())] + [p for p in self.recent() if p != str(path.resolve())]
        self.settings.setValue("recent", paths[:RECENT_LIMIT])

    # -- windows -----------------------------------------------------------------------

    def show_start(self) -> None:
        self.start = StartPage(self.recent())
        self.start.new_requested.connect(self.new_workshop)
        self.start.open_requested.connect(self.open_file)
        self.start.demo_requested.connect(self.open_demo)
        self.start.show()

    def open_file(self, path: str = "") -> MainWindow | None:
        if not path:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(None, _tr("Åbn arbejdsmøde"),
                                                  str(default_folder()), FILE_FILTER)
            if not path:
                return None
        for window in self.windows:  # already open here: show that window, not a second one
            store = window.document.store
            if store is not None and Path(store.path).resolve() == Path(path).resolve():
                window.raise_()
                window.activateWindow()
                return window
        try:
            document = open_document(path)
        except FileProblem as error:
            self.problem(str(error))
            return None
        self.remember(Path(path))
        window = self._show(MainWindow(document))
        if not document.read_only:
            try:
                back_up(document.store)
            except (OSError, sqlite3.Error) as error:  # a missing backup must not stop the work
                window.statusBar().showMessage(_tr("Kunne ikke tage dagens sikkerhedskopi "
                                                   "({detail}).").format(detail=error), 10000)
        return window

    def new_workshop(self, template: str = "tom") -> MainWindow | None:
        from PySide6.QtWidgets import QFileDialog

        from kerneopgave_desktop.domain.templates import TEMPLATES
        from kerneopgave_desktop.storage.atomic import create_workshop

        folder = default_folder()
        folder.mkdir(parents=True, exist_ok=True)
        suggestion = folder / _tr("Arbejdsmøde {date}.kerneopgave").format(
            date=date.today().isoformat())
        path, _ = QFileDialog.getSaveFileName(None, _tr("Nyt arbejdsmøde"), str(suggestion),
                                              FILE_FILTER)
        if not path:
            return None
        if not path.endswith(".kerneopgave"):
            path += ".kerneopgave"
        workshop = Workshop(info=WorkshopInfo(title=Path(path).stem, date=date.today()),
                            boards=[TEMPLATES[template].board()])
        try:
            # Whole or not at all; the save dialog already asked to replace an existing file.
            create_workshop(path, workshop, replace=True)
            document = open_document(path)
        except FileProblem as error:
            self.problem(str(error))
            return None
        self.remember(Path(path))
        return self._show(MainWindow(document))

    def open_demo(self, name: str | None = None) -> MainWindow | None:
        """The example workshop `name` (the school by default), as a fresh temporary file."""
        import tempfile

        from kerneopgave_desktop.domain.demo import DEFAULT_DEMO, demo_workshop

        workshop = demo_workshop(name or DEFAULT_DEMO)
        folder = Path(tempfile.mkdtemp(prefix="kerneopgave-demo-"))
        path = folder / _tr("Eksempel - {workplace}.kerneopgave").format(
            workplace=workshop.info.workplace)
        try:
            document = create_document(path, workshop)
        except FileProblem as error:
            self.problem(str(error))
            return None
        window = self._show(MainWindow(document))
        window.statusBar().showMessage(_tr(
            "Et eksempel i en midlertidig fil. Brug Gem som… for at beholde det."))
        return window

    def set_language(self, lang: str) -> None:
        """Remember the choice, switch, and rebuild every window around its open document."""
        self.settings.setValue("language", lang)
        install_translators(self.qt, lang)
        for old in list(self.windows):
            window = MainWindow(old.document)
            window.setGeometry(old.geometry())
            self.windows.remove(old)
            old.close_keeping_document()
            self._show(window)

    def warn_network_once(self, window: MainWindow) -> bool:
        """A file on a network drive: say once (per file) that a local copy is safer."""
        store = window.document.store
        if store is None or not store.on_network:
            return False
        warned = self.settings.value("network_warned", []) or []
        warned = [warned] if isinstance(warned, str) else list(warned)
        key = str(Path(store.path).resolve())
        if key in warned:
            return False
        self.settings.setValue("network_warned", [*warned, key])
        box = QMessageBox(QMessageBox.Icon.Information, "Kerneopgave-tavlen", _tr(
            "{name} ligger på et netværksdrev. Alt gemmes stadig, mens I arbejder, men hvis "
            "forbindelsen svigter, er en lokal kopi sikrere: brug Gem som… til en mappe på "
            "computeren, og læg filen tilbage bagefter.").format(name=Path(store.path).name),
            QMessageBox.StandardButton.Ok, window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        return True

    def _show(self, window: MainWindow) -> MainWindow:
        window.open_requested.connect(lambda: self.open_file(""))
        window.new_requested.connect(lambda: self.new_workshop("tom"))
        window.language_requested.connect(self.set_language)
        self.windows.append(window)
        screen = self.qt.primaryScreen()
        if screen is not None:  # without a window manager, maximizing alone does nothing
            window.setGeometry(screen.availableGeometry())
        window.showMaximized()
        self.warn_network_once(window)
        if self.start is not None:
            self.start.close()
            self.start = None
        return window

    def problem(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Kerneopgave-tavlen", message)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def run(path: str | None = None, demo: str | None = None, lang: str | None = None,
        present: bool = False, room: str | None = None) -> int:
    """Open the program, or the example `demo` (by name), or the file `path`.

    `lang` from the command line wins over the saved choice and the system. `room` opens
    the room for phones (on that address, or the likeliest when empty) and prints the
    address to join on standard output.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kerneopgave-tavlen")
    app.setApplicationVersion(__version__)
    # The desktop file's name (packaging/linux/) lets the desktop match windows to it.
    app.setDesktopFileName("dk.kerneopgave.Tavlen")
    app.setWindowIcon(QIcon(str(resource_path("icons", "kerneopgave.svg"))))
    application = Application(app)
    saved = application.settings.value("language")
    install_translators(app, lang or (saved if saved in i18n.LANGUAGES else
                                      i18n.system_language()))
    if demo or path:
        window = application.open_demo(demo) if demo else application.open_file(path)
        if window is None:
            return 1
        if present:
            window.meeting.start_presenting()
        if room is not None:
            open_room(window, room)
    else:
        application.show_start()
    return app.exec()


def open_room(window: MainWindow, address: str) -> str | None:
    """Open the room from the command line: `address` may be HOST, HOST:PORT or empty; the
    join address goes to standard output (for IT to test a firewall rule, and for tests)."""
    host, port = address, None
    if address.count(":") == 1:  # HOST:PORT (an IPv6 address alone has several colons)
        host, _, number = address.partition(":")
        port = int(number) if number.isdigit() else None
    url = window.room.open(host.strip("[]") or None, port)
    if url is not None:
        print(url, flush=True)
    return url
