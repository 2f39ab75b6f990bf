"""When to redraw: at most once per display frame, on a steady beat.

The controller asks for a frame whenever something changed (`request`); the clock emits
`sig_frame` at the next beat, and `sig_drawn` once the paint events that frame caused have
been handled (a zero timer fires after the events already queued). Playing flat out, the
controller gives the worker the time left before the next beat (`time_left`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

FRAME_MS = 16  # one display frame at ~60 Hz


def next_beat(due: float, now: float, period: float) -> float:
    """The beat after a frame drawn at `now` that was due at `due`: one period after `due` while that
    is still ahead, so that a frame that came a little late does not push the next ones back (the
    lateness would add up: 62.5 frames a second became 55); else, after a pause, a period from now."""
    beat = due + period
    return beat if now < beat <= now + period else now + period


class FrameClock(QObject):
    sig_frame = Signal()  # draw now
    sig_drawn = Signal()  # the frame has been painted

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.perf_counter) -> None:
        super().__init__(parent)
        self._clock = clock
        self._period = FRAME_MS / 1000
        self._due = 0.0  # when the next frame may come
        self._timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.flush)
        self._drawn = QTimer(self, singleShot=True, interval=0)
        self._drawn.timeout.connect(self.sig_drawn)

    @property
    def pending(self) -> bool:
        """A frame has been asked for and not drawn yet."""
        return self._timer.isActive()

    def request(self) -> None:
        """Draw at the next beat (once, however often this is called before it)."""
        if not self._timer.isActive():
            wait_ms = (self._due - self._clock()) * 1000
            self._timer.start(max(0, math.ceil(wait_ms)))  # (never early: one frame per beat at most)

    def time_left(self) -> float:
        """Seconds until the next frame may come (negative when it is overdue)."""
        return self._due - self._clock()

    @Slot()
    def flush(self) -> None:
        """Draw now (also for screenshots and tests that must not wait for the beat)."""
        self._timer.stop()
        self._due = next_beat(self._due, self._clock(), self._period)
        self.sig_frame.emit()
        self._drawn.start()

    def stop(self) -> None:
        self._timer.stop()
        self._drawn.stop()
