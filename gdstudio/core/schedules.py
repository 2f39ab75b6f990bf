"""Learning-rate schedules η_t, in the closed forms documented for torch.optim.lr_scheduler.

t counts the steps taken before this one (0 for the first step), so η_0 is the base η.
    constant     η_t = η
    step         η_t = η · γ^⌊t / step_size⌋                     (StepLR)
    exponential  η_t = η · γ^t                                    (ExponentialLR)
    cosine       η_t = η_min + (η − η_min)·(1 + cos(π·t/T_max))/2, t ≤ T_max; then η_min
                                                                  (CosineAnnealingLR, one half-period)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

EXPONENTIAL_GAMMA = 0.99  # the exponential schedule's default factor per step


class ScheduleKind(str, Enum):
    CONSTANT = "constant"
    STEP = "step"
    EXPONENTIAL = "exponential"
    COSINE = "cosine"


@dataclass(frozen=True)
class Schedule:
    kind: ScheduleKind = ScheduleKind.CONSTANT
    step_size: int = 100    # step decay: steps between multiplications by γ
    gamma: float = 0.5      # step decay factor; for exponential decay, the factor per step
    t_max: int = 500        # cosine: steps from η down to η_min
    eta_min: float = 0.0    # cosine: the final η

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ScheduleKind(self.kind))
        if self.step_size < 1 or self.t_max < 1:
            raise ValueError("step size and T_max must be at least 1")
        if not 0 < self.gamma <= 1:
            raise ValueError("γ must be in (0, 1]")
        if self.eta_min < 0:
            raise ValueError("η_min must be ≥ 0")

    @classmethod
    def of(cls, kind: ScheduleKind | str) -> Schedule:
        """A schedule of `kind` with defaults that show its effect within a few hundred steps: step decay
        halves η every 100 steps, exponential decay multiplies it by 0.99 a step (half every ~69 steps;
        ×0.5 a step left a millionth of η after 20 steps), cosine reaches 0 at 500."""
        kind = ScheduleKind(kind)
        return cls(kind, gamma=EXPONENTIAL_GAMMA) if kind is ScheduleKind.EXPONENTIAL else cls(kind)

    def lr(self, base: float, t: int) -> float:
        """η for the step taken after `t` steps."""
        if self.kind is ScheduleKind.STEP:
            return base * self.gamma ** (t // self.step_size)
        if self.kind is ScheduleKind.EXPONENTIAL:
            return base * self.gamma**t
        if self.kind is ScheduleKind.COSINE:
            if t >= self.t_max:
                return self.eta_min
            return self.eta_min + (base - self.eta_min) * (1 + math.cos(math.pi * t / self.t_max)) / 2
        return base

    @property
    def formula(self) -> str:
        return {
            ScheduleKind.CONSTANT: "η_t = η",
            ScheduleKind.STEP: f"η_t = η · {self.gamma:g}^⌊t/{self.step_size}⌋",
            ScheduleKind.EXPONENTIAL: f"η_t = η · {self.gamma:g}^t",
            ScheduleKind.COSINE: f"η_t = {self.eta_min:g} + (η − {self.eta_min:g})·(1 + cos(π·t/{self.t_max}))/2",
        }[self.kind]
