"""One optimizer's run: its optimizer, its history and whether it has stopped.

A single run is the lecture; up to four side by side are a race. Each run stops on its
own (converged or diverged) while the others go on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gdstudio.core.descent import Stop, evaluate
from gdstudio.core.history import RunHistory
from gdstudio.core.model import ErrorSurface
from gdstudio.core.optimizers import OPTIMIZERS, Optimizer

MAX_RUNS = 4


@dataclass
class Run:
    key: str               # the optimizer's CLI name: gd, momentum, nesterov, adagrad, rmsprop, adam
    optimizer: Optimizer
    history: RunHistory
    stop: Stop = Stop.NONE  # why it stopped (NONE: it can go on)

    @classmethod
    def start(cls, key: str, optimizer: Optimizer, surface: ErrorSurface, w) -> Run:
        return cls(key, optimizer, RunHistory(evaluate(surface, w)))

    @property
    def name(self) -> str:
        return type(self.optimizer).name

    def restart(self, surface: ErrorSurface, w) -> None:
        self.history = RunHistory(evaluate(surface, w))
        self.stop = Stop.NONE


def make_optimizer(key: str, **params) -> Optimizer:
    """An optimizer by CLI name with the given hyperparameters (PyTorch's defaults otherwise)."""
    if key not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer '{key}': choose one of {', '.join(OPTIMIZERS)}")
    return OPTIMIZERS[key](**params)


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
        text = (f"Diverged at step {step}: the learning rate η = {lr:.3g} is too large for this data, so every "
                f"step overshoots further. Gradient descent converges only for η < 2/λmax = {bound:.3g}: "
                f"try η ≤ {suggested_lr(bound):.3g}.")
    else:
        text = (f"Diverged at step {step}: η = {lr:.3g} is too large for {run.name} on this data, so its steps "
                f"overshoot further and further. Try a smaller η.")
    return f"{run.name}: {text} The others go on." if racing else text


def finish_message(runs: list[Run]) -> str:
    """What a finished race (or a converged single run) says."""
    def one(run: Run) -> str:
        steps = run.history.steps_taken
        return f"{run.name} converged after {steps} steps" if run.stop is Stop.CONVERGED else \
            f"{run.name} diverged at step {steps + 1}"
    if len(runs) == 1:
        w = runs[0].history.w[-1]
        return (f"Converged after {runs[0].history.steps_taken} steps: ∇E ≈ 0 at w = ({w[0]:.4g}, {w[1]:.4g}), "
                "the least-squares optimum.")
    return "Race over: " + "; ".join(one(r) for r in runs) + "."
