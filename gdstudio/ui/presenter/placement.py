"""Putting a window on a screen: full screen there, or as it was inside the screen's free area."""

from __future__ import annotations

from PySide6.QtGui import QScreen


def describe(screen: QScreen) -> str:
    size = screen.geometry().size()
    return f"{screen.name() or '—'} {size.width()}×{size.height()}"


def put_on(window, screen: QScreen | None, *, full_screen: bool) -> None:
    """Move `window` onto `screen`: full screen there, or as it was (maximised or not) inside its free area."""
    if screen is None:
        return
    if window.isVisible() and window.screen() is screen and window.isFullScreen() == full_screen:
        return
    maximised = window.isMaximized() and not full_screen
    if window.isFullScreen() or window.isMaximized():
        window.showNormal()  # (a full-screen or maximised window moves to another screen only as a normal one)
    window.setScreen(screen)
    if full_screen:
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        return
    free = screen.availableGeometry()
    if not free.contains(window.frameGeometry().center()):
        window.move(free.topLeft())
    window.show()
    window.classroom.fit_to_screen()
    if maximised:
        window.showMaximized()
