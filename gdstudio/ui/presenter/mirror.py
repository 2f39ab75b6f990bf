"""The projector shows what the teacher chooses to show: the loss scale (L), and the zoom and pan of the data
and parameter panels (each loss curve follows its own data). The tab shown (1–4) needs no copying: it is
the controller's view state, which every window follows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

if TYPE_CHECKING:
    from gdstudio.ui.main_window import MainWindow


def ranged_panels(window: MainWindow) -> tuple:
    """The panels whose view (zoom and pan) the projector takes from the teacher's window."""
    return window.data_panel, window.surface_panel


class ViewMirror(QObject):
    """Copies the teacher's window's view choices onto the projector window, whenever they change."""

    def __init__(self, laptop: MainWindow) -> None:
        super().__init__(laptop)
        self.laptop = laptop
        self.projector: MainWindow | None = None
        self.follow()

    def follow(self) -> None:
        """Listen to the teacher's window's widgets (again after it rebuilt them)."""
        laptop = self.laptop
        laptop.loss_panel.log_scale.toggled.connect(self._on_laptop_log_toggled)
        for index, panel in enumerate(ranged_panels(laptop)):
            panel.getViewBox().sigRangeChanged.connect(lambda *_, i=index: self._copy_range(i))

    def set_projector(self, window: MainWindow | None) -> None:
        self.projector = window
        self.copy_all()

    def copy_all(self) -> None:
        """Everything at once (a new projector window, or one rebuilt in a new look)."""
        projector = self.projector
        if projector is None:
            return
        projector.loss_panel.log_scale.setChecked(self.laptop.loss_panel.log_scale.isChecked())
        for index in range(len(ranged_panels(projector))):
            self._copy_range(index)

    def _copy_range(self, index: int) -> None:
        """The teacher's view of panel `index` on the projector (exactly, or wider where the projector's panel
        keeps its axes 1:1 in another shape)."""
        if self.projector is None:
            return
        (x, y) = ranged_panels(self.laptop)[index].getViewBox().viewRange()
        ranged_panels(self.projector)[index].getViewBox().setRange(xRange=x, yRange=y, padding=0)

    @Slot(bool)
    def _on_laptop_log_toggled(self, on: bool) -> None:
        if self.projector is not None:
            self.projector.loss_panel.log_scale.setChecked(on)
