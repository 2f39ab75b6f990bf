"""Grid-search mode: the timed sweep, cancel at any moment, data edits, the overlay and the panel.

Asserted on data (search results, plotted item data, label texts), never on pixels or sleeps.
"""

import numpy as np
import pytest
from PySide6.QtCore import QRectF

from gdstudio.core.dataset import DataSet
from gdstudio.core.grid_search import GridSpec
from gdstudio.core.model import ErrorSurface, direct_loss
from gdstudio.engine.controller import Controller, RunState
from gdstudio.engine.grid_sweep import GridSearchRun, SweepState
from gdstudio.ui.panels.grid_search import GridSearchPanel, SpecError, parse_spec
from gdstudio.ui.style import fmt

SMALL = GridSpec((0.0, 3.0), (0.0, 3.0), 10, 10)
FAST_TICK_MS = 5


def direct_argmin(spec: GridSpec, data: DataSet) -> tuple[int, int]:
    """Argmin of E over the grid, evaluated point by point from the data itself."""
    e = np.array([[direct_loss(np.array([w0, w1]), data.x, data.y) for w1 in spec.w1_values()]
                  for w0 in spec.w0_values()])
    i, j = np.unravel_index(np.argmin(e), e.shape)
    return int(i), int(j)


@pytest.fixture
def make_run(qapp, controller):
    """GridSearchRuns on the shared controller; every one must have stopped when the test ends."""
    runs = []

    def make(spec=SMALL, rows_per_tick=1, tick_ms=FAST_TICK_MS):
        # sweep time such that one tick evaluates exactly `rows_per_tick` rows
        seconds = spec.w1_divisions / rows_per_tick * tick_ms / 1000
        run = GridSearchRun(controller, spec, sweep_seconds=seconds, tick_ms=tick_ms)
        runs.append(run)
        return run

    yield make
    left = [r for r in runs if r.is_running]
    for r in runs:
        r.clear()
    assert not left, "a GridSearchRun timer was still running after the test"


@pytest.fixture
def panel(qtbot, window, controller):
    p = GridSearchPanel(controller, window.look, GridSearchRun(controller, parent=window),
                        window.surface_panel.getPlotItem(), window.data_panel.getPlotItem())
    qtbot.addWidget(p)
    p.resize(900, 300)
    p.show()
    yield p
    running = p.run.is_running
    p.shutdown()
    p.run.clear()
    assert not running, "the panel's sweep was still running after the test"


def record_progress(run) -> list[int]:
    done = []
    run.sig_progress.connect(lambda: done.append(run.search.done))
    return done


# ---------------------------------------------------------------------------------------- the run
def test_default_pace_is_one_row_per_tick_for_about_ten_seconds(controller):
    run = GridSearchRun(controller)
    assert run.spec == GridSpec() and run.spec.points == 10_000
    assert run.cells_per_tick == 100 and run.tick_ms == 100
    assert run.spec.points / run.cells_per_tick * run.tick_ms == 10_000  # ms
    run.set_sweep_seconds(20)
    assert run.cells_per_tick == 50
    run.set_sweep_seconds(-1)  # ignored
    assert run.sweep_seconds == 20


def test_sweep_goes_row_by_row_and_finds_the_direct_argmin(qtbot, controller, make_run):
    run = make_run()
    done = record_progress(run)
    states = []
    run.sig_state_changed.connect(states.append)
    with qtbot.waitSignal(run.sig_finished, timeout=5000):
        assert run.start()
        assert run.state is SweepState.SWEEPING and run.is_running
    assert done == list(range(10, 101, 10))  # one row per tick, one progress signal per tick
    assert states == [SweepState.SWEEPING, SweepState.DONE]
    assert not run.is_running and run.search.is_done
    assert run.search.best_index == direct_argmin(SMALL, controller.data)


def test_skip_to_end_mid_sweep_equals_one_shot(qtbot, controller, make_run):
    run = make_run()
    done = record_progress(run)
    run.start()
    qtbot.waitUntil(lambda: len(done) >= 3, timeout=5000)
    with qtbot.waitSignal(run.sig_finished, timeout=1000):
        run.skip_to_end()
    assert run.state is SweepState.DONE and not run.is_running and run.search.done == 100
    expected = np.asarray(controller.surface.loss(SMALL.w0_values()[:, None], SMALL.w1_values()[None, :]))
    np.testing.assert_allclose(run.search.values, expected, rtol=1e-12)
    assert run.search.best_index == direct_argmin(SMALL, controller.data)


