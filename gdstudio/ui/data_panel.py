"""Data space: the points, the current line f_w(x) = w0 + w1·x and its residuals.

Left click on empty space adds a point; dragging a point moves it; right click on a
point (or Delete while hovering it) removes it. Everything else pans and zooms.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel

from gdstudio.controller import Controller
from gdstudio.ui.style import BLUE, GREEN, INK, ORANGE, VERMILLION, style_plot
from gdstudio.ui.view_box import InteractiveViewBox

GRAB_RADIUS_PX = 10


class DataPanel(pg.PlotWidget):
    hint: QLabel | None = None  # pyqtgraph calls resizeEvent before __init__ has made it

    def __init__(self, controller: Controller, parent=None) -> None:
        self.view_box = InteractiveViewBox()
        super().__init__(parent, viewBox=self.view_box)
        self.controller = controller
        self.hovered = -1
        self._dragged = -1
        plot = self.getPlotItem()
        style_plot(plot, "Data space: f<sub>w</sub>(x) = w0 + w1·x", "x", "y")
        plot.setMenuEnabled(True)

        self.residuals = pg.PlotCurveItem(pen=pg.mkPen(VERMILLION, width=1.5), connect="pairs")
        self.line = pg.PlotCurveItem(pen=pg.mkPen(BLUE, width=3))
        self.points = pg.ScatterPlotItem(size=11, pen=pg.mkPen("w", width=1), brush=pg.mkBrush(INK))
        self.hover_mark = pg.ScatterPlotItem(size=20, pen=pg.mkPen(ORANGE, width=3), brush=None)
        self.batch_mark = pg.ScatterPlotItem(size=17, pen=pg.mkPen(GREEN, width=3), brush=None)
        self.batch_mark.setToolTip("The points the last step used (mini-batch / SGD)")
        for item in (self.residuals, self.line, self.points, self.batch_mark, self.hover_mark):
            plot.addItem(item)
        self.line.setToolTip("The current model f_w(x) = w0 + w1·x")
        self.residuals.setToolTip("Residuals yᵢ − f_w(xᵢ): the errors that E(w) squares and sums")

        self.hint = QLabel("Click here to add data points", self)
        self.hint.setStyleSheet("color: #5a5a5a; font-size: 16pt; background: transparent;")
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

        self.view_box.on_click = self._on_view_click
        self.view_box.on_drag_start = self._on_drag_start
        self.view_box.on_drag_move = self._on_drag_move
        self.view_box.on_drag_end = self._on_drag_move
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.view_box.sigXRangeChanged.connect(self._update_line)

        controller.sig_data_changed.connect(self._on_data_changed)
        controller.sig_data_loaded.connect(self.fit_view)
        controller.sig_history_changed.connect(self._update_line)
        controller.sig_history_changed.connect(self._update_batch)
        self._on_data_changed()
        self.fit_view()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # ------------------------------------------------------------------ drawing
    def fit_view(self) -> None:
        data = self.controller.data
        plot = self.getPlotItem()
        plot.setLabel("bottom", data.x_name)
        plot.setLabel("left", data.y_name)
        if len(data):
            xs = np.append(data.x, 0.0)  # keep the origin (and so the intercept w0) in sight
            ys = np.append(data.y, 0.0)
            self.view_box.setRange(xRange=(xs.min(), xs.max()), yRange=(ys.min(), ys.max()), padding=0.12)
        else:
            self.view_box.setRange(xRange=(0, 3), yRange=(0, 5), padding=0.05)

    def _on_data_changed(self) -> None:
        data = self.controller.data
        self.points.setData(data.x, data.y)
        self.hint.setVisible(not len(data))
        self._set_hovered(self.hovered if self.hovered < len(data) else -1)
        self._update_line()

    def _update_line(self) -> None:
        w = self.controller.current.w
        x0, x1 = self.view_box.viewRange()[0]
        xs = np.array([x0, x1])
        self.line.setData(xs, w[0] + w[1] * xs)
        data = self.controller.data
        if len(data):
            fitted = w[0] + w[1] * data.x
            self.residuals.setData(np.repeat(data.x, 2), np.column_stack([data.y, fitted]).ravel())
        else:
            self.residuals.setData([], [])

    def highlighted_batch(self) -> np.ndarray:
        """Indices of the points ringed as the last step's batch (empty: none, or all were used)."""
        batch = self.controller.history.batch(-1)
        data = self.controller.data
        if batch is None or not len(data):
            return np.empty(0, dtype=int)
        return batch[batch < len(data)]  # a point removed since that step is no longer there

    def _update_batch(self) -> None:
        batch = self.highlighted_batch()
        data = self.controller.data
        self.batch_mark.setData(data.x[batch], data.y[batch])

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        if self.hint is None:
            return
        self.hint.adjustSize()
        self.hint.move((self.width() - self.hint.width()) // 2, (self.height() - self.hint.height()) // 2)

    # -------------------------------------------------------------- interaction
    def point_near(self, pos: QPointF) -> int:
        sx, sy = self.view_box.pixel_scale()
        index, dist = self.controller.data.nearest(pos.x(), pos.y(), sx, sy)
        return index if dist <= GRAB_RADIUS_PX else -1

    def _on_view_click(self, pos: QPointF, button: Qt.MouseButton) -> bool:
        index = self.point_near(pos)
        if button == Qt.MouseButton.RightButton:
            if index < 0:
                return False  # let pyqtgraph open its menu
            self.controller.remove_point(index)
            return True
        if index < 0:
            self.controller.add_point(pos.x(), pos.y())
        return True

    def _on_drag_start(self, pos: QPointF) -> bool:
        self._dragged = self.point_near(pos)
        return self._dragged >= 0

    def _on_drag_move(self, pos: QPointF) -> None:
        if self._dragged >= 0:
            self.controller.move_point(self._dragged, pos.x(), pos.y())
            self._set_hovered(self._dragged)

    def _on_mouse_moved(self, scene_pos) -> None:
        if self.view_box.sceneBoundingRect().contains(scene_pos):
            self._set_hovered(self.point_near(self.view_box.mapSceneToView(scene_pos)))
        else:
            self._set_hovered(-1)

    def _set_hovered(self, index: int) -> None:
        self.hovered = index
        data = self.controller.data
        if 0 <= index < len(data):
            self.hover_mark.setData([data.x[index]], [data.y[index]])
            self.setToolTip(f"Point {index + 1}: ({data.x[index]:.4g}, {data.y[index]:.4g})\n"
                            "Drag to move · right click or Delete to remove")
        else:
            self.hover_mark.setData([], [])
            self.setToolTip("Click to add a point · drag a point to move it · right click a point to remove it")

    def keyPressEvent(self, ev) -> None:  # noqa: N802
        if ev.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.hovered >= 0:
            index, self.hovered = self.hovered, -1
            self.controller.remove_point(index)
            ev.accept()
            return
        super().keyPressEvent(ev)


