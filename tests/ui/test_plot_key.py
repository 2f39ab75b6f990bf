"""The plot key (legend): in the corner that covers least of what is taught, folded when it would take
more than 8 % of its plot or cover a taught point everywhere, opened or folded by a click."""

import numpy as np
import pyqtgraph as pg
import pytest

from gdstudio.ui import style as S
from gdstudio.ui.widgets.plot_key import CORNERS


@pytest.fixture
def plot(qtbot):
    S.configure_pyqtgraph()
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.getPlotItem().getViewBox().setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
    yield widget


def key_for(plot, points, entries=1, look=None):
    item = plot.getPlotItem()
    curves = [item.plot([0, 1], [0, 1]) for _ in range(entries)]
    taught = {"points": points}
    key = S.add_legend(look or S.Look(), item, [(c, f"curve {i}") for i, c in enumerate(curves)],
                       taught=lambda: ((taught["points"][0], taught["points"][1], 5.0, 1.0),))
    return key, taught


def inside(key, xs, ys) -> int:
    box = key.parentItem()
    rect = key.mapRectToItem(box, key.boundingRect())
    t = box.childTransform()
    px, py = t.m11() * np.asarray(xs) + t.m31(), t.m22() * np.asarray(ys) + t.m32()
    under = (px >= rect.left()) & (px <= rect.right()) & (py >= rect.top()) & (py <= rect.bottom())
    return int(np.count_nonzero(under))


def test_it_takes_the_corner_free_of_points(plot):
    # Points near the top left and the top right: the key goes to a bottom corner.
    xs, ys = np.array([0.5, 1.0, 9.0, 9.5]), np.array([9.5, 9.0, 9.5, 9.0])
    key, _ = key_for(plot, (xs, ys))
    assert not key.folded and key.corner in ("bottom-left", "bottom-right")
    assert inside(key, xs, ys) == 0


def test_it_moves_when_a_point_comes_under_it_and_folds_when_every_corner_is_taken(plot):
    key, taught = key_for(plot, (np.array([5.0]), np.array([5.0])))
    first = key.corner
    corner_points = {"top-left": (0.3, 9.7), "top-right": (9.7, 9.7), "bottom-right": (9.7, 0.3),
                     "bottom-left": (0.3, 0.3)}
    taught["points"] = (np.array([corner_points[first][0]]), np.array([corner_points[first][1]]))
    key.place()
    assert key.corner != first and not key.folded
    every = np.array([corner_points[c] for c in CORNERS])
    taught["points"] = (every[:, 0], every[:, 1])
    key.place()
    assert key.folded  # (a folded key is a small tab)


def test_too_big_a_key_folds_and_a_click_opens_it(plot):
    key, _ = key_for(plot, (np.array([5.0]), np.array([5.0])), entries=8, look=S.Look.of("projector", 2.0))
    box = key.parentItem()
    assert key.folded
    tab = key.boundingRect()
    assert tab.width() * tab.height() <= 0.08 * box.width() * box.height()
    assert key.entries == [f"curve {i}" for i in range(8)]  # every entry is still there, folded away
    key.toggle()  # (what a click does)
    assert not key.folded and len(key.items) == 8
    key.fit()  # a resize keeps the teacher's choice
    assert not key.folded


def test_following_moving_markers_it_catches_up_after_the_last_move(qtbot, plot):
    key, taught = key_for(plot, (np.array([5.0]), np.array([5.0])))
    key.follow()  # (a first call places it at once)
    first = key.corner
    under = {"top-left": (0.3, 9.7), "top-right": (9.7, 9.7), "bottom-right": (9.7, 0.3), "bottom-left": (0.3, 0.3)}
    taught["points"] = (np.array([under[first][0]]), np.array([under[first][1]]))
    key.follow()  # (within a tenth of a second of the last: deferred, not dropped)
    qtbot.waitUntil(lambda: not key.following, timeout=2000)
    assert key.corner != first
