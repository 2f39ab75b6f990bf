"""Small helpers for pyqtgraph items that are updated every frame.

Two costs they avoid: an item that is shown but empty still runs its (Python) paint method
every time its plot repaints, and a scatter's setData rebuilds its table of points even for
a single symbol. So empty items are hidden, and single markers move instead of being rebuilt.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem


def _has_data(item) -> bool:
    x = item.getData()[0]
    return x is not None and len(x) > 0


def show_data(item, x, y) -> None:
    """setData, and show the item only while it has something to draw."""
    item.setData(x, y)
    item.setVisible(len(x) > 0)


def clear(item) -> None:
    """Empty and hide an item, unless it is so already: a no-op setData still repaints the whole
    plot, and these run every frame."""
    if _has_data(item):
        item.setData([], [])
    if item.isVisible():
        item.setVisible(False)


class Scatter(pg.ScatterPlotItem):
    """pyqtgraph's scatter, keeping its bounding rectangle until its data, its symbols or the view change.
    pyqtgraph works it out afresh on every call (the data's bounds and the size of a pixel, ≈ 30 µs), and Qt
    asks for it ~50 times a frame over the window's markers: 1.5 ms of a race's frame."""

    _rect, _rect_for = QRectF(), None

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        # pyqtgraph replaces its list of cached data bounds whenever they may change (new data, new symbols,
        # a new view transform): the rectangle worked out with that list holds as long as it does.
        if self._rect_for is not self.bounds:
            self._rect = super().boundingRect()
            self._rect_for = self.bounds
        return self._rect


class Marker(Scatter):
    """One symbol at one point. `move_to` moves the item (a transform change: Qt repaints only the
    old and new spot) instead of calling setData, which costs ≈ 0.3–0.7 ms each time."""

    def __init__(self, **opts) -> None:
        super().__init__(**opts)
        super().setData([0.0], [0.0])
        self.setVisible(False)
        # Drawn once into a pixmap, which Qt then only moves about (the mode is made for moving items).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def move_to(self, x: float, y: float) -> None:
        """Show the marker at (x, y); hide it when either is not finite."""
        x, y = float(x), float(y)
        if not (math.isfinite(x) and math.isfinite(y)):
            self.setVisible(False)
            return
        if (x, y) != (self.pos().x(), self.pos().y()):
            self.setPos(x, y)
        if not self.isVisible():
            self.setVisible(True)

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 (pyqtgraph's name)
        """Where the marker is, as a one-point scatter would say (empty while hidden)."""
        if not self.isVisible():
            return np.empty(0), np.empty(0)
        return np.array([self.pos().x()]), np.array([self.pos().y()])