def test_hundred_thousand_points_skip_to_end_finishes(qtbot, qapp):
    rng = np.random.default_rng(7)
    x = rng.uniform(0, 3, 100_000)
    data = DataSet(x, 0.8 + 1.2 * x + rng.normal(0, 0.4, x.size))
    controller = Controller(data)
    try:
        run = GridSearchRun(controller)  # the slide's 100 × 100 grid
        run.start()
        with qtbot.waitSignal(run.sig_finished, timeout=10_000):
            run.skip_to_end()
        search = run.search
        assert search.is_done and search.done == 10_000 and not run.is_running
        assert search.cost().formula() == ("10,000 grid intersections × 100,000 data points × 2 parameters = "
                                           "2,000,000,000")
        surface = ErrorSurface.from_data(data.x, data.y)
        e = surface.loss(GridSpec().w0_values()[:, None], GridSpec().w1_values()[None, :])
        assert search.best_index == np.unravel_index(np.argmin(e), e.shape)
        assert search.gap().optimum_in_range
    finally:
        controller.shutdown()


def test_skip_to_end_without_a_sweep_does_the_whole_grid(qtbot, controller, make_run):
    run = make_run()
    with qtbot.waitSignal(run.sig_finished, timeout=1000):
        run.skip_to_end()
    assert run.state is SweepState.DONE and run.search.done == 100


@pytest.mark.parametrize("moment", ["before_start", "at_start", "after_three_ticks", "in_progress_slot",
                                    "after_finish", "twice"])
def test_cancel_at_any_moment_stops_everything(qtbot, controller, make_run, moment):
    run = make_run()
    done = record_progress(run)
    if moment == "before_start":
        run.cancel()
        assert run.state is SweepState.READY
    elif moment == "at_start":
        run.start()
        run.cancel()
        assert done == [] and run.state is SweepState.CANCELLED
    elif moment == "after_three_ticks":
        run.start()
        qtbot.waitUntil(lambda: len(done) >= 3, timeout=5000)
        run.cancel()
        assert run.state is SweepState.CANCELLED
    elif moment == "in_progress_slot":
        run.sig_progress.connect(lambda: run.cancel() if len(done) == 3 else None)
        run.start()
        qtbot.waitUntil(lambda: run.state is SweepState.CANCELLED, timeout=5000)
        assert done == [10, 20, 30]
    elif moment == "after_finish":
        with qtbot.waitSignal(run.sig_finished, timeout=5000):
            run.start()
        run.cancel()
        assert run.state is SweepState.DONE  # a finished sweep stays finished
    else:
        run.start()
        qtbot.waitUntil(lambda: len(done) >= 1, timeout=5000)
        run.cancel()
        run.cancel()
        assert run.state is SweepState.CANCELLED
    assert not run.is_running
    evaluated = run.search.done if run.search is not None else 0
    finished = []
    run.sig_finished.connect(lambda: finished.append(True))
    with qtbot.assertNotEmitted(run.sig_progress, wait=10 * FAST_TICK_MS):  # ten ticks' time: nothing comes
        pass
    assert (run.search.done if run.search is not None else 0) == evaluated and not finished


def test_cancelled_sweep_keeps_its_partial_result(qtbot, controller, make_run):
    run = make_run()
    done = record_progress(run)
    run.start()
    qtbot.waitUntil(lambda: len(done) >= 4, timeout=5000)
    run.cancel()
    values = run.search.values
    assert (~np.isnan(values)).sum() == run.search.done == done[-1]
    # The best so far is the argmin over the rows swept.
    rows = done[-1] // 10
    part = values[:, :rows]
    assert run.search.best_index == np.unravel_index(np.nanargmin(part), part.shape)


def test_data_change_during_a_sweep_restarts_it_on_the_new_data(qtbot, controller, make_run):
    run = make_run(tick_ms=20)
    done = record_progress(run)
    run.start()
    qtbot.waitUntil(lambda: len(done) >= 2, timeout=5000)
    old = run.search
    controller.add_point(0.5, 9.0)
    assert run.search is not old and run.search.done == 0 and run.state is SweepState.SWEEPING
    assert run.search.surface is controller.surface
    with qtbot.waitSignal(run.sig_finished, timeout=5000):
        pass
    assert run.search.done == 100
    assert run.search.best_index == direct_argmin(SMALL, controller.data)


