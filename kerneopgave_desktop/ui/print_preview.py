"""Vis udskrift: exactly the pages that print, each in its own orientation and whole.

The pages are our own PDF's (the report that is printed and exported), drawn by pypdfium2:
Qt's QPrintPreviewDialog lays every page out in the printer's one orientation, so the
landscape boards were cut and turned over the portrait minutes. A page is rendered when it
is first painted, at the size it is shown, so the dialog opens with the first page at once.
"One page" shows a page at a time, as large as fits; "All pages" shows them one below the
other, each as large as fits the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop.domain.progress import Cancelled, Progress
from kerneopgave_desktop.printing.raster import Pages
from kerneopgave_desktop.ui.progress import ProgressDialog

GAP = 16
"""Pixels between pages, and around them."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("PrintPreview", source)


class PageView(QWidget):
    """One page, whole and in its own proportions, rendered when it is first painted."""

    def __init__(self, pages: Pages, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.pages = pages
        self.index = index
        self.image: QImage | None = None
        self.renders = 0
        """How many times the page was rendered (once, unless it is shown larger)."""
        self.box = QSize(400, 400)
        """The room the page is fitted into."""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        width, height = pages.sizes[index]
        self.setAccessibleName(_tr("Side {page}").format(page=index + 1))
        self.landscape = width > height

    def fit_into(self, box: QSize) -> None:
        """Be as large as fits `box`, in the page's proportions."""
        self.box = box
        width, height = self.pages.sizes[self.index]
        scale = min(box.width() / width, box.height() / height)
        self.setFixedSize(max(1, round(width * scale)), max(1, round(height * scale)))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        pixels = round(self.width() * self.devicePixelRatioF())
        if self.image is None or self.image.width() < pixels:
            page = self.pages.render(self.index, pixels)
            self.image = QImage(page.pixels, page.width, page.height, page.stride,
                                QImage.Format.Format_RGB32).copy()
            self.image.setDevicePixelRatio(self.devicePixelRatioF())
            self.renders += 1
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.rect(), self.image)
        painter.setPen(QColor("#8a8a8a"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))


