"""Step / Play / Pause / Reset / η through the real window, asserted on history and plotted data."""

import numpy as np

from gdstudio.engine.controller import MessageLevel, RunState
from tests.ui.conftest import assert_follows_update_rule, wait_idle, wait_steps


def test_step_changes_w_and_appends_to_loss_curve(qtbot, window, controller):
    w_before = controller.current.w
    window.controls.step_button.click()
    wait_idle(qtbot, controller)
    assert controller.history.steps_taken == 1
    assert not np.allclose(controller.current.w, w_before)
    assert_follows_update_rule(controller.history, controller.lr, 0, 1)
    steps, loss = window.loss_panel.curve.getData()
    np.testing.assert_array_equal(steps, [0, 1])
    np.testing.assert_allclose(loss, controller.history.loss)
    assert window.readout.values["step"].text() == "1"


def test_play_advances_and_pause_stops(qtbot, window, controller):
    window.controls.play_button.click()
    assert controller.run_state is RunState.PLAYING
    assert "Pause" in window.controls.play_button.text()
    wait_steps(qtbot, controller, 10)
    window.controls.play_button.click()
    assert controller.run_state is RunState.IDLE
    taken = controller.history.steps_taken
    qtbot.wait(200)  # let any reply that was in flight arrive: it must be dropped
    assert controller.history.steps_taken == taken
    assert_follows_update_rule(controller.history, controller.lr, 0, taken)


def test_reset_restores_start_and_clears_history(qtbot, window, controller):
    controller.step(5)
    wait_idle(qtbot, controller)
    window.controls.reset_button.click()
    controller.flush_frame()
    assert len(controller.history) == 1
    np.testing.assert_array_equal(controller.current.w, [2.5, 0.3])
    path_x, _ = window.surface_panel.path.getData()
    assert len(path_x) == 1


def test_changing_lr_while_playing_keeps_history(qtbot, window, controller):
    controller.set_speed(50)
    controller.play()
    wait_steps(qtbot, controller, 3)
    k = controller.history.steps_taken
    w_k = controller.history.w[: k + 1].copy()
    window.controls.lr_edit.setText("0.005")
    window.controls.lr_edit.editingFinished.emit()
    assert controller.lr == 0.005
    wait_steps(qtbot, controller, k + 3)
    controller.pause()
    np.testing.assert_array_equal(controller.history.w[: k + 1], w_k)  # nothing was reset
    n = controller.history.steps_taken
    assert_follows_update_rule(controller.history, 0.005, n - 1, n)


def test_invalid_lr_entry_is_refused_with_a_message(qtbot, window, controller):
    for text in ("abc", "-1", "0", "nan", "inf", ""):
        window.controls.lr_edit.setText(text)
        window.controls.lr_edit.editingFinished.emit()
        assert controller.lr == 0.02
        assert window.controls.lr_edit.text() == "0.02"
    assert controller.message[1] is MessageLevel.WARNING


def test_lr_slider_spans_decades(window, controller):
    slider = window.controls.lr_slider
    slider.setValue(slider.minimum())
    assert controller.lr == 1e-10
    slider.setValue(-20)
    assert controller.lr == 0.01
    assert window.controls.lr_edit.text() == "0.01"


def test_divergence_pauses_and_explains(qtbot, window, controller):
    bound = controller.surface.max_stable_lr()
    controller.set_lr(1.5 * bound)
    assert "will diverge" in window.readout.stability.text()
    controller.play()
    qtbot.waitUntil(lambda: controller.run_state is RunState.IDLE, timeout=10000)
    text, level = controller.message
    assert level is MessageLevel.WARNING and "Diverged" in text and "try η ≤" in text
    assert window.message.isVisible() and "Diverged" in window.message.text()
    h = controller.history
    assert np.isfinite(h.w).all() and np.isfinite(h.loss).all() and np.isfinite(h.grad).all()
    controller.flush_frame()
    for label in window.readout.values.values():
        assert "nan" not in label.text().lower() and "inf" not in label.text().lower()
    assert np.isfinite(window.loss_panel.curve.getData()[1]).all()


def test_play_stops_on_convergence(qtbot, window, controller):
    controller.set_speed(float("inf"))
    controller.play()
    qtbot.waitUntil(lambda: controller.run_state is RunState.IDLE, timeout=10000)
    assert controller.message[1] is MessageLevel.SUCCESS and "Converged" in controller.message[0]
    np.testing.assert_allclose(controller.current.w, controller.surface.optimum(), rtol=1e-6)


def test_closing_while_playing_stops_the_thread(qtbot, window, controller):
    controller.set_speed(float("inf"))
    controller.set_lr(1e-4)  # slow convergence: still playing when we close
    controller.play()
    wait_steps(qtbot, controller, 10)
    thread = controller.player._workers.thread
    assert thread.isRunning()
    window.close()
    assert not thread.isRunning()


def test_editing_data_while_playing_moves_everything(qtbot, window, controller):
    controller.set_speed(50)
    controller.play()
    wait_steps(qtbot, controller, 2)
    old_opt = controller.surface.optimum()
    controller.add_point(0.0, 4.0)
    new_opt = controller.surface.optimum()
    assert not np.allclose(old_opt, new_opt)
    np.testing.assert_allclose(window.surface_panel.optimum_mark.getData()[0], [new_opt[0]])
    k = controller.history.steps_taken
    wait_steps(qtbot, controller, k + 2)
    controller.pause()
    assert controller.current.loss == controller.surface.loss(*controller.current.w)


def test_surface_click_sets_start_and_resets(qtbot, window, controller):
    controller.step(3)
    wait_idle(qtbot, controller)
    window.surface_panel.view_box.on_click(__import__("PySide6.QtCore").QtCore.QPointF(1.0, 2.0),
                                           __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert len(controller.history) == 1
    np.testing.assert_array_equal(controller.start, [1.0, 2.0])
    np.testing.assert_array_equal(controller.current.w, [1.0, 2.0])


def test_keyboard_shortcuts(qtbot, window, controller):
    from PySide6.QtCore import Qt

    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_S)
    wait_idle(qtbot, controller)
    assert controller.history.steps_taken == 1
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert controller.run_state is RunState.PLAYING
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert controller.run_state is RunState.IDLE
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert len(controller.history) == 1


def test_minibatch_highlights_exactly_the_points_the_step_used(qtbot, window, controller):
    from gdstudio.core.sampling import Sampling

    bar = window.settings_bar
    bar.sampling_box.setCurrentIndex(bar.sampling_box.findData(Sampling.MINIBATCH))
    bar.batch_size.setValue(5)
    bar.seed.setValue(4)
    assert controller.sampler.mode is Sampling.MINIBATCH and controller.sampler.batch_size == 5
    assert bar.batch_size.isVisible() and bar.seed.isVisible()
    for _ in range(3):
        controller.step()
        wait_idle(qtbot, controller)
        used = controller.history.batch(-1)
        np.testing.assert_array_equal(used, controller.sampler.batch(controller.history.steps_taken - 1, 12))
        np.testing.assert_array_equal(window.data_panel.highlighted_batch(), used)
        xs, ys = window.data_panel.batch_mark.getData()
        np.testing.assert_array_equal(xs, controller.data.x[used])
        np.testing.assert_array_equal(ys, controller.data.y[used])
    bar.sampling_box.setCurrentIndex(bar.sampling_box.findData(Sampling.BATCH))
    controller.step()
    wait_idle(qtbot, controller)
    assert len(window.data_panel.batch_mark.getData()[0]) == 0
    assert not bar.batch_size.isVisible()
