"""Gradient descent in chunks: convergence, the divergence bound, stopping rules, and the run history."""

from __future__ import annotations

import time

import numpy as np
import pytest

from gdstudio.core.descent import Chunk, Problem, State, Stop, descend, evaluate
from gdstudio.core.history import RunHistory
from gdstudio.core.model import ErrorSurface, LossForm

FORMS = [LossForm.SUM, LossForm.MEAN]


def _data(seed: int, n: int = 15, centre: float = 0.0, spread: float = 1.0):
    rng = np.random.default_rng(seed)
    x = centre + rng.uniform(-spread, spread, n)
    y = rng.normal(1.0, 1.0) + rng.normal(0.5, 1.0) * x + rng.normal(0.0, 0.3, n)
    return x, y


def _lstsq(x, y) -> np.ndarray:
    return np.linalg.lstsq(np.column_stack([np.ones_like(x), x]), y, rcond=None)[0]


def _all_finite(chunk: Chunk) -> bool:
    return bool(np.isfinite(chunk.w).all() and np.isfinite(chunk.loss).all() and np.isfinite(chunk.grad).all())


def _replay(surface: ErrorSurface, lr: float, start: State, steps: int) -> np.ndarray:
    """w after each of `steps` plain steps w ← w − η∇E(w), written out longhand."""
    w = np.array(start.w, dtype=float)
    out = []
    for _ in range(steps):
        w = w - lr * surface.gradient(w[0], w[1])
        out.append(w)
    return np.array(out).reshape(-1, 2)


# --------------------------------------------------------------------------------------
# evaluate


def test_evaluate_builds_a_state():
    x, y = _data(1)
    s = ErrorSurface.from_data(x, y)
    st = evaluate(s, [0.5, -1.0], step=7)
    assert st.step == 7
    np.testing.assert_array_equal(st.w, [0.5, -1.0])
    assert st.w.dtype == float
    assert st.loss == float(s.loss(0.5, -1.0))
    np.testing.assert_array_equal(st.grad, s.gradient(0.5, -1.0))


# --------------------------------------------------------------------------------------
# convergence


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("seed", "n", "centre", "spread"), [(1, 15, 0.0, 1.0), (2, 40, 2.0, 1.5),
                                                             (3, 5, -1.0, 3.0), (4, 200, 0.5, 0.5)])
def test_descend_converges_to_lstsq(seed, n, centre, spread, form):
    x, y = _data(seed, n, centre, spread)
    s = ErrorSurface.from_data(x, y, form)
    problem = Problem(s, 0.5 * s.max_stable_lr())
    start = evaluate(s, [3.0, -2.0])
    chunk = descend(problem, start, 5000)
    assert chunk.stop in (Stop.NONE, Stop.CONVERGED)
    assert len(chunk) == 5000
    assert chunk.first_step == 1
    assert chunk.w.shape == (5000, 2) and chunk.loss.shape == (5000,) and chunk.grad.shape == (5000, 2)
    expected = _lstsq(x, y)
    np.testing.assert_allclose(chunk.w[-1], expected, rtol=1e-8, atol=1e-8)
    # Each recorded state is consistent: its E and ∇E are those at its w.
    for k in (0, 1, 100, -1):
        assert chunk.loss[k] == float(s.loss(*chunk.w[k]))
        np.testing.assert_array_equal(chunk.grad[k], s.gradient(*chunk.w[k]))
    # The first steps are exactly w ← w − η∇E(w).
    np.testing.assert_allclose(chunk.w[:50], _replay(s, problem.lr, start, 50), rtol=1e-13, atol=1e-13)
    # With η below 2/λmax the error never goes up.
    assert np.all(np.diff(chunk.loss) <= 1e-12 * chunk.loss[0])


def test_chunks_continue_where_the_last_one_stopped():
    x, y = _data(5)
    s = ErrorSurface.from_data(x, y)
    problem = Problem(s, 0.3 * s.max_stable_lr())
    start = evaluate(s, [0.0, 0.0])
    whole = descend(problem, start, 60)
    first = descend(problem, start, 25)
    last = State(25, first.w[-1], float(first.loss[-1]), first.grad[-1])
    second = descend(problem, last, 35)
    assert second.first_step == 26
    np.testing.assert_array_equal(np.vstack([first.w, second.w]), whole.w)
    np.testing.assert_array_equal(np.concatenate([first.loss, second.loss]), whole.loss)


