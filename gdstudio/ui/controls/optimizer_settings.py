"""Choosing optimizers: one for the lecture, up to four for a race, their hyperparameters
(with PyTorch's defaults) and the learning-rate schedule."""

from __future__ import annotations

import dataclasses
import math
import unicodedata

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gdstudio.core.optimizers import OPTIMIZERS
from gdstudio.core.schedules import Schedule, ScheduleKind
from gdstudio.engine.controller import Controller
from gdstudio.engine.run import MAX_RUNS, optimizer_title
from gdstudio.i18n import translate
from gdstudio.ui.style import size_indicators
from gdstudio.ui.widgets.screen_fit import keep_on_screen, largest_size

# The hyperparameters a teacher may edit, in this order.
PARAM_FIELDS = ("momentum", "dampening", "nesterov", "weight_decay", "lr_decay", "initial_accumulator_value",
                "eps", "alpha", "centered", "betas", "amsgrad")


def param_labels() -> dict[str, tuple[str, str]]:
    """Field → (label, tooltip), in the current language (symbols and names stay as they are)."""
    return {
        "momentum": (translate("OptimizerDialog", "momentum μ"),
                     translate("OptimizerDialog", "How much of the previous step is kept (0 = none)")),
        "dampening": (translate("OptimizerDialog", "dampening τ"),
                      translate("OptimizerDialog",
                                "Scales the new gradient in the momentum buffer from the second step on")),
        "nesterov": ("Nesterov",
                     translate("OptimizerDialog", "Look ahead along the velocity before taking the gradient step")),
        "weight_decay": (translate("OptimizerDialog", "weight decay λ"),
                         translate("OptimizerDialog", "Adds λ·w to the gradient (an L2 penalty)")),
        "lr_decay": (translate("OptimizerDialog", "η decay"),
                     translate("OptimizerDialog", "Adagrad: η_t = η / (1 + (t−1)·decay)")),
        "initial_accumulator_value": (
            translate("OptimizerDialog", "initial Σg²"),
            translate("OptimizerDialog", "Adagrad's running sum of squared gradients starts here")),
        "eps": ("ε", translate("OptimizerDialog", "Added to the denominator so it is never zero")),
        "alpha": (translate("OptimizerDialog", "α (smoothing)"),
                  translate("OptimizerDialog", "RMSprop: weight of the old mean of g² (0.99 keeps 99 %)")),
        "centered": (translate("OptimizerDialog", "centred"),
                     translate("OptimizerDialog", "RMSprop: divide by the variance of g instead of its mean square")),
        "betas": ("β1, β2", translate("OptimizerDialog", "Adam: decay of the mean of g (β1) and of g² (β2)")),
        "amsgrad": ("AMSGrad", translate("OptimizerDialog",
                                            "Adam: use the largest v so far, so steps never grow from a shrinking v")),
    }


def schedule_text() -> dict[ScheduleKind, str]:
    return {ScheduleKind.CONSTANT: translate("OptimizerDialog", "constant"),
            ScheduleKind.STEP: translate("OptimizerDialog", "step decay"),
            ScheduleKind.EXPONENTIAL: translate("OptimizerDialog", "exponential decay"),
            ScheduleKind.COSINE: translate("OptimizerDialog", "cosine")}


def optimizer_name(key: str) -> str:
    """The optimizer's name as shown, in the current language."""
    return optimizer_title(key)


def tunable_fields(key: str) -> list[dataclasses.Field]:
    return [f for f in dataclasses.fields(OPTIMIZERS[key]) if f.name in PARAM_FIELDS]


def _parse(text: str, kind) -> object:
    """A typed value from an edit box; ValueError with a readable message if it is not one."""
    if kind is bool:
        return text
    parts = [p.strip() for p in text.replace(";", ",").split(",")]
    values = []
    for part in parts:
        try:
            value = float(unicodedata.normalize("NFKC", part).replace("−", "-"))
        except ValueError:
            raise ValueError(translate("OptimizerDialog", "'{text}' is not a number").format(text=part)) from None
        if not math.isfinite(value):
            raise ValueError(translate("OptimizerDialog", "'{text}' is not a finite number").format(text=part))
        values.append(value)
    if kind == "pair":
        if len(values) != 2:
            raise ValueError(translate("OptimizerDialog", "enter two numbers separated by a comma, e.g. 0.9, 0.999"))
        return tuple(values)
    if len(values) != 1:
        raise ValueError(translate("OptimizerDialog", "'{text}' should be one number").format(text=text))
    return values[0]


