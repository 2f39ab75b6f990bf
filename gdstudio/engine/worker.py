"""The step worker: a QObject living on its own QThread that turns requests into chunks.

It holds no session state. Each request carries everything the steps need (frozen), and
each reply carries the request's generation, so the controller can drop replies that an
edit, a reset or a pause has made stale. Requests are small (at most one frame of work),
so pause, step and reset are always answered within a frame.
"""

from __future__ import annotations

import sys
import traceback
import weakref
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from gdstudio.core.descent import Chunk, Problem, State, Stop, descend, is_plain_batch_descent
from gdstudio.core.history import MAX_STATES
from gdstudio.engine.garbage import GuiGarbageCollector


@dataclass(frozen=True)
class StepTask:
    run: int          # which run (index in the controller's list) these steps are for
    problem: Problem
    start: State
    by_points: bool = False  # a sampling race: runs advance to equal data points used, not equal steps


@dataclass(frozen=True)
class StepRequest:
    generation: int
    tasks: tuple[StepTask, ...]
    max_steps: int
    time_budget: float | None  # seconds; None = do all max_steps
    stop_at_convergence: bool


@dataclass(frozen=True)
class StepReply:
    generation: int
    chunks: tuple[tuple[int, Chunk], ...]  # (run, chunk)
    error: str | None = None


def run_tasks(request: StepRequest) -> tuple[tuple[int, Chunk], ...]:
    """All runs advance in lockstep: the first one still going sets, within its share of the
    time budget, how many steps the others take, so a race stays fair at any speed. The
    slowest kind of step goes first (plain gradient descent has a fast path), so the others
    finish within their shares too. A sampling race keeps equal points instead (run_by_points)."""
    if any(t.by_points for t in request.tasks):
        return run_by_points(request)
    chunks, lockstep = [], None
    tasks = sorted(request.tasks, key=lambda t: is_plain_batch_descent(t.problem))
    share = None if request.time_budget is None else request.time_budget / len(tasks)
    for task in tasks:
        steps = request.max_steps if lockstep is None else lockstep
        budget = share if lockstep is None else None
        chunk = descend(task.problem, task.start, steps, budget, request.stop_at_convergence)
        if lockstep is None and chunk.stop is Stop.NONE:
            lockstep = len(chunk)
        chunks.append((task.run, chunk))
    return tuple(chunks)


def run_by_points(request: StepRequest) -> tuple[tuple[int, Chunk], ...]:
    """A sampling race: every run advances to the same number of data points used, so E is compared
    at equal work. `max_steps` counts batch steps, N points each: the budget grows to the next
    multiples of N (where every sampling has used exactly that many points). The run with the
    smallest batches (SGD: N steps for one batch step) leads, within the time budget, which can
    end it mid-way (at N = 100,000 a frame holds a few hundred SGD steps); the others then take
    as many steps as fit in the points it reached."""
    tasks = sorted(request.tasks, key=lambda t: t.problem.sampler.size(t.problem.surface.n))
    n = tasks[0].problem.surface.n
    lead = tasks[0]
    sampler, at = lead.problem.sampler, lead.start.step
    target = (int(sampler.points_used(at, n)) // max(n, 1) + request.max_steps) * n
    steps = max(0, min(sampler.steps_within(target, n) - at, MAX_STATES - 1 - at))
    per_pass = [t.problem.sampler.steps_per_epoch(n) for t in tasks]
    share = None if request.time_budget is None else request.time_budget * per_pass[0] / sum(per_pass)
    chunk = descend(lead.problem, lead.start, steps, share, request.stop_at_convergence)
    reached = int(sampler.points_used(at + len(chunk), n))
    chunks = [(lead.run, chunk)]
    for task in tasks[1:]:
        at = task.start.step
        steps = max(0, min(task.problem.sampler.steps_within(reached, n) - at, MAX_STATES - 1 - at))
        chunks.append((task.run, descend(task.problem, task.start, steps, None, request.stop_at_convergence)))
    return tuple(chunks)


class StepWorker(QObject):
    sig_reply = Signal(object)  # StepReply

    def __init__(self) -> None:
        super().__init__()
        # The newest generation the controller has issued (an int written by the GUI thread, read
        # here): requests made stale while they waited in the queue are skipped, not computed,
        # so quick edits or pauses can never pile up work for this thread.
        self.latest_generation = 0

    @Slot(object)
    def on_request(self, request: StepRequest) -> None:
        if request.generation < self.latest_generation:
            return  # the controller no longer waits for it
        try:
            self.sig_reply.emit(StepReply(request.generation, run_tasks(request)))
        except Exception as exc:  # never let a bug kill the thread silently
            traceback.print_exc()
            self.sig_reply.emit(StepReply(request.generation, (), f"{type(exc).__name__}: {exc}"))


class WorkerThread:
    """Owns the QThread and the worker on it; `stop()` is request → quit → wait, never terminate."""

    live: weakref.WeakSet[WorkerThread] = weakref.WeakSet()  # so tests can prove every thread stopped

    def __init__(self) -> None:
        WorkerThread.live.add(self)
        GuiGarbageCollector.install()  # (no collection may run on the worker thread)
        # The worker's Python loop and the GUI's painting share the GIL; hand it over every
        # 0.5 ms instead of 5 ms so a frame is not kept waiting while a chunk runs.
        sys.setswitchinterval(0.0005)
        self.thread = QThread()
        self.thread.setObjectName("gdstudio-steps")
        self.worker = StepWorker()
        self.worker.moveToThread(self.thread)
        self.thread.start()

    def stop(self, deadline_ms: int = 3000) -> bool:
        if self.thread.isRunning():
            self.thread.quit()
            if not self.thread.wait(deadline_ms):
                return False
        return True
