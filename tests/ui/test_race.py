"""Race mode: up to four optimizers from one start, in lockstep, each stopping on its own."""

import numpy as np

from gdstudio.core.descent import Stop
from gdstudio.engine.controller import RunState
from tests.ui.conftest import wait_idle


def test_race_draws_every_run(qtbot, window, controller):
    controller.set_optimizers(["gd", "momentum", "adam"])
    controller.step(15)
    wait_idle(qtbot, controller)
    assert [r.key for r in controller.runs] == ["gd", "momentum", "adam"]
    assert all(r.history.steps_taken == 15 for r in controller.runs)
    for i, run in enumerate(controller.runs):
        np.testing.assert_array_equal(window.surface_panel.paths[i].getData()[0], run.history.w[:, 0])
        np.testing.assert_array_equal(window.loss_panel.curves[i].getData()[1], run.history.loss)
        np.testing.assert_array_equal(run.history.w[0], controller.start)
    xs, ys = window.data_panel.race_lines[1].getData()  # run 2's line (run 0's is the main line)
    w = controller.runs[2].history.w[-1]
    np.testing.assert_allclose(ys, w[0] + w[1] * xs)
    assert "Adam" in window.readout.race.text()
    assert window.loss_panel.legend.entries == [run.title for run in controller.runs]  # (folded or open)
    assert len(window.surface_panel.paths[3].getData()[0] or []) == 0


def test_one_run_diverging_does_not_stop_the_others(qtbot, window, controller):
    # At this η plain gradient descent diverges, while Adam's steps stay about η long.
    controller.set_optimizers(["gd", "adam"])
    controller.set_lr(1.5 * controller.surface.max_stable_lr())
    controller.set_speed(float("inf"))
    controller.play()
    qtbot.waitUntil(lambda: controller.runs[0].stop is Stop.DIVERGED, timeout=5000)
    qtbot.waitUntil(lambda: controller.runs[1].history.steps_taken > controller.runs[0].history.steps_taken + 20,
                    timeout=5000)
    assert controller.runs[1].stop is not Stop.DIVERGED
    controller.pause()
    assert np.isfinite(controller.runs[0].history.w).all()
    assert "The others go on" in controller.message[0]


def test_race_is_reproducible_in_lockstep(qtbot, window, controller):
    controller.set_optimizers(["momentum", "rmsprop"])
    controller.set_speed(float("inf"))
    controller.play()
    qtbot.waitUntil(lambda: controller.max_step >= 200, timeout=5000)
    controller.pause()
    a, b = controller.runs
    assert abs(a.history.steps_taken - b.history.steps_taken) == 0 or a.stop is not Stop.NONE \
        or b.stop is not Stop.NONE
    assert controller.run_state is RunState.IDLE
