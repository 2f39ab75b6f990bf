"""The Controller: the facade the window talks to. It holds the Document, its Fit and the runs.

Data flows one way: an intent builds a new Document (engine/intents.py), `apply` makes it
current as one transaction (the derived state rebuilt once, each signal emitted at most once),
steps are computed by the worker from frozen requests (the Player paces them), replies are
appended to the runs' histories (engine/runs.py), and the panels redraw from this state at
most once per frame. The first run is the one the readout, the formula and the slices describe.
"""

from __future__ import annotations

from dataclasses import replace
from enum import Enum

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from gdstudio.core.curvature import Curvature
from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import State, Stop
from gdstudio.core.document import Document, Fit, freeze_params
from gdstudio.core.history import RunHistory
from gdstudio.engine.edits import Edit, EditKind
from gdstudio.engine.intents import Intents
from gdstudio.engine.player import HISTORY_LIMIT, MAX_SPEED, Player
from gdstudio.engine.run import Run, divergence_message, finish_message
from gdstudio.engine.runs import Runs, RunsSnapshot
from gdstudio.engine.view_state import LossX, MessageLevel, ViewState
from gdstudio.engine.worker import StepReply, StepTask

__all__ = ["Controller", "MAX_SPEED", "MessageLevel", "RunState"]

DATA_FIELDS = frozenset({"data", "loss_form", "standardize"})   # the surface changes
RUN_SET_FIELDS = frozenset({"optimizers", "sampling_race"})  # which runs there are
RESTART_FIELDS = frozenset({"loss_form", "standardize", "start"}) | RUN_SET_FIELDS  # old steps mean nothing now
GOES_ON_FIELDS = frozenset({"data", "lr", "sampler", "schedule", "params"})  # runs go on with the change


class RunState(Enum):
    NO_DATA = "no_data"  # nothing to optimise: step and play are disabled
    IDLE = "idle"
    PLAYING = "playing"


