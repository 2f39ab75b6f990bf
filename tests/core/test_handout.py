"""The handout's numbers are the app's first step: the same batch, gradient, η and new w."""

from dataclasses import replace

import numpy as np
import pytest

from gdstudio.assets import default_dataset
from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import descend, evaluate
from gdstudio.core.document import Document, Fit, freeze_params, problem_for
from gdstudio.core.handout import EXERCISE_ROWS, handout_step
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.schedules import Schedule
from gdstudio.core.standardize import Standardize


def app_first_step(document: Document):
    """What the worker computes for the first step (the same call it makes)."""
    fit = Fit.of(document)
    return descend(problem_for(document, 0, fit), evaluate(fit.surface, np.array(document.start)), 1)


SETTINGS = {
    "lecture": {},
    "mean": {"loss_form": LossForm.MEAN},
    "minibatch": {"sampler": Sampler(Sampling.MINIBATCH, 4, seed=7)},
    "sgd": {"sampler": Sampler(Sampling.SGD, seed=3)},
    "schedule": {"schedule": Schedule.of("exponential")},
    "standardised": {"standardize": Standardize.XY, "start": (0.5, -0.2), "lr": 0.05},
    "mean minibatch": {"loss_form": LossForm.MEAN, "sampler": Sampler(Sampling.MINIBATCH, 5, seed=1)},
}


@pytest.mark.parametrize("name", SETTINGS)
def test_the_step_is_the_apps_first_step(name):
    document = replace(Document(default_dataset()), **SETTINGS[name])
    step, chunk = handout_step(document), app_first_step(document)
    assert step.follows_app
    np.testing.assert_array_equal(step.w_new, chunk.w[0])  # bit for bit
    np.testing.assert_array_equal(step.grad, chunk.step_grad[0])
    assert step.lr == chunk.lr[0]
    assert step.loss_new == chunk.loss[0]
    batch = chunk.batch_flat[chunk.batch_offsets[0]:chunk.batch_offsets[1]]
    np.testing.assert_array_equal(step.index, batch if len(batch) else np.arange(step.n))
    assert step.loss == Fit.of(document).surface.loss(*document.start)


@pytest.mark.parametrize("name", SETTINGS)
def test_the_terms_are_the_lectures_and_sum_to_the_gradient(name):
    document = replace(Document(default_dataset()), **SETTINGS[name])
    step = handout_step(document)
    x, y = step.x[step.index], step.y[step.index]
    np.testing.assert_allclose(step.fx, step.w[0] + step.w[1] * x, rtol=1e-15)
    np.testing.assert_allclose(step.residual, step.fx - y, rtol=1e-15)
    np.testing.assert_allclose(step.residual_x, step.residual * x, rtol=1e-15)
    np.testing.assert_allclose(np.array(step.sums) / step.divisor, step.grad, rtol=1e-10, atol=1e-12)


def test_the_data_is_the_models_when_standardising():
    step = handout_step(Document(default_dataset(), standardize=Standardize.X))
    assert abs(step.x.mean()) < 1e-12 and step.x.std() == pytest.approx(1.0)
    np.testing.assert_array_equal(step.y, default_dataset().y)


def test_sampling_says_which_points_and_how_many():
    data = default_dataset()
    assert len(handout_step(Document(data, sampler=Sampler(Sampling.SGD, seed=5))).index) == 1
    mini = handout_step(Document(data, sampler=Sampler(Sampling.MINIBATCH, 4, seed=5)))
    np.testing.assert_array_equal(mini.index, np.random.default_rng([5, 0]).permutation(len(data))[:4])
    assert mini.divisor == 1 and not mini.uses_all_points


def test_another_optimizer_keeps_the_lectures_rule_and_says_where_the_app_went():
    document = Document(default_dataset(), optimizers=("adam",))
    step, chunk = handout_step(document), app_first_step(document)
    assert not step.follows_app
    np.testing.assert_array_equal(step.app_w_new, chunk.w[0])
    np.testing.assert_allclose(step.w_new, step.w - step.lr * step.grad)


def test_weight_decay_is_not_the_lectures_rule():
    document = Document(default_dataset(), params=freeze_params({"gd": {"weight_decay": 0.5}}))
    assert not handout_step(document).follows_app


def test_no_data_gives_an_empty_step_not_an_error():
    step = handout_step(Document(DataSet()))
    assert step.n == 0 and len(step.index) == 0 and step.app_w_new is None
    np.testing.assert_array_equal(step.w_new, step.w)  # ∇E = 0 with no points


def test_a_long_data_set_lists_its_first_rows_and_sums_over_all():
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 3, 500)
    step = handout_step(Document(DataSet(x, 1 + 1.2 * x + rng.normal(0, 0.2, 500))))
    assert len(step.shown_rows()) == EXERCISE_ROWS and len(step.index) == 500
    np.testing.assert_allclose(step.sums, step.grad, rtol=1e-9)


def test_a_diverging_first_step_has_no_app_state():
    data = DataSet(np.array([1e3, 2e3]), np.array([1.0, 2.0]))
    step = handout_step(Document(data, lr=1.0))
    assert step.app_w_new is None and not step.follows_app
