"""A text of a lesson in both languages, side by side: the window's language first, the other beside it.

Editing one language keeps the other (`with_language`). `show(text)` changes a field only where
its text differs from the lesson's, so the cursor stays put while the teacher types.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from gdstudio.core.lesson import MAX_TEXT, Text
from gdstudio.core.lesson_edits import with_language

LANGUAGES = ("en", "ja")
LANGUAGE_NAMES = {"en": "English", "ja": "日本語"}  # each in its own language: not translated


def languages_for(language: str) -> tuple[str, ...]:
    """The lesson's languages, the window's first."""
    return (language, *[k for k in LANGUAGES if k != language]) if language in LANGUAGES else LANGUAGES


def add_language_headers(grid: QGridLayout, row: int, language: str) -> None:
    for column, key in enumerate(languages_for(language), start=1):
        label = QLabel(f"<b>{LANGUAGE_NAMES[key]}</b>")
        grid.addWidget(label, row, column)


class TextFields:
    """One line (or a few lines) per language, in columns 1 and 2 of `grid`'s `row`; `on_edit(text, key)`
    gets the new Text and which language changed."""

    def __init__(self, grid: QGridLayout, row: int, label: str, language: str, on_edit: Callable[[Text, str], None],
                 lines: int = 1, hint: str = "") -> None:
        self.text = Text()
        self.on_edit = on_edit
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        grid.addWidget(self.label, row, 0)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for column, key in enumerate(languages_for(language), start=1):
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
            grid.addWidget(field, row, column)
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
