"""The derivative slices (lecture parts 6–7), asserted on the plotted data."""

import numpy as np
import pytest

from gdstudio.core.dataset import DataSet
from gdstudio.engine.controller import Controller
from gdstudio.ui.panels.slice_panel import SlicePanel, slice_lines, slice_loss
from gdstudio.ui.style import Look
from tests.ui.conftest import wait_idle


@pytest.fixture
def panel(qtbot, controller):
    p = SlicePanel(controller, Look())
    qtbot.addWidget(p)
    p.show()  # panels refresh only while on screen
    qtbot.waitExposed(p)
    return p


def tangent_slope(panel, axis: int) -> float:
    x, y = panel.tangents[axis].getData()
    assert len(x) == 2
    return (y[1] - y[0]) / (x[1] - x[0])


def cut_loss(surface, axis: int, w, xs):
    return surface.loss(xs, w[1]) if axis == 0 else surface.loss(w[0], xs)


def assert_slices_match(panel, controller) -> None:
    """Curves, tangents and markers are exactly the cuts through the current w."""
    surface, state = controller.surface, controller.current
    w = state.w
    analytic = surface.gradient(*w)
    np.testing.assert_allclose(state.grad, analytic, rtol=1e-12)
    for axis in (0, 1):
        # The tangent's slope is the partial derivative ∂E/∂w_axis ...
        assert tangent_slope(panel, axis) == pytest.approx(analytic[axis], rel=1e-9, abs=1e-9)
        # ... and it touches the curve at the current point.
        tx, ty = panel.tangents[axis].getData()
        assert tx.mean() == pytest.approx(w[axis])
        assert ty.mean() == pytest.approx(state.loss, rel=1e-12)
        # The curve is E along the cut and passes through (w_axis, E(w)).
        xs, ys = panel.curves[axis].getData()
        np.testing.assert_allclose(ys, cut_loss(surface, axis, w, xs), rtol=1e-12)
        hit = np.flatnonzero(xs == w[axis])
        assert len(hit) >= 1
        assert ys[hit[0]] == pytest.approx(state.loss, rel=1e-12)
        mx, my = panel.markers[axis].getData()
        assert (mx[0], my[0]) == pytest.approx((w[axis], state.loss))
        # The slope shown as a number is the same one.
        assert f"∂E/∂w{axis}" in panel.slope_labels[axis].text()


def test_tangent_slope_is_the_partial_derivative_at_the_start(panel, controller):
    assert controller.history.steps_taken == 0
    assert_slices_match(panel, controller)


def test_tangent_slope_is_the_partial_derivative_after_steps(qtbot, panel, controller):
    controller.step(5)
    wait_idle(qtbot, controller)
    assert controller.history.steps_taken == 5
    assert_slices_match(panel, controller)


def test_tangent_agrees_with_the_curve_numerically(panel, controller):
    """The plotted curve's own central difference at w gives the tangent's slope."""
    w = controller.current.w
    for axis in (0, 1):
        h = 1e-5
        e = slice_loss(controller.surface, axis, w, [w[axis] - h, w[axis] + h])
        assert tangent_slope(panel, axis) == pytest.approx((e[1] - e[0]) / (2 * h), rel=1e-6)


def test_label_shows_the_slope_value(panel, controller):
    g = controller.current.grad
    for axis in (0, 1):
        text = panel.slope_labels[axis].text().replace("−", "-")
        assert f"= {g[axis]:.4g}" in text


def test_slope_reads_zero_at_the_optimum(qtbot, panel, controller):
    controller.set_start(*controller.surface.optimum())
    controller.flush_frame()
    for axis in (0, 1):
        assert "≈ 0" in panel.slope_labels[axis].text()
        assert tangent_slope(panel, axis) == pytest.approx(0.0, abs=1e-9)


