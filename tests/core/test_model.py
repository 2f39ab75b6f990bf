"""The error surface from sufficient statistics must agree with the lecture's point-by-point E(w)."""

from __future__ import annotations

import numpy as np
import pytest

from gdstudio.core.model import ErrorSurface, LossForm, direct_gradient, direct_loss

FORMS = [LossForm.SUM, LossForm.MEAN]


def _data(seed: int, n: int = 20, centre: float = 0.0, scale: float = 1.0, noise: float = 0.3):
    """A noisy line around (centre, centre) whose spread and noise are `scale` wide."""
    rng = np.random.default_rng(seed)
    dx = rng.uniform(-1.0, 1.0, n) * scale
    x = centre + dx
    y = centre + rng.normal(0.7, 0.5) * scale + rng.normal(0.0, 1.5) * dx + rng.normal(0.0, noise, n) * scale
    return x, y


# Data sets of very different magnitudes: (seed, n, centre, scale).
DATASETS = {
    "unit": (1, 20, 0.0, 1.0),
    "shifted": (2, 7, 5.0, 3.0),
    "many": (3, 500, -2.0, 10.0),
    "huge": (4, 50, 1e6, 1e3),
    "huge-narrow": (5, 30, 1e6, 5.0),
    "tiny": (6, 25, 1e-6, 1e-6),
    "tiny-offset": (7, 25, 0.0, 1e-6),
}


def _sample_ws(x, y, seed: int, count: int = 25) -> np.ndarray:
    """Parameters around the least-squares line, spread on the scale of the data."""
    rng = np.random.default_rng(seed)
    w_opt = np.linalg.lstsq(np.column_stack([np.ones_like(x), x - x.mean()]), y, rcond=None)[0]
    w1 = w_opt[1] + rng.normal(0.0, 1.0 + abs(w_opt[1]), count)
    # w0 so that the line passes near the data's centre, as any sensible w does.
    w0 = w_opt[0] - w1 * x.mean() + rng.normal(0.0, 1.0, count) * (np.std(y) + abs(np.mean(y)) * 1e-3)
    return np.column_stack([w0, w1])


def _loss_scale(w, x, y) -> float:
    """Size of the rounding error that the direct sum itself makes in E."""
    r = y - (w[0] + w[1] * x)
    return float(np.dot(np.abs(r), np.abs(y) + abs(w[0]) + np.abs(w[1] * x)))


# --------------------------------------------------------------------------------------
# direct_loss / direct_gradient


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("seed", [11, 12, 13, 14])
def test_direct_gradient_matches_central_finite_differences(form, seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 40))
    x = rng.normal(0.0, 2.0, n)
    y = rng.normal(1.0, 3.0, n)
    for w in rng.normal(0.0, 3.0, (5, 2)):
        g = direct_gradient(w, x, y, form)
        h = 1e-5
        fd = np.array([
            (direct_loss(w + h * e, x, y, form) - direct_loss(w - h * e, x, y, form)) / (2 * h)
            for e in np.eye(2)
        ])
        # E is quadratic, so the central difference is exact up to rounding.
        np.testing.assert_allclose(g, fd, rtol=1e-6, atol=1e-6 * (1.0 + np.abs(g).max()))


def test_direct_loss_by_hand():
    x, y = np.array([0.0, 1.0, 2.0]), np.array([1.0, 1.0, 4.0])
    w = np.array([1.0, 1.0])  # predictions 1, 2, 3: residuals 0, -1, 1
    assert direct_loss(w, x, y) == 1.0
    assert direct_loss(w, x, y, LossForm.MEAN) == pytest.approx(1.0 / 3.0, rel=1e-15)
    # d = f - y = 0, 1, -1: Σd = 0, Σd·x = 1 - 2 = -1
    np.testing.assert_array_equal(direct_gradient(w, x, y), [0.0, -1.0])
    np.testing.assert_allclose(direct_gradient(w, x, y, LossForm.MEAN), [0.0, -1.0 / 3.0], rtol=1e-15)


# --------------------------------------------------------------------------------------
# ErrorSurface against direct evaluation


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", list(DATASETS))
def test_surface_loss_matches_direct(name, form):
    seed, n, centre, scale = DATASETS[name]
    x, y = _data(seed, n, centre, scale)
    s = ErrorSurface.from_data(x, y, form)
    div = n if form is LossForm.MEAN else 1
    ws = _sample_ws(x, y, seed)
    for w in ws:
        direct = direct_loss(w, x, y, form)
        got = float(s.loss(w[0], w[1]))
        assert got >= 0.0
        assert abs(got - direct) <= 1e-9 * direct + 1e-12 * _loss_scale(w, x, y) / div, (w, got, direct)
    # Vectorised over arrays, too.
    got = s.loss(ws[:, 0], ws[:, 1])
    assert got.shape == (len(ws),)
    np.testing.assert_allclose(got, [direct_loss(w, x, y, form) for w in ws], rtol=1e-9)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", list(DATASETS))
