"""Choosing optimizers: one for the lecture, up to four for a race, their hyperparameters
(with PyTorch's defaults) and the learning-rate schedule."""

from __future__ import annotations

import dataclasses
import math

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gdstudio.controller import Controller
from gdstudio.core.optimizers import OPTIMIZERS
from gdstudio.core.schedules import Schedule, ScheduleKind
from gdstudio.run import MAX_RUNS

PARAM_LABELS = {  # field → (label, tooltip)
    "momentum": ("momentum μ", "How much of the previous step is kept (0 = none)"),
    "dampening": ("dampening τ", "Scales the new gradient in the momentum buffer from the second step on"),
    "nesterov": ("Nesterov", "Look ahead along the velocity before taking the gradient step"),
    "weight_decay": ("weight decay λ", "Adds λ·w to the gradient (an L2 penalty)"),
    "lr_decay": ("η decay", "Adagrad: η_t = η / (1 + (t−1)·decay)"),
    "initial_accumulator_value": ("initial Σg²", "Adagrad's running sum of squared gradients starts here"),
    "eps": ("ε", "Added to the denominator so it is never zero"),
    "alpha": ("α (smoothing)", "RMSprop: weight of the old mean of g² (0.99 keeps 99 %)"),
    "centered": ("centred", "RMSprop: divide by the variance of g instead of its mean square"),
    "betas": ("β1, β2", "Adam: decay of the mean of g (β1) and of g² (β2)"),
    "amsgrad": ("AMSGrad", "Adam: use the largest v so far, so steps never grow from a shrinking v"),
}
SCHEDULE_TEXT = {ScheduleKind.CONSTANT: "constant", ScheduleKind.STEP: "step decay",
                 ScheduleKind.EXPONENTIAL: "exponential decay", ScheduleKind.COSINE: "cosine"}


def optimizer_name(key: str) -> str:
    return OPTIMIZERS[key].name


def tunable_fields(key: str) -> list[dataclasses.Field]:
    return [f for f in dataclasses.fields(OPTIMIZERS[key]) if f.name in PARAM_LABELS]


def _parse(text: str, kind) -> object:
    """A typed value from an edit box; ValueError with a readable message if it is not one."""
    if kind is bool:
        return text
    parts = [p.strip() for p in text.replace(";", ",").split(",")]
    values = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            raise ValueError(f"'{part}' is not a number") from None
        if not math.isfinite(value):
            raise ValueError(f"'{part}' is not a finite number")
        values.append(value)
    if kind == "pair":
        if len(values) != 2:
            raise ValueError("enter two numbers separated by a comma, e.g. 0.9, 0.999")
        return tuple(values)
    if len(values) != 1:
        raise ValueError(f"'{text}' should be one number")
    return values[0]


