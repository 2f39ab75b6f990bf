"""The derivative function (導関数) of one cut, in a short plot under that cut's E (slide 19).

∂E/∂w_i along the cut, with a zero line, the current point on the curve, a stem from the w axis up
(or down) to it, and an arrow on the w axis from the current w_i: it points the way E grows (the
derivative's sign) and its length is proportional to the derivative's size (the steepest slope in
view has the longest arrow).

Public attributes: widget (PlotWidget), plot (PlotItem), curve, marker, stem, arrow (its shaft),
head (ArrowItem), zero (the zero line), caption (TextItem in the plot's corner).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont

from gdstudio.i18n import translate
from gdstudio.ui.style import BASE_POINT_SIZE, Look, style_plot

ARROW_LONGEST = 0.25  # the steepest slope in view gets an arrow this fraction of the range long


def growth_arrow(w_i: float, slope: float, steepest: float, x_range: tuple[float, float]) -> np.ndarray:
    """The arrow's ends on the w axis: from w_i the way E grows, length ∝ |slope| (empty when flat)."""
    if not (steepest > 0 and np.isfinite(slope)) or slope == 0:
        return np.empty(0)
    length = ARROW_LONGEST * (x_range[1] - x_range[0]) * min(1.0, abs(slope) / steepest)
    return np.array([w_i, w_i + np.sign(slope) * length])


class ShortPlotWidget(pg.PlotWidget):
    """A plot that asks for no height of its own: it takes what the layout gives (never the others' room)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(super().sizeHint().width(), 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(super().minimumSizeHint().width(), 1)  # (layouts grow a hint to this one)


class DerivativePlot:
    def __init__(self, look: Look, name: str, colour: str) -> None:
        self.look = look
        self.widget = ShortPlotWidget(background=look.background)
        plot = self.plot = self.widget.getPlotItem()
        style_plot(look, plot, "", name, "")
        plot.setTitle(None)  # (the caption inside the plot says what it is: no title row's height)
        plot.getAxis("left").showLabel(False)
        plot.getAxis("bottom").showLabel(False)  # (the ticks are the w axis: the E plot above names it)
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.disableAutoRange()
        self.zero = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(look.muted, width=look.lw(1.5)))
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(colour, width=look.lw(2.5)))
        self.stem = pg.PlotCurveItem(pen=pg.mkPen(look.vermillion, width=look.lw(2),
                                                  style=Qt.PenStyle.DashLine))
        self.arrow = pg.PlotCurveItem(pen=pg.mkPen(look.vermillion, width=look.lw(3.5)))
        self.head = pg.ArrowItem(angle=180, headLen=look.px(14), tipAngle=40, pen=None,
                                 brush=pg.mkBrush(look.vermillion))
        self.marker = pg.ScatterPlotItem(size=look.px(11), symbol="o", pen=pg.mkPen(look.background,
                                                                                     width=look.lw(1.5)),
                                         brush=pg.mkBrush(look.vermillion))
        for z, item in enumerate((self.zero, self.curve, self.stem, self.arrow, self.head, self.marker)):
            plot.addItem(item)
            item.setZValue(z)
        self.caption = pg.TextItem(translate("DerivativePlot", "derivative function ∂E/∂{name}").format(name=name),
                                   color=look.ink, anchor=(0, 0))
        font = QFont()
        font.setPointSizeF(look.pt(BASE_POINT_SIZE - 2))  # (small, in the corner the rising line leaves free)
        self.caption.setFont(font)
        self.caption.setParentItem(plot.getViewBox())  # (in the view's pixels: stays in its corner)
        self.caption.setPos(2, 0)
        self.caption.setZValue(-1)  # (under the curve and the point, should they pass there)
        self.clear()

    def draw(self, xs: np.ndarray, derivative: np.ndarray, w_i: float, slope: float,
             x_range: tuple[float, float]) -> None:
        """The derivative function sampled at xs, with the current point (w_i, slope) on it."""
        self.curve.setData(xs, derivative)
        self.marker.setData([w_i], [slope])
        self.stem.setData([w_i, w_i], [0.0, slope])
        steepest = float(np.max(np.abs(derivative))) if len(derivative) else 0.0
        ends = growth_arrow(w_i, slope, steepest, x_range)
        if len(ends):
            self.arrow.setData(ends, [0.0, 0.0])
            self.head.setPos(float(ends[1]), 0.0)
            self.head.setStyle(angle=180 if ends[1] > ends[0] else 0)
            self.head.show()
        else:
            self.arrow.setData([], [])
            self.head.hide()
        low, high = float(min(derivative.min(), 0.0)), float(max(derivative.max(), 0.0))
        if not high - low > 1e-12 * max(abs(high), abs(low), 1e-300):  # flat at zero
            low, high = -1.0, 1.0
        self.plot.setYRange(low, high, padding=0.12)

    def clear(self) -> None:
        for item in (self.curve, self.marker, self.stem, self.arrow):
            item.setData([], [])
        self.head.hide()
        self.plot.setYRange(-1, 1, padding=0)
