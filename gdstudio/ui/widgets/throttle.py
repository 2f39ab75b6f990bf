"""Call a slot at most every `interval_ms`, always finishing with the newest state.

Text-heavy panels (readout, formula, slices) need not redraw 60 times a second while
playing: a person cannot read that fast, and relayouting labels costs frame time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Slot


class Throttle(QObject):
    def __init__(self, slot: Callable[[], None], interval_ms: int = 100, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slot = slot
        self._interval = interval_ms / 1000
        self._last = 0.0
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._fire)

    @Slot()
    def __call__(self) -> None:
        wait = self._last + self._interval - time.perf_counter()
        if wait <= 0:
            self._fire()
        elif not self._timer.isActive():
            self._timer.start(int(wait * 1000) + 1)

    @Slot()
    def _fire(self) -> None:
        self._timer.stop()
        self._last = time.perf_counter()
        self._slot()

    @property
    def pending(self) -> bool:
        """Whether a call is waiting for its turn."""
        return self._timer.isActive()

    def flush(self) -> None:
        """Run a pending call now (tests, screenshots)."""
        if self._timer.isActive():
            self._fire()


class LazyRefresh(QObject):
    """Refresh `widget` through `slot` only while it is on screen (a hidden tab catches up
    when shown), and at most every `interval_ms` while `busy()` (e.g. while playing)."""

    def __init__(self, widget, slot: Callable[[], None], busy: Callable[[], bool], interval_ms: int = 100) -> None:
        super().__init__(widget)
        self._widget, self._slot, self._busy = widget, slot, busy
        self._dirty = False
        self._throttle = Throttle(self._refresh, interval_ms, self)
        widget.installEventFilter(self)

    @Slot()
    def __call__(self) -> None:
        if not self._widget.isVisible():
            self._dirty = True
        elif self._busy():
            self._throttle()
        else:
            self._refresh()

    def _refresh(self) -> None:
        self._dirty = False
        self._slot()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self._dirty:
            QTimer.singleShot(0, self._refresh)
        return False


def lazy_refresh(widget, slot: Callable[[], None], controller) -> Callable[[], None]:
    """A LazyRefresh that throttles while the controller is playing, as a bound slot: connected to a
    controller signal, it is disconnected by Qt when the widget (its parent) is destroyed."""
    from gdstudio.engine.controller import RunState

    return LazyRefresh(widget, slot, lambda: controller.run_state is RunState.PLAYING).__call__
