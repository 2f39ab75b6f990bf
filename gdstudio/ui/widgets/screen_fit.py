"""Keeping a top-level widget (a dialog) whole on the screen it opens on: no larger than the space the
screen leaves free (task bars and docks excluded), and moved inside it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget


def free_area(widget: QWidget) -> QRect:
    """The available geometry of the screen `widget` is on (a dialog not shown yet: its parent's)."""
    parent = widget.parentWidget()
    screen = widget.screen() if widget.isVisible() or parent is None else parent.window().screen()
    return screen.availableGeometry()


def largest_size(widget: QWidget, frame: QSize | None = None) -> QSize:
    """The largest size `widget` may have on its screen, given the `frame` (title bar, border) around it."""
    free = free_area(widget)
    frame = frame or QSize(0, 0)
    return QSize(free.width() - frame.width(), free.height() - frame.height())


def keep_on_screen(widget: QWidget) -> None:
    """Shrink `widget` to the screen's free area if it is larger, then move it inside (call it once shown,
    when its frame is known)."""
    free = free_area(widget)
    frame = widget.frameGeometry()
    extra = QSize(frame.width() - widget.width(), frame.height() - widget.height())
    most = largest_size(widget, extra)
    size = widget.size().boundedTo(most)
    if size != widget.size():
        widget.resize(size)
    frame = widget.frameGeometry()
    x = min(max(frame.x(), free.left()), free.right() + 1 - frame.width())
    y = min(max(frame.y(), free.top()), free.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, free.left()), max(y, free.top()))
