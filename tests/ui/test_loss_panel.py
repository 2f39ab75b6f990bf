"""The loss panel: decimation that keeps the picture, and ranges that change only when they must."""

import numpy as np
import pytest

from gdstudio.ui.panels.loss_scale import Decimator, decimate, log_tick_values, nice_step, stable_range
from tests.ui.conftest import wait_idle


def test_decimate_keeps_every_block_extreme_and_the_newest_point():
    rng = np.random.default_rng(1)
    loss = np.cumsum(rng.normal(size=50_001)) ** 2
    steps, values = decimate(loss, max_points=1600)
    assert len(steps) <= 1600 + 3
    assert np.all(np.diff(steps) > 0)                  # in order, no repeats
    np.testing.assert_array_equal(values, loss[steps])  # real points, not averages
    assert steps[-1] == len(loss) - 1
    assert values.max() == loss.max() and values.min() == loss.min()


def test_decimator_reuses_its_blocks_and_matches_a_fresh_decimation():
    rng = np.random.default_rng(2)
    loss = rng.random(300_000)
    incremental = Decimator(1600)
    for n in (1_601, 5_000, 5_001, 40_000, 123_457, 300_000):  # a run growing frame by frame
        steps, values = incremental(loss[:n], key=7)
        fresh_steps, fresh_values = decimate(loss[:n], 1600)
        np.testing.assert_array_equal(steps, fresh_steps)
        np.testing.assert_array_equal(values, fresh_values)
    changed = loss.copy()
    changed[10] = 99.0  # an edit (the history's revision changes): no stale block may survive
    steps, values = incremental(changed, key=8)
    assert values.max() == 99.0


def test_decimate_leaves_short_runs_alone():
    loss = np.linspace(5, 1, 100)
    steps, values = decimate(loss)
    np.testing.assert_array_equal(steps, np.arange(100))
    assert values is loss


@pytest.mark.parametrize(("span", "step"), [(1.0, 1.0), (0.3, 0.5), (3.1, 5.0), (0.011, 0.02), (200.0, 200.0)])
def test_nice_step(span, step):
    assert nice_step(span) == pytest.approx(step)


def test_stable_range_holds_while_the_data_fit_and_fill_it():
    first = stable_range(None, 20.0, 30.0)
    assert first[0] <= 20.0 and first[1] >= 30.0
    assert stable_range(first, 21.0, 29.0) == first   # inside and still filling it: unchanged
    moved = stable_range(first, 10.0, 30.0)           # below the range: a new one
    assert moved != first and moved[0] <= 10.0
    shrunk = stable_range(first, 29.0, 29.5)          # a small part of it: zoom in
    assert shrunk[0] <= 29.0 and shrunk[1] >= 29.5 and shrunk[1] - shrunk[0] < (first[1] - first[0]) / 3


def test_stable_range_floor_and_flat_data():
    assert stable_range(None, 0.0, 4.0, floor=0.0)[0] == 0.0    # E ≥ 0: never a negative axis
    lo, hi = stable_range(None, 5.0, 5.0)                       # a flat curve still gets a range
    assert lo < 5.0 < hi


def test_y_range_follows_the_run_without_changing_every_frame(qtbot, window, controller):
    view_box = window.loss_panel.plot_widget.getPlotItem().getViewBox()
    ranges = []
    for _ in range(40):
        controller.step()
        wait_idle(qtbot, controller)
        lo, hi = view_box.viewRange()[1]
        assert lo <= controller.history.loss.min() and controller.history.loss.max() <= hi
        ranges.append((lo, hi))
    assert len(set(ranges)) < 10  # it changed now and then, not with every step


def test_log_scale_range_and_marker(qtbot, window, controller):
    panel = window.loss_panel
    controller.step(30)
    wait_idle(qtbot, controller)
    panel.log_scale.setChecked(True)
    lo, hi = panel.plot_widget.getPlotItem().getViewBox().viewRange()[1]
    loss = controller.history.loss
    assert lo <= np.log10(loss.min()) and np.log10(loss.max()) <= hi
    x, y = panel.current_mark.getData()
    np.testing.assert_allclose([x[0], y[0]], [30, np.log10(loss[-1])])


