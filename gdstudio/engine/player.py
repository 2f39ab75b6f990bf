"""The Player: paces the steps — the play clock, the frame clock and the worker protocol.

It holds no Document and no runs: the owner (the Controller) says which tasks can step and
takes the chunks that come back. Each request carries a generation number; `invalidate()`
(an edit, a reset, a pause) bumps it, so a stale reply is dropped and pause or reset act
within a frame.

Playing flat out, the worker computes while the GUI thread is idle between drawing one frame
and the next (its Python loop holds the GIL: computing while the GUI draws slowed both). It
gets the time left before the next frame, less FRAME_RESERVE_S for its overrun and for taking
its reply. At any speed, owed steps are asked for once the last frame has been drawn.
"""

from __future__ import annotations

import math
import time
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from gdstudio.core.history import MAX_STATES
from gdstudio.engine.frame_clock import FRAME_MS, FrameClock
from gdstudio.engine.worker import StepReply, StepRequest, StepTask, WorkerThread

FRAME_RESERVE_S = 0.002
MIN_CHUNK_S, MAX_CHUNK_S = 0.001, 0.006
STEP_BUDGET_S = 0.05  # per request for steps asked for while not playing
MAX_SPEED = math.inf         # "as fast as the machine allows"
HISTORY_LIMIT = MAX_STATES   # states kept per run (≈ 250 MB); playing stops there
FLAT_OUT_CHUNK = 1_000_000   # steps asked for flat out: the time budget ends the chunk first


class Stepping(Protocol):
    """What the Player needs of its owner."""

    def step_tasks(self, playing: bool) -> tuple[StepTask, ...]: ...   # empty: nothing can step
    def longest_history(self) -> int: ...
    def take_reply(self, reply: StepReply, playing: bool) -> int: ...  # appends; returns the steps taken
    # (a sampling race counts batch steps: N points' worth for every run; see worker.run_by_points)
    def after_steps(self) -> None: ...


class Player(QObject):
    sig_frame = Signal()                  # redraw now (at most once per display frame)
    sig_playing_changed = Signal(bool)
    sig_failed = Signal(str)              # the worker raised: the error's text
    sig_request_steps = Signal(object)    # StepRequest, to the worker thread

    def __init__(self, owner: Stepping, speed: float = 20.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._owner = owner
        self.speed = float(speed)
        self.playing = False
        self._generation = 0      # bumped by anything that makes in-flight work stale
        self._in_flight = False
        self._pending_steps = 0   # single steps asked for while not playing
        self._due = 0.0           # steps owed to the play clock
        self._last_tick = 0.0
        self._last_request = 0.0

        self._workers = WorkerThread()
        self.sig_request_steps.connect(self._workers.worker.on_request)
        self._workers.worker.sig_reply.connect(self._on_worker_reply)
        self._play_clock = QTimer(self, interval=FRAME_MS, timerType=Qt.TimerType.PreciseTimer)
        self._play_clock.timeout.connect(self._on_play_clock_tick)
        self.frames = FrameClock(self)
        self.frames.sig_frame.connect(self.sig_frame)
        self.frames.sig_drawn.connect(self._on_frame_drawn)  # flat out, the next chunk goes then

    @property
    def busy(self) -> bool:
        """True while steps are being computed or owed (tests wait on this)."""
        return self._in_flight or self._pending_steps > 0

    def step(self, count: int) -> None:
        self.set_playing(False)
        self._pending_steps += count
        self.pump()

    def cancel_steps(self) -> None:
        self._pending_steps = 0

    def set_playing(self, playing: bool) -> None:
        if playing == self.playing:
            return
        self.playing = playing
        self.invalidate()
        if playing:
            self._pending_steps = 0
            self._last_tick = time.perf_counter()
            self._due = 1.0  # the first step comes at once, not a tick later
            self._play_clock.start()
            self.pump()
        else:
            self._play_clock.stop()
        self.sig_playing_changed.emit(playing)

    def invalidate(self) -> None:
        """What is being computed no longer counts (its reply will be dropped)."""
        self._generation += 1
        self._workers.worker.latest_generation = self._generation
        self._in_flight = False
        self._due = 0.0
        self.pump()  # single steps still owed go out with the new settings

    def pump(self) -> None:
        """Send the next request to the worker if one is owed and none is out."""
        if self._in_flight:
            return
        if self.playing:
            n = FLAT_OUT_CHUNK if self.speed == MAX_SPEED else int(self._due)
            n = min(n, HISTORY_LIMIT - self._owner.longest_history())
            budget, converge_stop = self._flat_out_budget(), True
        else:
            # Single steps (Step, or step(n) for a screenshot) also come in bounded slices: no
            # request may keep the worker, and the GIL, for long; the rest follows at once.
            n, budget, converge_stop = self._pending_steps, STEP_BUDGET_S, False
        if n <= 0:
            return
        tasks = self._owner.step_tasks(self.playing)
        if not tasks:
            return
        self._in_flight = True
        self._last_request = time.perf_counter()
        self.sig_request_steps.emit(StepRequest(self._generation, tasks, n, budget, converge_stop))

    def shutdown(self) -> None:
        """Stop playing and the worker thread (request → quit → wait); safe to call twice."""
        self.set_playing(False)
        self._pending_steps = 0
        self._play_clock.stop()
        self.frames.stop()
        self._workers.stop()

    @Slot()
    def _on_play_clock_tick(self) -> None:
        now = time.perf_counter()
        if self.speed == MAX_SPEED:
            # (Requests go out when a frame is drawn; this is only the safety net should none come.)
            if now - self._last_request > 0.1:
                self._on_frame_drawn()
            return
        # Owe steps for the time that passed, but never build a backlog beyond ~0.1 s.
        self._due = min(self._due + self.speed * (now - self._last_tick), max(1.0, self.speed * 0.1))
        self._last_tick = now
        if not self.frames.pending:  # (else they go once that frame is drawn)
            self.pump()

    @Slot()
    def _on_frame_drawn(self) -> None:
        """While playing, the steps owed go now, unless a chunk is out or a reply waits for its frame:
        computing while the GUI paints would slow both (they share the GIL)."""
        if self.playing and not self._in_flight and not self.frames.pending:
            self.pump()

    def _flat_out_budget(self) -> float:
        return min(max(self.frames.time_left() - FRAME_RESERVE_S, MIN_CHUNK_S), MAX_CHUNK_S)

    @Slot(object)
    def _on_worker_reply(self, reply: StepReply) -> None:
        if reply.generation != self._generation:
            return  # computed for data, η or runs that no longer exist
        self._in_flight = False
        if reply.error is not None:
            self.set_playing(False)
            self._pending_steps = 0
            self.sig_failed.emit(reply.error)
            return
        taken = self._owner.take_reply(reply, self.playing)
        # (A sampling race's SGD may use less than one batch step's points in a frame: drawn all the same.)
        moved = taken > 0 or any(len(chunk) for _, chunk in reply.chunks)
        if self.playing:
            self._due = max(0.0, self._due - taken)
        else:  # (no step at all: asking again would give the same, for ever)
            self._pending_steps = max(0, self._pending_steps - taken) if moved else 0
        if moved:
            self.frames.request()
        self._owner.after_steps()
        if not self.playing:  # (playing, the next chunk waits until this one's frame is drawn)
            self.pump()
