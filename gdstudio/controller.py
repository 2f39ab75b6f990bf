"""The controller: owns the session on the GUI thread and turns user intents into core calls.

Data flows one way: an intent (add point, step, play…) changes the session here, steps
are computed by the worker thread from frozen requests, replies are appended to the
runs' histories here, and the panels redraw from the controller's state — at most once
per frame, whatever the step rate.

A session has one run per optimizer: one for the lecture, up to four in a race. The
first run is the one the readout, the formula and the slices describe.
"""

from __future__ import annotations

import math
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import Problem, State, Stop, evaluate
from gdstudio.core.history import MAX_STATES, RunHistory
from gdstudio.core.model import ErrorSurface, LossForm
from gdstudio.core.sampling import Sampler
from gdstudio.core.schedules import Schedule
from gdstudio.core.standardize import Scaling, Standardize
from gdstudio.frame_clock import FRAME_MS, FrameClock
from gdstudio.run import MAX_RUNS, Run, divergence_message, finish_message, make_optimizer, suggested_lr
from gdstudio.view_options import GradientField, ViewOptions
from gdstudio.worker import StepReply, StepRequest, StepTask, WorkerThread

__all__ = ["Controller", "GradientField", "MessageLevel", "RunState", "ViewOptions", "suggested_lr"]

# Playing flat out, the worker computes while the GUI thread is idle between drawing one frame and
# the next (its Python loop holds the GIL: computing while the GUI draws slowed both). It gets the
# time left before the next frame, less FRAME_RESERVE_S for its overrun and for taking its reply.
FRAME_RESERVE_S = 0.002
MIN_CHUNK_S, MAX_CHUNK_S = 0.001, 0.006
STEP_BUDGET_S = 0.05  # per request for steps asked for while not playing
MAX_SPEED = math.inf         # "as fast as the machine allows"
HISTORY_LIMIT = MAX_STATES   # states kept per run (≈ 250 MB); playing stops there


class RunState(Enum):
    NO_DATA = "no_data"  # nothing to optimise: step and play are disabled
    IDLE = "idle"
    PLAYING = "playing"


