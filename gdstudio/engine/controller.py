"""The Controller: the facade the window talks to. It holds the Document, its Fit and the runs.

Data flows one way: an intent builds a new Document, `apply` makes it current as one
transaction (the derived state rebuilt once, each signal emitted at most once), steps are
computed by the worker from frozen requests (the Player paces them), replies are appended
to the runs' histories here, and the panels redraw from this state at most once per frame.

A document has one run per optimizer: one for the lecture, up to four in a race. The first
run is the one the readout, the formula and the slices describe.
"""

from __future__ import annotations

from dataclasses import replace
from enum import Enum

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import State, Stop, evaluate
from gdstudio.core.document import Document, Fit, freeze_params, problem_for
from gdstudio.core.history import RunHistory
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampler
from gdstudio.core.schedules import Schedule
from gdstudio.core.standardize import Scaling, Standardize
from gdstudio.engine.edits import Edit, EditKind
from gdstudio.engine.player import HISTORY_LIMIT, MAX_SPEED, Player
from gdstudio.engine.run import Run, divergence_message, finish_message
from gdstudio.engine.view_state import MessageLevel, ViewState
from gdstudio.engine.worker import StepReply, StepTask

__all__ = ["Controller", "MAX_SPEED", "MessageLevel", "RunState"]

DATA_FIELDS = frozenset({"data", "loss_form", "standardize"})   # the surface changes
RESTART_FIELDS = frozenset({"loss_form", "standardize", "start", "optimizers"})  # old steps mean nothing now
GOES_ON_FIELDS = frozenset({"data", "lr", "sampler", "schedule", "params"})  # runs go on with the change


class RunState(Enum):
    NO_DATA = "no_data"  # nothing to optimise: step and play are disabled
    IDLE = "idle"
    PLAYING = "playing"


