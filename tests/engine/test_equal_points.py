"""A race of samplings (slide 30): batch, mini-batch K and SGD from one start with one optimizer,
scheduled on equal budgets of data points, not equal steps. The engine alone, no MainWindow."""

from __future__ import annotations

import numpy as np
import pytest

from gdstudio.assets import default_dataset
from gdstudio.core.dataset import DataSet
from gdstudio.core.document import Document, Fit, problem_for
from gdstudio.core.model import direct_gradient
from gdstudio.core.sampling import Sampler, Sampling, race_samplers
from gdstudio.engine.controller import Controller
from gdstudio.engine.edits import EditKind
from gdstudio.engine.view_state import LossX
from gdstudio.engine.worker import StepRequest, StepTask, run_tasks


@pytest.fixture
def controller(qapp):
    c = Controller(default_dataset(), speed=1000)
    yield c
    c.shutdown()


def points(controller: Controller) -> list[int]:
    n = len(controller.data)
    return [int(r.history.points_used(r.history.steps_taken, n)) for r in controller.runs]


def wait_idle(qtbot, controller: Controller) -> None:
    qtbot.waitUntil(lambda: not controller.busy, timeout=10000)


def test_the_race_has_three_runs_named_by_their_sampling_with_the_one_optimizer(qtbot, controller):
    controller.set_optimizers(["adam"])
    seen = []
    controller.sig_edited.connect(lambda edit, *_: seen.append(edit.kind))
    controller.race_sampling(batch_size=5)
    assert [r.title for r in controller.runs] == ["Batch", "Mini-batch (K = 5)", "SGD (1 point)"]
    assert [r.key for r in controller.runs] == ["adam"] * 3
    assert [r.sampler.mode for r in controller.runs] == [Sampling.BATCH, Sampling.MINIBATCH, Sampling.SGD]
    assert seen == [EditKind.SAMPLING_RACE]
    assert controller.view_state.loss_x is LossX.POINTS  # the curves line up at equal work
    controller.end_sampling_race()
    assert len(controller.runs) == 1 and controller.runs[0].sampler is None
    assert controller.view_state.loss_x is LossX.STEPS  # as before the race


