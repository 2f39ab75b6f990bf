"""Brute force (lecture part 5, slides 14–16): try every combination of w0 and w1 on a grid.

"Try every w0, w1 in [0, 3] with 100 divisions each: 10,000 evaluations." It works, but it
costs grid intersections × data points × parameters, and the range and the resolution have to be
chosen before you know where the optimum is.

What "100 divisions" means here: each axis's range is divided into 100 equal cells and
every cell is evaluated once, at its centre. So d divisions give d points per axis (not
d + 1), and 100 × 100 divisions are exactly the slide's 10,000 evaluations. With [0, 3]
the cells are 0.03 wide and the points are 0.015, 0.045, …, 2.985; each point stands for
its cell, so a drawn cell covers exactly the part of the plane its value describes.

The sweep goes in row order, like two nested loops: the outer loop over w1 (bottom row
first), the inner loop over w0 (left to right). `GridSearch.advance(count)` evaluates the
next `count` cells in that order with one vectorised call of `ErrorSurface.loss`, which
comes from the data's sufficient statistics — so a cell costs the same for 12 data points
or 100,000, even though the operation count the lecture speaks of (what a direct program
would do) grows with N.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from gdstudio.core.model import ErrorSurface

PARAMETERS = 2            # w0 and w1
DEFAULT_RANGE = (0.0, 3.0)
DEFAULT_DIVISIONS = 100
MAX_DIVISIONS = 1000      # per axis: up to 10⁶ cells (8 MB of float64 values)
MAX_ABS_W = 1e12          # beyond this E may overflow; no sensible line needs it
FINISH_CHUNK = 1 << 18    # cells evaluated per vectorised call in finish(), to bound temporary memory


@dataclass(frozen=True)
class GridSpec:
    """The grid to search: a range and a number of divisions (= evaluated points) per axis."""

    w0_range: tuple[float, float] = DEFAULT_RANGE
    w1_range: tuple[float, float] = DEFAULT_RANGE
    w0_divisions: int = DEFAULT_DIVISIONS
    w1_divisions: int = DEFAULT_DIVISIONS

    def __post_init__(self) -> None:
        for name, (lo, hi) in (("w0", self.w0_range), ("w1", self.w1_range)):
            if not (math.isfinite(lo) and math.isfinite(hi)):
                raise ValueError(f"The {name} range must be two finite numbers.")
            if not lo < hi:
                raise ValueError(f"The {name} range is empty: 'from' ({lo:g}) must be smaller than 'to' ({hi:g}).")
            if max(abs(lo), abs(hi)) > MAX_ABS_W:
                raise ValueError(f"The {name} range is too wide: keep it within ±{MAX_ABS_W:g}.")
        for name, d in (("w0", self.w0_divisions), ("w1", self.w1_divisions)):
            if int(d) != d or not 1 <= d <= MAX_DIVISIONS:
                raise ValueError(f"The {name} divisions must be a whole number from 1 to {MAX_DIVISIONS:,}.")
        object.__setattr__(self, "w0_range", (float(self.w0_range[0]), float(self.w0_range[1])))
        object.__setattr__(self, "w1_range", (float(self.w1_range[0]), float(self.w1_range[1])))
        object.__setattr__(self, "w0_divisions", int(self.w0_divisions))
        object.__setattr__(self, "w1_divisions", int(self.w1_divisions))

    @property
    def shape(self) -> tuple[int, int]:
        """(w0 divisions, w1 divisions): the shape of the values array, indexed [i_w0, j_w1]."""
        return self.w0_divisions, self.w1_divisions

    @property
    def points(self) -> int:
        """Grid points = evaluations of E for one full sweep."""
        return self.w0_divisions * self.w1_divisions

    @property
    def cell_size(self) -> tuple[float, float]:
        """Width of one cell along w0 and along w1 (the resolution of the search)."""
        return ((self.w0_range[1] - self.w0_range[0]) / self.w0_divisions,
                (self.w1_range[1] - self.w1_range[0]) / self.w1_divisions)

    def w0_values(self) -> np.ndarray:
        """The evaluated w0: the centres of the cells along w0."""
        return _centres(self.w0_range, self.w0_divisions)

    def w1_values(self) -> np.ndarray:
        return _centres(self.w1_range, self.w1_divisions)

    def contains(self, w) -> bool:
        """True if w lies inside the searched rectangle (edges included)."""
        return (self.w0_range[0] <= w[0] <= self.w0_range[1]) and (self.w1_range[0] <= w[1] <= self.w1_range[1])

    def cell_of(self, flat: int) -> tuple[int, int]:
        """(i_w0, j_w1) of the flat-th cell in sweep order."""
        j, i = divmod(int(flat), self.w0_divisions)
        return i, j


def _centres(bounds: tuple[float, float], divisions: int) -> np.ndarray:
    lo, hi = bounds
    return lo + (np.arange(divisions) + 0.5) * ((hi - lo) / divisions)


@dataclass(frozen=True)
class SweepCost:
    """The lecture's cost of brute force: grid intersections (grid points) × data points × parameters."""

    grid_points: int
    data_points: int
    parameters: int = PARAMETERS

    @property
    def evaluations(self) -> int:
        """One evaluation of E per grid point."""
        return self.grid_points

    @property
    def operations(self) -> int:
        return self.grid_points * self.data_points * self.parameters

    def formula(self) -> str:
        """E.g. '10,000 grid intersections × 12 data points × 2 parameters = 240,000'."""
        return (f"{self.grid_points:,} grid intersections × {self.data_points:,} data points × "
                f"{self.parameters} parameters = {self.operations:,}")


