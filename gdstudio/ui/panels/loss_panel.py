"""The loss curve: E(w) over iterations, optionally on a log scale; its x axis counts steps, data
points used or epochs (the fair comparison of batch, mini-batch and SGD, lecture part 9)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from gdstudio.engine.controller import Controller
from gdstudio.engine.view_state import LossX
from gdstudio.ui.controls.loss_x_chooser import loss_x_title
from gdstudio.ui.panels.hand_curve import HandCurve
from gdstudio.ui.panels.loss_scale import (
    DECIMATE_ABOVE,
    Decimator,
    log_tick_values,
    nice_ceiling,
    nice_step,
    stable_range,
)
from gdstudio.ui.style import BASE_POINT_SIZE, Look, SteadyLabel, add_legend, style_plot
from gdstudio.ui.widgets.curves import Marker, clear, show_data
from gdstudio.ui.widgets.growing_curve import GrowingCurve
from gdstudio.ui.widgets.throttle import lazy_refresh


class LossAxis(pg.AxisItem):
    """The loss panel's y axis. On a log scale pyqtgraph labels 1, 2, …, 9 in every decade, which
    crowds into a smudge on a short panel; this one labels fewer, evenly (log_tick_values)."""

    def __init__(self, look: Look, orientation: str) -> None:
        super().__init__(orientation)
        self.look = look

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802, N803 (pyqtgraph's names)
        """pyqtgraph's spacing, widened (1, 2, 5, 10…) until the labels are a line and a half of their text
        apart, keeping at least two: pyqtgraph wants at least 2.25 intervals whatever the text size, and at
        200 % on a short panel its labels ran into one another."""
        levels = super().tickSpacing(minVal, maxVal, size)
        span = abs(maxVal - minVal)
        if not levels or not span or size <= 0:
            return levels
        line_px = self.look.pt(BASE_POINT_SIZE) * 96 / 72 * 1.2
        low, high = min(minVal, maxVal), max(minVal, maxVal)

        def labels(spacing: float) -> int:
            return int(np.floor(high / spacing) - np.ceil(low / spacing)) + 1

        major = levels[0][0]
        for factor in (2.0, 2.5, 2.0) * 10:  # (1, 2, 5, 10, 20, 50…)
            if span / major * 1.5 * line_px <= size or labels(major * factor) < 2:
                break  # far enough apart, or it would keep fewer than two labels
            major *= factor
        return levels if major == levels[0][0] else [(major, 0)]

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 (pyqtgraph's names)
        values = log_tick_values(minVal, maxVal, max(2, int(size // (3 * self.look.pt(BASE_POINT_SIZE)))))
        return super().logTickValues(minVal, maxVal, size, stdTicks) if values is None else [(None, values)]


class LossPanel(QWidget):
    def __init__(self, controller: Controller, look: Look, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.look = look
        self.plot_widget = pg.PlotWidget(axisItems={"left": LossAxis(look, "left")}, background=look.background)
        plot = self.plot_widget.getPlotItem()
        self.grid_lines = style_plot(look, plot, self.tr("Loss curve: E(w) over iterations"),
                                     loss_x_title(controller.view_state.loss_x), "E(w)")
        # Long runs are reduced to their per-block minima and maxima (decimate) before plotting, and
        # the x range grows in jumps, so axes and curves are not rebuilt from scratch every frame.
        # The same for y (stable_range); a zoom or pan by the user stops the following until the
        # plot's "A" (auto-range) button is pressed.
        plot.enableAutoRange(x=False, y=False)
        self._x_max = 0
        self._y_range: tuple[float, float] | None = None
        self._following = True
        plot.getViewBox().sigRangeChangedManually.connect(self._on_user_zoom)
        self.curves = [GrowingCurve(pen=pg.mkPen(look.vermillion if i == 0 else colour, width=look.lw(2)))
                       for i, colour in enumerate(look.run_colours)]
        for curve in self.curves:
            plot.addItem(curve)
        self.curve = self.curves[0]
        self._decimators = [Decimator() for _ in self.curves]
        self.current_mark = Marker(symbol="o", size=look.px(10), brush=pg.mkBrush(look.vermillion), pen=None)
        plot.addItem(self.current_mark)
        self.by_hand = HandCurve(controller.view_state.by_hand, look, plot)  # the attempt by hand, beside
        controller.view_state.by_hand.sig_changed.connect(self._on_hand_changed)
        self.legend = add_legend(look, plot, [], corner="top-right", taught=self._taught)
        self.curve.setToolTip(self.tr("E(w) after each step: it should fall; it rises when η is too large"))

        self.log_scale = QCheckBox(self.tr("Log scale"))
        self.log_scale.setToolTip(self.tr("Show E on a logarithmic axis: slow convergence shows as a straight line"))
        self.log_scale.toggled.connect(self._on_log_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)

        # The timeline: drag back to see every panel as it was at an earlier step.
        self.cursor_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(look.muted, width=look.lw(2),
                                                                 style=Qt.PenStyle.DashLine))
        self.cursor_line.setVisible(False)  # (shown only while going back in time)
        plot.addItem(self.cursor_line)
        self.timeline = QSlider(Qt.Orientation.Horizontal)
        self.timeline.setToolTip(self.tr("Timeline: drag to go back to any earlier step; Step or Play continues "
                                         "from there (the later steps are discarded)"))
        self.timeline.valueChanged.connect(self._on_timeline_moved)
        # While playing, ten times a second is enough for a step count (each change repaints a strip
        # of the window down to the main window's background).
        self._timeline_refresh = lazy_refresh(self.timeline, self._update_timeline, controller)
        self.timeline_label = SteadyLabel("8888 / 8888")
        self.timeline_row = QWidget()  # (the drawer folds it away in a small window: the plot keeps the height)
        row = QHBoxLayout(self.timeline_row)
        row.setContentsMargins(8, 0, 8, 2)
        row.addWidget(QLabel(self.tr("step")))
        row.addWidget(self.timeline, 1)
        row.addWidget(self.timeline_label)
        row.addSpacing(12)
        row.addWidget(self.log_scale)  # (here, not in a row of its own above the plot)
        layout.addWidget(self.timeline_row)
        controller.view_state.sig_loss_x_changed.connect(self._on_loss_x_changed)

        controller.sig_history_changed.connect(self.update_curve)
        controller.sig_runs_changed.connect(self._on_runs_changed)
        self._on_runs_changed()

    def plotted_loss(self, run: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """Iterations and E of a run as handed to the plot: decimated, and in log mode clipped above 0."""
        history = self.controller.runs[run].history  # the whole run: the cursor marks the shown step
        decimator = self._decimators[run]
        # In a race the curves share the panel: fewer points each keep the frame as cheap as one curve.
        decimator.max_points = max(DECIMATE_ABOVE // len(self.controller.runs), 250)
        steps, loss = decimator(history.loss, history.revision)
        return self.x_of(steps, run), self._clip_for_log(loss)

    def x_of(self, steps, run: int = 0) -> np.ndarray:
        """Where states `steps` of a run lie on the x axis: the step, the points used, or epochs."""
        loss_x = self.controller.view_state.loss_x
        if loss_x is LossX.STEPS:
            return np.asarray(steps, dtype=float)
        n = len(self.controller.data)
        points = self.controller.runs[run].history.points_used(steps, n).astype(float)
        return points if loss_x is LossX.POINTS else points / max(n, 1)

    def _clip_for_log(self, loss: np.ndarray, largest: float | None = None) -> np.ndarray:
        """On a log axis, E = 0 (a perfect fit) has no logarithm: show it 16 decades below the run's
        largest E (`largest`, else that of `loss`)."""
        if not self.log_scale.isChecked() or not len(loss):
            return loss
        largest = float(loss.max()) if largest is None else largest
        return np.maximum(loss, max(largest, 1e-300) * 1e-16)

    def update_curve(self) -> None:
        runs = self.controller.runs
        lows, highs = [], []
        for i, curve in enumerate(self.curves):
            if i < len(runs):
                steps, loss = self.plotted_loss(i)
                show_data(curve, steps, loss)
                lows.append(loss.min())
                highs.append(loss.max())
            else:
                clear(curve)
        for lo, hi in filter(None, [self.by_hand.extent(whole=self.controller.max_step == 0)]):
            lows.append(lo)
            highs.append(hi)
        shown = self.controller.history.steps_taken
        loss = self._clip_for_log(self.controller.runs[0].history.loss[shown:shown + 1], highs[0])[0]
        # (a plain item: the log mode is ours to apply)
        self.current_mark.move_to(float(self.x_of([shown])[0]), np.log10(loss) if self.log_scale.isChecked() else loss)
        self._update_cursor_line()
        self._timeline_refresh()
        self._follow_data(min(lows), max(highs))
        if self.legend.isVisible():
            self.legend.follow()

    def _follow_data(self, lo: float, hi: float) -> None:
        """Keep the newest step and every loss in view, changing the ranges only now and then."""
        view_box = self.plot_widget.getPlotItem().getViewBox()
        if any(view_box.autoRangeEnabled()):  # the "A" button: follow again, our way
            view_box.disableAutoRange()
            self._following, self._x_max, self._y_range = True, 0, None
        if not self._following:
            return
        runs = self.controller.runs
        longest = max(float(self.x_of([len(r.history) - 1], i)[0]) for i, r in enumerate(runs))
        if not self._x_max or longest > self._x_max or longest < self._x_max / 4:  # (0: none set yet)
            epochs = self.controller.view_state.loss_x is LossX.EPOCHS  # (fractions of one, at first)
            self._x_max = max(nice_step(longest), 1.0) if epochs and longest > 0 else nice_ceiling(longest)
            view_box.setXRange(0, self._x_max, padding=0.02)
            self.by_hand.set_span(self._x_max)
        log = self.log_scale.isChecked()
        if log:  # the view's y is log10(E); plotted_loss keeps E > 0
            lo, hi = np.log10(lo), np.log10(hi)
        y_range = stable_range(self._y_range, float(lo), float(hi), floor=None if log else 0.0)
        if y_range != self._y_range:
            self._y_range = y_range
            view_box.setYRange(*y_range, padding=0.02)

    @Slot(object)
    def _on_user_zoom(self, _mask) -> None:
        self._following = False

    def _update_timeline(self) -> None:
        c = self.controller
        shown = c.max_step if c.cursor is None else c.cursor
        self.timeline.blockSignals(True)
        self.timeline.setRange(0, c.max_step)
        self.timeline.setValue(shown)
        self.timeline.blockSignals(False)
        self.timeline_label.setText(f"{shown} / {c.max_step}" if c.cursor is not None else f"{shown}")

    def _update_cursor_line(self) -> None:
        """The dashed line at the step shown, while going back in time (by the timeline or by Back: the
        timeline may be folded away, and then it does not refresh)."""
        c = self.controller
        self.cursor_line.setVisible(c.cursor is not None)
        if c.cursor is not None:
            self.cursor_line.setValue(float(self.x_of([min(c.cursor, c.runs[0].history.steps_taken)])[0]))

    @Slot(int)
    def _on_timeline_moved(self, step: int) -> None:
        self.controller.scrub_to(step)

    def _on_runs_changed(self) -> None:
        """In a race, colour each run's curve as its path and name it in the legend."""
        runs = self.controller.runs
        racing = len(runs) > 1
        for i, curve in enumerate(self.curves):
            colour = self.look.run_colours[i] if racing else self.look.vermillion
            curve.setPen(pg.mkPen(colour, width=self.look.lw(2)))
        self.current_mark.setBrush(pg.mkBrush(self.look.run_colours[0] if racing else self.look.vermillion))
        self.update_curve()
        self._update_key()

    def _on_hand_changed(self) -> None:
        self._update_key()
        self.update_curve()  # (the y range takes the tries in)

    def _update_key(self) -> None:
        """In a race, each run's curve named; beside an attempt by hand, the optimizer's and that one."""
        runs, by_hand = self.controller.runs, self.by_hand.key_entries()
        named = len(runs) > 1 or bool(by_hand)
        self.legend.set_entries([*zip(self.curves, (run.title for run in runs)), *by_hand] if named else [])
        self.legend.setVisible(named)

    def _taught(self):
        """What the key must not cover: the current step's E; and, if it can, the curves themselves."""
        mark = self.current_mark.pos()
        shown = [self.current_mark.isVisible()]
        curves = [curve.getData() for curve in self.curves if curve.isVisible()]
        return ((np.array([mark.x()] if shown[0] else []), np.array([mark.y()] if shown[0] else []),
                 self.look.px(10) / 2 + 2, 100.0),
                *((x, y, 2.0, 0.001) for x, y in curves if x is not None))

    @Slot()
    def _on_loss_x_changed(self) -> None:
        self.plot_widget.getPlotItem().setLabel("bottom", loss_x_title(self.controller.view_state.loss_x))
        self._x_max = 0  # refit the x range to the new unit
        self.update_curve()

    def _on_log_toggled(self, on: bool) -> None:
        self.plot_widget.getPlotItem().setLogMode(y=on)
        self.by_hand.set_log(on)
        self._y_range = None
        self.update_curve()
        self.grid_lines.refresh()  # (the same range may now have other ticks)
