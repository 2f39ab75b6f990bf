"""The derivative on the partial-derivatives tab (slides 17–19): the secant through w and w + h, h
shrinking, the average rate of change beside the derivative at the point, the derivative function."""

import re

import numpy as np
import pytest

from gdstudio.core.dataset import DataSet
from gdstudio.core.derivative import H_DECADES, H_LARGEST, h_fraction, h_step
from gdstudio.core.model import LossForm
from gdstudio.engine.controller import Controller
from gdstudio.ui.panels.slice_panel import SlicePanel, minus
from gdstudio.ui.style import Look, fmt
from gdstudio.ui.widgets.step_size import STEPS
from tests.ui.conftest import wait_idle


@pytest.fixture
def panel(qtbot, controller):
    p = SlicePanel(controller, Look())
    qtbot.addWidget(p)
    p.resize(760, 560)  # room for the derivative function's plots
    p.show()  # panels refresh only while on screen
    qtbot.waitExposed(p)
    return p


def number(label) -> float:
    """The number a label shows ("ΔE/Δw0 = −2.104 …" → −2.104)."""
    found = re.search(r"= ([−\-]?[0-9.]+(?:e[−\-+]?\d+)?)", label.text())
    assert found, label.text()
    return float(found.group(1).replace("−", "-"))


def expected_h(panel, controller, axis: int) -> float:
    w = controller.current.w
    return h_step(h_fraction(panel.step_row.position), float(w[axis]), panel.x_ranges[axis])


def assert_secants_match(panel, controller) -> None:
    """The secant's ends are (w_i, E(w)) and (w_i + h, E(w + h·e_i)), for the slider's h; the numbers
    shown are its slope and the partial derivative."""
    surface, w = controller.surface, controller.current.w
    grad = surface.gradient(*w)
    for axis in (0, 1):
        h = expected_h(panel, controller, axis)
        assert h != 0
        moved = w.copy()
        moved[axis] += h
        xs, ys = panel.secants[axis].getData()
        np.testing.assert_allclose(xs, [w[axis], w[axis] + h], rtol=1e-12)
        np.testing.assert_allclose(ys, [surface.loss(*w), surface.loss(*moved)], rtol=1e-12)
        mx, my = panel.secant_markers[axis].getData()
        assert (mx[0], my[0]) == pytest.approx((w[axis] + h, surface.loss(*moved)), rel=1e-12)
        slope = (surface.loss(*moved) - surface.loss(*w)) / h
        assert panel.secant_values[axis].slope == pytest.approx(slope, rel=1e-9)
        # The dashed line on is the same secant.
        lx, ly = panel.secant_lines[axis].getData()
        assert (ly[1] - ly[0]) / (lx[1] - lx[0]) == pytest.approx(slope, rel=1e-9)
        # The two numbers side by side: the average rate of change and the derivative at the point.
        assert f"ΔE/Δw{axis}" in panel.secant_labels[axis].text()
        assert number(panel.secant_labels[axis]) == pytest.approx(slope, rel=1e-3)
        assert number(panel.slope_labels[axis]) == pytest.approx(grad[axis], rel=1e-3)
        assert panel.h_texts[axis].toPlainText() == f"h = {minus(fmt(panel.secant_values[axis].h, 2))}"


def test_secant_through_w_and_w_plus_h(panel, controller):
    assert panel.step_row.position == 0  # the largest h first: the secant is far from the tangent
    assert_secants_match(panel, controller)
    for axis in (0, 1):
        lo, hi = panel.x_ranges[axis]
        assert abs(panel.secant_values[axis].h) == pytest.approx(H_LARGEST * (hi - lo))