def test_zero_steps_gives_an_empty_chunk():
    x, y = _data(6)
    s = ErrorSurface.from_data(x, y)
    chunk = descend(Problem(s, 0.01), evaluate(s, [1.0, 1.0], step=4), 0)
    assert len(chunk) == 0 and chunk.first_step == 5
    assert chunk.w.shape == (0, 2) and chunk.grad.shape == (0, 2) and chunk.loss.shape == (0,)
    assert chunk.stop is Stop.NONE


def test_chunk_is_frozen_and_holds_copies():
    x, y = _data(7)
    s = ErrorSurface.from_data(x, y)
    start = evaluate(s, [1.0, 1.0])
    chunk = descend(Problem(s, 0.01), start, 3)
    with pytest.raises(AttributeError):
        chunk.stop = Stop.DIVERGED  # type: ignore[misc]
    assert not np.shares_memory(chunk.w, start.w)


# --------------------------------------------------------------------------------------
# the divergence bound η < 2/λmax


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("seed", [11, 12, 13])
def test_just_below_the_bound_converges(seed, form):
    x, y = _data(seed, 12, 0.2, 1.0)
    s = ErrorSurface.from_data(x, y, form)
    problem = Problem(s, 0.99 * s.max_stable_lr())
    chunk = descend(problem, evaluate(s, [4.0, -3.0]), 5000)
    assert chunk.stop is not Stop.DIVERGED
    assert len(chunk) == 5000
    # E − E* = ½ Σ λᵢ cᵢ² (1 − ηλᵢ)^2k: every term shrinks, so E never rises even while w zigzags.
    assert np.all(np.diff(chunk.loss) <= 1e-12 * chunk.loss[0])
    e_opt = float(s.loss(*s.optimum()))
    assert chunk.loss[-1] == pytest.approx(e_opt, rel=1e-9, abs=1e-12)
    np.testing.assert_allclose(chunk.w[-1], _lstsq(x, y), rtol=1e-6, atol=1e-6)
    # The w1 (steep) direction oscillates: successive steps along it change sign.
    steps = np.diff(chunk.w[:20] @ np.linalg.eigh(s.hessian())[1][:, 1])
    assert np.all(steps[:-1] * steps[1:] < 0)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("seed", [11, 12, 13])
def test_just_above_the_bound_diverges(seed, form):
    x, y = _data(seed, 12, 0.2, 1.0)
    s = ErrorSurface.from_data(x, y, form)
    problem = Problem(s, 1.01 * s.max_stable_lr())
    chunk = descend(problem, evaluate(s, [4.0, -3.0]), 100_000)
    assert chunk.stop is Stop.DIVERGED
    assert 100 < len(chunk) < 100_000  # it takes a while at 1.01×, but it does end
    assert _all_finite(chunk)
    assert np.all(chunk.loss <= problem.loss_limit)
    # The error eventually grows without bound (it is below the limit only because the run stops).
    assert chunk.loss[-1] > 1e6 * chunk.loss[0] or chunk.loss[-1] > 1e-2 * problem.loss_limit


@pytest.mark.parametrize("lr_factor", [3.0, 1e3, 1e100, 1e300])
@pytest.mark.parametrize("start", [(0.0, 0.0), (1e6, -1e6), (1e150, 1e150)])
def test_a_chunk_never_contains_a_non_finite_value(lr_factor, start):
    x, y = _data(21, 30, 1.0, 2.0)
    s = ErrorSurface.from_data(x, y)
    problem = Problem(s, lr_factor * s.max_stable_lr())
    first = evaluate(s, start)
    chunk = descend(problem, first, 10_000)
    assert chunk.stop is Stop.DIVERGED
    assert len(chunk) < 10_000
    assert _all_finite(chunk)
    assert np.all(chunk.loss <= problem.loss_limit)
    # And a history built from it holds only finite values too.
    if np.isfinite(first.loss) and np.isfinite(first.grad).all():
        h = RunHistory(first)
        h.extend(chunk)
        assert np.isfinite(h.w).all() and np.isfinite(h.loss).all() and np.isfinite(h.grad).all()


def test_divergence_with_huge_coordinates_stays_finite():
    rng = np.random.default_rng(3)
    x = 1e6 + rng.uniform(-1e3, 1e3, 20)
    y = 2e6 + 0.5 * (x - 1e6) + rng.normal(0, 10, 20)
    s = ErrorSurface.from_data(x, y)
    chunk = descend(Problem(s, 10 * s.max_stable_lr()), evaluate(s, [0.0, 0.0]), 10_000)
    assert chunk.stop is Stop.DIVERGED
    assert _all_finite(chunk)