@pytest.mark.parametrize("ticks", [1, 3])
def test_every_step_gives_each_run_the_same_points(qtbot, controller, ticks):
    controller.race_sampling(batch_size=4)
    n = len(controller.data)
    controller.step(ticks)
    wait_idle(qtbot, controller)
    assert points(controller) == [ticks * n] * 3
    batch, mini, sgd = controller.runs
    assert batch.history.steps_taken == ticks
    assert mini.history.steps_taken == ticks * -(-n // 4)
    assert sgd.history.steps_taken == ticks * n
    # Each run's recorded batches have its sampler's size (the last of an epoch may be smaller).
    assert all(batch.history.batch(s) is None for s in range(1, ticks + 1))
    sizes = [len(mini.history.batch(s)) for s in range(1, mini.history.steps_taken + 1)]
    assert max(sizes) == 4 and sum(sizes) == ticks * n
    assert {len(sgd.history.batch(s)) for s in range(1, sgd.history.steps_taken + 1)} == {1}


def test_the_batch_run_steps_with_the_full_gradient(qtbot, controller):
    controller.race_sampling()
    controller.step(2)
    wait_idle(qtbot, controller)
    h, data = controller.runs[0].history, controller.model_data
    for s in (1, 2):
        np.testing.assert_allclose(h.step_grad[s], direct_gradient(h.w[s - 1], data.x, data.y), rtol=1e-9)
        np.testing.assert_allclose(h.step_grad[s], h.grad[s - 1], rtol=1e-12)


def test_playing_keeps_the_budgets_within_one_batch(qtbot, controller):
    controller.race_sampling(batch_size=7)
    controller.set_speed(float("inf"))
    controller.play()
    qtbot.waitUntil(lambda: controller.runs[2].history.steps_taken > 2000, timeout=10000)
    controller.pause()
    wait_idle(qtbot, controller)
    n = len(controller.data)
    used = points(controller)
    assert max(used) == used[2]  # SGD leads: the others take what fits in the points it reached
    assert used[2] - used[0] < n and used[2] - used[1] < 7


def test_a_frame_stays_cheap_with_many_points(qapp):
    """At N = 100,000 one batch step's worth of SGD is 100,000 steps: a frame's request ends at its
    time budget, and the batch and mini-batch runs take only what fits in the points SGD reached."""
    rng = np.random.default_rng(1)
    x = rng.uniform(0, 10, 100_000)
    doc = Document(DataSet(x, 2 * x + 1 + rng.normal(0, 1, x.size)), lr=1e-7).with_sampling_race()
    fit = Fit.of(doc)
    from gdstudio.core.descent import evaluate
    start = evaluate(fit.surface, np.array(doc.start))
    tasks = tuple(StepTask(i, problem_for(doc, i, fit), start, True) for i in range(3))
    chunks = dict(run_tasks(StepRequest(1, tasks, 1, 0.004, True)))
    assert 0 < len(chunks[2]) < 100_000  # (the time budget ended SGD's share)
    assert len(chunks[0]) == 0 and len(chunks[1]) == len(chunks[2]) // 10


def test_scrubbing_shows_every_run_at_the_same_points(qtbot, controller):
    controller.race_sampling(batch_size=5)
    n = len(controller.data)
    controller.step(2)
    wait_idle(qtbot, controller)
    controller.scrub_to(n)  # SGD's step N: one pass through the data
    shown = [controller.shown_history(i) for i in range(3)]
    assert [h.steps_taken for h in shown] == [1, -(-n // 5), n]
    controller.step(1)  # continue from there: the later steps are gone, and the budgets still agree
    wait_idle(qtbot, controller)
    assert points(controller) == [2 * n] * 3


def test_choosing_one_sampling_or_several_optimizers_ends_the_race(qtbot, controller):
    controller.race_sampling()
    controller.set_sampler(Sampler(Sampling.SGD))
    assert controller.document.sampling_race == () and len(controller.runs) == 1
    assert controller.runs[0].sampler is None and controller.sampler.mode is Sampling.SGD
    controller.race_sampling()
    controller.set_optimizers(["momentum"])  # one optimizer: the race goes on with it
    assert [r.key for r in controller.runs] == ["momentum"] * 3
    controller.set_optimizers(["gd", "adam"])
    assert controller.document.sampling_race == () and [r.key for r in controller.runs] == ["gd", "adam"]


def test_each_run_steps_its_own_sampler():
    doc = Document(default_dataset()).with_sampling_race()
    assert doc.sampling_race == race_samplers(10, 0)
    assert [problem_for(doc, i).sampler for i in range(3)] == list(doc.sampling_race)


def test_playing_many_points_redraws_before_a_whole_batch_step_is_done(qtbot, qapp):
    """With N = 20,000 SGD needs 20,000 steps for one batch step's points: the curves still move
    every frame (the frames come for each chunk, not for each batch step completed)."""
    rng = np.random.default_rng(2)
    x = rng.uniform(0, 10, 20_000)
    c = Controller(Document(DataSet(x, 2 * x + 1 + rng.normal(0, 1, x.size)), lr=1e-6).with_sampling_race(),
                   speed=20)
    frames = []
    c.sig_history_changed.connect(lambda: frames.append(c.runs[2].history.steps_taken))
    try:
        c.play()
        qtbot.waitUntil(lambda: len(set(frames)) >= 5, timeout=10000)
        c.pause()
        qtbot.waitUntil(lambda: not c.busy, timeout=5000)
        assert c.runs[0].history.steps_taken == 0 < c.runs[2].history.steps_taken < 20_000
        assert c.runs[1].history.steps_taken == c.runs[2].history.steps_taken // 10
    finally:
        c.shutdown()


def test_a_preset_loaded_during_the_race_sets_its_k(qtbot, controller):
    controller.race_sampling(batch_size=4)
    controller.load_data(default_dataset(), {"sampling": "minibatch", "batch_size": 6})
    assert controller.document.sampling_race == race_samplers(6, 0)
    assert [r.title for r in controller.runs][1] == "Mini-batch (K = 6)"


def test_steps_asked_for_beyond_the_history_limit_end(qtbot, controller, monkeypatch):
    """At the history's limit SGD can take no more steps: the steps still owed are dropped, not asked
    for again and again."""
    from gdstudio.engine import worker

    monkeypatch.setattr(worker, "MAX_STATES", 30)
    controller.race_sampling()
    controller.step(5)  # 5 × 12 SGD steps would pass the limit of 29
    wait_idle(qtbot, controller)
    assert controller.runs[2].history.steps_taken == 29
    assert points(controller)[0] <= points(controller)[2]


def test_the_lectures_last_beats_race_the_samplings_and_back_undoes_it(qtbot, qapp):
    from gdstudio.assets import builtin_lesson
    from gdstudio.engine.grid_sweep import GridSearchRun
    from gdstudio.engine.lecture import Lecture

    c = Controller()
    sweep = GridSearchRun(c, sweep_seconds=0.2, tick_ms=10)
    lecture = Lecture(c, sweep, builtin_lesson())
    try:
        lecture.start(8)  # part 9: steepest, mini-batch and stochastic descent
        while not lecture.at_end:
            lecture.next()
            qtbot.waitUntil(lambda: not c.busy, timeout=10_000)
        n = len(c.data)
        assert [r.title for r in c.runs] == ["Batch", "Mini-batch (K = 4)", "SGD (1 point)"]
        assert points(c) == [10 * n] * 3 and c.view_state.loss_x is LossX.POINTS
        lecture.back()
        lecture.back()  # before the race: one run, the error curve by steps again
        assert len(c.runs) == 1 and c.view_state.loss_x is LossX.STEPS
    finally:
        sweep.clear()
        c.shutdown()
