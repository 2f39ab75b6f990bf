"""What grid search draws over the two plots: the evaluated cells, the front of the sweep, the
searched rectangle and the best cell on the surface panel, and the best cell's line in the data panel."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt

from gdstudio.core.grid_search import GridSearch, GridSpec
from gdstudio.i18n import translate
from gdstudio.ui.style import Look

OVERLAY_COLORMAP = "magma"     # unlike the surface's viridis, so the swept cells stand out
KEY_LATTICE = 9                # the grid's cells the plot's key must keep off, sampled KEY_LATTICE per axis
KEY_STRIP_MAX = 0.35           # the largest share of the plot's width given to the key beside the grid


def display_levels(search: GridSearch) -> tuple[float, float, float]:
    """(E_min, floor, top) for colouring log10(E − E_min + floor) from `floor` to `top`.

    Fixed for the whole sweep, so a cell keeps its colour as more arrive. E is convex, so on
    the grid its largest value is at one of the four corner cells."""
    s, spec = search.surface, search.spec
    e_min = float(s.loss(*s.optimum()))
    w0, w1 = spec.w0_values()[[0, -1]], spec.w1_values()[[0, -1]]
    with np.errstate(over="ignore", invalid="ignore"):
        top = float(np.max(s.loss(w0[:, None], w1[None, :]))) - e_min
    if not math.isfinite(top):
        top = np.finfo(float).max / 1e6
    floor = max(top * 1e-4, np.finfo(float).tiny)
    return e_min, floor, max(top, floor * 10)


class GridSearchOverlay:
    """What grid search draws over the two plots. Build once; `update` redraws in place."""

    def __init__(self, look: Look, surface_plot: pg.PlotItem, data_plot: pg.PlotItem, line_w=None) -> None:
        self.look = look
        # line_w maps model parameters to the line in the data's units (they differ when standardising).
        self._line_w = line_w or (lambda w: w)
        self.surface_plot = surface_plot
        self.data_plot = data_plot
        self.visible = True

        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(pg.colormap.get(OVERLAY_COLORMAP))
        self.image.setOpacity(0.92)
        self.image.setZValue(-5)  # over the surface's colour map, under its contours and markers
        self.frame = pg.PlotCurveItem(pen=pg.mkPen("w", width=look.lw(2), style=Qt.PenStyle.DashLine))
        self.frame_shadow = pg.PlotCurveItem(pen=pg.mkPen(look.ink, width=look.lw(4)))
        self.front = pg.PlotCurveItem(pen=pg.mkPen("w", width=look.lw(3)))
        self.best_halo = pg.ScatterPlotItem(size=look.px(24), symbol="s", pen=pg.mkPen(look.ink, width=look.lw(6)),
                                            brush=None)
        self.best_mark = pg.ScatterPlotItem(size=look.px(24), symbol="s", pen=pg.mkPen(look.green, width=look.lw(3)),
                                            brush=None)
        # Above the grid, over the best cell's column: a label on the grid would hide the cells around the best.
        self.best_label = pg.TextItem(translate("GridSearchOverlay", "best cell"), color="w",
                                      fill=pg.mkBrush(look.green), anchor=(0.5, 1.0))
        for z, item in ((4, self.frame_shadow), (5, self.frame), (6, self.front), (14, self.best_halo),
                        (15, self.best_mark), (16, self.best_label)):
            item.setZValue(z)
        self.surface_items = (self.image, self.frame_shadow, self.frame, self.front, self.best_halo,
                              self.best_mark, self.best_label)
        for item in self.surface_items:
            surface_plot.addItem(item)
        self.image.setToolTip(translate("GridSearchOverlay", "Grid search: the cells evaluated so far, coloured by "
                                                             "their error E (dark = small)"))
        self.frame.setToolTip(translate("GridSearchOverlay", "The range searched: chosen before we know where the "
                                                             "optimum is"))
        self.best_mark.setToolTip(translate("GridSearchOverlay", "The best cell so far: the grid point with the "
                                                                 "smallest error E"))

        self.best_line = pg.PlotCurveItem(pen=pg.mkPen(look.green, width=look.lw(3), style=Qt.PenStyle.DashLine))
        self.best_line.setZValue(5)
        self.best_line.setToolTip(translate("GridSearchOverlay", "The line of the best grid cell: f(x) = w0 + w1·x"))
        self.line_label = pg.TextItem(translate("GridSearchOverlay", "grid search: best cell"), color="w",
                                      fill=pg.mkBrush(look.green), anchor=(0, 1.2))
        self.line_label.setZValue(16)
        self.data_items = (self.best_line, self.line_label)
        for item in self.data_items:
            data_plot.addItem(item)
        data_plot.getViewBox().sigXRangeChanged.connect(self._on_data_range_changed)

        self._search: GridSearch | None = None
        self._shown: np.ndarray | None = None  # log-E image in sweep order (rows of constant w1), NaN = not yet
        self._painted = 0
        self._levels = (0.0, 0.0, 1.0)
        self._best_w: np.ndarray | None = None
        self._spec = GridSpec()
        self._key = getattr(surface_plot, "legend", None)
        if self._key is not None:
            self._key.also_taught.append(self._cells_for_key)
        self.update(None, GridSpec())

    # ------------------------------------------------------------------ drawing
    def update(self, search: GridSearch | None, spec: GridSpec | None = None, sweeping: bool = False) -> None:
        """Draw `search` (None: only the rectangle of `spec`, the grid a search would use)."""
        spec = search.spec if search is not None else (spec or GridSpec())
        self._spec = spec
        (a, b), (c, d) = spec.w0_range, spec.w1_range
        for item in (self.frame, self.frame_shadow):
            item.setData([a, b, b, a, a], [c, c, d, d, c])
        self.best_label.setPos(self.best_label.pos().x(), d)
        if search is None:
            self._search = self._shown = None
            self._painted = 0
            self.image.clear()
            self.front.setData([], [])
            self._set_best(None)
            return
        if search is not self._search:  # a new sweep: a new, empty image
            self._search, self._painted = search, 0
            self._shown = np.full((spec.w1_divisions, spec.w0_divisions), np.nan)
            self._levels = display_levels(search)
        self._paint_new_cells(search)
        e_min, floor, top = self._levels
        self.image.setImage(self._shown.T, autoLevels=False, levels=(math.log10(floor), math.log10(top + floor)))
        self.image.setRect(QRectF(a, c, b - a, d - c))
        if sweeping and not search.is_done and search.done:
            y = c + (search.last_cell[1] + 1) * spec.cell_size[1]
            self.front.setData([a, b], [y, y])
        else:
            self.front.setData([], [])
        self._set_best(search.best_w)

    def _paint_new_cells(self, search: GridSearch) -> None:
        """Colour only the cells evaluated since the last update (cheap for a 1000 × 1000 grid too)."""
        start, stop = self._painted, search.done
        if stop > start:
            e_min, floor, _ = self._levels
            new = search.values.T.reshape(-1)[start:stop]  # sweep order; a view, no copy
            with np.errstate(over="ignore", invalid="ignore"):
                self._shown.reshape(-1)[start:stop] = np.log10(np.maximum(new - e_min, 0.0) + floor)
            self._painted = stop

    def _set_best(self, w: np.ndarray | None) -> None:
        same = (w is None and self._best_w is None) or (
            w is not None and self._best_w is not None and np.array_equal(w, self._best_w))
        if same and self.best_label.isVisible() == (self.visible and w is not None):
            return  # most ticks do not move the best cell: leave the items alone
        self._best_w = None if w is None else np.array(w, dtype=float)
        if w is None:
            self.best_mark.setData([], [])
            self.best_halo.setData([], [])
        else:
            self.best_mark.setData([w[0]], [w[1]])
            self.best_halo.setData([w[0]], [w[1]])
            self.best_label.setPos(w[0], self._spec.w1_range[1])
        self.best_label.setVisible(self.visible and w is not None)
        self._on_data_range_changed()

    def _on_data_range_changed(self, *_) -> None:
        w = self._best_w
        if w is None:
            self.best_line.setData([], [])
            self.line_label.setVisible(False)
            return
        x0, x1 = self.data_plot.getViewBox().viewRange()[0]
        xs = np.array([x0, x1])
        w = self._line_w(w)
        self.best_line.setData(xs, w[0] + w[1] * xs)
        x_label = x0 + 0.04 * (x1 - x0)
        self.line_label.setPos(x_label, w[0] + w[1] * x_label)
        self.line_label.setVisible(self.visible)

    @property
    def best_line_coefficients(self) -> tuple[float, float] | None:
        """(intercept, slope) of the drawn best line, read back from its data."""
        xs, ys = self.best_line.getData()
        if xs is None or len(xs) < 2 or xs[1] == xs[0]:
            return None
        slope = (ys[1] - ys[0]) / (xs[1] - xs[0])
        return float(ys[0] - slope * xs[0]), float(slope)

    # ------------------------------------------------------------------ mode
    def set_visible(self, visible: bool) -> None:
        self.visible = bool(visible)
        for item in self.surface_items + self.data_items:
            item.setVisible(self.visible)
        if self._key is not None:
            self._key.fit()  # (it keeps off the grid's cells only while they show)
        if self.visible:  # labels only where there is something to label
            self.best_label.setVisible(self._best_w is not None)
            self.line_label.setVisible(self._best_w is not None)

    def _cells_for_key(self):
        """The grid's cells as points the plot's key must not cover, while the grid is shown."""
        if not self.visible:
            return ()
        (a, b), (c, d) = self._spec.w0_range, self._spec.w1_range
        w0, w1 = np.meshgrid(np.linspace(a, b, KEY_LATTICE), np.linspace(c, d, KEY_LATTICE))
        return ((w0.ravel(), w1.ravel(), 0.0, 1.0),)

    def show_whole_grid(self, spec: GridSpec) -> None:
        """Widen the surface plot's view, if needed, so the whole grid (and what was in view) shows, with a
        strip on the right for the plot's key and room above the grid for the best cell's label: nothing
        covers a cell."""
        view = self.surface_plot.getViewBox()
        (x0, x1), (y0, y1) = view.viewRange()
        (a, b), (c, d) = spec.w0_range, spec.w1_range
        width, height = max(view.width(), 1.0), max(view.height(), 1.0)
        key = self._key.boundingRect() if self._key is not None else QRectF()
        strip = min((key.width() + 12) / width, KEY_STRIP_MAX)
        above = min((self.best_label.boundingRect().height() + 6) / height, KEY_STRIP_MAX)
        left, bottom = a - 0.04 * (b - a), c - 0.04 * (d - c)
        right = left + (b - left) / (1 - strip)
        top = bottom + (d - bottom) / (1 - above)
        if x0 <= left and right <= x1 and y0 <= bottom and top <= y1:
            return
        view.setRange(xRange=(min(x0, left), max(x1, right)), yRange=(min(y0, bottom), max(y1, top)), padding=0)
        if self._key is not None:
            self._key.fit()

    def detach(self) -> None:
        """Take every item off both plots for good."""
        if self._key is not None and self._cells_for_key in self._key.also_taught:
            self._key.also_taught.remove(self._cells_for_key)
        try:
            self.data_plot.getViewBox().sigXRangeChanged.disconnect(self._on_data_range_changed)
        except (RuntimeError, TypeError):
            pass
        for item in self.surface_items:
            self.surface_plot.removeItem(item)
        for item in self.data_items:
            self.data_plot.removeItem(item)


# ------------------------------------------------------------------------------------------ the panel
