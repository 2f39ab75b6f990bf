"""Derivative slices (lecture parts 6–7): E along one parameter with the other held fixed.

Cut the error surface through the current w along w0 (w1 fixed) and along w1 (w0 fixed):
each cut is a parabola E(·), and the tangent at the current point has the partial
derivative as its slope. The two slopes together are the gradient.

Public attributes (index 0: the cut along w0, index 1: the cut along w1):
    plot_widgets[i]  the PlotWidget; plots[i] its PlotItem
    curves[i]        PlotCurveItem: E along the cut (the current point is one of its samples)
    tangents[i]      PlotCurveItem: two endpoints of the tangent at the current point
    markers[i]       ScatterPlotItem: the current point (w_i, E(w))
    slope_labels[i]  QLabel: "∂E/∂w_i = …", the slope of the tangent: the derivative at the point (微分係数)
    secants[i]       PlotCurveItem: the secant's two points (w_i, E(w)) and (w_i + h, E(w + h·e_i))
    secant_lines[i]  PlotCurveItem: the same secant, drawn on across the tangent's span (dashed)
    secant_markers[i] ScatterPlotItem: the second point (w_i + h, E(w + h·e_i))
    h_texts[i]       TextItem at the top of the E plot: "h = …", this cut's step
    secant_labels[i] QLabel: "ΔE/Δw_i = …", the secant's slope: the average rate of change (平均変化率)
    secant_values[i] the Secant drawn (core.derivative), or None
    derivatives[i]   DerivativePlot under the E plot: the derivative function (導関数) ∂E/∂w_i of the cut
    step_row         StepSizeRow: h's slider (log scale) and the ▶ button that shrinks h
    plots[i] titles  "E(w0, w1 = 0.3)": the cut, with the fixed parameter's value
    hints[i]         TextItem shown on an empty plot when there is no data
    x_ranges[i]      the (low, high) w_i range the plot shows

`slice_lines` gives the surface panel the two cuts as lines in parameter space.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gdstudio.core.contours import default_view
from gdstudio.core.derivative import Secant, derivative_function, h_fraction, h_step, secant
from gdstudio.core.descent import Problem
from gdstudio.core.model import ErrorSurface
from gdstudio.engine.controller import Controller
from gdstudio.i18n import translate
from gdstudio.ui.panels.derivative_plot import DerivativePlot
from gdstudio.ui.style import BASE_POINT_SIZE, Look, fit_title_height, fmt, style_plot
from gdstudio.ui.widgets.step_size import StepSizeRow
from gdstudio.ui.widgets.throttle import lazy_refresh

SLICE_SAMPLES = 201
MARGIN = 1.5           # half-width: this many times the distance to the optimum's / the cut's minimum coordinate
KEEP_INSIDE = 0.8      # refit the range once the current point leaves its middle 80 % …
ARRIVED = 0.05         # … or once it has arrived (this close to the optimum's coordinate) off-centre
TANGENT_HALF = 0.3     # the tangent segment spans ± this fraction of the range's half-width
def cut_colours(look: Look) -> tuple[str, str]:
    """E along w0, E along w1; the surface panel draws its cut lines in these."""
    return look.blue, look.purple


NAMES = ("w0", "w1")
NARROW_COLUMN = 250   # pixels: below this width per plot, titles and slopes use smaller type
SIDE_BY_SIDE, INLINE, BARE = "side by side", "inline", "bare"  # each number with its name under it, after it, none
TYPICAL_NUMBER = "ΔE/Δw0 = −00.00"  # as wide as most of the numbers shown
DERIVATIVE_ROOM = 8  # lines of the numbers' text: a column at least this tall has room for the derivative function


def no_data_hint() -> str:
    return translate("SlicePanel", "No data yet:\nclick points into\nthe data panel")


def slice_lines(view_range_w0, view_range_w1, w) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """The two cuts through w across a parameter-space view, as (xs, ys) polylines:
    the line w1 = w[1] (the cut along w0) and the line w0 = w[0] (the cut along w1)."""
    (a, b), (c, d) = view_range_w0, view_range_w1
    w0, w1 = float(w[0]), float(w[1])
    return (np.array([a, b], float), np.array([w1, w1])), (np.array([w0, w0]), np.array([c, d], float))


def slice_loss(surface: ErrorSurface, axis: int, w, values) -> np.ndarray:
    """E along the cut through w that varies parameter `axis` over `values`."""
    values = np.asarray(values, dtype=float)
    if axis == 0:
        return np.asarray(surface.loss(values, float(w[1])), dtype=float)
    return np.asarray(surface.loss(float(w[0]), values), dtype=float)


def slice_range(surface: ErrorSurface, axis: int, w, grad, start) -> tuple[float, float]:
    """A w_axis range centred on the current w_axis that shows the bottom of this cut and the
    optimum's coordinate; never narrower than a quarter of the surface panel's default view."""
    centre = float(w[axis])
    reach = [abs(centre - float(surface.optimum()[axis]))]
    curvature = float(surface.hessian()[axis, axis])
    if curvature > 0:  # the cut is a parabola with its minimum one Newton step away
        reach.append(abs(float(grad[axis])) / curvature)
    view = default_view(surface, np.asarray(start, dtype=float))[axis]
    floor = 0.25 * (view[1] - view[0])
    half = max(MARGIN * max(reach), floor)
    if not (np.isfinite(half) and half > 0):
        half = max(1.0, abs(centre) * 0.1)
    return centre - half, centre + half


def needs_refit(w_i: float, centre: float, half: float, optimum_i: float) -> bool:
    """The range stays put while the point moves, except when the point leaves its middle 80 %,
    or has come to rest at the optimum's coordinate far from the centre (once, near convergence)."""
    off_centre = abs(w_i - centre)
    return off_centre > KEEP_INSIDE * half or (off_centre > 0.5 * half and abs(w_i - optimum_i) < ARRIVED * half)


