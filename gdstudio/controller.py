"""The controller: owns the session on the GUI thread and turns user intents into core calls.

Data flows one way: an intent (add point, step, play…) changes the session here, steps
are computed by the worker thread from frozen requests, replies are appended to the
history here, and the panels redraw from the controller's state — at most once per
frame, whatever the step rate.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from enum import Enum

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import Problem, State, Stop, evaluate
from gdstudio.core.history import RunHistory
from gdstudio.core.model import ErrorSurface, LossForm
from gdstudio.core.sampling import Sampler
from gdstudio.worker import StepReply, StepRequest, WorkerThread

FRAME_MS = 16                # one display frame at ~60 Hz
FRAME_BUDGET_S = 0.010       # work the worker may do per request when playing flat out
MAX_SPEED = math.inf         # "as fast as the machine allows"
HISTORY_LIMIT = 2_000_000    # states kept per run (≈ 80 MB); playing stops there


class RunState(Enum):
    NO_DATA = "no_data"  # nothing to optimise: step and play are disabled
    IDLE = "idle"
    PLAYING = "playing"


class MessageLevel(Enum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"


class GradientField(str, Enum):
    OFF = "off"
    DESCENT = "descent"  # −∇E: the way the optimizer goes
    ASCENT = "ascent"    # ∇E: the way E rises fastest


@dataclass(frozen=True)
class ViewOptions:
    """Which teaching layers are shown; every panel reads them, the session stores them."""

    constraint_lines: bool = False   # each point (xᵢ, yᵢ) as the line w0 + w1·xᵢ = yᵢ in parameter space
    squared_residuals: bool = False  # residuals drawn as squares: their total area is 2E
    gradient_field: GradientField = GradientField.OFF
    slice_cuts: bool = False         # the two cut lines of the derivative slices on the surface

    def __post_init__(self) -> None:  # Qt item data hands enums back as plain strings
        object.__setattr__(self, "gradient_field", GradientField(self.gradient_field))


class Controller(QObject):
    sig_data_changed = Signal()      # points or error function changed: surface must be redrawn
    sig_data_loaded = Signal()       # a whole new data set (file, preset, clear): views refit
    sig_history_changed = Signal()   # the run moved on or was reset: path, line, curve, readout
    sig_run_state_changed = Signal(object)  # RunState
    sig_settings_changed = Signal()  # η, speed, loss form, start
    sig_message = Signal(str, object)       # text ("" clears), MessageLevel
    sig_view_changed = Signal()      # ViewOptions changed
    sig_hover_changed = Signal()     # the hovered data point or parameter-space position changed
    sig_request_steps = Signal(object)      # StepRequest, to the worker thread

    def __init__(self, data: DataSet | None = None, *, lr: float = 0.02, start=(2.5, 0.3),
                 loss_form: LossForm = LossForm.SUM, speed: float = 20.0, sampler: Sampler | None = None) -> None:
        super().__init__()
        self._data = data if data is not None else DataSet()
        self._form = LossForm(loss_form)
        self._surface = ErrorSurface.from_data(self._data.x, self._data.y, self._form)
        self._lr = float(lr)
        self._speed = float(speed)
        self._sampler = sampler or Sampler()
        self._start = np.array(start, dtype=float)
        self._history = RunHistory(evaluate(self._surface, self._start))
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

        self._workers = WorkerThread()
        self.sig_request_steps.connect(self._workers.worker.on_request)
        self._workers.worker.sig_reply.connect(self._on_worker_reply)

        self._play_clock = QTimer(self, interval=FRAME_MS)
        self._play_clock.timeout.connect(self._on_play_clock_tick)
        self._frame = QTimer(self, singleShot=True)
        self._frame.timeout.connect(self._on_frame)
        self._last_frame = 0.0

    # ----------------------------------------------------------------- state
    @property
    def data(self) -> DataSet:
        return self._data

    @property
    def surface(self) -> ErrorSurface:
        return self._surface

    @property
    def history(self) -> RunHistory:
        return self._history

    @property
    def current(self) -> State:
        return self._history.state(-1)

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
    def loss_form(self) -> LossForm:
        return self._form

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
        return self._lr < self._surface.max_stable_lr()

    # ---------------------------------------------------------------- data edits
    def set_data(self, data: DataSet) -> None:
        was = self.run_state
        self._data = data
        self._surface = ErrorSurface.from_data(data.x, data.y, self._form)
        self._history.replace_last(evaluate(self._surface, self.current.w, self._history.steps_taken))
        self._invalidate()
        if not len(data):
            self._set_playing(False)
        self.sig_data_changed.emit()
        self._schedule_frame()
        if self.run_state is not was:
            self.sig_run_state_changed.emit(self.run_state)

    def load_data(self, data: DataSet) -> None:
        """Replace the whole data set (a file or preset); the views refit to it."""
        self.set_data(data)
        self.sig_data_loaded.emit()

    def add_point(self, x: float, y: float) -> None:
        if np.isfinite([x, y]).all():
            self.set_data(self._data.with_point(x, y))

    def move_point(self, index: int, x: float, y: float) -> None:
        if 0 <= index < len(self._data) and np.isfinite([x, y]).all():
            self.set_data(self._data.with_moved(index, x, y))

    def remove_point(self, index: int) -> None:
        if 0 <= index < len(self._data):
            self.set_data(self._data.without(index))

    def clear_points(self) -> None:
        self.set_data(self._data.cleared())
        self.say("All points removed: click in the data panel to add new ones.")

    # ------------------------------------------------------------------ settings
    def set_lr(self, lr: float) -> None:
        """Change η; a running run goes on from where it is with the new η."""
        if not (np.isfinite(lr) and lr > 0) or lr == self._lr:
            return
        self._lr = float(lr)
        self._invalidate()
        self.sig_settings_changed.emit()

    def set_sampler(self, sampler: Sampler) -> None:
        """Batch, mini-batch or SGD; like η, a change applies from the next step on."""
        if sampler != self._sampler:
            self._sampler = sampler
            self._invalidate()
            self.sig_settings_changed.emit()

    def set_speed(self, steps_per_second: float) -> None:
        if steps_per_second > 0:
            self._speed = float(steps_per_second)
            self.sig_settings_changed.emit()

    def set_loss_form(self, form: LossForm) -> None:
        """Switch between ½Σ and ½(1/N)Σ; the run restarts, as its E values change meaning."""
        form = LossForm(form)
        if form is self._form:
            return
        self._form = form
        self._surface = self._surface.with_form(form)
        self.sig_data_changed.emit()
        self.sig_settings_changed.emit()
        self.reset()

    def set_start(self, w0: float, w1: float) -> None:
        if np.isfinite([w0, w1]).all():
            self._start = np.array([w0, w1], dtype=float)
            self.sig_settings_changed.emit()
            self.reset()

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

    # ------------------------------------------------------------------ running
    def step(self, count: int = 1) -> None:
        """Take `count` more steps (queued if steps are being computed right now)."""
        if self.run_state is RunState.NO_DATA:
            self.say("Add data points first: click in the data panel.", MessageLevel.WARNING)
            return
        self._set_playing(False)
        self.say("")
        self._pending_steps += count
        self._pump()

    def play(self) -> None:
        if self.run_state is not RunState.IDLE:
            return
        if len(self._history) >= HISTORY_LIMIT:
            self.say("This run is very long already: press Reset to start a new one.", MessageLevel.WARNING)
            return
        self._pending_steps = 0
        self.say("")
        self._set_playing(True)

    def pause(self) -> None:
        self._set_playing(False)

    def toggle_play(self) -> None:
        self.pause() if self._playing else self.play()

    def reset(self) -> None:
        """Back to the start w with an empty history; playing stops."""
        self._set_playing(False)
        self._pending_steps = 0
        self._history = RunHistory(evaluate(self._surface, self._start))
        self._invalidate()
        self.say("")
        self._schedule_frame()

    def shutdown(self) -> None:
        """Stop playing and the worker thread (request → quit → wait); safe to call twice."""
        self._set_playing(False)
        self._pending_steps = 0
        self._play_clock.stop()
        self._frame.stop()
        self._workers.stop()

    # ------------------------------------------------------------------ internals
    def _invalidate(self) -> None:
        self._generation += 1
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

    def _problem(self) -> Problem:
        return Problem(self._surface, self._lr, self._data.x, self._data.y, self._sampler)

    def _pump(self) -> None:
        """Send the next request to the worker if one is owed and none is out."""
        if self._in_flight or not len(self._data):
            return
        if self._playing:
            if self._speed == MAX_SPEED:
                n, budget = 1_000_000, FRAME_BUDGET_S
            else:
                n, budget = int(self._due), FRAME_BUDGET_S
            n = min(n, HISTORY_LIMIT - len(self._history))
            converge_stop = True
        else:
            n, budget, converge_stop = self._pending_steps, None, False
        if n <= 0:
            return
        self._in_flight = True
        self.sig_request_steps.emit(
            StepRequest(self._generation, self._problem(), self.current, n, budget, converge_stop))

    @Slot()
    def _on_play_clock_tick(self) -> None:
        now = time.perf_counter()
        if self._speed != MAX_SPEED:
            # Owe steps for the time that passed, but never build a backlog beyond ~0.1 s.
            self._due = min(self._due + self._speed * (now - self._last_tick), max(1.0, self._speed * 0.1))
        self._last_tick = now
        self._pump()

    @Slot(object)
    def _on_worker_reply(self, reply: StepReply) -> None:
        if reply.generation != self._generation:
            return  # computed for data, η or a run that no longer exists
        self._in_flight = False
        if reply.error is not None:
            self._set_playing(False)
            self._pending_steps = 0
            self.say(f"Internal error while stepping: {reply.error}", MessageLevel.WARNING)
            return
        chunk = reply.chunk
        self._history.extend(chunk)
        if self._playing:
            self._due = max(0.0, self._due - len(chunk))
        else:
            self._pending_steps = max(0, self._pending_steps - len(chunk))
        if len(chunk):
            self._schedule_frame()
        if chunk.stop is Stop.DIVERGED:
            self._pending_steps = 0
            self._set_playing(False)
            self.say(self._divergence_message(), MessageLevel.WARNING)
        elif chunk.stop is Stop.CONVERGED and self._playing:
            self._set_playing(False)
            w = self.current.w
            self.say(f"Converged after {self._history.steps_taken} steps: ∇E ≈ 0 at "
                      f"w = ({w[0]:.4g}, {w[1]:.4g}), the least-squares optimum.", MessageLevel.SUCCESS)
        elif self._playing and len(self._history) >= HISTORY_LIMIT:
            self._set_playing(False)
            self.say(f"Stopped after {HISTORY_LIMIT:,} steps: press Reset to start a new run.",
                      MessageLevel.WARNING)
        self._pump()

    def _divergence_message(self) -> str:
        bound = self._surface.max_stable_lr()
        return (f"Diverged at step {self._history.steps_taken + 1}: the learning rate η = {self._lr:.3g} is too "
                f"large for this data, so every step overshoots further. Gradient descent converges only for "
                f"η < 2/λmax = {bound:.3g}: try η ≤ {suggested_lr(bound):.3g}, then Reset.")

    def say(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        if (text, level) != self.message:
            self.message = (text, level)
            self.sig_message.emit(text, level)

    def _schedule_frame(self) -> None:
        """Redraw soon, but never more than once per frame."""
        if not self._frame.isActive():
            wait = FRAME_MS - (time.perf_counter() - self._last_frame) * 1000
            self._frame.start(max(0, int(wait)))

    def flush_frame(self) -> None:
        """Redraw now (for screenshots and tests that must not wait for the frame timer)."""
        self._frame.stop()
        self._on_frame()

    @Slot()
    def _on_frame(self) -> None:
        self._last_frame = time.perf_counter()
        self.sig_history_changed.emit()


def _same(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and np.array_equal(a, b))


def suggested_lr(bound: float) -> float:
    """A round learning rate safely below the stability bound (for messages and hints)."""
    if not np.isfinite(bound):
        return 1.0
    target = 0.9 * bound
    exponent = math.floor(math.log10(target))
    for mantissa in (5, 2, 1):
        if mantissa * 10**exponent <= target:
            return mantissa * 10**exponent
    return 10**exponent
