"""The secant, the derivative at a point and the derivative function along a cut (slides 17–19)."""

import numpy as np
import pytest

from gdstudio.assets import default_dataset
from gdstudio.core.derivative import (
    H_DECADES,
    H_LARGEST,
    curvature,
    cut_loss,
    derivative_function,
    h_fraction,
    h_step,
    partial,
    secant,
)
from gdstudio.core.model import ErrorSurface, LossForm

W = np.array([2.5, 0.3])


@pytest.fixture(params=list(LossForm))
def surface(request) -> ErrorSurface:
    data = default_dataset()
    return ErrorSurface.from_data(data.x, data.y, request.param)


@pytest.mark.parametrize("axis", [0, 1])
def test_secant_slope_is_the_difference_quotient(surface, axis):
    h = 0.37
    s = secant(surface, axis, W, h)
    step = np.eye(2)[axis] * h
    e0, e1 = surface.loss(*W), surface.loss(*(W + step))
    assert s.h == pytest.approx(h, rel=1e-15)
    assert s.slope == pytest.approx((e1 - e0) / h, rel=1e-12)
    np.testing.assert_allclose(s.xs, [W[axis], W[axis] + h])
    np.testing.assert_allclose(s.ys, [e0, e1], rtol=1e-14)


@pytest.mark.parametrize("axis", [0, 1])
def test_secant_slope_is_the_partial_plus_half_the_curvature_times_h(surface, axis):
    """For a parabola the error of the average rate of change is exactly ½·H_ii·h: O(h)."""
    g = partial(surface, axis, W)
    np.testing.assert_allclose(g, surface.gradient(*W)[axis], rtol=1e-15)
    for h in (1.0, 0.3, -0.2, 1e-2, 1e-3):
        assert secant(surface, axis, W, h).slope == pytest.approx(g + 0.5 * curvature(surface, axis) * h,
                                                                  rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("axis", [0, 1])
def test_secant_slope_tends_to_the_partial(surface, axis):
    g = partial(surface, axis, W)
    errors = [abs(secant(surface, axis, W, h).slope - g) for h in 10.0 ** -np.arange(0, 6)]
    assert all(b < a for a, b in zip(errors, errors[1:]))  # smaller h, closer
    assert errors[-1] < 1e-4 * max(abs(g), 1.0)


@pytest.mark.parametrize("axis", [0, 1])
def test_derivative_function_is_the_gradient_along_the_cut(surface, axis):
    xs = np.linspace(-2.0, 4.0, 9)
    d = derivative_function(surface, axis, W, xs)
    for x, value in zip(xs, d):
        p = W.copy()
        p[axis] = x
        assert value == pytest.approx(surface.gradient(*p)[axis], rel=1e-12, abs=1e-12)
    # A straight line with slope H_ii, through the derivative at the current point.
    np.testing.assert_allclose(np.diff(d) / np.diff(xs), curvature(surface, axis), rtol=1e-9)
    assert derivative_function(surface, axis, W, [W[axis]])[0] == pytest.approx(partial(surface, axis, W))


def test_cut_loss_holds_the_other_parameter(surface):
    xs = np.array([0.0, 1.0])
    np.testing.assert_allclose(cut_loss(surface, 0, W, xs), surface.loss(xs, W[1]))
    np.testing.assert_allclose(cut_loss(surface, 1, W, xs), surface.loss(W[0], xs))


@pytest.mark.parametrize("h", [0.0, np.nan, np.inf, 1e-300])
def test_degenerate_h_gives_no_secant(surface, h):
    assert secant(surface, 0, W, h) is None


def test_no_secant_without_data_or_where_e_overflows():
    assert secant(ErrorSurface.from_data([], []), 0, W, 0.1) is None
    big = ErrorSurface.from_data([1e150, 2e150], [0.0, 1.0])
    assert secant(big, 1, np.array([0.0, 1e160]), 1e160) is None


def test_h_spans_its_decades_on_a_log_scale():
    assert h_fraction(0) == pytest.approx(H_LARGEST)
    assert h_fraction(1) == pytest.approx(H_LARGEST * 10 ** -H_DECADES)
    assert h_fraction(0.5) == pytest.approx(np.sqrt(h_fraction(0) * h_fraction(1)))
    assert h_fraction(-3) == h_fraction(0) and h_fraction(7) == h_fraction(1)


def test_h_turns_back_at_the_right_edge_of_the_view():
    assert h_step(0.1, 0.0, (-1.0, 1.0)) == pytest.approx(0.2)
    assert h_step(0.1, 0.9, (-1.0, 1.0)) == pytest.approx(-0.2)
