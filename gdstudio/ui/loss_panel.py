"""The loss curve: E(w) over iterations, optionally on a log scale."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from gdstudio.controller import Controller
from gdstudio.ui import style as S
from gdstudio.ui.style import add_legend, style_plot

DECIMATE_ABOVE = 1600  # about two points per pixel of a full-width loss panel


def decimate(steps: np.ndarray, loss: np.ndarray, max_points: int = DECIMATE_ABOVE):
    """At most ~max_points points that draw the same picture: each block's minimum and maximum
    (in order), then the last, unfinished block as it is, and always the newest point."""
    n = len(loss)
    if n <= max_points:
        return steps, loss
    block = -(-n // (max_points // 2))
    m = n // block
    blocks = loss[: m * block].reshape(m, block)
    base = np.arange(m) * block
    pairs = np.sort(np.column_stack([blocks.argmin(axis=1), blocks.argmax(axis=1)]) + base[:, None], axis=1)
    keep = np.concatenate([pairs.ravel(), np.arange(m * block, n), [n - 1]])  # the newest point, always
    keep = keep[np.r_[True, keep[1:] != keep[:-1]]]
    return steps[keep], loss[keep]


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
        self.plot_widget = pg.PlotWidget()
        plot = self.plot_widget.getPlotItem()
        style_plot(plot, self.tr("Loss curve: E(w) over iterations"), self.tr("iteration"), "E(w)")
        # Long runs are reduced to their per-block minima and maxima (decimate) before plotting, and
        # the x range grows in jumps, so axes and curves are not rebuilt from scratch every frame.
        plot.enableAutoRange(x=False)
        self._x_max = 0
        self.curves = [plot.plot(pen=pg.mkPen(S.VERMILLION if i == 0 else colour, width=S.lw(2)))
                       for i, colour in enumerate(S.RUN_COLOURS)]
        self.curve = self.curves[0]
        # A PlotDataItem (not a ScatterPlotItem) so that it follows the log mode too.
        self.current_mark = plot.plot(pen=None, symbol="o", symbolSize=S.px(10), symbolBrush=S.VERMILLION,
                                      symbolPen=None)
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
        self.timeline_label = QLabel()
        self.timeline_label.setMinimumWidth(110)
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
        """Iterations and E of a run as handed to the plot (in log mode: clipped above zero)."""
        loss = self.controller.runs[run].history.loss  # the whole run: the cursor line marks the shown step
        if self.log_scale.isChecked():
            # A perfect fit reaches E = 0, which has no logarithm: show it 16 decades down.
            loss = np.maximum(loss, max(float(loss.max()), 1e-300) * 1e-16)
        return np.arange(len(loss)), loss

    def update_curve(self) -> None:
        runs = self.controller.runs
        for i, curve in enumerate(self.curves):
            if i < len(runs):
                curve.setData(*decimate(*self.plotted_loss(i)))
            elif curve.xData is not None and len(curve.xData):
                curve.setData([], [])
        steps, loss = self.plotted_loss(0)
        shown = self.controller.history.steps_taken
        self.current_mark.setData(steps[shown:shown + 1], loss[shown:shown + 1])
        self._update_timeline()
        longest = self.controller.max_step
        if longest > self._x_max or longest < self._x_max / 4:
            self._x_max = nice_ceiling(longest)
            self.plot_widget.getPlotItem().setXRange(0, self._x_max, padding=0.02)

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
        self.current_mark.setSymbolBrush(S.RUN_COLOURS[0] if racing else S.VERMILLION)
        self.legend.setVisible(racing)
        self.update_curve()

    def _on_log_toggled(self, on: bool) -> None:
        self.plot_widget.getPlotItem().setLogMode(y=on)
        self.update_curve()
