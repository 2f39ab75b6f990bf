"""Tabs that never cut a tab off: when a tab widget's tabs are wider than the widget (five tabs at 1024 px
and 200 %), its tab bar gives way to a chooser above the pages that names the shown page whole and lists
the others; when they fit again, the tabs come back. The tab widget stays what the rest of the window
talks to (current index, titles, tooltips); the chooser only follows and sets it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QComboBox, QTabWidget, QVBoxLayout, QWidget


class TabChooser(QComboBox):
    def __init__(self, tabs: QTabWidget, parent=None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.setToolTip(self.tr("Which page to show (the tabs do not fit the width here)"))
        for i in range(tabs.count()):
            self.addItem(tabs.tabText(i))
            self.setItemData(i, tabs.tabToolTip(i), Qt.ItemDataRole.ToolTipRole)  # (each entry explains its page)
        self.setCurrentIndex(tabs.currentIndex())
        tabs.currentChanged.connect(self._on_tab_changed)
        self.activated.connect(tabs.setCurrentIndex)
        self.setVisible(False)

    @property
    def folded(self) -> bool:
        """Whether the chooser stands in for the tab bar."""
        return not self.isHidden()

    def fit(self, width: int) -> None:
        """The tab bar where all its tabs fit `width`, else the chooser."""
        bar = self.tabs.tabBar()
        fold = bar.sizeHint().width() > width
        if fold != self.folded:
            bar.setVisible(not fold)
            self.setVisible(fold)
            self._fit_height()

    def _fit_height(self) -> None:
        """A hidden tab bar still counts in QTabWidget's minimum height: where the chooser has its place, the
        shown page's own minimum instead (a page built when first shown has one only then)."""
        page = self.tabs.currentWidget()
        need = page.minimumSizeHint().height() + 4 if self.folded and page is not None else 0
        if need != self.tabs.minimumHeight():
            self.tabs.setMinimumHeight(need)

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        self.setCurrentIndex(index)
        QTimer.singleShot(0, self, self._fit_height)  # (after the page is shown: a lazy page is built then)


class _WidthWatcher(QObject):
    def __init__(self, chooser: TabChooser, area: QWidget) -> None:
        super().__init__(area)
        self.chooser = chooser
        area.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.chooser.fit(watched.width())
        return False


def with_tab_chooser(tabs: QTabWidget) -> tuple[QWidget, TabChooser]:
    """`tabs` in a widget with a chooser above it that takes the tab bar's place when the tabs do not fit.
    Call after every tab is added."""
    area = QWidget()
    layout = QVBoxLayout(area)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    chooser = TabChooser(tabs)
    layout.addWidget(chooser)
    layout.addWidget(tabs, 1)
    _WidthWatcher(chooser, area)
    return area, chooser
