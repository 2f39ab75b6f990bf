"""The batch fast paths (plain gradient descent, and any optimizer in floats) give the same bits as the
general loop."""

import numpy as np
import pytest

from gdstudio.core import descent
from gdstudio.core.descent import Problem, Stop, descend, evaluate
from gdstudio.core.model import ErrorSurface, LossForm
from gdstudio.core.optimizers import SGD, Adagrad, Adam, GradientDescent, Momentum, Nesterov, RMSprop
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.schedules import Schedule

FIELDS = ("w", "loss", "grad", "step_grad", "lr", "batch_flat", "batch_offsets")


def general_loop(monkeypatch, *args, **kwargs):
    with monkeypatch.context() as m:
        m.setattr(descent, "is_plain_batch_descent", lambda problem: False)
        m.setattr(descent, "is_batch_descent", lambda problem: False)
        return descend(*args, **kwargs)


@pytest.mark.parametrize("form", list(LossForm))
@pytest.mark.parametrize("schedule", [Schedule(), Schedule("cosine", t_max=50), Schedule("step", step_size=7)])
@pytest.mark.parametrize("lr_factor", [0.3, 0.999, 1.2])  # converging, barely converging, diverging
def test_fast_path_is_bit_identical(monkeypatch, form, schedule, lr_factor):
    rng = np.random.default_rng(7)
    x = rng.uniform(-5, 20, 30)
    y = 3 + 2 * x + rng.normal(0, 2, 30)
    surface = ErrorSurface.from_data(x, y, form)
    problem = Problem(surface, lr_factor * surface.max_stable_lr(), schedule=schedule)
    start = evaluate(surface, [0.3, -1.0])
    assert descent.is_plain_batch_descent(problem)
    for stop_at_convergence in (False, True):
        fast = descend(problem, start, 3000, stop_at_convergence=stop_at_convergence)
        slow = general_loop(monkeypatch, problem, start, 3000, stop_at_convergence=stop_at_convergence)
        for field in FIELDS:
            np.testing.assert_array_equal(getattr(fast, field), getattr(slow, field), err_msg=field)
        assert fast.stop is slow.stop and fast.opt_state.t == slow.opt_state.t
    if lr_factor > 1 and schedule.kind.value == "constant":  # (a decaying η may get below the bound)
        assert fast.stop is Stop.DIVERGED


def test_chunking_does_not_change_the_trajectory():
    x = np.linspace(0, 3, 12)
    surface = ErrorSurface.from_data(x, 1 + 2 * x + np.sin(x))
    problem = Problem(surface, 0.01)
    whole = descend(problem, evaluate(surface, [0, 0]), 200)
    state, parts = evaluate(surface, [0, 0]), []
    for size in (1, 7, 50, 142):
        chunk = descend(problem, state, size)
        parts.append(chunk.w)
        state = descent.State(state.step + size, chunk.w[-1], float(chunk.loss[-1]), chunk.grad[-1], chunk.opt_state)
    np.testing.assert_array_equal(np.concatenate(parts), whole.w)


def test_fast_path_only_for_plain_batch_descent():
    surface = ErrorSurface.from_data([0.0, 1.0, 2.0], [1.0, 2.0, 2.0])
    x, y = np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 2.0])
    assert descent.is_plain_batch_descent(Problem(surface, 0.1))
    assert not descent.is_plain_batch_descent(Problem(surface, 0.1, optimizer=Momentum()))
    assert not descent.is_plain_batch_descent(Problem(surface, 0.1, optimizer=GradientDescent(weight_decay=0.1)))
    assert not descent.is_plain_batch_descent(Problem(surface, 0.1, x, y, Sampler(Sampling.SGD)))


OPTIMIZERS = [Momentum(), Nesterov(), SGD(momentum=0.5, dampening=0.3, weight_decay=0.05),
              GradientDescent(weight_decay=0.1),
              Adagrad(), Adagrad(lr_decay=0.01, initial_accumulator_value=0.1, weight_decay=0.02), RMSprop(),
              RMSprop(centered=True, momentum=0.5, weight_decay=0.01), Adam(), Adam(amsgrad=True, weight_decay=0.01)]


@pytest.mark.parametrize("optimizer", OPTIMIZERS, ids=repr)
@pytest.mark.parametrize("lr_factor", [0.3, 1.5, 40.0])  # (Adam & co. tolerate a larger η than 2/λmax)
def test_every_optimizer_s_batch_path_is_bit_identical(monkeypatch, optimizer, lr_factor):
    rng = np.random.default_rng(11)
    x = rng.uniform(-5, 20, 40)
    y = 3 + 2 * x + rng.normal(0, 2, 40)
    surface = ErrorSurface.from_data(x, y, LossForm.MEAN)
    for schedule in (Schedule(), Schedule("step", step_size=9)):
        problem = Problem(surface, lr_factor * surface.max_stable_lr(), optimizer=optimizer, schedule=schedule)
        assert descent.is_batch_descent(problem) and not descent.is_plain_batch_descent(problem)
        start = evaluate(surface, [0.3, -1.0])
        for stop_at_convergence in (False, True):
            fast = descend(problem, start, 800, stop_at_convergence=stop_at_convergence)
            slow = general_loop(monkeypatch, problem, start, 800, stop_at_convergence=stop_at_convergence)
            for field in (*FIELDS, "opt_rows"):
                np.testing.assert_array_equal(getattr(fast, field), getattr(slow, field), err_msg=field)
            assert fast.stop is slow.stop and type(fast.opt_state) is type(slow.opt_state)
            np.testing.assert_array_equal(state_row(fast.opt_state), state_row(slow.opt_state))
        # Chunk by chunk from the chunks' own states: the same trajectory again.
        state, parts = start, []
        for size in (1, 5, 60):
            chunk = descend(problem, state, size)
            parts.append(chunk.w)
            if not len(chunk):  # (diverged)
                break
            state = descent.State(state.step + len(chunk), chunk.w[-1], float(chunk.loss[-1]), chunk.grad[-1],
                                  chunk.opt_state)
        whole = descend(problem, start, 66)
        np.testing.assert_array_equal(np.concatenate(parts), whole.w[:sum(len(p) for p in parts)])


def state_row(state):
    from gdstudio.core.optimizers import state_to_row

    return state_to_row(state)


def test_the_batch_path_is_not_taken_for_mini_batches():
    x, y = np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 2.0])
    surface = ErrorSurface.from_data(x, y)
    assert not descent.is_batch_descent(Problem(surface, 0.1, x, y, Sampler(Sampling.SGD), optimizer=Adam()))
    assert not descent.is_batch_descent(Problem(ErrorSurface.from_data([], []), 0.1, optimizer=Adam()))
