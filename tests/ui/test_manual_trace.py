"""Slides 6–7, by hand vs by a program: the w dragged through by hand, recorded with their E, drawn
as their own curve in the loss panel and their own path in parameter space, beside the optimizer's."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from gdstudio.core.standardize import Standardize
from gdstudio.ui.style import fmt
from tests.ui.conftest import wait_idle
from tests.ui.test_data_panel import viewport_pos
from tests.ui.test_pen import drag

SHIFTS = [0.4, 0.9, 0.2, -0.6, -0.3, -0.3, 0.1]  # (one twice in a row: recorded once)


def drag_the_line(window, controller, shifts=SHIFTS) -> list:
    """Drag the line up and down by `shifts` (data units); returns the lines (w0, w1) the drag went through."""
    vb = window.data_panel.view_box
    w = controller.line_w(controller.current.w)
    press = QPointF(1.5, w[0] + w[1] * 1.5)
    assert vb.on_drag_start(press)
    for dy in shifts:
        vb.on_drag_move(QPointF(1.6, press.y() + dy))
    vb.on_drag_end(QPointF(1.6, press.y() + shifts[-1]))
    return [(w[0] + dy, w[1]) for dy in dict.fromkeys(shifts)]


def trace(controller):
    return controller.view_state.by_hand.trace


def assert_drawn(window, controller) -> None:
    """The loss panel's curve is E of each try, spread over the x range shown; the path is the w tried."""
    t = trace(controller)
    panel = window.loss_panel
    x, y = panel.by_hand.curve.getData()
    np.testing.assert_array_equal(y, t.loss)
    np.testing.assert_allclose(x, np.linspace(0, panel._x_max, len(t)), rtol=1e-12, atol=1e-12)
    assert panel.by_hand.best_line.value() == t.loss.min()
    assert panel.by_hand.best_label.toPlainText() == f"best by hand: E = {fmt(t.loss.min())}"
    px, py = window.surface_panel.by_hand.path.getData()
    np.testing.assert_array_equal(np.column_stack([px, py]), t.w)
    bx, by = window.surface_panel.by_hand.best.getData()
    np.testing.assert_array_equal([bx[0], by[0]], t.w[t.best])


