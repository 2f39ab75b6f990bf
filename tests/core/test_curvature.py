"""The safe zone of η and the valley's axes, checked against a Hessian built by hand from the data."""

from __future__ import annotations

import numpy as np
import pytest

from gdstudio.core.curvature import Curvature, condition_numbers
from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import Problem, descend, evaluate
from gdstudio.core.document import Document, Fit
from gdstudio.core.model import ErrorSurface, LossForm
from gdstudio.core.standardize import Standardize


def hand_hessian(x: np.ndarray, form: LossForm) -> np.ndarray:
    """E = ½Σ(yᵢ − w0 − w1·xᵢ)²  ⇒  H = [[n, Σx], [Σx, Σx²]]; the mean form divides by n."""
    h = np.array([[len(x), x.sum()], [x.sum(), x @ x]], dtype=float)
    return h / len(x) if form is LossForm.MEAN else h


DATA = {"unit": (np.array([0.2, 1.0, 1.9, 3.1, 4.0]), np.array([1.0, 2.1, 2.8, 4.2, 5.1])),
        "shifted": (np.array([10.0, 11.5, 12.0, 14.0]), np.array([3.0, 3.5, 3.9, 5.0])),
        "thousands": (np.linspace(800.0, 3000.0, 12), np.linspace(100.0, 400.0, 12) ** 1.1)}


@pytest.mark.parametrize("form", list(LossForm))
@pytest.mark.parametrize("name", list(DATA))
def test_marks_equal_two_over_lambda_max_and_two_over_lambda_sum(name, form):
    x, y = DATA[name]
    lam = np.linalg.eigvalsh(hand_hessian(x, form))
    c = Curvature.of(ErrorSurface.from_data(x, y, form))
    assert c.divergent_from == pytest.approx(2.0 / lam[1], rel=1e-12)
    assert c.fastest_steady == pytest.approx(2.0 / (lam[0] + lam[1]), rel=1e-12)
    assert c.lam_max == pytest.approx(lam[1], rel=1e-12)
    # λmin from det/λmax: as the eigen-solver for modest data, and a true λmin where it only rounds.
    if name != "thousands":
        assert c.lam_min == pytest.approx(lam[0], rel=1e-9)
    n, sxx = len(x), float(((x - x.mean()) ** 2).sum())
    det = n * sxx / (n * n if form is LossForm.MEAN else 1)
    assert c.lam_min * c.lam_max == pytest.approx(det, rel=1e-12)
    assert c.kappa == pytest.approx(c.lam_max / c.lam_min, rel=1e-15)


@pytest.mark.parametrize("name", list(DATA))
def test_eigenvectors_are_unit_orthogonal_and_long_axis_first(name):
    x, y = DATA[name]
    h = hand_hessian(x, LossForm.SUM)
    c = Curvature.of(ErrorSurface.from_data(x, y))
    v_min, v_max = c.vectors[:, 0], c.vectors[:, 1]
    np.testing.assert_allclose(c.vectors.T @ c.vectors, np.eye(2), atol=1e-12)
    np.testing.assert_allclose(h @ v_max, c.lam_max * v_max, rtol=1e-9, atol=1e-9 * c.lam_max)
    np.testing.assert_allclose(h @ v_min, c.lam_min * v_min, atol=1e-9 * c.lam_max)
    assert v_min[0] >= 0  # one sign, so the drawn axis does not flip as points are added
    expected = np.linalg.eigh(h)[1][:, 1]
    assert abs(v_max @ expected) == pytest.approx(1.0, abs=1e-12)  # the same direction (up to sign)
    long, short = c.axis_half_lengths(3.0)
    assert long == 3.0 and short / long == pytest.approx(np.sqrt(c.lam_min / c.lam_max), rel=1e-12)


def test_the_fastest_steady_eta_is_the_fastest_and_the_bound_is_the_edge():
    x, y = DATA["unit"]
    s = ErrorSurface.from_data(x, y)
    c = Curvature.of(s)
    h = hand_hessian(x, LossForm.SUM)
    etas = np.linspace(0.01, 1.5, 3000) * c.divergent_from
    # A step multiplies w − w* by I − ηH: its spectral radius is the slowest rate of convergence.
    radius = [max(abs(np.linalg.eigvals(np.eye(2) - eta * h))) for eta in etas]
    assert etas[int(np.argmin(radius))] == pytest.approx(c.fastest_steady, rel=1e-3)
    assert all((r < 1) == (eta < c.divergent_from) for r, eta in zip(radius, etas))

    def distance_after(lr: float, steps: int) -> float:
        chunk = descend(Problem(s, lr), evaluate(s, [0.0, 0.0]), steps)
        return float(np.hypot(*(chunk.w[-1] - s.optimum())))

    assert distance_after(0.999 * c.divergent_from, 200) < distance_after(0.999 * c.divergent_from, 10)
    assert distance_after(1.001 * c.divergent_from, 200) > distance_after(1.001 * c.divergent_from, 10)


def test_it_follows_the_surface_the_optimizer_steps():
    x, y = DATA["thousands"]
    doc = Document(DataSet(x, y), loss_form=LossForm.MEAN, standardize=Standardize.X)
    fit = Fit.of(doc)
    z = (x - x.mean()) / x.std()
    lam = np.linalg.eigvalsh(hand_hessian(z, LossForm.MEAN))
    c = Curvature.of(fit.surface)
    assert c.divergent_from == pytest.approx(2.0 / lam[1], rel=1e-12) and c.kappa == pytest.approx(1.0, rel=1e-12)


def kappas(data: DataSet, standardize: Standardize = Standardize.OFF):
    fit = Fit.of(Document(data, standardize=standardize))
    return condition_numbers(fit.surface, fit.scaling)


@pytest.mark.parametrize("standardize", list(Standardize))
def test_condition_numbers_before_and_after_standardising(standardize):
    """The same two numbers whatever the document's standardisation (they are read off its model's surface)."""
    x, y = DATA["thousands"]
    raw, standardised = kappas(DataSet(x, y), standardize)
    h = hand_hessian(x, LossForm.SUM)
    trace, det = np.trace(h), len(x) * ((x - x.mean()) ** 2).sum()
    lam_max = 0.5 * (trace + np.sqrt(trace**2 - 4 * det))
    assert raw == pytest.approx(lam_max**2 / det, rel=1e-9) and raw > 1e6
    assert standardised == pytest.approx(1.0, rel=1e-12)


@pytest.mark.parametrize("x", [np.array([]), np.array([2.0]), np.array([3.0, 3.0, 3.0])])
def test_without_a_unique_optimum_there_is_no_fastest_eta_and_no_kappa(x):
    c = Curvature.of(ErrorSurface.from_data(x, x + 1.0))
    assert c.fastest_steady is None and c.kappa is None and not c.unique
    if len(x):  # the divergence bound still holds along the steep direction
        assert c.divergent_from == pytest.approx(2.0 / np.linalg.eigvalsh(hand_hessian(x, LossForm.SUM))[1])
    else:
        assert c.divergent_from is None
    assert kappas(DataSet(x, x + 1.0)) == (None, None)