def test_surface_gradient_matches_direct(name, form):
    seed, n, centre, scale = DATASETS[name]
    x, y = _data(seed, n, centre, scale)
    s = ErrorSurface.from_data(x, y, form)
    div = n if form is LossForm.MEAN else 1
    ws = np.vstack([_sample_ws(x, y, seed + 100), s.optimum()])
    for w in ws:
        direct = direct_gradient(w, x, y, form)
        got = s.gradient(w[0], w[1])
        assert got.shape == (2,)
        # Each component is a sum of terms d·1 and d·x; judge the error against their size.
        d = np.abs(w[0] + w[1] * x - y)
        size = np.array([d.sum(), np.dot(d, np.abs(x))]) / div
        assert np.all(np.abs(got - direct) <= 1e-9 * size), (w, got, direct, size)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", ["unit", "huge", "tiny"])
def test_surface_grid_matches_direct(name, form):
    seed, n, centre, scale = DATASETS[name]
    x, y = _data(seed, n, centre, scale)
    s = ErrorSurface.from_data(x, y, form)
    w_opt = s.optimum()
    r0 = (w_opt[0] - 3 * abs(w_opt[0]) - 1.0, w_opt[0] + 2 * abs(w_opt[0]) + 1.0)
    r1 = (w_opt[1] - 2.0, w_opt[1] + 3.0)
    w0, w1, e = s.grid(r0, r1, 17)
    np.testing.assert_array_equal(w0, np.linspace(*r0, 17))
    np.testing.assert_array_equal(w1, np.linspace(*r1, 17))
    assert e.shape == (17, 17)
    direct = np.array([[direct_loss(np.array([a, b]), x, y, form) for b in w1] for a in w0])
    np.testing.assert_allclose(e, direct, rtol=1e-9)
    # Indexing is e[i_w0, j_w1]: not transposed.
    assert e[3, 11] == pytest.approx(direct_loss(np.array([w0[3], w1[11]]), x, y, form), rel=1e-9)


@pytest.mark.parametrize("form", FORMS)
def test_grid_default_size_is_200(form):
    x, y = _data(21)
    w0, w1, e = ErrorSurface.from_data(x, y, form).grid((-1.0, 1.0), (0.0, 2.0))
    assert w0.shape == (200,) and w1.shape == (200,) and e.shape == (200, 200)
    assert np.isfinite(e).all()


@pytest.mark.parametrize("centre", [0.0, 3.0, 1e6, -1e6, 1e-6])
@pytest.mark.parametrize("form", FORMS)
def test_loss_never_negative_for_a_perfect_fit(centre, form):
    rng = np.random.default_rng(int(abs(centre)) % 1000 + 5)
    for _ in range(20):
        spread = (abs(centre) or 1.0) * rng.uniform(1e-3, 1.0)
        x = centre + rng.uniform(-spread, spread, int(rng.integers(2, 60)))
        w_true = np.array([rng.normal(0.0, 1.0 + abs(centre)), rng.normal(0.0, 3.0)])
        y = w_true[0] + w_true[1] * x
        s = ErrorSurface.from_data(x, y, form)
        w = s.optimum()
        e_opt = float(s.loss(w[0], w[1]))
        assert e_opt >= 0.0
        # Where E is flat (a perfect fit), rounding must not make it negative anywhere nearby.
        eps_w = np.abs(w) * 1e-12 + 1e-300
        near = s.loss(w[0] + eps_w[0] * rng.normal(size=50), w[1] + eps_w[1] * rng.normal(size=50))
        assert np.all(near >= 0.0)
        # And the fit is perfect up to rounding: E at the optimum is tiny next to the data's own spread.
        # (½·syy is the error of the flat line through the mean: E drops by 12+ orders of magnitude.)
        assert e_opt <= 1e-12 * 0.5 * s.syy * (1.0 / len(x) if form is LossForm.MEAN else 1.0)


