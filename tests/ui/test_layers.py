"""The teaching layers of lecture parts 2–4 and 7, asserted on plotted data and state."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from gdstudio.core.document import GradientField
from gdstudio.core.model import direct_loss
from gdstudio.ui.controls.layer_toggles import GradientFieldChooser, LayerCheckBox


def test_dragging_the_line_shifts_w0_by_the_dragged_amount(window, controller):
    panel = window.data_panel
    w = controller.current.w
    on_line = QPointF(1.5, w[0] + w[1] * 1.5)
    assert panel.view_box.on_drag_start(on_line)
    panel.view_box.on_drag_move(QPointF(1.7, on_line.y() + 0.8))
    np.testing.assert_allclose(controller.current.w, [w[0] + 0.8, w[1]])
    np.testing.assert_allclose(controller.start, controller.current.w)  # Play continues from the manual fit
    assert len(controller.history) == 1
    controller.flush_frame()
    xs, ys = panel.line.getData()
    np.testing.assert_allclose(ys, w[0] + 0.8 + w[1] * xs)


def test_dragging_a_handle_tilts_the_line_about_the_other(window, controller):
    panel = window.data_panel
    handles = panel.handle_positions()
    assert panel.view_box.on_drag_start(QPointF(*handles[1]))
    target = QPointF(handles[1][0], handles[1][1] + 1.0)
    panel.view_box.on_drag_move(target)
    w = controller.current.w
    np.testing.assert_allclose(w[0] + w[1] * handles[0][0], handles[0][1])  # the pivot stayed on the line
    np.testing.assert_allclose(w[0] + w[1] * target.x(), target.y())       # the line goes through the mouse


def test_dragging_the_current_w_marker_moves_the_line(window, controller):
    panel = window.surface_panel
    w = controller.current.w
    assert panel.view_box.on_drag_start(QPointF(*w))
    panel.view_box.on_drag_move(QPointF(1.0, 1.5))
    np.testing.assert_allclose(controller.current.w, [1.0, 1.5])
    controller.flush_frame()
    xs, ys = window.data_panel.line.getData()
    np.testing.assert_allclose(ys, 1.0 + 1.5 * xs)
    assert window.readout.values["w0"].text() == "1"
    assert not panel.view_box.on_drag_start(QPointF(-5.0, -5.0))  # elsewhere: pan as usual


def test_squared_residuals_add_up_to_twice_the_error(window, controller):
    controller.set_layers(squared_residuals=True)
    panel = window.data_panel
    assert not panel.view_box.state["aspectLocked"]  # square in pixels instead (tests/ui/test_squares.py)
    data = controller.data
    assert np.sum(panel.square_sides**2) == pytest.approx(2 * direct_loss(controller.current.w, data.x, data.y))
    assert panel.squares.path().elementCount() == 5 * len(data)
    controller.set_layers(squared_residuals=False)
    assert panel.squares.path().isEmpty()


def test_squares_of_a_large_set_are_an_even_sample_and_cheap(window, controller):
    """100,000 squares would cost half a second a frame and only paint the plot orange: an even
    sample of at most SQUARES_UP_TO is drawn; the sides (and so 2E) still cover every point."""
    from gdstudio.assets import load_preset
    from gdstudio.ui.panels.data_panel import SQUARES_UP_TO

    controller.load_data(load_preset("large-100k"))
    controller.set_layers(squared_residuals=True)
    panel = window.data_panel
    data = controller.data
    assert len(panel.square_sides) == len(data)
    assert panel.squares.path().elementCount() == 5 * SQUARES_UP_TO
    first, w = panel.squares.path().elementAt(0), controller.line_w(controller.current.w)
    assert (first.x, first.y) == pytest.approx((data.x[0], min(data.y[0], w[0] + w[1] * data.x[0])))


def test_points_as_lines_in_parameter_space(window, controller):
    controller.set_layers(constraint_lines=True)
    w0, w1 = window.surface_panel.constraints.getData()
    data = controller.data
    assert len(w0) == 2 * len(data)
    # Each segment is the set of w that fit point i exactly: w0 + w1·xᵢ = yᵢ.
    np.testing.assert_allclose(w0 + w1 * np.repeat(data.x, 2), np.repeat(data.y, 2))


def test_hover_links_points_and_their_lines(window, controller):
    controller.set_layers(constraint_lines=True)
    data = controller.data
    # A position on point 0's line (x = 0.3 is unique in the data) is recognised as that line.
    w1 = 0.7
    assert window.surface_panel.constraint_near(QPointF(data.y[0] - data.x[0] * w1, w1)) == 0
    controller.set_hover_point(4)
    np.testing.assert_allclose(window.data_panel.hover_mark.getData()[0], [data.x[4]])
    hx, hy = window.surface_panel.constraint_hover.getData()
    np.testing.assert_allclose(hx + hy * data.x[4], data.y[4])
    controller.set_hover_point(-1)
    assert len(window.surface_panel.constraint_hover.getData()[0]) == 0
    assert len(window.data_panel.hover_mark.getData()[0]) == 0


def test_hovering_parameter_space_previews_that_line(window, controller):
    controller.set_hover_w((0.5, 2.0))
    xs, ys = window.data_panel.preview.getData()
    np.testing.assert_allclose(ys, 0.5 + 2.0 * xs)
    controller.set_hover_w(None)
    assert len(window.data_panel.preview.getData()[0]) == 0


@pytest.mark.parametrize("mode,sign", [(GradientField.DESCENT, -1.0), (GradientField.ASCENT, 1.0)])
def test_gradient_field_points_along_minus_or_plus_gradient(window, controller, mode, sign):
    controller.set_layers(gradient_field=mode)
    panel = window.surface_panel
    starts, ends = panel.field_arrows()
    assert len(starts) == 13 * 13
    for s, e in zip(starts, ends):
        g = sign * controller.surface.gradient(*s)
        d = e - s
        # Parallel to ±∇E, the same way round (their lengths: tests/ui/test_gradient_view.py).
        assert d[0] * g[1] - d[1] * g[0] == pytest.approx(0, abs=1e-9 * np.abs(g).max() * np.abs(d).max() + 1e-15)
        assert d @ g > 0
    ax, ay = panel.step_arrow.getData()
    w = controller.current.w
    np.testing.assert_allclose([ax[1], ay[1]], w - controller.lr * controller.current.grad)  # the step, to scale
    controller.set_layers(gradient_field=GradientField.OFF)
    assert len(panel.field.getData()[0]) == 0 and len(panel.step_arrow.getData()[0]) == 0


def test_layer_toggles_and_options_follow_each_other(window, controller):
    boxes = {b.field: b for b in window.findChildren(LayerCheckBox)}
    controller.set_layers(constraint_lines=True)
    assert boxes["constraint_lines"].isChecked()
    boxes["squared_residuals"].setChecked(True)
    assert controller.layers.squared_residuals
    chooser = window.findChildren(GradientFieldChooser)[0]
    chooser.setCurrentIndex(chooser.findData(GradientField.ASCENT))
    assert controller.layers.gradient_field is GradientField.ASCENT


def test_a_click_on_the_legend_hides_nothing(qtbot, window):
    legend = window.data_panel.legend
    sample, _label = legend.items[0]
    qtbot.mouseClick(window.data_panel.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.data_panel.mapFromScene(sample.mapToScene(QPointF(8, 8))))
    assert window.data_panel.points.isVisible()


def test_square_outlines_are_closed_squares_each_starting_anew(qapp):
    from PySide6.QtGui import QPainterPath

    from gdstudio.ui.panels.data_panel import square_outlines

    path = square_outlines(np.array([1.0, 5.0]), np.array([2.0, -1.0]), np.array([0.5, 3.0]))
    points = [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
    assert points == [(1.0, 2.0), (1.5, 2.0), (1.5, 2.5), (1.0, 2.5), (1.0, 2.0),
                      (5.0, -1.0), (8.0, -1.0), (8.0, 2.0), (5.0, 2.0), (5.0, -1.0)]
    moves = [i for i in range(path.elementCount()) if path.elementAt(i).type == QPainterPath.ElementType.MoveToElement]
    assert moves == [0, 5]