def slice_curve(surface: ErrorSurface, axis: int, w, x_range) -> tuple[np.ndarray, np.ndarray]:
    """Samples of E along the cut over x_range, with the current point itself among them."""
    xs = np.linspace(x_range[0], x_range[1], SLICE_SAMPLES)
    xs = np.insert(xs, np.searchsorted(xs, float(w[axis])), float(w[axis]))
    return xs, slice_loss(surface, axis, w, xs)


def tangent_segment(w_i: float, loss: float, slope: float, half_width: float) -> tuple[np.ndarray, np.ndarray]:
    """The tangent E + slope·(t − w_i) for t in w_i ± half_width."""
    xs = np.array([w_i - half_width, w_i + half_width])
    return xs, loss + slope * (xs - w_i)


def slope_text(surface: ErrorSurface, slope: float) -> str:
    """"= −2.23", or "≈ 0" once the slope is rounding noise (where the optimizer counts as converged)."""
    if abs(slope) <= Problem(surface, 1.0).gradient_tolerance:
        return "≈ 0"
    return f"= {minus(fmt(slope))}"


def secant_line(s: Secant, half_width: float) -> tuple[np.ndarray, np.ndarray]:
    """The secant drawn on across w_i ± half_width (and at least through both of its points)."""
    xs = np.array([min(s.w_i - half_width, s.w_i + s.h), max(s.w_i + half_width, s.w_i + s.h)])
    return xs, s.loss + s.slope * (xs - s.w_i)


def minus(text: str) -> str:
    """A typographic minus sign, which reads better from the back row than a hyphen."""
    return text.replace("-", "−")


