"""Data space: the points, the current line f_w(x) = w0 + w1·x and its residuals.

Left click on empty space adds a point; dragging a point moves it; right click on a
point (or Delete while hovering it) removes it. Dragging the line shifts it and dragging
one of its two handles tilts it about the other (a manual fit: the new w becomes the
start, so Play continues from there). Everything else pans and zooms.
"""

from __future__ import annotations

from enum import Enum

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QLabel

from gdstudio.assets import axis_name
from gdstudio.core.limits import outside
from gdstudio.engine.controller import Controller
from gdstudio.ui.panels.residual_squares import FILL, across, key_sample, square_outlines, total_label, total_texts
from gdstudio.ui.style import Look, add_legend, style_plot
from gdstudio.ui.widgets.curves import Marker, clear, show_data
from gdstudio.ui.widgets.panel_caption import add_caption
from gdstudio.ui.widgets.point_cloud import PointCloud
from gdstudio.ui.widgets.upright_segments import UprightSegments
from gdstudio.ui.widgets.view_box import InteractiveViewBox

GRAB_RADIUS_PX = 10
SCATTER_UP_TO = 5000         # more points are drawn by the faster PointCloud
THIN_RESIDUALS_ABOVE = 500   # thin pens paint much faster with many segments
SQUARES_UP_TO = 2000         # more squares only fill the plot with orange: draw an even sample of them
HANDLE_AT = (0.2, 0.8)  # handle positions along the visible x range

__all__ = ["DataPanel", "square_outlines"]


class Grab(Enum):
    NONE = 0
    POINT = 1
    LINE = 2     # shift the line up/down, slope kept
    HANDLE = 3   # tilt the line about the other handle


