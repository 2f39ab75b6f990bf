"""The gradient derived by the chain rule, point by point (lecture slides 24–28, 合成関数の微分).

E depends on f_w and f_w(x) = w0 + w1·x depends on w, so each point i of the step's batch adds
∂E/∂f · ∂f/∂w0 = (f_w(xᵢ) − yᵢ)·1 to ∂E/∂w0 and (f_w(xᵢ) − yᵢ)·xᵢ to ∂E/∂w1. `ChainRule` holds
those rows for one step, on the data the model sees (standardised, if standardising), their sums,
and the scale of the error form (1, or 1/|B| for the mean), so that scale · sums is the gradient
the step used: `from_record` for a recorded step, `next_step` for the one that comes next.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from gdstudio.core.document import Document, Fit
from gdstudio.core.history import RunHistory, StepRecord
from gdstudio.core.model import LossForm

ALL_POINTS_UP_TO = 16  # data this small is listed whole, the batch's rows marked
HEAD_ROWS = 8          # a longer table lists the batch's first rows, then "… N more"
MATCH_RTOL = 1e-9      # the sums must give the recorded gradient to this, relative to the terms' size


@dataclass(frozen=True)
class ChainRuleRow:
    """One point of the table: i is 0-based (shown as i + 1)."""

    i: int
    x: float
    y: float
    f: float          # f_w(xᵢ) = w0 + w1·xᵢ
    in_batch: bool

    @property
    def residual(self) -> float:  # ∂E/∂f at this point: f_w(xᵢ) − yᵢ
        return self.f - self.y

    @property
    def products(self) -> tuple[float, float]:  # (rᵢ·1, rᵢ·xᵢ)
        r = self.residual
        return r, r * self.x


@dataclass(frozen=True)
class ChainRule:
    step: int               # the step's number (1 = the first); for a preview, the next one's
    taken: bool             # False: the step that comes next, not taken yet
    w: np.ndarray           # w before the step
    lr: float
    grad_used: np.ndarray   # the gradient the step used (or will use)
    w_after: np.ndarray
    batch: np.ndarray       # the indices summed over, in the order the step used them
    all_points: bool        # batch sampling: every point, every step
    x: np.ndarray           # the data the model sees (all points)
    y: np.ndarray
    form: LossForm

    @property
    def n(self) -> int:
        return len(self.x)

    @property
    def batch_size(self) -> int:
        return len(self.batch)

    @cached_property
    def batch_x(self) -> np.ndarray:
        return self.x if self.all_points else self.x[self.batch]  # (all points: no copy of 100,000)

    @cached_property
    def residuals(self) -> np.ndarray:
        """f_w(xᵢ) − yᵢ for the batch's points, in the batch's order."""
        return self.w[0] + self.w[1] * self.batch_x - (self.y if self.all_points else self.y[self.batch])

    @cached_property
    def sums(self) -> np.ndarray:
        """(Σ rᵢ·1, Σ rᵢ·xᵢ) over the batch, summed as the step summed them."""
        r = self.residuals
        return np.array([r.sum(), r @ self.batch_x])

    @property
    def scale(self) -> float:
        """1 for the lecture's sum; 1/|B| for the mean error (|B| = N under batch sampling)."""
        return 1.0 / self.batch_size if self.form is LossForm.MEAN and self.batch_size else 1.0

    @property
    def gradient(self) -> np.ndarray:
        return self.sums * self.scale

    @property
    def matches(self) -> bool:
        """Whether the table's sums give the gradient the step used (not so once the data was edited)."""
        r = np.abs(self.residuals)
        size = np.array([r.sum(), r @ np.abs(self.batch_x)]) * self.scale
        return bool(np.all(np.abs(self.gradient - self.grad_used) <= MATCH_RTOL * (size + np.abs(self.grad_used))
                           + 1e-300))

    @property
    def follows_plain_rule(self) -> bool:
        """w_after = w − η·∇ (plain gradient descent); other optimizers add their own terms."""
        expected = self.w - self.lr * self.grad_used
        return bool(np.allclose(expected, self.w_after, rtol=1e-9, atol=1e-12 * (1.0 + float(np.abs(self.w).max()))))

    def row(self, i: int, in_batch: bool) -> ChainRuleRow:
        return ChainRuleRow(int(i), float(self.x[i]), float(self.y[i]), float(self.w[0] + self.w[1] * self.x[i]),
                            in_batch)

    def table(self, all_up_to: int = ALL_POINTS_UP_TO, head: int = HEAD_ROWS) -> tuple[list[ChainRuleRow], int]:
        """The rows to show and how many of the batch's rows are left out. Small data: every point, by
        number, the batch's rows marked; larger: the batch's points only, by number, the first `head`."""
        if self.n <= all_up_to:
            used = set(self.batch.tolist())
            return [self.row(i, i in used) for i in range(self.n)], 0
        numbers = np.arange(head) if self.all_points else np.sort(self.batch)[:head]  # (all: no sort of 100,000)
        return [self.row(i, True) for i in numbers[:self.batch_size]], max(0, self.batch_size - head)


def from_record(record: StepRecord, fit: Fit) -> ChainRule | None:
    """The table of a recorded step, on the data as it is now; None when the data no longer has the
    step's points (some were removed)."""
    x, y = fit.model_data.x, fit.model_data.y
    batch = np.arange(len(x)) if record.batch is None else np.asarray(record.batch, dtype=np.int64)
    if len(batch) == 0 or int(batch.max()) >= len(x):
        return None
    return ChainRule(record.step, True, record.w_before, record.lr, record.grad_used, record.w_after, batch,
                     record.batch is None, x, y, fit.surface.form)


def next_step(document: Document, fit: Fit, history: RunHistory) -> ChainRule | None:
    """The step run 0 takes next from its newest shown state (the same batch, η and optimizer the
    worker will use); None without data."""
    x, y = fit.model_data.x, fit.model_data.y
    n = len(x)
    if n == 0:
        return None
    state = history.state(-1)
    sampler = document.run_sampler(0)
    batch = sampler.batch(state.step, n)
    if sampler.uses_all_points:
        grad = np.array(state.grad, dtype=float)  # (the worker steps with the recorded ∇E)
    else:
        d = state.w[0] + state.w[1] * x[batch] - y[batch]
        grad = np.array([d.sum(), d @ x[batch]])
        grad = grad / len(batch) if fit.surface.form is LossForm.MEAN else grad
    lr = document.schedule.lr(document.lr, state.step)
    optimizer = document.optimizer(document.optimizers[0])
    opt_state = history.opt_state if history.opt_state is not None else optimizer.init_state()
    with np.errstate(over="ignore", invalid="ignore"):
        w_after, _ = optimizer.step(state.w, grad, opt_state, lr)
    return ChainRule(state.step + 1, False, state.w, lr, grad, np.asarray(w_after, dtype=float), batch,
                     sampler.uses_all_points, x, y, fit.surface.form)