def test_titles_name_the_fixed_parameter(panel, controller):
    w = controller.current.w
    assert panel.plots[0].titleLabel.text == f"E(w0, w1 = {w[1]:.3g})"
    assert panel.plots[1].titleLabel.text == f"E(w0 = {w[0]:.3g}, w1)"


def test_view_shows_curve_point_and_tangent(panel, controller):
    w = controller.current.w
    for axis in (0, 1):
        (x_lo, x_hi), (y_lo, y_hi) = panel.plots[axis].getViewBox().viewRange()
        assert (x_lo, x_hi) == pytest.approx(panel.x_ranges[axis])
        xs, ys = panel.curves[axis].getData()
        assert xs[0] == pytest.approx(x_lo) and xs[-1] == pytest.approx(x_hi)
        assert x_lo < w[axis] < x_hi
        _, ty = panel.tangents[axis].getData()
        assert y_lo <= min(ys.min(), ty.min()) and ys.max() <= y_hi
        # Both the optimum's coordinate and the bottom of this cut are in view.
        assert x_lo < controller.surface.optimum()[axis] < x_hi
        assert x_lo < xs[np.argmin(ys)] < x_hi


def test_range_is_stable_while_the_point_stays_inside(qtbot, panel, controller):
    before = list(panel.x_ranges)
    controller.step(1)
    wait_idle(qtbot, controller)
    assert panel.x_ranges == before
    controller.step(200)
    wait_idle(qtbot, controller)
    w = controller.current.w
    for axis in (0, 1):
        lo, hi = panel.x_ranges[axis]
        assert lo < w[axis] < hi


def test_range_recentres_once_the_run_has_arrived(qtbot, panel, controller):
    controller.play()
    qtbot.waitUntil(lambda: controller.message[0].startswith("Converged"), timeout=10000)
    controller.flush_frame()
    opt = controller.surface.optimum()
    for axis in (0, 1):
        lo, hi = panel.x_ranges[axis]
        assert abs(opt[axis] - 0.5 * (lo + hi)) < 0.1 * (hi - lo)
    assert_slices_match(panel, controller)


def test_range_refits_to_a_new_run(qtbot, panel, controller):
    controller.step(200)
    wait_idle(qtbot, controller)
    controller.set_start(-3.0, 4.0)  # a reset: the point jumps far away
    controller.flush_frame()
    for axis, c in enumerate((-3.0, 4.0)):
        lo, hi = panel.x_ranges[axis]
        assert 0.5 * (lo + hi) == pytest.approx(c)
    assert_slices_match(panel, controller)


def test_curves_follow_data_edits(panel, controller):
    before = [panel.curves[axis].getData()[1].copy() for axis in (0, 1)]
    controller.add_point(4.0, 1.0)
    for axis in (0, 1):
        assert not np.allclose(panel.curves[axis].getData()[1], before[axis])
    assert_slices_match(panel, controller)


def test_items_are_updated_in_place(qtbot, panel, controller):
    items = [list(group) for group in (panel.curves, panel.tangents, panel.markers)]
    controller.add_point(4.0, 1.0)
    controller.step(3)
    wait_idle(qtbot, controller)
    assert items == [list(group) for group in (panel.curves, panel.tangents, panel.markers)]
    for axis in (0, 1):
        plotted = panel.plots[axis].listDataItems()
        assert panel.curves[axis] in plotted and panel.tangents[axis] in plotted


def plotted_arrays(panel):
    for axis in (0, 1):
        for item in (panel.curves[axis], panel.tangents[axis], panel.markers[axis]):
            for a in item.getData():
                yield np.asarray(a if a is not None else [], dtype=float)


