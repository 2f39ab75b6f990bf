"""A small note in a corner of a plot: what the panel holds fixed (lecture slides 10–12), and
optionally a scale arrow ("⟶ |∇E| = 10") for arrows whose length means something.

It is painted by hand (one rounded box, its text, one arrow) and cached as a pixmap: it changes only
with the view or the data. Where the whole sentence would take more than `MAX_WIDTH` of its plot's
width (1024 px at 200 %), it says the short form and keeps the sentence in its tooltip.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from gdstudio.ui.widgets.arrows import HEAD_ANGLE

MAX_WIDTH = 0.6   # of the plot's width, for the whole sentence
MAX_COVER = 0.08  # of the plot's area, with the scale line (as the key)
MARGIN_PX = 6     # from the plot's edges (as the key)
PAD_PX = 4


class PanelNote(pg.GraphicsObject):
    def __init__(self, box: pg.ViewBox, text: str, short: str, point_size: float, dark: bool = True) -> None:
        super().__init__()
        self.setParentItem(box)
        self.box = box
        self.text, self.short = text, short
        self.font = QFont()
        self.font.setPointSizeF(point_size)
        self.metrics = QFontMetricsF(self.font)
        self.ink = QColor("#f0f0f0") if dark else QColor("#202020")
        self.fill = QColor(30, 30, 30, 200) if dark else QColor(255, 255, 255, 220)
        self.scale_px = 0.0          # the scale arrow's length (0: none)
        self.scale_text = ""
        self.scale_pen = QPen(QColor(255, 255, 255, 220), 1.5)
        self.head_px = 6.0
        self._shown = text
        self._with_scale = False
        self._size = (0.0, 0.0)
        self.setToolTip(text)
        self.setZValue(50)  # over the plotted items, under the key
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        box.sigResized.connect(self.place)
        self.place()

    @property
    def shown_text(self) -> str:
        return self._shown

    def set_scale(self, length_px: float, text: str) -> None:
        """A scale arrow `length_px` long labelled `text` (length 0: no scale line)."""
        if (length_px, text) != (self.scale_px, self.scale_text):
            self.scale_px, self.scale_text = float(length_px), text
            self.place()

    @property
    def shows_scale(self) -> bool:
        return self._with_scale

    def _size_of(self, with_scale: bool) -> tuple[float, float]:
        line_h = self.metrics.height()
        text_w = self.metrics.horizontalAdvance(self._shown)
        scale_w = self.scale_px + PAD_PX + self.metrics.horizontalAdvance(self.scale_text) if with_scale else 0.0
        return max(text_w, scale_w) + 2 * PAD_PX, (2 if with_scale else 1) * line_h + 2 * PAD_PX

    def place(self) -> None:
        """Fit the text to the plot's width and sit in its bottom-left corner. The scale line only where the
        note then takes at most MAX_COVER of the plot, with the short text if need be (else no scale: the field's
        tooltip says what the lengths mean)."""
        width, height = self.box.width(), self.box.height()
        whole = self.text if self.metrics.horizontalAdvance(self.text) <= MAX_WIDTH * width else self.short
        # The scale matters more than the whole sentence (which is in the tooltip).
        options = [(whole, True), (self.short, True), (whole, False)] if self.scale_px > 0 else [(whole, False)]
        for self._shown, self._with_scale in options:
            w, h = self._size_of(self._with_scale)
            if not self._with_scale or w * h <= MAX_COVER * width * height:
                break
        size = self._size_of(self._with_scale)
        if size != self._size:
            self.prepareGeometryChange()
            self._size = size
        self.setPos(MARGIN_PX, self.box.height() - MARGIN_PX - size[1])
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        return QRectF(0, 0, *self._size)

    def corners(self) -> tuple[np.ndarray, np.ndarray]:
        """Its four corners in the view's coordinates (for a key that must keep off it)."""
        rect = self.mapRectToItem(self.box.childGroup, self.boundingRect())
        return (np.array([rect.left(), rect.right(), rect.right(), rect.left()]),
                np.array([rect.top(), rect.top(), rect.bottom(), rect.bottom()]))

    def paint(self, p: QPainter, *args) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.fill)
        p.drawRoundedRect(self.boundingRect(), 3, 3)
        p.setFont(self.font)
        p.setPen(self.ink)
        line_h, ascent = self.metrics.height(), self.metrics.ascent()
        p.drawText(QPointF(PAD_PX, PAD_PX + ascent), self._shown)
        if self._with_scale:
            y = PAD_PX + line_h * 1.5
            x0, x1 = PAD_PX, PAD_PX + self.scale_px
            head = min(self.head_px, 0.6 * self.scale_px)  # (as arrow_segments draws the field's heads)
            dx, dy = head * np.cos(HEAD_ANGLE), head * np.sin(HEAD_ANGLE)
            p.setPen(self.scale_pen)
            p.drawLine(QPointF(x0, y), QPointF(x1, y))
            p.drawLine(QPointF(x1, y), QPointF(x1 - dx, y - dy))
            p.drawLine(QPointF(x1, y), QPointF(x1 - dx, y + dy))
            p.setPen(self.ink)
            p.drawText(QPointF(x1 + PAD_PX, PAD_PX + line_h + ascent), self.scale_text)
