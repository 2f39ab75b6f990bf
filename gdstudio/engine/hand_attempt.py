"""The attempt by hand as view state: the w the teacher dragged through (core/hand_trace.py), shown
beside the optimizer's curve and path. Like all view state it is never saved and never undone.

When it is cleared (the Controller decides, in one place): a new data set, a session or a lecture
scene (a fresh run) starts a new attempt; Reset, undo, η and sampling keep it; editing points,
the error form or standardisation keeps the same lines and gives them their E on the new fit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gdstudio.core.hand_trace import HandTrace
from gdstudio.core.model import ErrorSurface
from gdstudio.core.standardize import Scaling


class HandAttempt(QObject):
    sig_changed = Signal()  # a sample added, E recomputed, or the attempt cleared or brought back

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.trace = HandTrace()

    def record(self, w, surface: ErrorSurface, scaling: Scaling) -> None:
        """w was reached by hand (a drag): one more sample, unless it is the last one again."""
        trace = self.trace.with_sample(w, surface, scaling)
        if trace is not self.trace:
            self._set(trace)

    def refit(self, surface: ErrorSurface, scaling: Scaling) -> None:
        """The data or the error changed: the same lines, with their E on the new surface (no data: none)."""
        if len(self.trace):
            self._set(self.trace.refit(surface, scaling) if surface.n else HandTrace())

    def clear(self) -> None:
        if len(self.trace):
            self._set(HandTrace())

    def restore(self, trace: HandTrace) -> None:
        """Bring back an attempt kept earlier (the lecture's back key)."""
        if trace is not self.trace:
            self._set(trace)

    def _set(self, trace: HandTrace) -> None:
        self.trace = trace
        self.sig_changed.emit()
