"""What the loss curve's x axis counts: steps, the data points used, or epochs (lecture part 9:
batch, mini-batch and SGD compared fairly). A view choice, kept in the view state, so every window
showing the controller (laptop and projector) agrees."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox

from gdstudio.engine.view_state import LossX, ViewState
from gdstudio.i18n import translate


def loss_x_items() -> tuple[tuple[LossX, str, str], ...]:
    """(what the x axis counts, the chooser's text, the axis title), in the current language."""
    return ((LossX.STEPS, translate("LossXChooser", "step"), translate("LossXChooser", "iteration")),
            (LossX.POINTS, translate("LossXChooser", "points used"), translate("LossXChooser", "data points used")),
            (LossX.EPOCHS, translate("LossXChooser", "epoch"),
             translate("LossXChooser", "epochs (passes through the data)")))


def loss_x_title(loss_x: LossX) -> str:
    return next(title for kind, _text, title in loss_x_items() if kind is loss_x)


class LossXChooser(QComboBox):
    def __init__(self, view_state: ViewState, parent=None) -> None:
        super().__init__(parent)
        self.view_state = view_state
        for loss_x, text, _title in loss_x_items():
            self.addItem(text, loss_x)
        self.setToolTip(self.tr("What the error curve's x axis counts: steps, the data points the steps used "
                                "(batch, mini-batch and SGD compared fairly), or epochs"))
        self._on_loss_x_changed()
        self.currentIndexChanged.connect(self._on_chosen)
        view_state.sig_loss_x_changed.connect(self._on_loss_x_changed)

    @Slot(int)
    def _on_chosen(self, index: int) -> None:
        self.view_state.set_loss_x(self.itemData(index))

    @Slot()
    def _on_loss_x_changed(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(self.view_state.loss_x))
        self.blockSignals(False)