class PrintPreview(QDialog):
    """The report's pages as they print; Udskriv… prints them."""

    paper_changed = Signal(str)

    def __init__(self, pdf: Callable[[str, Progress], bytes], paper: str, papers: list[str],
                 print_report: Callable[[], None], parent: QWidget | None = None):
        """`pdf(paper, progress)` makes the report on that paper, telling `progress` how far
        it has come; `print_report()` prints it. A report that takes a while shows a progress
        bar; cancelled before the first page, the dialog has no `pages` (see `made`)."""
        super().__init__(parent)
        self.setWindowTitle(_tr("Vis udskrift"))
        self.make_pdf = pdf
        self.pages: Pages | None = None
        self.views: list[PageView] = []
        self.current = 0
        self.single = True

        self.one_button = QPushButton(_tr("Én side"))
        self.all_button = QPushButton(_tr("Alle sider"))
        for button, single in ((self.one_button, True), (self.all_button, False)):
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, single=single: self.show_single(single))
        self.previous_button = QPushButton(_tr("Forrige side"))
        self.previous_button.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton(_tr("Næste side"))
        self.next_button.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.paper = QComboBox()
        self.paper.addItems(papers)
        self.paper.setCurrentText(paper)
        self.shown_paper = paper
        self.paper.setAccessibleName(_tr("Papir"))
        self.paper.currentTextChanged.connect(self._new_paper)
        print_button = QPushButton(_tr("Udskriv…"))
        print_button.setDefault(True)
        print_button.clicked.connect(print_report)
        close_button = QPushButton(_tr("Luk"))
        close_button.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for widget in (self.one_button, self.all_button, self.previous_button, self.next_button,
                       self.where):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(QLabel(_tr("Papir:")))
        for widget in (self.paper, print_button, close_button):
            bar.addWidget(widget)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setAccessibleName(_tr("Rapportens sider"))
        self.scroll.setStyleSheet("QScrollArea { background: #5f6368; }")
        self.sheet = QWidget()
        self.sheet.setObjectName("sheet")
        self.sheet.setStyleSheet("#sheet { background: #5f6368; }")
        self.column = QVBoxLayout(self.sheet)
        self.column.setContentsMargins(GAP, GAP, GAP, GAP)
        self.column.setSpacing(GAP)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidget(self.sheet)
        self.scroll.installEventFilter(self)
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _: self._scrolled())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.resize(1100, 800)
        self._load(paper)

    @property
    def made(self) -> bool:
        """Whether there are pages to show (not when the first report was cancelled)."""
        return self.pages is not None

    def _load(self, paper: str) -> None:
        """The report on `paper`, made with a progress bar; cancelled, the pages shown stay
        (and the paper box says their paper again)."""
        parent = self if self.isVisible() else self.parentWidget()
        try:
            with ProgressDialog(parent, _tr("Laver udskriften …")) as progress:
                data = self.make_pdf(paper, progress)
        except Cancelled:
            blocked = self.paper.blockSignals(True)
            self.paper.setCurrentText(self.shown_paper)
            self.paper.blockSignals(blocked)
            return
        self.shown_paper = paper
        for view in self.views:
            view.deleteLater()
        if self.pages is not None:
            self.pages.close()
        self.pages = Pages(data)
        self.views = [PageView(self.pages, index, self.sheet) for index in range(len(self.pages))]
        for view in self.views:
            self.column.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
        self.current = min(self.current, len(self.views) - 1)
        self.show_single(self.single)

    def _new_paper(self, paper: str) -> None:
        self._load(paper)
        if self.shown_paper == paper:
            self.paper_changed.emit(paper)

    def _room(self) -> QSize:
        """The room one page may take: the window's viewport, less the gaps (and the
        scroll bar, in the all-pages view)."""
        viewport = self.scroll.maximumViewportSize()  # the same with a scroll bar or without
        bar = 0 if self.single else self.scroll.verticalScrollBar().sizeHint().width()
        return QSize(max(50, viewport.width() - 2 * GAP - bar),
                     max(50, viewport.height() - 2 * GAP))

    def show_single(self, single: bool) -> None:
        """One page at a time, or all of them one below the other."""
        self.single = single
        self.one_button.setChecked(single)
        self.all_button.setChecked(not single)
        room = self._room()
        for index, view in enumerate(self.views):
            view.fit_into(room)
            view.setVisible(not single or index == self.current)
        self._update_where()
        if not single:
            self.sheet.adjustSize()
            self.scroll.ensureWidgetVisible(self.views[self.current], 0, GAP)

    def go(self, step: int) -> None:
        """The next (1) or previous (-1) page."""
        self.current = max(0, min(len(self.views) - 1, self.current + step))
        if self.single:
            for index, view in enumerate(self.views):
                view.setVisible(index == self.current)
        else:
            self.scroll.ensureWidgetVisible(self.views[self.current], 0, GAP)
        self._update_where()

    def _update_where(self) -> None:
        self.where.setText(_tr("Side {page} af {pages}").format(page=self.current + 1,
                                                               pages=len(self.views)))
        self.previous_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < len(self.views) - 1)

    def page_rects(self) -> list[QRect]:
        """Where each shown page is, in the sheet's coordinates."""
        return [view.geometry() for view in self.views if view.isVisible()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll and event.type() == QEvent.Type.Resize:
            self.show_single(self.single)  # the pages as large as the new window allows
        return False

    def _scrolled(self) -> None:
        """In the all-pages view, the page in the middle of the window is the current one."""
        if self.single or not self.views:
            return
        middle = self.scroll.verticalScrollBar().value() + self.scroll.viewport().height() / 2
        self.current = min(range(len(self.views)), key=lambda index: abs(
            self.views[index].geometry().center().y() - middle))
        self._update_where()

    def done(self, result: int) -> None:
        """Closing: the pages go, and the PDF with them."""
        for view in self.views:
            view.hide()
        super().done(result)
        if self.pages is not None:
            self.pages.close()
            self.pages = None
