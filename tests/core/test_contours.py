"""The error-surface picture: a finite log image and contour lines that really lie on their levels."""

from __future__ import annotations

import numpy as np
import pytest

from gdstudio.core.contours import CONTOUR_LEVELS, contour_levels, contour_lines, default_view, surface_image
from gdstudio.core.model import ErrorSurface, LossForm


def _surface(seed: int, n: int = 15, centre: float = 0.0, spread: float = 1.0, noise: float = 0.3,
             form: LossForm = LossForm.SUM) -> ErrorSurface:
    rng = np.random.default_rng(seed)
    x = centre + rng.uniform(-spread, spread, n)
    y = 1.0 + 0.8 * x + rng.normal(0.0, noise, n)
    return ErrorSurface.from_data(x, y, form)


def _view(s: ErrorSurface):
    opt = s.optimum()
    return (opt[0] - 3.0, opt[0] + 2.0), (opt[1] - 1.5, opt[1] + 2.5)


CASES = {
    "noisy": dict(seed=1),
    "perfect-fit": dict(seed=2, noise=0.0),
    "shifted": dict(seed=3, centre=4.0, spread=2.0),
    "mean-form": dict(seed=4, n=60, form=LossForm.MEAN),
    "two-points": dict(seed=5, n=2),
}


@pytest.mark.parametrize("case", list(CASES))
def test_surface_image_is_finite_and_on_the_grid(case):
    s = _surface(**CASES[case])
    r0, r1 = _view(s)
    img = surface_image(s, r0, r1, size=200)
    np.testing.assert_array_equal(img.w0, np.linspace(*r0, 200))
    np.testing.assert_array_equal(img.w1, np.linspace(*r1, 200))
    assert img.log_excess.shape == (200, 200)
    assert np.isfinite(img.log_excess).all()
    # It is log10 of the excess error: brighter where E is larger, in the same [i_w0, j_w1] order.
    _, _, e = s.grid(r0, r1, 200)
    i, j = np.unravel_index(np.argmax(e), e.shape)
    assert img.log_excess[i, j] == img.log_excess.max()
    i, j = np.unravel_index(np.argmin(e), e.shape)
    assert img.log_excess[i, j] == img.log_excess.min()
    # The image spans a useful range: four orders of magnitude from floor to top, no more.
    span = img.log_excess.max() - img.log_excess.min()
    assert 1.0 < span <= 4.0 + 1e-9


@pytest.mark.parametrize("case", list(CASES))
def test_contour_levels_are_increasing_and_inside_the_view(case):
    s = _surface(**CASES[case])
    r0, r1 = _view(s)
    img = surface_image(s, r0, r1, size=200)
    _, _, e = s.grid(r0, r1, 200)
    assert len(img.levels) == CONTOUR_LEVELS
    assert np.all(np.diff(img.levels) > 0)
    assert img.levels[0] > e.min() and img.levels[-1] < e.max()
    # Evenly spaced in log of the excess error above E_min.
    e_min = float(s.loss(*s.optimum()))
    ratios = np.diff(np.log(img.levels - e_min))
    np.testing.assert_allclose(ratios, ratios[0], rtol=1e-6)


def _edge_tolerance(s: ErrorSurface, w0: np.ndarray, w1: np.ndarray) -> float:
    """How far linear interpolation along a grid edge can miss a quadratic: ⅛·E''·h²."""
    h = s.hessian()
    d0, d1 = w0[1] - w0[0], w1[1] - w1[0]
    return 0.125 * max(h[0, 0] * d0 * d0, h[1, 1] * d1 * d1) * 1.01


@pytest.mark.parametrize("case", list(CASES))
def test_every_contour_vertex_lies_on_its_level(case):
    s = _surface(**CASES[case])
    r0, r1 = _view(s)
    img = surface_image(s, r0, r1, size=200)
    _, _, e = s.grid(r0, r1, 200)
    tol = _edge_tolerance(s, img.w0, img.w1)
    spacing = float(np.min(np.diff(img.levels)))
    assert tol < 0.05 * spacing, "the tolerance must be able to tell neighbouring levels apart"
    total = 0
    for level in img.levels:
        xs, ys = contour_lines(img.w0, img.w1, e, np.array([level]))
        assert len(xs) == len(ys) and len(xs) > 0
        ok = ~np.isnan(xs)
        np.testing.assert_array_equal(ok, ~np.isnan(ys))
        assert np.isnan(xs[-1])  # each line ends with a NaN separator
        total += ok.sum()
        vx, vy = xs[ok], ys[ok]
        slack0, slack1 = 1e-12 * (r0[1] - r0[0]), 1e-12 * (r1[1] - r1[0])  # interpolation rounds at the border
        assert r0[0] - slack0 <= vx.min() and vx.max() <= r0[1] + slack0
        assert r1[0] - slack1 <= vy.min() and vy.max() <= r1[1] + slack1
        err = np.abs(s.loss(vx, vy) - level)
        assert err.max() <= tol + 1e-12 * level, (level, err.max(), tol)
    # The joined polyline in the image is exactly these per-level lines, one after another.
    jx, jy = img.lines
    assert int((~np.isnan(jx)).sum()) == total
    parts = [contour_lines(img.w0, img.w1, e, np.array([lv])) for lv in img.levels]
    np.testing.assert_array_equal(jx, np.concatenate([p[0] for p in parts]))
    np.testing.assert_array_equal(jy, np.concatenate([p[1] for p in parts]))


