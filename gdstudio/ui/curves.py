"""Small helpers for pyqtgraph items that are updated every frame."""

from __future__ import annotations

import pyqtgraph as pg


def clear(item: pg.PlotCurveItem) -> None:
    """Empty a curve, unless it is empty already: a no-op setData still repaints the whole plot,
    and these run every frame."""
    if item.xData is not None and len(item.xData):
        item.setData([], [])
