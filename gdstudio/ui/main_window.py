"""The main window: the three linked panels, the readout, the control bar and the menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gdstudio.controller import Controller, MessageLevel, RunState
from gdstudio.ui.controls import ControlBar
from gdstudio.ui.data_panel import DataPanel
from gdstudio.ui.file_actions import install_file_actions
from gdstudio.ui.formula_panel import FormulaPanel
from gdstudio.ui.grid_search import GridSearchPanel
from gdstudio.ui.layer_toggles import data_layer_toggles, surface_layer_toggles, with_header
from gdstudio.ui.loss_panel import LossPanel
from gdstudio.ui.readout import Readout
from gdstudio.ui.settings_bar import SettingsBar
from gdstudio.ui.slice_panel import SlicePanel
from gdstudio.ui.surface_panel import SurfacePanel
from gdstudio.ui.undo import install_undo

MESSAGE_STYLE = {
    MessageLevel.INFO: "background: #eef4fb; color: #1a1a1a;",
    MessageLevel.SUCCESS: "background: #e3f5ec; color: #00543d;",
    MessageLevel.WARNING: "background: #fde8dc; color: #8a2c00; font-weight: bold;",
}
NO_DATA_HINT = "No data points yet: click in the data panel to add some, or open a CSV file (Ctrl+O)."


class MainWindow(QMainWindow):
    def __init__(self, controller: Controller) -> None:
        super().__init__()
        self.controller = controller
        self.setWindowTitle("gdstudio — gradient descent, live")

        self.controls = ControlBar(controller)
        self.settings_bar = SettingsBar(controller)
        self.data_panel = DataPanel(controller)
        self.surface_panel = SurfacePanel(controller)
        self.loss_panel = LossPanel(controller)
        self.readout = Readout(controller)
        self.slice_panel = SlicePanel(controller)
        self.formula_panel = FormulaPanel(controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.readout, "Values")
        self.tabs.addTab(self.slice_panel, "Slices ∂E/∂w")
        self.tabs.addTab(self.formula_panel, "Update rule")
        self.grid_search = GridSearchPanel(controller, self.surface_panel.getPlotItem(),
                                           self.data_panel.getPlotItem())
        self.tabs.addTab(self.grid_search, "Grid search")
        self.tabs.setTabToolTip(0, "The current step's numbers and the formulas in use")
        self.tabs.setTabToolTip(1, "Partial derivatives: E along w0 and along w1 through the current w, with tangents")
        self.tabs.setTabToolTip(2, "The last update w ← w − η∇E(w) with its numbers substituted")
        self.tabs.setTabToolTip(3, "Brute force: evaluate E on every cell of a grid and keep the best")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(32)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(with_header(self.data_panel, *data_layer_toggles(controller)))
        top.addWidget(with_header(self.surface_panel, *surface_layer_toggles(controller)))
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.loss_panel)
        bottom.addWidget(self.tabs)
        bottom.setSizes([560, 440])  # proportions; the splitter scales them to the window
        panels = QSplitter(Qt.Orientation.Vertical)
        panels.addWidget(top)
        panels.addWidget(bottom)
        panels.setStretchFactor(0, 3)
        panels.setStretchFactor(1, 2)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.controls)
        layout.addWidget(self.settings_bar)
        layout.addWidget(panels, 1)
        layout.addWidget(self.message)
        self.setCentralWidget(central)

        self._build_menus()
        controller.sig_message.connect(self._on_message)
        controller.sig_run_state_changed.connect(self._on_run_state_changed)
        self._on_message(*controller.message)

    def _action(self, menu, text: str, slot, shortcuts=(), tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.edit_menu = bar.addMenu("&Edit")
        self._action(self.edit_menu, "&Clear points", self.controller.clear_points)
        self.undo_history = install_undo(self)
        self.file_actions = install_file_actions(self)
        run = bar.addMenu("&Run")
        self.play_action = self._action(run, "&Play / Pause", self.controller.toggle_play, ["Space"])
        self._action(run, "&Step", lambda: self.controller.step(), ["S", "Right", "PgDown"])
        self._action(run, "Step &back", self.controller.step_back, ["Left", "PgUp"])
        self._action(run, "&Reset", self.controller.reset, ["R"])
        view = bar.addMenu("&View")
        self._action(view, "&Fit views to data", self.fit_views, ["F"])
        log = self._action(view, "&Log-scale loss curve", self.loss_panel.log_scale.toggle, ["L"])
        log.setCheckable(True)
        self.loss_panel.log_scale.toggled.connect(log.setChecked)
        view.addSeparator()
        for number in range(self.tabs.count()):
            self._action(view, f"Show {self.tabs.tabText(number)}",
                         lambda _=False, n=number: self.tabs.setCurrentIndex(n), [str(number + 1)])

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        shown = self.tabs.widget(index)
        self.controller.set_view(slice_cuts=shown is self.slice_panel)
        grid = shown is self.grid_search
        self.grid_search.set_active(grid)
        self.loss_panel.setVisible(not grid)  # a grid search has no iterations: give it the whole row

    @Slot()
    def fit_views(self) -> None:
        self.data_panel.fit_view()
        self.surface_panel.fit_view()

    @Slot(str, object)
    def _on_message(self, text: str, level: MessageLevel) -> None:
        if not text and self.controller.run_state is RunState.NO_DATA:
            text, level = NO_DATA_HINT, MessageLevel.INFO
        self.message.setText(text)
        self.message.setStyleSheet(f"{MESSAGE_STYLE[level]} font-size: 13pt; padding: 4px 8px; border-radius: 4px;")
        self.message.setVisible(bool(text))

    @Slot(object)
    def _on_run_state_changed(self, state: RunState) -> None:
        self._on_message(*self.controller.message)

    def open_data(self, path: str | Path) -> bool:
        """Load a CSV; on failure say why and keep the current data (see FileActions.open_data)."""
        return self.file_actions.open_data(path)

    def dragEnterEvent(self, ev) -> None:  # noqa: N802
        self.file_actions.drag_enter(ev)

    def dragMoveEvent(self, ev) -> None:  # noqa: N802
        self.file_actions.drag_enter(ev)

    def dropEvent(self, ev) -> None:  # noqa: N802
        self.file_actions.drop(ev)

    def closeEvent(self, ev) -> None:  # noqa: N802
        if not self.file_actions.confirm_close():  # unsaved changes: Save / Discard / Cancel
            ev.ignore()
            return
        self.file_actions.shutdown()
        self.grid_search.shutdown()
        self.controller.shutdown()
        super().closeEvent(ev)