class DataPanel(pg.PlotWidget):
    hint: QLabel | None = None  # pyqtgraph calls resizeEvent before __init__ has made it

    def __init__(self, controller: Controller, look: Look, parent=None) -> None:
        self.view_box = InteractiveViewBox()
        super().__init__(parent, viewBox=self.view_box)
        self.setBackground(look.background)
        self.controller = controller
        self.look = look
        self._grab = Grab.NONE
        self._dragged = -1
        self._drag_origin = (QPointF(), np.zeros(2), np.zeros(2))  # press position, w, pivot
        plot = self.getPlotItem()
        style_plot(look, plot, self.tr("Data space: f<sub>w</sub>(x) = w0 + w1·x"), "x", "y")

        self.squares = QGraphicsPathItem()
        self.squares.setPen(pg.mkPen(look.vermillion, width=look.lw(1)))
        self.squares.setBrush(pg.mkBrush(*FILL))
        self.square_sides = np.empty(0)
        self.squares_key = key_sample(look)  # (only the key draws it)
        # Upright segments, drawn as thin rectangles (a quarter of the cost of wide lines, see upright_segments.py).
        self.residuals = UprightSegments(pen=pg.mkPen(look.vermillion, width=look.lw(1.5)))
        self.preview = pg.PlotCurveItem(pen=pg.mkPen(look.muted, width=look.lw(2), style=Qt.PenStyle.DashLine))
        self.line = pg.PlotCurveItem(pen=pg.mkPen(look.blue, width=look.lw(3)))
        # In a race, the other runs' lines (run 0's is self.line).
        self.race_lines = [pg.PlotCurveItem(pen=pg.mkPen(colour, width=look.lw(2.5)))
                           for colour in look.run_colours[1:]]
        self.handles = [Marker(size=look.px(13), symbol="d", pen=pg.mkPen(look.blue, width=look.lw(2)),
                               brush=pg.mkBrush(look.background)) for _ in HANDLE_AT]
        self.points = pg.ScatterPlotItem(size=look.px(11), pen=pg.mkPen("w", width=look.lw(1)),
                                         brush=pg.mkBrush(look.ink))
        self.cloud = PointCloud(3 * look.pixel_ratio, pg.mkColor(look.ink))  # replaces the scatter for large data sets
        self.batch_mark = pg.ScatterPlotItem(size=look.px(17), pen=pg.mkPen(look.green, width=look.lw(3)), brush=None)
        self.hover_mark = Marker(size=look.px(20), pen=pg.mkPen(look.purple, width=look.lw(3.5)), brush=None)
        for item in (self.squares, self.residuals, self.preview, *self.race_lines, self.line, *self.handles,
                     self.points, self.cloud, self.batch_mark, self.hover_mark):
            plot.addItem(item)
        # The points change only when edited: repaint them from a pixmap while the line moves over them.
        self.points.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.legend = add_legend(look, plot, self._key_entries(), taught=self._taught)
        # E = ½ × the squares' area, big; and what this space holds fixed. Both keep clear of the key and the
        # points (placed after the key, which does not know of them: place_texts).
        self.total = total_label(look, self.view_box, self._taught, lambda: [self._key_rect()])
        self.caption = add_caption(look, plot, self.tr("the parameters are fixed — one w is one line"),
                                   self.tr("w fixed: one line"), taught=self._taught,
                                   avoid=lambda: [self._key_rect(), self.total.rect_in_box()], follow_view=False)
        # The key settles its size and corner when its layout next runs: place them once it has.
        self._place_soon = QTimer(self, singleShot=True, interval=0)
        self._place_soon.timeout.connect(self.place_texts)
        for moved in (self.legend.geometryChanged, self.legend.xChanged, self.legend.yChanged):
            moved.connect(self._place_soon.start)
        self.line.setToolTip(self.tr("The current model f_w(x) = w0 + w1·x — drag it to shift it"))
        for handle in self.handles:
            handle.setToolTip(self.tr("Drag a handle to tilt the line (a manual fit; Play continues from there)"))
        self.residuals.setToolTip(self.tr("Residuals yᵢ − f_w(xᵢ): the errors that E(w) squares and sums"))
        self.squares.setToolTip(self.tr(
            "Squared residuals: each square's sides are |yᵢ − f_w(xᵢ)|, upright in y's units and as many pixels "
            "across, so its area is (yᵢ − f_w(xᵢ))² in y's units; together they are 2·E(w)"))
        self.total.setToolTip(self.tr("The error E(w) of the current line: half the squares' total area (with the "
                                      "mean error form, half their mean area)"))
        self.batch_mark.setToolTip(self.tr("The points the last step used (mini-batch / SGD)"))
        self.preview.setToolTip(self.tr("The line of the w under the mouse in parameter space"))

        self.hint = QLabel(self.tr("Click here to add data points"), self)
        self.hint.setStyleSheet(f"color: {look.muted}; font-size: {look.pt(16)}pt; background: transparent;")
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
        controller.sig_runs_changed.connect(self._update_line)
        controller.sig_runs_changed.connect(self._update_key)  # (a bound slot: Qt disconnects it with the panel)
        self.view_box.sigRangeChanged.connect(self.legend.place)
        # (after the key's own slots: the texts keep clear of where it has just gone)
        self.view_box.sigRangeChanged.connect(self._on_view_moved)
        self.view_box.sigResized.connect(self._on_view_moved)
        controller.sig_history_changed.connect(self._update_batch)
        controller.sig_hover_changed.connect(self._on_hover_changed)
        controller.sig_view_changed.connect(self._on_view_changed)
        self._on_data_changed()
        self.fit_view()
        self._on_view_changed()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    @property
    def hovered(self) -> int:
        return self.controller.view_state.hover_point

    # ------------------------------------------------------------------ the key
    def _key_entries(self) -> list:
        """The key's entries: in a race, one line per run, named as the run."""
        runs = self.controller.runs
        lines = [(self.line, "f_w(x) = w0 + w1·x")] if len(runs) < 2 else \
            [(item, run.title) for item, run in zip([self.line, *self.race_lines], runs)]
        squares = [(self.squares_key, self.tr("area ∝ (yᵢ − f_w(xᵢ))²"))] if self.controller.layers.squared_residuals \
            else []
        return [(self.points, self.tr("data (xᵢ, yᵢ)")), *lines, (self.residuals, self.tr("residual yᵢ − f_w(xᵢ)")),
                *squares]

    def _update_key(self) -> None:
        self.legend.set_entries(self._key_entries())

    def _taught(self):
        """What the key must not cover: the data points (of a large set, a sample is enough)."""
        data = self.controller.data
        every = max(1, len(data) // SCATTER_UP_TO)
        return ((data.x[::every], data.y[::every], self.look.px(11) / 2 + 2, 1.0),)

    def _key_rect(self):
        """Where the key lies, in the view box's pixels."""
        return self.legend.mapRectToParent(self.legend.boundingRect())

    def place_texts(self) -> None:
        """The big E first (it says more), then the caption, each where the key and the other are not (the
        panel calls it soon after anything moved)."""
        self.total.place()
        self.caption.place()

    def _on_view_moved(self) -> None:
        """Panned, zoomed or resized: the squares' widths follow the pixels, the texts find room again."""
        if self.controller.layers.squared_residuals:
            w = self.controller.line_w(self.controller.current.w)
            self._update_squares(w[0] + w[1] * self.controller.data.x)
        self._place_soon.start()

    # ------------------------------------------------------------------ drawing
    def fit_view(self) -> None:
        data = self.controller.data
        plot = self.getPlotItem()
        plot.setLabel("bottom", axis_name(data.x_name, self.look.language))
        plot.setLabel("left", axis_name(data.y_name, self.look.language))
        if len(data):
            # Keep the origin (and so the intercept w0) in sight. (No copy of a million points with 0 appended.)
            (x0, x1), (y0, y1) = ((min(float(v.min()), 0.0), max(float(v.max()), 0.0)) for v in (data.x, data.y))
            self.view_box.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.08)
        else:
            self.view_box.setRange(xRange=(0, 3), yRange=(0, 5), padding=0.05)

    def _on_data_changed(self) -> None:
        data = self.controller.data
        large = len(data) > SCATTER_UP_TO
        self.points.setData([] if large else data.x, [] if large else data.y)
        self.cloud.setData(data.x if large else np.empty(0), data.y if large else np.empty(0))
        self.cloud.setVisible(large)
        self.points.setVisible(not large)
        self.cloud.set_alpha(int(np.clip(255 * 3000 / max(len(data), 1), 20, 160)))  # denser data, lighter dots
        width = self.look.lw(1.5) if len(data) <= THIN_RESIDUALS_ABOVE else self.look.hairline()
        self.residuals.setPen(pg.mkPen(self.look.vermillion, width=width))
        self.hint.setVisible(not len(data))
        self.legend.fit()
        self.total.set_wanted(self.controller.layers.squared_residuals and len(data) > 0)
        self._place_soon.start()
        if self.hovered >= len(data):
            self.controller.set_hover_point(-1)
        self._on_hover_changed()
        self._update_line()
        self._update_batch()

    def handle_positions(self) -> np.ndarray:
        """The two handles on the current line, at fixed fractions of the visible x range."""
        w = self.controller.line_w(self.controller.current.w)
        x0, x1 = self.view_box.viewRange()[0]
        xs = x0 + (x1 - x0) * np.array(HANDLE_AT)
        return np.column_stack([xs, w[0] + w[1] * xs])

    def _update_line(self) -> None:
        w = self.controller.line_w(self.controller.current.w)  # in the data's units, also when standardising
        x0, x1 = self.view_box.viewRange()[0]
        xs = np.array([x0, x1])
        self.line.setData(xs, w[0] + w[1] * xs)
        colour = self.look.run_colours[0] if self.controller.racing else self.look.blue
        if self.line.opts["pen"].color().name() != QColor(colour).name():
            self.line.setPen(pg.mkPen(colour, width=self.look.lw(3)))
            for handle in self.handles:  # the handles belong to the line: same colour
                handle.setPen(pg.mkPen(colour, width=self.look.lw(2)))
        runs = self.controller.runs
        for i, item in enumerate(self.race_lines, start=1):
            if i < len(runs) and self.controller.layers.race_lines:
                wi = self.controller.line_w(self.controller.shown_history(i).w[-1])
                show_data(item, xs, wi[0] + wi[1] * xs)
            else:
                clear(item)
        for handle, (x, y) in zip(self.handles, self.handle_positions()):
            handle.move_to(x, y)
        data = self.controller.data
        small = len(data) <= SCATTER_UP_TO
        squares = self.controller.layers.squared_residuals or not self.squares.path().isEmpty()
        # (Every frame: at a million points with neither residuals nor squares drawn, f_w(xᵢ) cost 9 ms.)
        fitted = w[0] + w[1] * data.x if small or squares else np.empty(0)
        if small:
            show_data(self.residuals, np.repeat(data.x, 2), np.column_stack([data.y, fitted]).ravel())
        else:  # thousands of segments would only paint the plot orange, slowly
            clear(self.residuals)
        self._update_squares(fitted)
        self._update_preview()

    def _update_squares(self, fitted: np.ndarray) -> None:
        shown = self.controller.layers.squared_residuals
        if not shown and self.squares.path().isEmpty():
            self.square_sides = np.empty(0)
            return  # (setting even an empty path repaints the whole plot: skip it every frame)
        data = self.controller.data
        # Side |yᵢ − f_w(xᵢ)| upright in y's units, as many pixels across: square whatever the axes' scales.
        self.square_sides = np.abs(data.y - fitted) if shown else np.empty(0)
        # Of a large set, every k-th square (100,000 outlines cost 0.5 s a frame and show one orange blot).
        every = max(1, -(-len(self.square_sides) // SQUARES_UP_TO))
        x, y, low, side = data.x[::every], data.y[::every], fitted[::every], self.square_sides[::every]
        # Towards the data's middle (points right of it: squares to their left), so the squares at the edges
        # stay in view; by the data, not the view, so panning flips none.
        if len(side):
            width = across(side, self.view_box.pixel_scale()) * np.where(x > data.x.mean(), -1.0, 1.0)
            path = square_outlines(x, np.minimum(y, low), side, width)
        else:
            path = QPainterPath()
        self.squares.setPath(path)
        self.squares.setVisible(not path.isEmpty())  # (an empty item still costs a paint call)
        if shown and len(data):
            c = self.controller
            y_scaled = (c.scaling.y_mean, c.scaling.y_std) != (0.0, 1.0)
            self.total.set_forms(*total_texts(c.current.loss, c.loss_form, y_scaled))

    def _update_preview(self) -> None:
        w = self.controller.view_state.hover_w
        if w is None:
            clear(self.preview)
            return
        w = self.controller.line_w(w)
        x0, x1 = self.view_box.viewRange()[0]
        xs = np.array([x0, x1])
        show_data(self.preview, xs, w[0] + w[1] * xs)

    def highlighted_batch(self) -> np.ndarray:
        """Indices of the points ringed as the last step's batch (empty: none, or all were used)."""
        batch = self.controller.history.batch(-1)
        data = self.controller.data
        if batch is None or not len(data):
            return np.empty(0, dtype=int)
        return batch[batch < len(data)]  # a point removed since that step is no longer there

    def _update_batch(self) -> None:
        batch = self.highlighted_batch()
        if not len(batch) and not self.batch_mark.isVisible():
            return  # nothing ringed before or now: skip the (not free) scatter update
        data = self.controller.data
        show_data(self.batch_mark, data.x[batch], data.y[batch])

    def _on_hover_changed(self) -> None:
        index, data = self.hovered, self.controller.data
        if 0 <= index < len(data):
            self.hover_mark.move_to(data.x[index], data.y[index])
            self.setToolTip(self.tr("Point {n}: ({x}, {y})\nDrag to move · right click or Delete to remove").format(
                n=index + 1, x=f"{data.x[index]:.4g}", y=f"{data.y[index]:.4g}"))
        else:
            self.hover_mark.setVisible(False)
            self.setToolTip(self.tr("Click to add a point · drag a point to move it · right click a point to "
                                    "remove it\nDrag the line to shift it, or a ◇ handle to tilt it"))
        self._update_preview()

    def _on_view_changed(self) -> None:
        # (no 1:1 lock for the squares: they are square in pixels, and the data keep the whole panel)
        self._update_key()
        self._update_line()
        self.total.set_wanted(self.controller.layers.squared_residuals and len(self.controller.data) > 0)
        self._place_soon.start()

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

    def grab_at(self, pos: QPointF) -> tuple[Grab, int]:
        """What a press at `pos` would grab: a point first, then a handle, then the line (nothing far
        outside the supported range: zoomed out that far, the distances would overflow)."""
        if outside([pos.x(), pos.y()]):
            return Grab.NONE, -1
        index = self.point_near(pos)
        if index >= 0:
            return Grab.POINT, index
        sx, sy = self.view_box.pixel_scale()
        handles = self.handle_positions()
        d = np.hypot((handles[:, 0] - pos.x()) * sx, (handles[:, 1] - pos.y()) * sy)
        if d.min() <= GRAB_RADIUS_PX:
            return Grab.HANDLE, int(np.argmin(d))
        w = self.controller.line_w(self.controller.current.w)
        # Distance in pixels from the press to the line, measured perpendicular on screen.
        dy_px = (pos.y() - (w[0] + w[1] * pos.x())) * sy
        slope_px = w[1] * sy / sx
        if abs(dy_px) / np.hypot(1.0, slope_px) <= GRAB_RADIUS_PX / 2 + 2:
            return Grab.LINE, -1
        return Grab.NONE, -1

    def _on_view_click(self, pos: QPointF, button: Qt.MouseButton) -> bool:
        index = self.point_near(pos)
        if button == Qt.MouseButton.RightButton:
            if index < 0:
                return False  # let pyqtgraph open its menu
            self.controller.remove_point(index)
            return True
        if index < 0 and self.grab_at(pos)[0] is Grab.NONE:
            self.controller.add_point(pos.x(), pos.y())
        return True

    def _on_drag_start(self, pos: QPointF) -> bool:
        self._grab, index = self.grab_at(pos)
        self._dragged = index if self._grab is Grab.POINT else -1
        if self._grab is Grab.HANDLE:
            pivot = self.handle_positions()[1 - index]  # the other handle stays put
        else:
            pivot = np.zeros(2)
        self._drag_origin = (QPointF(pos), self.controller.line_w(self.controller.current.w), pivot)
        return self._grab is not Grab.NONE

    def _on_drag_move(self, pos: QPointF) -> None:
        press, w, pivot = self._drag_origin
        if self._grab is Grab.POINT:
            self.controller.move_point(self._dragged, pos.x(), pos.y())
            self.controller.set_hover_point(self._dragged)
        elif self._grab is Grab.LINE:
            self._set_line(w[0] + (pos.y() - press.y()), w[1])
        elif self._grab is Grab.HANDLE:
            dx = pos.x() - pivot[0]
            if abs(dx) * self.view_box.pixel_scale()[0] >= 4:  # a near-vertical line would be useless
                slope = (pos.y() - pivot[1]) / dx
                self._set_line(pivot[1] - slope * pivot[0], slope)

    def _set_line(self, w0: float, w1: float) -> None:
        """A manual fit: the line y = w0 + w1·x (data units) becomes the start of the run."""
        self.controller.set_start_by_hand(*self.controller.model_w((w0, w1)))

    def _on_mouse_moved(self, scene_pos) -> None:
        inside = self.view_box.sceneBoundingRect().contains(scene_pos)
        self.controller.set_hover_point(self.point_near(self.view_box.mapSceneToView(scene_pos)) if inside else -1)

    def leaveEvent(self, ev) -> None:  # noqa: N802
        self.controller.set_hover_point(-1)
        super().leaveEvent(ev)

    def keyPressEvent(self, ev) -> None:  # noqa: N802
        if ev.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.hovered >= 0:
            index = self.hovered
            self.controller.set_hover_point(-1)
            self.controller.remove_point(index)
            ev.accept()
            return
        super().keyPressEvent(ev)
