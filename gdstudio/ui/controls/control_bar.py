"""The control bar: Play/Pause, Step, Reset, learning rate η and speed.

Buttons take their icon, text and enabled state from one table keyed by the run state.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from gdstudio.core.limits import MAX_LR, MIN_LR
from gdstudio.engine.controller import MAX_SPEED, Controller, MessageLevel, RunState
from gdstudio.i18n import translate
from gdstudio.ui import style as S
from gdstudio.ui.style import fmt, typed_number
from gdstudio.ui.widgets.flow_layout import FlowLayout, group
from gdstudio.ui.widgets.icons import look_icon, set_button_icon
from gdstudio.ui.widgets.lr_scale import SafeZoneSlider, plain_descent_note, safe_zone_texts

# η slider: 10 positions per decade from 1e-10 to 10, rounded to two significant digits.
LR_DECADES = (-10, 1)
LR_STEPS_PER_DECADE = 10
SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, MAX_SPEED)  # steps per second



def buttons() -> dict[RunState, tuple[str, str, bool, bool]]:
    """Run state → (play button icon, its text, step enabled, play enabled), in the current language."""
    play = translate("ControlBar", "Play")
    return {
        RunState.NO_DATA: ("play", play, False, False),
        RunState.IDLE: ("play", play, True, True),
        RunState.PLAYING: ("pause", translate("ControlBar", "Pause"), True, True),
    }


def lr_from_slider(position: int) -> float:
    return float(f"{10 ** (position / LR_STEPS_PER_DECADE):.2g}")


def slider_from_lr(lr: float) -> int:
    return round(math.log10(lr) * LR_STEPS_PER_DECADE)


def speed_text(speed: float) -> str:
    if speed == MAX_SPEED:
        return translate("ControlBar", "max")
    return translate("ControlBar", "{speed}/s").format(speed=f"{speed:g}")


def nearest_speed_index(speed: float) -> int:
    if speed == MAX_SPEED:
        return len(SPEEDS) - 1
    return min(range(len(SPEEDS) - 1), key=lambda i: abs(math.log(SPEEDS[i] / speed)))


class ControlBar(QWidget):
    def __init__(self, controller: Controller, look: S.Look, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.look = look

        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Step: one gradient-descent update, w ← w − η ∇E(w)  (S or →)"))
        self.play_button = QPushButton()
        self._play_tip = self.tr("Keep stepping at the chosen speed; stops by itself on convergence or divergence "
                                 "(Space)")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back (← or PageUp): every panel as it was one step earlier. "
                                            "Stepping or playing from there discards the later steps."))
        self.back_button.clicked.connect(controller.step_back)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Reset: back to the start point; the run's history is cleared (R)"))
        self.step_button.clicked.connect(lambda: controller.step())
        self.play_button.clicked.connect(controller.toggle_play)
        self.reset_button.clicked.connect(controller.reset)
        for button, icon in ((self.step_button, "step"), (self.back_button, "back"), (self.reset_button, "reset")):
            set_button_icon(button, icon, look)
        self._play_icons = {name: look_icon(name, look)[0] for name in ("play", "pause")}
        self.play_button.setIconSize(look_icon("play", look)[1])
        for b in (self.step_button, self.reset_button):
            b.setMinimumWidth(80)
        self.back_button.setMinimumWidth(70)
        self.play_button.setMinimumWidth(max(80, self._widest_play_label()))  # Play ↔ Pause never moves the row

        self.lr_slider = SafeZoneSlider(look, LR_STEPS_PER_DECADE)
        self.lr_slider.setRange(LR_DECADES[0] * LR_STEPS_PER_DECADE, LR_DECADES[1] * LR_STEPS_PER_DECADE)
        self.lr_slider.setMinimumWidth(100)
        self._lr_slider_tip = self.tr("Learning rate η on a log scale: each notch ×1.26, each 10 notches ×10")
        self.lr_slider.setToolTip(self._lr_slider_tip)
        self.lr_slider.valueChanged.connect(self._on_lr_slider_moved)
        self.lr_edit = QLineEdit()
        self.lr_edit.setMaximumWidth(90)
        self.lr_edit.setToolTip(self._lr_tip())
        self.lr_edit.editingFinished.connect(self._on_lr_edited)

        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setMinimumWidth(70)
        self.speed_slider.setToolTip(self.tr("Steps per second while playing (max: as fast as this computer can)"))
        self.speed_slider.valueChanged.connect(lambda i: controller.set_speed(SPEEDS[i]))
        self.speed_label = QLabel()
        self.speed_label.setMinimumWidth(44)

        self.lr_slider.setMinimumWidth(int(self.look.px(110)))
        self.speed_slider.setMinimumWidth(int(self.look.px(90)))
        # The rest of the settings (the second row, the speed, the panels' layer switches) fold away behind
        # this button when the window is small for its text (see controls/drawer.py).
        self.more_button = QPushButton(self.tr("More"))
        self.more_button.setCheckable(True)
        self.more_button.setToolTip(self.tr("Show or hide the other settings: error, sampling, optimizer, speed "
                                            "and the panels' layer switches"))
        # The menu bar folds into this button when the window is short for its text (see MainWindow.compact).
        self.menu_button = QPushButton(self.tr("Menu"))
        self.menu_button.setToolTip(self.tr("The menus: File, Edit, Run, Lecture, View, Help (the menu bar folds "
                                            "into this button when the window is small for its text)"))
        self.menu_button.setVisible(False)
        self.transport = group(self.play_button, self.back_button, self.step_button, self.reset_button)
        self._lr_name = self.tr("Learning rate η")
        self.lr_label = QLabel(self._lr_name)
        self.lr_label.setToolTip(self._lr_name)
        self.lr_group = group(self.lr_label, self.lr_slider, self.lr_edit)
        self.speed_group = group(QLabel(self.tr("Speed")), self.speed_slider, self.speed_label)
        self._labels = {self.step_button: self.step_button.text(), self.back_button: self.back_button.text(),
                        self.reset_button: self.reset_button.text()}
        self.icons_only = False
        row = FlowLayout(self, spacing=12)  # wraps onto a second row rather than clip at 1024 px / 200 %
        row.setContentsMargins(6, 4, 6, 4)
        for item in (self.transport, self.lr_group, self.speed_group, self.more_button, self.menu_button):
            row.addWidget(item)

        controller.sig_run_state_changed.connect(self._on_run_state_changed)
        controller.sig_settings_changed.connect(self._on_settings_changed)
        controller.sig_data_changed.connect(self._update_safe_zone)
        controller.sig_runs_changed.connect(self._update_safe_zone)
        self._on_settings_changed()
        self._on_run_state_changed(controller.run_state)

    def set_icons_only(self, on: bool) -> None:
        """The transport buttons as icons alone and η without its name (the names stay in the tooltips),
        when the row would otherwise wrap: play, back, step, reset and η then share one row at 1024 px and
        200 %."""
        if on == self.icons_only:
            return
        self.icons_only = on
        self.lr_label.setText("η" if on else self._lr_name)  # (the symbol alone, as on the blackboard)
        for button, text in self._labels.items():
            button.setText("" if on else text)
            button.setMinimumWidth(0 if on else (70 if button is self.back_button else 80))
        self.play_button.setMinimumWidth(0)
        self.play_button.setMinimumWidth(self._widest_play_label() if on else max(80, self._widest_play_label()))
        self._on_run_state_changed(self.controller.run_state)

    def fits_with_labels(self, width: int) -> bool:
        """Whether the transport buttons with their names, η and the rest of the row fit in one row `width` wide."""
        was = self.icons_only
        self.set_icons_only(False)
        shown = [w for w in (self.transport, self.lr_group, self.speed_group, self.more_button, self.menu_button)
                 if not w.isHidden()]
        need = sum(w.sizeHint().width() for w in shown) + 12 * (len(shown) - 1) + 12
        self.set_icons_only(was)
        return need <= width

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self.set_icons_only(not self.fits_with_labels(event.size().width()))

    def _lr_tip(self) -> str:
        return self.tr("Type an exact learning rate, e.g. 0.02 or 3e-7, then press Enter")

    def _widest_play_label(self) -> int:
        """The play button's width for the widest of its labels (Play, Pause) in this language and size."""
        widths = []
        for icon, text, _, _ in buttons().values():
            self.play_button.setIcon(self._play_icons[icon])
            self.play_button.setText("" if getattr(self, "icons_only", False) else text)
            widths.append(self.play_button.sizeHint().width())
        return max(widths)

    @Slot(object)
    def _on_run_state_changed(self, state: RunState) -> None:
        icon, text, step_on, play_on = buttons()[state]
        self.play_button.setIcon(self._play_icons[icon])
        self.play_button.setText("" if self.icons_only else text)
        self.play_button.setToolTip(f"{text}: {self._play_tip}")
        self.step_button.setEnabled(step_on)
        self.back_button.setEnabled(step_on)
        self.play_button.setEnabled(play_on)

    @Slot()
    def _on_settings_changed(self) -> None:
        c = self.controller
        if not self.lr_edit.hasFocus():
            self.lr_edit.setText(fmt(c.lr, 6))
        self.lr_slider.blockSignals(True)
        self.lr_slider.setValue(slider_from_lr(c.lr))
        self.lr_slider.blockSignals(False)
        index = nearest_speed_index(c.speed)
        self.speed_slider.blockSignals(True)
        self.speed_slider.setValue(index)
        self.speed_slider.blockSignals(False)
        self.speed_label.setText(speed_text(c.speed))
        self._update_safe_zone()

    @Slot()
    def _update_safe_zone(self) -> None:
        """The slider's marks and its tooltip from the Hessian of the surface being stepped."""
        c = self.controller
        curvature = c.curvature
        self.lr_slider.set_marks(curvature.divergent_from, curvature.fastest_steady)
        diverges, fastest = safe_zone_texts(curvature)
        lines = [] if diverges is None else [self.tr("Shaded: {diverges}").format(diverges=diverges)]
        if fastest is not None:
            lines.append(self.tr("Green tick: {fastest}").format(fastest=fastest))
        if lines and (c.racing or c.runs[0].key != "gd"):
            lines.append(plain_descent_note())
        tip = "\n".join([self._lr_slider_tip, *lines])
        self.lr_slider.setToolTip(tip)
        self.lr_label.setToolTip("\n".join([self._lr_name, *lines]))

    @Slot(int)
    def _on_lr_slider_moved(self, position: int) -> None:
        self.controller.set_lr(lr_from_slider(position))
        self.lr_edit.setText(fmt(self.controller.lr, 6))

    @Slot()
    def _on_lr_edited(self) -> None:
        text = self.lr_edit.text().strip()
        try:
            lr = typed_number(text)
        except ValueError:
            lr = math.nan
        if not (math.isfinite(lr) and MIN_LR <= lr <= MAX_LR):
            self.lr_edit.setText(fmt(self.controller.lr, 6))
            tip = self.tr("'{text}' is not a usable learning rate: enter a number from {low} to {high}, "
                          "such as 0.02")
            message = tip
            self.lr_edit.setToolTip(tip.format(text=text, low=f"{MIN_LR:g}", high=f"{MAX_LR:g}"))
            self.lr_edit.setStyleSheet("background: #ffe4d6;")
            self.controller.say(message.format(text=text, low=f"{MIN_LR:g}", high=f"{MAX_LR:g}"), MessageLevel.WARNING)
            return
        self.lr_edit.setStyleSheet("")
        self.lr_edit.setToolTip(self._lr_tip())
        self.controller.set_lr(lr)
        self._on_settings_changed()
