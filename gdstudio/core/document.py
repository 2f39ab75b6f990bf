"""The Document: one frozen value holding everything a person edits, and what is derived from it.

Data, the error form, standardisation, the start, η and its schedule, the sampling, the
optimizers (one, or up to four racing) with their hyperparameters, the teaching layers, and
whether the runs race sampling modes instead of optimizers.
Session files serialise it, undo keeps Documents, a lesson scene will hold one. Every edit
builds a new Document (`dataclasses.replace`); nothing changes one in place.

`Fit` is what a Document's data and error form give (the scaling, the data the model sees,
the error surface); `problem_for(document, run)` is what gets stepped — by the worker in the
window and by the headless export alike, so the two cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from typing import Any

import numpy as np

from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import Problem
from gdstudio.core.limits import MAX_LR, MAX_START, MIN_LR, outside
from gdstudio.core.model import ErrorSurface, LossForm
from gdstudio.core.optimizers import OPTIMIZERS, Optimizer, make_optimizer
from gdstudio.core.sampling import Sampler, race_samplers
from gdstudio.core.schedules import Schedule
from gdstudio.core.standardize import Scaling, Standardize

MAX_RUNS = 4  # a race has at most four runs
DEFAULT_START = (2.5, 0.3)
DEFAULT_LR = 0.02

Params = tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]  # ((key, ((name, value), …)), …), sorted


class GradientField(str, Enum):
    OFF = "off"
    DESCENT = "descent"  # −∇E: the way the optimizer goes
    ASCENT = "ascent"    # ∇E: the way E rises fastest


@dataclass(frozen=True)
class Layers:
    """The teaching layers shown: a teaching choice, so part of the Document (and its file)."""

    constraint_lines: bool = False   # each point (xᵢ, yᵢ) as the line w0 + w1·xᵢ = yᵢ in parameter space
    squared_residuals: bool = False  # residuals drawn as squares: their total area is 2E
    gradient_field: GradientField = GradientField.OFF
    race_lines: bool = True          # in a race, every run's line in the data panel (else the first only)
    eigen_directions: bool = False   # the Hessian's eigenvectors through the optimum: the valley's axes

    def __post_init__(self) -> None:  # Qt item data and JSON hand enums back as plain strings
        object.__setattr__(self, "gradient_field", GradientField(self.gradient_field))


def freeze_params(params: Mapping[str, Mapping[str, Any]] | None) -> Params:
    """Optimizer hyperparameters as a sorted tuple of tuples, so Documents compare by value."""
    return tuple(sorted((key, tuple(sorted(dict(values).items()))) for key, values in (params or {}).items()))


@dataclass(frozen=True)
class Document:
    data: DataSet = field(default_factory=DataSet)
    loss_form: LossForm = LossForm.SUM
    standardize: Standardize = Standardize.OFF
    start: tuple[float, float] = DEFAULT_START  # in the model's parameters (standardised, if standardising)
    lr: float = DEFAULT_LR
    schedule: Schedule = field(default_factory=Schedule)
    sampler: Sampler = field(default_factory=Sampler)
    optimizers: tuple[str, ...] = ("gd",)
    params: Params = ()
    layers: Layers = field(default_factory=Layers)
    # A race of samplings (slide 30: batch vs mini-batch vs SGD): one run per sampler, all with the
    # one optimizer, on equal budgets of data points. Empty: the runs are the optimizers, with `sampler`.
    sampling_race: tuple[Sampler, ...] = ()

    def __post_init__(self) -> None:
        start = tuple(float(v) for v in np.asarray(self.start, dtype=float).reshape(-1))
        if len(start) != 2 or not np.isfinite(start).all():
            raise ValueError(f"the start must be two finite numbers, not {self.start!r}")
        if outside(start, MAX_START):
            raise ValueError(f"the start must lie within ±{MAX_START:.0e} (the range gdstudio computes exactly), "
                             f"not {self.start!r}")
        if not (np.isfinite(self.lr) and self.lr > 0):
            raise ValueError(f"η must be a finite number greater than 0, not {self.lr!r}")
        if not MIN_LR <= self.lr <= MAX_LR:
            raise ValueError(f"η must lie between {MIN_LR:g} and {MAX_LR:g}, not {self.lr!r}")
        keys = tuple(dict.fromkeys(self.optimizers))
        if not 1 <= len(keys) <= MAX_RUNS or any(k not in OPTIMIZERS for k in keys):
            raise ValueError(f"one to {MAX_RUNS} known optimizers are needed, not {self.optimizers!r}")
        race = tuple(self.sampling_race)
        if race:
            if not all(isinstance(s, Sampler) for s in race) or not 2 <= len(race) <= MAX_RUNS:
                raise ValueError(f"a sampling race needs 2 to {MAX_RUNS} samplers, not {self.sampling_race!r}")
            if len(set(race)) != len(race):
                raise ValueError("a sampling race lists each sampler once")
            if len(keys) != 1:
                raise ValueError(f"a sampling race runs one optimizer, not {len(keys)} ({', '.join(keys)})")
        object.__setattr__(self, "sampling_race", race)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "lr", float(self.lr))
        object.__setattr__(self, "optimizers", keys)
        object.__setattr__(self, "loss_form", LossForm(self.loss_form))
        object.__setattr__(self, "standardize", Standardize(self.standardize))
        if not isinstance(self.params, tuple):
            object.__setattr__(self, "params", freeze_params(self.params))

    def optimizer_params(self, key: str) -> dict[str, Any]:
        return dict(dict(self.params).get(key, ()))

    def params_dict(self) -> dict[str, dict[str, Any]]:
        return {key: dict(values) for key, values in self.params}

    def with_params(self, key: str, values: Mapping[str, Any]) -> Document:
        """A copy with `key`'s hyperparameters replaced (ValueError/TypeError if the optimizer refuses them)."""
        make_optimizer(key, **values)
        params = self.params_dict()
        params[key] = dict(values)
        return replace(self, params=freeze_params(params))

    def optimizer(self, key: str) -> Optimizer:
        return make_optimizer(key, **self.optimizer_params(key))

    @property
    def run_count(self) -> int:
        return len(self.sampling_race) or len(self.optimizers)

    def run_optimizer_key(self, run: int) -> str:
        """The optimizer run `run` steps with (a sampling race: the one optimizer, for every run)."""
        return self.optimizers[0 if self.sampling_race else run]

    def run_sampler(self, run: int) -> Sampler:
        """The points run `run` takes each step (a sampling race: its own sampler; else `sampler`)."""
        return self.sampling_race[run] if self.sampling_race else self.sampler

    def with_sampling_race(self, on: bool = True) -> Document:
        """Batch, mini-batch (the sampler's K) and SGD racing with the first optimizer; or (off) one run again."""
        if not on:
            return replace(self, sampling_race=())
        race = race_samplers(self.sampler.batch_size, self.sampler.seed)
        return replace(self, sampling_race=race, optimizers=self.optimizers[:1])

    def changed_fields(self, other: Document) -> frozenset[str]:
        """The names of the fields in which `other` differs from this one."""
        return frozenset(f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name))


@dataclass(frozen=True)
class Fit:
    """What a Document's data, error form and standardisation give: derived, never edited."""

    scaling: Scaling
    model_data: DataSet   # the data the model is fitted to (standardised, if standardising)
    surface: ErrorSurface

    @classmethod
    def of(cls, document: Document) -> Fit:
        scaling = Scaling.of(document.data, document.standardize)
        model = scaling.apply(document.data)
        return cls(scaling, model, model.error_surface().with_form(document.loss_form))

    def with_form(self, form: LossForm) -> Fit:
        return Fit(self.scaling, self.model_data, self.surface.with_form(form))


def problem_for(document: Document, run: int = 0, fit: Fit | None = None) -> Problem:
    """What run `run` of the document steps: its surface, η, schedule, data, sampling and optimizer.
    `fit` (the document's Fit) saves recomputing the surface when the caller holds it."""
    fit = fit or Fit.of(document)
    return Problem(fit.surface, document.lr, fit.model_data.x, fit.model_data.y, document.run_sampler(run),
                   document.optimizer(document.run_optimizer_key(run)), document.schedule)
