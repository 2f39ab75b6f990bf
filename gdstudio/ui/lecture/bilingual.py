"""A text of a lesson in both languages, side by side (or, when the text is big and the window small, one
above the other): the window's language first.

Editing one language keeps the other (`with_language`). `show(text)` changes a field only where
its text differs from the lesson's, so the cursor stays put while the teacher types.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from gdstudio.core.lesson import MAX_TEXT, Text
from gdstudio.core.lesson_edits import with_language

LANGUAGES = ("en", "ja")
LANGUAGE_NAMES = {"en": "English", "ja": "日本語"}  # each in its own language: not translated


def languages_for(language: str) -> tuple[str, ...]:
    """The lesson's languages, the window's first."""
    return (language, *[k for k in LANGUAGES if k != language]) if language in LANGUAGES else LANGUAGES


SIDE_BY_SIDE_CHARS = 30  # each language's field at least this many characters wide, or they are stacked


def stack_languages(font: QFont, width: int, label: str) -> bool:
    """Whether the two languages' fields go one above the other in `width` pixels (big text in a small
    window), rather than side by side."""
    metrics = QFontMetrics(font)
    return width - metrics.horizontalAdvance(label) - 40 < 2 * SIDE_BY_SIDE_CHARS * metrics.averageCharWidth()


class BilingualGrid:
    """Rows of a grid: a label, then each language's field — side by side under a header of language
    names, or (`stacked`) one above the other, each with its language's name in front."""

    def __init__(self, grid: QGridLayout, language: str, stacked: bool = False) -> None:
        self.grid, self.language, self.stacked, self.row = grid, language, stacked, 0
        for column in ((2,) if stacked else (1, 2)):
            grid.setColumnStretch(column, 1)
        if not stacked:
            for column, key in enumerate(languages_for(language), start=1):
                grid.addWidget(QLabel(f"<b>{LANGUAGE_NAMES[key]}</b>"), 0, column)
            self.row = 1

    def text(self, label: str, on_edit: Callable[[Text, str], None], lines: int = 1, hint: str = "") -> TextFields:
        fields = TextFields(label, self.language, on_edit, lines, hint)
        keys = languages_for(self.language)
        if self.stacked:
            self.grid.addWidget(fields.label, self.row, 0, len(keys), 1)
            for i, key in enumerate(keys):
                self.grid.addWidget(QLabel(LANGUAGE_NAMES[key]), self.row + i, 1)
                self.grid.addWidget(fields.fields[key], self.row + i, 2)
            self.row += len(keys)
        else:
            self.grid.addWidget(fields.label, self.row, 0)
            for column, key in enumerate(keys, start=1):
                self.grid.addWidget(fields.fields[key], self.row, column)
            self.row += 1
        return fields

    def widget(self, label: QWidget, widget: QWidget) -> None:
        """A row of one control (a choice, a number) under the fields."""
        self.grid.addWidget(label, self.row, 0)
        self.grid.addWidget(widget, self.row, 1, 1, 2 if self.stacked else 1)
        self.row += 1


class TextFields:
    """One line (or a few lines) per language; `on_edit(text, key)` gets the new Text and which language
    changed. BilingualGrid places them."""

    def __init__(self, label: str, language: str, on_edit: Callable[[Text, str], None], lines: int = 1,
                 hint: str = "") -> None:
        self.text = Text()
        self.on_edit = on_edit
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key in languages_for(language):
            if lines == 1:
                field: QLineEdit | QPlainTextEdit = QLineEdit()
                field.setMaxLength(MAX_TEXT)
                field.textEdited.connect(lambda _=None, k=key: self._on_edited(k))
            else:
                field = QPlainTextEdit()
                field.setTabChangesFocus(True)
                height = field.fontMetrics().lineSpacing() * lines + 2 * field.frameWidth() + 8
                field.setFixedHeight(height)
                field.textChanged.connect(lambda k=key: self._on_edited(k))
            field.setPlaceholderText(hint)
            field.setObjectName(f"{label}:{key}")
            field.setMinimumWidth(60)
            self.fields[key] = field
        self._filling = False

    def value(self, key: str) -> str:
        field = self.fields[key]
        return field.text() if isinstance(field, QLineEdit) else field.toPlainText()

    def set_value(self, key: str, value: str) -> None:
        """As if the teacher typed `value` into the `key` field (tests use it)."""
        field = self.fields[key]
        if isinstance(field, QLineEdit):
            field.setText(value)
            self._on_edited(key)  # (setText does not emit textEdited)
        else:
            field.setPlainText(value)

    def show(self, text: Text) -> None:
        self.text = text
        self._filling = True
        try:
            wanted = dict(text.by_language)
            for key, field in self.fields.items():
                if self.value(key).strip() == wanted.get(key, ""):
                    continue
                if isinstance(field, QLineEdit):
                    field.setText(wanted.get(key, ""))
                    field.setCursorPosition(0)  # (the start of a long title, not its end)
                else:
                    field.setPlainText(wanted.get(key, ""))
        finally:
            self._filling = False

    def set_enabled(self, on: bool) -> None:
        for widget in (self.label, *self.fields.values()):
            widget.setEnabled(on)

    def widgets(self) -> list[QWidget]:
        return [self.label, *self.fields.values()]

    def _on_edited(self, key: str) -> None:
        if self._filling:
            return
        new = with_language(self.text, key, self.value(key))
        if new != self.text:
            self.text = new
            self.on_edit(new, key)
