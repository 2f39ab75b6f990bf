"""Going back in a run's history and continuing reproduces the same trajectory, bit for bit."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdstudio.core.descent import Problem, descend, evaluate
from gdstudio.core.history import RunHistory, _Column
from gdstudio.core.model import ErrorSurface
from gdstudio.core.optimizers import OPTIMIZERS
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.schedules import Schedule

FIELDS = ("w", "loss", "grad", "step_grad", "lr")


def make_problem(key: str, sampling: Sampling) -> Problem:
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 3, 15)
    y = 1 + 1.5 * x + rng.normal(0, 0.3, 15)
    surface = ErrorSurface.from_data(x, y)
    lr = 0.3 * surface.max_stable_lr() if key in ("gd", "momentum", "nesterov") else 0.05
    return Problem(surface, lr, x, y, Sampler(sampling, 4, seed=2), OPTIMIZERS[key](), Schedule("step", step_size=9))


@pytest.mark.parametrize("key", list(OPTIMIZERS))
@pytest.mark.parametrize("sampling", [Sampling.BATCH, Sampling.MINIBATCH])
def test_back_then_forward_is_bit_identical(key, sampling):
    problem = make_problem(key, sampling)
    original = RunHistory(evaluate(problem.surface, [0.0, 0.0]))
    for size in (13, 1, 36):  # built in uneven chunks
        original.extend(descend(problem, original.state(), size))
    replay = RunHistory(evaluate(problem.surface, [0.0, 0.0]))
    replay.extend(descend(problem, replay.state(), 50))
    replay.truncate(21)
    assert replay.steps_taken == 20
    replay.extend(descend(problem, replay.state(), 30))
    for field in FIELDS:
        np.testing.assert_array_equal(getattr(replay, field), getattr(original, field), err_msg=field)
    for step in (1, 20, 21, 50):
        a, b = replay.batch(step), original.batch(step)
        assert (a is None and b is None) or np.array_equal(a, b)


def test_views_show_the_past_without_changing_the_run():
    problem = make_problem("adam", Sampling.BATCH)
    history = RunHistory(evaluate(problem.surface, [0.0, 0.0]))
    history.extend(descend(problem, history.state(), 30))
    past = history.view(11)
    assert len(past) == 11 and past.steps_taken == 10
    np.testing.assert_array_equal(past.w, history.w[:11])
    assert past.state().step == 10 and past.state().opt_state.t == 10
    assert past.step_record().step == 10
    assert len(history) == 31
    with pytest.raises(ValueError):
        past.extend(descend(problem, past.state(), 1))


def test_optimizer_state_is_kept_for_every_step():
    problem = make_problem("rmsprop", Sampling.BATCH)
    history = RunHistory(evaluate(problem.surface, [0.0, 0.0]))
    assert history.state(0).opt_state is None
    state = history.state()
    for _ in range(5):  # one step at a time: the state after each is exactly what the history returns
        chunk = descend(problem, state, 1)
        history.extend(chunk)
        state = history.state()
        for field in ("square_avg", "grad_avg", "momentum_buffer"):
            np.testing.assert_array_equal(getattr(state.opt_state, field), getattr(chunk.opt_state, field))
        assert state.opt_state.t == chunk.opt_state.t


def test_revision_changes_when_recorded_states_change_not_when_steps_are_added():
    problem = make_problem("gd", Sampling.BATCH)
    history = RunHistory(evaluate(problem.surface, [0.0, 0.0]))
    other = RunHistory(evaluate(problem.surface, [0.0, 0.0]))
    assert history.revision != other.revision
    first = history.revision
    history.extend(descend(problem, history.state(-1), 10))
    assert history.revision == first  # only appended: what was computed from a prefix still holds
    history.truncate(5)
    after_truncate = history.revision
    assert after_truncate != first
    history.replace_last(evaluate(problem.surface, history.w[-1]))
    assert history.revision != after_truncate
    assert history.view(3).revision == history.revision


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.tuples(st.just("extend"), st.integers(0, 3000)),
                          st.tuples(st.just("truncate"), st.integers(1, 5000)),
                          st.tuples(st.just("set_last"), st.floats(-1e3, 1e3))), max_size=40))
def test_column_grows_without_losing_or_mixing_up_rows(operations):
    """The column moves into a bigger buffer bit by bit; whatever is appended, cut or rewritten on the
    way, it holds exactly what a plain list would."""
    column, expected, counter = _Column((2,)), [], 0
    for op, arg in operations:
        if op == "extend":
            rows = np.arange(counter, counter + 2 * arg, dtype=float).reshape(arg, 2)
            counter += 2 * arg
            column.extend(rows)
            expected.extend(rows.tolist())
        elif op == "truncate" and expected:
            arg = min(arg, len(expected))
            column.truncate(arg)
            del expected[arg:]
        elif op == "set_last" and expected:
            column.set_last([arg, arg])
            expected[-1] = [arg, arg]
        np.testing.assert_array_equal(column.view, np.array(expected).reshape(-1, 2))


def test_column_rows_rewritten_after_a_truncate_reach_the_bigger_buffer():
    column = _Column()
    column.extend(np.zeros(600))     # half full: the move into a bigger buffer starts (and copies all 600)
    column.truncate(100)
    column.extend(np.ones(50))       # rows 100–149 are new: they must be moved again
    column.extend(np.full(1000, 2.0))  # past the old capacity: switch buffers
    np.testing.assert_array_equal(column.view, np.r_[np.zeros(100), np.ones(50), np.full(1000, 2.0)])


def test_column_does_not_keep_a_second_buffer_past_its_cap():
    column = _Column(max_rows=5000)
    for _ in range(10):
        column.extend(np.arange(500.0))  # 5,000 rows: the cap
    assert len(column._a) == 5000 and column._next is None  # no move into an even bigger buffer
    column.extend(np.arange(10.0))  # past the cap (a headless export may go on): grows on demand
    np.testing.assert_array_equal(column.view, np.r_[np.tile(np.arange(500.0), 10), np.arange(10.0)])
