"""A scroll area that scrolls by whole rows, so that a projector never shows half a line of text.

A row is a horizontal band of the content: the visible widgets whose vertical extents overlap
(a name and its value, a button row). The viewport always starts where a row starts (the first
row's start is the content's top, a later row's is halfway between it and the row above) and ends
at the bottom of the last row that fits whole; the remainder of the height is a viewport margin,
left blank. The scroll bar, the wheel and the keys move by whole rows.

Widgets with a layout of their own (plain containers) are looked into: their children make the
rows. A row taller than the whole height cannot be shown whole; it is then scrolled as usual.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QScrollArea, QWidget

WHEEL_NOTCH = 120  # angleDelta of one notch of a mouse wheel


def bands(content: QWidget) -> list[tuple[int, int]]:
    """(top, bottom) of the rows of `content`'s visible widgets, in its coordinates, top to bottom
    (bottom exclusive): widgets whose vertical extents overlap share a row."""
    extents = sorted(_extents(content, content))
    rows: list[list[int]] = []
    for top, bottom in extents:
        if rows and top < rows[-1][1]:
            rows[-1][1] = max(rows[-1][1], bottom)
        else:
            rows.append([top, bottom])
    return [(top, bottom) for top, bottom in rows]


def _extents(widget: QWidget, content: QWidget) -> list[tuple[int, int]]:
    found = []
    for child in widget.findChildren(QWidget, "", Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isHidden() or child.isWindow() or child.width() <= 0 or child.height() <= 0:
            continue
        inner = [] if child.layout() is None or isinstance(child, QAbstractScrollArea) else _extents(child, content)
        if inner:
            found.extend(inner)
        else:
            top = child.mapTo(content, QPoint(0, 0)).y()
            found.append((top, top + child.height()))
    return found


class WholeRowsScrollArea(QScrollArea):
    """A QScrollArea (widget resizable, no frame) that shows and scrolls whole rows (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._margin = 0        # the blank at the viewport's bottom
        self._wheel = 0         # wheel angle not yet turned into rows
        self._settling = False
        self._later = QTimer(self)  # (resizes and layouts settle once they are done, not inside them)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._settle)
        self.verticalScrollBar().actionTriggered.connect(self._on_action)
        self.verticalScrollBar().valueChanged.connect(self._settle)

    # The rows

    def rows(self) -> list[tuple[int, int]]:
        """(start, bottom) of each row in the content's coordinates: where the viewport may start
        when the row is at its top, and where the row ends."""
        content = self.widget()
        if content is None:
            return []
        found = bands(content)
        starts = [0] + [(below + top + 1) // 2 for (_, below), (top, _) in zip(found, found[1:])]
        return [(start, bottom) for start, (_, bottom) in zip(starts, found)]

    def starts(self) -> list[int]:
        """The scroll bar's values: where a row starts (the ones from which the viewport can fill up)."""
        rows = self.rows()
        last = self._last_start(rows)
        return [start for start, _ in rows[:last + 1]]

    def full_height(self) -> int:
        """The viewport's height without the blank margin."""
        return self.viewport().height() + self._margin

    def _last_start(self, rows) -> int:
        """The index of the last row worth scrolling to: the first from which all the rest fit."""
        if not rows:
            return 0
        end, full = rows[-1][1], self.full_height()
        for i, (start, _) in enumerate(rows):
            if end - start <= full:
                return i
        return len(rows) - 1

    def _fitting_end(self, rows, index: int) -> int | None:
        """The bottom of the last row that fits whole when the viewport starts at row `index`."""
        start, full = rows[index][0], self.full_height()
        end = None
        for top, bottom in rows[index:]:
            if bottom - start > full:
                # (a row taller than the whole viewport can never be shown whole: its top, not a blank)
                return None if bottom - top > full else end
            end = bottom
        content = self.widget().height()  # all the rest fits: down to the content's end (the bar's too)
        return content if content - start <= full else end

    # Scrolling

    def scroll_to_row(self, index: int) -> None:
        """Show row `index` (clamped to the rows there are) at the top, and as many whole rows below it as fit."""
        rows = self.rows()
        bar = self.verticalScrollBar()
        if not rows or rows[-1][1] <= self.full_height():  # everything fits: nothing to scroll
            self._set_margin(0)
            bar.setValue(0)
            return
        index = max(0, min(index, self._last_start(rows)))
        end = self._fitting_end(rows, index)
        start = rows[index][0]
        self._set_margin(0 if end is None else max(0, self.full_height() - (end - start)))
        bar.setValue(start)

    def current_row(self) -> int:
        """The row at the viewport's top (the last that starts at or above it)."""
        starts = [start for start, _ in self.rows()]
        return max(0, bisect_right(starts, self.verticalScrollBar().value()) - 1)

    def _set_margin(self, margin: int) -> None:
        if margin != self._margin:
            self._margin = margin
            self.setViewportMargins(0, 0, 0, margin)

    def _settle(self, *_) -> None:
        """Snap the viewport to the row nearest to where the scroll bar is, and fit its bottom."""
        if self._settling:
            return
        self._settling = True
        try:
            starts = [start for start, _ in self.rows()]
            if not starts:
                self._set_margin(0)
                return
            value = self.verticalScrollBar().value()
            i = bisect_left(starts, value)
            if i == len(starts) or (i > 0 and value - starts[i - 1] < starts[i] - value):
                i -= 1
            self.scroll_to_row(i)
        finally:
            self._settling = False

    def _on_action(self, action: int) -> None:
        """Scroll bar arrows, page clicks, drags and keys: by whole rows."""
        bar = self.verticalScrollBar()
        rows = self.rows()
        if not rows:
            return
        A = QAbstractSlider.SliderAction
        action = A(action)
        row = self.current_row()
        if action == A.SliderSingleStepAdd:
            target = row + 1
        elif action == A.SliderSingleStepSub:
            target = row - 1
        elif action == A.SliderPageStepAdd:
            end = self._fitting_end(rows, row)
            target = max(row + 1, sum(1 for _, bottom in rows if end is not None and bottom <= end))
        elif action == A.SliderPageStepSub:
            target = row - 1
            while target > 0 and rows[row - 1][1] - rows[target - 1][0] <= self.full_height():
                target -= 1
        elif action == A.SliderToMinimum:
            target = 0
        elif action == A.SliderToMaximum:
            target = len(rows)
        elif action == A.SliderMove:
            starts = [start for start, _ in rows]
            position = bar.sliderPosition()
            i = bisect_left(starts, position)
            if bar.isSliderDown():  # a drag: the nearest row
                target = i if i < len(starts) and (i == 0 or starts[i] - position < position - starts[i - 1]) \
                    else i - 1
            else:  # moved by a program or a wheel: at least one row, in that direction
                target = i if position > bar.value() else bisect_right(starts, position) - 1
                if target == row and position != bar.value():
                    target += 1 if position > bar.value() else -1
        else:
            return
        bar.setSliderPosition(bar.value())  # (cancel the pixel step; the row step below replaces it)
        self._settling = True
        try:
            self.scroll_to_row(target)
        finally:
            self._settling = False

    # Events

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt naming)
        super().setWidget(widget)
        widget.installEventFilter(self)
        self._later.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        handled = super().eventFilter(watched, event)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._settle()
        elif watched is self.widget() and event.type() == QEvent.Type.Resize:
            self._later.start()  # (not inside the resize: the content's layout is not done with it yet)
        return handled

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._later.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self._later.start()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """One row a notch (a touchpad's small deltas add up to notches)."""
        delta = event.angleDelta().y()
        bar = self.verticalScrollBar()
        if delta == 0 or bar.maximum() == 0:
            event.ignore()
            return
        self._wheel += delta
        notches = int(self._wheel / WHEEL_NOTCH)
        if notches:
            self._wheel -= notches * WHEEL_NOTCH
            self._settling = True
            try:
                self.scroll_to_row(self.current_row() - notches)
            finally:
                self._settling = False
        event.accept()
