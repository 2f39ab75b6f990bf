"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call, which
aborts the interpreter ("none_dealloc") as soon as pyqtgraph draws. Fail loudly if a
future PySide6 bump brings that back."""

import sys

from PySide6.QtCore import QLineF
from PySide6.QtGui import QImage, QPainter


def test_void_qt_calls_keep_none_refcount(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for i in range(500):
            painter.drawLine(QLineF(0, 0, i % 64, 63))
        after = sys.getrefcount(None)
    finally:
        painter.end()
    # A healthy build leaves it unchanged (give or take a few from the interpreter itself).
    assert after >= before - 10, f"None lost {before - after} references over 500 void calls"
