"""The start page: a gallery of the templates, the recent files, open, and the examples.

The gallery shows each template's own board, small, with its purpose in a line; a click
(or Enter) starts a new workshop from it. The one primary action, "Nyt arbejdsmøde…",
starts from the template chosen (the empty board until another is). Recent files show the
workshop's title, when it was last opened here, how many boards it has, and its first
board. All eight templates fit without scrolling from 1280x720 up; at 1920x1080 the tiles
grow with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.ui.icons import themed_icon

SUBTITLE = Qt.ItemDataRole.UserRole + 1
"""The lines under an entry's title."""
TEXT_HEIGHT = 112
"""Under a gallery tile's picture: the title (two lines at most) and the purpose."""
PRIMARY = ("QPushButton#primary { background: palette(highlight); color: palette(highlighted-text);"
           " border: none; border-radius: 8px; padding: 8px 22px; }"
           "QPushButton#primary:hover { background: palette(link); }"
           "QPushButton#primary:focus { border: 3px solid palette(text); }")
"""The one primary action stands out in every theme."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("StartPage", source)


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _draw_lines(painter: QPainter, font: QFont, text: str, x: int, y: int, width: int,
                most: int) -> int:
    """`text` wrapped to `width` in at most `most` whole lines, the last one cut short with
    an ellipsis if the text goes on; where the text ends (its bottom)."""
    metrics = QFontMetrics(font)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()])
        layout.endLayout()
    shown = lines[:most]
    if len(lines) > most:
        shown[-1] = metrics.elidedText(shown[-1].rstrip() + " " + lines[most],
                                       Qt.TextElideMode.ElideRight, width)
    painter.setFont(font)
    for number, line in enumerate(shown):
        painter.drawText(x, y + number * metrics.lineSpacing() + metrics.ascent(), line.rstrip())
    return y + len(shown) * metrics.lineSpacing()


class _EntryDelegate(QStyledItemDelegate):
    """Paints an entry as a tile (picture above the text) or a row (picture beside it)."""

    def __init__(self, tiles: bool, parent=None):
        super().__init__(parent)
        self.tiles = tiles

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        palette: QPalette = option.palette
        rect = option.rect.adjusted(6, 6, -6, -6)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(QPalette.ColorRole.Highlight) if selected or hovered else \
            palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 3 if selected else 1.5))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 10, 10)
        inner = rect.adjusted(10, 10, -10, -10)
        if self.tiles:
            picture = QRect(inner.left(), inner.top(), inner.width(),
                            max(40, inner.height() - TEXT_HEIGHT))
            text = QRect(inner.left(), picture.bottom() + 8, inner.width(),
                         inner.bottom() - picture.bottom() - 8)
        else:
            side = inner.height()
            picture = QRect(inner.left(), inner.top(), round(side * 16 / 9), side)
            text = QRect(picture.right() + 14, inner.top(), inner.right() - picture.right() - 14,
                         side)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            scaled = pixmap.scaled(picture.size() * painter.device().devicePixelRatioF(),
                                   Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(painter.device().devicePixelRatioF())
            size = scaled.deviceIndependentSize().toSize()
            spot = QRect(picture.left() + (picture.width() - size.width()) // 2,
                         picture.top() + (picture.height() - size.height()) // 2,
                         size.width(), size.height())
            painter.drawPixmap(spot, scaled)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(spot, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        top = _draw_lines(painter, _font(16, bold=True), index.data(Qt.ItemDataRole.DisplayRole)
                          or "", text.left(), text.top(), text.width(), 2)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted if muted.isValid() else QColor("#555555"))
        font = _font(14)
        lines = max(1, (text.bottom() - top - 4) // QFontMetrics(font).lineSpacing())
        _draw_lines(painter, font, index.data(SUBTITLE) or "", text.left(), top + 4,
                    text.width(), lines)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        view = self.parent()
        if isinstance(view, QListView) and view.gridSize().isValid():
            return view.gridSize()
        return QSize(320, 132)


class _Entries(QListWidget):
    """A list whose entry is taken with one click, or Enter: `taken` says which."""

    taken = Signal(QListWidgetItem)

    def __init__(self):
        super().__init__()
        self.setMouseTracking(True)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.itemClicked.connect(self.taken)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.taken.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class _Gallery(_Entries):
    """The templates as tiles, four to a row, sized so that both rows always show."""

    COLUMNS = 4

    def __init__(self):
        super().__init__()
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Both rows always fit (the tiles shrink): no scroll bar to take width and wrap a row.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(0)
        self.setItemDelegate(_EntryDelegate(tiles=True, parent=self))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        rows = max(1, -(-self.count() // self.COLUMNS))
        width = self.viewport().width() // self.COLUMNS - 1
        tallest = round(width * 3 / 4) + TEXT_HEIGHT + 32
        height = min(tallest, self.viewport().height() // rows - 1)
        self.setGridSize(QSize(width, max(height, TEXT_HEIGHT + 72)))

    def minimumSizeHint(self) -> QSize:
        return QSize(4 * 180, 2 * (TEXT_HEIGHT + 72))


def _when(opened: datetime | None) -> str:
    """When a file was last opened, as people say it."""
    if opened is None:
        return ""
    locale = QLocale(QLocale.Language.English if i18n.language() == "en"
                     else QLocale.Language.Danish)
    time = opened.strftime("%H.%M") if i18n.language() == "da" else opened.strftime("%H:%M")
    if opened.date() == date.today():
        return _tr("i dag kl. {time}").format(time=time)
    if opened.date() == date.today() - timedelta(days=1):
        return _tr("i går kl. {time}").format(time=time)
    return locale.toString(opened.date(), "d. MMMM yyyy" if i18n.language() == "da"
                           else "d MMMM yyyy")


def _recent_entry(path: str, opened: datetime | None) -> QListWidgetItem:
    """A recent file: its workshop's title, when last opened, its boards, its first board."""
    from kerneopgave_desktop.document import FileProblem, open_document
    from kerneopgave_desktop.ui.thumbnails import board_picture

    item = QListWidgetItem()
    item.setData(Qt.ItemDataRole.UserRole, path)
    name = Path(path).name
    when = _when(opened)
    try:
        document = open_document(path, read_only=True)
    except FileProblem:
        item.setText(name)
        item.setData(SUBTITLE, _tr("Kan ikke læses lige nu"))
        return item
    try:
        workshop = document.workshop
        boards = QCoreApplication.translate("StartPage", "%n tavle(r)", None,
                                            len(workshop.boards))
        item.setText(workshop.info.title or Path(path).stem)
        item.setData(SUBTITLE, "\n".join(
            part for part in (_tr("Åbnet {when}").format(when=when) if when else "",
                              f"{boards} · {name}") if part))
        if workshop.boards:
            item.setData(Qt.ItemDataRole.DecorationRole, board_picture(workshop.boards[0]))
    finally:
        document.close()
    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.text()}, {item.data(SUBTITLE)}")
    item.setToolTip(path)
    return item


