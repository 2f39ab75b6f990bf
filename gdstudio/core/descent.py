"""Gradient descent w ← w − η ∇E(w) (or another optimizer's rule), run in chunks that a
worker thread can hand over.

A chunk is frozen and holds copies, so it can cross from the worker to the GUI thread.
Every state is checked as it is made: the first one that is not finite, or whose error
has grown past `Problem.loss_limit`, ends the chunk and is *not* included, so the last
state anyone sees is always finite.

Each state records the full error E and full gradient ∇E at its w (what the readout and
loss curve show); each step also records the gradient it actually used — the batch's,
which differs from ∇E under mini-batch or SGD sampling — and the indices of that batch.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import numpy as np

from gdstudio.core.model import ErrorSurface, LossForm
from gdstudio.core.optimizers import (
    FLOATS,
    SGD,
    STATE_ROW,
    GradientDescent,
    Optimizer,
    SGDState,
    buffer_names,
    state_to_row,
)
from gdstudio.core.sampling import Sampler
from gdstudio.core.schedules import Schedule

# A run counts as diverged once E exceeds this multiple of the problem's own scale.
DIVERGENCE_FACTOR = 1e8
# Converged once |∇E| has fallen this far below the problem's gradient scale.
CONVERGENCE_TOLERANCE = 1e-9

_EMPTY = np.empty(0)
PACKING_S_PER_STEP = 0.25e-6  # the fast path's cost per step of building the chunk's arrays


class Stop(str, Enum):
    NONE = "none"            # the chunk ended because it had done its steps or used its time
    DIVERGED = "diverged"    # the next state would not have been finite or was exploding
    CONVERGED = "converged"  # the newest state's gradient is (numerically) zero


@dataclass(frozen=True)
class Problem:
    """Everything a step needs, frozen: the error, the base η and its schedule, the data (for
    batches), the sampling and the optimizer."""

    surface: ErrorSurface
    lr: float
    x: np.ndarray = field(default_factory=lambda: _EMPTY)
    y: np.ndarray = field(default_factory=lambda: _EMPTY)
    sampler: Sampler = field(default_factory=Sampler)
    optimizer: Optimizer = field(default_factory=GradientDescent)
    schedule: Schedule = field(default_factory=Schedule)

    def __post_init__(self) -> None:
        if not self.sampler.uses_all_points and len(self.x) != self.surface.n:
            raise ValueError("mini-batch and SGD sampling need the data points themselves")

    @property
    def loss_limit(self) -> float:
        """Above this E the run is diverging: 1e8 × the error of the line y = 0."""
        return DIVERGENCE_FACTOR * max(float(self.surface.loss(0.0, 0.0)), 1.0)

    @property
    def gradient_tolerance(self) -> float:
        s = self.surface
        scale = float(np.linalg.norm(s.gradient(0.0, 0.0))) + float(s.eigenvalues()[-1]) if s.n else 0.0
        return CONVERGENCE_TOLERANCE * scale

    def batch_gradient(self, w: np.ndarray, index: np.ndarray) -> np.ndarray:
        """∇ of the error restricted to the batch: Σ_B (f − y)·(1, x), or its mean in the mean form."""
        xb, yb = self.x[index], self.y[index]
        d = w[0] + w[1] * xb - yb
        g = np.array([d.sum(), d @ xb])
        return g / len(index) if self.surface.form is LossForm.MEAN else g


@dataclass(frozen=True)
class State:
    """One point of a run: parameters, error and gradient there, and the optimizer's state."""

    step: int
    w: np.ndarray
    loss: float
    grad: np.ndarray
    opt_state: Any = None  # None: the optimizer's initial state


def evaluate(surface: ErrorSurface, w: np.ndarray, step: int = 0, opt_state: Any = None) -> State:
    w = np.array(w, dtype=float)
    return State(step, w, float(surface.loss(w[0], w[1])), surface.gradient(w[0], w[1]), opt_state)


