"""A short label beside a mark on a plot (a pg.TextItem): white text on a dark backdrop, legible on any
part of a colour map, kept inside its plot and off its key."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

Spot = tuple[float, float, tuple[float, float]]  # (x, y) in view coordinates, and the text's anchor there


def tip_label(plot: pg.PlotItem, point_size: float, border: str | None = None, bold: bool = False) -> pg.TextItem:
    """A hidden label added to `plot`, framed in `border` (the colour of what it names), if given."""
    label = pg.TextItem("", color="#f0f0f0", fill=pg.mkBrush(30, 30, 30, 210),
                        border=None if border is None else pg.mkPen(border, width=2))
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setVisible(False)
    plot.addItem(label, ignoreBounds=True)
    label.setZValue(40)
    return label


def place(label: pg.TextItem, box: pg.ViewBox, spots: Sequence[Spot], avoid: Sequence[QRectF] = (),
          mark: tuple[float, float, float] | None = None) -> None:
    """Show `label` at the first of `spots` where it lies wholly inside `box` and off every rectangle of `avoid`
    (in the box's pixels: its key, a note) and off `mark` (x, y, radius in pixels: what it names); else at the
    first that, pushed inside the box, is off them; else at the first, pushed inside."""
    (x0, x1), (y0, y1) = box.viewRange()
    width, height = box.width(), box.height()
    if x1 <= x0 or y1 <= y0 or width <= 0 or height <= 0:
        return
    sx, sy = width / (x1 - x0), height / (y1 - y0)
    if mark is not None:
        mx, my, r = (mark[0] - x0) * sx, (y1 - mark[1]) * sy, mark[2]
        avoid = [*avoid, QRectF(mx - r, my - r, 2 * r, 2 * r)]
    text = label.textItem.boundingRect()
    w, h = text.width(), text.height()

    def clear(rect: QRectF) -> bool:
        return not any(other.intersects(rect) for other in avoid)

    def inside(rect: QRectF) -> QRectF:
        return QRectF(min(max(rect.left(), 0.0), max(width - w, 0.0)), min(max(rect.top(), 0.0), max(height - h, 0.0)),
                      w, h)

    rects = [QRectF((x - x0) * sx - ax * w, (y1 - y) * sy - ay * h, w, h) for x, y, (ax, ay) in spots]
    rect = next((r for r in rects if inside(r) == r and clear(r)), None) \
        or next((inside(r) for r in rects if clear(inside(r))), None) or inside(rects[0])
    label.setAnchor((0, 0))
    label.setPos(x0 + rect.left() / sx, y1 - rect.top() / sy)
    if not label.isVisible():
        label.setVisible(True)
