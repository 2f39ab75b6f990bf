"""Residuals drawn as thin upright rectangles: the same pixels a line would colour, at a quarter of the cost."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from gdstudio.ui.widgets.upright_segments import UprightSegments

RED = QColor(200, 0, 0)


def _red(image, x: int, y: int) -> bool:
    c = image.pixelColor(x, y)
    return c.red() > 150 and c.green() < 80 and c.blue() < 80


def test_each_pair_is_an_upright_bar_from_one_end_to_the_other(qapp):
    widget = pg.PlotWidget(background="w")
    widget.resize(400, 300)
    bars = UprightSegments(pen=pg.mkPen(RED, width=3))
    widget.addItem(bars)
    view_box = widget.getPlotItem().getViewBox()
    view_box.setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
    bars.setData(np.repeat([2.0, 6.0], 2), np.array([1.0, 4.0, 8.0, 5.0]))  # one up, one down
    widget.show()
    qapp.processEvents()
    image = widget.grab().toImage()
    for x, lo, hi in ((2.0, 1.0, 4.0), (6.0, 5.0, 8.0)):
        def at(vx, vy):
            p = widget.mapFromScene(view_box.mapViewToScene(QPointF(vx, vy)))
            return p.x(), p.y()
        column, top = at(x, hi)
        _, bottom = at(x, lo)
        assert all(_red(image, column, y) for y in range(top + 2, bottom - 1))           # the whole bar
        assert not _red(image, column, top - 4) and not _red(image, column, bottom + 4)  # and no further
        assert _red(image, column - 1, (top + bottom) // 2) or _red(image, column + 1, (top + bottom) // 2)  # 3 px
        assert not _red(image, column + 5, (top + bottom) // 2)
    np.testing.assert_array_equal(bars.getData()[0], [2.0, 2.0, 6.0, 6.0])  # (a curve of pairs, as before)
    widget.close()
