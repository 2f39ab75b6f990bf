"""A live picture of the projector window on the teacher's screen.

Where the platform can copy a window's pixels as they are on screen (QScreen.grabWindow: X11, Windows,
the offscreen platform), that is what it does: ≈ 1 ms. Elsewhere (macOS asks for a screen-recording
permission, Wayland has no such copy) it falls back to QWidget.grab, which paints the whole window once
more: ≈ 40 ms for 1024×768, 70–85 ms for 1920×1080 on a slow 2-core machine. Either way it is done on a
slow timer, at most twice a second and only while the picture can be seen: never once per frame."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_INTERVAL_S = 0.5  # 2 Hz at most
COPIES_SCREEN = ("offscreen", "xcb", "windows")  # platforms whose grabWindow copies the window's pixels


class ProjectorThumbnail(QLabel):
    """The projector window (`set_source`), scaled to this label's width with its own aspect ratio."""

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._source: QWidget | None = None
        self._last_grab = -math.inf
        self.grabs = 0  # how many times the projector window was grabbed (the tests count them)
        self.copies_screen = QGuiApplication.platformName() in COPIES_SCREEN
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
        picture = self._picture(source)
        ratio = self.devicePixelRatioF()
        box = self.contentsRect().size() * ratio
        scaled = picture.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        self.setPixmap(scaled)
        return True

    def _picture(self, source: QWidget) -> QPixmap:
        """The source window as it is on screen: its pixels copied if the platform can, else painted again."""
        if self.copies_screen and source.windowHandle() is not None:
            ratio = source.devicePixelRatioF()
            copy = source.screen().grabWindow(source.winId())
            if not copy.isNull() and abs(copy.width() - source.width() * ratio) <= 1:
                return copy
        return source.grab()  # (also while the window is not yet on screen at its size)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._update_timer()
        QTimer.singleShot(0, self, self.refresh)  # (once laid out: the picture takes the label's size)

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self._update_timer()