@dataclass(frozen=True)
class Chunk:
    """Consecutive states from `first_step` on: w (k, 2), loss (k,), grad (k, 2) at each state;
    per step: the gradient used (k, 2), η (k,), and the batch indices (flat, with k + 1 offsets;
    empty under batch sampling, where every point is used)."""

    first_step: int
    w: np.ndarray
    loss: np.ndarray
    grad: np.ndarray
    step_grad: np.ndarray
    lr: np.ndarray
    batch_flat: np.ndarray
    batch_offsets: np.ndarray
    opt_state: Any          # the optimizer's state after the last step
    opt_rows: np.ndarray    # (k, STATE_ROW): its state after each step, packed (see state_to_row)
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

    With `stop_at_convergence`, the chunk also ends at the first state whose full gradient
    is numerically zero (further steps would not move w visibly).
    """
    if is_plain_batch_descent(problem):
        return _plain_batch_descent(problem, start, max_steps, time_budget, stop_at_convergence)
    if is_batch_descent(problem):
        return _batch_descent(problem, start, max_steps, time_budget, stop_at_convergence)
    s, sampler, opt, schedule = problem.surface, problem.sampler, problem.optimizer, problem.schedule
    limit, tol = problem.loss_limit, problem.gradient_tolerance
    deadline = None if time_budget is None else time.perf_counter() + time_budget
    n = s.n
    ws, losses, grads, step_grads, lrs, batches, offsets, opt_rows = [], [], [], [], [], [], [0], []
    w, g_full = np.array(start.w, dtype=float), np.array(start.grad, dtype=float)
    ostate = opt.init_state() if start.opt_state is None else start.opt_state
    order_epoch, order = -1, None
    stop = Stop.NONE
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(max_steps):
            step = start.step + i
            if sampler.uses_all_points:
                g_step = g_full
            else:
                epoch = sampler.epoch_of(step, n)
                if epoch != order_epoch:  # shuffle once per epoch, not once per step
                    order_epoch, order = epoch, sampler.epoch_order(n, epoch)
                index = sampler.batch(step, n, order)
                g_step = problem.batch_gradient(w, index)
            lr = schedule.lr(problem.lr, step)
            new_w, new_ostate = opt.step(w, g_step, ostate, lr)
            loss = float(s.loss(new_w[0], new_w[1]))
            new_g = s.gradient(new_w[0], new_w[1])
            if not (np.isfinite(loss) and loss <= limit and np.isfinite(new_g).all() and np.isfinite(new_w).all()):
                stop = Stop.DIVERGED
                break
            w, g_full, ostate = new_w, new_g, new_ostate
            ws.append(w)
            losses.append(loss)
            grads.append(g_full)
            step_grads.append(g_step)
            lrs.append(lr)
            opt_rows.append(state_to_row(ostate))
            if not sampler.uses_all_points:
                batches.append(index)
            offsets.append(offsets[-1] + (0 if sampler.uses_all_points else len(index)))
            if stop_at_convergence and g_full @ g_full <= tol * tol:
                break
            # Every 8 steps (≈ 0.25 ms here, 64 in the fast path): the chunk must end in time for the frame, and
            # in a race the other runs then take as many steps; every 64 made a 4-run race hold the worker,
            # and the GIL, for ≈ 8 ms instead of its 1–6 ms budget, and its frames came at 26–36 per second.
            if deadline is not None and (i & 7) == 7 and time.perf_counter() > deadline:
                break
    if stop is Stop.NONE and np.hypot(*g_full) <= tol:
        stop = Stop.CONVERGED
    k = len(losses)
    return Chunk(
        start.step + 1,
        np.array(ws, dtype=float).reshape(k, 2),
        np.array(losses, dtype=float),
        np.array(grads, dtype=float).reshape(k, 2),
        np.array(step_grads, dtype=float).reshape(k, 2),
        np.array(lrs, dtype=float),
        np.concatenate(batches).astype(np.int64) if batches else np.empty(0, dtype=np.int64),
        np.array(offsets, dtype=np.int64),
        ostate,
        np.array(opt_rows, dtype=float).reshape(k, STATE_ROW),
        stop,
    )


def is_plain_batch_descent(problem: Problem) -> bool:
    opt = problem.optimizer
    return (problem.sampler.uses_all_points and isinstance(opt, SGD) and not opt.momentum
            and not opt.weight_decay and problem.surface.n > 0)


def is_batch_descent(problem: Problem) -> bool:
    """Every point in every step: any optimizer then steps in float arithmetic, one coordinate at a time."""
    return problem.sampler.uses_all_points and problem.surface.n > 0


def _batch_descent(problem: Problem, start: State, max_steps: int, time_budget: float | None,
                   stop_at_convergence: bool) -> Chunk:
    """Any optimizer over all points (a race of Momentum, Adam, …), with the optimizer's own `rule` applied to
    each coordinate as floats and E, ∇E as in `_plain_batch_descent`: the same bits as the general loop,
    about 5× faster (numpy's cost per call dominates on 2-vectors: 16–22 µs a step there)."""
    s, schedule, base_lr, opt = problem.surface, problem.schedule, problem.lr, problem.optimizer
    limit, tol2 = problem.loss_limit, problem.gradient_tolerance ** 2
    n, mx, my, sxx, sxy, syy, scale = s.n, s.mx, s.my, s.sxx, s.sxy, s.syy, s._scale
    deadline = None if time_budget is None else time.perf_counter() + time_budget
    ostate = opt.init_state() if start.opt_state is None else start.opt_state
    state_type, names = type(ostate), buffer_names(type(ostate))
    t = ostate.t
    buffers0 = tuple(float(getattr(ostate, name)[0]) for name in names)
    buffers1 = tuple(float(getattr(ostate, name)[1]) for name in names)
    w0, w1 = float(start.w[0]), float(start.w[1])
    g0, g1 = float(start.grad[0]), float(start.grad[1])
    out: list[float] = []   # flat rows: w0, w1, loss, g0, g1, used g0, used g1, lr
    rows: list[float] = []  # flat rows of state_to_row: t, then each buffer's two coordinates
    record, record_state = out.extend, rows.extend
    pad = (0.0,) * (STATE_ROW - 1 - 2 * len(names))
    stop = Stop.NONE
    isfinite, rule = math.isfinite, opt.rule
    for i in range(max_steps):
        lr = schedule.lr(base_lr, start.step + i)
        n0, new0 = rule(w0, g0, t, lr, buffers0, FLOATS)
        n1, new1 = rule(w1, g1, t, lr, buffers1, FLOATS)
        c = my - n0 - n1 * mx
        e = 0.5 * (syy - 2.0 * n1 * sxy + n1 * n1 * sxx + n * c * c)
        loss = (e if e > 0.0 else 0.0) * scale
        ng0 = -n * c * scale
        ng1 = (-(sxy - n1 * sxx) - mx * n * c) * scale
        if not (isfinite(loss) and loss <= limit and isfinite(ng0) and isfinite(ng1) and isfinite(n0)
                and isfinite(n1)):
            stop = Stop.DIVERGED
            break
        t += 1
        record((n0, n1, loss, ng0, ng1, g0, g1, lr))
        record_state((t, *(v for pair in zip(new0, new1) for v in pair), *pad))
        w0, w1, g0, g1, buffers0, buffers1 = n0, n1, ng0, ng1, new0, new1
        if stop_at_convergence and ng0 * ng0 + ng1 * ng1 <= tol2:
            break
        if deadline is not None and (i & 15) == 15 and time.perf_counter() > deadline:
            break
    if stop is Stop.NONE and g0 * g0 + g1 * g1 <= tol2:
        stop = Stop.CONVERGED
    steps = np.array(out, dtype=np.float64).reshape(-1, 8)
    k = len(steps)
    final = state_type(t, *(np.array(pair) for pair in zip(buffers0, buffers1)))
    return Chunk(start.step + 1, steps[:, 0:2].copy(), steps[:, 2].copy(), steps[:, 3:5].copy(),
                 steps[:, 5:7].copy(), steps[:, 7].copy(), np.empty(0, dtype=np.int64), np.zeros(k + 1, dtype=np.int64),
                 final, np.array(rows, dtype=np.float64).reshape(k, STATE_ROW), stop)


def _plain_batch_descent(problem: Problem, start: State, max_steps: int, time_budget: float | None,
                         stop_at_convergence: bool) -> Chunk:
    """The lecture's case — w ← w − η∇E over all points — in plain float arithmetic.

    It does exactly the operations of the general loop (ErrorSurface.loss/gradient and
    SGD.step, in the same order), so it gives the same bits, about 15× faster: a long run
    at full speed leaves the GUI thread time to draw.
    """
    s, schedule, base_lr = problem.surface, problem.schedule, problem.lr
    limit, tol2 = problem.loss_limit, problem.gradient_tolerance ** 2
    n, mx, my, sxx, sxy, syy, scale = s.n, s.mx, s.my, s.sxx, s.sxy, s.syy, s._scale
    constant_lr = schedule.kind.value == "constant"
    deadline = None if time_budget is None else time.perf_counter() + time_budget
    w0, w1 = float(start.w[0]), float(start.w[1])
    g0, g1 = float(start.grad[0]), float(start.grad[1])
    out: list[float] = []  # flat rows: w0, w1, loss, g0, g1, used g0, used g1, lr (a flat list converts 2× faster)
    record = out.extend
    stop = Stop.NONE
    isfinite = math.isfinite
    for i in range(max_steps):
        lr = base_lr if constant_lr else schedule.lr(base_lr, start.step + i)
        n0, n1 = w0 - lr * g0, w1 - lr * g1
        c = my - n0 - n1 * mx
        e = 0.5 * (syy - 2.0 * n1 * sxy + n1 * n1 * sxx + n * c * c)
        loss = (e if e > 0.0 else 0.0) * scale
        ng0 = -n * c * scale
        ng1 = (-(sxy - n1 * sxx) - mx * n * c) * scale
        if not (isfinite(loss) and loss <= limit and isfinite(ng0) and isfinite(ng1) and isfinite(n0)
                and isfinite(n1)):
            stop = Stop.DIVERGED
            break
        record((n0, n1, loss, ng0, ng1, g0, g1, lr))
        w0, w1, g0, g1 = n0, n1, ng0, ng1
        if stop_at_convergence and ng0 * ng0 + ng1 * ng1 <= tol2:
            break
        # The budget also covers turning the steps into arrays below (≈ 0.25 µs a step, measured).
        if deadline is not None and (i & 63) == 63 and time.perf_counter() + i * PACKING_S_PER_STEP > deadline:
            break
    if stop is Stop.NONE and g0 * g0 + g1 * g1 <= tol2:
        stop = Stop.CONVERGED
    rows = np.array(out, dtype=np.float64).reshape(-1, 8)
    k = len(rows)
    t0 = start.opt_state.t if start.opt_state is not None else 0
    opt_rows = np.zeros((k, STATE_ROW))
    opt_rows[:, 0] = t0 + np.arange(1, k + 1)  # plain descent keeps no buffers: only the step count
    return Chunk(start.step + 1, rows[:, 0:2].copy(), rows[:, 2].copy(), rows[:, 3:5].copy(), rows[:, 5:7].copy(),
                 rows[:, 7].copy(), np.empty(0, dtype=np.int64), np.zeros(k + 1, dtype=np.int64),
                 SGDState(t0 + k, np.zeros(2)), opt_rows, stop)
