"""Edits of a large data set (above the point cloud's and the incremental statistics' thresholds) in the real
window: the plotted arrays, the error surface and the decimated layers follow each edit, and undo brings
back exactly what was there."""

import numpy as np
import pytest

from gdstudio.core.dataset import INCREMENTAL_FROM, DataSet
from gdstudio.core.model import ErrorSurface
from gdstudio.engine.controller import Controller
from gdstudio.ui.main_window import MainWindow
from gdstudio.ui.panels.data_panel import SCATTER_UP_TO, SQUARES_UP_TO
from gdstudio.ui.style import configure_pyqtgraph

N = max(INCREMENTAL_FROM, SCATTER_UP_TO) + 1_000


@pytest.fixture
def large(qtbot, qapp):
    rng = np.random.default_rng(7)
    x = rng.uniform(1.0, 10.0, N)
    controller = Controller(DataSet(x, 2.0 + 0.5 * x + rng.normal(0.0, 1.0, N)), speed=1000)
    configure_pyqtgraph()
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield controller, window
    controller.shutdown()


def assert_surface_of_the_data(controller) -> None:
    data, surface = controller.model_data, controller.surface
    want = ErrorSurface.from_data(data.x, data.y, controller.loss_form)
    assert surface.n == want.n
    np.testing.assert_allclose([surface.mx, surface.my, surface.sxx, surface.sxy, surface.syy],
                               [want.mx, want.my, want.sxx, want.sxy, want.syy], rtol=1e-10)


def assert_cloud_shows_the_data(window, controller) -> None:
    cloud = window.data_panel.cloud
    assert cloud.isVisible() and not window.data_panel.points.isVisible()
    np.testing.assert_array_equal(cloud._x, controller.data.x)
    np.testing.assert_array_equal(cloud._y, controller.data.y)


def test_each_edit_updates_the_cloud_and_the_surface(large):
    controller, window = large
    controller.add_point(4.0, 9.0)
    assert len(controller.data) == N + 1
    assert_cloud_shows_the_data(window, controller)
    assert_surface_of_the_data(controller)
    controller.move_point(10, 0.5, -3.0)
    assert (controller.data.x[10], controller.data.y[10]) == (0.5, -3.0)
    assert_cloud_shows_the_data(window, controller)
    assert_surface_of_the_data(controller)
    controller.remove_point(0)
    assert len(controller.data) == N
    assert_cloud_shows_the_data(window, controller)
    assert_surface_of_the_data(controller)
    np.testing.assert_allclose(window.surface_panel.optimum_mark.getData()[0], [controller.surface.optimum()[0]])


def test_undo_and_redo_bring_back_the_data_and_its_surface(large):
    controller, window = large
    before = controller.data
    surface = controller.surface
    controller.move_point(3, 2.0, 20.0)
    controller.add_point(5.0, -5.0)
    window.undo_history.undo()
    window.undo_history.undo()
    assert controller.data is before
    assert controller.surface == surface  # (the very statistics it had: nothing summed again, nothing drifted)
    assert_cloud_shows_the_data(window, controller)
    window.undo_history.redo()
    assert (controller.data.x[3], controller.data.y[3]) == (2.0, 20.0)
    assert_surface_of_the_data(controller)


def test_clear_and_undo_refit_the_view_with_the_origin(large):
    controller, window = large
    controller.clear_points()
    assert not window.data_panel.cloud.isVisible() or window.data_panel.cloud.count() == 0
    window.undo_history.undo()
    assert_cloud_shows_the_data(window, controller)
    (x0, x1), (y0, y1) = window.data_panel.view_box.viewRange()
    data = controller.data
    assert x0 <= 0.0 <= x1 and y0 <= min(data.y.min(), 0.0) and y1 >= data.y.max() and x1 >= data.x.max()


def test_squares_of_a_large_set_are_an_even_sample_that_follows_an_edit(large):
    controller, window = large
    panel = window.data_panel
    controller.set_layers(squared_residuals=True)
    controller.flush_frame()
    path = panel.squares.path()
    assert panel.squares.isVisible() and not path.isEmpty()
    squares = path.elementCount() // 5  # (five corners each: the first again closes it)
    assert SQUARES_UP_TO // 2 <= squares <= SQUARES_UP_TO
    w = controller.line_w(controller.current.w)
    np.testing.assert_allclose(panel.square_sides, np.abs(controller.data.y - (w[0] + w[1] * controller.data.x)))
    controller.move_point(0, controller.data.x[0], controller.data.y[0] + 50.0)  # (the first is in the sample)
    controller.flush_frame()
    w = controller.line_w(controller.current.w)
    assert panel.square_sides[0] == pytest.approx(abs(controller.data.y[0] - w[0] - w[1] * controller.data.x[0]))
    first = panel.squares.path().elementAt(2).y - panel.squares.path().elementAt(0).y
    assert first == pytest.approx(panel.square_sides[0])
