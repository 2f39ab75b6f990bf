"""Gradient descent w ← w − η ∇E(w), run in chunks that a worker thread can hand over.

A chunk is frozen and holds copies, so it can cross from the worker to the GUI thread.
Every state is checked as it is made: the first one that is not finite, or whose error
has grown past `Problem.loss_limit`, ends the chunk and is *not* included, so the last
state anyone sees is always finite.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum

import numpy as np

from gdstudio.core.model import ErrorSurface

# A run counts as diverged once E exceeds this multiple of the problem's own scale.
DIVERGENCE_FACTOR = 1e8
# Converged once |∇E| has fallen this far below the problem's gradient scale.
CONVERGENCE_TOLERANCE = 1e-9


class Stop(str, Enum):
    NONE = "none"            # the chunk ended because it had done its steps or used its time
    DIVERGED = "diverged"    # the next state would not have been finite or was exploding
    CONVERGED = "converged"  # the newest state's gradient is (numerically) zero


@dataclass(frozen=True)
class Problem:
    """Everything a step needs, frozen: the error surface and the learning rate."""

    surface: ErrorSurface
    lr: float

    @property
    def loss_limit(self) -> float:
        """Above this E the run is diverging: 1e8 × the error of the line y = 0."""
        return DIVERGENCE_FACTOR * max(float(self.surface.loss(0.0, 0.0)), 1.0)

    @property
    def gradient_tolerance(self) -> float:
        s = self.surface
        scale = float(np.linalg.norm(s.gradient(0.0, 0.0))) + float(s.eigenvalues()[-1]) if s.n else 0.0
        return CONVERGENCE_TOLERANCE * scale


@dataclass(frozen=True)
class State:
    """One point of a run: parameters, error and gradient there."""

    step: int
    w: np.ndarray
    loss: float
    grad: np.ndarray


def evaluate(surface: ErrorSurface, w: np.ndarray, step: int = 0) -> State:
    w = np.array(w, dtype=float)
    return State(step, w, float(surface.loss(w[0], w[1])), surface.gradient(w[0], w[1]))


@dataclass(frozen=True)
class Chunk:
    """Consecutive states after `first_step` − 1; arrays of shape (k, 2), (k,), (k, 2)."""

    first_step: int
    w: np.ndarray
    loss: np.ndarray
    grad: np.ndarray
    stop: Stop

    def __len__(self) -> int:
        return len(self.loss)


def descend(
    problem: Problem,
    start: State,
    max_steps: int,
    time_budget: float | None = None,
    stop_at_convergence: bool = False,
) -> Chunk:
    """Take up to `max_steps` steps from `start`, or as many as fit in `time_budget` seconds.

    With `stop_at_convergence`, the chunk also ends at the first state whose gradient is
    numerically zero (further steps would not move w visibly).
    """
    s, lr = problem.surface, problem.lr
    limit, tol = problem.loss_limit, problem.gradient_tolerance
    deadline = None if time_budget is None else time.perf_counter() + time_budget
    ws, losses, grads = [], [], []
    w0, w1 = float(start.w[0]), float(start.w[1])
    g0, g1 = float(start.grad[0]), float(start.grad[1])
    stop = Stop.NONE
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(max_steps):
            n0, n1 = w0 - lr * g0, w1 - lr * g1
            loss = float(s.loss(n0, n1))
            g = s.gradient(n0, n1)
            if not (np.isfinite(loss) and loss <= limit and np.isfinite(g).all() and np.isfinite((n0, n1)).all()):
                stop = Stop.DIVERGED
                break
            w0, w1, g0, g1 = n0, n1, float(g[0]), float(g[1])
            ws.append((w0, w1))
            losses.append(loss)
            grads.append((g0, g1))
            if stop_at_convergence and g0 * g0 + g1 * g1 <= tol * tol:
                break
            if deadline is not None and (i & 63) == 63 and time.perf_counter() > deadline:
                break
    if stop is Stop.NONE and np.hypot(g0, g1) <= tol:
        stop = Stop.CONVERGED
    return Chunk(
        start.step + 1,
        np.array(ws, dtype=float).reshape(-1, 2),
        np.array(losses, dtype=float),
        np.array(grads, dtype=float).reshape(-1, 2),
        stop,
    )
