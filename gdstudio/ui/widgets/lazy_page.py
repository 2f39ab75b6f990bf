"""A tab page built the first time it is shown (or asked for): a change of theme, size or language rebuilds
every panel, and a hidden tab full of plots was a third of that rebuild's time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyPage(QWidget, Generic[W]):
    def __init__(self, build: Callable[[], W], parent=None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: W | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._content is not None

    def content(self) -> W:
        """The page's widget, built now if it was not yet."""
        if self._content is None:
            self._content = self._build()
            self.layout().addWidget(self._content)
            self._content.show()  # (now: Qt would show a widget added to a shown one only at the next event)
        return self._content

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.content()
        super().showEvent(event)
