"""The step h of a secant, on one compact row: a ▶ button that shrinks h, and a log-scale slider.

The slider's position runs from 0 (the largest h) to STEPS (the smallest); what h that is, is the
caller's business (core.derivative.h_fraction). Shrinking is a QTimer in the GUI thread owned by
this row, so it stops with it when the panel is rebuilt or closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSlider, QWidget

STEPS = 250           # slider positions from the largest h to the smallest
TICK_MS = 30          # while shrinking: one move every this many ms …
PER_TICK = 2          # … of this many positions (≈ 4 s from the largest h to the smallest)


class StepSizeRow(QWidget):
    sig_changed = Signal()  # the position moved (by hand or while shrinking)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton()
        self.button.setCheckable(True)
        self.button.setToolTip(self.tr("Shrink h step by step down to the smallest: watch the average rate of "
                                       "change approach the derivative at the point"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, STEPS)
        self.slider.setValue(0)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.setMinimumWidth(40)
        self.slider.setToolTip(self.tr("h, the step of the secant (on a log scale): to the right, smaller"))
        name = QLabel(self.tr("h"))
        name.setToolTip(self.slider.toolTip())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.button)
        layout.addWidget(name)
        layout.addWidget(self.slider, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.advance)
        self.button.toggled.connect(self._on_button_toggled)
        self.slider.valueChanged.connect(self.sig_changed)
        self._label_button()

    @property
    def position(self) -> float:
        """0 at the largest h, 1 at the smallest."""
        return self.slider.value() / STEPS

    @property
    def shrinking(self) -> bool:
        return self.timer.isActive()

    def start_shrinking(self) -> None:
        self.button.setChecked(True)

    def stop(self) -> None:
        self.button.setChecked(False)

    @Slot(bool)
    def _on_button_toggled(self, on: bool) -> None:
        if on:
            if self.slider.value() >= STEPS:  # at the end already: again from the largest h
                self.slider.setValue(0)
            self.timer.start()
        else:
            self.timer.stop()
        self._label_button()

    @Slot()
    def advance(self) -> None:
        """One tick of shrinking: a smaller h, and a stop at the smallest."""
        self.slider.setValue(min(STEPS, self.slider.value() + PER_TICK))
        if self.slider.value() >= STEPS:
            self.stop()

    def _label_button(self) -> None:
        self.button.setText(self.tr("■ Stop") if self.button.isChecked() else self.tr("▶ h → 0"))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # As wide as its wider text, so the slider does not jump when the text changes.
        metrics = self.button.fontMetrics()
        wider = max(metrics.horizontalAdvance(t) for t in (self.tr("■ Stop"), self.tr("▶ h → 0")))
        self.button.setMinimumWidth(int(wider + metrics.horizontalAdvance("M")))
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if "button" in self.__dict__:  # (not while being destroyed: the Python side is gone already)
            self.stop()  # (no animation behind another tab)
        super().hideEvent(event)
