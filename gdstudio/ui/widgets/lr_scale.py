"""The η slider with its safe zone drawn in the groove: where plain gradient descent diverges
(η ≥ 2/λmax) shaded, a tick at its fastest steady η 2/(λmin + λmax), and the thumb at the current η.

The slider is logarithmic (position = log10 η × notches per decade); the marks sit where the thumb
would sit for those η, interpolated between notches, so the thumb touching the shade means exactly
η = 2/λmax."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QStylePainter

from gdstudio.core.curvature import Curvature
from gdstudio.i18n import translate
from gdstudio.ui.style import Look, fmt


class SafeZoneSlider(QSlider):
    def __init__(self, look: Look, steps_per_decade: int, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.look = look
        self.steps_per_decade = steps_per_decade
        self.divergent_from: float | None = None  # 2/λmax
        self.fastest: float | None = None          # 2/(λmin + λmax)

    def set_marks(self, divergent_from: float | None, fastest: float | None) -> None:
        """The η where divergence starts and the fastest steady η (None: not drawn)."""
        if (divergent_from, fastest) != (self.divergent_from, self.fastest):
            self.divergent_from, self.fastest = divergent_from, fastest
            self.update()

    # ------------------------------------------------------------------ geometry
    def _option(self) -> QStyleOptionSlider:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return option

    def _rect(self, part: QStyle.SubControl) -> QRectF:
        return QRectF(self.style().subControlRect(QStyle.ComplexControl.CC_Slider, self._option(), part, self))

    def x_of(self, lr: float) -> float:
        """The x (in the slider's own pixels) of the thumb's centre for this η, between notches too; beyond
        the ends, beyond the groove."""
        groove, handle = self._rect(QStyle.SubControl.SC_SliderGroove), self._rect(QStyle.SubControl.SC_SliderHandle)
        span = groove.width() - handle.width()
        position = math.log10(lr) * self.steps_per_decade
        fraction = (position - self.minimum()) / max(self.maximum() - self.minimum(), 1)
        return groove.left() + handle.width() / 2 + fraction * span

    def zone_rect(self) -> QRectF | None:
        """The shaded divergent range η ≥ 2/λmax within the groove (None when none of it is on the scale)."""
        if self.divergent_from is None:
            return None
        groove = self._rect(QStyle.SubControl.SC_SliderGroove)
        left = max(self.x_of(self.divergent_from), groove.left())
        if left >= groove.right():
            return None
        height = max(groove.height() * 1.6, self.height() * 0.6)
        return QRectF(left, self.height() / 2 - height / 2, groove.right() - left, height)

    def fastest_x(self) -> float | None:
        """The x of the fastest-steady-η tick (None when there is none or it is off the scale)."""
        if self.fastest is None:
            return None
        groove, x = self._rect(QStyle.SubControl.SC_SliderGroove), self.x_of(self.fastest)
        return x if groove.left() <= x <= groove.right() else None

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """The groove, the zone over it, the thumb (the current η stays visible in the zone), the tick on top."""
        painter = QStylePainter(self)
        option = self._option()
        option.subControls = QStyle.SubControl.SC_SliderGroove | QStyle.SubControl.SC_SliderTickmarks
        painter.drawComplexControl(QStyle.ComplexControl.CC_Slider, option)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        zone = self.zone_rect()
        if zone is not None:
            shade = QColor(self.look.vermillion)
            shade.setAlpha(150)
            painter.fillRect(zone, shade)
            painter.setPen(QPen(QColor(self.look.vermillion), self.look.widget_lw(2)))
            painter.drawLine(zone.topLeft(), zone.bottomLeft())
        option.subControls = QStyle.SubControl.SC_SliderHandle
        painter.drawComplexControl(QStyle.ComplexControl.CC_Slider, option)
        x = self.fastest_x()
        if x is not None:  # (over the thumb: η is often near it, and a hidden tick says nothing)
            painter.setPen(QPen(QColor(self.look.green), self.look.widget_lw(2.5)))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))


def safe_zone_texts(curvature: Curvature) -> tuple[str | None, str | None]:
    """The two numbers in words: (where divergence starts, the fastest steady η); None for one that does not
    exist (no data: neither; no unique optimum: no fastest η)."""
    diverges = None if curvature.divergent_from is None else translate(
        "SafeZone", "diverges from η ≥ 2/λmax = {value}").format(value=fmt(curvature.divergent_from, 3))
    fastest = None if curvature.fastest_steady is None else translate(
        "SafeZone", "fastest steady η = 2/(λmin + λmax) = {value}").format(value=fmt(curvature.fastest_steady, 3))
    return diverges, fastest


def plain_descent_note() -> str:
    return translate("SafeZone", "(both for plain gradient descent: momentum and adaptive methods move differently)")