def test_contours_of_a_coarse_grid_really_are_checked():
    """The vertex check is meaningful: on a 6×6 grid the chords cut visibly inside the ellipses."""
    s = _surface(1)
    r0, r1 = _view(s)
    w0, w1, e = s.grid(r0, r1, 6)
    level = float(np.median(e))
    xs, ys = contour_lines(w0, w1, e, np.array([level]))
    ok = ~np.isnan(xs)
    err = np.abs(s.loss(xs[ok], ys[ok]) - level)
    assert err.max() <= _edge_tolerance(s, w0, w1)  # the bound holds on any grid...
    assert err.max() > 1e-3 * level  # ...and a vertex off its level would be seen


def test_contour_lines_without_levels():
    xs, ys = contour_lines(np.arange(3.0), np.arange(3.0), np.zeros((3, 3)), np.empty(0))
    assert xs.shape == (0,) and ys.shape == (0,)


def test_contour_levels_of_a_flat_view():
    assert contour_levels(np.zeros((4, 4)), 1e-300, 12).shape == (0,)
    levels = contour_levels(np.array([[0.0, 1.0], [10.0, 100.0]]), 0.01, 3)
    np.testing.assert_allclose(levels, np.geomspace(0.1, 100.0, 5)[1:-1])


def test_surface_image_without_data():
    s = ErrorSurface.from_data(np.empty(0), np.empty(0))
    img = surface_image(s, (-1.0, 1.0), (-1.0, 1.0), size=50)
    assert np.isfinite(img.log_excess).all()
    assert img.levels.shape == (0,)
    assert img.lines[0].shape == (0,) and img.lines[1].shape == (0,)


def test_surface_image_with_huge_coordinates():
    s = _surface(7, centre=1e6, spread=1e3, noise=50.0)
    opt = s.optimum()
    img = surface_image(s, (opt[0] - 1e3, opt[0] + 1e3), (opt[1] - 1.0, opt[1] + 1.0), size=120)
    assert np.isfinite(img.log_excess).all()
    assert len(img.levels) == CONTOUR_LEVELS and np.all(np.diff(img.levels) > 0)
    assert np.count_nonzero(~np.isnan(img.lines[0])) > 0


# --------------------------------------------------------------------------------------
# default_view


def _inside(view, w) -> bool:
    (a0, b0), (a1, b1) = view
    return a0 < w[0] < b0 and a1 < w[1] < b1


@pytest.mark.parametrize("start", [(2.5, 0.3), (0.0, 0.0), (-50.0, 40.0), (1e6, -1e6), (1e-9, 0.0)])
@pytest.mark.parametrize("case", list(CASES))
def test_default_view_shows_start_and_optimum(case, start):
    s = _surface(**CASES[case])
    view = default_view(s, np.array(start))
    assert _inside(view, start)
    assert _inside(view, s.optimum())
    assert all(np.isfinite(v) for pair in view for v in pair)


def test_default_view_when_start_is_the_optimum():
    s = _surface(1)
    view = default_view(s, s.optimum())
    assert _inside(view, s.optimum())
    (a0, b0), (a1, b1) = view
    assert b0 - a0 > 0.1 and b1 - a1 > 0.1  # not a zero-size window


def test_default_view_at_the_origin_without_data():
    s = ErrorSurface.from_data(np.empty(0), np.empty(0))
    view = default_view(s, np.zeros(2))
    assert view == ((-1.0, 1.0), (-1.0, 1.0))


def test_default_view_for_huge_coordinates():
    s = _surface(8, centre=1e6, spread=1e3)
    view = default_view(s, np.array([2.5, 0.3]))
    assert _inside(view, (2.5, 0.3)) and _inside(view, s.optimum())
