"""The lecture's model f_w(x) = w0 + w1·x and its error E(w) = ½ Σ (y − f_w(x))².

E is a quadratic in w, so everything about it (value, gradient, Hessian, optimum, a
whole surface over a grid) follows from six numbers of the data. We keep them centred
on the data's mean, which keeps E accurate near the optimum even for coordinates in
the millions, where the raw sums Σx², Σy² would cancel catastrophically.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np


class LossForm(str, Enum):
    """Which error the optimizer minimises; both have the same optimum."""

    SUM = "sum"    # E = ½ Σ (y − f)²        — the lecture's form
    MEAN = "mean"  # E = ½ · (1/N) Σ (y − f)² — safe η does not shrink as N grows

    @property
    def formula(self) -> str:
        if self is LossForm.SUM:
            return "E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))²"
        return "E(w) = ½·(1/N) Σᵢ (yᵢ − f_w(xᵢ))²"


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return w[0] + w[1] * x


def direct_loss(w: np.ndarray, x: np.ndarray, y: np.ndarray, form: LossForm = LossForm.SUM) -> float:
    """E(w) summed point by point, exactly as written in the lecture."""
    r = y - predict(w, x)
    e = 0.5 * float(np.dot(r, r))
    return e / len(x) if form is LossForm.MEAN and len(x) else e


def direct_gradient(w: np.ndarray, x: np.ndarray, y: np.ndarray, form: LossForm = LossForm.SUM) -> np.ndarray:
    """∂E/∂w0 = Σ (f − y), ∂E/∂w1 = Σ (f − y)·x, point by point."""
    d = predict(w, x) - y
    g = np.array([d.sum(), np.dot(d, x)], dtype=float)
    return g / len(x) if form is LossForm.MEAN and len(x) else g


@dataclass(frozen=True)
class ErrorSurface:
    """E(w) of one data set, from its centred sufficient statistics.

    n points with means mx, my and centred sums sxx = Σ(x−mx)², sxy = Σ(x−mx)(y−my),
    syy = Σ(y−my)². With c = my − w0 − w1·mx (the residual at the mean point):
        E_sum(w) = ½ (syy − 2·w1·sxy + w1²·sxx + n·c²)
    """

    n: int
    mx: float
    my: float
    sxx: float
    sxy: float
    syy: float
    form: LossForm = LossForm.SUM

    @classmethod
    def from_data(cls, x: np.ndarray, y: np.ndarray, form: LossForm = LossForm.SUM) -> ErrorSurface:
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        n = len(x)
        if n == 0:
            return cls(0, 0.0, 0.0, 0.0, 0.0, 0.0, form)
        mx, my = float(x.mean()), float(y.mean())
        dx, dy = x - mx, y - my
        # einsum's own loop, not BLAS: OpenBLAS's threads, racing the worker and the GUI thread for two cores,
        # made one dot over 100,000 points take 9–28 ms now and then (0.07 ms alone).
        sxx, sxy, syy = (float(np.einsum("i,i->", a, b)) for a, b in ((dx, dx), (dx, dy), (dy, dy)))
        return cls(n, mx, my, sxx, sxy, syy, form)

    def with_point(self, x: float, y: float) -> ErrorSurface:
        """The surface with the point (x, y) added: its statistics updated in O(1) (Welford's update, centred
        as they are kept), equal to from_data's up to rounding."""
        n = self.n + 1
        dx, dy = x - self.mx, y - self.my
        mx, my = self.mx + dx / n, self.my + dy / n
        return ErrorSurface(n, mx, my, self.sxx + dx * (x - mx), self.sxy + dx * (y - my), self.syy + dy * (y - my),
                            self.form)

    def without_point(self, x: float, y: float) -> ErrorSurface:
        """The surface with the point (x, y), one of its data, removed: with_point undone, in O(1)."""
        n = self.n - 1
        if n <= 0:
            return ErrorSurface(0, 0.0, 0.0, 0.0, 0.0, 0.0, self.form)
        dx, dy = x - self.mx, y - self.my
        mx, my = self.mx - dx / n, self.my - dy / n
        # (a sum of squares cannot go below 0: rounding may take one of nearly equal points there)
        return ErrorSurface(n, mx, my, max(self.sxx - dx * (x - mx), 0.0), self.sxy - dx * (y - my),
                            max(self.syy - dy * (y - my), 0.0), self.form)

    def with_form(self, form: LossForm) -> ErrorSurface:
        return ErrorSurface(self.n, self.mx, self.my, self.sxx, self.sxy, self.syy, form)

    @property
    def _scale(self) -> float:
        """Factor between the sum form and the form in use."""
        return 1.0 / self.n if self.form is LossForm.MEAN and self.n else 1.0

    def loss(self, w0, w1):
        """E at w (scalars or broadcastable arrays). Never negative."""
        c = self.my - w0 - w1 * self.mx
        e = 0.5 * (self.syy - 2.0 * w1 * self.sxy + w1 * w1 * self.sxx + self.n * c * c)
        return np.maximum(e, 0.0) * self._scale

    def gradient(self, w0: float, w1: float) -> np.ndarray:
        c = self.my - w0 - w1 * self.mx
        g0 = -self.n * c
        g1 = -(self.sxy - w1 * self.sxx) - self.mx * self.n * c
        return np.array([g0, g1]) * self._scale

    def grid(self, w0_range: tuple[float, float], w1_range: tuple[float, float], size: int = 200):
        """E on a size×size grid; returns (w0 values, w1 values, E[i_w0, j_w1])."""
        w0 = np.linspace(*w0_range, size)
        w1 = np.linspace(*w1_range, size)
        return w0, w1, self.loss(w0[:, None], w1[None, :])

    def hessian(self) -> np.ndarray:
        sum_x = self.n * self.mx
        sum_xx = self.sxx + self.n * self.mx * self.mx
        return np.array([[self.n, sum_x], [sum_x, sum_xx]], dtype=float) * self._scale

    def eigenvalues(self) -> np.ndarray:
        """Eigenvalues of the Hessian, ascending (curvatures of the valley)."""
        return np.linalg.eigvalsh(self.hessian())

    def max_stable_lr(self) -> float:
        """Gradient descent on this quadratic converges iff η < 2 / λmax; inf with no data."""
        lam_max = float(self.eigenvalues()[-1]) if self.n else 0.0
        return 2.0 / lam_max if lam_max > 0 else float("inf")

    @property
    def has_unique_optimum(self) -> bool:
        """False with fewer than two distinct x: then a whole line of w fits equally well.

        "Distinct" is relative to the size of x, so data in any unit (x ~ 1e-6 or 1e6) behaves alike."""
        return self.n >= 2 and self.sxx > 1e-12 * self.n * self.mx * self.mx

    def optimum(self) -> np.ndarray:
        """The least-squares w; without a unique one, the smallest-norm w on the valley floor."""
        if self.n == 0:
            return np.zeros(2)
        if self.has_unique_optimum:
            w1 = self.sxy / self.sxx
            return np.array([self.my - w1 * self.mx, w1])
        # Every w with w0 + w1·mx = my fits; the one closest to the origin:
        return np.array([1.0, self.mx]) * self.my / (1.0 + self.mx * self.mx)