class OptimizerDialog(QDialog):
    """Hyperparameters of the optimizers in use, and the η schedule. OK applies; errors keep it open."""

    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle("Optimizer settings")
        self.edits: dict[str, dict[str, QWidget]] = {}
        layout = QVBoxLayout(self)
        for run in controller.runs:
            box = QGroupBox(f"{run.name}:  {type(run.optimizer).formula}")
            form = QFormLayout(box)
            fields = {}
            for f in tunable_fields(run.key):
                label, tip = PARAM_LABELS[f.name]
                value = getattr(run.optimizer, f.name)
                if isinstance(value, bool):
                    widget = QCheckBox()
                    widget.setChecked(value)
                else:
                    text = ", ".join(f"{v:g}" for v in value) if isinstance(value, tuple) else f"{value:g}"
                    widget = QLineEdit(text)
                widget.setToolTip(tip + f" (PyTorch's default: {self._default(run.key, f)})")
                form.addRow(label, widget)
                fields[f.name] = widget
            if not fields:
                form.addRow(QLabel("No hyperparameters besides η."))
            self.edits[run.key] = fields
            layout.addWidget(box)

        schedule = controller.schedule
        box = QGroupBox("Learning-rate schedule η_t")
        form = QFormLayout(box)
        self.schedule_kind = QComboBox()
        for kind, text in SCHEDULE_TEXT.items():
            self.schedule_kind.addItem(text, kind)
        self.schedule_kind.setCurrentIndex(self.schedule_kind.findData(schedule.kind))
        self.schedule_edits = {name: QLineEdit(f"{getattr(schedule, name):g}")
                               for name in ("step_size", "gamma", "t_max", "eta_min")}
        form.addRow("schedule", self.schedule_kind)
        for name, label in (("step_size", "step size"), ("gamma", "γ"), ("t_max", "T_max"), ("eta_min", "η_min")):
            form.addRow(label, self.schedule_edits[name])
        layout.addWidget(box)

        self.error = QLabel()
        self.error.setStyleSheet("color: #8a2c00; font-weight: bold;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _default(key: str, field: dataclasses.Field) -> str:
        value = field.default
        return ", ".join(f"{v:g}" for v in value) if isinstance(value, tuple) else f"{value}"

    def _read_params(self, key: str) -> dict:
        params = {}
        for f in tunable_fields(key):
            widget = self.edits[key][f.name]
            if isinstance(widget, QCheckBox):
                params[f.name] = widget.isChecked()
            else:
                kind = "pair" if f.name == "betas" else float
                try:
                    params[f.name] = _parse(widget.text(), kind)
                except ValueError as exc:
                    raise ValueError(f"{optimizer_name(key)}, {PARAM_LABELS[f.name][0]}: {exc}") from None
        return params

    def _read_schedule(self) -> Schedule:
        values = {}
        for name, edit in self.schedule_edits.items():
            try:
                value = _parse(edit.text(), float)
            except ValueError as exc:
                raise ValueError(f"schedule, {name}: {exc}") from None
            values[name] = int(value) if name in ("step_size", "t_max") else value
        return Schedule(self.schedule_kind.currentData(), **values)

    @Slot()
    def apply(self) -> None:
        """Validate everything first, then apply it all; on an error say which field and stay open."""
        try:
            params = {key: self._read_params(key) for key in self.edits}
            for key, values in params.items():
                OPTIMIZERS[key](**values)  # the optimizer's own checks, before anything changes
            schedule = self._read_schedule()
        except (TypeError, ValueError) as exc:
            self.error.setText(f"Not applied: {exc}")
            return
        for key, values in params.items():
            self.controller.set_optimizer_params(key, **values)
        self.controller.set_schedule(schedule)
        self.accept()


class RaceDialog(QDialog):
    """Tick up to four optimizers to race from the same start on the same data."""

    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle("Race optimizers")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Choose up to {MAX_RUNS} optimizers. They start together from the same w,\n"
                                "take the same number of steps, and each stops on its own."))
        in_use = [r.key for r in controller.runs]
        self.boxes = {}
        for key, cls in OPTIMIZERS.items():
            box = QCheckBox(f"{cls.name}    {cls.formula}")
            box.setChecked(key in in_use)
            box.toggled.connect(self._on_toggled)
            self.boxes[key] = box
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self._on_toggled()

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    @Slot()
    def _on_toggled(self) -> None:
        full = len(self.chosen()) >= MAX_RUNS
        for box in self.boxes.values():
            box.setEnabled(box.isChecked() or not full)
        self.ok.setEnabled(bool(self.chosen()))

    @Slot()
    def apply(self) -> None:
        self.controller.set_optimizers(self.chosen())
        self.accept()


class OptimizerBar(QWidget):
    """Optimizer chooser, 'Race…' and 'Settings…', for the settings row."""

    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.choice = QComboBox()
        for key, cls in OPTIMIZERS.items():
            self.choice.addItem(cls.name, key)
        self.choice.setToolTip("The update rule. Gradient descent is the lecture's; the others are what "
                               "PyTorch offers, with its defaults. Changing it restarts the run.")
        self.choice.currentIndexChanged.connect(self._on_chosen)
        self.race_button = QPushButton("Race…")
        self.race_button.setToolTip("Run up to four optimizers side by side from the same start")
        self.race_button.clicked.connect(self.open_race)
        self.settings_button = QPushButton("Settings…")
        self.settings_button.setToolTip("Hyperparameters (μ, β1, β2, ε…) and the learning-rate schedule")
        self.settings_button.clicked.connect(self.open_settings)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("Optimizer"))
        row.addWidget(self.choice)
        row.addWidget(self.race_button)
        row.addWidget(self.settings_button)
        controller.sig_runs_changed.connect(self._on_runs_changed)
        self._on_runs_changed()

    @Slot(int)
    def _on_chosen(self, index: int) -> None:
        self.controller.set_optimizers([self.choice.itemData(index)])

    @Slot()
    def _on_runs_changed(self) -> None:
        runs = self.controller.runs
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(self.choice.findData(runs[0].key))
        self.choice.blockSignals(False)
        racing = len(runs) > 1
        self.race_button.setText(f"Race ({len(runs)})…" if racing else "Race…")
        self.choice.setToolTip(" vs ".join(r.name for r in runs) if racing else self.choice.toolTip())

    @Slot()
    def open_race(self) -> None:
        RaceDialog(self.controller, self).exec()

    @Slot()
    def open_settings(self) -> None:
        OptimizerDialog(self.controller, self).exec()
