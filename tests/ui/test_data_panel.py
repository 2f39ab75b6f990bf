"""Mouse editing of the data in the data panel, asserted on the controller's data."""

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.conftest import wait_idle


def viewport_pos(panel, x: float, y: float):
    """Widget coordinates (of the panel's viewport) of data point (x, y)."""
    scene = panel.view_box.mapViewToScene(QPointF(x, y))
    return panel.mapFromScene(scene)


def test_click_adds_point_at_data_coordinates(qtbot, window, controller):
    panel = window.data_panel
    n = len(controller.data)
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=viewport_pos(panel, 1.5, 0.5))
    assert len(controller.data) == n + 1
    sx, sy = panel.view_box.pixel_scale()  # pixels per unit: the click is exact to a pixel
    assert abs(controller.data.x[-1] - 1.5) * sx <= 1.5
    assert abs(controller.data.y[-1] - 0.5) * sy <= 1.5


def test_click_on_a_point_does_not_add_another(qtbot, window, controller):
    panel = window.data_panel
    n = len(controller.data)
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton,
                     pos=viewport_pos(panel, controller.data.x[3], controller.data.y[3]))
    assert len(controller.data) == n


def test_right_click_removes_the_point_under_the_mouse(qtbot, window, controller):
    panel = window.data_panel
    x, y = controller.data.x.copy(), controller.data.y.copy()
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.RightButton, pos=viewport_pos(panel, x[5], y[5]))
    np.testing.assert_array_equal(controller.data.x, np.delete(x, 5))
    np.testing.assert_array_equal(controller.data.y, np.delete(y, 5))


def test_delete_key_removes_hovered_point(qtbot, window, controller):
    panel = window.data_panel
    n = len(controller.data)
    pos = QPointF(viewport_pos(panel, controller.data.x[0], controller.data.y[0]))
    move = QMouseEvent(QEvent.Type.MouseMove, pos, panel.viewport().mapToGlobal(pos), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel.viewport(), move)
    assert panel.hovered == 0
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Delete)
    assert len(controller.data) == n - 1


def test_dragging_a_point_moves_it(window, controller):
    vb = window.data_panel.view_box
    x0, y0 = controller.data.x[2], controller.data.y[2]
    assert vb.on_drag_start(QPointF(x0, y0))
    vb.on_drag_move(QPointF(x0 + 0.4, y0 - 0.3))
    vb.on_drag_end(QPointF(x0 + 0.5, y0 - 0.5))
    assert (controller.data.x[2], controller.data.y[2]) == (x0 + 0.5, y0 - 0.5)


def test_drag_on_empty_space_is_left_to_panning(window, controller):
    assert not window.data_panel.view_box.on_drag_start(QPointF(-10.0, -10.0))


def test_line_and_residuals_follow_w(qtbot, window, controller):
    controller.step()
    wait_idle(qtbot, controller)
    w = controller.current.w
    xs, ys = window.data_panel.line.getData()
    np.testing.assert_allclose(ys, w[0] + w[1] * xs)
    rx, ry = window.data_panel.residuals.getData()
    data = controller.data
    np.testing.assert_allclose(rx, np.repeat(data.x, 2))
    np.testing.assert_allclose(ry[0::2], data.y)
    np.testing.assert_allclose(ry[1::2], w[0] + w[1] * data.x)


def test_clear_empties_and_shows_hint(qtbot, window, controller):
    window.findChild(QPushButton, "clear_points").click()
    assert len(controller.data) == 0
    assert window.data_panel.hint.isVisible()
    assert not window.controls.step_button.isEnabled()
    assert not window.controls.play_button.isEnabled()
    assert "click in the data panel" in window.message.text()
    assert len(window.data_panel.points.data) == 0


def test_large_data_is_drawn_by_the_point_cloud(window, controller):
    from gdstudio.core.dataset import DataSet

    rng = np.random.default_rng(2)
    controller.load_data(DataSet(rng.uniform(0, 3, 20_000), rng.uniform(0, 5, 20_000)))
    panel = window.data_panel
    assert panel.cloud.count() == 20_000 and len(panel.points.data) == 0
    assert len(panel.residuals.getData()[0] if panel.residuals.getData()[0] is not None else []) == 0
    controller.add_point(1.0, 1.0)
    assert panel.cloud.count() == 20_001
    assert panel.point_near(QPointF(1.0, 1.0)) == 20_000  # hit testing does not depend on the drawing
    controller.load_data(DataSet([1.0, 2.0], [1.0, 3.0]))
    assert panel.cloud.count() == 0 and len(panel.points.data) == 2


def test_the_lectures_axes_are_named_in_japanese_in_a_japanese_window(window, controller):
    """The deck's axis names (広告費 (10万円) / クリック数 (千回)) once the window speaks Japanese;
    the data keep their own (English) names, so switching back shows those again."""
    from gdstudio import i18n
    from gdstudio.assets import default_dataset

    controller.load_data(default_dataset())
    axis = lambda: (window.data_panel.getPlotItem().getAxis("bottom").labelText,  # noqa: E731
                    window.data_panel.getPlotItem().getAxis("left").labelText)
    assert axis() == ("advertising spend (¥100k)", "clicks (×1000)")
    try:
        window.classroom.set_language("ja")
        assert axis() == ("広告費 (10万円)", "クリック数 (千回)")
        assert controller.data.x_name == "advertising spend (¥100k)"
    finally:
        window.classroom.set_language("en")
        i18n.install_language(QApplication.instance(), "en")
    assert axis() == ("advertising spend (¥100k)", "clicks (×1000)")
