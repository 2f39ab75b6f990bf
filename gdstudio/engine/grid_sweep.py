"""Grid search's sweep: one `GridSearch` swept by a timer at a watchable pace, on the GUI thread.

What happens when the data change during or after a sweep is described in ui/grid_search.py.
"""

from __future__ import annotations

import math
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gdstudio.core.grid_search import GridSearch, GridSpec
from gdstudio.engine.controller import Controller
from gdstudio.engine.frame_clock import FRAME_MS

TICK_MS = 100                  # one sweep step per 100 ms: smooth enough, and slow enough to watch
DEFAULT_SWEEP_S = 10.0         # a whole sweep, whatever the grid size: 100 rows of 100 cells at one row per tick


class SweepState(Enum):
    READY = "ready"          # nothing searched (or results discarded)
    SWEEPING = "sweeping"
    DONE = "done"
    CANCELLED = "cancelled"  # stopped part way; the partial result stays on screen


class GridSearchRun(QObject):
    """A sweep of the grid paced by a timer, on the GUI thread (a tick costs well under a millisecond)."""

    sig_progress = Signal()              # more cells evaluated: at most once per tick (and once on skip/redo)
    sig_finished = Signal()              # the last cell is evaluated
    sig_state_changed = Signal(object)   # SweepState

    def __init__(self, controller: Controller, spec: GridSpec | None = None, *,
                 sweep_seconds: float = DEFAULT_SWEEP_S, tick_ms: int = TICK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._spec = spec if spec is not None else GridSpec()
        self._sweep_seconds = float(sweep_seconds)
        self._search: GridSearch | None = None
        self._state = SweepState.READY
        self._timer = QTimer(self, interval=int(tick_ms))
        self._timer.timeout.connect(self._on_timer_tick)
        self._redo = QTimer(self, singleShot=True, interval=FRAME_MS)  # coalesces data edits after a sweep
        self._redo.timeout.connect(self._on_redo_timeout)
        controller.sig_data_changed.connect(self._on_controller_data_changed)

    # ------------------------------------------------------------------ state
    @property
    def state(self) -> SweepState:
        return self._state

    @property
    def search(self) -> GridSearch | None:
        """The sweep on screen (None when READY)."""
        return self._search

    @property
    def spec(self) -> GridSpec:
        return self._spec

    @property
    def is_running(self) -> bool:
        """True while any of this run's timers is active."""
        return self._timer.isActive() or self._redo.isActive()

    @property
    def tick_ms(self) -> int:
        return self._timer.interval()

    @property
    def sweep_seconds(self) -> float:
        return self._sweep_seconds

    @property
    def cells_per_tick(self) -> int:
        """Cells evaluated per tick so that a whole sweep takes about `sweep_seconds`."""
        ticks = max(1.0, self._sweep_seconds * 1000.0 / self.tick_ms)
        return max(1, math.ceil(self._spec.points / ticks))

    def set_sweep_seconds(self, seconds: float) -> None:
        """The pace: about how long a whole sweep takes (a sweep under way speeds up or slows down)."""
        if math.isfinite(seconds) and seconds > 0:
            self._sweep_seconds = float(seconds)

    def set_tick_ms(self, ms: int) -> None:
        """How often the sweep moves on (and sig_progress fires); the sweep time stays the same."""
        if ms >= 1:
            self._timer.setInterval(int(ms))

    def set_spec(self, spec: GridSpec) -> None:
        """A new grid; a sweep under way restarts on it, a finished or cancelled one is discarded."""
        if spec == self._spec:
            return
        self._spec = spec
        if self._state is SweepState.SWEEPING:
            self.start()
        else:
            self.clear()

    # ------------------------------------------------------------------ intents
    def start(self, spec: GridSpec | None = None) -> bool:
        """Sweep from the first cell; False (and nothing happens) without data."""
        if spec is not None:
            self._spec = spec
        self._redo.stop()
        if not self.controller.surface.n:
            self.clear()
            return False
        self._search = GridSearch(self.controller.surface, self._spec)
        self._set_state(SweepState.SWEEPING)
        self._timer.start()
        return True

    def skip_to_end(self) -> None:
        """Evaluate every remaining cell now (a whole sweep at once if none is on screen)."""
        if self._state is SweepState.DONE:
            return
        if self._search is None and not self.start():
            return
        assert self._search is not None  # (start() made one)
        self._timer.stop()
        self._search.finish()
        self.sig_progress.emit()
        self._finish()

    def cancel(self) -> None:
        """Stop at once; whatever was evaluated stays on screen. Safe at any moment, and twice."""
        self._timer.stop()
        if self._redo.isActive():  # the finished result on screen is of data that has changed
            self.clear()
        elif self._state is SweepState.SWEEPING:
            self._set_state(SweepState.CANCELLED)

    def clear(self) -> None:
        """Stop and forget the results (the overlay then shows only the grid's rectangle)."""
        self._timer.stop()
        self._redo.stop()
        self._search = None
        self._set_state(SweepState.READY, force=True)

    # ------------------------------------------------------------------ internals
    def _set_state(self, state: SweepState, force: bool = False) -> None:
        if state is not self._state or force:
            self._state = state
            self.sig_state_changed.emit(state)

    def _finish(self) -> None:
        self._timer.stop()
        self._set_state(SweepState.DONE, force=True)
        self.sig_finished.emit()

    @Slot()
    def _on_timer_tick(self) -> None:
        search = self._search
        if self._state is not SweepState.SWEEPING or search is None:
            self._timer.stop()
            return
        search.advance(self.cells_per_tick)
        self.sig_progress.emit()
        # A slot of sig_progress may have cancelled or restarted the sweep: finish only this one.
        if self._search is search and self._state is SweepState.SWEEPING and search.is_done:
            self._finish()

    @Slot()
    def _on_controller_data_changed(self) -> None:
        if self._state is SweepState.READY:
            return
        if not self.controller.surface.n:
            self.clear()
        elif self._state is SweepState.SWEEPING:
            self.start()
        elif self._state is SweepState.DONE:
            self._redo.start()
        else:  # CANCELLED: a partial search of data that is gone
            self.clear()

    @Slot()
    def _on_redo_timeout(self) -> None:
        if self._state is not SweepState.DONE or not self.controller.surface.n:
            return
        self._search = GridSearch(self.controller.surface, self._spec)
        self._search.finish()
        self.sig_progress.emit()
        self._finish()
