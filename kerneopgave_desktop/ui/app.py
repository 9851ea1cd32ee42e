"""The application: translators, the start page, and one main window per open file."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kerneopgave_desktop import __version__, i18n
from kerneopgave_desktop.document import Document, FileProblem, create_document, open_document
from kerneopgave_desktop.document.backups import BackupFailed, back_up
from kerneopgave_desktop.domain.model import Workshop, WorkshopInfo
from kerneopgave_desktop.domain.progress import Cancelled
from kerneopgave_desktop.domain.text import said, visible
from kerneopgave_desktop.resources import resource_path
from kerneopgave_desktop.ui.main_window import FILE_FILTER, MainWindow
from kerneopgave_desktop.ui.progress import ProgressDialog
from kerneopgave_desktop.ui.screen_fit import fit_to_screen
from kerneopgave_desktop.ui.settings import Settings, workshop_folder
from kerneopgave_desktop.ui.window_theme import apply_theme
from kerneopgave_desktop.ui.windows import Windows

if TYPE_CHECKING:
    from kerneopgave_desktop.ui.start_page import StartPage

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
    ours = str(resource_path("translations"))
    # Qt's own catalogue, then our additions to it (texts Qt 6 changed that its Danish
    # catalogue has not caught up with): a translator installed later is asked first.
    for name, folder in (("kerneopgave", ours),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("qt_extra", ours)):
        translator = QTranslator(app)
        if translator.load(f"{name}_{lang}", folder):
            app.installTranslator(translator)
            _installed.append(translator)




class Application:
    """The program: its settings, the start page, and every window it has open, in one list."""

    def __init__(self, qt_app: QApplication, settings: Settings):
        self.qt = qt_app
        self.settings = settings
        self.open_windows = Windows(self.open_read_only)
        """Every open window: a file's own, and the read-only ones (backups, snapshots)."""
        self.start: StartPage | None = None

    @property
    def windows(self) -> list[MainWindow]:
        """The files' own windows, oldest first."""
        return self.open_windows.of_kind("main")

    def new_window(self, document: Document) -> MainWindow:
        return MainWindow(document, settings=self.settings, windows=self.open_windows)

    # -- recent files ------------------------------------------------------------------

    def recent(self) -> list[str]:
        return self.settings.recent_files

    def remember(self, path: Path) -> None:
        self.settings.remember_file(path)

    # -- windows -----------------------------------------------------------------------

    def show_start(self) -> None:
        from kerneopgave_desktop.ui.start_page import StartPage  # not when opening a file

        self.start = StartPage(self.recent(), last_opened=self.settings.last_opened)
        fit_to_screen(self.start)
        self.start.new_requested.connect(self.new_workshop)
        self.start.open_requested.connect(self.open_file)
        self.start.demo_requested.connect(self.open_demo)
        screen = self.qt.primaryScreen()
        if screen is not None:  # as the main window: without a window manager, too
            self.start.setGeometry(screen.availableGeometry())
        self.start.showMaximized()

    def open_file(self, path: str = "") -> MainWindow | None:
        if not path:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(None, _tr("Åbn arbejdsmøde"),
                                                  str(workshop_folder()), FILE_FILTER)
            if not path:
                return None
        for window in self.windows:  # already open here: show that window, not a second one
            store = window.document.store
            if store is not None and Path(store.path).resolve() == Path(path).resolve():
                window.raise_()
                window.activateWindow()
                return window
        try:  # a large file shows how far it has come, and can be left unopened
            with ProgressDialog(None, _tr("Åbner {name} …").format(
                    name=visible(Path(path).name))) as progress:
                document = open_document(path, progress=progress)
        except Cancelled:
            return None
        except FileProblem as error:
            self.problem(str(error))
            return None
        self.remember(Path(path))
        window = self.show_window(self.new_window(document))
        if not document.read_only:
            try:
                back_up(document)
            except BackupFailed as error:  # a missing backup must not stop the work
                window.statusBar().showMessage(_tr("Kunne ikke tage dagens sikkerhedskopi "
                                                   "({detail}).").format(detail=said(error)), 10000)
        return window

    def new_workshop(self, template: str = "tom") -> MainWindow | None:
        from PySide6.QtWidgets import QFileDialog

        from kerneopgave_desktop.document.files import new_workshop_file
        from kerneopgave_desktop.domain.templates import TEMPLATES
        from kerneopgave_desktop.ui.new_workshop_dialog import NewWorkshopDialog

        asked = NewWorkshopDialog(TEMPLATES[template], self.start)
        if not asked.exec():
            return None
        folder = workshop_folder()
        folder.mkdir(parents=True, exist_ok=True)
        suggestion = folder / _tr("Arbejdsmøde {date}.kerneopgave").format(
            date=date.today().isoformat())
        path, _ = QFileDialog.getSaveFileName(None, _tr("Nyt arbejdsmøde"), str(suggestion),
                                              FILE_FILTER)
        if not path:
            return None
        if not path.endswith(".kerneopgave"):
            path += ".kerneopgave"
        workshop = Workshop(info=WorkshopInfo(title=Path(path).stem, date=date.today(),
                                              sector=asked.sector()),
                            boards=[TEMPLATES[template].board()])
        try:
            # Whole or not at all; the save dialog already asked to replace an existing file.
            document = new_workshop_file(path, workshop)
        except FileProblem as error:
            self.problem(str(error))
            return None
        self.remember(Path(path))
        return self.show_window(self.new_window(document))

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
        window = self.show_window(self.new_window(document))
        window.statusBar().showMessage(_tr(
            "Et eksempel i en midlertidig fil. Brug Gem som… for at beholde det."))
        return window

    def set_language(self, lang: str) -> None:
        """Remember the choice, switch, and rebuild every window around its open document."""
        self.settings.language = lang
        install_translators(self.qt, lang)
        for old in self.windows:
            window = self.new_window(old.document)
            window.setGeometry(old.geometry())
            old.close_keeping_document()
            self.show_window(window)

    def warn_network_once(self, window: MainWindow) -> bool:
        """A file on a network drive: say once (per file) that a local copy is safer."""
        store = window.document.store
        if store is None or not store.on_network:
            return False
        if self.settings.warned_network(Path(store.path)):
            return False
        self.settings.mark_warned_network(Path(store.path))
        box = QMessageBox(QMessageBox.Icon.Information, "Kerneopgave-tavlen", _tr(
            "{name} ligger på et netværksdrev. Alt gemmes stadig, mens I arbejder, men hvis "
            "forbindelsen svigter, er en lokal kopi sikrere: brug Gem som… til en mappe på "
            "computeren, og læg filen tilbage bagefter.").format(name=Path(store.path).name),
            QMessageBox.StandardButton.Ok, window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        return True

    def open_read_only(self, document: Document, title: str) -> MainWindow:
        """`document` (a backup) in a read-only window beside the others, titled `title`."""
        window = self.new_window(document)
        window.setWindowTitle(title)
        return self.open_windows.show(window)

    def show_window(self, window: MainWindow) -> MainWindow:
        """A file's own window, maximized, kept in the list; the start page goes."""
        window.open_requested.connect(lambda: self.open_file(""))
        window.new_requested.connect(lambda: self.new_workshop("tom"))
        window.language_requested.connect(self.set_language)
        window.quit_requested.connect(self.quit)
        self.open_windows.keep(window, "main")
        screen = self.qt.primaryScreen()
        if screen is not None:  # without a window manager, maximizing alone does nothing
            window.setGeometry(screen.availableGeometry())
        window.showMaximized()
        self.warn_network_once(window)
        if self.start is not None:
            self.start.close()
            self.start = None
        return window

    def quit(self) -> bool:
        """Fil › Afslut: close every window (each may still ask about unsaved work), then
        end the program; whether it ended (False: a window chose to stay open)."""
        self.qt.closeAllWindows()
        if any(widget.isVisible() and widget.isWindow() for widget in self.qt.topLevelWidgets()):
            return False
        self.start = None
        self.qt.quit()
        return True

    def follow_system_theme(self, *_changed: object) -> None:
        """The system changed its colours: follow, unless the user chose a theme."""
        if self.settings.theme_choice is None:
            apply_theme(self.settings.theme)
            for window in self.windows:
                window.looks.set_look()

    def about_to_quit(self) -> None:
        """The program is ending: what is being typed in any window is written first."""
        for window in self.open_windows:
            if isinstance(window, MainWindow):
                window.door.flush()

    def problem(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Kerneopgave-tavlen", message)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def follow_the_system(app: QApplication, application: Application) -> None:
    """While the program runs, a change of the system's colour scheme (light or dark) or of
    its contrast setting (high contrast on or off, Qt 6.10 and later) changes the theme,
    unless the user chose one (Application.follow_system_theme)."""
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(application.follow_system_theme)
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(application.follow_system_theme)


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
    application = Application(app, Settings.for_user())
    apply_theme(application.settings.theme)
    follow_the_system(app, application)
    app.aboutToQuit.connect(application.about_to_quit)
    install_translators(app, lang or application.settings.language or i18n.system_language())
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
