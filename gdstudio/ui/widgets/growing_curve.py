"""A curve that grows at its end (the loss over iterations, the optimizer's path), drawn in two parts.

A curve whose data change is repainted over its whole bounding rectangle, and its every segment is
stroked again, even where nothing moved: the loss curve across the panel each frame, ≈ 2.3 ms at
1920×1080 with the projector's wide pens, four times over in a race. Here the item itself draws the
body, all but the newest points, from a pixmap that is made again only when the body changes; a child
item draws the tail, the newest points, afresh. A frame that only appends repaints the tail's small
rectangle. When the earlier points change (a new run, an edit, a coarser decimation) or the tail grows
long, the body takes everything again.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

SHORTEST_TAIL = 32  # points before the body takes them over …
TAIL_SHARE = 8      # … or 1/8 of the curve, if more (a long curve's body is made anew less often)
FRESH = 4           # the newest points are the tail's even then: a decimated curve's last block, a thinned
                    # path's newest state are replaced as the curve grows, the points before them are not


class GrowingCurve(pg.PlotDataItem):
    def __init__(self, **opts) -> None:
        self.tail = None  # (PlotDataItem's __init__ calls setData before there is one)
        super().__init__(**opts)
        # A plain curve (a PlotDataItem's setData costs 6× as much, ≈ 110 µs, and this one changes every frame);
        # so the log mode that pyqtgraph would apply to it is applied here.
        self.tail = pg.PlotCurveItem(pen=opts.get("pen"))
        self.tail.setParentItem(self)
        self._log = (False, False)
        # (a PlotDataItem draws nothing itself: its child curve does)
        self.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._x, self._y = np.empty(0), np.empty(0)  # the whole curve
        self._body = 0  # how many of its points the body draws

    def setData(self, *args, **kwargs) -> None:  # noqa: N802 (pyqtgraph's name)
        """setData(x, y) as pyqtgraph's: a curve that only grew redraws its tail. (Any other form of the
        call goes to the body whole.)"""
        if self.tail is None or kwargs or len(args) != 2:
            if self.tail is not None:
                self.tail.setData([], [])
            self._x, self._y, self._body = np.empty(0), np.empty(0), 0
            super().setData(*args, **kwargs)
            return
        x, y = np.asarray(args[0], dtype=float), np.asarray(args[1], dtype=float)
        n, body = len(x), self._body
        grew = (0 < body <= n and np.array_equal(x[:body], self._x[:body], equal_nan=True)
                and np.array_equal(y[:body], self._y[:body], equal_nan=True))
        if not grew or n - body > max(SHORTEST_TAIL, body // TAIL_SHARE):
            body = max(n - FRESH, min(n, 2))
            super().setData(x[:body], y[:body])
        # (copies: a caller's array may be a view of a buffer that is written again later, a history's)
        self._x, self._y, self._body = x.copy(), y.copy(), body
        self._show_tail()

    def _show_tail(self) -> None:
        start = max(self._body - 1, 0)  # (the tail starts where the body ends: one line)
        if len(self._x) - start > 1:
            x, y = self._x[start:], self._y[start:]
            with np.errstate(divide="ignore", invalid="ignore"):  # (as in pyqtgraph: a value ≤ 0 is not drawn)
                self.tail.setData(np.log10(x) if self._log[0] else x, np.log10(y) if self._log[1] else y)
        elif self.tail.xData is not None and len(self.tail.xData):
            self.tail.setData([], [])

    def getData(self):  # noqa: N802 (pyqtgraph's name)
        """The whole curve as drawn (log mode applied), body and tail together."""
        bx, by = super().getData()
        tx, ty = (None, None) if self.tail is None else self.tail.getData()
        if bx is None or tx is None or not len(tx):
            return bx, by
        return np.concatenate([bx, tx[1:]]), np.concatenate([by, ty[1:]])

    def setLogMode(self, x_mode, y_mode) -> None:  # noqa: N802 (pyqtgraph's name)
        super().setLogMode(x_mode, y_mode)
        if self.tail is not None:
            self._log = (bool(x_mode), bool(y_mode))
            self._show_tail()

    def setPen(self, *args, **kwargs) -> None:  # noqa: N802 (pyqtgraph's name)
        super().setPen(*args, **kwargs)
        if self.tail is not None:
            self.tail.setPen(*args, **kwargs)
