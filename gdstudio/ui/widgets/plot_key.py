"""A legend that keeps out of the way of what is taught.

`PlotKey` sits in the corner of its plot where it covers the fewest of the things a panel names as
taught (data points, the current w, the path's head, the optimum): weighted counts of those points under
each corner, recomputed when they move (at most ten times a second while they move every frame) and moved
only when another corner is clearly better. When, expanded, it would take more than `max_cover` of the
plot or cover something in every corner, it folds to a small "Key" tab; a click opens or folds it (the
teacher's choice then stands until its entries change).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter

from gdstudio.ui.widgets.throttle import Throttle

MAX_COVER = 0.08   # the largest share of its plot an open key may take
MARGIN_PX = 6      # from the plot's edges
CORNERS = ("top-left", "top-right", "bottom-right", "bottom-left")
ANCHORS = {"top-left": ((0, 0), (0, 0), (1, 1)), "top-right": ((1, 0), (1, 0), (-1, 1)),
           "bottom-right": ((1, 1), (1, 1), (-1, -1)), "bottom-left": ((0, 1), (0, 1), (1, -1))}

# What a panel protects: (x, y) in view coordinates, the marker's radius in pixels, a weight (a marker
# the lecture points at outweighs many data points). Points of weight below 1 only steer it: it folds
# for nothing lighter than a data point.
Taught = Sequence[tuple[np.ndarray, np.ndarray, float, float]]


class KeySample(pg.ItemSample):
    """A legend sample that is only a key: its item's line or symbol, drawn as the item draws it even while
    the item has nothing to show (pyqtgraph's crosses it out then), fitted into the sample's box, and a click
    on it opens or folds the key instead of hiding the item."""

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        return QRectF(0, 0, self.width(), self.height())

    def paint(self, p, *args) -> None:
        item, w, h = self.item, self.width(), self.height()
        opts = item.opts
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not isinstance(item, pg.ScatterPlotItem) and opts.get("pen") is not None:
            p.setPen(fn.mkPen(opts["pen"]))
            p.drawLine(0, int(h / 2), int(w), int(h / 2))
        symbol = opts.get("symbol")
        if symbol is not None:
            if isinstance(item, pg.PlotDataItem):
                opts = item.scatter.opts
            p.translate(w / 2, h / 2)
            pg.graphicsItems.ScatterPlotItem.drawSymbol(p, symbol, min(opts["size"], 0.8 * h),
                                                        fn.mkPen(opts["pen"]), fn.mkBrush(opts["brush"]))

    def mouseClickEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        key = self.parentItem()
        if isinstance(key, PlotKey) and event.button() == Qt.MouseButton.LeftButton:
            key.toggle()
        event.accept()


class PlotKey(pg.LegendItem):
    def __init__(self, folded_text: str, folded_tip: str, text_size: str, text_colour: str, corner: str = "top-left",
                 taught: Callable[[], Taught] = lambda: (), max_cover: float = MAX_COVER, **opts) -> None:
        super().__init__(labelTextSize=text_size, labelTextColor=text_colour, sampleType=KeySample, **opts)
        self.layout.setContentsMargins(3, 1, 3, 1)
        self.taught = taught
        self.also_taught: list[Callable[[], Taught]] = []  # what overlays add (the cells of a grid search)
        self.max_cover = max_cover
        self._anchored = False
        self.corner = corner  # (preferred while nothing is under any corner)
        self.folded = False
        self.covers = 0.0            # the weighted count of taught points under it, where it is
        self._chosen: bool | None = None  # the teacher's click: True open, False folded, None automatic
        self._entries: list[tuple[object, str]] = []
        self._open_size = QSizeF()
        self._follow = Throttle(self.place, 100, self)
        self._tab = pg.LabelItem(folded_text, size=text_size, color=text_colour)
        self._tab.setParentItem(self)
        self._tab.hide()
        self._tab.setToolTip(folded_tip)
        self.setToolTip(folded_tip)

    # ---------------------------------------------------------------- entries
    def set_entries(self, entries) -> None:
        """The (item, name) pairs it names, in order; it then fits itself to its plot again."""
        entries = list(entries)
        if entries == self._entries:
            return
        self._entries = entries
        self._chosen = None
        self._show(folded=False)  # (every entry back in the layout, where pyqtgraph's clear takes it from)
        super().clear()
        for item, name in entries:  # (made once per set of entries; folding only takes them out of the layout)
            self.addItem(item, name)
        self._show(folded=False)
        self._open_size = self.boundingRect().size()  # (measured once: fitting then needs no rebuild)
        self.fit()

    @property
    def entries(self) -> list[str]:
        return [name for _, name in self._entries]

    def addItem(self, item, name) -> None:  # noqa: N802 (pyqtgraph's name)
        super().addItem(item, name)
        sample, label = self.items[-1]
        label.item.document().setDocumentMargin(1)  # (Qt's 4 px above and below each line add up)
        label.updateMin()
        side = max(16.0, label.boundingRect().height() * 0.9)  # samples as tall as the text
        sample.setFixedWidth(side * 1.2)
        sample.setFixedHeight(side)

    def _take_out(self) -> None:
        for i in range(self.layout.count() - 1, -1, -1):
            self.layout.removeAt(i)

    def _show(self, folded: bool) -> None:
        """Lay out the entries, or only the tab (the entries stay made, out of the layout and hidden)."""
        self._take_out()
        self._tab.setVisible(folded)
        for sample, label in self.items:
            sample.setVisible(not folded)
            label.setVisible(not folded)
        if folded:
            self.layout.addItem(self._tab, 0, 0)
        else:
            for row, (sample, label) in enumerate(self.items):
                self.layout.addItem(sample, row, 0, alignment=Qt.AlignmentFlag.AlignVCenter)
                self.layout.addItem(label, row, 1)
        self.folded = folded
        self.updateSize()

    # -------------------------------------------------------------- placement
    def toggle(self) -> None:
        """Open a folded key or fold an open one (a click on it)."""
        self._chosen = self.folded
        self._show(folded=not self.folded)
        self.place()

    def fit(self) -> None:
        """Open when it fits (small enough, and a corner free of what is taught), else folded; then placed.
        Call it when the plot's size, the entries or the data change."""
        box = self.parentItem()
        if box is None or not self._entries:
            return
        if self._chosen is not None:
            folded = not self._chosen
        else:
            w, h = self._open_size.width(), self._open_size.height()
            too_big = w * h > self.max_cover * max(box.width() * box.height(), 1.0)
            folded = too_big or min(self._score(corner, box, w, h) for corner in CORNERS) >= 1
        if folded != self.folded:
            self._show(folded)
        self.place()

    def place(self) -> None:
        """Move to the corner that covers the least of what is taught (staying put on a tie)."""
        box = self.parentItem()
        if box is None or box.width() <= 0 or box.height() <= 0:
            return
        if self._anchored and not self._score(self.corner, box):  # (most frames: where it is, nothing under it)
            self.covers = 0.0
            return
        scores = {corner: self._score(corner, box) for corner in CORNERS}
        best = min(scores.values())
        if scores[self.corner] > best or not self._anchored:
            if scores[self.corner] > best:
                self.corner = next(c for c in CORNERS if scores[c] == best)
            item_pos, parent_pos, sign = ANCHORS[self.corner]
            self.anchor(item_pos, parent_pos, (sign[0] * MARGIN_PX, sign[1] * MARGIN_PX))
            self._anchored = True
        self.covers = best
        if best >= 1 and not self.folded and self._chosen is None:
            self._show(folded=True)  # (once: it opens again at the next fit)
            self.place()

    def follow(self) -> None:
        """place(), at most ten times a second and always once more after the last call: for markers that
        move every frame (a key that trails them by a tenth of a second covers nothing for long)."""
        self._follow()

    @property
    def following(self) -> bool:
        """Whether a place() is still to come (markers moved less than a tenth of a second ago)."""
        return self._follow.pending

    def rect_at(self, corner: str, box, w: float, h: float) -> QRectF:
        """Where a key `w` × `h` pixels would lie in `box`'s coordinates, in `corner`."""
        left = MARGIN_PX if "left" in corner else box.width() - MARGIN_PX - w
        top = MARGIN_PX if "top" in corner else box.height() - MARGIN_PX - h
        return QRectF(left, top, w, h)

    def _score(self, corner: str, box, w: float | None = None, h: float | None = None) -> float:
        """The weighted count of taught points under the key in `corner` (at its present size, or w × h)."""
        size = self.boundingRect()
        rect = self.rect_at(corner, box, size.width() if w is None else w, size.height() if h is None else h)
        transform = box.childTransform()  # view coordinates → the box's pixels
        score = 0.0
        for xs, ys, radius, weight in [*self.taught(), *(t for source in self.also_taught for t in source())]:
            xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
            if not len(xs):
                continue
            px = transform.m11() * xs + transform.m31()
            py = transform.m22() * ys + transform.m32()
            under = ((px > rect.left() - radius) & (px < rect.right() + radius)
                     & (py > rect.top() - radius) & (py < rect.bottom() + radius))
            score += weight * int(np.count_nonzero(under))
        return score

    def mouseClickEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton:
            self.toggle()
            event.accept()

    def mouseDragEvent(self, event) -> None:  # noqa: N802 (it stays where it is placed: no dragging)
        event.ignore()