# --------------------------------------------------------------------------------------
# stopping at convergence


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("seed", [31, 32])
def test_stop_at_convergence_stops_at_the_first_converged_state(seed, form):
    x, y = _data(seed, 20, 1.0, 1.0)
    s = ErrorSurface.from_data(x, y, form)
    problem = Problem(s, 0.5 * s.max_stable_lr())
    tol = problem.gradient_tolerance
    assert tol > 0
    start = evaluate(s, [2.0, 2.0])
    full = descend(problem, start, 3000)
    norms = np.linalg.norm(full.grad, axis=1)
    assert norms[-1] <= tol, "the reference run must reach the tolerance"
    first = int(np.argmax(norms <= tol))
    assert first > 0 and norms[first - 1] > tol

    chunk = descend(problem, start, 3000, stop_at_convergence=True)
    assert chunk.stop is Stop.CONVERGED
    assert len(chunk) == first + 1
    np.testing.assert_array_equal(chunk.w, full.w[: first + 1])
    assert np.linalg.norm(chunk.grad[-1]) <= tol
    assert np.all(np.linalg.norm(chunk.grad[:-1], axis=1) > tol)


def test_without_stop_at_convergence_the_steps_all_run():
    x, y = _data(33)
    s = ErrorSurface.from_data(x, y)
    problem = Problem(s, 0.5 * s.max_stable_lr())
    chunk = descend(problem, evaluate(s, [0.0, 0.0]), 3000)
    assert len(chunk) == 3000
    # Converged long before the end, and the chunk says so.
    assert chunk.stop is Stop.CONVERGED


def test_not_converged_yet_reports_none():
    x, y = _data(34)
    s = ErrorSurface.from_data(x, y)
    problem = Problem(s, 0.1 * s.max_stable_lr())
    chunk = descend(problem, evaluate(s, [5.0, 5.0]), 10, stop_at_convergence=True)
    assert len(chunk) == 10
    assert chunk.stop is Stop.NONE
    assert np.linalg.norm(chunk.grad[-1]) > problem.gradient_tolerance


def test_gradient_tolerance_scales_with_the_problem():
    x, y = _data(35)
    small = ErrorSurface.from_data(x, y)
    big = ErrorSurface.from_data(x * 1e3, y * 1e3)
    assert Problem(big, 1.0).gradient_tolerance > 1e3 * Problem(small, 1.0).gradient_tolerance
    empty = ErrorSurface.from_data(np.empty(0), np.empty(0))
    assert Problem(empty, 1.0).gradient_tolerance == 0.0
    assert Problem(empty, 1.0).loss_limit > 0


# --------------------------------------------------------------------------------------
# the time budget


def test_time_budget_limits_the_work():
    x, y = _data(41)
    s = ErrorSurface.from_data(x, y)
    problem = Problem(s, 0.01 * s.max_stable_lr())
    start = evaluate(s, [0.0, 0.0])
    t0 = time.perf_counter()
    chunk = descend(problem, start, 100_000_000, time_budget=0.05)
    elapsed = time.perf_counter() - t0
    assert 0 < len(chunk) < 100_000_000
    assert elapsed < 2.0  # 10⁸ steps would take minutes
    assert chunk.stop in (Stop.NONE, Stop.CONVERGED)
    # What it did is exactly the start of the unhurried run.
    ref = descend(problem, start, min(len(chunk), 5000))
    np.testing.assert_array_equal(chunk.w[: len(ref)], ref.w)


def test_zero_time_budget_still_makes_progress():
    x, y = _data(42)
    s = ErrorSurface.from_data(x, y)
    chunk = descend(Problem(s, 0.01 * s.max_stable_lr()), evaluate(s, [0.0, 0.0]), 1_000_000, time_budget=0.0)
    assert 1 <= len(chunk) <= 64


def test_no_time_budget_runs_every_step():
    x, y = _data(43)
    s = ErrorSurface.from_data(x, y)
    chunk = descend(Problem(s, 0.01 * s.max_stable_lr()), evaluate(s, [0.0, 0.0]), 1000, time_budget=None)
    assert len(chunk) == 1000


# --------------------------------------------------------------------------------------
# RunHistory


