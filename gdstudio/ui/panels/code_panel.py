"""The Code tab: the numpy program that does what the app does with the current settings.

It is `core.code_export.program_for(document, steps)`, shown big, monospace and
syntax-highlighted, with a Copy button. It follows every change of the document: a new
setting, new points, another optimizer, and the steps taken (the steps so far, or 100 before
the first). Regenerating is throttled (at most every REFRESH_MS, and only while the tab is on
screen: a hidden tab catches up when shown), and the text is set only when it changed, keeping
the scroll position.

Public attributes:
    editor        the read-only QPlainTextEdit
    copy_button   copies the whole program to the clipboard
    text()        the program shown
"""

from __future__ import annotations

import keyword
import re

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from gdstudio.core.code_export import program_for, program_steps
from gdstudio.engine.controller import Controller
from gdstudio.ui.style import Look
from gdstudio.ui.widgets.flow_layout import FlowLayout, group
from gdstudio.ui.widgets.throttle import LazyRefresh

CODE_PT = 11.0      # before the look's scaling: big for the back row, yet most lines whole at 150 %
REFRESH_MS = 400    # regenerate at most this often (while playing, the step count changes every frame)
BUILTINS = frozenset({"print", "range", "len", "max", "float", "repr", "divmod"})
_TOKEN = re.compile(r'(?P<triple>""")'
                    r"""|(?P<string>[fFrRbB]?"[^"\n]*"|[fFrRbB]?'[^'\n]*')"""
                    r"|(?P<comment>#.*)"
                    r"|(?P<number>(?<![\w.])(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"
                    r"|(?P<word>[A-Za-z_]\w*)")
IN_DOCSTRING = 1  # a block state: the block ends inside a triple-quoted string


def _format(colour: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(colour))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    f.setFontItalic(italic)
    return f


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, built-ins and defined names, comments, strings, docstrings (as quiet as comments, so
    the code stands out) and numbers, in the look's colours."""

    def __init__(self, document, look: Look) -> None:
        super().__init__(document)
        self.formats = {
            "keyword": _format(look.blue, bold=True),
            "name": _format(look.purple, bold=True),   # built-ins, and the name after def
            "comment": _format(look.muted, italic=True),
            "string": _format(look.green),
            "docstring": _format(look.muted),
            "number": _format(look.vermillion),
        }

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.setCurrentBlockState(0)
        pos = 0
        if self.previousBlockState() == IN_DOCSTRING:
            pos = self._string_to_end(text, 0)
            if pos < 0:
                return
        after_def = False
        while (m := _TOKEN.search(text, pos)) is not None:
            kind, start, pos = m.lastgroup, m.start(), m.end()
            if kind == "triple":
                pos = self._string_to_end(text, start, pos)
                if pos < 0:
                    return
            elif kind == "word":
                word = m.group()
                if after_def or word in BUILTINS:
                    self.setFormat(start, pos - start, self.formats["name"])
                elif keyword.iskeyword(word):
                    self.setFormat(start, pos - start, self.formats["keyword"])
                after_def = word in ("def", "class")
                continue
            else:
                self.setFormat(start, pos - start, self.formats[str(kind)])
            after_def = False

    def _string_to_end(self, text: str, start: int, search_from: int | None = None) -> int:
        """Colour a triple-quoted string from `start` to its closing quotes; the position after them,
        or -1 if it goes on in the next block."""
        end = text.find('"""', start if search_from is None else search_from)
        if end < 0:
            self.setFormat(start, len(text) - start, self.formats["docstring"])
            self.setCurrentBlockState(IN_DOCSTRING)
            return -1
        self.setFormat(start, end + 3 - start, self.formats["docstring"])
        return end + 3


class CodePanel(QWidget):
    """The program that finds w, for the controller's document, kept up to date."""

    sig_enlarge = Signal()  # the Full window button: the window lets this panel fill it, or brings the others back

    def __init__(self, controller: Controller, look: Look, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.look = look
        self._text = ""
        self._steps = -1
        self.caption = QLabel()
        self.caption.setStyleSheet(f"font-weight: bold; color: {look.ink};")
        self.caption.setWordWrap(True)  # (one long line would make the whole window wider than a projector)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the whole program to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.enlarge_button = QPushButton(self.tr("Full window"))
        self.enlarge_button.setToolTip(self.tr("Let the program fill the window; press again to bring the "
                                               "panels back"))
        self.enlarge_button.clicked.connect(self.sig_enlarge)
        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.editor.setToolTip(self.tr("The numpy program that does what the app does with these settings: run "
                                       "with python, it prints the steps as CSV, as File → Export trajectory "
                                       "writes them. Ctrl + mouse wheel: text size."))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(look.pt(CODE_PT))
        self.editor.setFont(font)
        self.editor.setTabStopDistance(4 * self.editor.fontMetrics().horizontalAdvance(" "))
        self.editor.setStyleSheet(f"QPlainTextEdit {{ background: {look.background}; color: {look.ink}; }}")
        self.highlighter = PythonHighlighter(self.editor.document(), look)

        # The buttons wrap below the caption where the tab is narrow (1024 px at 200 %), rather than make
        # the tabs wider than the loss curve beside them.
        header = FlowLayout(spacing=8)
        header.addWidget(self.caption)
        header.addWidget(group(self.copy_button, self.enlarge_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.editor, 1)

        # Never per frame: at most every REFRESH_MS, and a hidden tab catches up when it is shown.
        self._refresh = LazyRefresh(self, self.refresh, lambda: True, REFRESH_MS)
        for signal in (controller.sig_settings_changed, controller.sig_data_changed, controller.sig_runs_changed):
            signal.connect(self._on_document_changed)
        controller.sig_run_state_changed.connect(self._on_run_state_changed)
        controller.sig_history_changed.connect(self._on_history_changed)
        self.refresh()

    def text(self) -> str:
        return self._text

    @Slot()
    def refresh(self) -> None:
        """Regenerate the program; set it only if it changed (keeping the scroll position)."""
        self._steps = program_steps(self.controller.history.steps_taken)
        text = program_for(self.controller.document, self._steps)
        if text == self._text:
            return
        self._text = text
        self.caption.setText(self.tr("The program that finds w ({steps} steps)").format(steps=f"{self._steps:,}"))
        bars = self.editor.verticalScrollBar(), self.editor.horizontalScrollBar()
        where = [bar.value() for bar in bars]
        self.editor.setPlainText(text)
        for bar, value in zip(bars, where):
            bar.setValue(value)

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
        self.controller.say(self.tr("Copied the program ({lines} lines): paste it into a .py file and run it "
                                    "with python.").format(lines=self._text.count("\n")))

    @Slot()
    def _on_document_changed(self) -> None:
        self._refresh()

    @Slot(object)
    def _on_run_state_changed(self, _state) -> None:
        self._refresh()

    @Slot()
    def _on_history_changed(self) -> None:  # every frame while playing: only compare a number
        if program_steps(self.controller.history.steps_taken) != self._steps:
            self._refresh()
