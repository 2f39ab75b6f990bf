"""The secondary controls, folded away when the window is small for its text.

Play/Pause, Back, Step, Reset and η are always in the control row; the second row (error, sampling,
optimizer, standardising), the speed, the loss curve's timeline and log-scale switch and the panels' layer
switches
are the drawer. It is open when the
window is at least OPEN_FROM_LINES lines of its text tall (a laptop at 100 %), folded below (a 1024×768
projector at 150–200 %, a full-HD display at projector size), so that the plots keep the screen; the
control row's "More" button opens or folds it, and that choice then stands for the window (a change of
size or theme rebuilds the panels, not the choice). The presentation layout (F5) hides it whatever.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QWidget

OPEN_FROM_LINES = 42
CHOICE = "gdstudio_drawer_open"  # a property of the window: the teacher's choice, kept across rebuilds


class Drawer(QObject):
    def __init__(self, window: QWidget, button: QAbstractButton, widgets: Sequence[QWidget], text_pt: float,
                 presenting: Callable[[], bool]) -> None:
        super().__init__(button)  # (it goes with the control row, at the next rebuild)
        self.window, self.button, self.widgets = window, button, list(widgets)
        self.presenting = presenting
        font = QFont(window.font())
        font.setPointSizeF(text_pt)
        self.line_px = QFontMetricsF(font).height()
        button.toggled.connect(self._on_button_toggled)
        window.installEventFilter(self)
        self.refresh()

    @property
    def is_open(self) -> bool:
        chosen = self.window.property(CHOICE)
        return bool(chosen) if chosen is not None else self.fits(self.window.height())

    def fits(self, height: int) -> bool:
        """Whether a window `height` pixels tall has room for the drawer open."""
        return height >= OPEN_FROM_LINES * self.line_px

    def refresh(self) -> None:
        shown = self.is_open and not self.presenting()
        for widget in self.widgets:
            if widget.isHidden() == shown:
                widget.setVisible(shown)
        self.button.blockSignals(True)
        self.button.setChecked(self.is_open)
        self.button.blockSignals(False)
        self.button.setVisible(not self.presenting())

    @Slot(bool)
    def _on_button_toggled(self, on: bool) -> None:
        self.window.setProperty(CHOICE, on)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Resize and watched is self.window and self.window.property(CHOICE) is None:
            self.refresh()
        return False