class Controller(QObject):
    sig_data_changed = Signal()      # points or error function changed: surface must be redrawn
    sig_data_loaded = Signal()       # a whole new data set (file, preset, standardisation): views refit
    sig_history_changed = Signal()   # a frame: a run moved on or was reset (paths, lines, curves, readout)
    sig_runs_changed = Signal()      # the set of runs (optimizers) changed
    sig_run_state_changed = Signal(object)  # RunState
    sig_settings_changed = Signal()  # η, speed, loss form, start, sampling, optimizer settings, cursor
    sig_view_changed = Signal()      # the teaching layers changed
    sig_edited = Signal(object, object, object)  # Edit, Document before, Document after (for undo)

    def __init__(self, document: Document | DataSet | None = None, *, speed: float = 20.0,
                 optimizer_params: dict[str, dict] | None = None, **fields) -> None:
        """From a Document, or from data and Document fields (lr=…, start=…, optimizers=…)."""
        super().__init__()
        if not isinstance(document, Document):
            fields = {k: v for k, v in fields.items() if v is not None}
            document = Document(document if document is not None else DataSet(),
                                params=freeze_params(optimizer_params), **fields)
        self._document = document
        self._in_transaction = False
        self._fit = Fit.of(document)
        self._runs = [self._new_run(key) for key in document.optimizers]
        self._cursor: int | None = None  # the step being looked at while scrubbing; None = the newest
        self.view_state = ViewState(self)
        self.sig_message = self.view_state.sig_message
        self.sig_hover_changed = self.view_state.sig_hover_changed
        self.player = Player(self, speed, self)
        self.player.sig_frame.connect(self.sig_history_changed)
        self.player.sig_playing_changed.connect(self._on_playing_changed)
        self.player.sig_failed.connect(self._on_player_failed)

    # ----------------------------------------------------------------- the document and its transaction
    @property
    def document(self) -> Document:
        return self._document

    def apply(self, new: Document, edit: Edit, *, record: bool = True) -> None:
        """Make `new` the document: rebuild what derives from it once, emit each signal at most once,
        and (if `record`) report the edit for undo. Loading data or a document starts a fresh run."""
        old, was = self._document, self.run_state
        changed, fresh = old.changed_fields(new), edit.starts_fresh_run
        if not changed and not fresh:
            return
        self._in_transaction = True
        try:
            self._rebuild(old, new, changed, fresh)
        finally:
            self._in_transaction = False
        if changed & DATA_FIELDS:
            self.sig_data_changed.emit()
        if "optimizers" in changed:
            self.sig_runs_changed.emit()
        if changed - {"layers"}:
            self.sig_settings_changed.emit()
        if "layers" in changed:
            self.sig_view_changed.emit()
        if fresh or "standardize" in changed:
            self.sig_data_loaded.emit()  # a new data set or parameter space: the views refit
        self.player.frames.request()
        if self.run_state is not was:
            self.sig_run_state_changed.emit(self.run_state)
        if record and changed:
            self.sig_edited.emit(edit, old, new)

    def _rebuild(self, old: Document, new: Document, changed: frozenset[str], fresh: bool) -> None:
        self._document = new
        if changed & {"data", "standardize"}:
            self._fit = Fit.of(new)
        elif "loss_form" in changed:
            self._fit = self._fit.with_form(new.loss_form)
        if fresh or len(old.data) != len(new.data):
            self.view_state.set_hover_point(-1)  # the indices may now name other points
        if fresh or changed & RESTART_FIELDS:
            self._restart_runs(new_set="optimizers" in changed)
        elif changed & GOES_ON_FIELDS:
            self._go_on(replace_last="data" in changed, new_optimizers="params" in changed)
        if not len(new.data):
            self.player.set_playing(False)

    def edit(self, kind: EditKind, detail: int | str | None = None, **changes) -> None:
        """One recorded edit: the document with `changes`."""
        self.apply(replace(self._document, **changes), Edit(kind, detail))

    def open_document(self, document: Document, speed: float | None = None) -> None:
        """Show a whole new document (a session, a scene): a fresh run at step 0, not an undoable edit."""
        self.pause()
        if speed is not None:
            self.set_speed(speed)
        self.apply(document, Edit(EditKind.OPEN), record=False)

    def _restart_runs(self, new_set: bool) -> None:
        doc = self._document
        self.player.set_playing(False)
        self.player.cancel_steps()
        self._cursor = None
        if new_set:
            self._runs = [self._new_run(key) for key in doc.optimizers]
        else:
            for run in self._runs:
                run.restart(self._fit.surface, np.array(doc.start), doc.optimizer(run.key))
        self.say("")
        self.player.invalidate()

    def _go_on(self, replace_last: bool, new_optimizers: bool) -> None:
        """Data or a setting changed: every run may move again with it (from the scrubbed step, if scrubbing)."""
        self._continue_from_cursor()
        for run in self._runs:
            if replace_last:
                h = run.history
                h.replace_last(evaluate(self._fit.surface, h.w[-1], h.steps_taken))
            if new_optimizers:
                run.optimizer = self._document.optimizer(run.key)
            run.stop = Stop.NONE
        self.player.invalidate()

    def _new_run(self, key: str) -> Run:
        return Run.start(key, self._document.optimizer(key), self._fit.surface, np.array(self._document.start))

    # ----------------------------------------------------------------- what the panels read
    data = property(lambda self: self._document.data)
    lr = property(lambda self: self._document.lr)
    sampler = property(lambda self: self._document.sampler)
    schedule = property(lambda self: self._document.schedule)
    loss_form = property(lambda self: self._document.loss_form)
    standardize = property(lambda self: self._document.standardize)
    layers = property(lambda self: self._document.layers)
    surface = property(lambda self: self._fit.surface)  # E over the model's parameters
    model_data = property(lambda self: self._fit.model_data)  # the data the model is fitted to
    scaling = property(lambda self: self._fit.scaling)
    runs = property(lambda self: self._runs)
    cursor = property(lambda self: self._cursor, doc="The step shown while scrubbing; None: the newest.")
    speed = property(lambda self: self.player.speed)
    busy = property(lambda self: self.player.busy, doc="Steps are being computed or owed.")
    message = property(lambda self: self.view_state.message)

    @property
    def start(self) -> np.ndarray:
        return np.array(self._document.start)

    def optimizer_params(self, key: str) -> dict:
        return self._document.optimizer_params(key)

    def line_w(self, w) -> np.ndarray:
        """The (w0, w1) of model parameters w as a line in the data's own units."""
        return self._fit.scaling.to_original(w)

    def model_w(self, w) -> np.ndarray:
        """The model parameters of a line y = w0 + w1·x given in the data's own units."""
        return self._fit.scaling.from_original(w)

    @property
    def racing(self) -> bool:
        return len(self._runs) > 1

    @property
    def history(self) -> RunHistory:
        """The first run's history as shown: up to the scrubbed step while scrubbing."""
        return self.shown_history(0)

    def shown_history(self, run: int) -> RunHistory:
        history = self._runs[run].history
        return history if self._cursor is None else history.view(self._cursor + 1)

    @property
    def current(self) -> State:
        return self.history.state(-1)

    @property
    def max_step(self) -> int:
        """Steps taken by the longest run (the end of the timeline)."""
        return max(r.history.steps_taken for r in self._runs)

    @property
    def run_state(self) -> RunState:
        if not len(self._document.data):
            return RunState.NO_DATA
        return RunState.PLAYING if self.player.playing else RunState.IDLE

    def lr_is_stable(self) -> bool:
        """Whether plain gradient descent with this η converges on this data (η < 2/λmax)."""
        return self.lr < self.surface.max_stable_lr()

    def current_lr(self) -> float:
        """η for the first run's next step (the schedule applied to the base η)."""
        return self.schedule.lr(self.lr, self.history.steps_taken)

    # ----------------------------------------------------------------- edits (each one transaction)
    def set_data(self, data: DataSet, kind: EditKind = EditKind.EDIT_DATA, detail=None) -> None:
        self.edit(kind, detail, data=data)

    def load_data(self, data: DataSet) -> None:
        """Replace the whole data set (a file or preset): a new run at step 0; the views refit."""
        self.set_data(data, EditKind.LOAD_DATA)

    def add_point(self, x: float, y: float) -> None:
        if np.isfinite([x, y]).all():
            self.set_data(self.data.with_point(x, y), EditKind.ADD_POINT)

    def move_point(self, index: int, x: float, y: float) -> None:
        if 0 <= index < len(self.data) and np.isfinite([x, y]).all():
            self.set_data(self.data.with_moved(index, x, y), EditKind.MOVE_POINT, index)

    def remove_point(self, index: int) -> None:
        if 0 <= index < len(self.data):
            self.set_data(self.data.without(index), EditKind.REMOVE_POINT)

    def clear_points(self) -> None:
        self.set_data(self.data.cleared(), EditKind.CLEAR_POINTS)
        self.say(self.tr("All points removed: click in the data panel to add new ones."))

    def set_standardize(self, mode: Standardize) -> None:
        """Fit on standardised x (or x and y). The start stays the same line; the runs restart,
        since their parameters now mean something else."""
        mode = Standardize(mode)
        if mode is not self.standardize:
            start = Scaling.of(self.data, mode).from_original(self.line_w(self.start))
            self.edit(EditKind.STANDARDIZE, standardize=mode, start=tuple(start))

    def set_lr(self, lr: float) -> None:
        """Change η; running runs go on from where they are with the new η."""
        if np.isfinite(lr) and lr > 0:
            self.edit(EditKind.LEARNING_RATE, lr=float(lr))

    def set_sampler(self, sampler: Sampler) -> None:
        """Batch, mini-batch or SGD; like η, a change applies from the next step on."""
        self.edit(EditKind.SAMPLING, sampler=sampler)

    def set_schedule(self, schedule: Schedule) -> None:
        """How η changes over the steps; applies from the next step on."""
        self.edit(EditKind.SCHEDULE, schedule=schedule)

    def set_loss_form(self, form: LossForm) -> None:
        """Switch between ½Σ and ½(1/N)Σ; the runs restart, as their E values change meaning."""
        self.edit(EditKind.ERROR_FUNCTION, loss_form=LossForm(form))

    def set_start(self, w0: float, w1: float) -> None:
        if np.isfinite([w0, w1]).all():
            self.edit(EditKind.START, start=(float(w0), float(w1)))

    def set_optimizers(self, keys: list[str]) -> None:
        """One optimizer (the lecture) or up to four distinct ones racing from the start; runs restart."""
        distinct = tuple(dict.fromkeys(keys))
        if distinct and distinct != self._document.optimizers:
            self.edit(EditKind.OPTIMIZERS, optimizers=distinct)

    def set_optimizer_params(self, key: str, **params) -> bool:
        """Change an optimizer's hyperparameters (μ, β1, β2, ε…); runs go on with them.
        Invalid values are refused with a message (returns False)."""
        try:
            new = self._document.with_params(key, {**self.optimizer_params(key), **params})
        except (TypeError, ValueError) as exc:
            self.say(self.tr("Not applied: {error}").format(error=exc), MessageLevel.WARNING)
            return False
        self.apply(new, Edit(EditKind.OPTIMIZER_SETTINGS, key))
        return True

    def set_layers(self, **changes) -> None:
        """Show or hide teaching layers, e.g. set_layers(constraint_lines=True)."""
        self.edit(EditKind.LAYERS, layers=replace(self.layers, **changes))

    def set_speed(self, steps_per_second: float) -> None:
        """Steps per second while playing (MAX_SPEED: flat out); not part of the document."""
        if steps_per_second > 0 and steps_per_second != self.player.speed:
            self.player.speed = float(steps_per_second)
            self.sig_settings_changed.emit()

    # ----------------------------------------------------------------- view state
    def set_hover_point(self, index: int) -> None:
        """The data point under the mouse in either panel (-1: none); both panels highlight it."""
        self.view_state.set_hover_point(index)

    def set_hover_w(self, w) -> None:
        """The parameter-space position under the mouse (None: none); the data panel previews its line."""
        self.view_state.set_hover_w(w)

    def say(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        self.view_state.say(text, level)

    # ----------------------------------------------------------------- time travel
    def scrub_to(self, step: int | None) -> None:
        """Show every panel as it was after `step` steps (None or the last step: the newest).
        Playing pauses; stepping or editing from there discards the later steps."""
        self.player.set_playing(False)
        self.player.cancel_steps()
        cursor = None if step is None or step >= self.max_step else max(0, int(step))
        if cursor != self._cursor:
            self._cursor = cursor
            self.player.invalidate()
            self.sig_settings_changed.emit()  # panels that show η / the start read it again
            self.player.frames.request()

    def step_back(self) -> None:
        """One step back in time (nothing is discarded until you continue from there)."""
        shown = self.max_step if self._cursor is None else self._cursor
        if shown > 0:
            self.scrub_to(shown - 1)

    def _continue_from_cursor(self) -> None:
        """Make the scrubbed step the newest: the later steps are gone, as with undo."""
        if self._cursor is None:
            return
        for run in self._runs:
            run.history.truncate(self._cursor + 1)
            run.stop = Stop.NONE
        self._cursor = None
        self.player.invalidate()
        self.player.frames.request()

    # ----------------------------------------------------------------- running
    def step(self, count: int = 1) -> None:
        """Take `count` more steps (queued if steps are being computed right now)."""
        if self.run_state is RunState.NO_DATA:
            self.say(self.tr("Add data points first: click in the data panel."), MessageLevel.WARNING)
            return
        self.player.set_playing(False)
        self._continue_from_cursor()
        if not self._runs_to_step(playing=False):
            self.say(self._all_diverged_message(), MessageLevel.WARNING)
            return
        self.say("")
        self.player.step(count)

    def play(self) -> None:
        if self.run_state is not RunState.IDLE:
            return
        self._continue_from_cursor()
        if self.longest_history() >= HISTORY_LIMIT:
            self.say(self.tr("This run is very long already: press Reset to start a new one."), MessageLevel.WARNING)
            return
        for run in self._runs:  # a converged run may move again (after an edit, or to show it stays)
            if run.stop is Stop.CONVERGED:
                run.stop = Stop.NONE
        if not self._runs_to_step(playing=True):
            self.say(self._all_diverged_message(), MessageLevel.WARNING)
            return
        self.say("")
        self.player.set_playing(True)

    def pause(self) -> None:
        self.player.set_playing(False)

    def toggle_play(self) -> None:
        self.pause() if self.player.playing else self.play()

    def reset(self) -> None:
        """Back to the start w with empty histories; playing stops."""
        self._restart_runs(new_set=False)
        self.player.frames.request()

    def shutdown(self) -> None:
        """Stop playing and the worker thread (request → quit → wait); safe to call twice."""
        self.player.shutdown()

    def flush_frame(self) -> None:
        """Redraw now (for screenshots and tests that must not wait for the next beat)."""
        self.player.frames.flush()

    # ----------------------------------------------------------------- what the Player asks of us
    def step_tasks(self, playing: bool) -> tuple[StepTask, ...]:
        if not len(self.data):
            return ()
        return tuple(StepTask(i, problem_for(self._document, i, self._fit), self._runs[i].history.state(-1))
                     for i in self._runs_to_step(playing))

    def longest_history(self) -> int:
        return max(len(r.history) for r in self._runs)

    def take_reply(self, reply: StepReply, playing: bool) -> int:
        taken = 0
        for index, chunk in reply.chunks:
            run = self._runs[index]
            run.history.extend(chunk)
            taken = max(taken, len(chunk))
            if chunk.stop is Stop.DIVERGED:
                run.stop = Stop.DIVERGED
                self.say(divergence_message(run, self.lr, self.surface, self.racing), MessageLevel.WARNING)
            elif chunk.stop is Stop.CONVERGED and playing:
                run.stop = Stop.CONVERGED
        return taken

    def after_steps(self) -> None:
        """Stop playing when no run can go on, and say how it ended."""
        playing = self.player.playing
        if not self._runs_to_step(playing):
            self.player.cancel_steps()
            self.player.set_playing(False)
            if any(r.stop is Stop.CONVERGED for r in self._runs):
                diverged = [r for r in self._runs if r.stop is Stop.DIVERGED]
                level = MessageLevel.WARNING if diverged and not self.racing else MessageLevel.SUCCESS
                self.say(finish_message(self._runs), level)
        elif playing and self.longest_history() >= HISTORY_LIMIT:
            self.player.set_playing(False)
            self.say(self.tr("Stopped after {steps} steps: press Reset to start a new run.").format(
                steps=f"{HISTORY_LIMIT:,}"), MessageLevel.WARNING)

    def _runs_to_step(self, playing: bool) -> list[int]:
        """Runs that can take steps: never a diverged one; when playing, not a converged one."""
        return [i for i, r in enumerate(self._runs)
                if r.stop is Stop.NONE or (not playing and r.stop is Stop.CONVERGED)]

    def _all_diverged_message(self) -> str:
        if len(self._runs) == 1:
            return self.tr("{message} Then Reset.").format(
                message=divergence_message(self._runs[0], self.lr, self.surface, racing=False))
        return self.tr("Every run has diverged: lower η, then Reset.")

    @Slot(bool)
    def _on_playing_changed(self, playing: bool) -> None:
        if not self._in_transaction:  # (a transaction says it once, at its end)
            self.sig_run_state_changed.emit(self.run_state)

    @Slot(str)
    def _on_player_failed(self, error: str) -> None:
        self.say(self.tr("Internal error while stepping: {error}").format(error=error), MessageLevel.WARNING)
