"""Edits are transactions over one Document: built, applied once, each signal emitted at most once.
No MainWindow here: the engine alone."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from gdstudio.assets import default_dataset, load_preset
from gdstudio.core.document import Document, Layers
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.standardize import Standardize
from gdstudio.engine.controller import Controller, RunState
from gdstudio.engine.edits import Edit, EditKind

SIGNALS = ("sig_data_changed", "sig_data_loaded", "sig_runs_changed", "sig_settings_changed", "sig_view_changed",
           "sig_run_state_changed", "sig_edited")


@pytest.fixture
def controller(qapp):
    c = Controller(default_dataset(), speed=1000)
    yield c
    c.shutdown()


def count_signals(controller: Controller) -> Counter:
    seen: Counter = Counter()
    for name in SIGNALS:
        getattr(controller, name).connect(lambda *_, n=name: seen.update([n]))
    return seen


def take_steps(qtbot, controller: Controller, n: int) -> None:
    target = controller.history.steps_taken + n
    controller.step(n)
    qtbot.waitUntil(lambda: controller.history.steps_taken >= target and not controller.busy, timeout=5000)


def test_a_multi_setting_edit_is_one_transaction_and_undoing_it_emits_each_signal_once(qtbot, controller):
    before = controller.document
    after = replace(before, lr=0.01, loss_form=LossForm.MEAN, sampler=Sampler(Sampling.SGD, 1, 3),
                    optimizers=("adam", "gd"), start=(0.0, 0.0), layers=Layers(constraint_lines=True))
    seen = count_signals(controller)
    controller.apply(after, Edit(EditKind.OPTIMIZERS))
    assert controller.document == after
    assert seen == Counter({name: 1 for name in SIGNALS if name not in ("sig_run_state_changed", "sig_data_loaded")})
    seen.clear()
    controller.apply(before, Edit(EditKind.OPTIMIZERS), record=False)  # what undo does
    assert controller.document == before and [r.key for r in controller.runs] == ["gd"]
    assert seen["sig_settings_changed"] == 1 and seen["sig_data_changed"] == 1 and seen["sig_edited"] == 0


def test_opening_a_document_fires_each_signal_once_and_refits_once(qtbot, controller):
    take_steps(qtbot, controller, 5)
    seen = count_signals(controller)
    controller.open_document(Document(load_preset("anscombe-1"), LossForm.MEAN, Standardize.X, (0.0, 1.0), 0.05),
                             speed=7.0)
    assert seen["sig_settings_changed"] <= 2  # (the speed, then the document)
    assert seen["sig_data_loaded"] == 1 and seen["sig_data_changed"] == 1 and seen["sig_edited"] == 0
    assert controller.history.steps_taken == 0 and controller.speed == 7.0


def test_a_no_op_edit_emits_nothing(controller):
    seen = count_signals(controller)
    controller.set_lr(controller.lr)
    controller.set_layers()
    assert not seen


@pytest.mark.parametrize("how", ["preset", "undo of a load"])
def test_new_data_starts_a_new_run_at_step_zero(qtbot, controller, how):
    take_steps(qtbot, controller, 20)
    if how == "preset":
        controller.load_data(load_preset("perfect-line"))
    else:
        before = controller.document
        controller.load_data(load_preset("perfect-line"))
        take_steps(qtbot, controller, 7)
        controller.apply(before, Edit(EditKind.LOAD_DATA), record=False)
    h = controller.history
    assert h.steps_taken == 0 and len(h.loss) == 1
    assert h.loss[0] == pytest.approx(controller.surface.loss(*controller.document.start))


def test_after_a_diverged_run_new_data_plays_from_the_start(qtbot, controller):
    controller.set_lr(100.0)
    controller.step(30)
    qtbot.waitUntil(lambda: not controller.busy, timeout=5000)
    assert controller.message[0].startswith("Diverged")
    controller.set_lr(0.001)  # (below 2/λmax = 0.00198 of Anscombe's first set)
    controller.load_data(load_preset("anscombe-1"))
    assert controller.message[0] == ""
    controller.play()
    assert controller.run_state is RunState.PLAYING
    qtbot.waitUntil(lambda: controller.history.steps_taken >= 3, timeout=5000)
    controller.pause()
    assert not controller.message[0].startswith("Diverged")
    assert np.isfinite(controller.history.w).all()


def test_a_single_point_edit_lets_the_run_go_on(qtbot, controller):
    take_steps(qtbot, controller, 10)
    controller.add_point(1.0, 1.0)
    assert controller.history.steps_taken == 10
    assert controller.history.loss[-1] == pytest.approx(controller.surface.loss(*controller.history.w[-1]))


def test_removing_a_point_forgets_the_hovered_one(controller):
    """Once, a stale hover stayed on another point after a delete, and Delete then removed that one."""
    controller.set_hover_point(3)
    controller.remove_point(1)
    assert controller.view_state.hover_point == -1
    controller.set_hover_point(2)
    controller.move_point(2, 1.0, 1.0)  # a drag keeps its point
    assert controller.view_state.hover_point == 2


def test_view_state_is_not_the_document(controller):
    before = controller.document
    controller.view_state.set_slice_cuts(True)
    controller.set_hover_w((1.0, 2.0))
    controller.say("hello")
    assert controller.document == before


def test_the_window_steps_what_problem_for_builds(qtbot, controller):
    from gdstudio.core.descent import descend, evaluate
    from gdstudio.core.document import Fit, problem_for

    controller.set_optimizers(["momentum"])
    controller.set_standardize(Standardize.XY)
    take_steps(qtbot, controller, 15)
    document = controller.document
    fit = Fit.of(document)
    chunk = descend(problem_for(document), evaluate(fit.surface, np.array(document.start)), 15)
    np.testing.assert_array_equal(controller.history.w[1:], chunk.w)
