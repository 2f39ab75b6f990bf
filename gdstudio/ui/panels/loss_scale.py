"""The loss panel's arithmetic, free of Qt: long runs reduced to what a plot can show, and axis
ranges and ticks that change only now and then (every change repaints an axis)."""

from __future__ import annotations

import math

import numpy as np

DECIMATE_ABOVE = 1000  # a minimum and a maximum per 1–2 pixels of the loss panel


def _extremes(values: np.ndarray, block: int) -> np.ndarray:
    """Indices of each whole block's minimum and maximum, in order (a block of one value gives it twice)."""
    m = len(values) // block
    blocks = values[: m * block].reshape(m, block)
    pairs = np.column_stack([blocks.argmin(axis=1), blocks.argmax(axis=1)]) + (np.arange(m) * block)[:, None]
    return np.sort(pairs, axis=1).ravel()


class Decimator:
    """At most ~max_points (step, loss) pairs that draw the same picture as the whole run: each block's
    minimum and maximum, in order, and always the newest point. A run grows at its end, so the blocks
    already reduced are kept and a frame costs O(new steps), not O(run); blocks are a power of two
    long, so their size changes rarely. Only kept steps become arrays (np.arange over a long run
    costs more than all of this)."""

    def __init__(self, max_points: int = DECIMATE_ABOVE) -> None:
        self.max_points = max_points
        self._key: object = None
        self._block = 0
        self._done = 0                          # states covered by the reduced blocks
        self._keep = np.empty(0, dtype=np.int64)  # what was kept of them

    def __call__(self, loss: np.ndarray, key: object = None) -> tuple[np.ndarray, np.ndarray]:
        """`key` names the run's contents (RunHistory.revision): a new key starts afresh."""
        n = len(loss)
        if n <= self.max_points:
            return np.arange(n), loss
        block = 1 << int(np.ceil(np.log2(n / (self.max_points // 2))))
        if key is None or key != self._key or block != self._block or n <= self._done:
            self._key, self._block, self._done, self._keep = key, block, 0, np.empty(0, dtype=np.int64)
        whole = (n - 1) // block * block  # the newest state stays out of them (it can be re-evaluated)
        if whole > self._done:
            new = _extremes(loss[self._done:whole], block) + self._done
            self._keep, self._done = np.concatenate([self._keep, new]), whole
        keep = np.concatenate([self._keep, _extremes(loss[whole:], n - whole) + whole, [n - 1]])
        keep = keep[np.r_[True, keep[1:] != keep[:-1]]]
        return keep, loss[keep]


def decimate(loss: np.ndarray, max_points: int = DECIMATE_ABOVE) -> tuple[np.ndarray, np.ndarray]:
    """Decimator's picture of `loss`, made from scratch."""
    return Decimator(max_points)(loss)


def nice_step(span: float) -> float:
    """The smallest of …, 0.1, 0.2, 0.5, 1, 2, 5, 10, … at or above span (span > 0)."""
    decade = 10.0 ** np.floor(np.log10(span))
    return next(m * decade for m in (1.0, 2.0, 5.0, 10.0) if m * decade >= span * (1 - 1e-12))


def stable_range(current: tuple[float, float] | None, lo: float, hi: float,
                 floor: float | None = None) -> tuple[float, float]:
    """A y range for data in [lo, hi] that changes only when it must: kept while the data fit inside
    it and fill at least a third of it, else made anew with round ends and some room. Every change
    repaints the axis (≈ 3 ms), so a range that follows the data each frame would cost a fifth of it.
    `floor`: the range never goes below it unless the data do (E ≥ 0 on a linear axis)."""
    if current is not None and current[0] <= lo and hi <= current[1] and hi - lo >= (current[1] - current[0]) / 3:
        return current
    span = hi - lo
    if span <= 0:
        span = abs(hi) * 0.1 if hi else 1.0
    step = nice_step(span / 4)
    bottom = np.floor((lo - 0.05 * span) / step) * step
    top = np.ceil((hi + 0.05 * span) / step) * step
    if floor is not None and lo >= floor:
        bottom = max(bottom, floor)
    return float(bottom), float(top)


def log_tick_values(lo: float, hi: float, max_count: int) -> list[float] | None:
    """Ticks for a log10 axis from lo to hi: 1, 2 and 5 × 10ᵏ, or only the decades, or every 2nd,
    5th, 10th… decade — the densest choice with at most max_count ticks. None under a third of a
    decade, where plain 1–2–5 steps read better (pyqtgraph's own ticks)."""
    if not hi - lo >= 1 / 3:
        return None
    choices = [((1.0, 2.0, 5.0), 1), ((1.0,), 1)] + [((1.0,), step) for step in (2, 5, 10, 20, 50, 100)]
    for mantissas, step in choices:
        values = [k + np.log10(m) for k in range(math.floor(lo), math.ceil(hi) + 1) if k % step == 0
                  for m in mantissas if lo <= k + np.log10(m) <= hi]
        if len(values) <= max_count:
            return values
    return values


def nice_ceiling(value: int) -> int:
    """The next of 10, 20, 50, 100, 200, 500… at or above value (at least 10)."""
    nice = 10
    while nice < value:
        nice = nice * 5 // 2 if str(nice)[0] == "2" else nice * 2
    return nice
