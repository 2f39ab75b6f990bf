"""The scene index: every scene of the lesson as a thumbnail with its title; pick one to go there.

A thumbnail is drawn from the scene's own Document (its points and its starting line), so it
is there before the scene was ever shown, costs nothing to make, and matches the scene.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout

from gdstudio.core.document import Document, Fit
from gdstudio.engine.lecture import Lecture
from gdstudio.ui.style import Look

THUMB = QSize(200, 130)


def thumbnail(document: Document, look: Look, size: QSize = THUMB) -> QPixmap:
    """The scene's data and its line at step 0, in the look's colours."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor(look.background))
    data = document.data
    if not len(data):
        return pixmap
    x, y = data.x, data.y
    pad = 0.08
    x0, x1 = float(x.min()), float(x.max())
    y0, y1 = float(y.min()), float(y.max())
    x0, x1 = (x0 - 1, x1 + 1) if x1 == x0 else (x0 - pad * (x1 - x0), x1 + pad * (x1 - x0))
    y0, y1 = (y0 - 1, y1 + 1) if y1 == y0 else (y0 - pad * (y1 - y0), y1 + pad * (y1 - y0))
    w, h = size.width(), size.height()

    def at(px: float, py: float) -> QPointF:
        return QPointF((px - x0) / (x1 - x0) * w, h - (py - y0) / (y1 - y0) * h)

    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = Fit.of(document).scaling.to_original(np.array(document.start))
    painter.setPen(QPen(QColor(look.blue), 3))
    painter.drawLine(at(x0, line[0] + line[1] * x0), at(x1, line[0] + line[1] * x1))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(look.ink))
    for px, py in zip(x[:2000], y[:2000]):
        painter.drawEllipse(at(float(px), float(py)), 3.5, 3.5)
    painter.setPen(QPen(QColor(look.muted), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(0.5, 0.5, w - 1, h - 1))
    painter.end()
    return pixmap


class SceneIndex(QDialog):
    def __init__(self, lecture: Lecture, look: Look, parent=None) -> None:
        super().__init__(parent)
        self.lecture = lecture
        self.setWindowTitle(self.tr("Scenes"))
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(8)
        self.list.setStyleSheet(f"font-size: {look.pt(11)}pt;")
        self.list.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + int(look.pt(11) * 4.5) + 16))
        for scene in lecture.lesson.scenes:
            item = QListWidgetItem(QIcon(thumbnail(scene.document, look)), scene.title.get(look.language))
            item.setToolTip(scene.caption.get(look.language))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)
        self.list.setCurrentRow(lecture.scene_index)
        self.list.itemActivated.connect(self._on_item_activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self.go(self.list.currentRow()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        columns = min(len(lecture.lesson.scenes), 3)
        width, height = columns * (THUMB.width() + 40) + 40, 3 * (THUMB.height() + int(look.pt(11) * 4.5) + 24) + 60
        room = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(width, int(room.width() * 0.9)), min(height, int(room.height() * 0.9)))  # (the list scrolls)

    def go(self, row: int) -> None:
        """Jump to scene `row` (lecture mode starts if it was off) and close."""
        if 0 <= row < len(self.lecture.lesson.scenes):
            self.lecture.go_to(row) if self.lecture.active else self.lecture.start(row)
        self.accept()

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.go(self.list.row(item))
