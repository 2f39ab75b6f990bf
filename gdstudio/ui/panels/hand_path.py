"""The attempt by hand in parameter space (slides 6–7): the w dragged through, as a dashed path in
the loss panel's "by hand" colour, and the best of them ringed — the wandering hand beside the
optimizer's path. Drawn when the attempt changes (a drag), not per frame.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QGraphicsItem

from gdstudio.engine.hand_attempt import HandAttempt
from gdstudio.ui.panels.hand_curve import hand_colour
from gdstudio.ui.style import Look, relative_luminance
from gdstudio.ui.widgets.curves import clear, show_data

DRAWN_UP_TO = 1000  # a drag's samples are a few pixels apart: an even thousand draw the same path


def drawn_path(w: np.ndarray, limit: int = DRAWN_UP_TO) -> np.ndarray:
    """At most ~`limit` of the path's points, evenly, always with its first and last."""
    if len(w) <= limit:
        return w
    return w[np.unique(np.linspace(0, len(w) - 1, limit).round().astype(np.int64))]


class HandPath(QObject):
    def __init__(self, attempt: HandAttempt, look: Look, plot: pg.PlotItem) -> None:
        super().__init__(plot)
        self.attempt = attempt
        colour = hand_colour(look)
        # A halo of the other lightness, so the dashes read on the dark and the bright ends of the colour map.
        halo = "#000000" if relative_luminance(colour) > 0.18 else "#ffffff"
        self.halo = pg.PlotCurveItem(pen=pg.mkPen(halo, width=look.lw(4.5)))
        self.halo.setOpacity(0.45)
        self.path = pg.PlotCurveItem(pen=pg.mkPen(colour, width=look.lw(2.5), style=Qt.PenStyle.DashLine))
        self.best = pg.ScatterPlotItem(size=look.px(13), symbol="o", pen=pg.mkPen(colour, width=look.lw(2.5)),
                                       brush=None)
        self.path.setToolTip(self.tr("The w you tried by hand (dragging the line or the current w)"))
        self.best.setToolTip(self.tr("The w with the smallest E found by hand"))
        for item in (self.halo, self.path, self.best):
            item.setZValue(-1)  # (under the optimizer's path and markers)
            item.setVisible(False)
            # Changes only with a drag: repainted from a pixmap while the run moves over it (at 1920×1080,
            # 0.4 ms a frame; a thousand haloed dashes drawn anew took 8 ms).
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            plot.addItem(item)
        attempt.sig_changed.connect(self.redraw)
        self.redraw()

    def key_entries(self) -> list:
        return [(self.path, self.tr("by hand"))] if len(self.attempt.trace) else []

    @Slot()
    def redraw(self) -> None:
        trace = self.attempt.trace
        if not len(trace):
            for item in (self.halo, self.path):
                clear(item)
            self.best.setData([], [])
            self.best.setVisible(False)
            return
        w = drawn_path(trace.w)
        show_data(self.halo, w[:, 0], w[:, 1])
        show_data(self.path, w[:, 0], w[:, 1])
        best = trace.w[trace.best]
        self.best.setData([best[0]], [best[1]])
        self.best.setVisible(True)
