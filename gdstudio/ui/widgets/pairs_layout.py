"""A layout of name/value pairs that reflows to its width (the Values tab on a projector).

Two groups of pairs: the main ones and the side ones. When both column pairs fit the width, the side
pairs stand beside the main ones (name, value, name, value on a line); when they do not, below them,
one pair a line in shared columns; and a pair too wide even for that puts its value on a line of its
own under its name. Every widget keeps at least its size hint (no text is cut): the narrowest the
layout gets is its widest name or value.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


@dataclass
class Pair:
    name: QLayoutItem
    value: QLayoutItem


class PairsLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 14, gap: int = 46) -> None:
        super().__init__(parent)
        self._pairs: dict[bool, list[Pair]] = {False: [], True: []}  # side → pairs
        self._items: list[QLayoutItem] = []
        self._spacing = spacing  # between a name and its value
        self._gap = gap          # between the main column pair and the side one
        self._beside = True
        # Sizes as last worked out, until a pair's widget or the layout changes (Qt then calls invalidate()):
        # one relayout of the window asks for them a dozen times (2–3 ms for every text that changed).
        self._heights: dict[int, int] = {}
        self._hint: QSize | None = None
        self._minimum: QSize | None = None
        self.setContentsMargins(0, 0, 0, 0)

    # Filling

    def add_pair(self, name: QWidget, value: QWidget, side: bool = False) -> None:
        items = []
        for widget in (name, value):
            self.addChildWidget(widget)
            item = QWidgetItem(widget)
            self._items.append(item)
            items.append(item)
        self._pairs[side].append(Pair(*items))
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt naming; a lone item is a pair without a value)
        raise TypeError("PairsLayout holds pairs: use add_pair(name, value)")

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        for pairs in self._pairs.values():
            pairs[:] = [p for p in pairs if item not in (p.name, p.value)]
        return item

    # Sizes

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def invalidate(self) -> None:
        self._heights.clear()
        self._hint = self._minimum = None
        super().invalidate()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def sizeHint(self) -> QSize:  # noqa: N802
        if self._hint is None:
            width = self.beside_width()
            self._hint = QSize(width + self._margins(), self.heightForWidth(width + self._margins()))
        return QSize(self._hint)

    def minimumSize(self) -> QSize:  # noqa: N802
        # As narrow as the widest name or value; as short as side by side (the height follows the width).
        if self._minimum is None:
            narrowest = max((item.sizeHint().width() for item in self._items), default=0)
            self._minimum = QSize(narrowest + self._margins(), self.heightForWidth(self.sizeHint().width()))
        return QSize(self._minimum)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def is_beside(self) -> bool:
        """Whether the side pairs stand beside the main ones (as last arranged)."""
        return self._beside

    def _margins(self) -> int:
        m = self.contentsMargins()
        return m.left() + m.right()

    def _columns(self, pairs: list[Pair]) -> tuple[int, int]:
        return (max((p.name.sizeHint().width() for p in pairs), default=0),
                max((p.value.sizeHint().width() for p in pairs), default=0))

    def pair_width(self, pair: Pair) -> int:
        """A name and its value on one line."""
        return pair.name.sizeHint().width() + self._spacing + pair.value.sizeHint().width()

    def widest_pair(self) -> int:
        """The width the widest pair needs on one line."""
        return max((self.pair_width(p) for pairs in self._pairs.values() for p in pairs), default=0)

    def beside_width(self) -> int:
        main, side = self._columns(self._pairs[False]), self._columns(self._pairs[True])
        return main[0] + self._spacing + main[1] + (self._gap + side[0] + self._spacing + side[1] if any(side) else 0)

    # Arranging

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the pairs in `rect` (when `move`); the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        left, width, y = area.x(), area.width(), area.y()
        v_space = max(self.spacing(), 0)
        main, side = self._pairs[False], self._pairs[True]
        beside = width >= self.beside_width()
        if move:
            self._beside = beside
        lines: list[list[tuple[QLayoutItem, int, bool]]] = []  # per line: (item, x of its column, align right)
        if beside:
            names, values = self._columns(main)
            side_x = left + names + self._spacing + values + self._gap
            side_names, side_values = self._columns(side)
            for i in range(max(len(main), len(side))):
                line = []
                if i < len(main):
                    line += [(main[i].name, left, False), (main[i].value, left + names + self._spacing + values, True)]
                if i < len(side):
                    line += [(side[i].name, side_x, False),
                             (side[i].value, side_x + side_names + self._spacing + side_values, True)]
                lines.append(line)
        else:
            names, values = (max(a, b) for a, b in zip(self._columns(main), self._columns(side)))
            right = left + min(width, names + self._spacing + values)
            for i, pair in enumerate(main + side):
                if i == len(main) and main:
                    lines.append([])  # (a blank line between the groups)
                fits = self.pair_width(pair) <= right - left
                if fits:
                    lines.append([(pair.name, left, False), (pair.value, right, True)])
                else:
                    lines += [[(pair.name, left, False)], [(pair.value, right, True)]]
        top = y
        for n, line in enumerate(lines):
            if not line:
                y += v_space
                continue
            height = max(item.sizeHint().height() for item, _, _ in line)
            if move:
                for item, x, right_aligned in line:
                    hint = item.sizeHint()
                    w = hint.width()
                    item.setGeometry(QRect(x - w if right_aligned else x, y + (height - hint.height()) // 2,
                                           w, hint.height()))
            y += height + (v_space if n < len(lines) - 1 else 0)
        return y - top + m.top() + m.bottom()