def sweep_cost(spec: GridSpec, data_points: int, parameters: int = PARAMETERS) -> SweepCost:
    return SweepCost(spec.points, int(data_points), parameters)


@dataclass(frozen=True)
class OptimumGap:
    """How far the best cell is from the true least-squares optimum."""

    best_w: np.ndarray
    best_loss: float
    optimum_w: np.ndarray
    optimum_loss: float
    optimum_in_range: bool   # False: the grid never looked where the optimum is
    optimum_in_best_cell: bool

    @property
    def delta_w(self) -> np.ndarray:
        """best − optimum, per parameter."""
        return self.best_w - self.optimum_w

    @property
    def distance(self) -> float:
        """‖best − optimum‖ in the (w0, w1) plane."""
        return float(np.hypot(*self.delta_w))

    @property
    def loss_excess(self) -> float:
        """E(best) − E(optimum) ≥ 0: the error the grid's coarseness (or range) costs."""
        return max(self.best_loss - self.optimum_loss, 0.0)


def optimum_gap(surface: ErrorSurface, spec: GridSpec, best_w) -> OptimumGap:
    best_w = np.asarray(best_w, dtype=float)
    opt = surface.optimum()
    half = np.array(spec.cell_size) / 2
    return OptimumGap(best_w.copy(), float(surface.loss(*best_w)), opt, float(surface.loss(*opt)),
                      spec.contains(opt), bool(np.all(np.abs(opt - best_w) <= half * (1 + 1e-9))))


class GridSearch:
    """One sweep over a grid: evaluated incrementally, in row order, remembering the best cell.

    `values` (indexed [i_w0, j_w1]) holds E for the evaluated cells and NaN for the rest.
    The best cell is the first cell in sweep order with the smallest E, so a sweep done in
    any number of `advance` calls ends exactly where a one-shot evaluation would.
    """

    def __init__(self, surface: ErrorSurface, spec: GridSpec | None = None) -> None:
        self.surface = surface
        self.spec = spec if spec is not None else GridSpec()
        self._w0 = self.spec.w0_values()
        self._w1 = self.spec.w1_values()
        # Stored in sweep order: row j (one w1) after row j − 1, each row along w0.
        self._rows = np.full((self.spec.w1_divisions, self.spec.w0_divisions), np.nan)
        self._flat = self._rows.reshape(-1)
        self._done = 0
        self._best = -1
        self._best_loss = math.inf

    # ------------------------------------------------------------------ progress
    @property
    def total(self) -> int:
        return self.spec.points

    @property
    def done(self) -> int:
        """Evaluations of E so far (= cells evaluated)."""
        return self._done

    @property
    def remaining(self) -> int:
        return self.total - self._done

    @property
    def is_done(self) -> bool:
        return self._done >= self.total

    @property
    def fraction(self) -> float:
        return self._done / self.total

    def advance(self, count: int) -> int:
        """Evaluate the next `count` cells (fewer at the end); returns how many were evaluated."""
        count = max(0, min(int(count), self.remaining))
        if not count:
            return 0
        start = self._done
        k = np.arange(start, start + count)
        j, i = np.divmod(k, self.spec.w0_divisions)
        with np.errstate(over="ignore", invalid="ignore"):  # E may be inf far out for huge data; still comparable
            e = np.asarray(self.surface.loss(self._w0[i], self._w1[j]), dtype=float)
        self._flat[start:start + count] = e
        self._done += count
        if np.isnan(e).all():
            return count
        local = int(np.nanargmin(e))
        if self._best < 0 or e[local] < self._best_loss:  # strict: on a tie the earlier cell stays best
            self._best, self._best_loss = start + local, float(e[local])
        return count

    def finish(self) -> int:
        """Evaluate every remaining cell at once; returns how many that was."""
        evaluated = 0
        while not self.is_done:
            evaluated += self.advance(FINISH_CHUNK)
        return evaluated

    # ------------------------------------------------------------------ results
    @property
    def values(self) -> np.ndarray:
        """E[i_w0, j_w1] for evaluated cells, NaN elsewhere (a read-only view, for display)."""
        view = self._rows.T
        view.flags.writeable = False
        return view

    @property
    def last_cell(self) -> tuple[int, int] | None:
        """(i_w0, j_w1) of the most recently evaluated cell: the front of the sweep."""
        return self.spec.cell_of(self._done - 1) if self._done else None

    @property
    def rows_done(self) -> int:
        """Complete rows (constant w1) evaluated so far."""
        return self._done // self.spec.w0_divisions

    @property
    def best_index(self) -> tuple[int, int] | None:
        """(i_w0, j_w1) of the best cell so far; None before the first evaluation."""
        return self.spec.cell_of(self._best) if self._best >= 0 else None

    @property
    def best_w(self) -> np.ndarray | None:
        index = self.best_index
        return None if index is None else np.array([self._w0[index[0]], self._w1[index[1]]])

    @property
    def best_loss(self) -> float:
        """E at the best cell so far (NaN before the first evaluation)."""
        return self._best_loss if self._best >= 0 else math.nan

    def cost(self) -> SweepCost:
        """The whole sweep's cost for this data."""
        return sweep_cost(self.spec, self.surface.n)

    @property
    def operations_done(self) -> int:
        return self._done * self.surface.n * PARAMETERS

    def gap(self) -> OptimumGap | None:
        """Best cell vs the least-squares optimum; None before the first evaluation."""
        best = self.best_w
        return None if best is None else optimum_gap(self.surface, self.spec, best)


def grid_search(surface: ErrorSurface, spec: GridSpec | None = None) -> GridSearch:
    """A whole sweep in one go."""
    search = GridSearch(surface, spec)
    search.finish()
    return search