class StartPage(QWidget):
    new_requested = Signal(str)
    """A template name."""
    open_requested = Signal(str)
    """A path, or "" to ask for one."""
    demo_requested = Signal(str)
    """The name of an example workshop (domain.demo.DEMOS)."""

    def __init__(self, recent: list[str], parent=None, *,
                 last_opened: Callable[[str], datetime | None] = lambda path: None):
        super().__init__(parent)
        self.setWindowTitle("Kerneopgave-tavlen")
        self.setObjectName("start-page")
        self.setMinimumSize(960, 600)
        title = QLabel("Kerneopgave-tavlen")
        title.setFont(_font(32, bold=True))
        lead = QLabel(_tr("Tal jeres kerneopgave igennem: på hvert niveau, fra politikernes, "
                          "medarbejdernes og borgernes side, med alle faggrupper."))
        lead.setFont(_font(17))
        lead.setWordWrap(True)
        self.new_button = QPushButton(themed_icon("file-plus"), _tr("Nyt arbejdsmøde…"))
        self.new_button.setDefault(True)
        self.new_button.setObjectName("primary")
        self.new_button.setFont(_font(18, bold=True))
        self.new_button.setIconSize(QSize(24, 24))
        self.new_button.setMinimumHeight(52)
        self.new_button.setStyleSheet(PRIMARY)
        self.new_button.clicked.connect(self._new)
        self.open_button = QPushButton(themed_icon("folder-open"), _tr("Åbn…"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(""))
        self.demo_button = QPushButton(themed_icon("sparkles"), _tr("Se et eksempel"))
        self.demo_button.setToolTip(_tr("Et udfyldt arbejdsmøde, i en midlertidig fil"))
        self.demos = QMenu(self.demo_button)
        from kerneopgave_desktop.domain.demo import DEMOS  # the start page only

        for name, demo in DEMOS.items():
            action = self.demos.addAction(demo.title())
            action.triggered.connect(lambda _=False, name=name: self.demo_requested.emit(name))
        self.demo_button.setMenu(self.demos)
        for button in (self.open_button, self.demo_button):
            button.setFont(_font(16))
            button.setMinimumHeight(52)
            button.setIconSize(QSize(22, 22))
        header = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(lead)
        header.addLayout(words, 1)
        header.addSpacing(24)
        for button in (self.demo_button, self.open_button, self.new_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.templates = _Gallery()
        self.templates.setAccessibleName(_tr("Skabeloner"))
        for template in TEMPLATES.values():
            item = QListWidgetItem(template.title())
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            item.setData(SUBTITLE, template.purpose())
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{template.title()}: {template.purpose()}")
            item.setToolTip(template.purpose())
            self.templates.addItem(item)
        self._pictures_pending = True
        self.templates.setCurrentRow(0)
        self.templates.taken.connect(lambda _: self._new())
        self.templates.currentItemChanged.connect(self._chosen)

        self.recent = _Entries()
        self.recent.setAccessibleName(_tr("Seneste filer"))
        self.recent.setItemDelegate(_EntryDelegate(tiles=False, parent=self.recent))
        for path in recent:
            self.recent.addItem(_recent_entry(path, last_opened(path)))
        self.recent_hint = QLabel(_tr("Ingen filer endnu. Når I har lavet et arbejdsmøde, "
                                      "står det her, så I kan tage fat igen næste gang."))
        self.recent_hint.setWordWrap(True)
        self.recent_hint.setFont(_font(16))
        self.recent_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.recent_hint.setVisible(not recent)
        self.recent.setVisible(bool(recent))
        self.recent.taken.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole)))

        left, right = QVBoxLayout(), QVBoxLayout()
        gallery_title = QLabel(_tr("Begynd med en skabelon"))
        gallery_title.setFont(_font(20, bold=True))
        left.addWidget(gallery_title)
        left.addWidget(self.templates, 1)
        recent_title = QLabel(_tr("Seneste"))
        recent_title.setFont(_font(20, bold=True))
        right.addWidget(recent_title)
        right.addWidget(self.recent, 1)
        right.addWidget(self.recent_hint, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 12)
        columns.addSpacing(20)
        columns.addLayout(right, 7)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addSpacing(12)
        layout.addLayout(columns, 1)
        self.resize(1200, 760)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pictures_pending:  # drawn when first shown, not when made
            self._pictures_pending = False
            self.draw_pictures()

    def draw_pictures(self) -> None:
        """Each template's board, small, in its tile."""
        from kerneopgave_desktop.ui.thumbnails import template_picture

        for row in range(self.templates.count()):
            item = self.templates.item(row)
            item.setData(Qt.ItemDataRole.DecorationRole,
                         template_picture(item.data(Qt.ItemDataRole.UserRole)))

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.new_button.setToolTip(_tr("Nyt arbejdsmøde fra »{template}«").format(
            template=item.text()) if item is not None else "")

    def _new(self) -> None:
        item = self.templates.currentItem()
        if item is not None:
            self.new_requested.emit(item.data(Qt.ItemDataRole.UserRole))