def test_no_data_plots_nothing_non_finite(qtbot, qapp):
    controller = Controller(DataSet())
    try:
        panel = SlicePanel(controller, Look())
        qtbot.addWidget(panel)
        panel.show()  # panels refresh only while on screen
        qtbot.waitUntil(lambda: panel.slope_labels[0].text() != "")
        assert all(len(a) == 0 for a in plotted_arrays(panel))
        assert all(hint.isVisible() for hint in panel.hints)
        for axis in (0, 1):
            assert "—" in panel.slope_labels[axis].text()
            assert np.isfinite(panel.plots[axis].getViewBox().viewRange()).all()
        # The first point makes a cut; every plotted number is finite.
        controller.add_point(1.0, 2.0)
        assert not any(hint.isVisible() for hint in panel.hints)
        assert all(len(a) and np.isfinite(a).all() for a in plotted_arrays(panel))
        assert_slices_match(panel, controller)
    finally:
        controller.shutdown()


def test_clearing_the_data_empties_the_plots(panel, controller):
    controller.clear_points()
    assert all(len(a) == 0 for a in plotted_arrays(panel))
    assert all(hint.isVisible() for hint in panel.hints)


def test_points_at_x_zero_give_a_flat_cut_along_w1(panel, controller):
    """With every x = 0 the slope w1 does not change E: a flat cut, still finite and drawn."""
    controller.load_data(DataSet([0.0, 0.0], [1.0, 2.0]))
    assert all(len(a) and np.isfinite(a).all() for a in plotted_arrays(panel))
    assert tangent_slope(panel, 1) == 0.0
    _, ys = panel.curves[1].getData()
    y_lo, y_hi = panel.plots[1].getViewBox().viewRange()[1]
    assert y_lo < ys.min() and ys.max() < y_hi and y_hi - y_lo > 0


def test_diverging_run_stays_finite(qtbot, panel, controller):
    controller.set_lr(0.2)  # far above 2/λmax for this data
    controller.step(100)
    wait_idle(qtbot, controller)
    assert controller.message[0].startswith("Diverged")
    assert all(np.isfinite(a).all() for a in plotted_arrays(panel))
    assert_slices_match(panel, controller)


def test_layout_side_by_side_when_wide_and_stacked_when_tall(qtbot, panel):
    panel.resize(500, 320)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.plot_widgets[1].geometry().left() >= panel.plot_widgets[0].geometry().right())
    assert panel.plot_widgets[0].width() > 150
    panel.resize(320, 520)
    qtbot.waitUntil(lambda: panel.plot_widgets[1].geometry().top() >= panel.plot_widgets[0].geometry().bottom())


def test_slice_lines_cross_the_view_through_w():
    (xs0, ys0), (xs1, ys1) = slice_lines((-1.0, 3.0), (0.0, 2.0), np.array([0.5, 1.5]))
    np.testing.assert_array_equal(xs0, [-1.0, 3.0])
    np.testing.assert_array_equal(ys0, [1.5, 1.5])
    np.testing.assert_array_equal(xs1, [0.5, 0.5])
    np.testing.assert_array_equal(ys1, [0.0, 2.0])


def test_hidden_slices_wait_for_their_tab(qtbot, window, controller):
    """Data edits do not redraw the slice view while its tab is hidden; showing it catches up."""
    panel = window.slice_panel
    assert not panel.isVisible()
    before = [a.copy() for a in plotted_arrays(panel)]
    controller.add_point(2.0, 9.0)
    assert all(np.array_equal(a, b) for a, b in zip(plotted_arrays(panel), before))
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.slice_page))
    qtbot.waitUntil(lambda: not all(np.array_equal(a, b) for a, b in zip(plotted_arrays(panel), before)))
    assert_slices_match(panel, controller)


def test_the_tab_is_built_when_first_shown_not_at_each_rebuild(qtbot, window):
    """A change of look rebuilds every panel: the partial derivatives' plots wait until their tab is shown."""
    assert not window.slice_page.built
    window.classroom.set_theme("dark")
    qtbot.waitUntil(window.centralWidget().isVisible)
    assert not window.slice_page.built
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.slice_page))
    assert window.slice_page.built and window.slice_panel.isVisible()
    window.classroom.set_theme("light")
    qtbot.waitUntil(window.centralWidget().isVisible)
    assert window.slice_page.built  # (the tab is still the one shown)