class SlicePanel(QWidget):
    def __init__(self, controller: Controller, look: Look, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.look = look
        self.plot_widgets: list[pg.PlotWidget] = []
        self.plots: list[pg.PlotItem] = []
        self.curves: list[pg.PlotCurveItem] = []
        self.tangents: list[pg.PlotCurveItem] = []
        self.markers: list[pg.ScatterPlotItem] = []
        self.slope_labels: list[QLabel] = []
        self.secants: list[pg.PlotCurveItem] = []
        self.secant_lines: list[pg.PlotCurveItem] = []
        self.secant_markers: list[pg.ScatterPlotItem] = []
        self.secant_labels: list[QLabel] = []
        self.h_texts: list[pg.TextItem] = []
        self.secant_values: list[Secant | None] = [None, None]
        self.derivatives: list[DerivativePlot] = []
        self._number_rows: list[QBoxLayout] = []
        self._drawn: tuple[ErrorSurface, np.ndarray] | None = None  # what the cuts show (the secants follow it)
        self._titles = [self._title(axis, None) for axis in (0, 1)]
        tick_font = QFont()
        tick_font.setPointSizeF(look.pt(BASE_POINT_SIZE))
        self._tick_width = int(QFontMetricsF(tick_font).horizontalAdvance("−00.00")) + 2
        self._numbers_fit = SIDE_BY_SIDE  # how the two numbers and their names share the column's width
        self.hints: list[pg.TextItem] = []
        self.x_ranges: list[tuple[float, float]] = [(-1.0, 1.0), (-1.0, 1.0)]
        self._refit = True
        self._history_seen = None
        self._slope_caption = self.tr("derivative at the point")  # under the slopes, set every frame
        self._no_slope_caption = self.tr("no data, no slope")
        self._secant_caption = self.tr("average rate of change")

        # One white card, so the slope labels read as part of their plots.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 2)
        outer.setSpacing(2)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._layout.setSpacing(12)
        for axis in (0, 1):
            self._layout.addLayout(self._build_slice(axis), 1)
        outer.addLayout(self._layout, 1)
        self.step_row = StepSizeRow()
        self.step_row.sig_changed.connect(self._draw_secants)
        outer.addWidget(self.step_row)

        self._lazy_refresh = lazy_refresh(self, self.refresh, controller)  # (only while its tab is shown)
        controller.sig_data_changed.connect(self._on_controller_data_changed)
        controller.sig_history_changed.connect(self._lazy_refresh)
        self._on_controller_data_changed()

    def _build_slice(self, axis: int) -> QVBoxLayout:
        name, other = NAMES[axis], NAMES[1 - axis]
        widget = pg.PlotWidget(background=self.look.background)
        plot = widget.getPlotItem()
        style_plot(self.look, plot, self._title(axis, None), name, "E")
        plot.geometryChanged.connect(lambda: self._keep_title(axis))  # (after style_plot's own)
        plot.getAxis("left").showLabel(False)  # the title says it is E; the width goes to the curve
        # The range follows the run; panning or the auto-range button would only fight it.
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.disableAutoRange()
        curve = pg.PlotCurveItem(pen=pg.mkPen(cut_colours(self.look)[axis], width=self.look.lw(3)))
        tangent = pg.PlotCurveItem(pen=pg.mkPen(self.look.vermillion, width=self.look.lw(3)))
        look = self.look
        marker = pg.ScatterPlotItem(size=look.px(14), symbol="o", pen=pg.mkPen(look.background, width=look.lw(2)),
                                    brush=pg.mkBrush(self.look.vermillion))
        secant_pen = pg.mkPen(look.green, width=look.lw(3))
        secant_line = pg.PlotCurveItem(pen=pg.mkPen(look.green, width=look.lw(1.5), style=Qt.PenStyle.DashLine))
        secant_segment = pg.PlotCurveItem(pen=secant_pen)
        secant_marker = pg.ScatterPlotItem(size=look.px(12), symbol="o", pen=pg.mkPen(look.green, width=look.lw(2.5)),
                                           brush=pg.mkBrush(look.background))
        h_text = pg.TextItem("", color=look.green, anchor=(0.5, 0), fill=pg.mkBrush(look.background))
        h_font = QFont()
        h_font.setPointSizeF(look.pt(BASE_POINT_SIZE))
        h_text.setFont(h_font)
        h_text.setParentItem(plot.getViewBox())  # (in the view's pixels: at the top, in the middle)
        plot.getViewBox().sigResized.connect(lambda box: h_text.setPos(box.width() / 2, 0))
        hint = pg.TextItem(no_data_hint(), color=self.look.muted, anchor=(0.5, 0.5))
        hint_font = QFont()
        hint_font.setPointSizeF(self.look.pt(BASE_POINT_SIZE + 1))
        hint.setFont(hint_font)
        for item in (curve, tangent, secant_line, secant_segment, secant_marker, marker, hint):
            plot.addItem(item)
        curve.setZValue(1)
        tangent.setZValue(2)
        secant_line.setZValue(3)  # (over the tangent: as h shrinks, the dashes come to lie on it)
        secant_segment.setZValue(4)
        secant_marker.setZValue(5)
        marker.setZValue(6)

        what = self.tr("Fix {other}, vary {name}: this curve is E along {name} through the current w "
                       "(a cut through the error surface). The slope of this curve at the current point "
                       "is the partial derivative ∂E/∂{name}.").format(other=other, name=name)
        widget.setToolTip(what)
        curve.setToolTip(what)
        tangent.setToolTip(self.tr("Tangent at the current point: its slope is ∂E/∂{name}. Gradient descent moves "
                                   "{name} against the slope, downhill: {name} ← {name} − η·∂E/∂{name}.").format(
            name=name))
        marker.setToolTip(self.tr("● Current w: ({name}, E)").format(name=name))
        secant_tip = self.tr("Secant through the current point and the point h further along {name}: its slope "
                             "ΔE/Δ{name} = (E({name} + h) − E({name}))/h is the average rate of change. As h "
                             "shrinks it tends to the slope of the tangent, the derivative at the point.").format(
            name=name)
        for item in (secant_line, secant_segment):
            item.setToolTip(secant_tip)
        secant_marker.setToolTip(self.tr("○ The second point: ({name} + h, E)").format(name=name))
        derivative = DerivativePlot(look, name, cut_colours(look)[axis])
        derivative.plot.setXLink(plot)
        derivative.widget.setToolTip(self.tr(
            "The derivative function ∂E/∂{name}: the derivative at every {name} along this cut. Its value at the "
            "current point (●) gives the direction and size in which E grows: the arrow on the axis points the "
            "way E grows, longer where E is steeper.").format(name=name))

        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Never let a long number widen the panel: the label takes the width the plot gets.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setStyleSheet(f"font-size: {self.look.pt(BASE_POINT_SIZE + 3)}pt; color: {self.look.ink};")
        label.setToolTip(self.tr("The partial derivative ∂E/∂{name}: the slope of the tangent (with {other} "
                                 "fixed). Both partial derivatives together are the gradient ∇E.").format(
            name=name, other=other))

        secant_label = QLabel()
        secant_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        secant_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        secant_label.setToolTip(secant_tip)
        secant_label.setStyleSheet(label.styleSheet())

        self.plot_widgets.append(widget)
        self.plots.append(plot)
        self.curves.append(curve)
        self.tangents.append(tangent)
        self.markers.append(marker)
        self.slope_labels.append(label)
        self.secants.append(secant_segment)
        self.secant_lines.append(secant_line)
        self.secant_markers.append(secant_marker)
        self.secant_labels.append(secant_label)
        self.h_texts.append(h_text)
        self.derivatives.append(derivative)
        self.hints.append(hint)
        numbers = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # side by side, or one above the other when narrow
        numbers.setSpacing(6)
        numbers.addWidget(secant_label, 1)
        numbers.addWidget(label, 1)
        self._number_rows.append(numbers)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget, 3)
        column.addWidget(derivative.widget, 2)
        column.addLayout(numbers)
        return column

    # ------------------------------------------------------------------ updates
    @Slot()
    def _on_controller_data_changed(self) -> None:
        self._refit = True
        self._lazy_refresh()

    def refresh(self) -> None:
        """Redraw both cuts from the controller's current state (items are updated in place)."""
        surface, state = self.controller.surface, self.controller.current
        w, grad, loss = state.w, state.grad, float(state.loss)
        history = self.controller.history
        new_run = history is not self._history_seen  # a reset or a new start point
        self._history_seen = history
        if not surface.n or not (np.isfinite(w).all() and np.isfinite(grad).all() and np.isfinite(loss)):
            self._show_empty()
            return
        for axis in (0, 1):
            low, high = self.x_ranges[axis]
            half = 0.5 * (high - low)
            centre = 0.5 * (low + high)
            if self._refit or new_run or needs_refit(float(w[axis]), centre, half, float(surface.optimum()[axis])):
                self.x_ranges[axis] = slice_range(surface, axis, w, grad, self.controller.start)
            self._draw_slice(surface, axis, w, float(grad[axis]), loss)
            if self._drawn is None:  # (a cut that was not finite emptied the panel)
                return
        self._refit = False

    def _draw_slice(self, surface: ErrorSurface, axis: int, w: np.ndarray, slope: float, loss: float) -> None:
        low, high = self.x_ranges[axis]
        xs, ys = slice_curve(surface, axis, w, (low, high))
        tx, ty = tangent_segment(float(w[axis]), loss, slope, TANGENT_HALF * 0.5 * (high - low))
        derivative = derivative_function(surface, axis, w, xs)
        if not (np.isfinite(ys).all() and np.isfinite(ty).all() and np.isfinite(derivative).all()):
            self._show_empty()
            return
        self._drawn = (surface, w.copy())
        self.hints[axis].hide()
        self.curves[axis].setData(xs, ys)
        self.tangents[axis].setData(tx, ty)
        self.markers[axis].setData([float(w[axis])], [loss])
        y_low, y_high = min(float(ys.min()), float(ty.min())), float(ys.max())
        if not y_high - y_low > 1e-12 * max(abs(y_high), 1e-300):  # a flat cut
            pad = max(0.2 * abs(y_high), 1.0)
            y_low, y_high = y_low - pad, y_high + pad
        plot = self.plots[axis]
        plot.setXRange(low, high, padding=0)
        plot.setYRange(y_low, y_high, padding=0.08)
        name = NAMES[axis]
        self.slope_labels[axis].setText(self._number(f"∂E/∂{name} {slope_text(surface, slope)}", self.look.vermillion,
                                                     self._slope_caption))
        self._set_title(axis, self._title(axis, float(w[1 - axis])))
        self.derivatives[axis].draw(xs, derivative, float(w[axis]), slope, (low, high))
        self._draw_secant(axis)

    @Slot()
    def _draw_secants(self) -> None:
        """Both secants for the slider's h (its own move: only the secants change)."""
        if self._drawn is not None:
            for axis in (0, 1):
                self._draw_secant(axis)

    def _draw_secant(self, axis: int) -> None:
        """The secant through w and w + h·e_axis for the slider's h, on the cut drawn last."""
        assert self._drawn is not None
        surface, w = self._drawn
        low, high = self.x_ranges[axis]
        s = secant(surface, axis, w, h_step(h_fraction(self.step_row.position), float(w[axis]), (low, high)))
        self.secant_values[axis] = s
        name = NAMES[axis]
        if s is None:  # (h lost against w_i, or E not finite there: no line and no number rather than a wrong one)
            self._clear_secant(axis)
            return
        self.secants[axis].setData(s.xs, s.ys)
        self.secant_lines[axis].setData(*secant_line(s, TANGENT_HALF * 0.5 * (high - low)))
        self.secant_markers[axis].setData([s.w_i + s.h], [s.loss_h])
        self.secant_labels[axis].setText(self._number(f"ΔE/Δ{name} {slope_text(surface, s.slope)}", self.look.green,
                                                      self._secant_caption))
        self.h_texts[axis].setText(f"h = {minus(fmt(s.h, 2))}")

    def _clear_secant(self, axis: int) -> None:
        self.secant_values[axis] = None
        self.h_texts[axis].setText("")
        for item in (self.secants[axis], self.secant_lines[axis], self.secant_markers[axis]):
            item.setData([], [])
        self.secant_labels[axis].setText(self._number(f"ΔE/Δ{NAMES[axis]} = —", self.look.ink, self._secant_caption))

    def _number(self, value: str, colour: str, caption: str) -> str:
        """A number with the deck's name for it: under it, or after it when the numbers are stacked."""
        if self._numbers_fit == BARE:  # (the tooltips still name them)
            return f"<b style='color:{colour}'>{value}</b>"
        joint = " " if self._numbers_fit == INLINE else "<br>"
        return f"<b style='color:{colour}'>{value}</b>{joint}<span style='{self._caption_style()}'>{caption}</span>"

    def _show_empty(self) -> None:
        self._drawn = None
        for axis in (0, 1):
            for item in (self.curves[axis], self.tangents[axis], self.markers[axis]):
                item.setData([], [])
            self._clear_secant(axis)
            self.derivatives[axis].clear()
            self.x_ranges[axis] = (-1.0, 1.0)
            self.plots[axis].setRange(xRange=(-1, 1), yRange=(-1, 1), padding=0)
            self.hints[axis].setPos(0, 0)
            self.hints[axis].show()
            self.slope_labels[axis].setText(self._number(f"∂E/∂{NAMES[axis]} = —", self.look.ink,
                                                         self._no_slope_caption))
            self._set_title(axis, self._title(axis, None))
        self._refit = True

    def _set_title(self, axis: int, title: str) -> None:
        self._titles[axis] = title
        self.plots[axis].titleLabel.setText(title)  # (setTitle would reset its row's height)

    def _keep_title(self, axis: int) -> None:
        """style_plot puts back the title it was given (the empty cut's) when the plot's size changes:
        the one the cut has now, again."""
        if self.plots[axis].titleLabel.text != self._titles[axis]:
            self.plots[axis].titleLabel.setText(self._titles[axis])

    def _caption_style(self) -> str:
        return f"color:{self.look.muted}; font-size: {self.look.pt(BASE_POINT_SIZE)}pt"

    @staticmethod
    def _title(axis: int, fixed: float | None) -> str:
        """E as a function of one parameter, with the other one's fixed value written in."""
        name, other = NAMES[axis], NAMES[1 - axis]
        value = translate("SlicePanel", "fixed") if fixed is None else f"= {minus(fmt(fixed, 3))}"
        args = f"{name}, {other} {value}" if axis == 0 else f"{other} {value}, {name}"
        return f"E({args})"

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """Side by side when the panel is wide, stacked when it is tall."""
        size = event.size()
        wide = size.width() >= 1.1 * size.height()
        self._layout.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        # In narrow columns a step smaller type, so "E(w0, w1 = −0.123)" and long slopes still fit.
        column = size.width() / 2 if wide else size.width()
        points = self._set_text_size(BASE_POINT_SIZE + (3 if column >= NARROW_COLUMN else 1), column)
        self._fit_column(column, (size.height() - self.step_row.sizeHint().height()) / (1 if wide else 2), points)
        super().resizeEvent(event)

    def _fit_column(self, width: float, height: float, points: float) -> None:
        """The derivative function's plot where the column has the height for it (else E keeps it all), and
        the two numbers side by side where they fit the width (else one above the other, each on one line, with
        its name after it where that fits)."""
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        room = height >= DERIVATIVE_ROOM * metrics.height()
        for derivative, plot in zip(self.derivatives, self.plots, strict=True):
            derivative.widget.setVisible(room)
            plot.getAxis("bottom").showLabel(not room)  # (with the derivative's ticks right under it, E's w axis
            plot.getAxis("bottom").setStyle(showValues=not room)  # needs neither its name nor its numbers)
            for left in (plot.getAxis("left"), derivative.plot.getAxis("left")):
                # One width for both value axes, so the two plots' w axes line up under each other.
                left.setStyle(autoExpandTextSpace=not room, tickTextWidth=self._tick_width)
        font.setBold(False)
        font.setPointSizeF(self.look.pt(BASE_POINT_SIZE))
        captions = QFontMetricsF(font)
        number = metrics.horizontalAdvance(TYPICAL_NUMBER)
        named = [captions.horizontalAdvance(caption) for caption in (self._secant_caption, self._slope_caption)]
        if sum(max(number, n) for n in named) + 12 <= width:
            fit = SIDE_BY_SIDE
        elif number + captions.horizontalAdvance(" ") + max(named) <= width:
            fit = INLINE
        else:
            fit = BARE
        if fit != self._numbers_fit:
            self._numbers_fit = fit
            for numbers in self._number_rows:
                numbers.setDirection(QBoxLayout.Direction.LeftToRight if fit == SIDE_BY_SIDE
                                     else QBoxLayout.Direction.TopToBottom)
            self._lazy_refresh()

    def _set_text_size(self, size: int, column: float) -> float:
        """Titles and numbers in this size; the numbers smaller still where a typical one would not fit the
        column whole (a narrow column at 200 %). Returns the numbers' size."""
        points = self.look.pt(size)  # (the size setting applies here too)
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(True)
        wide = QFontMetricsF(font).horizontalAdvance(TYPICAL_NUMBER)
        numbers = min(points, max(1.0, int(2 * points * (column - 8) / wide) / 2)) if wide > 0 else points
        for plot, label, secant_label in zip(self.plots, self.slope_labels, self.secant_labels, strict=True):
            plot.titleLabel.setText(plot.titleLabel.text, size=f"{points}pt")
            fit_title_height(plot)
            for number in (label, secant_label):
                number.setStyleSheet(f"font-size: {numbers}pt; color: {self.look.ink};")
        return numbers