def test_the_slider_sets_h_on_a_log_scale(panel, controller):
    before = [panel.secant_values[axis].h for axis in (0, 1)]
    lines = [panel.secants[axis].getData()[1].copy() for axis in (0, 1)]
    panel.step_row.slider.setValue(STEPS // 2)
    for axis in (0, 1):
        assert panel.secant_values[axis].h == pytest.approx(before[axis] * 10 ** (-H_DECADES / 2), rel=1e-9)
        assert not np.allclose(panel.secants[axis].getData()[1], lines[axis])
    assert_secants_match(panel, controller)


def test_shrinking_h_brings_the_average_rate_of_change_to_the_derivative(panel, controller):
    row = panel.step_row
    row.start_shrinking()
    assert row.shrinking and row.button.isChecked()
    errors = []
    while row.shrinking:  # each tick of its timer, driven here step by step
        row.advance()
        errors.append(abs(panel.secant_values[0].slope - controller.current.grad[0]))
    assert row.slider.value() == STEPS and not row.button.isChecked()
    assert all(b <= a for a, b in zip(errors, errors[1:]))  # closer and closer
    surface, w = controller.surface, controller.current.w
    for axis in (0, 1):
        lo, hi = panel.x_ranges[axis]
        s = panel.secant_values[axis]
        assert abs(s.h) == pytest.approx(H_LARGEST * 10 ** -H_DECADES * (hi - lo))
        partial = surface.gradient(*w)[axis]
        # The error is ½·H_ii·h (a parabola): at the smallest h, too small to see in the numbers shown.
        assert s.slope - partial == pytest.approx(0.5 * surface.hessian()[axis, axis] * s.h, rel=1e-5, abs=1e-9)
        assert s.slope == pytest.approx(partial, rel=1e-4)
        assert panel.secant_labels[axis].text().split("=")[1][:6] == panel.slope_labels[axis].text().split("=")[1][:6]
    assert_secants_match(panel, controller)


def test_the_animation_runs_on_its_timer_and_stops_at_the_smallest_h(qtbot, panel):
    row = panel.step_row
    row.button.click()
    assert row.timer.isActive()
    qtbot.waitUntil(lambda: not row.shrinking, timeout=10000)
    assert row.slider.value() == STEPS
    row.button.click()  # once more: again from the largest h
    assert row.shrinking and row.slider.value() < STEPS // 10
    row.button.click()  # and a click stops it
    assert not row.shrinking


def test_hiding_the_panel_stops_the_animation(panel):
    panel.step_row.start_shrinking()
    panel.hide()
    assert not panel.step_row.shrinking


def test_a_panel_destroyed_while_shrinking_leaves_no_timer(qtbot, controller):
    p = SlicePanel(controller, Look())
    p.show()
    qtbot.waitExposed(p)
    p.step_row.start_shrinking()
    timer = p.step_row.timer
    with qtbot.waitSignal(timer.destroyed, timeout=2000):
        p.deleteLater()
    controller.step(3)  # the controller's signals reach no dead panel
    wait_idle(qtbot, controller)


def test_derivative_function_is_the_partial_along_the_cut(panel, controller):
    surface, w = controller.surface, controller.current.w
    grad = surface.gradient(*w)
    for axis in (0, 1):
        d = panel.derivatives[axis]
        assert d.widget.isVisible()
        xs, ys = d.curve.getData()
        assert len(xs) > 100
        points = np.tile(w, (len(xs), 1))
        points[:, axis] = xs
        np.testing.assert_allclose(ys, [surface.gradient(*p)[axis] for p in points], rtol=1e-12, atol=1e-12)
        # x-linked to the E plot above: the same w_i range.
        assert d.plot.getViewBox().viewRange()[0] == pytest.approx(panel.plots[axis].getViewBox().viewRange()[0])
        # The current point lies on it.
        mx, my = d.marker.getData()
        assert (mx[0], my[0]) == pytest.approx((w[axis], grad[axis]))
        hit = np.flatnonzero(xs == w[axis])
        assert len(hit) and ys[hit[0]] == pytest.approx(grad[axis])
        # Its value is drawn: a stem from the w axis to it, an arrow on the axis the way E grows.
        sx, sy = d.stem.getData()
        np.testing.assert_allclose(sx, [w[axis], w[axis]])
        np.testing.assert_allclose(sy, [0.0, grad[axis]])
        ax, ay = d.arrow.getData()
        assert ax[0] == pytest.approx(w[axis]) and np.all(ay == 0)
        assert np.sign(ax[1] - ax[0]) == np.sign(grad[axis])
        assert d.head.isVisible() and d.head.pos().x() == pytest.approx(ax[1])
        # The zero line and the whole curve are in view.
        _, (y_lo, y_hi) = d.plot.getViewBox().viewRange()
        assert y_lo < min(0.0, ys.min()) and max(0.0, ys.max()) < y_hi


def test_arrow_lengths_follow_the_derivatives_size(panel, controller):
    lengths = [np.ptp(panel.derivatives[axis].arrow.getData()[0]) / np.ptp(panel.x_ranges[axis])
               for axis in (0, 1)]
    steepest = [np.max(np.abs(panel.derivatives[axis].curve.getData()[1])) for axis in (0, 1)]
    grad = controller.current.grad
    for axis in (0, 1):
        assert lengths[axis] == pytest.approx(0.25 * abs(grad[axis]) / steepest[axis])


def test_everything_follows_the_run_the_data_and_the_error_form(qtbot, panel, controller):
    panel.step_row.slider.setValue(100)
    controller.step(5)
    wait_idle(qtbot, controller)
    assert_secants_match(panel, controller)
    controller.add_point(4.0, 1.0)
    assert_secants_match(panel, controller)
    before = number(panel.slope_labels[0])
    controller.set_loss_form(LossForm.MEAN)
    controller.flush_frame()
    assert_secants_match(panel, controller)
    assert controller.surface.form is LossForm.MEAN and number(panel.slope_labels[0]) != before
    test_derivative_function_is_the_partial_along_the_cut(panel, controller)


def test_at_the_optimum_both_numbers_tend_to_zero(qtbot, panel, controller):
    controller.set_start(*controller.surface.optimum())
    controller.flush_frame()
    panel.step_row.slider.setValue(STEPS)
    for axis in (0, 1):
        assert "≈ 0" in panel.slope_labels[axis].text()
        assert abs(panel.secant_values[axis].slope) < 1e-3
        assert len(panel.derivatives[axis].arrow.getData()[0]) == 0  # flat: no way up
        assert not panel.derivatives[axis].head.isVisible()


def labels_text(panel) -> str:
    return " ".join(label.text() for label in (*panel.secant_labels, *panel.slope_labels)) + " ".join(
        t.toPlainText() for t in panel.h_texts)


def test_no_data_no_secant_no_nan(qtbot, qapp):
    controller = Controller(DataSet())
    try:
        panel = SlicePanel(controller, Look())
        qtbot.addWidget(panel)
        panel.resize(760, 560)
        panel.show()
        qtbot.waitUntil(lambda: panel.secant_labels[0].text() != "")
        for axis in (0, 1):
            assert panel.secant_values[axis] is None
            assert all(len(a) == 0 for a in panel.secants[axis].getData() if a is not None)
            assert np.size(panel.derivatives[axis].curve.getData()[0]) == 0
            assert "—" in panel.secant_labels[axis].text()
        panel.step_row.slider.setValue(STEPS)  # the slider alone draws nothing without a cut
        assert panel.secant_values == [None, None]
        assert "nan" not in labels_text(panel).lower()
        controller.add_point(1.0, 2.0)
        assert_secants_match(panel, controller)
    finally:
        controller.shutdown()


def test_diverging_run_shows_no_nan(qtbot, panel, controller):
    controller.set_lr(0.2)
    controller.step(2000)
    wait_idle(qtbot, controller)
    assert controller.message[0].startswith("Diverged")
    panel.step_row.slider.setValue(STEPS)
    text = labels_text(panel).lower()
    assert "nan" not in text and "inf" not in text
    for axis in (0, 1):
        for item in (panel.secants[axis], panel.derivatives[axis].curve):
            assert all(np.isfinite(np.asarray(a, float)).all() for a in item.getData() if a is not None)


def test_short_panel_gives_e_the_room(qtbot, panel):
    panel.resize(760, 180)
    qtbot.waitUntil(lambda: not panel.derivatives[0].widget.isVisible())
    assert panel.plot_widgets[0].height() > 60
    assert panel.plots[0].getAxis("bottom").style["showValues"]  # E's own w axis again
    panel.resize(760, 560)
    qtbot.waitUntil(lambda: panel.derivatives[0].widget.isVisible())
    assert panel.plot_widgets[0].height() > panel.derivatives[0].widget.height() > 60
    assert not panel.plots[0].getAxis("bottom").style["showValues"]  # the derivative's, right under it


def test_tab_is_named_for_partial_derivatives(window):
    assert window.tabs.tabText(window.tabs.indexOf(window.slice_page)) == "Partial derivatives"


def test_fits_the_laptop_window(qtbot, window, controller):
    """At 1280×800 the tab shows E, the derivative function under it and the numbers, none of them cut."""
    from tests.ui.room_probe import cut_off

    window.tabs.setCurrentIndex(window.tabs.indexOf(window.slice_page))
    panel = window.slice_panel
    qtbot.waitUntil(lambda: panel.derivatives[0].widget.isVisible())
    controller.flush_frame()
    assert panel.plot_widgets[0].height() > panel.derivatives[0].widget.height() > 40
    assert panel.step_row.isVisible() and panel.step_row.slider.width() > 100
    qtbot.waitUntil(lambda: cut_off(panel) == ([], []), timeout=3000)  # (once the layout has settled)
    assert_secants_match(panel, controller)


def test_numbers_whole_on_a_projector_at_200_percent(qtbot, window, controller):
    """1024×768 at 200 %: the columns are narrow, the numbers smaller than the titles but whole."""
    from tests.ui.room_probe import cut_off

    window.classroom.set_theme("projector")
    window.classroom.set_scale(2.0)
    window.resize(1024, 768)
    qtbot.waitUntil(window.centralWidget().isVisible)  # (a new look rebuilds the panels)
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.slice_page))
    panel = window.slice_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.secant_labels[0].text() != "")
    controller.flush_frame()
    numbers = {id(label) for label in (*panel.secant_labels, *panel.slope_labels)}

    def cut_numbers() -> list[str]:
        cut, half = cut_off(panel)
        return [c for c in cut + half if "ΔE/Δ" in c or "∂E/∂" in c]

    qtbot.waitUntil(lambda: cut_numbers() == [], timeout=3000)
    assert len(numbers) == 4 and all(label.isVisible() for label in (*panel.secant_labels, *panel.slope_labels))
    assert_secants_match(panel, controller)
