"""Many separate line segments (connect="pairs"), each drawn as a light halo under a dark core, stroked in
device pixels.

Why not a plain PlotCurveItem: Qt strokes a wide antialiased pen under a scaling transform (data units →
pixels) about 13 times slower than the same lines given in pixels. Measured with the surface maximised at
1920×1080 (offscreen raster), 50 such lines took 0.9 s to draw and 500 lines 8 s — after every pan or
zoom, when the item's pixmap cache is rebuilt. Here the ends are
mapped to pixels by numpy and drawn with drawLines; antialiasing (the costly part even in pixels) only
while the lines are few, and the halo only while it does not whiten the whole plot. With the surface
maximised at 1920×1080, a repaint after a pan: 12 lines ≈ 25 ms (220 ms before), 200 ≈ 45 ms, 500 ≈ 90 ms
(the plot without them ≈ 10 ms); a frame while the run moves, from the pixmap: ≈ 10–15 ms at any number.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF
from PySide6.QtGui import QPainter, QPen

ANTIALIAS_UP_TO = 20  # lines drawn antialiased with their halo; more, without antialiasing (its steps do not show
HALO_UP_TO = 100      # among so many); more still, dark antialiased hairlines alone (a halo would whiten the plot)


class SegmentLines(pg.PlotCurveItem):
    """A PlotCurveItem of pairs (setData/getData as usual), `shadowPen` being the halo."""

    def __init__(self, pen, halo, **opts) -> None:
        super().__init__(pen=pen, shadowPen=halo, connect="pairs", **opts)

    @property
    def count(self) -> int:
        x = self.getData()[0]
        return 0 if x is None else len(x) // 2

    def pens(self) -> tuple[list[QPen], bool]:
        """The pens it strokes with, halo first, and whether antialiased: what its number of lines affords."""
        if self.count > HALO_UP_TO:  # (antialiased hairlines are Qt's fastest lines, faster than aliased ones)
            hair = QPen(self.opts["pen"])
            hair.setWidthF(1.0)
            return [hair], True
        return [self.opts["shadowPen"], self.opts["pen"]], self.count <= ANTIALIAS_UP_TO

    def paint(self, p: QPainter, *args) -> None:
        x, y = self.getData()
        if x is None or len(x) < 2:
            return
        t = p.transform()
        px = t.m11() * x + t.m21() * y + t.m31()
        py = t.m12() * x + t.m22() * y + t.m32()
        lines = [QLineF(*end) for end in np.column_stack([px, py]).reshape(-1, 4).tolist()]
        pens, antialiased = self.pens()
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
        for pen in pens:
            p.setPen(pen)
            p.drawLines(lines)
        p.restore()