def test_dragging_the_line_records_each_line_with_its_e(window, controller):
    lines = drag_the_line(window, controller)
    t = trace(controller)
    np.testing.assert_allclose(controller.line_w(t.w), lines, rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(t.w[-1], controller.start)  # the last try is where Play starts
    np.testing.assert_allclose(t.loss, controller.surface.loss(t.w[:, 0], t.w[:, 1]), rtol=1e-12, atol=1e-12)
    controller.flush_frame()
    assert_drawn(window, controller)
    key = window.loss_panel.legend.entries
    assert key == [controller.runs[0].title, "by hand"] and window.loss_panel.legend.isVisible()
    assert window.surface_panel.legend.entries[-1] == "by hand"


def test_tilting_the_line_and_dragging_the_marker_add_to_the_same_attempt(window, controller):
    drag_the_line(window, controller, [0.5])
    vb = window.data_panel.view_box
    handles = window.data_panel.handle_positions()
    assert vb.on_drag_start(QPointF(*handles[1]))
    vb.on_drag_move(QPointF(handles[1][0], handles[1][1] + 0.7))
    marker = window.surface_panel.view_box
    assert marker.on_drag_start(QPointF(*controller.current.w))
    for w in [(1.2, 1.0), (1.0, 1.3)]:
        marker.on_drag_move(QPointF(*w))
    t = trace(controller)
    assert len(t) == 4
    line = controller.line_w(t.w[1])
    np.testing.assert_allclose(line[0] + line[1] * handles[0][0], handles[0][1])  # tilted about the other handle
    np.testing.assert_array_equal(t.w[2:], [(1.2, 1.0), (1.0, 1.3)])
    np.testing.assert_allclose(t.loss, controller.surface.loss(t.w[:, 0], t.w[:, 1]), rtol=1e-12, atol=1e-12)
    assert_drawn(window, controller)


def test_the_attempt_stays_beside_the_optimizer_when_play_takes_over(qtbot, window, controller):
    drag_the_line(window, controller)
    before = trace(controller)
    controller.step(50)
    wait_idle(qtbot, controller)
    assert trace(controller) is before
    assert window.loss_panel.by_hand.curve.isVisible() and window.surface_panel.by_hand.path.isVisible()
    assert_drawn(window, controller)  # (the x range grew to 50 steps: the tries spread over it)
    assert window.loss_panel._x_max >= 50
    # The program went below the best try by hand, and the view shows both.
    assert controller.history.loss[-1] < before.loss.min()
    lo, hi = window.loss_panel.plot_widget.getPlotItem().getViewBox().viewRange()[1]
    assert lo <= controller.history.loss.min() and max(controller.history.loss.max(), before.loss.min()) <= hi


def test_the_tries_are_not_redrawn_each_frame(qtbot, window, controller):
    drag_the_line(window, controller)
    controller.flush_frame()
    calls = []
    for item in (window.loss_panel.by_hand.curve, window.surface_panel.by_hand.path):
        item.setData = lambda *a, **k: calls.append(a)
    for _ in range(5):  # (the x range stays 0…10: nothing about the tries changes)
        controller.step()
        wait_idle(qtbot, controller)
    assert controller.history.steps_taken == 5
    assert calls == []


def test_log_scale_draws_log_e(window, controller):
    drag_the_line(window, controller)
    window.loss_panel.log_scale.setChecked(True)
    t = trace(controller)
    np.testing.assert_allclose(window.loss_panel.by_hand.curve.getData()[1], np.log10(t.loss), rtol=1e-12)
    assert window.loss_panel.by_hand.best_line.value() == pytest.approx(np.log10(t.loss.min()), rel=1e-12)


def test_standardising_keeps_the_path_on_the_same_lines(window, controller):
    drag_the_line(window, controller)
    lines = controller.line_w(trace(controller).w)
    controller.set_standardize(Standardize.X)
    controller.flush_frame()
    np.testing.assert_allclose(controller.line_w(trace(controller).w), lines, rtol=1e-12, atol=1e-12)
    assert_drawn(window, controller)


def test_adding_a_point_gives_the_tries_their_e_on_the_new_data(window, controller):
    drag_the_line(window, controller)
    controller.add_point(2.9, 1.0)
    controller.flush_frame()
    t = trace(controller)
    np.testing.assert_allclose(t.loss, controller.surface.loss(t.w[:, 0], t.w[:, 1]), rtol=1e-12, atol=1e-12)
    assert_drawn(window, controller)


@pytest.mark.parametrize("how", ["menu", "clear points"])
def test_clearing_the_attempt_empties_both_panels(window, controller, how):
    drag_the_line(window, controller)
    if how == "menu":
        [action] = [a for a in window.findChildren(QAction) if a.text() == "Clear the attempt &by hand"]
        action.trigger()
    else:
        controller.clear_points()
    controller.flush_frame()
    assert len(trace(controller)) == 0
    for item in (window.loss_panel.by_hand.curve, window.loss_panel.by_hand.best_line,
                 window.surface_panel.by_hand.path, window.surface_panel.by_hand.best):
        assert not item.isVisible()
    assert "by hand" not in window.loss_panel.legend.entries
    assert "by hand" not in window.surface_panel.legend.entries
    assert not window.loss_panel.legend.isVisible()  # (one run and no attempt: nothing to name)


def test_a_long_attempt_is_drawn_thinned(window, controller):
    marker = window.surface_panel.view_box
    assert marker.on_drag_start(QPointF(*controller.current.w))
    for t in np.linspace(0.0, 1.0, 1500):
        marker.on_drag_move(QPointF(2.5 - 1.5 * t, 0.3 + np.sin(7 * t)))
    t = trace(controller)
    assert len(t) == 1500
    px, py = window.surface_panel.by_hand.path.getData()
    assert len(px) <= 1000 and (px[0], py[0]) == tuple(t.w[0]) and (px[-1], py[-1]) == tuple(t.w[-1])
    x, y = window.loss_panel.by_hand.curve.getData()
    assert len(y) <= 1001 and y.min() == t.loss.min() and y.max() == t.loss.max()


def test_a_real_mouse_drag_of_the_line_is_recorded(window, controller):
    panel = window.data_panel
    QApplication.processEvents()
    w = controller.line_w(controller.current.w)
    start = viewport_pos(panel, 1.5, w[0] + w[1] * 1.5)
    path = [QPointF(start.x(), start.y() + dy) for dy in (0, 10, 30, 60, 40, 80)]
    drag(window, panel.viewport(), path)
    t = trace(controller)
    assert len(t) >= 3
    np.testing.assert_array_equal(t.w[-1], controller.start)
    assert controller.line_w(t.w[-1])[0] < w[0]  # (dragged down on screen: a lower line)
    np.testing.assert_allclose(controller.line_w(t.w)[:, 1], w[1], rtol=1e-12)  # shifted, not tilted
    np.testing.assert_allclose(t.loss, controller.surface.loss(t.w[:, 0], t.w[:, 1]), rtol=1e-12, atol=1e-12)


def test_a_new_look_rebuilds_the_panels_with_the_attempt_on_them(window, controller):
    drag_the_line(window, controller)
    window.rebuild()  # (a new theme, size or language)
    assert_drawn(window, controller)
    assert window.loss_panel.legend.entries[-1] == window.surface_panel.legend.entries[-1] == "by hand"
