"""Parameter space: E(w0, w1) as a log-scaled colour map with contours, the optimum,
the start, the current w and the optimizer's path. Clicking sets a new start point.

The image covers whatever part of the plane is in view and is recomputed when the view
or the data changes — cheap, because E comes from six sufficient statistics.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer

from gdstudio.controller import Controller
from gdstudio.core.contours import default_view, surface_image
from gdstudio.ui.style import ORANGE, VERMILLION, style_plot
from gdstudio.ui.view_box import InteractiveViewBox

GRID_SIZE = 200
PATH_MARKERS_UP_TO = 300    # show a dot per step while the path is short enough to count
PATH_DISPLAY_POINTS = 5000  # longer paths are thinned for drawing (the newest point is kept)


def thin_path(w: np.ndarray, limit: int = PATH_DISPLAY_POINTS) -> np.ndarray:
    if len(w) <= limit:
        return w
    keep = np.unique(np.concatenate([np.geomspace(1, len(w), limit).astype(int) - 1, [len(w) - 1]]))
    return w[keep]


class SurfacePanel(pg.PlotWidget):
    def __init__(self, controller: Controller, parent=None) -> None:
        self.view_box = InteractiveViewBox()
        super().__init__(parent, viewBox=self.view_box)
        self.controller = controller
        plot = self.getPlotItem()
        style_plot(plot, "Parameter space: error E(w0, w1)", "w0 (intercept)", "w1 (slope)")

        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.contours = pg.PlotCurveItem(pen=pg.mkPen((255, 255, 255, 150), width=1), connect="finite")
        self.path = pg.PlotDataItem(pen=pg.mkPen(ORANGE, width=2.5), symbol="o", symbolSize=5,
                                    symbolBrush=ORANGE, symbolPen=None)
        self.start_mark = pg.ScatterPlotItem(size=14, symbol="s", pen=pg.mkPen("w", width=2), brush=None)
        self.optimum_mark = pg.ScatterPlotItem(size=22, symbol="star", pen=pg.mkPen("k", width=1),
                                               brush=pg.mkBrush("w"))
        self.current_mark = pg.ScatterPlotItem(size=16, symbol="o", pen=pg.mkPen("w", width=2),
                                               brush=pg.mkBrush(VERMILLION))
        for item in (self.image, self.contours, self.path, self.start_mark, self.optimum_mark, self.current_mark):
            plot.addItem(item)
        self.image.setZValue(-10)
        self.image.setToolTip("Colour: error E(w) on a log scale (dark = small error)")
        self.optimum_mark.setToolTip("☆ Least-squares optimum: the w with the smallest error")
        self.current_mark.setToolTip("● Current w of the optimizer")
        self.start_mark.setToolTip("□ Start point (click anywhere to move it)")
        self.setToolTip("Click to start gradient descent from that w")

        self.view_box.on_click = self._on_view_click
        self._redraw_timer = QTimer(self, singleShot=True, interval=0)  # coalesce range changes
        self._redraw_timer.timeout.connect(self.redraw_surface)
        self.view_box.sigRangeChanged.connect(self._redraw_timer.start)

        controller.sig_data_changed.connect(self._on_data_changed)
        controller.sig_data_loaded.connect(self.fit_view)
        controller.sig_history_changed.connect(self.update_run)
        controller.sig_settings_changed.connect(self.update_run)
        self.fit_view()
        self._on_data_changed()

    def fit_view(self) -> None:
        (a, b), (c, d) = default_view(self.controller.surface, self.controller.start)
        self.view_box.setRange(xRange=(a, b), yRange=(c, d), padding=0)

    def _on_data_changed(self) -> None:
        self.redraw_surface()
        surface = self.controller.surface
        if surface.n:
            opt = surface.optimum()
            self.optimum_mark.setData([opt[0]], [opt[1]])
            unique = "" if surface.has_unique_optimum else (
                "\n(Not unique: with fewer than two distinct x, every w on the valley floor fits equally well)")
            self.optimum_mark.setToolTip(
                f"☆ Least-squares optimum w = ({opt[0]:.4g}, {opt[1]:.4g}), E = {surface.loss(*opt):.4g}{unique}")
        else:
            self.optimum_mark.setData([], [])
        self.update_run()

    def redraw_surface(self) -> None:
        surface = self.controller.surface
        if not surface.n:
            self.image.clear()
            self.contours.setData([], [])
            return
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        # A little beyond the view, so a small pan shows no blank edge before the redraw.
        mx, my = 0.05 * (x1 - x0), 0.05 * (y1 - y0)
        img = surface_image(surface, (x0 - mx, x1 + mx), (y0 - my, y1 + my), GRID_SIZE)
        self.image.setImage(img.log_excess, autoLevels=True)
        dx, dy = img.w0[1] - img.w0[0], img.w1[1] - img.w1[0]
        self.image.setRect(QRectF(img.w0[0] - dx / 2, img.w1[0] - dy / 2, dx * GRID_SIZE, dy * GRID_SIZE))
        self.contours.setData(*img.lines)
        self.last_image = img

    def update_run(self) -> None:
        history = self.controller.history
        path = thin_path(history.w)
        self.path.setData(path[:, 0], path[:, 1])
        self.path.setSymbol("o" if len(path) <= PATH_MARKERS_UP_TO else None)
        w = history.w[-1]
        self.current_mark.setData([w[0]], [w[1]])
        start = self.controller.start
        self.start_mark.setData([start[0]], [start[1]])

    def _on_view_click(self, pos: QPointF, button: Qt.MouseButton) -> bool:
        if button != Qt.MouseButton.LeftButton:
            return False
        self.controller.set_start(pos.x(), pos.y())
        return True
