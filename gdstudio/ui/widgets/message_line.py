"""The window's message line: wrapped where there is room, one elided line where there is not.

In a short window (1024×768 at 200 %) a message of two wrapped lines at projector size took 110 px,
and the plots above it gave them up (the data plot was 70 px tall). There the message keeps to one
line, cut with "…" to the width, and its whole text is the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

ELIDE_SLACK = 2  # px short of the width (the style sheet's padding is inside contentsRect already)


class MessageLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._one_line = False
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def full_text(self) -> str:
        """The whole message, whether or not it is shown whole."""
        return self._full

    def set_message(self, text: str, one_line: bool) -> None:
        if (text, one_line) == (self._full, self._one_line):
            return
        self._full, self._one_line = text, one_line
        self.setWordWrap(not one_line)
        self._show_text()
        self.updateGeometry()

    def is_elided(self) -> bool:
        return self.text() != self._full

    def _show_text(self) -> None:
        if self._one_line:
            room = self.contentsRect().width() - 2 * self.margin() - ELIDE_SLACK
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, 0))
        else:
            shown = self._full
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().sizeHint()
        if self._one_line:  # (its whole text must not widen the window: it is cut to the width instead)
            return QSize(0, hint.height())
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(0, hint.height()) if self._one_line else hint

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._one_line:
            self._show_text()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if self._one_line and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show_text()  # (cut again in the new font)
