"""Items updated every frame, cheap to repaint: curves that grow at their end redraw only their tail (the loss
curve, the optimizer's path); scatters keep their bounding rectangle while nothing changes."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF

from gdstudio.ui.panels.surface_panel import PATH_DISPLAY_POINTS, thin_path
from gdstudio.ui.widgets.curves import Scatter
from gdstudio.ui.widgets.growing_curve import SHORTEST_TAIL, GrowingCurve


def _body(curve: GrowingCurve) -> np.ndarray:
    return pg.PlotDataItem.getData(curve)[0]


@pytest.fixture
def curve(qapp):
    plot = pg.PlotWidget()
    item = GrowingCurve(pen="r")
    plot.addItem(item)
    yield item
    plot.close()


def test_growing_only_moves_the_tail_and_the_whole_curve_is_still_there(curve):
    x = np.arange(200.0)
    y = np.sqrt(x)
    curve.setData(x[:100], y[:100])
    body = _body(curve).copy()
    for n in range(101, len(body) + SHORTEST_TAIL + 1):  # a frame at a time
        curve.setData(x[:n], y[:n])
        np.testing.assert_array_equal(_body(curve), body)  # (its pixmap is kept)
        gx, gy = curve.getData()
        np.testing.assert_array_equal(gx, x[:n])
        np.testing.assert_array_equal(gy, y[:n])
        tail = curve.tail.getData()[0]
        assert tail[0] == body[-1]  # one line: the tail starts where the body ends
    curve.setData(x, y)  # a long tail: the body takes it over (but for the newest points)
    assert len(_body(curve)) > len(body)
    np.testing.assert_array_equal(curve.getData()[0], x)


def test_changed_early_points_redraw_the_body(curve):
    x = np.arange(110.0)
    curve.setData(x[:100], x[:100])
    curve.setData(x, x)  # grown: the body is as it was
    y = x.copy()
    y[3] = -1.0  # an edit: the history changed before the tail
    curve.setData(x, y)
    assert pg.PlotDataItem.getData(curve)[1][3] == -1.0  # the body itself, not only the whole
    np.testing.assert_array_equal(curve.getData()[1], y)


def test_shrinking_and_clearing(curve):
    x = np.arange(50.0)
    curve.setData(x, x)
    curve.setData(x[:10], x[:10])  # a step back, a scrub
    np.testing.assert_array_equal(curve.getData()[0], x[:10])
    curve.setData([], [])
    got = curve.getData()[0]
    assert got is None or len(got) == 0
    curve.setData(x[:1], x[:1])
    np.testing.assert_array_equal(curve.getData()[0], x[:1])


def test_log_mode_reaches_the_tail(curve):
    x = np.arange(1.0, 60.0)
    y = 10.0 ** (-x / 10)
    curve.setData(x[:40], y[:40])
    curve.setData(x, y)
    curve.setLogMode(False, True)
    np.testing.assert_allclose(curve.getData()[1], np.log10(y))


def test_thin_path_keeps_the_points_drawn_before_as_it_grows():
    rng = np.random.default_rng(3)
    w = np.cumsum(rng.normal(size=(50_000, 2)), axis=0)
    shown = thin_path(w[:20_000])
    assert len(shown) <= PATH_DISPLAY_POINTS + 1
    np.testing.assert_array_equal(shown[-1], w[19_999])  # always the newest state
    np.testing.assert_array_equal(shown[:PATH_DISPLAY_POINTS // 2], w[:PATH_DISPLAY_POINTS // 2])  # every early step
    longer = thin_path(w[:20_500])
    np.testing.assert_array_equal(longer[:len(shown) - 1], shown[:-1])  # (the same stride: only appended)
    np.testing.assert_array_equal(thin_path(w[:300]), w[:300])  # short paths whole
    assert len(thin_path(w)) <= PATH_DISPLAY_POINTS + 1


def test_a_scatter_keeps_its_bounding_rectangle_only_while_nothing_changes(qapp):
    widget = pg.PlotWidget()
    widget.resize(400, 300)
    scatter = Scatter(size=10)
    widget.addItem(scatter)
    widget.show()
    view_box = widget.getPlotItem().getViewBox()
    view_box.setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
    scatter.setData([1.0, 2.0], [1.0, 3.0])
    first = QRectF(scatter.boundingRect())
    assert first == pg.ScatterPlotItem.boundingRect(scatter)  # (as pyqtgraph works it out)
    scatter.setData([1.0, 5.0], [1.0, 3.0])                   # new data
    assert scatter.boundingRect() == pg.ScatterPlotItem.boundingRect(scatter) != first
    wide = QRectF(scatter.boundingRect())
    scatter.setSize(30)                                       # bigger symbols: more padding
    assert scatter.boundingRect() == pg.ScatterPlotItem.boundingRect(scatter) != wide
    padded = QRectF(scatter.boundingRect())
    view_box.setRange(xRange=(0, 100), yRange=(0, 100), padding=0)  # a zoom: a pixel is more of the data
    qapp.processEvents()
    assert scatter.boundingRect() == pg.ScatterPlotItem.boundingRect(scatter) != padded
    widget.close()
