"""What an edit was, as a value: undo names and merges edits by it, the controller decides by it
whether a run goes on or starts again."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class EditKind(Enum):
    ADD_POINT = "add point"
    MOVE_POINT = "move point"          # detail: the point's index
    REMOVE_POINT = "remove point"
    CLEAR_POINTS = "clear points"
    EDIT_DATA = "edit data"
    LOAD_DATA = "load data"
    START = "start point"
    STANDARDIZE = "standardise"
    LEARNING_RATE = "learning rate"
    SAMPLING = "sampling"
    SCHEDULE = "schedule"
    ERROR_FUNCTION = "error function"
    OPTIMIZERS = "optimizers"
    SAMPLING_RACE = "sampling race"    # batch, mini-batch and SGD racing, or back to one run
    OPTIMIZER_SETTINGS = "optimizer settings"  # detail: the optimizer's key
    LAYERS = "layers"
    OPEN = "open"                      # a session or a lesson scene: never recorded for undo
    LESSON = "lesson"                  # a lesson's beat or its back key: never recorded (PageUp undoes it)


# Edits made by dragging or sweeping: consecutive ones merge into one undo step.
CONTINUOUS = frozenset({EditKind.MOVE_POINT, EditKind.START, EditKind.LEARNING_RATE, EditKind.SAMPLING})
# A new data set (or a new document) is a new run at step 0; edits of single points let it go on.
FRESH_RUN = frozenset({EditKind.LOAD_DATA, EditKind.CLEAR_POINTS, EditKind.OPEN})


@dataclass(frozen=True)
class Edit:
    kind: EditKind
    detail: int | str | None = None

    @property
    def continuous(self) -> bool:
        return self.kind in CONTINUOUS

    @property
    def starts_fresh_run(self) -> bool:
        return self.kind in FRESH_RUN
