"""What a person asks for, as new Documents: each intent builds one and applies it as one edit.

A mixin of the Controller, which provides what the TYPE_CHECKING block names. (Its texts are
translated in the Controller's context: that is the class Qt sees at run time.)"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from gdstudio.core.dataset import DataSet
from gdstudio.core.limits import MAX_LR, MAX_START, MAX_VALUE, MIN_LR, outside
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampler, race_samplers
from gdstudio.core.schedules import Schedule
from gdstudio.core.standardize import Scaling, Standardize
from gdstudio.engine.edits import Edit, EditKind
from gdstudio.engine.view_state import MessageLevel
from gdstudio.i18n import translate

if TYPE_CHECKING:
    from gdstudio.core.document import Document
    from gdstudio.core.model import ErrorSurface
    from gdstudio.engine.view_state import ViewState


class Intents:
    if TYPE_CHECKING:
        @property
        def document(self) -> Document: ...
        @property
        def data(self) -> DataSet: ...
        @property
        def start(self) -> np.ndarray: ...
        @property
        def surface(self) -> ErrorSurface: ...
        @property
        def scaling(self) -> Scaling: ...
        view_state: ViewState
        def apply(self, new: Document, edit: Edit, *, record: bool = True) -> None: ...
        def edit(self, kind: EditKind, detail: int | str | None = None, **changes) -> None: ...
        def line_w(self, w) -> np.ndarray: ...
        def say(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None: ...

    def set_data(self, data: DataSet, kind: EditKind = EditKind.EDIT_DATA, detail=None) -> None:
        self.edit(kind, detail, data=data)

    def load_data(self, data: DataSet, settings: Mapping[str, Any] | None = None) -> None:
        """Replace the whole data set (a file or preset): a new run at step 0; the views refit.
        `settings` (a preset's: loss_form, lr, sampling, batch_size) change with it, as one edit."""
        changes: dict[str, Any] = {"data": data}
        settings = settings or {}
        if "loss_form" in settings:
            changes["loss_form"] = LossForm(settings["loss_form"])
        if "lr" in settings:
            changes["lr"] = float(settings["lr"])
        if "sampling" in settings or "batch_size" in settings:
            sampler = self.document.sampler
            changes["sampler"] = replace(sampler, mode=settings.get("sampling", sampler.mode),
                                         batch_size=int(settings.get("batch_size", sampler.batch_size)))
            if self.document.sampling_race:  # (a race goes on, with the K that suits this data)
                changes["sampling_race"] = race_samplers(changes["sampler"].batch_size, sampler.seed)
        self.edit(EditKind.LOAD_DATA, None, **changes)

    def add_point(self, x: float, y: float) -> None:
        if self._point_in_range(x, y):
            self.set_data(self.data.with_point(x, y), EditKind.ADD_POINT)

    def move_point(self, index: int, x: float, y: float) -> None:
        if 0 <= index < len(self.data) and self._point_in_range(x, y):
            self.set_data(self.data.with_moved(index, x, y), EditKind.MOVE_POINT, index)

    def _point_in_range(self, x: float, y: float) -> bool:
        """A click far out (after zooming out a long way) is refused with a message, not a nan."""
        if outside([x, y], MAX_VALUE):
            self.say(translate("Controller", "A point must lie within ±{limit}, the range gdstudio computes exactly: "
                                             "press F to fit the views to the data.").format(limit=f"{MAX_VALUE:.0e}"),
                     MessageLevel.WARNING)
            return False
        return True

    def remove_point(self, index: int) -> None:
        if 0 <= index < len(self.data):
            self.set_data(self.data.without(index), EditKind.REMOVE_POINT)

    def clear_points(self) -> None:
        self.set_data(self.data.cleared(), EditKind.CLEAR_POINTS)
        self.say(translate("Controller", "All points removed: click in the data panel to add new ones."))

    def set_standardize(self, mode: Standardize) -> None:
        """Fit on standardised x (or x and y). The start stays the same line; the runs restart,
        since their parameters now mean something else."""
        mode = Standardize(mode)
        if mode is not self.document.standardize:
            start = Scaling.of(self.data, mode).from_original(self.line_w(self.start))
            self.edit(EditKind.STANDARDIZE, standardize=mode, start=tuple(start))

    def set_lr(self, lr: float) -> None:
        """Change η; running runs go on from where they are with the new η."""
        if np.isfinite(lr) and MIN_LR <= lr <= MAX_LR:
            self.edit(EditKind.LEARNING_RATE, lr=float(lr))
        else:
            self.say(translate("Controller", "η must lie between {low} and {high}: {lr} is not used.").format(
                low=f"{MIN_LR:g}", high=f"{MAX_LR:g}", lr=f"{lr:g}"), MessageLevel.WARNING)

    def set_sampler(self, sampler: Sampler) -> None:
        """Batch, mini-batch or SGD; like η, a change applies from the next step on. (Choosing one
        ends a race of samplings: one run again, with it.)"""
        if self.document.sampling_race:
            self.edit(EditKind.SAMPLING_RACE, sampler=sampler, sampling_race=())
        else:
            self.edit(EditKind.SAMPLING, sampler=sampler)

    def race_sampling(self, batch_size: int | None = None, seed: int | None = None) -> None:
        """Slide 30's race: batch, mini-batch K (the sampler's, or `batch_size`) and SGD from the same
        start with the first optimizer, on equal budgets of data points; the runs restart."""
        sampler = self.document.sampler
        sampler = replace(sampler, batch_size=sampler.batch_size if batch_size is None else int(batch_size),
                          seed=sampler.seed if seed is None else int(seed))
        self.apply(replace(self.document, sampler=sampler).with_sampling_race(), Edit(EditKind.SAMPLING_RACE))

    def end_sampling_race(self) -> None:
        """One run again, with the sampling chosen before the race."""
        self.edit(EditKind.SAMPLING_RACE, sampling_race=())

    def set_schedule(self, schedule: Schedule) -> None:
        """How η changes over the steps; applies from the next step on."""
        self.edit(EditKind.SCHEDULE, schedule=schedule)

    def set_loss_form(self, form: LossForm) -> None:
        """Switch between ½Σ and ½(1/N)Σ; the runs restart, as their E values change meaning."""
        self.edit(EditKind.ERROR_FUNCTION, loss_form=LossForm(form))

    def set_start(self, w0: float, w1: float) -> None:
        if outside([w0, w1], MAX_START):
            self.say(translate("Controller", "A start must lie within ±{limit}, the range gdstudio computes exactly: "
                                             "press F to fit the views to the data.").format(limit=f"{MAX_START:.0e}"),
                     MessageLevel.WARNING)
            return
        self.edit(EditKind.START, start=(float(w0), float(w1)))

    def set_start_by_hand(self, w0: float, w1: float) -> None:
        """A w picked by hand (dragging the line or the current w): the new start, and one more sample
        of the attempt by hand, which stays beside what the optimizer then finds (slides 6–7)."""
        self.set_start(w0, w1)
        if np.array_equal(self.start, (float(w0), float(w1))):  # (not refused)
            self.view_state.by_hand.record(self.start, self.surface, self.scaling)

    def set_optimizers(self, keys: list[str]) -> None:
        """One optimizer (the lecture) or up to four distinct ones racing from the start; runs restart."""
        distinct = tuple(dict.fromkeys(keys))
        if distinct and distinct != self.document.optimizers:
            # (several optimizers race each other: a race of samplings, which has one, ends)
            race = self.document.sampling_race if len(distinct) == 1 else ()
            self.edit(EditKind.OPTIMIZERS, optimizers=distinct, sampling_race=race)

    def set_optimizer_params(self, key: str, **params) -> bool:
        """Change an optimizer's hyperparameters (μ, β1, β2, ε…); runs go on with them.
        Invalid values are refused with a message (returns False)."""
        try:
            new = self.document.with_params(key, {**self.document.optimizer_params(key), **params})
        except (TypeError, ValueError) as exc:
            self.say(translate("Controller", "Not applied: {error}").format(error=exc), MessageLevel.WARNING)
            return False
        self.apply(new, Edit(EditKind.OPTIMIZER_SETTINGS, key))
        return True

    def set_layers(self, **changes) -> None:
        """Show or hide teaching layers, e.g. set_layers(constraint_lines=True)."""
        self.edit(EditKind.LAYERS, layers=replace(self.document.layers, **changes))
