"""PySide6 6.12.0 drops a reference to None on every void call on CPython 3.11 and
aborts the interpreter after a few thousand calls. This test makes 100,000 such
calls so that any PySide6 upgrade is checked before it reaches a user.
"""

import sys

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def test_void_calls_do_not_leak_references_to_none(qapp):
    obj, rect = QObject(), QRectF(0, 0, 10, 10)
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setPen(QColor("#000000"))
    before = sys.getrefcount(None)
    for _ in range(25_000):
        obj.setObjectName("kort")
        rect.setWidth(12.0)
        painter.drawRect(rect)
        rect.setHeight(8.0)
    painter.end()
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references in 100,000 calls"
