"""Predict, then reveal, in parameter space: the class's guess ✕, the truth ★ and the gap between.

For "which way does the gradient point?" the guess and the truth are arrows from the current w
(the truth as long as the guess, so only their directions differ). Drawn from the view state's
open question; clicks in the panel set the guess while the question is open (SurfacePanel).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Slot

from gdstudio.core.lesson import Question
from gdstudio.engine.view_state import ViewState
from gdstudio.ui.style import Look
from gdstudio.ui.widgets.arrows import arrow_segments
from gdstudio.ui.widgets.curves import clear, show_data

GUESS_COLOUR = "#ff2bd6"  # magenta: apart from the colour map, the path and the run colours in every theme


class GuessOverlay(QObject):
    def __init__(self, view_state: ViewState, look: Look, plot: pg.PlotItem) -> None:
        super().__init__(plot)
        self.view_state, self.look, self.plot = view_state, look, plot
        outline = pg.mkPen("w", width=look.lw(2))
        self.guess = pg.ScatterPlotItem(size=look.px(20), symbol="x", pen=outline, brush=pg.mkBrush(GUESS_COLOUR))
        self.truth = pg.ScatterPlotItem(size=look.px(26), symbol="star", pen=pg.mkPen("k", width=look.lw(1.5)),
                                        brush=pg.mkBrush("#ffe14d"))
        self.gap = pg.PlotCurveItem(pen=pg.mkPen("w", width=look.lw(2), style=Qt.PenStyle.DashLine))
        self.guess_arrow = pg.PlotCurveItem(pen=pg.mkPen(GUESS_COLOUR, width=look.lw(4)), connect="pairs")
        self.truth_arrow = pg.PlotCurveItem(pen=pg.mkPen("#ffe14d", width=look.lw(4)), connect="pairs")
        for item in (self.gap, self.guess_arrow, self.truth_arrow, self.guess, self.truth):
            item.setZValue(50)
            plot.addItem(item)
        view_state.sig_prediction_changed.connect(self.update)
        plot.getViewBox().sigRangeChanged.connect(self.update)  # (arrow heads are shaped in pixels)
        self.update()

    @Slot()
    def update(self, *_) -> None:
        p = self.view_state.prediction
        for item in (self.gap, self.guess_arrow, self.truth_arrow):
            clear(item)
        self.guess.setData([], [])
        self.truth.setData([], [])
        if p is None:
            return
        if p.question is Question.GRADIENT:
            self._arrows(np.array(p.origin), p.guess, p.truth)
            return
        if p.guess is not None:
            self.guess.setData([p.guess[0]], [p.guess[1]])
        if p.truth is not None:
            self.truth.setData([p.truth[0]], [p.truth[1]])
            if p.guess is not None:
                show_data(self.gap, np.array([p.guess[0], p.truth[0]]), np.array([p.guess[1], p.truth[1]]))

    def _arrows(self, origin: np.ndarray, guess, truth) -> None:
        pixel_scale = np.array(self.plot.getViewBox().pixel_scale())
        head = self.look.px(14)
        length = None
        if guess is not None:
            tip = np.array(guess)
            show_data(self.guess_arrow, *arrow_segments(origin, tip, pixel_scale, head))
            length = np.hypot(*((tip - origin) * pixel_scale))
        if truth is not None:
            direction = (np.array(truth) - origin) * pixel_scale
            norm = np.hypot(*direction)
            if norm > 0:
                tip = origin + direction / norm * (length or self.look.px(80)) / pixel_scale
                show_data(self.truth_arrow, *arrow_segments(origin, tip, pixel_scale, head))