def test_data_change_after_a_sweep_searches_again_at_once(qtbot, controller, make_run):
    run = make_run()
    run.skip_to_end()
    first = run.search
    with qtbot.waitSignal(run.sig_finished, timeout=2000):
        for k in range(5):  # a drag: several edits, one redo
            controller.move_point(0, 0.3, 4.0 + k)
    assert run.search is not first and run.search.is_done and run.state is SweepState.DONE
    assert run.search.best_index == direct_argmin(SMALL, controller.data)
    assert not run.is_running


def test_cancelled_sweep_is_discarded_when_data_changes(qtbot, controller, make_run):
    run = make_run()
    run.start()
    run.cancel()
    controller.add_point(1.0, 1.0)
    assert run.state is SweepState.READY and run.search is None and not run.is_running


def test_no_data_means_no_sweep(qtbot, controller, make_run):
    run = make_run()
    run.start()
    controller.clear_points()
    assert run.state is SweepState.READY and run.search is None and not run.is_running
    assert not run.start()
    run.skip_to_end()
    assert run.state is SweepState.READY and not run.is_running


def test_new_spec_restarts_a_sweep_and_discards_a_finished_one(qtbot, controller, make_run):
    run = make_run()
    run.skip_to_end()
    run.set_spec(GridSpec(w0_divisions=4, w1_divisions=4))
    assert run.state is SweepState.READY and run.search is None
    run.start()
    run.set_spec(GridSpec(w0_divisions=5, w1_divisions=5))
    assert run.state is SweepState.SWEEPING and run.search.spec.points == 25
    run.cancel()


# ------------------------------------------------------------------------------------ the overlay
def test_overlay_draws_best_cell_and_its_line(qtbot, window, controller, panel):
    panel.set_active(True)
    panel.skip_button.click()
    search = panel.run.search
    assert search.is_done
    overlay = panel.overlay
    w0, w1 = search.best_w
    intercept, slope = overlay.best_line_coefficients
    assert intercept == pytest.approx(w0, abs=1e-9) and slope == pytest.approx(w1, abs=1e-9)
    xs, _ = overlay.best_line.getData()
    np.testing.assert_allclose(xs, window.data_panel.view_box.viewRange()[0])
    bx, by = overlay.best_mark.getData()
    np.testing.assert_allclose([bx[0], by[0]], search.best_w)
    assert overlay.best_line.isVisible() and overlay.best_mark.isVisible()
    # The best line spans the data plot's view, also after panning it.
    window.data_panel.view_box.setXRange(-5, 10, padding=0)
    xs, ys = overlay.best_line.getData()
    np.testing.assert_allclose(xs, [-5, 10])
    np.testing.assert_allclose(ys, w0 + w1 * xs)


def test_overlay_image_shows_only_evaluated_cells(qtbot, window, controller, panel):
    panel.set_active(True)
    panel.run.set_tick_ms(FAST_TICK_MS)
    panel.run.set_sweep_seconds(100 * FAST_TICK_MS / 1000)  # one row of 100 per tick
    done = record_progress(panel.run)
    panel.start_button.click()
    qtbot.waitUntil(lambda: len(done) >= 3, timeout=5000)
    panel.cancel_button.click()
    shown = panel.overlay.image.image
    values = panel.run.search.values
    assert shown.shape == values.shape == (100, 100)
    np.testing.assert_array_equal(np.isnan(shown), np.isnan(values))
    assert (~np.isnan(shown)).sum() == done[-1]
    rect = panel.overlay.image.mapRectToParent(panel.overlay.image.boundingRect())
    np.testing.assert_allclose([rect.left(), rect.right(), rect.top(), rect.bottom()], [0, 3, 0, 3], atol=1e-9)


def test_mode_off_hides_everything_and_stops(qtbot, window, controller, panel):
    panel.set_active(True)
    panel.start_button.click()
    assert panel.run.is_running
    panel.set_active(False)
    assert not panel.run.is_running and panel.run.state is SweepState.READY
    overlay = panel.overlay
    for item in overlay.surface_items + overlay.data_items:
        assert not item.isVisible()
    panel.set_active(True)
    assert overlay.frame.isVisible() and not overlay.best_label.isVisible()


def test_detach_removes_the_items(qtbot, window, panel):
    overlay = panel.overlay
    overlay.detach()
    surface_items = window.surface_panel.getPlotItem().items
    data_items = window.data_panel.getPlotItem().items
    assert not any(item in surface_items for item in overlay.surface_items)
    assert not any(item in data_items for item in overlay.data_items)


