"""Step back and the timeline: every panel shows an earlier step; continuing discards the rest."""

import numpy as np

from gdstudio.engine.controller import RunState
from tests.ui.conftest import wait_idle


def run_steps(qtbot, controller, n):
    controller.step(n)
    wait_idle(qtbot, controller)


def test_step_back_shows_the_earlier_step_everywhere(qtbot, window, controller):
    run_steps(qtbot, controller, 10)
    full_w = controller.history.w.copy()
    window.controls.back_button.click()
    window.controls.back_button.click()
    controller.flush_frame()
    assert controller.cursor == 8 and controller.current.step == 8
    np.testing.assert_array_equal(controller.current.w, full_w[8])
    assert window.readout.values["step"].text() == "8"
    path_x, _ = window.surface_panel.path.getData()
    assert len(path_x) == 9
    xs, ys = window.data_panel.line.getData()
    np.testing.assert_allclose(ys, full_w[8][0] + full_w[8][1] * xs)
    assert window.loss_panel.timeline.value() == 8 and window.loss_panel.cursor_line.isVisible()
    assert len(controller.runs[0].history) == 11  # nothing discarded yet


def test_continuing_from_an_earlier_step_reproduces_the_run(qtbot, window, controller):
    from gdstudio.core.sampling import Sampler, Sampling

    controller.set_optimizers(["adam"])
    controller.set_sampler(Sampler(Sampling.MINIBATCH, 3, seed=5))
    run_steps(qtbot, controller, 30)
    original = controller.history.w.copy()
    window.loss_panel.timeline.setValue(12)
    assert controller.cursor == 12
    run_steps(qtbot, controller, 18)  # Step continues from step 12: steps 13… are recomputed
    assert controller.cursor is None and controller.history.steps_taken == 30
    np.testing.assert_array_equal(controller.history.w, original)


def test_editing_while_looking_back_continues_from_there(qtbot, window, controller):
    run_steps(qtbot, controller, 10)
    controller.scrub_to(4)
    controller.add_point(0.5, 4.0)
    assert controller.cursor is None and controller.history.steps_taken == 4
    assert controller.current.loss == controller.surface.loss(*controller.current.w)


def test_timeline_end_is_the_newest_and_play_leaves_scrubbing(qtbot, window, controller):
    run_steps(qtbot, controller, 5)
    controller.scrub_to(2)
    controller.scrub_to(5)
    assert controller.cursor is None
    controller.scrub_to(1)
    controller.set_speed(1000)
    controller.play()
    assert controller.run_state is RunState.PLAYING and controller.cursor is None
    qtbot.waitUntil(lambda: controller.history.steps_taken >= 3)
    controller.pause()
    assert controller.history.steps_taken >= 3
    np.testing.assert_array_equal(controller.history.w[:2], controller.runs[0].history.w[:2])


def test_left_and_pageup_step_back(qtbot, window, controller):
    from PySide6.QtCore import Qt

    run_steps(qtbot, controller, 4)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert controller.cursor == 2
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # a clicker's "next": one step from there
    wait_idle(qtbot, controller)
    assert controller.cursor is None and controller.history.steps_taken == 3
