"""The second control row: which error to minimise, which points each step uses, which
optimizer(s), and whether to fit on standardised data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from gdstudio.core.model import LossForm
from gdstudio.core.sampling import SAMPLING_RACE, Sampler, Sampling
from gdstudio.core.standardize import Standardize
from gdstudio.engine.controller import Controller
from gdstudio.i18n import translate
from gdstudio.ui.controls.loss_x_chooser import LossXChooser
from gdstudio.ui.controls.optimizer_settings import OptimizerBar
from gdstudio.ui.widgets.flow_layout import FlowLayout, group


def sampling_items() -> tuple[tuple[Sampling, str, str], ...]:
    """(mode, text, tooltip) of the sampling chooser, in the current language."""
    return (
        (Sampling.BATCH, translate("SettingsBar", "Batch (all points)"),
         translate("SettingsBar", "Every step uses all points: the lecture's steepest descent")),
        (Sampling.MINIBATCH, translate("SettingsBar", "Mini-batch"),
         translate("SettingsBar", "Every step uses K random points; each point once per epoch")),
        (Sampling.SGD, translate("SettingsBar", "SGD (1 point)"),
         translate("SettingsBar", "Stochastic gradient descent: every step uses one random point")),
    )


def race_item() -> tuple[str, str, str]:
    """The chooser's last entry: batch, mini-batch K and SGD racing (slide 30)."""
    return (SAMPLING_RACE, translate("SettingsBar", "Race batch, mini-batch, SGD"),
            translate("SettingsBar", "Batch, mini-batch K and SGD from the same start, compared at equal numbers "
                                     "of data points used: SGD takes N steps while batch takes one"))


def standardize_items() -> tuple[tuple[Standardize, str], ...]:
    return ((Standardize.OFF, translate("SettingsBar", "raw x")),
            (Standardize.X, translate("SettingsBar", "standardised x")),
            (Standardize.XY, translate("SettingsBar", "standardised x, y")))


class SettingsBar(QWidget):
    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller

        self.form_box = QComboBox()
        self.form_box.addItem(self.tr("½ Σ (sum)"), LossForm.SUM)
        self.form_box.addItem(self.tr("½·(1/N) Σ (mean)"), LossForm.MEAN)
        self.form_box.setToolTip(self.tr("The error function. The lecture uses the sum; with the mean, the safe η "
                                         "does not shrink as points are added. Changing it restarts the run."))
        self.form_box.currentIndexChanged.connect(self._on_form_chosen)

        self.sampling_box = QComboBox()
        for mode, text, tip in (*sampling_items(), race_item()):
            self.sampling_box.addItem(text, mode)
            self.sampling_box.setItemData(self.sampling_box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.sampling_box.setToolTip(self.tr("Which points each step's gradient is computed from"))
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, 1_000_000)
        self.batch_size.setPrefix("K = ")
        self.batch_size.setToolTip(self.tr("Mini-batch size: points per step"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setPrefix(self.tr("seed "))
        self.seed.setToolTip(self.tr("Random seed of the shuffling: the same seed gives the same run"))
        self.sampling_box.currentIndexChanged.connect(self._on_sampling_edited)
        self.batch_size.valueChanged.connect(self._on_sampling_edited)
        self.seed.valueChanged.connect(self._on_sampling_edited)

        self.optimizer_bar = OptimizerBar(controller)
        self.standardize_box = QComboBox()
        for mode, text in standardize_items():
            self.standardize_box.addItem(text, mode)
        self.standardize_box.setToolTip(self.tr(
            "Fit on (x − x̄)/σx (and (y − ȳ)/σy): unscaled x makes the error surface a long thin valley where "
            "gradient descent crawls; standardised, it is round. The line is shown in the data's units either way."))
        self.standardize_box.currentIndexChanged.connect(self._on_standardize_chosen)

        row = FlowLayout(self, spacing=12)  # wraps onto more rows rather than clip at 1024 px / 200 %
        row.setContentsMargins(6, 0, 6, 4)
        row.addWidget(group(QLabel(self.tr("Error")), self.form_box))
        row.addWidget(group(QLabel(self.tr("Sampling")), self.sampling_box, self.batch_size, self.seed))
        row.addWidget(self.optimizer_bar)
        row.addWidget(self.standardize_box)
        self.loss_x_box = LossXChooser(controller.view_state)
        row.addWidget(group(QLabel(self.tr("Error curve by")), self.loss_x_box))

        controller.sig_settings_changed.connect(self._on_settings_changed)
        self._on_settings_changed()

    @Slot(int)
    def _on_form_chosen(self, index: int) -> None:
        self.controller.set_loss_form(self.form_box.itemData(index))

    @Slot(int)
    def _on_standardize_chosen(self, index: int) -> None:
        self.controller.set_standardize(self.standardize_box.itemData(index))

    @Slot()
    def _on_sampling_edited(self) -> None:
        mode = self.sampling_box.currentData()
        if mode == SAMPLING_RACE:
            self.controller.race_sampling(self.batch_size.value(), self.seed.value())
        else:  # (in a race: one run again, with this sampling)
            self.controller.set_sampler(Sampler(mode, self.batch_size.value(), self.seed.value()))

    @Slot()
    def _on_settings_changed(self) -> None:
        c = self.controller
        sampler, racing = c.document.sampler, c.racing_sampling  # (a race's K and seed are the sampler's)
        mode = SAMPLING_RACE if racing else sampler.mode
        for box, value in ((self.form_box, c.loss_form), (self.sampling_box, mode),
                           (self.standardize_box, c.standardize)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)
        for spin, value in ((self.batch_size, sampler.batch_size), (self.seed, sampler.seed)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.batch_size.setVisible(racing or sampler.mode is Sampling.MINIBATCH)
        self.seed.setVisible(racing or sampler.mode is not Sampling.BATCH)