# --------------------------------------------------------------------------------------
# optimum, Hessian, learning-rate bound


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", ["unit", "shifted", "many", "tiny", "tiny-offset"])
def test_optimum_matches_lstsq(name, form):
    seed, n, centre, scale = DATASETS[name]
    x, y = _data(seed, n, centre, scale)
    s = ErrorSurface.from_data(x, y, form)
    assert s.has_unique_optimum
    expected = np.linalg.lstsq(np.column_stack([np.ones_like(x), x]), y, rcond=None)[0]
    np.testing.assert_allclose(s.optimum(), expected, rtol=1e-9, atol=1e-12 * float(np.abs(expected).max()))
    # The gradient vanishes there (relative to its size at the origin).
    g_opt = s.gradient(*s.optimum())
    assert np.linalg.norm(g_opt) <= 1e-9 * (np.linalg.norm(s.gradient(0.0, 0.0)) + 1e-300)


@pytest.mark.parametrize("name", ["huge", "huge-narrow"])
def test_optimum_for_huge_coordinates(name):
    """lstsq on raw x ~ 1e6 is ill-conditioned, so compare with lstsq on centred data."""
    seed, n, centre, scale = DATASETS[name]
    x, y = _data(seed, n, centre, scale)
    s = ErrorSurface.from_data(x, y)
    assert s.has_unique_optimum
    mx, my = x.mean(), y.mean()
    b = np.linalg.lstsq(np.column_stack([np.ones_like(x), x - mx]), y - my, rcond=None)[0]
    w1 = b[1]
    w0 = my + b[0] - w1 * mx
    got = s.optimum()
    assert got[1] == pytest.approx(w1, rel=1e-9)
    assert got[0] == pytest.approx(w0, rel=1e-9, abs=1e-9 * abs(w1 * mx))
    # At the optimum the residuals sum to zero and are orthogonal to x (normal equations).
    r = y - (got[0] + got[1] * x)
    assert abs(r.sum()) <= 1e-9 * np.abs(r).sum()
    assert abs(np.dot(r, x - mx)) <= 1e-9 * np.dot(np.abs(r), np.abs(x - mx))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", list(DATASETS))
def test_hessian_is_analytic(name, form):
    seed, n, centre, scale = DATASETS[name]
    x, y = _data(seed, n, centre, scale)
    s = ErrorSurface.from_data(x, y, form)
    expected = np.array([[n, x.sum()], [x.sum(), np.dot(x, x)]], dtype=float)
    if form is LossForm.MEAN:
        expected /= n
    h = s.hessian()
    assert h.shape == (2, 2)
    np.testing.assert_allclose(h, expected, rtol=1e-12, atol=1e-14 * abs(expected[0, 1]))
    assert h[0, 1] == h[1, 0]
    # The gradient is exactly linear with that Hessian: ∇E(w + v) − ∇E(w) = H v.
    w, v = np.array([0.3, -0.2]) * (1 + abs(centre)), np.array([0.5, 0.25])
    dg = s.gradient(*(w + v)) - s.gradient(*w)
    np.testing.assert_allclose(dg, h @ v, rtol=1e-6, atol=1e-9 * np.abs(h).max())


@pytest.mark.parametrize("form", FORMS)
def test_eigenvalues_and_max_stable_lr(form):
    x, y = _data(31, 12, 1.0, 2.0)
    s = ErrorSurface.from_data(x, y, form)
    lam = s.eigenvalues()
    np.testing.assert_allclose(lam, np.linalg.eigvalsh(s.hessian()), rtol=1e-12)
    assert lam[0] <= lam[1] and lam[0] > 0
    assert s.max_stable_lr() == pytest.approx(2.0 / lam[1], rel=1e-12)
    if form is LossForm.MEAN:
        # The mean form's bound is N times the sum form's.
        assert s.max_stable_lr() == pytest.approx(12 * s.with_form(LossForm.SUM).max_stable_lr(), rel=1e-12)


@pytest.mark.parametrize("form", FORMS)
def test_from_data_statistics(form):
    x, y = _data(41, 9, 2.0, 1.5)
    s = ErrorSurface.from_data(list(x), list(y), form)  # plain lists are accepted
    assert s.n == 9 and s.form is form
    assert s.mx == pytest.approx(x.mean(), rel=1e-15)
    assert s.my == pytest.approx(y.mean(), rel=1e-15)
    assert s.sxx == pytest.approx(np.sum((x - x.mean()) ** 2), rel=1e-12)
    assert s.sxy == pytest.approx(np.sum((x - x.mean()) * (y - y.mean())), rel=1e-12)
    assert s.syy == pytest.approx(np.sum((y - y.mean()) ** 2), rel=1e-12)
    other = s.with_form(LossForm.SUM if form is LossForm.MEAN else LossForm.MEAN)
    assert (other.n, other.mx, other.my, other.sxx, other.sxy, other.syy) == (s.n, s.mx, s.my, s.sxx, s.sxy, s.syy)
    assert other.form is not form


