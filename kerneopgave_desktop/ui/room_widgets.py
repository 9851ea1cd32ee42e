"""What the room shows on the laptop and the projector: the QR code, the way in, and the
face-down stack of a hidden round (a count, never a text)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

QUIET_ZONE = 4
"""Light modules around the code, as the QR standard asks."""


def _tr(source: str) -> str:
    return QCoreApplication.translate("RoomWidgets", source)


class QrCode(QWidget):
    """A QR code drawn module by module (segno), black on white, as large as it is given."""

    def __init__(self, parent: QWidget | None = None, minimum: int = 240):
        super().__init__(parent)
        self._modules: list[list[bool]] = []
        self.text = ""
        self.setMinimumSize(minimum, minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        self.text = text
        code = segno.make(text, error="m", micro=False)
        self._modules = [[bool(cell) for cell in row] for row in code.matrix]
        self.setAccessibleName(_tr("QR-kode til at deltage fra telefonen"))
        self.setAccessibleDescription(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        count = len(self._modules) + 2 * QUIET_ZONE
        if not self._modules or side < count:
            return
        step = side // count  # whole pixels per module: crisp edges for the camera
        size = step * count
        left, top = (self.width() - size) // 2, (self.height() - size) // 2
        painter.fillRect(left, top, size, size, Qt.GlobalColor.white)
        for row, cells in enumerate(self._modules):
            for column, dark in enumerate(cells):
                if dark:
                    painter.fillRect(left + (column + QUIET_ZONE) * step,
                                     top + (row + QUIET_ZONE) * step, step, step,
                                     Qt.GlobalColor.black)


class FaceDownStack(QWidget):
    """A few card backs on top of each other and how many there are: a hidden round's cards
    on the projector, with no text on them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.count = 0
        self.setMinimumSize(260, 220)
        self.setAccessibleName(_tr("Kort med bagsiden op"))

    def set_count(self, count: int) -> None:
        self.count = count
        self.setAccessibleDescription(_tr("{n} kort med bagsiden op").format(n=count))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = min(self.count, 5)
        width, height = self.width() * 0.62, self.height() * 0.5
        for index in range(shown):
            rect = QRectF(12 + index * 10, 12 + index * 8, width, height)
            painter.setPen(QPen(QColor("#ffffff"), 3))
            painter.setBrush(QColor("#1d4f91"))
            painter.drawRoundedRect(rect, 10, 10)
            painter.setPen(QPen(QColor("#5b8fd6"), 2))
            painter.drawRoundedRect(rect.adjusted(10, 10, -10, -10), 6, 6)
        painter.setPen(QColor("#ffffff"))
        font = QFont(self.font())
        font.setPointSizeF(max(14.0, self.height() / 9))
        font.setBold(True)
        text = _tr("{n} kort med bagsiden op").format(n=self.count)
        while font.pointSizeF() > 10 and \
                QFontMetricsF(font).horizontalAdvance(text) > self.width() - 16:
            font.setPointSizeF(font.pointSizeF() - 1)  # the whole count, never cut
        painter.setFont(font)
        painter.drawText(QRectF(0, self.height() * 0.62, self.width(), self.height() * 0.38),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class JoinPanel(QWidget):
    """The way in, for the projector: the big QR code, the short address and the room code."""

    def __init__(self, parent: QWidget | None = None, dark: bool = True):
        super().__init__(parent)
        self.setObjectName("joinPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        colour = "#ffffff" if dark else "#111111"
        background = "rgba(20, 20, 20, 235)" if dark else "#ffffff"
        self.setStyleSheet(f"#joinPanel {{ background: {background}; border-radius: 14px; }}"
                           f"QLabel {{ color: {colour}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.heading = QLabel(_tr("Deltag fra telefonen"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.qr = QrCode(self, 280)
        self.address = QLabel()
        self.code = QLabel()
        for label, size in ((self.heading, 26), (self.address, 30), (self.code, 26)):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = label.font()
            font.setPointSize(size)
            font.setBold(label is not self.heading)
            label.setFont(font)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.address)
        layout.addWidget(self.code)
        self.stack = FaceDownStack(self)
        self.stack.hide()
        layout.addWidget(self.stack)

    def show_room(self, join_url: str, short: str, code: str) -> None:
        self.qr.set_text(join_url)
        self.address.setText(short)
        self.code.setText(_tr("Rumkode {code}").format(code=code))

    def show_parts(self, join: bool, face_down: int | None) -> None:
        """The way in (or not), and the hidden round's stack (None: no hidden round open)."""
        for widget in (self.heading, self.qr, self.address, self.code):
            widget.setVisible(join)
        self.stack.setVisible(face_down is not None)
        if face_down is not None:
            self.stack.set_count(face_down)
        self.adjustSize()
