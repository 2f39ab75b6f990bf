"""A live picture of the projector window on the teacher's screen.

Grabbing a window paints all of it once more (≈ a frame's painting), so it is done on a slow timer,
at most twice a second and only while the picture can be seen: never once per frame."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_INTERVAL_S = 0.5  # 2 Hz at most


class ProjectorThumbnail(QLabel):
    """The projector window (`set_source`), scaled to this label's width with its own aspect ratio."""

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._source: QWidget | None = None
        self._last_grab = -math.inf
        self.grabs = 0  # how many times the projector window was grabbed (the tests count them)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFrameShape(QLabel.Shape.Box)
        self._timer = QTimer(self)
        self._timer.setInterval(int(MIN_INTERVAL_S * 1000))
        self._timer.timeout.connect(self.refresh)

    @property
    def source(self) -> QWidget | None:
        return self._source

    @property
    def polling(self) -> bool:
        """Whether the grab timer is running (only with a source, while shown)."""
        return self._timer.isActive()

    def set_source(self, widget: QWidget | None) -> None:
        """Show `widget` (the projector window), or nothing (None)."""
        self._source = widget
        self.clear()
        self._last_grab = -math.inf
        self._update_timer()
        self.refresh()

    def stop(self) -> None:
        self.set_source(None)

    def _update_timer(self) -> None:
        if self._source is not None and self.isVisible():
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt naming)
        source = self._source
        if source is None or source.width() <= 0:
            return width * 9 // 16
        return round(width * source.height() / source.width())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(260, self.heightForWidth(260))

    @Slot()
    def refresh(self) -> bool:
        """Grab the source again if it is shown, this picture is seen, and the last grab is at least
        MIN_INTERVAL_S old. True if it grabbed."""
        source = self._source
        if source is None or not source.isVisible() or not self.isVisible() or self.window().isMinimized():
            return False
        now = self._clock()
        if now - self._last_grab < MIN_INTERVAL_S:
            return False
        self._last_grab = now
        self.grabs += 1
        picture = source.grab()
        ratio = self.devicePixelRatioF()
        box = self.contentsRect().size() * ratio
        scaled = picture.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        self.setPixmap(scaled)
        return True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._update_timer()
        QTimer.singleShot(0, self.refresh)  # (once laid out: the picture takes the label's size)

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self._update_timer()
