"""Batch / mini-batch / SGD: which points each step uses, and the gradient it takes from them."""

import numpy as np
import pytest

from gdstudio.core.descent import Problem, descend, evaluate
from gdstudio.core.history import RunHistory
from gdstudio.core.model import ErrorSurface, LossForm, direct_gradient
from gdstudio.core.sampling import Sampler, Sampling


@pytest.mark.parametrize("n,k", [(12, 4), (10, 3), (7, 1), (5, 10)])
def test_each_epoch_uses_every_point_exactly_once(n, k):
    sampler = Sampler(Sampling.MINIBATCH, k, seed=5)
    per_epoch = -(-n // min(k, n))
    for epoch in range(3):
        used = np.concatenate([sampler.batch(epoch * per_epoch + j, n) for j in range(per_epoch)])
        assert sorted(used.tolist()) == list(range(n))


def test_sampling_is_reproducible_and_seed_dependent():
    a = [Sampler(Sampling.SGD, seed=1).batch(s, 50).tolist() for s in range(100)]
    b = [Sampler(Sampling.SGD, seed=1).batch(s, 50).tolist() for s in range(100)]
    c = [Sampler(Sampling.SGD, seed=2).batch(s, 50).tolist() for s in range(100)]
    assert a == b and a != c


def test_batch_sizes():
    assert len(Sampler(Sampling.SGD, 99).batch(3, 20)) == 1
    assert len(Sampler(Sampling.MINIBATCH, 6).batch(0, 20)) == 6
    assert len(Sampler(Sampling.MINIBATCH, 6).batch(3, 20)) == 2  # the epoch's last, smaller batch
    np.testing.assert_array_equal(Sampler(Sampling.BATCH).batch(7, 5), np.arange(5))
    with pytest.raises(ValueError):
        Sampler(Sampling.MINIBATCH, 0)


@pytest.mark.parametrize("form", list(LossForm))
@pytest.mark.parametrize("mode", [Sampling.MINIBATCH, Sampling.SGD])
def test_steps_use_the_batch_gradient_and_record_the_batch(form, mode):
    rng = np.random.default_rng(0)
    x, y = rng.uniform(0, 3, 20), rng.uniform(0, 5, 20)
    surface = ErrorSurface.from_data(x, y, form)
    sampler = Sampler(mode, 6, seed=9)
    problem = Problem(surface, 0.01, x, y, sampler)
    history = RunHistory(evaluate(surface, [1.0, -1.0]))
    history.extend(descend(problem, history.state(), 7))
    history.extend(descend(problem, history.state(), 5))  # a second chunk continues the epoch walk
    for s in range(1, 13):
        batch = history.batch(s)
        np.testing.assert_array_equal(batch, sampler.batch(s - 1, 20))
        expected = direct_gradient(history.w[s - 1], x[batch], y[batch], form)
        np.testing.assert_allclose(history.step_grad[s], expected, rtol=1e-12)
        np.testing.assert_allclose(history.w[s], history.w[s - 1] - 0.01 * expected, rtol=1e-12)
        # The recorded E and ∇E are still the full ones (what the readout and loss curve show).
        np.testing.assert_allclose(history.grad[s], direct_gradient(history.w[s], x, y, form), rtol=1e-9, atol=1e-12)


def test_batch_sampling_records_no_indices_and_uses_full_gradient():
    x, y = np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 2.5])
    surface = ErrorSurface.from_data(x, y)
    history = RunHistory(evaluate(surface, [0.0, 0.0]))
    history.extend(descend(Problem(surface, 0.05, x, y), history.state(), 3))
    assert history.batch(2) is None
    np.testing.assert_allclose(history.step_grad[1:], history.grad[:-1])
    record = history.step_record()
    assert record.step == 3 and record.lr == 0.05 and record.batch is None
    np.testing.assert_allclose(record.w_after, record.w_before - 0.05 * record.grad_used)


def test_sgd_converges_with_perfect_data():
    x = np.linspace(0, 2, 10)
    y = 1.0 + 2.0 * x
    surface = ErrorSurface.from_data(x, y)
    chunk = descend(Problem(surface, 0.1, x, y, Sampler(Sampling.SGD, seed=3)), evaluate(surface, [0, 0]), 5000)
    np.testing.assert_allclose(chunk.w[-1], [1.0, 2.0], atol=1e-6)


def test_minibatch_needs_the_points():
    surface = ErrorSurface.from_data([0.0, 1.0], [0.0, 1.0])
    with pytest.raises(ValueError):
        Problem(surface, 0.1, sampler=Sampler(Sampling.SGD))


def test_points_used_count_each_epoch_as_every_point_once():
    steps = np.arange(9)
    assert Sampler("batch").points_used(steps, 12).tolist() == [12 * s for s in range(9)]
    assert Sampler("sgd").points_used(steps, 12).tolist() == list(range(9))
    # K = 5 of 12: 5, 5 and the epoch's last 2, then again
    assert Sampler("minibatch", 5).points_used(steps, 12).tolist() == [0, 5, 10, 12, 17, 22, 24, 29, 34]
    assert Sampler("minibatch", 50).points_used(steps[:3], 12).tolist() == [0, 12, 24]  # K capped at N
    assert Sampler("sgd").points_used(steps[:3], 0).tolist() == [0, 0, 0]
