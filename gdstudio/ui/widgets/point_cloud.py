"""Many data points drawn as round dots in one QPainter.drawPoints call, or rasterised with numpy.

pyqtgraph's ScatterPlotItem does Python work per point on every setData (≈ 2 µs each: 200 ms
for 100,000 points), too slow to edit a large data set live. This item keeps the arrays, hands
them to Qt as one QPolygonF (numpy, no Python loop) and caches its picture between data changes.

Above ROUND_UP_TO points (the data sets so dense that their dots are drawn translucent) Qt's software
rasteriser blends each translucent dot on its own: 200–300 ms for 100,000, the whole of a click's
repaint. There the dots are counted into device pixels instead (numpy), each pixel getting the colour
that `count` overlapping translucent dots would give it, 1 − (1 − α)^count: the same picture, square
dots of the same size, in a few milliseconds.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPen, QPixmap, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QWidget

ROUND_UP_TO = 5_000
MAX_RASTER_PIXELS = 16_000_000  # (a poster-sized export: Qt draws the dots there)


class PointCloud(pg.GraphicsObject):
    def __init__(self, size_px: float, colour: QColor) -> None:
        super().__init__()
        self._pen = QPen(QColor(colour), size_px, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        self._pen.setCosmetic(True)  # size in screen pixels, whatever the zoom
        self._polygon: QPolygonF | None = QPolygonF()
        self._x = self._y = np.empty(0)
        self._bounds = QRectF()
        self._scratch = (np.empty(0), np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64))  # (see _padded)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def setData(self, x: np.ndarray, y: np.ndarray) -> None:  # noqa: N802 (pyqtgraph naming)
        self.prepareGeometryChange()
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self._x, self._y = x, y
        self._polygon = None  # (made when Qt draws the dots: a dense cloud is counted into pixels instead)
        if 2 * len(x) < len(self._scratch[0]):  # (far fewer points: let the raster's buffers go)
            self._scratch = tuple(a[:0].copy() for a in self._scratch)
        if len(x):
            (x0, x1), (y0, y1) = ((float(v.min()), float(v.max())) for v in (x, y))
            self._bounds = QRectF(x0, y0, x1 - x0, y1 - y0)
        else:
            self._bounds = QRectF()
        self.update()

    def set_alpha(self, alpha: int) -> None:
        colour = self._pen.color()
        colour.setAlpha(alpha)
        self._pen.setColor(colour)
        self.update()

    def count(self) -> int:
        return len(self._x)

    def boundingRect(self) -> QRectF:  # noqa: N802
        # Pad by the dot size (in data units) so dots at the edge are not clipped.
        px = self.pixelVectors()
        pad = self._pen.widthF() * max(px[0].length() if px[0] is not None else 0.0,
                                       px[1].length() if px[1] is not None else 0.0)
        return self._bounds.adjusted(-pad, -pad, pad, pad)

    def paint(self, painter, option, widget=None) -> None:
        if len(self._x) > ROUND_UP_TO and painter.deviceTransform().isAffine() and self._raster(painter):
            return
        if self._polygon is None:
            self._polygon = fn.arrayToQPolygonF(self._x, self._y) if len(self._x) else QPolygonF()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        painter.drawPoints(self._polygon)

    def _padded(self, scale: float, cross: float, shift: float, size: int, along_y: bool = False) -> np.ndarray:
        """scale·v + cross·u + shift for each point (v = x, u = y, or the other way round along y), floored
        and clipped to [0, size − 1], as int64 — in buffers kept between paints (new arrays of a million
        points cost as much again in page faults as the arithmetic: 12 → 7 ms a raster)."""
        n, room = len(self._x), len(self._scratch[0])
        if not n <= room <= 2 * n:  # (room for a few more points: adding one makes no new buffers)
            room = n + n // 16
            self._scratch = (np.empty(room), np.empty(room, dtype=np.int64), np.empty(room, dtype=np.int64))
        work, ix, iy = (a[:n] for a in self._scratch)
        v, u = (self._y, self._x) if along_y else (self._x, self._y)
        np.multiply(v, scale, out=work)
        if cross:
            work += cross * u
        work += shift
        np.clip(work, 0, size - 1, out=work)  # (also keeps the cast below in range)
        out = iy if along_y else ix
        np.copyto(out, work, casting="unsafe")  # (non-negative: truncation is the floor)
        return out

    def _raster(self, painter) -> bool:
        """Draw the dots as an image counted in the device's pixels, over the part of the device the cloud
        covers; False where that is not a raster (an SVG) or too large a one: then Qt draws the dots."""
        device = painter.device()
        if not isinstance(device, (QImage, QPixmap, QWidget)):
            return False
        ratio = device.devicePixelRatioF()
        scale = 1.0 if isinstance(device, (QImage, QPixmap)) else ratio  # (a widget's size is in logical pixels)
        t = painter.deviceTransform()  # item → device pixels
        side = max(1, round(self._pen.widthF() * ratio))
        area = t.mapRect(self._bounds).adjusted(-side, -side, side, side).intersected(
            QRectF(0, 0, device.width() * scale, device.height() * scale))
        left, top = int(np.floor(area.left())), int(np.floor(area.top()))
        width, height = int(np.ceil(area.right())) - left, int(np.ceil(area.bottom())) - top
        if width <= 0 or height <= 0:
            return True  # (nothing of it on this device)
        if width * height > MAX_RASTER_PIXELS:
            return False
        padded_w, padded_h = width + 2 * side, height + 2 * side
        # Padded device columns of the dots, p + side − left (rows likewise), in place: at 1,000,000 points
        # every pass over the points counts. Dots off the device land on the padding's outer edge, which
        # no shown pixel sums (see the box below): no mask needed.
        ix, iy = self._padded(t.m11(), t.m21(), t.m31() + side - left, padded_w), \
            self._padded(t.m22(), t.m12(), t.m32() + side - top, padded_h, along_y=True)
        lo = side // 2  # a dot covers [p − lo, p − lo + side) on each axis
        iy *= padded_w
        iy += ix
        counts = np.bincount(iy, minlength=padded_w * padded_h).reshape(padded_h, padded_w)
        # Each dot is a side × side square: a box sum of the counts (a summed-area table, whatever the side).
        # Pixel r gets the dots at p ∈ [r + lo − side + 1, r + lo]: padded rows r + lo + 1 … r + lo + side.
        table = np.zeros((padded_h + 1, padded_w + 1), dtype=np.int32)
        np.cumsum(np.cumsum(counts, axis=0, dtype=np.int32), axis=1, out=table[1:, 1:])
        r = c = lo + 1
        box = (table[r + side:r + side + height, c + side:c + side + width]
               - table[r:r + height, c + side:c + side + width]
               - table[r + side:r + side + height, c:c + width] + table[r:r + height, c:c + width])
        colour = self._pen.color()
        alpha = colour.alphaF()
        most = int(box.max()) if box.size else 0
        cover = 1.0 - (1.0 - alpha) ** np.arange(most + 1)  # what `count` overlapping translucent dots give
        a = np.round(255 * cover).astype(np.uint32)
        premultiplied = ((a << 24) | ((a * colour.red() // 255) << 16) | ((a * colour.green() // 255) << 8)
                         | (a * colour.blue() // 255))
        pixels = np.ascontiguousarray(premultiplied[box], dtype=np.uint32)
        image = QImage(pixels.data, width, height, 4 * width, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        painter.save()
        painter.setWorldTransform(QTransform())  # (device pixels ÷ ratio: the image lands pixel for pixel)
        painter.drawImage(QPointF(left / ratio, top / ratio), image)
        painter.restore()
        return True
