"""A plot's grid lines, drawn in its view box instead of by its axes.

pyqtgraph draws a grid by stretching each axis's ticks across the plot, so every axis's bounding rectangle
covers the whole plot: anything that moved in the plot repainted both axes with all their tick labels,
≈ 2.5 ms each at 1920×1080, every frame (the loss curve grows every frame). Here the lines are a layer of
their own under the plot's items, cheap to draw again where something moved, and the axes keep to their
strips beside the plot, repainted only when their ticks change. The lines are where the axes put their ticks
(the axis's own tickValues: its spacing, log mode and all) and as faint as pyqtgraph made them.

They are drawn opaque, in the colour that pyqtgraph's faint line made over the background: the software
rasteriser blends a semi-transparent line pixel by pixel, 3.5 ms for twenty lines at 1920×1080 against
0.15 ms for opaque ones. (Being the lowest layer, they lie on the background only: the pixels are the same.)
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

UNDER_EVERYTHING = -1e5  # the view box's items are in its child group, at z 0


class GridLines(pg.GraphicsObject):
    def __init__(self, plot: pg.PlotItem, alpha: float, background: str) -> None:
        """Grid lines at `plot`'s bottom and left ticks; `alpha` (0–1) as pyqtgraph's showGrid takes it, over
        the plot's `background` colour."""
        super().__init__()
        self.background = QColor(background)
        self.view_box = plot.getViewBox()
        self.axes = (plot.getAxis("bottom"), plot.getAxis("left"))
        self.alpha = alpha
        self.levels: list[tuple[QPen, list[QLineF]]] = []  # per tick level: its pen and its lines
        self._rect = QRectF()
        for axis in self.axes:
            axis.setStyle(tickLength=0)  # (the lines are the ticks; a tick into the plot would widen the axis)
        self.setParentItem(self.view_box)
        self.setZValue(UNDER_EVERYTHING)
        self.view_box.sigRangeChanged.connect(self.refresh)
        self.view_box.sigResized.connect(self.refresh)
        self.refresh()

    def refresh(self, *_) -> None:
        """Lines for the view's range and size now."""
        rect = self.view_box.rect()
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        self.levels = []
        for vertical, axis, lo, hi, length in ((True, self.axes[0], x0, x1, rect.width()),
                                               (False, self.axes[1], y0, y1, rect.height())):
            if not axis.isVisible() or length <= 0 or not np.isfinite([lo, hi]).all():
                continue
            for level, (_spacing, values) in enumerate(axis.tickValues(lo, hi, length)):
                lines = [self._line(v, vertical, rect) for v in values if min(lo, hi) <= v <= max(lo, hi)]
                if lines:
                    self.levels.append((self._pen(axis, level, len(values), length), lines))
        self.update()

    def _line(self, value: float, vertical: bool, rect: QRectF) -> QLineF:
        if vertical:
            x = self.view_box.mapFromView(QPointF(value, 0.0)).x()
            return QLineF(x, rect.top(), x, rect.bottom())
        y = self.view_box.mapFromView(QPointF(0.0, value)).y()
        return QLineF(rect.left(), y, rect.right(), y)

    def _pen(self, axis: pg.AxisItem, level: int, ticks: int, length: float) -> QPen:
        """The axis's pen, as faint as pyqtgraph's grid line of that level (AxisItem.generateDrawSpecs), blended
        over the background."""
        pen = QPen(axis.pen())
        opacity = int(255 / (level + 1) * self.alpha * min(max(0.05 * length / (ticks + 1), 0.0), 1.0)) / 255
        ink, ground = pen.color(), self.background
        pen.setColor(QColor.fromRgbF(*(opacity * a + (1 - opacity) * b for a, b in (
            (ink.redF(), ground.redF()), (ink.greenF(), ground.greenF()), (ink.blueF(), ground.blueF())))))
        return pen

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        return self._rect

    def paint(self, painter: QPainter, *_) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # (as the axes drew them: crisp)
        for pen, lines in self.levels:
            painter.setPen(pen)
            painter.drawLines(lines)
