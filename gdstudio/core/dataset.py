"""The data points (x, y) as an immutable value: every edit returns a new DataSet."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from gdstudio.core.limits import MAX_VALUE, outside


def _frozen(a) -> np.ndarray:
    a = np.array(a, dtype=float).reshape(-1)
    a.flags.writeable = False
    return a


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
        if not (np.isfinite(x).all() and np.isfinite(y).all()):
            raise ValueError("data points must be finite numbers")
        if outside(x) or outside(y):
            raise ValueError(f"data points must lie within ±{MAX_VALUE:.0e} (the range gdstudio computes exactly)")
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __len__(self) -> int:
        return len(self.x)

    def __eq__(self, other) -> bool:
        return isinstance(other, DataSet) and np.array_equal(self.x, other.x) and np.array_equal(self.y, other.y)

    def _with(self, x: np.ndarray, y: np.ndarray) -> DataSet:
        return DataSet(x, y, self.x_name, self.y_name)

    def with_point(self, x: float, y: float) -> DataSet:
        return self._with(np.append(self.x, x), np.append(self.y, y))

    def with_moved(self, index: int, x: float, y: float) -> DataSet:
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
        if not len(self):
            return -1, float("inf")
        d = np.hypot((self.x - x) * scale_x, (self.y - y) * scale_y)
        i = int(np.argmin(d))
        return i, float(d[i])
