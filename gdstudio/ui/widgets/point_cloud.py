"""Many data points drawn as round dots in one QPainter.drawPoints call.

pyqtgraph's ScatterPlotItem does Python work per point on every setData (≈ 2 µs each: 200 ms
for 100,000 points), too slow to edit a large data set live. This item copies the arrays
into a QPolygonF (numpy, no Python loop) and caches its picture between data changes.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem


class PointCloud(pg.GraphicsObject):
    def __init__(self, size_px: float, colour: QColor) -> None:
        super().__init__()
        self._pen = QPen(QColor(colour), size_px, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        self._pen.setCosmetic(True)  # size in screen pixels, whatever the zoom
        self._polygon = QPolygonF()
        self._bounds = QRectF()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def setData(self, x: np.ndarray, y: np.ndarray) -> None:  # noqa: N802 (pyqtgraph naming)
        self.prepareGeometryChange()
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self._polygon = fn.arrayToQPolygonF(x, y) if len(x) else QPolygonF()
        self._bounds = QRectF() if not len(x) else QRectF(
            float(x.min()), float(y.min()), float(np.ptp(x)), float(np.ptp(y)))
        self.update()

    def set_alpha(self, alpha: int) -> None:
        colour = self._pen.color()
        colour.setAlpha(alpha)
        self._pen.setColor(colour)
        self.update()

    def count(self) -> int:
        return self._polygon.size()

    def boundingRect(self) -> QRectF:  # noqa: N802
        # Pad by the dot size (in data units) so dots at the edge are not clipped.
        px = self.pixelVectors()
        pad = self._pen.widthF() * max(px[0].length() if px[0] is not None else 0.0,
                                       px[1].length() if px[1] is not None else 0.0)
        return self._bounds.adjusted(-pad, -pad, pad, pad)

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        painter.drawPoints(self._polygon)
