"""The chain-rule table (lecture slides 24–28): its sums are the gradient each recorded step used."""

from dataclasses import replace

import numpy as np
import pytest

from gdstudio.core import chain_rule
from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import descend, evaluate
from gdstudio.core.document import Document, Fit, problem_for
from gdstudio.core.history import RunHistory
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.standardize import Standardize

X = np.array([0.3, 1.0, 1.1, 1.2, 1.2, 1.7, 2.1, 2.5, 2.6, 2.7, 2.8, 2.9])
Y = np.array([1.36, 1.97, 2.43, 2.82, 2.11, 3.12, 3.17, 3.95, 3.9, 4.6, 4.38, 5.05])
SAMPLERS = {"batch": Sampler(), "minibatch": Sampler(Sampling.MINIBATCH, 5, seed=3),
            "sgd": Sampler(Sampling.SGD, seed=4)}


def run(document: Document, steps: int) -> tuple[Fit, RunHistory]:
    fit = Fit.of(document)
    history = RunHistory(evaluate(fit.surface, np.array(document.start)))
    history.extend(descend(problem_for(document, 0, fit), history.state(), steps))
    assert history.steps_taken == steps
    return fit, history


def column_sums(rows: list[chain_rule.ChainRuleRow]) -> np.ndarray:
    """Σ over the table's marked rows of its two product columns, as a student would add them up."""
    return np.array([sum(r.products[0] for r in rows if r.in_batch), sum(r.products[1] for r in rows if r.in_batch)])


@pytest.mark.parametrize("sampling", list(SAMPLERS))
@pytest.mark.parametrize("form", list(LossForm))
@pytest.mark.parametrize("standardize", list(Standardize))
def test_the_sums_are_the_gradient_every_step_used(sampling, form, standardize):
    lr = 0.01 if form is LossForm.SUM else 0.1
    document = Document(DataSet(X, Y), form, standardize, (2.5, 0.3), lr, sampler=SAMPLERS[sampling])
    fit, history = run(document, 15)
    for step in range(1, 16):
        record = history.step_record(step)
        chain = chain_rule.from_record(record, fit)
        assert chain is not None and chain.matches and chain.taken and chain.step == step
        np.testing.assert_allclose(chain.gradient, record.grad_used, rtol=1e-9, atol=1e-12)
        rows, hidden = chain.table()
        assert hidden == 0 and [r.i for r in rows] == list(range(len(X)))  # (small data: every point listed)
        expected_rows = set(range(len(X))) if record.batch is None else set(record.batch.tolist())
        assert {r.i for r in rows if r.in_batch} == expected_rows
        scale = 1 / len(expected_rows) if form is LossForm.MEAN else 1.0
        np.testing.assert_allclose(column_sums(rows) * scale, record.grad_used, rtol=1e-9, atol=1e-12)
        # The rows are the model's data: standardised x (and y) when standardising.
        for r in rows:
            assert r.x == fit.model_data.x[r.i] and r.y == fit.model_data.y[r.i]
            assert r.f == pytest.approx(record.w_before[0] + record.w_before[1] * r.x, rel=1e-12, abs=1e-12)
        assert chain.follows_plain_rule
        np.testing.assert_allclose(chain.w - chain.lr * chain.grad_used, record.w_after, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("sampling", ["batch", "minibatch"])
def test_long_data_is_summarised_and_its_totals_are_still_the_whole_batch(sampling):
    rng = np.random.default_rng(5)
    x = rng.uniform(0, 3, 400)
    sampler = Sampler(Sampling.MINIBATCH, 50, seed=1) if sampling == "minibatch" else Sampler()
    document = Document(DataSet(x, 1 + 1.2 * x + rng.normal(0, 0.3, 400)), LossForm.MEAN, lr=0.1, sampler=sampler)
    fit, history = run(document, 3)
    record = history.step_record()
    chain = chain_rule.from_record(record, fit)
    rows, hidden = chain.table()
    size = 400 if sampling == "batch" else 50
    assert chain.batch_size == size and len(rows) == chain_rule.HEAD_ROWS and hidden == size - chain_rule.HEAD_ROWS
    assert all(r.in_batch for r in rows)  # (long data lists only the batch's rows)
    in_step = np.arange(400) if record.batch is None else np.sort(record.batch)
    assert [r.i for r in rows] == in_step[:chain_rule.HEAD_ROWS].tolist()
    np.testing.assert_allclose(chain.gradient, record.grad_used, rtol=1e-9, atol=1e-12)
    assert chain.scale == 1 / size


@pytest.mark.parametrize("sampling", list(SAMPLERS))
@pytest.mark.parametrize("optimizer", ["gd", "momentum", "adam"])
def test_the_next_step_is_the_step_that_will_be_taken(sampling, optimizer):
    document = Document(DataSet(X, Y), lr=0.01, sampler=SAMPLERS[sampling], optimizers=(optimizer,))
    fit, history = run(document, 4)
    preview = chain_rule.next_step(document, fit, history)
    assert preview is not None and not preview.taken and preview.step == 5
    history.extend(descend(problem_for(document, 0, fit), history.state(), 1))
    record = history.step_record()
    used = np.arange(12) if record.batch is None else np.sort(record.batch)
    np.testing.assert_array_equal(np.sort(preview.batch), used)
    np.testing.assert_allclose(preview.grad_used, record.grad_used, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(preview.w_after, record.w_after, rtol=1e-12, atol=1e-14)
    assert preview.follows_plain_rule == (optimizer == "gd")


def test_after_an_edit_the_old_step_no_longer_matches_and_a_removed_point_gives_none():
    document = Document(DataSet(X, Y), lr=0.01)
    fit, history = run(document, 2)
    record = history.step_record()
    moved = Fit.of(replace(document, data=DataSet(X, Y + np.where(np.arange(12) == 3, 1.0, 0.0))))
    assert not chain_rule.from_record(record, moved).matches
    fewer = replace(document, data=DataSet(X[:5], Y[:5]), sampler=Sampler(Sampling.SGD, seed=0))
    fit, history = run(replace(document, sampler=Sampler(Sampling.SGD, seed=0)), 12)
    last = next(history.step_record(s) for s in range(1, 13) if history.step_record(s).batch[0] >= 5)
    assert chain_rule.from_record(last, Fit.of(fewer)) is None
    assert chain_rule.next_step(Document(), Fit.of(Document()), RunHistory(evaluate(Fit.of(Document()).surface,
                                                                                    np.zeros(2)))) is None
