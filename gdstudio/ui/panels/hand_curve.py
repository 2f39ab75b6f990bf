"""The attempt by hand on the loss panel (slides 6–7): E of each w tried by dragging, dashed, and the
best of them as a dashed level ("best by hand: E = …") that the optimizer's curve goes under.

The tries have no steps: they are spread, in the order tried, over the x range the panel follows
(0 to its right end), so they stay beside the optimizer's curve whatever the x axis counts. Drawn
when the attempt or that range changes (a drag, a jump of the range), never per frame.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem

from gdstudio.engine.hand_attempt import HandAttempt
from gdstudio.ui.panels.loss_scale import decimate
from gdstudio.ui.style import BASE_POINT_SIZE, Look, fmt
from gdstudio.ui.widgets.curves import clear, show_data


def hand_colour(look: Look) -> str:
    """The attempt by hand's colour in every panel (not a run's colour in a race of up to two)."""
    return look.purple


class HandCurve(QObject):
    def __init__(self, attempt: HandAttempt, look: Look, plot: pg.PlotItem) -> None:
        super().__init__(plot)
        self.attempt, self.look = attempt, look
        self._span = 10.0
        self._log = False
        self._extent: tuple[float, float] | None = None  # (kept: the loss panel asks every frame)
        colour = hand_colour(look)
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(colour, width=look.lw(2.5), style=Qt.PenStyle.DashLine))
        self.best_line = pg.InfiniteLine(angle=0, movable=False,
                                         pen=pg.mkPen(colour, width=look.lw(2), style=Qt.PenStyle.DashLine))
        # Its right end at 80 % of the width (clear of the key in the corner), above the line in the plot's
        # lower half and below it in the upper half (inside the plot either way).
        self.best_label = pg.InfLineLabel(self.best_line, position=0.8, anchors=[(1, 0), (1, 1)],
                                          color=look.ink, fill=pg.mkBrush(look.background))
        self.best_label.setFont(_font(look))
        self.curve.setToolTip(self.tr("E of each w you tried by hand (dragging the line or the current w), "
                                      "in the order tried: the attempt by hand, beside the program's"))
        self.best_line.setToolTip(self.tr("The smallest E found by hand: the optimizer should go below it"))
        for item in (self.curve, self.best_line):
            item.setVisible(False)
            plot.addItem(item)
        self.curve.setZValue(-1)  # (under the optimizer's curve and its current step)
        self.best_line.setZValue(-1)
        for item in (self.curve, self.best_line, self.best_label):
            # Repainted from a pixmap while the run moves over them: at 1920×1080, 0.1 ms a frame instead
            # of 0.7 ms for a thousand dashed tries drawn anew.
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._view_box = plot.getViewBox()
        self._view_box.sigResized.connect(self._name_best)
        attempt.sig_changed.connect(self.redraw)
        self.redraw()

    @property
    def shown(self) -> bool:
        return len(self.attempt.trace) > 0

    def key_entries(self) -> list:
        return [(self.curve, self.tr("by hand"))] if self.shown else []

    def set_span(self, x_max: float) -> None:
        """The x range the panel follows ends at x_max: spread the tries over it."""
        if x_max > 0 and x_max != self._span:
            self._span = float(x_max)
            self.redraw()

    def set_log(self, on: bool) -> None:
        if on != self._log:
            self._log = on
            self.redraw()

    def extent(self, whole: bool) -> tuple[float, float] | None:
        """What of the tries the y range must show (as drawn: clipped on a log axis), or None: all of them
        while the optimizer has not moved (`whole`), then only the best (its curve must stay readable;
        tries far above it may leave the top)."""
        if self._extent is None:
            return None
        return self._extent if whole else (self._extent[0],) * 2

    def _plotted(self) -> np.ndarray | None:
        loss = self.attempt.trace.loss
        if not len(loss):
            return None
        return np.maximum(loss, max(float(loss.max()), 1e-300) * 1e-16) if self._log else loss

    @Slot()
    def redraw(self) -> None:
        loss = self._plotted()
        self._extent = None if loss is None else (float(loss.min()), float(loss.max()))
        if loss is None:
            clear(self.curve)
            self.best_line.setVisible(False)
            return
        index, kept = decimate(loss)  # (a minimum and a maximum per block: the same picture)
        x = index * (self._span / max(len(loss) - 1, 1))
        y = np.log10(kept) if self._log else kept
        show_data(self.curve, x, y)
        best = float(loss.min())
        self.best_line.setVisible(True)  # (first: a hidden label does not follow its line)
        self.best_line.setValue(np.log10(best) if self._log else best)
        self._name_best()

    @Slot()
    def _name_best(self) -> None:
        """"best by hand: E = …", or only "E = …" where that would take most of the plot's width."""
        if not self.best_line.isVisible():
            return
        value = fmt(float(self.attempt.trace.loss.min()))
        for text in (self.tr("best by hand: E = {loss}"), "E = {loss}"):
            self.best_label.format = text.format(loss=value)
            self.best_label.valueChanged()
            if self.best_label.textItem.boundingRect().width() <= 0.75 * self._view_box.width():
                break


def _font(look: Look) -> QFont:
    font = QFont()
    font.setPointSizeF(look.pt(BASE_POINT_SIZE))
    return font
