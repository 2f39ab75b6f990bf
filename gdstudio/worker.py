"""The step worker: a QObject living on its own QThread that turns requests into chunks.

It holds no session state. Each request carries everything the steps need (frozen), and
each reply carries the request's generation, so the controller can drop replies that an
edit, a reset or a pause has made stale. Requests are small (at most one frame of work),
so pause, step and reset are always answered within a frame.
"""

from __future__ import annotations

import traceback
import weakref
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from gdstudio.core.descent import Chunk, Problem, State, descend


@dataclass(frozen=True)
class StepRequest:
    generation: int
    problem: Problem
    start: State
    max_steps: int
    time_budget: float | None  # seconds; None = do all max_steps
    stop_at_convergence: bool


@dataclass(frozen=True)
class StepReply:
    generation: int
    chunk: Chunk | None
    error: str | None = None


class StepWorker(QObject):
    sig_reply = Signal(object)  # StepReply

    @Slot(object)
    def on_request(self, request: StepRequest) -> None:
        try:
            chunk = descend(request.problem, request.start, request.max_steps,
                            request.time_budget, request.stop_at_convergence)
            self.sig_reply.emit(StepReply(request.generation, chunk))
        except Exception as exc:  # never let a bug kill the thread silently
            traceback.print_exc()
            self.sig_reply.emit(StepReply(request.generation, None, f"{type(exc).__name__}: {exc}"))


class WorkerThread:
    """Owns the QThread and the worker on it; `stop()` is request → quit → wait, never terminate."""

    live: weakref.WeakSet[WorkerThread] = weakref.WeakSet()  # so tests can prove every thread stopped

    def __init__(self) -> None:
        WorkerThread.live.add(self)
        self.thread = QThread()
        self.thread.setObjectName("gdstudio-steps")
        self.worker = StepWorker()
        self.worker.moveToThread(self.thread)
        self.thread.start()

    def stop(self, deadline_ms: int = 3000) -> bool:
        if not self.thread.isRunning():
            return True
        self.thread.quit()
        return self.thread.wait(deadline_ms)
