"""The data points (x, y) as an immutable value: every edit returns a new DataSet."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from gdstudio.core.limits import MAX_VALUE, outside


def _frozen(a) -> np.ndarray:
    a = np.array(a, dtype=float).reshape(-1)
    a.flags.writeable = False
    return a


def _check(x: np.ndarray, y: np.ndarray) -> None:
    """ValueError unless every value is finite and inside the supported range (one pass each when they are)."""
    if outside(x) or outside(y):
        if not (np.isfinite(x).all() and np.isfinite(y).all()):
            raise ValueError("data points must be finite numbers")
        raise ValueError(f"data points must lie within ±{MAX_VALUE:.0e} (the range gdstudio computes exactly)")


@dataclass(frozen=True, eq=False)
class DataSet:
    x: np.ndarray = field(default_factory=lambda: _frozen([]))
    y: np.ndarray = field(default_factory=lambda: _frozen([]))
    x_name: str = "x"  # axis names, e.g. from a CSV header
    y_name: str = "y"

    def __post_init__(self) -> None:
        x, y = _frozen(self.x), _frozen(self.y)
        if x.shape != y.shape:
            raise ValueError(f"x has {len(x)} values but y has {len(y)}")
        _check(x, y)
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    @classmethod
    def _of_checked(cls, x: np.ndarray, y: np.ndarray, x_name: str, y_name: str) -> DataSet:
        """A DataSet of new arrays whose values were all checked already (an edit checks only the points it
        adds or moves: at a million points checking them all again took 30 ms an edit)."""
        x.flags.writeable = y.flags.writeable = False
        data = object.__new__(cls)
        for name, value in (("x", x), ("y", y), ("x_name", x_name), ("y_name", y_name)):
            object.__setattr__(data, name, value)
        return data

    def __len__(self) -> int:
        return len(self.x)

    def __eq__(self, other) -> bool:
        return isinstance(other, DataSet) and np.array_equal(self.x, other.x) and np.array_equal(self.y, other.y)

    def _with(self, x: np.ndarray, y: np.ndarray) -> DataSet:
        return DataSet._of_checked(x, y, self.x_name, self.y_name)

    def with_point(self, x: float, y: float) -> DataSet:
        _check(np.array([x], dtype=float), np.array([y], dtype=float))
        return self._with(np.append(self.x, float(x)), np.append(self.y, float(y)))

    def with_moved(self, index: int, x: float, y: float) -> DataSet:
        _check(np.array([x], dtype=float), np.array([y], dtype=float))
        xs, ys = self.x.copy(), self.y.copy()
        xs[index], ys[index] = x, y
        return self._with(xs, ys)

    def without(self, index: int) -> DataSet:
        return self._with(np.delete(self.x, index), np.delete(self.y, index))

    def cleared(self) -> DataSet:
        return self._with(np.empty(0), np.empty(0))

    def nearest(self, x: float, y: float, scale_x: float = 1.0, scale_y: float = 1.0) -> tuple[int, float]:
        """Index of the point nearest (x, y) and its distance, after scaling each axis
        (pass pixels per data unit to measure in pixels). (-1, inf) when empty."""
        if not len(self) or outside([x, y]):  # (far outside the data's range nothing is near, and
            return -1, float("inf")            # the differences would overflow)
        d = np.hypot((self.x - x) * scale_x, (self.y - y) * scale_y)
        i = int(np.argmin(d))
        return i, float(d[i])