class Controller(Intents, QObject):
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
        self._fit = Fit.of(document)
        self._runs = Runs(document, self._fit)
        self._in_transaction = False
        self._loss_x_before_race: LossX | None = None  # what the error curve counted before a sampling race
        self.view_state = ViewState(self)
        self.sig_message = self.view_state.sig_message
        self.sig_hover_changed = self.view_state.sig_hover_changed
        self.player = Player(self, speed, self)
        self.player.sig_frame.connect(self.sig_history_changed)
        self.player.sig_playing_changed.connect(self._on_playing_changed)
        self.player.sig_failed.connect(self._on_player_failed)
        if document.sampling_race:
            self._follow_sampling_race(True)

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
        signals = ((self.sig_data_changed, changed & DATA_FIELDS),
                   (self.sig_runs_changed, bool(changed & RUN_SET_FIELDS)),
                   (self.sig_settings_changed, changed - {"layers", "data"}),  # (points: sig_data_changed)
                   (self.sig_view_changed, "layers" in changed),
                   (self.sig_data_loaded, fresh or "standardize" in changed))  # (loaded: the views refit)
        for signal, fires in signals:
            if fires:
                signal.emit()
        if bool(old.sampling_race) != bool(new.sampling_race):
            self._follow_sampling_race(bool(new.sampling_race))
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
            self._restart_runs(new_set=bool(changed & RUN_SET_FIELDS))
        elif changed & GOES_ON_FIELDS:
            self._runs.go_on(new, self._fit, replace_last="data" in changed, new_optimizers="params" in changed)
            self.player.invalidate()
        if not len(new.data):
            self.player.set_playing(False)
        if fresh:  # a new data set, session or scene: a new attempt by hand (engine/hand_attempt.py)
            self.view_state.by_hand.clear()
        elif changed & DATA_FIELDS:
            self.view_state.by_hand.refit(self._fit.surface, self._fit.scaling)

    def _follow_sampling_race(self, racing: bool) -> None:
        """A sampling race is compared at equal work: the error curve counts data points used while it
        is on, and counts what it did before once it is over."""
        view = self.view_state
        if racing:
            if self._loss_x_before_race is None:
                self._loss_x_before_race = view.loss_x
            view.set_loss_x(LossX.POINTS)
        elif self._loss_x_before_race is not None:
            if view.loss_x is LossX.POINTS:  # (unless the teacher chose another meanwhile)
                view.set_loss_x(self._loss_x_before_race)
            self._loss_x_before_race = None

    def edit(self, kind: EditKind, detail: int | str | None = None, **changes) -> None:
        """One recorded edit: the document with `changes`."""
        self.apply(replace(self._document, **changes), Edit(kind, detail))

    def open_document(self, document: Document, speed: float | None = None) -> None:
        """Show a whole new document (a session, a scene): a fresh run at step 0, not an undoable edit."""
        self.pause()
        if speed is not None:
            self.set_speed(speed)
        self.apply(document, Edit(EditKind.OPEN), record=False)

    def snapshot(self) -> tuple[Document, RunsSnapshot]:
        """The document and the runs as they are now (copies), for `restore`."""
        return self._document, self._runs.snapshot()

    def restore(self, document: Document, runs: RunsSnapshot) -> None:
        """Bring back a `snapshot` exactly: the document, every run's steps and the step shown."""
        self.pause()
        self.player.cancel_steps()
        self.apply(document, Edit(EditKind.LESSON), record=False)
        self._runs.restore(runs)
        self.say("")
        self.player.invalidate()
        self.sig_settings_changed.emit()  # (the cursor and the shown η may have changed)
        self.player.frames.request()

    def _restart_runs(self, new_set: bool) -> None:
        self.player.set_playing(False)
        self.player.cancel_steps()
        self._runs.restart(self._document, self._fit, new_set)
        self.say("")
        self.player.invalidate()

    # ----------------------------------------------------------------- what the panels read
    data = property(lambda self: self._document.data)
    lr = property(lambda self: self._document.lr)
    sampler = property(lambda self: self._document.run_sampler(0), doc="The first run's sampling.")
    schedule = property(lambda self: self._document.schedule)
    loss_form = property(lambda self: self._document.loss_form)
    standardize = property(lambda self: self._document.standardize)
    layers = property(lambda self: self._document.layers)
    start = property(lambda self: np.array(self._document.start))
    surface = property(lambda self: self._fit.surface)  # E over the model's parameters
    model_data = property(lambda self: self._fit.model_data)  # the data the model is fitted to
    scaling = property(lambda self: self._fit.scaling)
    runs = property(lambda self: self._runs.runs)
    racing = property(lambda self: len(self._runs.runs) > 1)
    racing_sampling = property(lambda self: bool(self._document.sampling_race), doc="The runs race samplings.")
    cursor = property(lambda self: self._runs.cursor, doc="The step shown while scrubbing; None: the newest.")
    max_step = property(lambda self: self._runs.max_step, doc="Steps taken by the longest run.")
    speed = property(lambda self: self.player.speed)
    busy = property(lambda self: self.player.busy, doc="Steps are being computed or owed.")
    message = property(lambda self: self.view_state.message)

    def optimizer_params(self, key: str) -> dict:
        return self._document.optimizer_params(key)

    def line_w(self, w) -> np.ndarray:
        """The (w0, w1) of model parameters w as a line in the data's own units."""
        return self._fit.scaling.to_original(w)

    def model_w(self, w) -> np.ndarray:
        """The model parameters of a line y = w0 + w1·x given in the data's own units."""
        return self._fit.scaling.from_original(w)

    @property
    def history(self) -> RunHistory:
        """The first run's history as shown: up to the scrubbed step while scrubbing."""
        return self._runs.shown_history(0)

    def shown_history(self, run: int) -> RunHistory:
        return self._runs.shown_history(run)

    @property
    def current(self) -> State:
        return self.history.state(-1)

    @property
    def run_state(self) -> RunState:
        if not len(self._document.data):
            return RunState.NO_DATA
        return RunState.PLAYING if self.player.playing else RunState.IDLE

    def lr_is_stable(self) -> bool:
        """Whether plain gradient descent with this η converges on this data (η < 2/λmax)."""
        return self.lr < self.surface.max_stable_lr()

    @property
    def curvature(self) -> Curvature:
        """The Hessian's eigen-decomposition of the surface the runs step (cheap: a 2×2)."""
        return Curvature.of(self.surface)

    def current_lr(self) -> float:
        """η for the first run's next step (the schedule applied to the base η)."""
        return self.schedule.lr(self.lr, self.history.steps_taken)

    # ----------------------------------------------------------------- speed and view state
    def set_speed(self, steps_per_second: float) -> None:
        """Steps per second while playing (MAX_SPEED: flat out); not part of the document."""
        if steps_per_second > 0 and steps_per_second != self.player.speed:
            self.player.speed = float(steps_per_second)
            self.sig_settings_changed.emit()

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
        if self._runs.scrub_to(step):
            self.player.invalidate()
            self.sig_settings_changed.emit()  # panels that show η / the start read it again
            self.player.frames.request()

    def step_back(self) -> None:
        """One step back in time (nothing is discarded until you continue from there)."""
        shown = self.max_step if self.cursor is None else self.cursor
        if shown > 0:
            self.scrub_to(shown - 1)

    def _continue_from_cursor(self) -> None:
        if self._runs.continue_from_cursor():
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
        if not self._runs.can_step(playing=False):
            self.say(self._all_diverged_message(), MessageLevel.WARNING)
            return
        self.say("")
        self.player.step(count)

    def play(self) -> None:
        if self.run_state is not RunState.IDLE:
            return
        self._continue_from_cursor()
        if self._runs.longest_history() >= HISTORY_LIMIT:
            self.say(self.tr("This run is very long already: press Reset to start a new one."), MessageLevel.WARNING)
            return
        self._runs.wake_converged()
        if not self._runs.can_step(playing=True):
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
        return self._runs.tasks(self._document, self._fit, playing) if len(self.data) else ()

    def longest_history(self) -> int:
        return self._runs.longest_history()

    def take_reply(self, reply: StepReply, playing: bool) -> int:
        taken, diverged = self._runs.take(reply, playing)
        for run in diverged:
            self.say(divergence_message(run, self.lr, self.surface, self.racing), MessageLevel.WARNING)
        return taken

    def after_steps(self) -> None:
        """Stop playing when no run can go on, and say how it ended."""
        playing, runs = self.player.playing, self._runs.runs
        if not self._runs.can_step(playing):
            self.player.cancel_steps()
            self.player.set_playing(False)
            if any(r.stop is Stop.CONVERGED for r in runs):
                diverged = any(r.stop is Stop.DIVERGED for r in runs)
                self.say(finish_message(runs),
                         MessageLevel.WARNING if diverged and not self.racing else MessageLevel.SUCCESS)
        elif playing and self._runs.longest_history() >= HISTORY_LIMIT:
            self.player.set_playing(False)
            self.say(self.tr("Stopped after {steps} steps: press Reset to start a new run.").format(
                steps=f"{HISTORY_LIMIT:,}"), MessageLevel.WARNING)

    def _all_diverged_message(self) -> str:
        runs: list[Run] = self._runs.runs
        if len(runs) == 1:
            return self.tr("{message} Then Reset.").format(
                message=divergence_message(runs[0], self.lr, self.surface, racing=False))
        return self.tr("Every run has diverged: lower η, then Reset.")

    @Slot(bool)
    def _on_playing_changed(self, playing: bool) -> None:
        if not self._in_transaction:  # (a transaction says it once, at its end)
            self.sig_run_state_changed.emit(self.run_state)

    @Slot(str)
    def _on_player_failed(self, error: str) -> None:
        self.say(self.tr("Internal error while stepping: {error}").format(error=error), MessageLevel.WARNING)
