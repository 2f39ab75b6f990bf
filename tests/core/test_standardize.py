import numpy as np
import pytest

from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import Problem, Stop, descend, evaluate
from gdstudio.core.model import ErrorSurface
from gdstudio.core.standardize import Scaling, Standardize


def unscaled_data():
    rng = np.random.default_rng(4)
    x = rng.uniform(700, 3500, 40)  # floor area, sq ft
    return DataSet(x, 50 + 0.2 * x + rng.normal(0, 30, 40))


@pytest.mark.parametrize("mode", [Standardize.X, Standardize.XY])
def test_standardised_fit_maps_back_to_the_same_line(mode):
    data = unscaled_data()
    scaling = Scaling.of(data, mode)
    model = scaling.apply(data)
    assert abs(model.x.mean()) < 1e-9 and model.x.std() == pytest.approx(1.0)
    optimum = ErrorSurface.from_data(model.x, model.y).optimum()
    direct = ErrorSurface.from_data(data.x, data.y).optimum()
    np.testing.assert_allclose(scaling.to_original(optimum), direct, rtol=1e-9)
    np.testing.assert_allclose(scaling.from_original(scaling.to_original(optimum)), optimum, rtol=1e-12, atol=1e-12)


def test_standardising_turns_a_thin_valley_round_and_converges_fast():
    data = unscaled_data()
    raw = ErrorSurface.from_data(data.x, data.y)
    scaled_data = Scaling.of(data, Standardize.X).apply(data)
    scaled = ErrorSurface.from_data(scaled_data.x, scaled_data.y)
    lam_raw, lam_scaled = raw.eigenvalues(), scaled.eigenvalues()
    assert lam_raw[-1] / lam_raw[0] > 1e6 and lam_scaled[-1] / lam_scaled[0] < 1.01
    steps = {}
    for name, s in (("raw", raw), ("scaled", scaled)):
        chunk = descend(Problem(s, 0.5 * s.max_stable_lr()), evaluate(s, [0, 0]), 100_000, stop_at_convergence=True)
        steps[name] = (len(chunk), chunk.stop)
    assert steps["scaled"][1] is Stop.CONVERGED and steps["scaled"][0] < 50
    assert steps["raw"][0] > 100 * steps["scaled"][0]


def test_degenerate_data_only_centres():
    scaling = Scaling.of(DataSet([2.0, 2.0], [1.0, 3.0]), Standardize.XY)
    assert scaling.x_std == 1.0 and scaling.x_mean == 2.0 and scaling.y_std == 1.0
    assert Scaling.of(DataSet(), Standardize.X).is_identity
    assert Scaling.of(unscaled_data(), Standardize.OFF).is_identity
