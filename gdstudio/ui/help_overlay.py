"""F1 / ?: an overlay over the whole window that names every panel and lists every shortcut.

It is drawn on top of the live window (the panels stay visible behind it), readable from the
back of the room, and any key or click closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gdstudio.i18n import translate
from gdstudio.ui import style as S


def shortcut_rows() -> list[tuple[str, str]]:
    return [
        ("Space", translate("HelpOverlay", "Play / pause")),
        ("→  S  PageDown", translate("HelpOverlay", "One step (a presenter clicker's “next”)")),
        ("←  PageUp", translate("HelpOverlay", "One step back (the clicker's “previous”)")),
        ("B  .", translate("HelpOverlay", "Pause (the clicker's “blank screen” key)")),
        ("R", translate("HelpOverlay", "Reset to the start point")),
        ("1 – 5", translate("HelpOverlay", "Values · Partial derivatives · Update rule · Grid search · Code")),
        ("L", translate("HelpOverlay", "Log-scale loss curve")),
        ("Q  D  A  V  M", translate("HelpOverlay", "Squared residuals · points as lines · gradient arrows · "
                                                   "valley axes · next sampling")),
        ("F", translate("HelpOverlay", "Fit the views to the data")),
        ("P  /  C  /  Ctrl+Backspace", translate("HelpOverlay", "Pen on/off · clear the ink · undo a stroke")),
        ("Ctrl + =  /  Ctrl + −  /  Ctrl + 0", translate("HelpOverlay", "Bigger / smaller / normal size")),
        ("F11", translate("HelpOverlay", "Full screen (Esc leaves it)")),
        ("F5", translate("HelpOverlay", "Presentation layout: only the panels and the essential controls")),
        ("Shift+F5", translate("HelpOverlay", "Lecture mode: then PageDown / → / Space next, PageUp / ← back, "
                                              "Home scene start, 1–9 or G a scene")),
        ("Ctrl+F5  /  X", translate("HelpOverlay", "Presenter view (projector + notes) · swap its screens")),
        ("Ctrl+Z  /  Ctrl+Shift+Z", translate("HelpOverlay", "Undo / redo")),
        ("F1  ?", translate("HelpOverlay", "This help")),
    ]


def panel_rows() -> list[tuple[str, str]]:
    return [
        (translate("HelpOverlay", "Data space"),
         translate("HelpOverlay", "The points and the line f_w(x) = w0 + w1·x. Click to add a point, drag to move "
                                  "it, right-click to remove it. Drag the line or its ◇ handles to fit it by hand.")),
        (translate("HelpOverlay", "Parameter space"),
         translate("HelpOverlay", "The error E(w0, w1) as colours and contours. ☆ is the best w, ● the current "
                                  "one. Click to start from there.")),
        (translate("HelpOverlay", "Loss curve"),
         translate("HelpOverlay", "E after each step. The timeline below it goes back to any earlier step.")),
        (translate("HelpOverlay", "Tabs"),
         translate("HelpOverlay", "The numbers, the partial-derivative slices, the update rule with its numbers, "
                                  "the grid search, and the program that finds w (Code).")),
    ]


class HelpOverlay(QWidget):
    def __init__(self, parent: QWidget, look: S.Look) -> None:
        super().__init__(parent)
        self.look = look
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addWidget(self.label)
        self.hide()
        parent.installEventFilter(self)

    def html(self, columns: int = 1) -> str:
        """The panels and the keys; with two columns side by side (a wide window), else one below the other."""
        keys = "".join(f"<tr><td style='padding-right:16px'><b>{k}</b></td><td>{v}</td></tr>"
                       for k, v in shortcut_rows())
        panels = "".join(f"<tr><td style='padding-right:16px'><b>{k}</b></td><td>{v}</td></tr>"
                         for k, v in panel_rows())
        title = self.tr("gdstudio — what is on the screen")
        keys_title = self.tr("Keys")
        close = self.tr("Press any key or click to close.")
        panels_part = f"<h2>{title}</h2><table>{panels}</table>"
        keys_part = f"<h2>{keys_title}</h2><table>{keys}</table>"
        body = (f"<table width='100%'><tr><td width='45%' style='padding-right:32px'>{panels_part}</td>"
                f"<td width='55%'>{keys_part}</td></tr></table>" if columns == 2 else panels_part + keys_part)
        return body + f"<p style='color:#cccccc'>{close}</p>"

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())

    def showEvent(self, event) -> None:  # noqa: N802
        self.setGeometry(self.parentWidget().rect())
        self.fit()
        self.raise_()
        self.setFocus()
        super().showEvent(event)

    def fit(self) -> None:
        """Everything on the screen at once: two columns in a wide window, and the text as large as
        fits (from the look's size down), so no key is ever below the bottom edge."""
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        height = self.height() - margins.top() - margins.bottom()
        columns = 2 if width > 1.2 * height else 1
        self.label.setText(self.html(columns))
        size = self.look.pt(14)
        while True:  # (in the look of now)
            self.label.setStyleSheet(f"color: white; font-size: {size}pt;")
            if size <= 6 or self.label.heightForWidth(width) <= height:
                break
            size = round(size * 0.9, 1)
        self.font_size = size

    def paintEvent(self, event) -> None:  # noqa: N802
        QPainter(self).fillRect(self.rect(), QColor(0, 0, 0, 215))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        self.hide()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.hide()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
            self.fit()
        return False