def test_a_zoom_by_hand_is_kept_until_auto_range(qtbot, window, controller):
    view_box = window.loss_panel.plot_widget.getPlotItem().getViewBox()
    view_box.setYRange(100.0, 200.0, padding=0)
    view_box.sigRangeChangedManually.emit([True, True])  # as a mouse wheel or drag does
    controller.step(20)
    wait_idle(qtbot, controller)
    assert view_box.viewRange()[1] == pytest.approx([100.0, 200.0])
    view_box.enableAutoRange()  # the plot's "A" button
    controller.step()
    wait_idle(qtbot, controller)
    lo, hi = view_box.viewRange()[1]
    assert lo <= controller.history.loss.min() and controller.history.loss.max() <= hi < 100.0


def test_log_ticks_are_few_and_even():
    assert log_tick_values(0.1, 0.3, 10) is None  # a fifth of a decade: pyqtgraph's own ticks
    np.testing.assert_allclose(log_tick_values(-0.45, 1.0, 10), np.log10([0.5, 1, 2, 5, 10]))
    np.testing.assert_allclose(log_tick_values(-0.45, 1.0, 3), [0.0, 1.0])          # decades only
    np.testing.assert_allclose(log_tick_values(-15.5, 0.5, 4), [-15, -10, -5, 0])   # every 5th decade
    for lo, hi, count in [(-3.2, 2.7, 5), (-40, 12, 6), (0.0, 0.5, 2)]:
        values = log_tick_values(lo, hi, count)
        assert 1 <= len(values) <= count and all(lo <= v <= hi for v in values)


@pytest.mark.parametrize(("mode", "k", "per_step"), [("batch", 10, 12), ("minibatch", 5, None), ("sgd", 10, 1)])
def test_the_x_axis_counts_steps_points_used_or_epochs(qtbot, window, controller, mode, k, per_step):
    """Per point used, batch (12 points a step), mini-batch (5, then the epoch's last 2) and SGD (1)
    compare fairly; per epoch is that over N. The chooser and the view state agree both ways."""
    from dataclasses import replace

    from gdstudio.engine.edits import EditKind
    from gdstudio.engine.view_state import LossX

    panel = window.loss_panel
    controller.edit(EditKind.SAMPLING, None, sampler=replace(controller.document.sampler, mode=mode, batch_size=k))
    controller.step(7)
    wait_idle(qtbot, controller)
    n = len(controller.data)
    assert n == 12
    steps, _ = panel.curve.getData()
    np.testing.assert_array_equal(steps, np.arange(8))
    chooser = window.settings_bar.loss_x_box
    chooser.setCurrentIndex(chooser.findData(LossX.POINTS))
    assert controller.view_state.loss_x is LossX.POINTS
    points, loss = panel.curve.getData()
    expected = np.arange(8) * per_step if per_step else np.array([0, 5, 10, 12, 17, 22, 24, 29])
    np.testing.assert_array_equal(points, expected)
    np.testing.assert_array_equal(loss, controller.history.loss)
    assert panel.current_mark.pos().x() == expected[-1]
    assert panel.plot_widget.getPlotItem().getAxis("bottom").labelText == "data points used"
    assert panel.plot_widget.getPlotItem().getViewBox().viewRange()[0][1] >= expected[-1]
    controller.view_state.set_loss_x(LossX.EPOCHS)
    assert LossX(chooser.currentData()) is LossX.EPOCHS
    np.testing.assert_allclose(panel.curve.getData()[0], expected / n)
    controller.view_state.set_loss_x(LossX.STEPS)
    np.testing.assert_array_equal(panel.curve.getData()[0], np.arange(8))


def test_points_used_follow_the_sampling_each_step_really_had():
    """A run that changed from SGD to batch part-way counts each step with the batch it used."""
    from gdstudio.assets import default_dataset
    from gdstudio.core.descent import descend, evaluate
    from gdstudio.core.document import Document, Fit, problem_for
    from gdstudio.core.history import RunHistory
    from gdstudio.core.sampling import Sampler

    document = Document(data=default_dataset(), sampler=Sampler("sgd"))
    fit = Fit.of(document)
    history = RunHistory(evaluate(fit.surface, np.array(document.start)))
    history.extend(descend(problem_for(document, fit=fit), history.state(), 3))
    assert history.points_used([0, 3], 12).tolist() == [0, 3]
    batch = Document(data=document.data)
    history.extend(descend(problem_for(batch, fit=fit), history.state(), 2))
    assert history.points_used(np.arange(6), 12).tolist() == [0, 1, 2, 3, 15, 27]
    history.truncate(2)
    assert history.points_used([0, 1], 12).tolist() == [0, 1]
