"""Parameter space: E(w0, w1) as a log-scaled colour map with contours, the optimum,
the start, the current w and the optimizer's path. Clicking sets a new start point;
the current-w marker can be dragged (a manual fit in parameter space).

Teaching layers (the Document's Layers): each data point as its line w0 + w1·xᵢ = yᵢ (duality),
the gradient field on a coarse grid with the gradient and the next step at the current w, the
valley's axes (the Hessian's eigen-directions, valley_axes.py).
Hovering previews that w's line in the data panel; hovering a point's line highlights it.

The image covers whatever part of the plane is in view and is recomputed when the view
or the data changes — cheap, because E comes from six sufficient statistics.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem

from gdstudio.core.contours import default_view, surface_image
from gdstudio.core.document import GradientField
from gdstudio.core.limits import MAX_START, outside
from gdstudio.engine.controller import Controller
from gdstudio.ui.panels.guess_overlay import GuessOverlay
from gdstudio.ui.panels.hand_path import HandPath
from gdstudio.ui.panels.hover_mark import HoverMark
from gdstudio.ui.panels.slice_panel import cut_colours, slice_lines
from gdstudio.ui.panels.valley_axes import ValleyAxes
from gdstudio.ui.style import BASE_POINT_SIZE, Look, add_legend, fmt, style_plot
from gdstudio.ui.widgets.arrows import arrow_segments, magnitude_scaled, nice_scale, screen_normalised
from gdstudio.ui.widgets.curves import Marker, clear, show_data
from gdstudio.ui.widgets.growing_curve import GrowingCurve
from gdstudio.ui.widgets.panel_note import PanelNote
from gdstudio.ui.widgets.point_cloud import PointCloud
from gdstudio.ui.widgets.segment_lines import SegmentLines
from gdstudio.ui.widgets.tip_label import place, tip_label
from gdstudio.ui.widgets.view_box import InteractiveViewBox

GRID_SIZE = 200
FIELD_CELLS = 13            # gradient arrows per axis
PATH_MARKERS_UP_TO = 300    # show a dot per step while the path is short enough to count
PATH_DISPLAY_POINTS = 600   # longer paths are thinned for drawing (the newest point is kept)
GRAB_RADIUS_PX = 12
CONSTRAINT_LINES_UP_TO = 500  # more lines than this would only paint the plot grey
CONSTRAINT_CORE = (20, 20, 30, 230)
CONSTRAINT_HALO = (255, 255, 255, 150)
FIELD_LONGEST = 0.85        # of a cell, the arrow of the largest |∇E| in view
FIELD_SHORTEST = 0.2        # of a cell, the shortest drawn (smaller |∇E| are drawn this long)
ARROW_LABEL_WIDTH = 0.3     # of the plot's width at most, for an arrow's whole name (else its formula alone)
NOTE_TAUGHT_WEIGHT = 100.0  # the key keeps off the note as off the current w


def thin_path(w: np.ndarray, limit: int = PATH_DISPLAY_POINTS) -> np.ndarray:
    """At most ~`limit` states of a long path: every early step (they are the big ones), then every k-th,
    always ending at the newest. k is a power of two, so it changes rarely as the path grows: between
    its changes a longer path keeps the points drawn before (the path's body is drawn once, see
    growing_curve.py)."""
    if len(w) <= limit:
        return w
    head = limit // 2
    stride = 1 << int(np.ceil(np.log2((len(w) - head) / (limit - head))))
    keep = np.r_[np.arange(head), np.arange(head, len(w) - 1, stride), len(w) - 1]
    return w[keep]


def constraint_segments(x: np.ndarray, y: np.ndarray, w0_range: tuple[float, float], w1_range: tuple[float, float]):
    """Each point's line w0 = yᵢ − xᵢ·w1 clipped to the view, as pairs for connect='pairs' (lines that miss the
    view are left out). Clipped, because stroking lines far beyond the plot was what made a repaint slow: 0.9 s
    for 50 lines with the surface maximised, 8 s for 500 (antialiased wide pens, from the pixmap cache's
    rebuild after every pan or zoom)."""
    lo, hi = np.full(len(x), float(w1_range[0])), np.full(len(x), float(w1_range[1]))
    sloped = x != 0
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        ends = (y[:, None] - np.asarray(w0_range, dtype=float)[None, :]) / np.where(sloped, x, 1.0)[:, None]
    lo = np.where(sloped, np.maximum(lo, ends.min(axis=1)), lo)
    hi = np.where(sloped, np.minimum(hi, ends.max(axis=1)), hi)
    flat_inside = (y >= w0_range[0]) & (y <= w0_range[1])  # (x = 0: the line w0 = y across every w1)
    keep = np.where(sloped, lo < hi, flat_inside) & np.isfinite(lo) & np.isfinite(hi)
    w1 = np.column_stack([lo[keep], hi[keep]])
    w0 = y[keep, None] - x[keep, None] * w1
    return w0.ravel(), w1.ravel()


def _anchor_away(direction: np.ndarray) -> tuple[float, float]:
    """A text anchor that puts the text on the `direction` side (x right, y up) of its point, touching it."""
    ux, uy = direction / np.abs(direction).max()  # (to the edge of the text's box, not a circle)
    return 0.5 - 0.5 * float(ux), 0.5 + 0.5 * float(uy)


class SurfacePanel(pg.PlotWidget):
    def __init__(self, controller: Controller, look: Look, parent=None) -> None:
        self.view_box = InteractiveViewBox()
        super().__init__(parent, viewBox=self.view_box)
        self.setBackground(look.background)
        self.controller = controller
        self.look = look
        self._dragging_w = False
        plot = self.getPlotItem()
        style_plot(look, plot, self.tr("Parameter space: error E(w0, w1)"), self.tr("w0 (intercept)"),
                   self.tr("w1 (slope)"),
                   grid=False)

        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.contours = pg.PlotCurveItem(pen=pg.mkPen((255, 255, 255, 150), width=look.hairline()), connect="finite")
        # A dark core in a light halo: legible on the dark valley floor and on the light yellow slopes alike
        # (white alone vanished on the yellow). Drawn in pixels, for speed (segment_lines.py).
        self.constraints = SegmentLines(pg.mkPen(CONSTRAINT_CORE, width=look.lw(1)),
                                        pg.mkPen(CONSTRAINT_HALO, width=look.lw(2.5)))
        self.constraint_hover = SegmentLines(pg.mkPen(look.purple, width=look.lw(3)),
                                             pg.mkPen(CONSTRAINT_CORE, width=look.lw(5.5)))
        self.cuts = [pg.PlotCurveItem(pen=pg.mkPen(colour, width=look.lw(2), style=Qt.PenStyle.DashLine))
                     for colour in cut_colours(look)]
        self.field = pg.PlotCurveItem(pen=pg.mkPen((255, 255, 255, 200), width=look.hairline(1.5)), connect="pairs")
        self.gradient_arrow = pg.PlotCurveItem(pen=pg.mkPen(look.sky, width=look.lw(3.5)), connect="pairs")
        self.step_arrow = pg.PlotCurveItem(pen=pg.mkPen(look.vermillion, width=look.lw(3.5)), connect="pairs")
        self.paths = [GrowingCurve(pen=pg.mkPen(colour, width=look.lw(2.5))) for colour in look.run_colours]
        # A dot per step while the path is short enough to count: one drawPoints call (pyqtgraph's
        # symbols rebuilt their table of every dot each frame, ≈ 1 ms per run at 300 steps).
        self.path_dots = [PointCloud(look.device_px(5), pg.mkColor(colour)) for colour in look.run_colours]
        self.path = self.paths[0]
        self.start_mark = pg.ScatterPlotItem(size=look.px(14), symbol="s", pen=pg.mkPen("w", width=look.lw(2)),
                                             brush=None)
        self.optimum_mark = pg.ScatterPlotItem(size=look.px(22), symbol="star", pen=pg.mkPen("k", width=look.lw(1)),
                                               brush=pg.mkBrush("w"))
        self.current_marks = [Marker(size=look.px(16), symbol="o", pen=pg.mkPen("w", width=look.lw(2)),
                                     brush=pg.mkBrush(look.vermillion if i == 0 else colour))
                              for i, colour in enumerate(look.run_colours)]
        self.current_mark = self.current_marks[0]
        for item in (self.image, self.contours, *self.cuts, self.constraints, self.constraint_hover, self.field,
                     *self.paths[::-1], *self.path_dots[::-1], self.gradient_arrow, self.step_arrow, self.start_mark,
                     self.optimum_mark, *self.current_marks[::-1]):
            plot.addItem(item)
        self.image.setZValue(-10)
        # These change only with the data or the view: keep them as pixmaps while the run moves over them.
        # (Not the colour map and its contours: they fill the plot, and blending plot-sized cached pixmaps
        # every frame cost more than drawing them, the more so on HiDPI: 22 → 50 fps at a device pixel
        # ratio of 2, 55 → 56 at 1920×1080.)
        for item in (self.constraints, self.field, self.start_mark, self.optimum_mark):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.legend = add_legend(look, plot, self._key_entries(), corner="top-right", dark=True, taught=self._taught)
        controller.sig_runs_changed.connect(self._update_key)  # (a bound slot: Qt disconnects it with the panel)
        self.image.setToolTip(self.tr("Colour: error E(w) on a log scale (dark = small error)"))
        self.optimum_mark.setToolTip(self.tr("☆ Least-squares optimum: the w with the smallest error"))
        # Built once: update_run sets them every frame.
        self._current_tip = self.tr("● Current w of the optimizer — drag it to move the line by hand")
        self._race_tip = self.tr("● Current w of {name}")
        self.current_mark.setToolTip(self._current_tip)
        self.start_mark.setToolTip(self.tr("□ Start point (click anywhere to move it)"))
        self.constraints.setToolTip(self.tr("Each data point (xᵢ, yᵢ) as the line w0 + w1·xᵢ = yᵢ: "
                                            "every w on it fits that point exactly"))
        self.cuts[0].setToolTip(self.tr("The cut along w0 (w1 fixed) shown in the slice view"))
        self.cuts[1].setToolTip(self.tr("The cut along w1 (w0 fixed) shown in the slice view"))
        self.field.setToolTip(
            self.tr("Gradient field: −∇E (steepest descent) or ∇E on a coarse grid; the longer the arrow, the larger "
                    "|∇E| (the scale is in the corner; the smallest are drawn a little longer than to scale)"))
        self.gradient_arrow.setToolTip(self.tr("∇E(w) = (∂E/∂w0, ∂E/∂w1): the gradient at the current w points "
                                               "uphill, the way E rises fastest (drawn at a fixed length)"))
        self.step_arrow.setToolTip(self.tr("The next step −η·∇E(w), to scale"))
        self.setToolTip(self.tr("Click to start gradient descent from that w"))

        # The w under the pointer, and its E.
        self.hover_mark = HoverMark(controller, look, plot, self.view_box, avoid=self._label_free)
        self.note = PanelNote(self.view_box, self.tr("The data are fixed — they make the surface E(w)"),
                              self.tr("data fixed"), look.pt(BASE_POINT_SIZE - 2))
        self.note.setToolTip(self.tr("Parameter space: the data are fixed, and they make the surface E(w) over "
                                     "(w0, w1). One point here is one line in the data space."))
        self.note.head_px = look.px(6)
        self.view_box.sigResized.connect(self.legend.fit)  # (after the note has placed itself)
        # Each arrow at w named beside its tip, framed in its colour: (name, short name where the plot is narrow).
        self.arrow_names = [("∇E(w)", "∇E(w)"), (self.tr("−η∇E(w) (next step)"), "−η∇E(w)")]
        self.arrow_labels = [tip_label(plot, look.pt(BASE_POINT_SIZE - 1), colour, bold=True)
                             for colour in (look.sky, look.vermillion)]
        for label, arrow in zip(self.arrow_labels, (self.gradient_arrow, self.step_arrow)):
            label.setToolTip(arrow.toolTip())
        self.guesses = GuessOverlay(controller.view_state, look, plot)  # a lesson's questions
        self.valley_axes = ValleyAxes(controller, look, plot)  # the Hessian's eigen-directions (a layer)
        self.by_hand = HandPath(controller.view_state.by_hand, look, plot)  # the w dragged through by hand
        controller.view_state.by_hand.sig_changed.connect(self._update_key)
        self._update_key()
        self.view_box.on_click = self._on_view_click
        self.view_box.on_drag_start = self._on_drag_start
        self.view_box.on_drag_move = self._on_drag_move
        self.view_box.on_drag_end = self._on_drag_move
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._redraw_timer = QTimer(self, singleShot=True, interval=0)  # coalesce range changes
        self._redraw_timer.timeout.connect(self._on_view_range_changed)
        self.view_box.sigRangeChanged.connect(self._redraw_timer.start)

        controller.sig_data_changed.connect(self._on_data_changed)
        controller.sig_data_loaded.connect(self.fit_view)
        controller.sig_history_changed.connect(self.update_run)
        controller.sig_runs_changed.connect(self.update_run)
        controller.sig_settings_changed.connect(self.update_run)
        controller.sig_view_changed.connect(self._on_view_changed)
        controller.view_state.sig_cuts_changed.connect(self._on_view_changed)
        controller.sig_hover_changed.connect(self._update_constraint_hover)
        self.fit_view()
        self._on_data_changed()

    # ------------------------------------------------------------------ the key
    def _key_entries(self) -> list:
        """The key's entries: in a race, each run's path named as the run."""
        runs = self.controller.runs
        steps = [(self.current_mark, self.tr("current w")), (self.path, self.tr("path of the steps"))] \
            if len(runs) < 2 else [(path, run.title) for path, run in zip(self.paths, runs)]
        by_hand = self.by_hand.key_entries() if hasattr(self, "by_hand") else []  # (made after the key)
        return [(self.optimum_mark, self.tr("least-squares optimum")), (self.start_mark, self.tr("start")), *steps,
                *by_hand]

    def _update_key(self) -> None:
        self.legend.set_entries(self._key_entries())

    def _taught(self):
        """What the key must not cover: every run's current w (the head of its path), the optimum and the note."""
        marks = [mark.pos() for mark in self.current_marks if mark.isVisible()]
        optimum = self.optimum_mark.getData()
        note = self.note.corners() if hasattr(self, "note") else (np.empty(0), np.empty(0))  # (made after the key)
        return ((np.array([p.x() for p in marks]), np.array([p.y() for p in marks]), self.look.px(16) / 2 + 2, 100.0),
                (optimum[0], optimum[1], self.look.px(22) / 2 + 2, 100.0), (*note, 0.0, NOTE_TAUGHT_WEIGHT))

    def _label_free(self) -> list[QRectF]:
        """What labels keep off, in the view box's pixels: the key and the note."""
        return [item.mapRectToParent(item.boundingRect()) for item in (self.legend, self.note) if item.isVisible()]

    def _label_axes(self) -> None:
        standardised = not self.controller.scaling.is_identity
        plot = self.getPlotItem()
        plot.setLabel("bottom", self.tr("w0′ (intercept, standardised)") if standardised else self.tr("w0 (intercept)"))
        plot.setLabel("left", self.tr("w1′ (slope, standardised)") if standardised else self.tr("w1 (slope)"))

    def fit_view(self) -> None:
        self._label_axes()
        (a, b), (c, d) = default_view(self.controller.surface, self.controller.start)
        self.view_box.setRange(xRange=(a, b), yRange=(c, d), padding=0)

    def _on_view_range_changed(self) -> None:
        self.redraw_surface()
        self._update_constraints()
        self.update_run()

    def _on_view_changed(self) -> None:
        """A teaching layer was switched: redraw the layers, not the surface."""
        self._update_constraints()
        self._update_field()
        self.update_run()

    def _on_data_changed(self) -> None:
        self.redraw_surface()
        self._update_constraints()
        surface = self.controller.surface
        if surface.n:
            opt = surface.optimum()
            self.optimum_mark.setData([opt[0]], [opt[1]])
            unique = "" if surface.has_unique_optimum else "\n" + self.tr(
                "(Not unique: with fewer than two distinct x, every w on the valley floor fits equally well)")
            self.optimum_mark.setToolTip(self.tr("☆ Least-squares optimum w = ({w0}, {w1}), E = {loss}").format(
                w0=f"{opt[0]:.4g}", w1=f"{opt[1]:.4g}", loss=f"{surface.loss(*opt):.4g}") + unique)
        else:
            self.optimum_mark.setData([], [])
        self.update_run()

    def redraw_surface(self) -> None:
        surface = self.controller.surface
        if not surface.n:
            self.image.clear()
            clear(self.contours)
            return
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        # A little beyond the view, so a small pan shows no blank edge before the redraw.
        mx, my = 0.05 * (x1 - x0), 0.05 * (y1 - y0)
        img = surface_image(surface, (x0 - mx, x1 + mx), (y0 - my, y1 + my), GRID_SIZE)
        self.image.setImage(img.log_excess, autoLevels=True)
        dx, dy = img.w0[1] - img.w0[0], img.w1[1] - img.w1[0]
        self.image.setRect(QRectF(img.w0[0] - dx / 2, img.w1[0] - dy / 2, dx * GRID_SIZE, dy * GRID_SIZE))
        show_data(self.contours, *img.lines)
        self.last_image = img
        self._update_field()

    # ------------------------------------------------------------ teaching layers
    def _update_constraints(self) -> None:
        data = self.controller.model_data
        if self.controller.layers.constraint_lines and 0 < len(data) <= CONSTRAINT_LINES_UP_TO:
            show_data(self.constraints, *constraint_segments(data.x, data.y, *self.view_box.viewRange()))
        else:
            clear(self.constraints)
        self._update_constraint_hover()

    def _update_constraint_hover(self) -> None:
        i, data = self.controller.view_state.hover_point, self.controller.model_data
        if self.controller.layers.constraint_lines and 0 <= i < len(data):
            segments = constraint_segments(data.x[i:i + 1], data.y[i:i + 1], *self.view_box.viewRange())
            show_data(self.constraint_hover, *segments)
        else:
            clear(self.constraint_hover)

    def constraint_near(self, pos: QPointF) -> int:
        """The data point whose line passes within grabbing distance of `pos`, or -1."""
        data = self.controller.model_data
        if not (self.controller.layers.constraint_lines and 0 < len(data) <= CONSTRAINT_LINES_UP_TO):
            return -1
        sx, sy = self.view_box.pixel_scale()
        # Horizontal pixel distance to w0 = yᵢ − xᵢ·w1, turned into a perpendicular one on screen.
        dx_px = (pos.x() - (data.y - data.x * pos.y())) * sx
        slope = data.x * sx / sy  # |dw0/dw1| in pixels
        dist = np.abs(dx_px) / np.hypot(1.0, slope)
        i = int(np.argmin(dist))
        return i if dist[i] <= GRAB_RADIUS_PX / 2 else -1

    def field_arrows(self) -> tuple[np.ndarray, np.ndarray]:
        """Starts and ends (data units) of the gradient-field arrows over the current view: ±∇E, their screen
        length proportional to |∇E| (the largest in view FIELD_LONGEST of a cell; none below FIELD_SHORTEST)."""
        mode, surface = self.controller.layers.gradient_field, self.controller.surface
        self.field_px_per_unit = self.field_largest = 0.0
        if mode is GradientField.OFF or not surface.n:
            return np.empty((0, 2)), np.empty((0, 2))
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        gx = x0 + (np.arange(FIELD_CELLS) + 0.5) * (x1 - x0) / FIELD_CELLS
        gy = y0 + (np.arange(FIELD_CELLS) + 0.5) * (y1 - y0) / FIELD_CELLS
        starts = np.column_stack([np.repeat(gx, FIELD_CELLS), np.tile(gy, FIELD_CELLS)])
        grads = surface.gradient(starts[:, 0], starts[:, 1]).T
        sign = -1.0 if mode is GradientField.DESCENT else 1.0
        cell_px = min(self.view_box.width(), self.view_box.height()) / FIELD_CELLS
        vectors, self.field_px_per_unit = magnitude_scaled(sign * grads, self.view_box.pixel_scale(),
                                                           FIELD_LONGEST * cell_px, FIELD_SHORTEST * cell_px)
        self.field_largest = float(np.hypot(grads[:, 0], grads[:, 1]).max())
        return starts, starts + vectors

    def _update_field(self) -> None:
        starts, ends = self.field_arrows()
        show_data(self.field, *arrow_segments(starts, ends, self.view_box.pixel_scale(), head_px=self.look.px(6)))
        per_unit = self.field_px_per_unit
        if per_unit > 0:  # a round |∇E| near the largest in view, drawn as long as its arrows are
            value = nice_scale(self.field_largest)
            self.note.set_scale(value * per_unit, f"|∇E| = {fmt(value, 3)}")
        else:
            self.note.set_scale(0.0, "")
        self.legend.place()

    def _update_current_arrows(self) -> None:
        mode, state = self.controller.layers.gradient_field, self.controller.current
        if mode is GradientField.OFF or not self.controller.surface.n:
            clear(self.gradient_arrow)
            clear(self.step_arrow)
            for label in self.arrow_labels:
                label.setVisible(False)
            return
        scale = self.view_box.pixel_scale()
        # ∇E itself (uphill) whichever way the field points: with the step against it, the lecture's picture.
        direction = screen_normalised(state.grad[None, :], scale, self.look.px(70))[0]  # (grows with the size)
        show_data(self.gradient_arrow, *arrow_segments(state.w, state.w + direction, scale, head_px=self.look.px(12)))
        step = -self.controller.lr * state.grad  # the next (batch) step, to scale
        show_data(self.step_arrow, *arrow_segments(state.w, state.w + step, scale, head_px=self.look.px(12)))
        self._place_arrow_labels(state.w, direction, step)

    def _place_arrow_labels(self, w: np.ndarray, direction: np.ndarray, step: np.ndarray) -> None:
        """Each arrow's name just beyond its tip, on the side away from w (the step's at least clear of the
        current-w marker, however short the step)."""
        sx, sy = self.view_box.pixel_scale()
        gap, clear_px = self.look.px(4), self.look.px(8) + self.look.px(4)
        for label, vector, (name, short) in zip(self.arrow_labels, (direction, step), self.arrow_names):
            px = vector * (sx, sy)
            length = float(np.hypot(*px))
            if not np.isfinite(length) or length == 0:
                label.setVisible(False)
                continue
            width = QFontMetricsF(label.textItem.font()).horizontalAdvance(name)
            wanted = name if width <= ARROW_LABEL_WIDTH * self.view_box.width() else short
            if label.toPlainText() != wanted:
                label.setText(wanted)
            unit = px / length
            tip = w + unit * max(length + gap, clear_px) / (sx, sy)
            # Beyond the tip, else beside it (either side), off the key and the note.
            spots = [(float(tip[0]), float(tip[1]), _anchor_away(d)) for d in (unit, unit[::-1] * (-1, 1),
                                                                                 unit[::-1] * (1, -1))]
            place(label, self.view_box, spots, self._label_free(), mark=(float(w[0]), float(w[1]), self.look.px(8)))

    # ---------------------------------------------------------------- run layer
    def update_run(self) -> None:
        runs = self.controller.runs
        colour = self.look.run_colours[0] if self.controller.racing else self.look.vermillion  # in a race, as its path
        if colour != getattr(self, "_first_mark_colour", self.look.vermillion):
            self._first_mark_colour = colour
            self.current_marks[0].setBrush(pg.mkBrush(colour))
        for i, (path_item, dots, mark) in enumerate(zip(self.paths, self.path_dots, self.current_marks)):
            if i < len(runs):
                path = thin_path(self.controller.shown_history(i).w)
                show_data(path_item, path[:, 0], path[:, 1])
                counted = len(path) <= PATH_MARKERS_UP_TO
                if counted or dots.count():
                    dots.setData(path[:, 0] if counted else [], path[:, 1] if counted else [])
                    dots.setVisible(counted)
                mark.move_to(*path[-1])
                tip = self._race_tip.format(name=runs[i].title) if self.controller.racing else self._current_tip
                if mark.toolTip() != tip:
                    mark.setToolTip(tip)
            else:
                clear(path_item)
                if dots.count():
                    dots.setData([], [])
                    dots.setVisible(False)
                mark.setVisible(False)
        start = self.controller.start
        if not np.array_equal(start, getattr(self, "_shown_start", None)):
            self._shown_start = start
            self.start_mark.setData([start[0]], [start[1]])
        self._update_current_arrows()
        self._update_cuts()
        self.legend.follow()  # (out of the way of the markers as they move)

    def _update_cuts(self) -> None:
        if not (self.controller.view_state.slice_cuts and self.controller.surface.n > 0):
            for cut in self.cuts:
                clear(cut)
            return
        for cut, (xs, ys) in zip(self.cuts, slice_lines(*self.view_box.viewRange(), self.controller.current.w)):
            show_data(cut, xs, ys)

    # -------------------------------------------------------------- interaction
    def _near_current(self, pos: QPointF) -> bool:
        if outside([pos.x(), pos.y()], MAX_START):  # (nothing to grab out there; the distance would overflow)
            return False
        w = self.controller.current.w
        sx, sy = self.view_box.pixel_scale()
        return float(np.hypot((pos.x() - w[0]) * sx, (pos.y() - w[1]) * sy)) <= GRAB_RADIUS_PX

    def _on_view_click(self, pos: QPointF, button: Qt.MouseButton) -> bool:
        if button != Qt.MouseButton.LeftButton:
            return False
        if self.controller.view_state.wants_guess:  # a lesson asked the class: the click is their guess
            self.controller.view_state.guess((pos.x(), pos.y()))
            return True
        self.controller.set_start(pos.x(), pos.y())
        return True

    def _on_drag_start(self, pos: QPointF) -> bool:
        self._dragging_w = self._near_current(pos) and not self.controller.view_state.wants_guess
        return self._dragging_w

    def _on_drag_move(self, pos: QPointF) -> None:
        if self._dragging_w:
            self.controller.set_start_by_hand(pos.x(), pos.y())
            self.controller.set_hover_w(None)

    def _on_mouse_moved(self, scene_pos) -> None:
        if not self.view_box.sceneBoundingRect().contains(scene_pos):
            self.controller.set_hover_w(None)
            return
        pos = self.view_box.mapSceneToView(scene_pos)
        self.controller.set_hover_w(None if self._dragging_w else (pos.x(), pos.y()))
        line = self.constraint_near(pos)
        if line >= 0 or self.controller.layers.constraint_lines:
            self.controller.set_hover_point(line)

    def leaveEvent(self, ev) -> None:  # noqa: N802
        self.controller.set_hover_w(None)
        super().leaveEvent(ev)
