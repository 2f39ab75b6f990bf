"""The presenter's elapsed time: since the presenter view started (or since Reset), told once a second."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot


def elapsed_text(seconds: float) -> str:
    """'0:00' … '59:59', then '1:00:00': whole seconds, as a lecture clock shows them."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ElapsedClock(QObject):
    """Counts from start() (or reset()) on `clock` (time.monotonic: sleep-proof, never jumps back) and
    emits the text once a second while running. stop() stops its timer; start() again goes on from 0."""

    sig_tick = Signal(str)

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._started: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def elapsed(self) -> float:
        """Seconds since start or reset (0 when not started)."""
        return 0.0 if self._started is None else self._clock() - self._started

    def text(self) -> str:
        return elapsed_text(self.elapsed())

    def start(self) -> None:
        self._started = self._clock()
        self._timer.start()
        self.sig_tick.emit(self.text())

    @Slot()
    def reset(self) -> None:
        """Count from 0 again (and keep running if it was)."""
        if self._started is not None:
            self._started = self._clock()
            if self._timer.isActive():
                self._timer.start()  # (the next tick a whole second from now)
        self.sig_tick.emit(self.text())

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.sig_tick.emit(self.text())
