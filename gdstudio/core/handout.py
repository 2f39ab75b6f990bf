"""The numbers of a handout: one step of gradient descent from the document's start, worked out.

`handout_step(document)` is the first step the app takes for the document's first run: the
same problem_for, the same batch (the sampler's, for step 0), the same gradient (the data's
centred sums over every point, or the batch's gradient), the same η (the schedule's η for
step 0), so its w_new is the app's first state bit for bit when the optimizer is the
lecture's plain rule. Beside the app's numbers it keeps the point-by-point terms the
students write down — f_w(xᵢ), f_w(xᵢ) − yᵢ and (f_w(xᵢ) − yᵢ)·xᵢ — for the points of that
step. Another optimizer (momentum, Adam, …) moves differently: the handout still works the
lecture's rule and `app_w_new` says where the app's optimizer went.

Plain numpy: the ui turns it into pages (ui/document/handout_pdf.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdstudio.core.descent import descend, evaluate
from gdstudio.core.document import Document, Fit, problem_for
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampling
from gdstudio.core.standardize import Standardize

TABLE_ROWS = 20  # a longer table lists its first rows and says how many more (the sums still run over all)
EXERCISE_ROWS = 12  # the exercise's table has taller rows, to write in: fewer of them fit on a sheet


@dataclass(frozen=True)
class HandoutStep:
    """One step w ← w − η∇E, with every number a student needs to do it by hand.

    x, y: the data the model sees (standardised, if the document standardises), every point;
    index: the points this step sums over (0-based, in the sampler's order); fx, residual
    (f_w(xᵢ) − yᵢ) and residual_x ((f_w(xᵢ) − yᵢ)·xᵢ) for those points, in that order."""

    n: int
    x: np.ndarray
    y: np.ndarray
    x_name: str
    y_name: str
    form: LossForm
    standardize: Standardize
    sampling: Sampling
    seed: int
    optimizer: str          # the document's first optimizer (the handout works the lecture's rule)
    w: np.ndarray           # the start
    lr: float               # η of this step (the schedule's η for step 0)
    index: np.ndarray
    fx: np.ndarray
    residual: np.ndarray
    residual_x: np.ndarray
    grad: np.ndarray        # (∂E/∂w0, ∂E/∂w1) over the step's points, as the app computes it
    w_new: np.ndarray       # w − η·grad
    loss: float             # E(w) over every point
    loss_new: float         # E(w_new) over every point
    app_w_new: np.ndarray | None  # where the app's first step went (None: it diverged at once)

    @property
    def uses_all_points(self) -> bool:
        return self.sampling is Sampling.BATCH

    @property
    def follows_app(self) -> bool:
        """The app's first step is this one (plain gradient descent, no weight decay)."""
        return self.app_w_new is not None and bool(np.array_equal(self.app_w_new, self.w_new))

    @property
    def divisor(self) -> int:
        """What the sums are divided by: 1 in the lecture's sum form, the points summed in the mean form."""
        return len(self.index) if self.form is LossForm.MEAN and len(self.index) else 1

    @property
    def sums(self) -> tuple[float, float]:
        """Σ (f_w(xᵢ) − yᵢ) and Σ (f_w(xᵢ) − yᵢ)·xᵢ over the step's points, point by point (before any / N)."""
        return float(self.residual.sum()), float(self.residual_x.sum())

    def shown_rows(self, limit: int = EXERCISE_ROWS) -> np.ndarray:
        """The positions (into index) of the rows the exercise lists: the first `limit`."""
        return np.arange(min(limit, len(self.index)))


def handout_step(document: Document) -> HandoutStep:
    """The first step of the document's first run from its start (see the module's docstring)."""
    fit = Fit.of(document)
    problem = problem_for(document, 0, fit)
    data, surface = fit.model_data, fit.surface
    n = len(data)
    w = np.array(document.start, dtype=float)
    sampler = document.run_sampler(0)
    index = sampler.batch(0, n)
    with np.errstate(over="ignore", invalid="ignore"):
        grad = surface.gradient(w[0], w[1]) if sampler.uses_all_points or not n \
            else problem.batch_gradient(w, index)
        lr = document.schedule.lr(document.lr, 0)
        w_new = w - lr * grad
        xb, yb = data.x[index], data.y[index]
        fx = w[0] + w[1] * xb
        residual = fx - yb
        residual_x = residual * xb
        loss_new = float(surface.loss(w_new[0], w_new[1]))
    app_w_new = None
    if n:
        chunk = descend(problem, evaluate(surface, w), 1)
        app_w_new = chunk.w[0].copy() if len(chunk) else None
    return HandoutStep(n, data.x.copy(), data.y.copy(), data.x_name, data.y_name, document.loss_form,
                       document.standardize, sampler.mode, sampler.seed,
                       document.optimizers[0], w, float(lr), index.copy(), fx, residual, residual_x,
                       np.asarray(grad, dtype=float), w_new, float(surface.loss(w[0], w[1])), loss_new, app_w_new)