def _history_and_chunks(n_chunks=3, size=500):
    x, y = _data(51)
    s = ErrorSurface.from_data(x, y)
    problem = Problem(s, 0.2 * s.max_stable_lr())
    start = evaluate(s, [3.0, -1.0])
    h = RunHistory(start)
    chunks = []
    for _ in range(n_chunks):
        c = descend(problem, h.state(), size)
        h.extend(c)
        chunks.append(c)
    return s, start, h, chunks


def test_history_starts_with_the_start_state():
    x, y = _data(52)
    s = ErrorSurface.from_data(x, y)
    start = evaluate(s, [1.0, 2.0])
    h = RunHistory(start)
    assert len(h) == 1 and h.steps_taken == 0
    st = h.state()
    assert st.step == 0
    np.testing.assert_array_equal(st.w, start.w)
    assert st.loss == start.loss
    np.testing.assert_array_equal(st.grad, start.grad)
    assert h.w.shape == (1, 2) and h.loss.shape == (1,) and h.grad.shape == (1, 2)


def test_history_extend_grows_past_its_initial_capacity():
    s, start, h, chunks = _history_and_chunks(n_chunks=5, size=500)  # 2501 states > 1024
    assert len(h) == 2501 and h.steps_taken == 2500
    np.testing.assert_array_equal(h.w, np.vstack([start.w[None, :], *[c.w for c in chunks]]))
    np.testing.assert_array_equal(h.loss, np.concatenate([[start.loss], *[c.loss for c in chunks]]))
    np.testing.assert_array_equal(h.grad, np.vstack([start.grad[None, :], *[c.grad for c in chunks]]))
    st = h.state(1234)
    assert st.step == 1234
    np.testing.assert_array_equal(st.w, chunks[2].w[1234 - 1001])
    assert h.state(-1).step == 2500
    assert h.state().step == 2500
    np.testing.assert_array_equal(h.state().w, chunks[-1].w[-1])


def test_history_state_is_a_copy_and_out_of_range_fails():
    _, _, h, _ = _history_and_chunks(n_chunks=1, size=10)
    st = h.state(3)
    st.w[0] = 1e9
    st.grad[1] = 1e9
    assert h.w[3, 0] != 1e9 and h.grad[3, 1] != 1e9
    with pytest.raises(IndexError):
        h.state(11)
    with pytest.raises(IndexError):
        h.state(-12)


def test_history_extend_rejects_a_chunk_that_does_not_follow():
    s, _, h, chunks = _history_and_chunks(n_chunks=1, size=10)
    problem = Problem(s, 0.01)
    stale = descend(problem, h.state(5), 3)  # starts at step 6, but the history has 11 states
    with pytest.raises(ValueError, match="step 6"):
        h.extend(stale)
    assert len(h) == 11  # unchanged
    repeat = chunks[0]
    with pytest.raises(ValueError):
        h.extend(repeat)  # first_step 1 again
    gap = descend(problem, State(20, h.state().w, h.state().loss, h.state().grad), 2)
    with pytest.raises(ValueError):
        h.extend(gap)
    assert len(h) == 11
    h.extend(descend(problem, h.state(), 2))
    assert len(h) == 13 and h.steps_taken == 12


def test_history_extend_with_an_empty_chunk():
    s, _, h, _ = _history_and_chunks(n_chunks=1, size=10)
    before = h.w.copy()
    h.extend(descend(Problem(s, 0.01), h.state(), 0))
    assert len(h) == 11
    np.testing.assert_array_equal(h.w, before)


def test_history_replace_last_changes_only_the_newest_loss_and_gradient():
    x, y = _data(51)  # the data _history_and_chunks uses
    _, _, h, _ = _history_and_chunks(n_chunks=1, size=10)
    w_before, loss_before, grad_before = h.w.copy(), h.loss.copy(), h.grad.copy()
    moved = ErrorSurface.from_data(x + 1.0, y)  # the data changed
    newest = evaluate(moved, h.state().w, step=10)
    h.replace_last(newest)
    assert len(h) == 11 and h.steps_taken == 10
    np.testing.assert_array_equal(h.w, w_before)
    np.testing.assert_array_equal(h.loss[:-1], loss_before[:-1])
    np.testing.assert_array_equal(h.grad[:-1], grad_before[:-1])
    assert h.loss[-1] == newest.loss != loss_before[-1]
    np.testing.assert_array_equal(h.grad[-1], newest.grad)
    st = h.state()
    assert st.loss == newest.loss
    np.testing.assert_array_equal(st.grad, newest.grad)
