"""One optimizer's run: its optimizer, its history and whether it has stopped.

A single run is the lecture; up to four side by side are a race — of optimizers, or of
samplings (batch, mini-batch, SGD with one optimizer). Each run stops on its own
(converged or diverged) while the others go on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gdstudio.core.descent import Stop, evaluate
from gdstudio.core.document import MAX_RUNS  # noqa: F401 (re-exported)
from gdstudio.core.history import RunHistory
from gdstudio.core.model import ErrorSurface
from gdstudio.core.optimizers import OPTIMIZERS, Optimizer
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.i18n import translate


@dataclass
class Run:
    key: str               # the optimizer's CLI name: gd, momentum, nesterov, adagrad, rmsprop, adam
    optimizer: Optimizer
    history: RunHistory
    stop: Stop = Stop.NONE  # why it stopped (NONE: it can go on)
    sampler: Sampler | None = None  # in a sampling race, the points this run takes; None: the document's

    @classmethod
    def start(cls, key: str, optimizer: Optimizer, surface: ErrorSurface, w, sampler: Sampler | None = None) -> Run:
        return cls(key, optimizer, RunHistory(evaluate(surface, w)), sampler=sampler)

    @property
    def name(self) -> str:
        return type(self.optimizer).name

    @property
    def title(self) -> str:
        """The optimizer's name as shown (in a sampling race: the sampling's), in the current language."""
        return optimizer_title(self.key) if self.sampler is None else sampling_title(self.sampler)

    def restart(self, surface: ErrorSurface, w, optimizer: Optimizer) -> None:
        self.optimizer = optimizer
        self.history = RunHistory(evaluate(surface, w))
        self.stop = Stop.NONE


def optimizer_title(key: str) -> str:
    """An optimizer's name for the screen: "Gradient descent" and "Momentum" are words to translate,
    the others (SGD, Nesterov, Adagrad, RMSprop, Adam) are names."""
    if key == "gd":
        return translate("Optimizers", "Gradient descent")
    if key == "momentum":
        return translate("Optimizers", "Momentum")
    return OPTIMIZERS[key].name


def sampling_title(sampler: Sampler) -> str:
    """A sampling race's run named by the points each step takes, as slide 30 names the methods."""
    if sampler.mode is Sampling.BATCH:
        return translate("Run", "Batch")
    if sampler.mode is Sampling.SGD:
        return translate("Run", "SGD (1 point)")
    return translate("Run", "Mini-batch (K = {k})").format(k=f"{sampler.batch_size:,}")


def suggested_lr(bound: float) -> float:
    """A round learning rate safely below the stability bound (for messages and hints)."""
    if not math.isfinite(bound):
        return 1.0
    target = 0.9 * bound
    exponent = math.floor(math.log10(target))
    for mantissa in (5, 2, 1):
        if mantissa * 10**exponent <= target:
            return mantissa * 10**exponent
    return 10**exponent


def divergence_message(run: Run, lr: float, surface: ErrorSurface, racing: bool) -> str:
    step = run.history.steps_taken + 1
    if run.key == "gd":
        bound = surface.max_stable_lr()
        text = translate("Run", "Diverged at step {step}: the learning rate η = {lr} is too large for this data, "
                                "so every step overshoots further. Gradient descent converges only for "
                                "η < 2/λmax = {bound}: try η ≤ {suggested}.").format(
            step=step, lr=f"{lr:.3g}", bound=f"{bound:.3g}", suggested=f"{suggested_lr(bound):.3g}")
    else:
        text = translate("Run", "Diverged at step {step}: η = {lr} is too large for {name} on this data, so its "
                                "steps overshoot further and further. Try a smaller η.").format(
            step=step, lr=f"{lr:.3g}", name=run.title)
    return translate("Run", "{name}: {message} The others go on.").format(name=run.title, message=text) \
        if racing else text


def finish_message(runs: list[Run]) -> str:
    """What a finished race (or a converged single run) says."""
    def one(run: Run) -> str:
        steps = run.history.steps_taken
        if run.stop is Stop.CONVERGED:
            return translate("Run", "{name} converged after {steps} steps").format(name=run.title, steps=steps)
        return translate("Run", "{name} diverged at step {step}").format(name=run.title, step=steps + 1)
    if len(runs) == 1:
        w = runs[0].history.w[-1]
        return translate("Run", "Converged after {steps} steps: ∇E ≈ 0 at w = ({w0}, {w1}), "
                                "the least-squares optimum.").format(
            steps=runs[0].history.steps_taken, w0=f"{w[0]:.4g}", w1=f"{w[1]:.4g}")
    separator = translate("Run", "; ", "between the runs' results in 'Race over: …'")
    return translate("Run", "Race over: {results}.").format(results=separator.join(one(r) for r in runs))