# --------------------------------------------------------------------------------------
# Degenerate data


@pytest.mark.parametrize("form", FORMS)
def test_no_points(form):
    s = ErrorSurface.from_data(np.empty(0), np.empty(0), form)
    assert s.n == 0
    assert not s.has_unique_optimum
    np.testing.assert_array_equal(s.optimum(), [0.0, 0.0])
    assert float(s.loss(3.0, -2.0)) == 0.0
    np.testing.assert_array_equal(s.gradient(3.0, -2.0), [0.0, 0.0])
    assert s.max_stable_lr() == float("inf")
    _, _, e = s.grid((-1.0, 1.0), (-1.0, 1.0), 5)
    np.testing.assert_array_equal(e, np.zeros((5, 5)))
    # The direct forms agree (and do not divide by zero).
    assert direct_loss(np.array([3.0, -2.0]), np.empty(0), np.empty(0), form) == 0.0
    np.testing.assert_array_equal(direct_gradient(np.array([3.0, -2.0]), np.empty(0), np.empty(0), form), [0, 0])


def _check_valley(s: ErrorSurface, x, y, form):
    """Without a unique optimum: the optimum is on the valley floor, is a minimum, and η is bounded."""
    assert not s.has_unique_optimum
    w = s.optimum()
    assert np.isfinite(w).all()
    assert w[0] + w[1] * s.mx == pytest.approx(s.my, rel=1e-12, abs=1e-12)
    # It is the smallest-norm minimiser: lstsq's answer for a rank-deficient system.
    expected = np.linalg.lstsq(np.column_stack([np.ones_like(x), x]), y, rcond=None)[0]
    np.testing.assert_allclose(w, expected, rtol=1e-9, atol=1e-12)
    e_min = direct_loss(w, x, y, form)
    assert float(s.loss(*w)) == pytest.approx(e_min, rel=1e-9, abs=1e-12)
    # Anywhere else on the floor fits exactly as well; off the floor is worse.
    for t in (-5.0, 0.5, 7.0):
        along = w + t * np.array([-s.mx, 1.0])
        assert float(s.loss(*along)) == pytest.approx(e_min, rel=1e-9, abs=1e-9)
        assert float(s.loss(along[0] + 0.1, along[1])) > e_min
    assert np.linalg.norm(s.gradient(*w)) <= 1e-9 * (1 + np.linalg.norm(s.gradient(0.0, 0.0)))
    lr = s.max_stable_lr()
    assert np.isfinite(lr) and lr > 0
    # H = n·[[1, x], [x, x²]] has eigenvalues 0 and n(1 + x²).
    n_eff = 1 if form is LossForm.MEAN else len(x)
    assert lr == pytest.approx(2.0 / (n_eff * (1 + s.mx**2)), rel=1e-9)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("point", [(2.0, 3.0), (0.0, -1.5), (-4.0, 0.0), (1e6, 2e6)])
def test_one_point(point, form):
    x, y = np.array([point[0]]), np.array([point[1]])
    s = ErrorSurface.from_data(x, y, form)
    assert s.n == 1
    _check_valley(s, x, y, form)
    assert float(s.loss(*s.optimum())) <= 1e-12 * (1 + point[1] ** 2)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("x_value", [0.0, 3.0, -2.5, 1e6 + 0.1])
def test_all_x_equal(x_value, form):
    y = np.array([1.0, 2.0, 4.0, -0.5]) * (1 + abs(x_value) * 1e-3)
    x = np.full(len(y), x_value)
    s = ErrorSurface.from_data(x, y, form)
    _check_valley(s, x, y, form)
    # The best any line can do through a vertical stack of points: ½ Σ (y − ȳ)².
    e_expected = 0.5 * np.sum((y - y.mean()) ** 2) / (len(y) if form is LossForm.MEAN else 1)
    assert float(s.loss(*s.optimum())) == pytest.approx(e_expected, rel=1e-9)


def test_two_distinct_x_have_a_unique_optimum():
    x, y = np.array([1.0, 2.0]), np.array([5.0, 3.0])
    s = ErrorSurface.from_data(x, y)
    assert s.has_unique_optimum
    np.testing.assert_allclose(s.optimum(), [7.0, -2.0], rtol=1e-14)
    assert float(s.loss(7.0, -2.0)) == pytest.approx(0.0, abs=1e-24)


def test_formula_text():
    assert "Σ" in LossForm.SUM.formula and "1/N" not in LossForm.SUM.formula
    assert "1/N" in LossForm.MEAN.formula
    assert LossForm("sum") is LossForm.SUM and LossForm("mean") is LossForm.MEAN