class OptimizerDialog(QDialog):
    """Hyperparameters of the optimizers in use, and the η schedule. OK applies; errors keep it open."""

    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Optimizer settings"))
        self.edits: dict[str, dict[str, QWidget]] = {}
        labels = param_labels()
        boxes = []
        for run in controller.runs:
            box = QGroupBox(run.title)
            form = QFormLayout(box)
            rule = QLabel(type(run.optimizer).formula)  # (under the name: a long rule would widen the box)
            rule.setWordWrap(True)
            form.addRow(rule)
            fields = {}
            for f in tunable_fields(run.key):
                label, tip = labels[f.name]
                value = getattr(run.optimizer, f.name)
                if isinstance(value, bool):
                    widget = QCheckBox()
                    widget.setChecked(value)
                else:
                    text = ", ".join(f"{v:g}" for v in value) if isinstance(value, tuple) else f"{value:g}"
                    widget = QLineEdit(text)
                default = self.tr(" (PyTorch's default: {value})").format(value=self._default(run.key, f))
                widget.setToolTip(tip + default)
                form.addRow(label, widget)
                fields[f.name] = widget
            if not fields:
                form.addRow(QLabel(self.tr("No hyperparameters besides η.")))
            self.edits[run.key] = fields
            boxes.append(box)

        schedule = controller.schedule
        box = QGroupBox(self.tr("Learning-rate schedule η_t"))
        form = QFormLayout(box)
        self.schedule_kind = QComboBox()
        for kind, text in schedule_text().items():
            self.schedule_kind.addItem(text, kind)
        self.schedule_kind.setCurrentIndex(self.schedule_kind.findData(schedule.kind))
        self.schedule_edits = {name: QLineEdit(f"{getattr(schedule, name):g}")
                               for name in ("step_size", "gamma", "t_max", "eta_min")}
        self.schedule_kind.currentIndexChanged.connect(self._on_schedule_kind_changed)
        self._kind_shown = schedule.kind
        form.addRow(self.tr("schedule"), self.schedule_kind)
        for name, label in (("step_size", self.tr("step size")), ("gamma", "γ"), ("t_max", "T_max"),
                            ("eta_min", "η_min")):
            form.addRow(label, self.schedule_edits[name])
        boxes.append(box)

        self.error = QLabel()
        self.error.setStyleSheet("color: #8a2c00; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()  # (until there is an error to show)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        # The boxes scroll, in as many columns as the screen is wide enough for; the error and OK / Cancel
        # stay below them, always in view (four optimizers at 200 % were twice as tall as a laptop's screen).
        self.body = QWidget()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._arrange(boxes)

    def _arrange(self, boxes: list[QGroupBox]) -> None:
        """The boxes in columns, as many as fit the screen's width, and the dialog as large as its content
        wants, but no larger than the screen."""
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        widest = max(box.sizeHint().width() for box in boxes)
        spacing = grid.horizontalSpacing() if grid.horizontalSpacing() >= 0 else 6
        margins = self.layout().contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = QSize(16, 48)  # a typical title bar and border, until the dialog is shown with its own
        most = largest_size(self, frame)
        room = most.width() - margins.left() - margins.right() - scroll_bar
        columns = max(1, min(len(boxes), (room + spacing) // (widest + spacing)))
        # Fewer, fuller columns when they would all fit side by side anyway.
        rows = -(-len(boxes) // columns)
        columns = -(-len(boxes) // rows)
        for i, box in enumerate(boxes):
            grid.addWidget(box, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(rows, 1)
        content = self.body.sizeHint()
        below = self.buttons.sizeHint().height() + self.layout().spacing()
        want = QSize(content.width() + margins.left() + margins.right() + scroll_bar,
                     content.height() + margins.top() + margins.bottom() + below)
        self.resize(want.boundedTo(most))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        size_indicators(self)  # (now with the window's font)
        keep_on_screen(self)  # (now with the real frame)

    @Slot(int)
    def _on_schedule_kind_changed(self, index: int) -> None:
        """γ left at the old kind's default takes the new kind's (step halves η per 100 steps, exponential
        takes 0.99 per step); a γ the teacher typed stays."""
        kind = self.schedule_kind.itemData(index)
        gamma = self.schedule_edits["gamma"]
        if gamma.text() == f"{Schedule.of(self._kind_shown).gamma:g}":
            gamma.setText(f"{Schedule.of(kind).gamma:g}")
        self._kind_shown = kind

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
                    raise ValueError(f"{optimizer_name(key)}, {param_labels()[f.name][0]}: {exc}") from None
        return params

    def _read_schedule(self) -> Schedule:
        values = {}
        for name, edit in self.schedule_edits.items():
            try:
                value = _parse(edit.text(), float)
            except ValueError as exc:
                raise ValueError(self.tr("schedule, {name}: {error}").format(name=name, error=exc)) from None
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
            self.error.setText(self.tr("Not applied: {error}").format(error=exc))
            self.error.show()
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
        self.setWindowTitle(self.tr("Race optimizers"))
        layout = QVBoxLayout(self)
        text = self.tr("Choose up to {n} optimizers. They start together from the same w,\n"
                       "take the same number of steps, and each stops on its own.")
        layout.addWidget(QLabel(text.format(n=MAX_RUNS)))
        in_use = [r.key for r in controller.runs]
        self.boxes = {}
        for key, cls in OPTIMIZERS.items():
            box = QCheckBox(f"{optimizer_title(key)}    {cls.formula}")
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

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        size_indicators(self)  # (now with the window's font)
        keep_on_screen(self)

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
        for key in OPTIMIZERS:
            self.choice.addItem(optimizer_title(key), key)
        self._choice_tip = self.tr("The update rule. Gradient descent is the lecture's; the others are what "
                                   "PyTorch offers, with its defaults. Changing it restarts the run.")
        self.choice.setToolTip(self._choice_tip)
        self.choice.currentIndexChanged.connect(self._on_chosen)
        self.race_button = QPushButton(self.tr("Race…"))
        self.race_button.setToolTip(self.tr("Run up to four optimizers side by side from the same start"))
        self.race_button.clicked.connect(self.open_race)
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setToolTip(self.tr("Hyperparameters (μ, β1, β2, ε…) and the learning-rate schedule"))
        self.settings_button.clicked.connect(self.open_settings)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Optimizer")))
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
        racing = len(self.controller.document.optimizers) > 1  # (a race of samplings has one optimizer)
        self.race_button.setText(self.tr("Race ({n})…").format(n=len(runs)) if racing else self.tr("Race…"))
        self.choice.setToolTip(" vs ".join(r.title for r in runs) if len(runs) > 1 else self._choice_tip)

    @Slot()
    def open_race(self) -> None:
        RaceDialog(self.controller, self).exec()

    @Slot()
    def open_settings(self) -> None:
        OptimizerDialog(self.controller, self).exec()
