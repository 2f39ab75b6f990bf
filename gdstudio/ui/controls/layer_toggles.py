"""Check boxes and a chooser that show or hide the teaching layers (the Document's layers).

They sit in the header row of the panel they affect, and follow the view options both
ways: a change from the menu or a loaded session re-checks them.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from gdstudio.core.document import GradientField
from gdstudio.engine.controller import Controller
from gdstudio.i18n import translate
from gdstudio.ui.widgets.flow_layout import FlowLayout, group


def field_items() -> tuple[tuple[GradientField, str], ...]:
    """The gradient-field chooser's items, in the current language."""
    return ((GradientField.OFF, translate("LayerToggles", "off")),
            (GradientField.DESCENT, translate("LayerToggles", "−∇E (downhill)")),
            (GradientField.ASCENT, translate("LayerToggles", "∇E (uphill)")))


class LayerCheckBox(QCheckBox):
    """A check box bound to one boolean field of the document's layers."""

    def __init__(self, controller: Controller, field: str, text: str, tip: str) -> None:
        super().__init__(text)
        self.controller, self.field = controller, field
        self.setToolTip(tip)
        self.toggled.connect(self._on_toggled)
        controller.sig_view_changed.connect(self._on_view_changed)
        self._on_view_changed()

    @Slot(bool)
    def _on_toggled(self, on: bool) -> None:
        self.controller.set_layers(**{self.field: on})

    @Slot()
    def _on_view_changed(self) -> None:
        self.blockSignals(True)
        self.setChecked(getattr(self.controller.layers, self.field))
        self.blockSignals(False)


class GradientFieldChooser(QComboBox):
    def __init__(self, controller: Controller) -> None:
        super().__init__()
        self.controller = controller
        for mode, text in field_items():
            self.addItem(text, mode)
        self.setToolTip(translate("LayerToggles", "Gradient arrows over the surface: −∇E points downhill (where "
                                  "gradient descent goes), ∇E uphill. Also shows the gradient and the next step "
                                  "at the current w."))
        self.currentIndexChanged.connect(self._on_chosen)
        controller.sig_view_changed.connect(self._on_view_changed)
        self._on_view_changed()

    @Slot(int)
    def _on_chosen(self, index: int) -> None:
        self.controller.set_layers(gradient_field=self.itemData(index))

    @Slot()
    def _on_view_changed(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(self.controller.layers.gradient_field))
        self.blockSignals(False)


def with_header(body: QWidget, *header: QWidget) -> QWidget:
    """`body` below a row of `header` widgets that wraps when the panel is narrow (big text)."""
    frame = QWidget()
    row = FlowLayout(spacing=10)
    row.setContentsMargins(4, 0, 4, 0)
    for w in header:
        row.addWidget(w)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addLayout(row)
    layout.addWidget(body, 1)
    return frame


class ClearButton(QPushButton):
    def __init__(self, controller: Controller) -> None:
        super().__init__(translate("LayerToggles", "Clear points"))
        self.controller = controller
        self.setObjectName("clear_points")
        self.setToolTip(translate("LayerToggles", "Remove every data point (Ctrl+Z brings them back)"))
        self.clicked.connect(controller.clear_points)
        controller.sig_data_changed.connect(self._on_data_changed)
        self._on_data_changed()

    @Slot()
    def _on_data_changed(self) -> None:
        self.setEnabled(len(self.controller.data) > 0)


def data_layer_toggles(controller: Controller) -> list[QWidget]:
    return [ClearButton(controller), LayerCheckBox(
        controller, "squared_residuals", translate("LayerToggles", "Squared residuals"),
        translate("LayerToggles", "Draw each residual as a square of side |yᵢ − f_w(xᵢ)|: squared error you can see "
                                  "(the axes are locked 1:1 so they stay square)"))]


def surface_layer_toggles(controller: Controller) -> list[QWidget]:
    return [LayerCheckBox(
        controller, "constraint_lines", translate("LayerToggles", "Points as lines"),
        translate("LayerToggles", "Duality: draw each data point (xᵢ, yᵢ) as the line w0 + w1·xᵢ = yᵢ in parameter "
                                  "space. Hover a point or its line to highlight both.")),
            group(QLabel(translate("LayerToggles", "Gradient")), GradientFieldChooser(controller)),
            LayerCheckBox(
        controller, "eigen_directions", translate("LayerToggles", "Valley axes"),
        translate("LayerToggles", "The Hessian's eigen-directions through the optimum ☆, their lengths ∝ 1/√λ: the "
                                  "long line is the valley floor (λmin), the short one goes across it (λmax). "
                                  "κ = λmax/λmin says how long and thin the valley is."))]
