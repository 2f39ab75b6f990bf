"""The w under the pointer in parameter space: a ring and its error "E = 3.42" beside it (slides 10–12:
one point of the plane is one line of the data panel, which draws that line dashed).

Moved, not rebuilt, when the hover changes; hidden when the pointer leaves the plot or drags.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF

from gdstudio.engine.controller import Controller
from gdstudio.ui.style import BASE_POINT_SIZE, Look, fmt
from gdstudio.ui.widgets.curves import Marker
from gdstudio.ui.widgets.tip_label import place, tip_label
from gdstudio.ui.widgets.view_box import InteractiveViewBox


def error_label(loss: float) -> str:
    """'E = 3.42' as the Values tab writes E (five significant digits), with a real minus sign."""
    return f"E = {fmt(float(loss), 5)}".replace("-", "−")


class HoverMark(QObject):
    """(A QObject owned by its plot: Qt disconnects its slot from the controller when the panels are rebuilt.)"""

    def __init__(self, controller: Controller, look: Look, plot: pg.PlotItem, box: InteractiveViewBox,
                 avoid: Callable[[], list[QRectF]] = list) -> None:
        super().__init__(plot)
        self.controller = controller
        self.box = box
        self.avoid = avoid  # (the key's and the note's rectangles in the box's pixels)
        self.radius_px = look.px(9)
        self.ring = Marker(size=2 * self.radius_px, symbol="o", pen=pg.mkPen("w", width=look.lw(2.5)), brush=None)
        plot.addItem(self.ring, ignoreBounds=True)
        self.ring.setZValue(40)
        self.label = tip_label(plot, look.pt(BASE_POINT_SIZE))
        self._shown: tuple[float, float] | None = None
        controller.sig_hover_changed.connect(self.update)

    @property
    def shown_w(self) -> np.ndarray | None:
        """The w it marks, or None while hidden."""
        return None if self._shown is None else np.array(self._shown)

    def update(self) -> None:
        w, surface = self.controller.view_state.hover_w, self.controller.surface
        if w is None or not surface.n:
            if self._shown is not None:
                self._shown = None
                self.ring.setVisible(False)
                self.label.setVisible(False)
            return
        w0, w1 = float(w[0]), float(w[1])
        if (w0, w1) == self._shown:
            return
        self._shown = (w0, w1)
        self.ring.move_to(w0, w1)
        self.label.setText(error_label(surface.loss(w0, w1)))
        # Up and to the right of the ring, else whichever other side keeps it inside the plot and off the key.
        sx, sy = self.box.pixel_scale()
        dx, dy = self.radius_px / sx, self.radius_px / sy
        place(self.label, self.box, [(w0 + dx, w1 + dy, (0, 1)), (w0 - dx, w1 + dy, (1, 1)),
                                     (w0 + dx, w1 - dy, (0, 0)), (w0 - dx, w1 - dy, (1, 0))], self.avoid(),
              mark=(w0, w1, self.radius_px))
