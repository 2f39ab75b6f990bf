"""The readout: iteration, w, E(w) and both partial derivatives, large enough for the back row,
with the formulas in use and whether η is inside the stability bound."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from gdstudio.controller import Controller, suggested_lr
from gdstudio.ui.style import GREEN, INK, VERMILLION, fmt

ROWS = (  # key, label, tooltip
    ("step", "iteration", "Number of updates taken since the start point"),
    ("w0", "w0", "Intercept of the current line"),
    ("w1", "w1", "Slope of the current line"),
    ("loss", "E(w)", "Error of the current line"),
    ("g0", "∂E/∂w0", "Partial derivative of E by w0: Σ (f_w(xᵢ) − yᵢ)"),
    ("g1", "∂E/∂w1", "Partial derivative of E by w1: Σ (f_w(xᵢ) − yᵢ)·xᵢ"),
)


class Readout(QWidget):
    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for row, (key, label, tip) in enumerate(ROWS):
            name = QLabel(label)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for w in (name, value):
                w.setToolTip(tip)
                w.setStyleSheet(f"font-size: 16pt; color: {INK};")
            value.setStyleSheet(f"font-size: 16pt; color: {INK}; font-family: monospace;")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        self.formula = QLabel()
        self.formula.setStyleSheet("font-size: 12pt;")
        self.stability = QLabel()
        self.stability.setWordWrap(True)
        self.stability.setStyleSheet("font-size: 11pt;")
        grid.setColumnStretch(2, 1)  # values sit beside their names, the spare width goes right
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.formula)
        layout.addWidget(self.stability)
        layout.addStretch(1)

        controller.sig_history_changed.connect(self.update_values)
        controller.sig_data_changed.connect(self.update_formulas)
        controller.sig_settings_changed.connect(self.update_formulas)
        self.update_values()
        self.update_formulas()

    @Slot()
    def update_values(self) -> None:
        state = self.controller.current
        shown = {"step": str(state.step), "w0": fmt(state.w[0], 5), "w1": fmt(state.w[1], 5),
                 "loss": fmt(state.loss, 5), "g0": fmt(state.grad[0], 4), "g1": fmt(state.grad[1], 4)}
        for key, text in shown.items():
            self.values[key].setText(text)

    @Slot()
    def update_formulas(self) -> None:
        c = self.controller
        formula = c.loss_form.formula.replace("f_w", "f<sub>w</sub>")
        self.formula.setText(f"{formula}<br>w ← w − η ∇E(w)<br>η = {fmt(c.lr, 4)}")
        if not c.surface.n:
            self.stability.setText("")
            return
        bound = c.surface.max_stable_lr()
        if c.lr_is_stable():
            self.stability.setText(f"<span style='color:{GREEN}'>✔ η &lt; 2/λ<sub>max</sub> = {fmt(bound, 3)}: "
                                   "steps converge</span>")
        else:
            self.stability.setText(f"<span style='color:{VERMILLION}'><b>✘ η ≥ 2/λ<sub>max</sub> = {fmt(bound, 3)}: "
                                   f"this run will diverge.</b> Try η ≤ {fmt(suggested_lr(bound), 3)}</span>")
        self.stability.setToolTip("Gradient descent on this error converges exactly when η is below 2 divided by the "
                                  "largest eigenvalue λmax of the Hessian of E (its steepest curvature).")
