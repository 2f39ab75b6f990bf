"""The attempt by hand (lecture slides 6–7): every w the teacher reached by dragging the line or the
current-w marker, in the order reached, with its E — to set beside what the program finds.

A frozen value: each sample gives a new trace (a few thousand pairs at most, so copying is cheap),
and the lecture's back key can keep one as it was. Its w are model parameters (what the parameter
panel plots); the scaling they are in is kept, so a change of standardisation keeps the same lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from gdstudio.core.model import ErrorSurface
from gdstudio.core.standardize import Scaling

MAX_SAMPLES = 4000  # beyond this, every second sample goes (the newest and the best stay)


@dataclass(frozen=True, eq=False)
class HandTrace:
    w: np.ndarray = field(default_factory=lambda: np.empty((0, 2)))   # (k, 2) model parameters
    loss: np.ndarray = field(default_factory=lambda: np.empty(0))     # (k,) E of each on the surface
    scaling: Scaling = field(default_factory=Scaling)
    number: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))  # each one's place in the attempt
    count: int = 0    # samples taken, kept or not
    stride: int = 1   # kept: every stride-th sample (a power of two), the newest and the best

    def __len__(self) -> int:
        return len(self.loss)

    @property
    def best(self) -> int:
        """The index of the sample with the smallest E (-1: no sample)."""
        return int(np.argmin(self.loss)) if len(self.loss) else -1

    @property
    def best_loss(self) -> float | None:
        return float(self.loss[self.best]) if len(self.loss) else None

    def with_sample(self, w, surface: ErrorSurface, scaling: Scaling,
                    max_samples: int = MAX_SAMPLES) -> HandTrace:
        """This trace with w appended (nothing new if w is the last sample again). A trace of other
        scaling is first carried over into `scaling`."""
        trace = self if scaling == self.scaling else self.refit(surface, scaling)
        w = np.asarray(w, dtype=float).reshape(2)
        if len(trace) and np.array_equal(trace.w[-1], w):
            return trace
        ws = np.vstack([trace.w, w])
        losses = np.append(trace.loss, float(surface.loss(w[0], w[1])))
        numbers = np.append(trace.number, trace.count)
        stride = trace.stride * 2 if len(losses) > max_samples else trace.stride
        keep = numbers % stride == 0  # (the newest and the best stay, on the stride or not)
        keep[[-1, int(np.argmin(losses))]] = True
        return HandTrace(ws[keep], losses[keep], scaling, numbers[keep], trace.count + 1, stride)

    def refit(self, surface: ErrorSurface, scaling: Scaling) -> HandTrace:
        """The same lines on other data (or standardised otherwise): their w in `scaling`, E on `surface`."""
        w = self.w if scaling == self.scaling else scaling.from_original(self.scaling.to_original(self.w))
        w = w.reshape(-1, 2)
        loss = np.asarray(surface.loss(w[:, 0], w[:, 1]), dtype=float).reshape(-1)
        return HandTrace(w, loss, scaling, self.number, self.count, self.stride)
