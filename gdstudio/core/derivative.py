"""The derivative of E along one parameter (lecture slides 17–19), with the other one fixed.

Along the cut through w that varies w_i, E is a function of one variable. Its average rate of
change (平均変化率) between w_i and w_i + h is the secant's slope (E(w + h·e_i) − E(w)) / h; as h
shrinks it tends to the derivative at the point (微分係数), the partial ∂E/∂w_i. The derivative
function (導関数) gives that derivative at every w_i of the cut. For the quadratic E the secant's
slope is the derivative plus ½·H_ii·h exactly, and the derivative function is a straight line.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdstudio.core.model import ErrorSurface

H_LARGEST = 0.3     # the largest h: this fraction of the visible range of w_i …
H_DECADES = 5.0     # … and the smallest, this many powers of ten less (the two numbers shown agree there)


def along_cut(w, axis: int, values) -> tuple[np.ndarray, np.ndarray]:
    """(w0, w1) arrays for the points of the cut through w where w_axis takes `values`."""
    values = np.asarray(values, dtype=float)
    fixed = np.full_like(values, float(w[1 - axis]))
    return (values, fixed) if axis == 0 else (fixed, values)


def cut_loss(surface: ErrorSurface, axis: int, w, values) -> np.ndarray:
    """E along the cut through w that varies w_axis over `values` (inf where it overflows)."""
    with np.errstate(over="ignore", invalid="ignore"):
        return np.asarray(surface.loss(*along_cut(w, axis, values)), dtype=float)


def partial(surface: ErrorSurface, axis: int, w) -> float:
    """The derivative at the point: ∂E/∂w_axis at w, from the analytic gradient."""
    return float(surface.gradient(float(w[0]), float(w[1]))[axis])


def derivative_function(surface: ErrorSurface, axis: int, w, values) -> np.ndarray:
    """The derivative function of the cut: ∂E/∂w_axis at every point of it where w_axis takes `values`.
    E is quadratic, so this is the derivative at w plus H_ii times the distance from w_axis: a line."""
    values = np.asarray(values, dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        return partial(surface, axis, w) + curvature(surface, axis) * (values - float(w[axis]))


def curvature(surface: ErrorSurface, axis: int) -> float:
    """H_ii: how fast the derivative function grows along the cut (its slope)."""
    return float(surface.hessian()[axis, axis])


@dataclass(frozen=True)
class Secant:
    """The secant of the cut through (w_i, E(w)) and (w_i + h, E(w + h·e_i))."""

    axis: int
    w_i: float
    loss: float
    h: float
    loss_h: float

    @property
    def slope(self) -> float:
        """The average rate of change ΔE/Δw_i = (E(w + h·e_i) − E(w)) / h."""
        return (self.loss_h - self.loss) / self.h

    @property
    def xs(self) -> np.ndarray:
        return np.array([self.w_i, self.w_i + self.h])

    @property
    def ys(self) -> np.ndarray:
        return np.array([self.loss, self.loss_h])


def secant(surface: ErrorSurface, axis: int, w, h: float) -> Secant | None:
    """The secant for step h along w_axis, or None where it has no meaning (no data, h zero or not
    finite, h lost against w_i in floating point, or E not finite at either end)."""
    w_i, h = float(w[axis]), float(h)
    if not surface.n or not (np.isfinite(h) and np.isfinite(w_i)) or w_i + h == w_i:
        return None
    h = (w_i + h) - w_i  # the step the floating-point numbers actually take
    loss, loss_h = (float(e) for e in cut_loss(surface, axis, w, [w_i, w_i + h]))
    with np.errstate(over="ignore", invalid="ignore"):
        if not (np.isfinite(loss) and np.isfinite(loss_h) and np.isfinite((loss_h - loss) / h)):
            return None
    return Secant(axis, w_i, loss, h, loss_h)


def h_fraction(position: float) -> float:
    """The step h as a fraction of the visible range, for a position from 0 (the largest h) to 1
    (the smallest): evenly spaced on a log scale, so every power of ten gets the same travel."""
    position = min(1.0, max(0.0, float(position)))
    return H_LARGEST * 10.0 ** (-H_DECADES * position)


def h_step(fraction: float, w_i: float, x_range: tuple[float, float]) -> float:
    """h for a fraction of the visible range: towards larger w_i, unless w_i + h would leave the view
    (then towards smaller w_i: the average rate of change has the same limit from either side)."""
    low, high = x_range
    h = fraction * (high - low)
    return -h if w_i + h > high and w_i - h >= low else h
