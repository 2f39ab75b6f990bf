"""The numbers gdstudio computes with: a supported range, the same at every door.

Inside it nothing the model computes overflows a double: with |x|, |y| ≤ MAX_VALUE and up to a
million points, Σx², Σxy and E at a start |w| ≤ MAX_START stay below ~1e60, far from 1.8e308.
(Outside it, values as large as 1e154 overflowed the sums of squares: every plot and label
turned to nan.) A file, a session, a lesson, a typed value, a click or a flag with a number
outside it is refused with a message that says so; nothing is clipped silently.
"""

from __future__ import annotations

import numpy as np

MAX_VALUE = 1e12   # |x| and |y| of a data point
MAX_START = 1e12   # |w0| and |w1| of a start
MIN_LR, MAX_LR = 1e-12, 1e6  # η: beyond 1e6 a first step can overflow; below 1e-12 nothing moves visibly


def outside(values, limit: float = MAX_VALUE) -> bool:
    """Whether any of `values` is non-finite or beyond ±limit."""
    a = np.asarray(values, dtype=float)
    return bool(a.size) and not bool((np.abs(a) <= limit).all())  # (NaN compares False: outside too)


def range_problem(value: float, limit: float = MAX_VALUE) -> str:
    """Why a value is refused, in words ('' if it is inside the range)."""
    if np.isnan(value) or np.isinf(value):
        return "must be a finite number"
    if abs(value) > limit:
        shown = f"{value:.4g}" if abs(float(f"{value:.4g}")) > limit else repr(value)  # (1e+12 would look inside)
        return f"{shown} is outside the range gdstudio computes exactly (at most ±{limit:.0e})"
    return ""