# -------------------------------------------------------------------------------------- the panel
def test_panel_readout_after_a_sweep(qtbot, window, controller, panel):
    panel.start_button.click()
    assert panel.active and not panel.start_button.isEnabled() and panel.cancel_button.isEnabled()
    assert all(edit.isReadOnly() for edit in panel.inputs.values())
    panel.skip_button.click()
    search = panel.run.search
    assert panel.progress.text() == "10,000 / 10,000 evaluations"
    assert panel.cost.text() == "Cost: 10,000 grid intersections × 12 data points × 2 parameters = 240,000"
    best = panel.values["best"].text()
    assert fmt(search.best_w[0]) in best and fmt(search.best_w[1]) in best and fmt(search.best_loss) in best
    gap = search.gap()
    assert fmt(gap.distance, 3) in panel.values["gap"].text()
    assert "It works" in panel.verdict.text() and "10,000 evaluations" in panel.verdict.text()
    assert panel.start_button.text() == "Start again" and not panel.skip_button.isEnabled()
    assert not any(edit.isReadOnly() for edit in panel.inputs.values())


def test_cost_follows_the_data_and_the_divisions(qtbot, window, controller, panel):
    controller.add_point(1.0, 2.0)
    assert panel.cost.text().endswith("10,000 grid intersections × 13 data points × 2 parameters = 260,000")
    panel.inputs["w0_div"].setText("50")
    panel.inputs["w1_div"].setText("20")
    panel.inputs["w1_div"].editingFinished.emit()
    assert panel.run.spec.shape == (50, 20)
    assert panel.cost.text().endswith("1,000 grid intersections × 13 data points × 2 parameters = 26,000")


def test_range_outside_the_optimum_says_so(qtbot, window, controller, panel):
    panel.inputs["w0_from"].setText("1.5")
    panel.skip_button.click()
    assert panel.run.spec.w0_range == (1.5, 3.0)
    assert not panel.run.search.gap().optimum_in_range
    assert "outside the range" in panel.verdict.text()


@pytest.mark.parametrize("key, text, words", [
    ("w0_to", "abc", "'abc' in 'w0 to' is not a number"),
    ("w1_from", "", "in 'w1 from' is not a number"),
    ("w0_to", "-1", "w0 range is empty"),
    ("w1_div", "0", "w1 divisions"),
    ("w0_div", "2.5", "w0 divisions"),
    ("w0_div", "1e9", "from 1 to 1,000"),
    ("w0_from", "-1e308", "too wide"),
    ("w1_to", "2e12", "too wide"),
])
def test_bad_input_is_a_clear_message_not_a_crash(qtbot, window, controller, panel, key, text, words):
    panel.inputs[key].setText(text)
    panel.start_button.click()
    assert panel.run.state is SweepState.READY and not panel.run.is_running
    assert not panel.input_error.isHidden() and words in panel.input_error.text()
    assert panel.inputs[key].property("bad") or key == "w0_from"  # an empty range marks its 'to'
    assert panel.run.spec == GridSpec()  # the grid is unchanged
    panel.inputs[key].setText(str(GridSpec().w0_divisions) if key.endswith("div") else
                              ("0" if key.endswith("from") else "3"))
    panel.start_button.click()
    assert panel.input_error.isHidden() and panel.run.state is SweepState.SWEEPING
    panel.cancel_button.click()


def test_buttons_without_data(qtbot, window, controller, panel):
    controller.clear_points()
    assert not panel.start_button.isEnabled() and not panel.skip_button.isEnabled()
    assert "Add data points first" in panel.verdict.text()


@pytest.mark.parametrize("texts, expected", [
    (("0", "3", "100", "0", "3", "100"), GridSpec()),
    (("0,5", "２.５", "１００", "−1", "1", "1,000"), GridSpec((0.5, 2.5), (-1.0, 1.0), 100, 1000)),
    ((" -2 ", "2e0", "7", "0", "3", "3"), GridSpec((-2.0, 2.0), (0.0, 3.0), 7, 3)),
])
def test_parse_spec_accepts_what_a_teacher_types(texts, expected):
    assert parse_spec(*texts) == expected


def test_parse_spec_rejects_infinity():
    with pytest.raises(SpecError, match="not a number") as info:
        parse_spec("0", "inf", "10", "0", "3", "10")
    assert info.value.field == "w0_to"


