"""The curvature of the error surface: the Hessian's eigenvalues and eigenvectors, and what they say about η.

E is a quadratic, so its Hessian H is constant. Along H's eigenvector of eigenvalue λ, plain gradient
descent multiplies the distance to the optimum by (1 − ηλ) each step:

- it diverges along the steepest direction once η ≥ 2/λmax (|1 − ηλmax| ≥ 1);
- the slowest factor max(|1 − ηλmin|, |1 − ηλmax|) is smallest at η = 2/(λmin + λmax), the fastest
  steady η, where both directions shrink by (κ − 1)/(κ + 1) per step, κ = λmax/λmin.

The eigenvalues come from the trace and the determinant of the 2×2 H rather than from an
eigen-solver: λmin = det/λmax stays accurate even when λmin is a millionth of λmax (x in the
thousands), where an eigen-solver's λmin is mostly rounding.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from gdstudio.core.model import ErrorSurface
from gdstudio.core.standardize import Scaling


@dataclass(frozen=True)
class Curvature:
    """H's eigenvalues (ascending) and unit eigenvectors (columns, in the same order) of one surface."""

    lam_min: float
    lam_max: float
    vectors: np.ndarray      # vectors[:, 0] along λmin (the valley's long axis), vectors[:, 1] along λmax
    unique: bool             # a unique optimum: λmin > 0, so κ and the fastest η mean something

    @classmethod
    def of(cls, surface: ErrorSurface) -> Curvature:
        h = surface.hessian()
        if not surface.n:
            return cls(0.0, 0.0, np.eye(2), False)
        trace = float(h[0, 0] + h[1, 1])
        # det = n·sxx (times the form's scale²) exactly: no cancellation of n·Σx² − (Σx)².
        scale = float(h[0, 0]) / surface.n
        det = surface.n * surface.sxx * scale * scale
        lam_max = 0.5 * (trace + math.sqrt(max(trace * trace - 4.0 * det, 0.0)))
        lam_min = det / lam_max if lam_max > 0 else 0.0
        # H·v = λmax·v: v ∝ (b, λmax − a) or (λmax − c, b); take the longer of the two (the better conditioned).
        a, b, c = float(h[0, 0]), float(h[0, 1]), float(h[1, 1])
        v1, v2 = np.array([b, lam_max - a]), np.array([lam_max - c, b])
        v_max = v1 if np.hypot(*v1) >= np.hypot(*v2) else v2
        norm = float(np.hypot(*v_max))
        v_max = v_max / norm if norm > 0 else np.array([0.0, 1.0])  # (H a multiple of I: any axes will do)
        v_min = np.array([v_max[1], -v_max[0]])
        if v_min[0] < 0 or (v_min[0] == 0 and v_min[1] < 0):  # one sign, so the drawing does not flip
            v_min = -v_min
        vectors = np.column_stack([v_min, v_max])
        return cls(lam_min, lam_max, vectors, surface.has_unique_optimum and lam_min > 0)

    @property
    def divergent_from(self) -> float | None:
        """2/λmax: plain gradient descent diverges for η at or above it; None without data."""
        return 2.0 / self.lam_max if self.lam_max > 0 else None

    @property
    def fastest_steady(self) -> float | None:
        """2/(λmin + λmax): the η at which plain gradient descent converges fastest; None without a unique
        optimum (along the valley floor it would not converge at all)."""
        return 2.0 / (self.lam_min + self.lam_max) if self.unique else None

    @property
    def kappa(self) -> float | None:
        """The condition number λmax/λmin (1: a round bowl); None without a unique optimum."""
        return self.lam_max / self.lam_min if self.unique else None

    def axis_half_lengths(self, long_half: float) -> tuple[float, float]:
        """Half-lengths along (λmin's, λmax's) eigenvector ∝ 1/√λ — the semi-axes of a contour ellipse of
        E — scaled so the long one is `long_half`."""
        return long_half, long_half * math.sqrt(self.lam_min / self.lam_max)


def condition_numbers(surface: ErrorSurface, scaling: Scaling) -> tuple[float | None, float | None]:
    """κ of the data as they are and with x standardised (the error form and y do not change κ); None where
    there is no unique optimum. From the model's surface and the scaling that made its data: only x's count,
    mean and centred Σx² matter, so no pass over the points (at 100,000 points two passes cost 28 ms an edit)."""
    n, x_std = surface.n, scaling.x_std
    mx, sxx = scaling.x_mean + x_std * surface.mx, x_std * x_std * surface.sxx  # (the data's own x)
    raw = ErrorSurface(n, mx, 0.0, sxx, 0.0, 0.0)
    spread = math.sqrt(sxx / n) if n else 0.0  # (Scaling.of's σx; a spread of 0 only centres)
    standardised = ErrorSurface(n, 0.0, 0.0, sxx / (spread * spread) if spread > 1e-300 else sxx, 0.0, 0.0)
    return Curvature.of(raw).kappa, Curvature.of(standardised).kappa
