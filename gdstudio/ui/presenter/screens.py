"""Which screen is the projector, and how big the projector window should draw: pure rules over
anything with `geometry()` (QScreen in the app, small stand-ins in the tests)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QRect

from gdstudio.ui.style import SCALES


class HasGeometry(Protocol):
    def geometry(self) -> QRect: ...


ScreenT = TypeVar("ScreenT", bound=HasGeometry)

# The projector window's size (style.SCALES, percent) per 100 % of this many logical pixels of
# screen height: 100 % on a 1024×768 projector, 125 % at 1920×1080, 150 % at 1920×1200.
PROJECTOR_BASE_HEIGHT = 768


def projector_screen(screens: Sequence[ScreenT], primary: ScreenT | None) -> ScreenT | None:
    """The screen the class sees: never the primary screen (the laptop's own, where the operating system
    puts its menus and task bar); among the others the largest (by area in logical pixels, so a 4K monitor
    beats a 1024×768 projector, and the first listed wins a tie). None with a single screen: there is no
    projector, only the laptop (or a mirrored display, which is the same thing to us).

    When no primary screen is known (or it is not among `screens`), the first screen counts as the laptop's.
    The teacher can swap the two (Presenter.swap) when the system made the projector primary."""
    if len(screens) < 2:
        return None
    laptop = primary if primary is not None and any(s is primary for s in screens) else screens[0]
    others = [s for s in screens if s is not laptop]
    return max(others, key=lambda s: s.geometry().width() * s.geometry().height())  # (max keeps the first of ties)


def laptop_screen(screens: Sequence[ScreenT], primary: ScreenT | None, projector: ScreenT | None) -> ScreenT | None:
    """The teacher's screen: the primary one unless it is the projector, else the first other screen."""
    if primary is not None and primary is not projector and any(s is primary for s in screens):
        return primary
    return next((s for s in screens if s is not projector), None)


def projector_scale(height: int) -> float:
    """The projector window's size for a screen `height` logical pixels high: the largest of SCALES at most
    height / PROJECTOR_BASE_HEIGHT, and never below 100 % (the projector theme is big already)."""
    wanted = 100 * height / PROJECTOR_BASE_HEIGHT
    return max([100] + [s for s in SCALES if s <= wanted + 1e-9]) / 100
