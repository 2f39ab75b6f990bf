"""The race of samplings from the window: the sampling chooser (or Shift+M) starts it, the loss curves
line up over data points used, and choosing one sampling is one run again."""

import numpy as np

from gdstudio.core.sampling import SAMPLING_RACE, Sampling
from gdstudio.engine.view_state import LossX
from tests.ui.conftest import wait_idle


def choose(box, data) -> None:
    box.setCurrentIndex(box.findData(data))


def test_the_chooser_starts_a_race_of_three_named_runs_over_points(qtbot, window, controller):
    bar = window.settings_bar
    bar.batch_size.setValue(4)
    choose(bar.sampling_box, SAMPLING_RACE)
    assert [r.title for r in controller.runs] == ["Batch", "Mini-batch (K = 4)", "SGD (1 point)"]
    assert bar.batch_size.isVisible() and bar.seed.isVisible()
    assert controller.view_state.loss_x is LossX.POINTS and bar.loss_x_box.currentData() == LossX.POINTS
    controller.step(2)
    wait_idle(qtbot, controller)
    n = len(controller.data)
    assert window.loss_panel.legend.entries == ["Batch", "Mini-batch (K = 4)", "SGD (1 point)"]
    for i, run in enumerate(controller.runs):
        xs, ys = window.loss_panel.curves[i].getData()
        assert xs[-1] == 2 * n  # every curve ends at the same work: 2N points
        np.testing.assert_array_equal(ys[-1], run.history.loss[-1])
    assert [r.history.steps_taken for r in controller.runs] == [2, 2 * -(-n // 4), 2 * n]
    assert "SGD (1 point)" in window.readout.race.text()
    undo = window.undo_history.stack
    assert undo.undoText().endswith("race the sampling modes")
    choose(bar.sampling_box, Sampling.MINIBATCH)  # one sampling: one run again
    assert len(controller.runs) == 1 and controller.sampler.mode is Sampling.MINIBATCH
    assert controller.view_state.loss_x is LossX.STEPS
    undo.undo()
    assert len(controller.runs) == 3 and bar.sampling_box.currentData() == SAMPLING_RACE


def test_the_menu_entry_toggles_the_race(qtbot, window, controller):
    action = next(a for a in window.findChildren(type(window.play_action))
                  if a.shortcut().toString() == "Shift+M")
    action.trigger()
    assert controller.racing_sampling and action.isChecked()
    assert [r.sampler.mode for r in controller.runs] == [Sampling.BATCH, Sampling.MINIBATCH, Sampling.SGD]
    action.trigger()
    assert not controller.racing_sampling and len(controller.runs) == 1 and not action.isChecked()


def race_rows(readout) -> list[list[str]]:
    """The readout's race table as the cells' plain texts, row by row (the header first)."""
    import re
    rows = re.findall(r"<tr>(.*?)</tr>", readout.race.text())
    return [[re.sub(r"<[^>]+>|&nbsp;", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in rows]


def test_the_readout_counts_the_points_each_sampling_used(qtbot, window, controller):
    window.settings_bar.batch_size.setValue(4)
    choose(window.settings_bar.sampling_box, SAMPLING_RACE)
    controller.step(2)
    wait_idle(qtbot, controller)
    n = len(controller.data)
    header, *rows = race_rows(window.readout)
    assert header[2:4] == ["steps", "data points"]
    assert [row[1] for row in rows] == [r.title for r in controller.runs]
    assert [int(row[2].replace(",", "")) for row in rows] == [r.history.steps_taken for r in controller.runs]
    assert [int(row[3].replace(",", "")) for row in rows] == [2 * n] * 3  # equal work, unequal steps


def test_a_race_of_optimizers_counts_steps_only(qtbot, window, controller):
    controller.set_optimizers(["gd", "momentum"])
    controller.step(3)
    wait_idle(qtbot, controller)
    header, *rows = race_rows(window.readout)
    assert "data points" not in header and [row[2] for row in rows] == ["3", "3"]
