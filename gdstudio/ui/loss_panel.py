"""The loss curve: E(w) over iterations, optionally on a log scale."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from gdstudio.controller import Controller
from gdstudio.ui import style as S
from gdstudio.ui.curves import Marker, clear, show_data
from gdstudio.ui.style import add_legend, fix_size, style_plot
from gdstudio.ui.throttle import lazy_refresh

DECIMATE_ABOVE = 1000  # a minimum and a maximum per 1–2 pixels of the loss panel


def _extremes(values: np.ndarray, block: int) -> np.ndarray:
    """Indices of each whole block's minimum and maximum, in order (a block of one value gives it twice)."""
    m = len(values) // block
    blocks = values[: m * block].reshape(m, block)
    pairs = np.column_stack([blocks.argmin(axis=1), blocks.argmax(axis=1)]) + (np.arange(m) * block)[:, None]
    return np.sort(pairs, axis=1).ravel()


class Decimator:
    """At most ~max_points (step, loss) pairs that draw the same picture as the whole run: each block's
    minimum and maximum, in order, and always the newest point. A run grows at its end, so the blocks
    already reduced are kept and a frame costs O(new steps), not O(run); blocks are a power of two
    long, so their size changes rarely. Only kept steps become arrays (np.arange over a long run
    costs more than all of this)."""

    def __init__(self, max_points: int = DECIMATE_ABOVE) -> None:
        self.max_points = max_points
        self._key: object = None
        self._block = 0
        self._done = 0                          # states covered by the reduced blocks
        self._keep = np.empty(0, dtype=np.int64)  # what was kept of them

    def __call__(self, loss: np.ndarray, key: object = None) -> tuple[np.ndarray, np.ndarray]:
        """`key` names the run's contents (RunHistory.revision): a new key starts afresh."""
        n = len(loss)
        if n <= self.max_points:
            return np.arange(n), loss
        block = 1 << int(np.ceil(np.log2(n / (self.max_points // 2))))
        if key is None or key != self._key or block != self._block or n <= self._done:
            self._key, self._block, self._done, self._keep = key, block, 0, np.empty(0, dtype=np.int64)
        whole = (n - 1) // block * block  # the newest state stays out of them (it can be re-evaluated)
        if whole > self._done:
            new = _extremes(loss[self._done:whole], block) + self._done
            self._keep, self._done = np.concatenate([self._keep, new]), whole
        keep = np.concatenate([self._keep, _extremes(loss[whole:], n - whole) + whole, [n - 1]])
        keep = keep[np.r_[True, keep[1:] != keep[:-1]]]
        return keep, loss[keep]


def decimate(loss: np.ndarray, max_points: int = DECIMATE_ABOVE) -> tuple[np.ndarray, np.ndarray]:
    """Decimator's picture of `loss`, made from scratch."""
    return Decimator(max_points)(loss)


def nice_step(span: float) -> float:
    """The smallest of …, 0.1, 0.2, 0.5, 1, 2, 5, 10, … at or above span (span > 0)."""
    decade = 10.0 ** np.floor(np.log10(span))
    return next(m * decade for m in (1.0, 2.0, 5.0, 10.0) if m * decade >= span * (1 - 1e-12))


def stable_range(current: tuple[float, float] | None, lo: float, hi: float,
                 floor: float | None = None) -> tuple[float, float]:
    """A y range for data in [lo, hi] that changes only when it must: kept while the data fit inside
    it and fill at least a third of it, else made anew with round ends and some room. Every change
    repaints the axis (≈ 3 ms), so a range that follows the data each frame would cost a fifth of it.
    `floor`: the range never goes below it unless the data do (E ≥ 0 on a linear axis)."""
    if current is not None and current[0] <= lo and hi <= current[1] and hi - lo >= (current[1] - current[0]) / 3:
        return current
    span = hi - lo
    if span <= 0:
        span = abs(hi) * 0.1 if hi else 1.0
    step = nice_step(span / 4)
    bottom = np.floor((lo - 0.05 * span) / step) * step
    top = np.ceil((hi + 0.05 * span) / step) * step
    if floor is not None and lo >= floor:
        bottom = max(bottom, floor)
    return float(bottom), float(top)


def log_tick_values(lo: float, hi: float, max_count: int) -> list[float] | None:
    """Ticks for a log10 axis from lo to hi: 1, 2 and 5 × 10ᵏ, or only the decades, or every 2nd,
    5th, 10th… decade — the densest choice with at most max_count ticks. None under a third of a
    decade, where plain 1–2–5 steps read better (pyqtgraph's own ticks)."""
    if not hi - lo >= 1 / 3:
        return None
    choices = [((1.0, 2.0, 5.0), 1), ((1.0,), 1)] + [((1.0,), step) for step in (2, 5, 10, 20, 50, 100)]
    for mantissas, step in choices:
        values = [k + np.log10(m) for k in range(math.floor(lo), math.ceil(hi) + 1) if k % step == 0
                  for m in mantissas if lo <= k + np.log10(m) <= hi]
        if len(values) <= max_count:
            return values
    return values


class LossAxis(pg.AxisItem):
    """The loss panel's y axis. On a log scale pyqtgraph labels 1, 2, …, 9 in every decade, which
    crowds into a smudge on a short panel; this one labels fewer, evenly (log_tick_values)."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 (pyqtgraph's names)
        values = log_tick_values(minVal, maxVal, max(2, int(size // (3 * S.pt(S.BASE_POINT_SIZE)))))
        return super().logTickValues(minVal, maxVal, size, stdTicks) if values is None else [(None, values)]


def nice_ceiling(value: int) -> int:
    """The next of 10, 20, 50, 100, 200, 500… at or above value (at least 10)."""
    nice = 10
    while nice < value:
        nice = nice * 5 // 2 if str(nice)[0] == "2" else nice * 2
    return nice


class LossPanel(QWidget):
    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plot_widget = pg.PlotWidget(axisItems={"left": LossAxis("left")})
        plot = self.plot_widget.getPlotItem()
        style_plot(plot, self.tr("Loss curve: E(w) over iterations"), self.tr("iteration"), "E(w)")
        # Long runs are reduced to their per-block minima and maxima (decimate) before plotting, and
        # the x range grows in jumps, so axes and curves are not rebuilt from scratch every frame.
        # The same for y (stable_range); a zoom or pan by the user stops the following until the
        # plot's "A" (auto-range) button is pressed.
        plot.enableAutoRange(x=False, y=False)
        self._x_max = 0
        self._y_range: tuple[float, float] | None = None
        self._following = True
        plot.getViewBox().sigRangeChangedManually.connect(self._on_user_zoom)
        self.curves = [plot.plot(pen=pg.mkPen(S.VERMILLION if i == 0 else colour, width=S.lw(2)))
                       for i, colour in enumerate(S.RUN_COLOURS)]
        self.curve = self.curves[0]
        self._decimators = [Decimator() for _ in self.curves]
        self.current_mark = Marker(symbol="o", size=S.px(10), brush=pg.mkBrush(S.VERMILLION), pen=None)
        plot.addItem(self.current_mark)
        self.legend = add_legend(plot, [], corner="top-right")
        self.curve.setToolTip(self.tr("E(w) after each step: it should fall; it rises when η is too large"))

        self.log_scale = QCheckBox(self.tr("Log scale"))
        self.log_scale.setToolTip(self.tr("Show E on a logarithmic axis: slow convergence shows as a straight line"))
        self.log_scale.toggled.connect(self._on_log_toggled)
        header = QHBoxLayout()
        header.addStretch(1)
        header.addWidget(self.log_scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.plot_widget, 1)

        # The timeline: drag back to see every panel as it was at an earlier step.
        self.cursor_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(S.MUTED, width=S.lw(2), style=Qt.PenStyle.DashLine))
        plot.addItem(self.cursor_line)
        self.timeline = QSlider(Qt.Orientation.Horizontal)
        self.timeline.setToolTip(self.tr("Timeline: drag to go back to any earlier step; Step or Play continues "
                                         "from there (the later steps are discarded)"))
        self.timeline.valueChanged.connect(self._on_timeline_moved)
        # While playing, ten times a second is enough for a step count (each change repaints a strip
        # of the window down to the main window's background).
        self._timeline_refresh = lazy_refresh(self.timeline, self._update_timeline, controller)
        self.timeline_label = QLabel()
        fix_size(self.timeline_label, "8888888 / 8888888")
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 8, 2)
        row.addWidget(QLabel(self.tr("step")))
        row.addWidget(self.timeline, 1)
        row.addWidget(self.timeline_label)
        layout.addLayout(row)

        controller.sig_history_changed.connect(self.update_curve)
        controller.sig_runs_changed.connect(self._on_runs_changed)
        self._on_runs_changed()

    def plotted_loss(self, run: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """Iterations and E of a run as handed to the plot: decimated, and in log mode clipped above 0."""
        history = self.controller.runs[run].history  # the whole run: the cursor marks the shown step
        steps, loss = self._decimators[run](history.loss, history.revision)
        return steps, self._clip_for_log(loss)

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
        shown = self.controller.history.steps_taken
        loss = self._clip_for_log(self.controller.runs[0].history.loss[shown:shown + 1], highs[0])[0]
        # (a plain item: the log mode is ours to apply)
        self.current_mark.move_to(shown, np.log10(loss) if self.log_scale.isChecked() else loss)
        self._timeline_refresh()
        self._follow_data(min(lows), max(highs))

    def _follow_data(self, lo: float, hi: float) -> None:
        """Keep the newest step and every loss in view, changing the ranges only now and then."""
        view_box = self.plot_widget.getPlotItem().getViewBox()
        if any(view_box.autoRangeEnabled()):  # the "A" button: follow again, our way
            view_box.disableAutoRange()
            self._following, self._x_max, self._y_range = True, 0, None
        if not self._following:
            return
        longest = self.controller.max_step
        if longest > self._x_max or longest < self._x_max / 4:
            self._x_max = nice_ceiling(longest)
            view_box.setXRange(0, self._x_max, padding=0.02)
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
        self.cursor_line.setVisible(c.cursor is not None)
        self.cursor_line.setValue(shown)

    @Slot(int)
    def _on_timeline_moved(self, step: int) -> None:
        self.controller.scrub_to(step)

    def _on_runs_changed(self) -> None:
        """In a race, colour each run's curve as its path and name it in the legend."""
        runs = self.controller.runs
        racing = len(runs) > 1
        self.legend.clear()
        for i, curve in enumerate(self.curves):
            colour = S.RUN_COLOURS[i] if racing else S.VERMILLION
            curve.setPen(pg.mkPen(colour, width=S.lw(2)))
            if racing and i < len(runs):
                self.legend.addItem(curve, runs[i].title)
        self.current_mark.setBrush(pg.mkBrush(S.RUN_COLOURS[0] if racing else S.VERMILLION))
        self.legend.setVisible(racing)
        self.update_curve()

    def _on_log_toggled(self, on: bool) -> None:
        self.plot_widget.getPlotItem().setLogMode(y=on)
        self._y_range = None
        self.update_curve()
