"""Standardising the data: fit on z = (x − x̄)/σx (and optionally (y − ȳ)/σy) instead of x.

Unscaled inputs (x in the thousands) make the error surface a long thin valley: the
Hessian's curvatures differ by orders of magnitude, so one η is too large along one axis
and too small along the other. On standardised x the valley is round and gradient
descent converges in a few steps. The fitted line is the same line either way:

    (y − ȳ)/σy = w0′ + w1′·(x − x̄)/σx   ⇔   y = w0 + w1·x  with
    w1 = σy·w1′/σx,   w0 = ȳ + σy·w0′ − w1·x̄
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np

from gdstudio.core.dataset import DataSet


class Standardize(str, Enum):
    OFF = "off"
    X = "x"
    XY = "xy"


@dataclass(frozen=True)
class Scaling:
    x_mean: float = 0.0
    x_std: float = 1.0
    y_mean: float = 0.0
    y_std: float = 1.0

    @classmethod
    def of(cls, data: DataSet, mode: Standardize) -> Scaling:
        """The scaling for this data; a spread of 0 (one point, all x equal) only centres."""
        mode = Standardize(mode)
        if mode is Standardize.OFF or not len(data):
            return cls()

        def spread(values: np.ndarray) -> float:
            s = float(values.std())
            return s if s > 1e-300 else 1.0

        xs = (float(data.x.mean()), spread(data.x))
        ys = (float(data.y.mean()), spread(data.y)) if mode is Standardize.XY else (0.0, 1.0)
        return cls(*xs, *ys)

    @property
    def is_identity(self) -> bool:
        return self == Scaling()

    def apply(self, data: DataSet) -> DataSet:
        if self.is_identity:
            return data
        x_name = f"({data.x_name} − x̄)/σx"
        y_name = data.y_name if (self.y_mean, self.y_std) == (0.0, 1.0) else f"({data.y_name} − ȳ)/σy"
        return DataSet((data.x - self.x_mean) / self.x_std, (data.y - self.y_mean) / self.y_std, x_name, y_name)

    def to_original(self, w) -> np.ndarray:
        """Model-space (w0′, w1′) → the same line's (w0, w1) in the data's own units."""
        w = np.asarray(w, dtype=float)
        w1 = self.y_std * w[..., 1] / self.x_std
        w0 = self.y_mean + self.y_std * w[..., 0] - w1 * self.x_mean
        return np.stack([w0, w1], axis=-1)

    def from_original(self, w) -> np.ndarray:
        w = np.asarray(w, dtype=float)
        w1 = w[..., 1] * self.x_std / self.y_std
        w0 = (w[..., 0] + w[..., 1] * self.x_mean - self.y_mean) / self.y_std
        return np.stack([w0, w1], axis=-1)
