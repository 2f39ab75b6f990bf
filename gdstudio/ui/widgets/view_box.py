"""A ViewBox that reports clicks in data coordinates and lets its panel claim drags.

A drag that the panel does not claim (it did not start on something draggable) pans
the view as usual; a right click the panel does not use opens pyqtgraph's menu.

Zooming and panning stop at ten times the supported range (core.limits): a click is refused
beyond it anyway, and inside it everything drawn (a line across the view, the surface's image)
stays finite; pyqtgraph's own limit is ±1e307, where w0 + w1·x overflows.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt

from gdstudio.core.limits import MAX_START, MAX_VALUE

VIEW_LIMIT = 10 * max(MAX_VALUE, MAX_START)


class InteractiveViewBox(pg.ViewBox):
    def __init__(self) -> None:
        super().__init__()
        self.setLimits(xMin=-VIEW_LIMIT, xMax=VIEW_LIMIT, yMin=-VIEW_LIMIT, yMax=VIEW_LIMIT)
        # Each returns True when it used the event. Points are in data coordinates.
        self.on_click: Callable[[QPointF, Qt.MouseButton], bool] = lambda pos, button: False
        self.on_drag_start: Callable[[QPointF], bool] = lambda pos: False
        self.on_drag_move: Callable[[QPointF], None] = lambda pos: None
        self.on_drag_end: Callable[[QPointF], None] = lambda pos: None
        self._dragging = False

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (Qt naming)
        if ev.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            if self.on_click(self.mapSceneToView(ev.scenePos()), ev.button()):
                ev.accept()
                return
        super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802
        if ev.button() == Qt.MouseButton.LeftButton:
            pos = self.mapSceneToView(ev.scenePos())
            if ev.isStart():
                self._dragging = self.on_drag_start(self.mapSceneToView(ev.buttonDownScenePos()))
            if self._dragging:
                ev.accept()
                if ev.isFinish():
                    self._dragging = False
                    self.on_drag_end(pos)
                else:
                    self.on_drag_move(pos)
                return
        super().mouseDragEvent(ev, axis)

    def pixel_scale(self) -> tuple[float, float]:
        """Screen pixels per data unit along x and y (to measure distances in pixels)."""
        px, py = self.viewPixelSize()
        return (1.0 / px if px else 1.0), (1.0 / py if py else 1.0)
