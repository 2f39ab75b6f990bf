"""The valley's axes in parameter space: the Hessian's two eigen-directions drawn through the optimum.

Each line's length is ∝ 1/√λ — they are the axes of one contour ellipse of E — so the long one lies
along the valley floor (λmin, where gradient descent crawls) and the short one across it (λmax, where
too large an η makes it overshoot). Labelled with λmin, λmax and κ = λmax/λmin. The long axis is sized
to the view in pixels, so it stays visible at any zoom; with no unique optimum nothing is drawn.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QFont

from gdstudio.core.curvature import Curvature
from gdstudio.engine.controller import Controller
from gdstudio.i18n import translate
from gdstudio.ui.style import Look, fmt
from gdstudio.ui.widgets.curves import clear, show_data

LONG_AXIS_SHARE = 0.35  # the long half-axis: this share of the plot's smaller side, in pixels


def axis_ends(curvature: Curvature, centre: np.ndarray, pixel_scale: tuple[float, float],
              long_half_px: float) -> tuple[np.ndarray, np.ndarray]:
    """The ends (2×2: start, end) of the λmin line and of the λmax line, centred on `centre`, the long one
    `long_half_px` screen pixels from the centre each way, the short one shorter by √(λmin/λmax)."""
    v_min, v_max = curvature.vectors[:, 0], curvature.vectors[:, 1]
    px_per_unit = float(np.hypot(v_min[0] * pixel_scale[0], v_min[1] * pixel_scale[1]))
    long_half, short_half = curvature.axis_half_lengths(long_half_px / px_per_unit)
    return (np.array([centre - long_half * v_min, centre + long_half * v_min]),
            np.array([centre - short_half * v_max, centre + short_half * v_max]))


class ValleyAxes(QObject):
    def __init__(self, controller: Controller, look: Look, plot: pg.PlotItem) -> None:
        super().__init__(plot)
        self.controller, self.look, self.view_box = controller, look, plot.getViewBox()
        pen = pg.mkPen("w", width=look.lw(3), style=Qt.PenStyle.DashDotLine)
        self.lines = [pg.PlotCurveItem(pen=pen), pg.PlotCurveItem(pen=pg.mkPen("w", width=look.lw(3)))]
        font = QFont()
        font.setPointSizeF(look.pt(10))
        self.labels = [pg.TextItem(color="w", fill=pg.mkBrush(30, 30, 30, 160), anchor=(0, 1)) for _ in self.lines]
        for item in (*self.lines, *self.labels):
            item.setZValue(8)
            plot.addItem(item)
        for label in self.labels:
            label.setFont(font)
        self.lines[0].setToolTip(translate("ValleyAxes", "The valley's long axis: the Hessian's eigenvector of the "
                                                         "smallest curvature λmin. Gradient descent crawls along it."))
        self.lines[1].setToolTip(translate("ValleyAxes", "Across the valley: the eigenvector of the largest "
                                                         "curvature λmax. Here η ≥ 2/λmax overshoots and diverges."))
        controller.sig_data_changed.connect(self.update)
        controller.sig_view_changed.connect(self.update)
        self.view_box.sigRangeChanged.connect(self.update)  # (the lengths are sized in pixels)
        self.view_box.sigResized.connect(self.update)
        self.update()

    @Slot()
    def update(self, *_) -> None:
        curvature = self.controller.curvature
        if not (self.controller.layers.eigen_directions and curvature.unique):
            for line, label in zip(self.lines, self.labels):
                clear(line)
                label.setVisible(False)
            return
        optimum = self.controller.surface.optimum()
        long_half_px = LONG_AXIS_SHARE * min(self.view_box.width(), self.view_box.height())
        ends = axis_ends(curvature, optimum, self.view_box.pixel_scale(), max(long_half_px, 1.0))
        texts = (f"λmin = {fmt(curvature.lam_min, 3)}",
                 translate("ValleyAxes", "λmax = {value}\nκ = {kappa}").format(
                     value=fmt(curvature.lam_max, 3), kappa=fmt(curvature.kappa or 1.0, 3)))
        scale = self.view_box.pixel_scale()
        for i, (line, label, (start, end), text) in enumerate(zip(self.lines, self.labels, ends, texts)):
            show_data(line, np.array([start[0], end[0]]), np.array([start[1], end[1]]))
            label.setText(text)
            # The long axis labelled at its right end, the short one at its upper end, each text outward.
            tip = end if (end - start)[i] >= 0 else start
            outward = (tip - optimum) * scale
            anchor = (0.0 if outward[0] >= 0 else 1.0, 1.0 if outward[1] >= 0 else 0.0)
            label.setAnchor(anchor)
            label.setPos(*self._inside(label, tip, anchor, scale))
            label.setVisible(True)

    def _inside(self, label: pg.TextItem, at: np.ndarray, anchor: tuple[float, float],
                scale: tuple[float, float]) -> tuple[float, float]:
        """`at`, moved just enough that the label's box stays in the view (it is measured in pixels)."""
        box = label.textItem.boundingRect()
        w, h = box.width() / scale[0], box.height() / scale[1]
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        left, bottom = at[0] - anchor[0] * w, at[1] - (1.0 - anchor[1]) * h  # (data y grows upwards)
        left = min(max(left, x0), max(x1 - w, x0))
        bottom = min(max(bottom, y0), max(y1 - h, y0))
        return left + anchor[0] * w, bottom + (1.0 - anchor[1]) * h