class MessageLevel(Enum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"


@dataclass(frozen=True, eq=False)
class Snapshot:
    """Everything a person can edit and undo: the data and the model/optimizer settings."""

    data: DataSet
    lr: float
    loss_form: LossForm
    start: tuple[float, float]
    sampler: Sampler
    schedule: Schedule
    optimizers: tuple[str, ...]
    params: tuple  # ((key, ((name, value), …)), …), sorted, so snapshots compare by value
    standardize: Standardize = Standardize.OFF

    def __eq__(self, other) -> bool:
        return isinstance(other, Snapshot) and all(
            getattr(self, f) == getattr(other, f) for f in
            ("data", "lr", "loss_form", "start", "sampler", "schedule", "optimizers", "params", "standardize"))


class Controller(QObject):
    sig_data_changed = Signal()      # points or error function changed: surface must be redrawn
    sig_data_loaded = Signal()       # a whole new data set (file, preset, clear): views refit
    sig_history_changed = Signal()   # a run moved on or was reset: paths, lines, curves, readout
    sig_runs_changed = Signal()      # the set of runs (optimizers) changed
    sig_run_state_changed = Signal(object)  # RunState
    sig_settings_changed = Signal()  # η, speed, loss form, start, sampling, optimizer settings
    sig_message = Signal(str, object)       # text ("" clears), MessageLevel
    sig_view_changed = Signal()      # ViewOptions changed
    sig_hover_changed = Signal()     # the hovered data point or parameter-space position changed
    sig_request_steps = Signal(object)      # StepRequest, to the worker thread
    sig_edited = Signal(str, object, object)  # what, Snapshot before, Snapshot after (for undo)

    def __init__(self, data: DataSet | None = None, *, lr: float = 0.02, start=(2.5, 0.3),
                 loss_form: LossForm = LossForm.SUM, speed: float = 20.0, sampler: Sampler | None = None,
                 optimizers: tuple[str, ...] = ("gd",), optimizer_params: dict[str, dict] | None = None,
                 schedule: Schedule | None = None, standardize: Standardize = Standardize.OFF) -> None:
        super().__init__()
        self._data = data if data is not None else DataSet()
        self._form = LossForm(loss_form)
        self._standardize = Standardize(standardize)
        self._update_model()
        self._lr = float(lr)
        self._speed = float(speed)
        self._sampler = sampler or Sampler()
        self._schedule = schedule or Schedule()
        self._start = np.array(start, dtype=float)
        self._params: dict[str, dict] = {k: dict(v) for k, v in (optimizer_params or {}).items()}
        self._runs = [self._new_run(key) for key in optimizers[:MAX_RUNS]]
        self._playing = False
        self._generation = 0      # bumped by anything that makes in-flight work stale
        self._in_flight = False
        self._pending_steps = 0   # single steps asked for while not playing
        self._due = 0.0           # steps owed to the play clock
        self._last_tick = 0.0
        self.message = ("", MessageLevel.INFO)
        self.view = ViewOptions()
        self.hover_point = -1              # data point under the mouse (in either panel), or -1
        self.hover_w: np.ndarray | None = None  # parameter-space position under the mouse
        self._edit_depth = 0
        self._cursor: int | None = None  # the step being looked at while scrubbing; None = the newest

        self._workers = WorkerThread()
        self.sig_request_steps.connect(self._workers.worker.on_request)
        self._workers.worker.sig_reply.connect(self._on_worker_reply)

        self._play_clock = QTimer(self, interval=FRAME_MS, timerType=Qt.TimerType.PreciseTimer)
        self._play_clock.timeout.connect(self._on_play_clock_tick)
        self._frames = FrameClock(self)
        self._frames.sig_frame.connect(self.sig_history_changed)
        self._frames.sig_drawn.connect(self._on_frame_drawn)  # flat out, the next chunk goes then
        self._last_request = 0.0

    # ----------------------------------------------------------------- state
    @property
    def data(self) -> DataSet:
        return self._data

    @property
    def surface(self) -> ErrorSurface:
        """E over the model's parameters (on standardised data when standardising)."""
        return self._surface

    @property
    def model_data(self) -> DataSet:
        """The data the model is fitted to: the data itself, or standardised."""
        return self._model

    @property
    def standardize(self) -> Standardize:
        return self._standardize

    @property
    def scaling(self) -> Scaling:
        return self._scaling

    def line_w(self, w) -> np.ndarray:
        """The (w0, w1) of model parameters w as a line in the data's own units."""
        return self._scaling.to_original(w)

    def model_w(self, w) -> np.ndarray:
        """The model parameters of a line y = w0 + w1·x given in the data's own units."""
        return self._scaling.from_original(w)

    @property
    def runs(self) -> list[Run]:
        return self._runs

    @property
    def racing(self) -> bool:
        return len(self._runs) > 1

    @property
    def history(self) -> RunHistory:
        """The first run's history as shown (the one the readout, formula and slices describe):
        up to the scrubbed step while scrubbing."""
        return self.shown_history(0)

    def shown_history(self, run: int) -> RunHistory:
        history = self._runs[run].history
        return history if self._cursor is None else history.view(self._cursor + 1)

    @property
    def current(self) -> State:
        return self.history.state(-1)

    @property
    def cursor(self) -> int | None:
        """The step shown while scrubbing back in time, or None when showing the newest."""
        return self._cursor

    @property
    def max_step(self) -> int:
        """Steps taken by the longest run (the end of the timeline)."""
        return max(r.history.steps_taken for r in self._runs)

    @property
    def lr(self) -> float:
        return self._lr

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def start(self) -> np.ndarray:
        return self._start.copy()

    @property
    def sampler(self) -> Sampler:
        return self._sampler

    @property
    def schedule(self) -> Schedule:
        return self._schedule

    @property
    def loss_form(self) -> LossForm:
        return self._form

    def optimizer_params(self, key: str) -> dict:
        return dict(self._params.get(key, {}))

    @property
    def run_state(self) -> RunState:
        if not len(self._data):
            return RunState.NO_DATA
        return RunState.PLAYING if self._playing else RunState.IDLE

    @property
    def busy(self) -> bool:
        """True while steps are being computed or owed (tests wait on this)."""
        return self._in_flight or self._pending_steps > 0

    def lr_is_stable(self) -> bool:
        """Whether plain gradient descent with this η converges on this data (η < 2/λmax)."""
        return self._lr < self._surface.max_stable_lr()

    def current_lr(self) -> float:
        """η for the first run's next step (the schedule applied to the base η)."""
        return self._schedule.lr(self._lr, self.history.steps_taken)

    # ---------------------------------------------------------------- undoable edits
    def snapshot(self) -> Snapshot:
        params = tuple(sorted((k, tuple(sorted(v.items()))) for k, v in self._params.items()))
        return Snapshot(self._data, self._lr, self._form, (float(self._start[0]), float(self._start[1])),
                        self._sampler, self._schedule, tuple(r.key for r in self._runs), params, self._standardize)

    def restore(self, snap: Snapshot) -> None:
        """Go back (or forward) to a snapshot, as undo/redo and opening a session do.
        Not itself recorded as an edit."""
        self._edit_depth += 1
        try:
            self._params = {k: dict(v) for k, v in snap.params}
            for run in self._runs:
                run.optimizer = make_optimizer(run.key, **self._params.get(run.key, {}))
            self.set_sampler(snap.sampler)
            self.set_schedule(snap.schedule)
            self.set_lr(snap.lr)
            if snap.data != self._data:
                self.set_data(snap.data)
            self.set_standardize(snap.standardize)
            self.set_loss_form(snap.loss_form)
            self.set_optimizers(list(snap.optimizers))
            if tuple(self._start) != snap.start:
                self.set_start(*snap.start)
            self.sig_settings_changed.emit()
        finally:
            self._edit_depth -= 1

    @contextmanager
    def _edit(self, what: str):
        """Record the change made inside as one undoable edit (the outermost one only)."""
        before = self.snapshot() if self._edit_depth == 0 else None
        self._edit_depth += 1
        try:
            yield
        finally:
            self._edit_depth -= 1
        if before is not None:
            after = self.snapshot()
            if after != before:
                self.sig_edited.emit(what, before, after)

    # ---------------------------------------------------------------- data edits
    def set_data(self, data: DataSet) -> None:
        with self._edit("edit data"):
            self._set_data(data)

    def _set_data(self, data: DataSet) -> None:
        was = self.run_state
        self._continue_from_cursor()
        self._data = data
        self._update_model()
        for run in self._runs:
            h = run.history
            h.replace_last(evaluate(self._surface, h.w[-1], h.steps_taken))
        self._settings_touched()
        if not len(data):
            self._set_playing(False)
        self.sig_data_changed.emit()
        self._frames.request()
        if self.run_state is not was:
            self.sig_run_state_changed.emit(self.run_state)

    def _update_model(self) -> None:
        self._scaling = Scaling.of(self._data, self._standardize)
        self._model = self._scaling.apply(self._data)
        self._surface = ErrorSurface.from_data(self._model.x, self._model.y, self._form)

    def set_standardize(self, mode: Standardize) -> None:
        """Fit on standardised x (or x and y). The start stays the same line; the runs restart,
        since their parameters now mean something else."""
        with self._edit("standardise"):
            mode = Standardize(mode)
            if mode is self._standardize:
                return
            start_line = self.line_w(self._start)
            self._standardize = mode
            self._update_model()
            self._start = self.model_w(start_line)
            self.sig_data_changed.emit()
            self.sig_settings_changed.emit()
            self.reset()
            self.sig_data_loaded.emit()  # the parameter space is a new one: refit the views

    def load_data(self, data: DataSet) -> None:
        """Replace the whole data set (a file or preset); the views refit to it."""
        with self._edit("load data"):
            self.set_data(data)
            self.sig_data_loaded.emit()

    def add_point(self, x: float, y: float) -> None:
        with self._edit("add point"):
            if np.isfinite([x, y]).all():
                self.set_data(self._data.with_point(x, y))

    def move_point(self, index: int, x: float, y: float) -> None:
        with self._edit(f"move point {index + 1}"):
            if 0 <= index < len(self._data) and np.isfinite([x, y]).all():
                self.set_data(self._data.with_moved(index, x, y))

    def remove_point(self, index: int) -> None:
        with self._edit("remove point"):
            if 0 <= index < len(self._data):
                self.set_data(self._data.without(index))

    def clear_points(self) -> None:
        with self._edit("clear points"):
            self.set_data(self._data.cleared())
            self.say(self.tr("All points removed: click in the data panel to add new ones."))

    # ------------------------------------------------------------------ settings
    def set_lr(self, lr: float) -> None:
        """Change η; running runs go on from where they are with the new η."""
        with self._edit("learning rate"):
            if not (np.isfinite(lr) and lr > 0) or lr == self._lr:
                return
            self._lr = float(lr)
            self._settings_touched()
            self.sig_settings_changed.emit()

    def set_sampler(self, sampler: Sampler) -> None:
        """Batch, mini-batch or SGD; like η, a change applies from the next step on."""
        with self._edit("sampling"):
            if sampler != self._sampler:
                self._sampler = sampler
                self._settings_touched()
                self.sig_settings_changed.emit()

    def set_schedule(self, schedule: Schedule) -> None:
        """How η changes over the steps; applies from the next step on."""
        with self._edit("schedule"):
            if schedule != self._schedule:
                self._schedule = schedule
                self._settings_touched()
                self.sig_settings_changed.emit()

    def set_speed(self, steps_per_second: float) -> None:
        if steps_per_second > 0:
            self._speed = float(steps_per_second)
            self.sig_settings_changed.emit()

    def set_loss_form(self, form: LossForm) -> None:
        """Switch between ½Σ and ½(1/N)Σ; the runs restart, as their E values change meaning."""
        with self._edit("error function"):
            form = LossForm(form)
            if form is self._form:
                return
            self._form = form
            self._surface = self._surface.with_form(form)
            self.sig_data_changed.emit()
            self.sig_settings_changed.emit()
            self.reset()

    def set_start(self, w0: float, w1: float) -> None:
        with self._edit("start point"):
            if np.isfinite([w0, w1]).all():
                self._start = np.array([w0, w1], dtype=float)
                self.sig_settings_changed.emit()
                self.reset()

    def set_optimizers(self, keys: list[str]) -> None:
        """One optimizer (the lecture) or up to four distinct ones racing from the start; runs restart."""
        with self._edit("optimizers"):
            keys = list(dict.fromkeys(keys))[:MAX_RUNS]
            if not keys or keys == [r.key for r in self._runs]:
                return
            self._set_playing(False)
            self._cursor = None
            self._runs = [self._new_run(key) for key in keys]
            self._invalidate()
            self.sig_runs_changed.emit()
            self.sig_settings_changed.emit()
            self._frames.request()

    def set_optimizer_params(self, key: str, **params) -> bool:
        """Change an optimizer's hyperparameters (μ, β1, β2, ε…); runs go on with them.
        Invalid values are refused with a message (returns False)."""
        with self._edit(f"{key} settings"):
            merged = {**self._params.get(key, {}), **params}
            try:
                optimizer = make_optimizer(key, **merged)
            except (TypeError, ValueError) as exc:
                self.say(self.tr("Not applied: {error}").format(error=exc), MessageLevel.WARNING)
                return False
            self._params[key] = merged
            for run in self._runs:
                if run.key == key:
                    run.optimizer = optimizer
            self._settings_touched()
            self.sig_settings_changed.emit()
            return True

    def set_view(self, **changes) -> None:
        """Show or hide teaching layers, e.g. set_view(constraint_lines=True)."""
        view = replace(self.view, **changes)
        if view != self.view:
            self.view = view
            self.sig_view_changed.emit()

    def set_hover_point(self, index: int) -> None:
        """The data point under the mouse in either panel (-1: none); both panels highlight it."""
        if index != self.hover_point:
            self.hover_point = index
            self.sig_hover_changed.emit()

    def set_hover_w(self, w) -> None:
        """The parameter-space position under the mouse (None: none); the data panel previews its line."""
        w = None if w is None else np.array(w, dtype=float)
        if not _same(w, self.hover_w):
            self.hover_w = w
            self.sig_hover_changed.emit()

    # ------------------------------------------------------------------ time travel
    def scrub_to(self, step: int | None) -> None:
        """Show every panel as it was after `step` steps (None or the last step: the newest).
        Playing pauses; stepping or editing from there discards the later steps."""
        self._set_playing(False)
        self._pending_steps = 0
        cursor = None if step is None or step >= self.max_step else max(0, int(step))
        if cursor != self._cursor:
            self._cursor = cursor
            self._invalidate()
            self.sig_settings_changed.emit()  # panels that show η / the start read it again
            self._frames.request()

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
        self._invalidate()
        self._frames.request()

    # ------------------------------------------------------------------ running
    def step(self, count: int = 1) -> None:
        """Take `count` more steps (queued if steps are being computed right now)."""
        if self.run_state is RunState.NO_DATA:
            self.say(self.tr("Add data points first: click in the data panel."), MessageLevel.WARNING)
            return
        self._set_playing(False)
        self._continue_from_cursor()
        if not self._runs_to_step(playing=False):
            self.say(self._all_diverged_message(), MessageLevel.WARNING)
            return
        self.say("")
        self._pending_steps += count
        self._pump()

    def play(self) -> None:
        if self.run_state is not RunState.IDLE:
            return
        self._continue_from_cursor()
        if max(len(r.history) for r in self._runs) >= HISTORY_LIMIT:
            self.say(self.tr("This run is very long already: press Reset to start a new one."), MessageLevel.WARNING)
            return
        for run in self._runs:  # a converged run may move again (after an edit, or to show it stays)
            if run.stop is Stop.CONVERGED:
                run.stop = Stop.NONE
        if not self._runs_to_step(playing=True):
            self.say(self._all_diverged_message(), MessageLevel.WARNING)
            return
        self._pending_steps = 0
        self.say("")
        self._set_playing(True)

    def pause(self) -> None:
        self._set_playing(False)

    def toggle_play(self) -> None:
        self.pause() if self._playing else self.play()

    def reset(self) -> None:
        """Back to the start w with empty histories; playing stops."""
        self._set_playing(False)
        self._pending_steps = 0
        self._cursor = None
        for run in self._runs:
            run.restart(self._surface, self._start)
        self._invalidate()
        self.say("")
        self._frames.request()

    def shutdown(self) -> None:
        """Stop playing and the worker thread (request → quit → wait); safe to call twice."""
        self._set_playing(False)
        self._pending_steps = 0
        self._play_clock.stop()
        self._frames.stop()
        self._workers.stop()

    # ------------------------------------------------------------------ internals
    def _new_run(self, key: str) -> Run:
        return Run.start(key, make_optimizer(key, **self._params.get(key, {})), self._surface, self._start)

    def _settings_touched(self) -> None:
        """Data or a setting changed: every run may move again, with the new settings
        (from the scrubbed step, if scrubbing)."""
        self._continue_from_cursor()
        for run in self._runs:
            run.stop = Stop.NONE
        self._invalidate()

    def _invalidate(self) -> None:
        self._generation += 1
        self._workers.worker.latest_generation = self._generation
        self._in_flight = False  # a stale reply will be dropped when it arrives
        self._due = 0.0
        self._pump()  # single steps still owed go out with the new settings

    def _set_playing(self, playing: bool) -> None:
        playing = playing and len(self._data) > 0
        if playing == self._playing:
            return
        self._playing = playing
        self._invalidate()
        if playing:
            self._last_tick = time.perf_counter()
            self._due = 1.0  # the first step comes at once, not a tick later
            self._play_clock.start()
            self._pump()
        else:
            self._play_clock.stop()
        self.sig_run_state_changed.emit(self.run_state)

    def _runs_to_step(self, playing: bool) -> list[int]:
        """Runs that can take steps: never a diverged one; when playing, not a converged one."""
        return [i for i, r in enumerate(self._runs)
                if r.stop is Stop.NONE or (not playing and r.stop is Stop.CONVERGED)]

    def _problem(self, run: Run) -> Problem:
        return Problem(self._surface, self._lr, self._model.x, self._model.y, self._sampler, run.optimizer,
                       self._schedule)

    def _pump(self) -> None:
        """Send the next request to the worker if one is owed and none is out."""
        if self._in_flight or not len(self._data):
            return
        if self._playing:
            n = 1_000_000 if self._speed == MAX_SPEED else int(self._due)
            n = min(n, HISTORY_LIMIT - max(len(r.history) for r in self._runs))
            budget, converge_stop = self._flat_out_budget(), True
        else:
            # Single steps (Step, or step(n) for a screenshot) also come in bounded slices: no
            # request may keep the worker, and the GIL, for long; the rest follows at once.
            n, budget, converge_stop = self._pending_steps, STEP_BUDGET_S, False
        indices = self._runs_to_step(self._playing)
        if n <= 0 or not indices:
            return
        tasks = tuple(StepTask(i, self._problem(self._runs[i]), self._runs[i].history.state(-1)) for i in indices)
        self._in_flight = True
        self._last_request = time.perf_counter()
        self.sig_request_steps.emit(StepRequest(self._generation, tasks, n, budget, converge_stop))

    @Slot()
    def _on_play_clock_tick(self) -> None:
        now = time.perf_counter()
        if self._speed == MAX_SPEED:
            # (Requests go out when a frame is drawn; this is only the safety net should none come.)
            if now - self._last_request > 0.1:
                self._on_frame_drawn()
            return
        # Owe steps for the time that passed, but never build a backlog beyond ~0.1 s.
        self._due = min(self._due + self._speed * (now - self._last_tick), max(1.0, self._speed * 0.1))
        self._last_tick = now
        if not self._frames.pending:  # (else they go once that frame is drawn)
            self._pump()

    @Slot()
    def _on_frame_drawn(self) -> None:
        """While playing, the steps owed go now, unless a chunk is out or a reply waits for its frame:
        computing while the GUI paints would slow both (they share the GIL)."""
        if self._playing and not self._in_flight and not self._frames.pending:
            self._pump()

    def _flat_out_budget(self) -> float:
        return min(max(self._frames.time_left() - FRAME_RESERVE_S, MIN_CHUNK_S), MAX_CHUNK_S)

    @Slot(object)
    def _on_worker_reply(self, reply: StepReply) -> None:
        if reply.generation != self._generation:
            return  # computed for data, η or runs that no longer exist
        self._in_flight = False
        if reply.error is not None:
            self._set_playing(False)
            self._pending_steps = 0
            self.say(self.tr("Internal error while stepping: {error}").format(error=reply.error), MessageLevel.WARNING)
            return
        taken = 0
        for index, chunk in reply.chunks:
            run = self._runs[index]
            run.history.extend(chunk)
            taken = max(taken, len(chunk))
            if chunk.stop is Stop.DIVERGED:
                run.stop = Stop.DIVERGED
                self.say(divergence_message(run, self._lr, self._surface, self.racing), MessageLevel.WARNING)
            elif chunk.stop is Stop.CONVERGED and self._playing:
                run.stop = Stop.CONVERGED
        if self._playing:
            self._due = max(0.0, self._due - taken)
        else:
            self._pending_steps = max(0, self._pending_steps - taken)
        if taken:
            self._frames.request()
        self._after_steps()
        if not self._playing:  # (playing, the next chunk waits until this one's frame is drawn)
            self._pump()

    def _after_steps(self) -> None:
        """Stop playing when no run can go on, and say how it ended."""
        if not self._runs_to_step(self._playing):
            self._pending_steps = 0
            self._set_playing(False)
            if any(r.stop is Stop.CONVERGED for r in self._runs):
                diverged = [r for r in self._runs if r.stop is Stop.DIVERGED]
                level = MessageLevel.WARNING if diverged and not self.racing else MessageLevel.SUCCESS
                self.say(finish_message(self._runs), level)
        elif self._playing and max(len(r.history) for r in self._runs) >= HISTORY_LIMIT:
            self._set_playing(False)
            self.say(self.tr("Stopped after {steps} steps: press Reset to start a new run.").format(
                steps=f"{HISTORY_LIMIT:,}"), MessageLevel.WARNING)

    def _all_diverged_message(self) -> str:
        if len(self._runs) == 1:
            return self.tr("{message} Then Reset.").format(
                message=divergence_message(self._runs[0], self._lr, self._surface, racing=False))
        return self.tr("Every run has diverged: lower η, then Reset.")

    def say(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        if (text, level) != self.message:
            self.message = (text, level)
            self.sig_message.emit(text, level)

    def flush_frame(self) -> None:
        """Redraw now (for screenshots and tests that must not wait for the next beat)."""
        self._frames.flush()


def _same(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and np.array_equal(a, b))
