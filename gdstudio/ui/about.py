"""Help → About: what gdstudio is, its version and licence (from the package metadata), the lecture
it teaches, and what it is built with (for a bug report)."""

from __future__ import annotations

import platform

import numpy as np
import pyqtgraph as pg
import PySide6
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gdstudio import app_info
from gdstudio.ui import style as S
from gdstudio.ui.widgets.icons import app_icon

ICON_PX = 96    # before scaling
TEXT_PX = 420   # the paragraphs' width, before scaling
MAX_ZOOM = 1.5  # the teacher reads this, not the back row: at 300 % it would not fit a projector's screen


def libraries() -> str:
    return (f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__} · "
            f"pyqtgraph {pg.__version__} · numpy {np.__version__}")


class AboutDialog(QDialog):
    def __init__(self, look: S.Look, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About gdstudio"))
        zoom = min(look.scale * look.theme.font_scale, MAX_ZOOM)
        font = self.font()
        font.setPointSizeF(round(S.UI_POINT_SIZE * zoom, 1))
        self.setFont(font)
        icon_px = round(ICON_PX * zoom)
        screen = (parent or self).screen().availableGeometry()
        self._text_px = max(240, min(round(TEXT_PX * zoom), int(0.9 * screen.width()) - icon_px - 60))

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(QSize(icon_px, icon_px), self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = QLabel(app_info.NAME)
        name.setStyleSheet(f"font-size: {round(20 * zoom, 1)}pt; font-weight: bold;")
        summary = self._paragraph(self.tr("Teach gradient descent live: the data fit, the error surface and the "
                                          "loss curve, linked."))
        self.version = QLabel(app_info.version())
        self.licence = QLabel(app_info.licence())
        facts = QFormLayout()
        facts.addRow(self.tr("Version"), self.version)
        facts.addRow(self.tr("Licence"), self.licence)
        self.lecture = self._paragraph(self.tr(
            "The lecture it teaches: 勾配降下法 (gradient descent), an introduction given in a Japanese new-hire "
            "machine-learning course. Its formulas and labels follow the lecture's notation: "
            "f_w(x) = w0 + w1·x, E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))², w ← w − η∇E(w)."))
        built = self._paragraph(self.tr("Built with {libraries}").format(libraries=libraries()))
        muted = built.palette()
        muted.setColor(QPalette.ColorRole.WindowText, QColor(look.muted))
        built.setPalette(muted)  # (a style sheet would also reset its font to the application's)
        for label in (self.version, self.licence, built):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to paste in a report
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)  # named by Qt, in its translation
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(name)
        text.addWidget(summary)
        text.addLayout(facts)
        text.addWidget(self.lecture)
        text.addWidget(built)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _paragraph(self, text: str) -> QLabel:
        """A wrapped paragraph of a fixed width: the dialog then knows its height before it is shown
        (a wrapped label of free width was cut off at big sizes)."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setFixedWidth(self._text_px)
        return label