def test_the_grid_typed_in_and_the_results_survive_a_new_theme(qtbot, window, controller):
    """Once, the sweep lived in the panel: 37 divisions and a dark theme gave 100 divisions again."""
    window.tabs.setCurrentIndex(3)
    panel = window.grid_search
    panel.inputs["w0_div"].setText("37")
    panel.inputs["w0_div"].editingFinished.emit()
    panel._on_skip_clicked()
    assert window.grid_sweep.state is SweepState.DONE
    window.classroom.set_theme("dark")
    rebuilt = window.grid_search
    assert rebuilt is not panel and rebuilt.inputs["w0_div"].text() == "37"
    assert rebuilt.run.spec.w0_divisions == 37 and rebuilt.run.state is SweepState.DONE


def _pixels(view_box, xs, ys) -> QRectF:
    """The view-coordinate rectangle spanned by xs, ys, in the view box's own pixels."""
    t = view_box.childTransform()
    px = [t.m11() * x + t.m31() for x in xs]
    py = [t.m22() * y + t.m32() for y in ys]
    return QRectF(min(px), min(py), max(px) - min(px), max(py) - min(py))


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_nothing_covers_the_grid_cells(qtbot, window, controller, size):
    """Slides 14–16 show every cell: the parameter plot's key and the best cell's label keep off the grid."""
    window.resize(*size)
    window.tabs.setCurrentIndex(3)
    panel = window.grid_search
    panel._on_skip_clicked()
    assert window.grid_sweep.state is SweepState.DONE
    view_box = window.surface_panel.view_box
    spec = panel.run.spec
    grid = _pixels(view_box, spec.w0_range, spec.w1_range)
    key = window.surface_panel.legend
    key_rect = key.mapRectToItem(view_box, key.boundingRect())
    label = panel.overlay.best_label
    label_rect = label.mapRectToItem(view_box, label.boundingRect())
    assert label.isVisible() and key.isVisible()
    inner = grid.adjusted(1, 1, -1, -1)  # (touching the frame's line is not covering a cell)
    assert not key_rect.intersects(inner), (key_rect, grid)
    assert not label_rect.intersects(inner), (label_rect, grid)
    assert view_box.rect().contains(key_rect) and view_box.rect().contains(label_rect)
    window.tabs.setCurrentIndex(0)  # the grid put away: the key is free to go anywhere again
    assert panel.overlay._cells_for_key() == ()


def test_while_playing_the_sweeps_cells_come_with_the_runs_next_frame(qtbot, window, controller, panel):
    # (drawn on their own between two frames, they made every sixth frame late)
    panel.set_active(True)
    panel.run.set_tick_ms(FAST_TICK_MS)
    panel.run.set_sweep_seconds(100 * FAST_TICK_MS / 1000)  # one row of 100 per tick
    done = record_progress(panel.run)
    panel.start_button.click()
    qtbot.waitUntil(lambda: len(done) >= 1, timeout=5000)
    controller.play()
    try:
        qtbot.waitUntil(lambda: controller.run_state is RunState.PLAYING, timeout=5000)
        ticks = len(done)
        qtbot.waitUntil(lambda: len(done) > ticks, timeout=5000)  # a tick while playing …
        before = panel.overlay.image.image.copy()
        panel.run.search.advance(100)  # (one more row, as a tick does)
        panel.run.sig_progress.emit()
        np.testing.assert_array_equal(panel.overlay.image.image, before)  # … not drawn at once, …
        controller.flush_frame()  # … but with the frame
        evaluated = (~np.isnan(panel.run.search.values)).sum()
        assert (~np.isnan(panel.overlay.image.image)).sum() == evaluated
    finally:
        controller.pause()
        panel.cancel_button.click()
    controller.flush_frame()
    np.testing.assert_array_equal(np.isnan(panel.overlay.image.image), np.isnan(panel.run.search.values))


def test_the_grid_tab_is_built_when_first_shown_and_its_results_show_at_once(qtbot, window, controller):
    """A new look rebuilds the panels; the grid search's tab (10–16 ms of it) waits until it is shown, and
    then shows the sweep's results as if it had been there all along."""
    assert not window.grid_page.built
    window.grid_sweep.start()
    window.grid_sweep.skip_to_end()
    assert window.grid_sweep.state is SweepState.DONE and not window.grid_page.built
    window.classroom.set_theme("dark")
    assert not window.grid_page.built  # (nor by the rebuild)
    window.tabs.setCurrentIndex(3)
    assert window.grid_page.built
    panel = window.grid_search
    assert panel.active and panel.overlay.visible and panel.run.state is SweepState.DONE
    window.tabs.setCurrentIndex(0)
    assert not panel.active and not panel.overlay.visible
