"""Short texts in a plot's view that keep out of the way: a panel's caption (what it holds fixed), a big number.

A `CornerText` lies in its view box's pixels (it does not pan or zoom with the data), on a translucent
backdrop, at the place — a corner, or the middle of the top or bottom edge — where it covers the fewest
of the points its panel names as taught (the key's `Taught`) and none of the boxes it must keep clear of
(the key's, another text's). Of its forms (a long text and a shorter one) and sizes it takes the first,
largest, that fits its share of the plot and covers nothing; where none does, the one that covers least
(an `optional` text hides instead). Clicks go through it to the plot.

`add_caption(look, plot, text, short)` makes the panels' captions alike: the data panel's "the parameters
are fixed — one w is one line", the parameter panel's "the data are fixed — they make the surface".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

from gdstudio.ui.style import BASE_POINT_SIZE, Look
from gdstudio.ui.widgets.plot_key import Taught

PLACES = ("bottom-right", "top-right", "bottom-left", "top-left", "bottom", "top")  # preferred first
CAPTION_PLACES = ("top", "bottom", "top-right", "bottom-right", "top-left", "bottom-left")  # under the title first
MARGIN_PX = 6   # from the plot's edges
PAD_PX = 3      # around the text, inside the backdrop
CAPTION_SHARE = (0.8, 0.2)  # at most this share of the plot's width and height
SHRINK = 0.85   # each smaller size tried, below the listed ones


def points_under(rect: QRectF, box: pg.ViewBox, taught: Taught) -> float:
    """The weighted count of taught points (view coordinates) under `rect` (the box's pixels)."""
    transform = box.childTransform()  # view coordinates → the box's pixels
    score = 0.0
    for xs, ys, radius, weight in taught:
        xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        if not len(xs):
            continue
        px = transform.m11() * xs + transform.m31()
        py = transform.m22() * ys + transform.m32()
        under = ((px > rect.left() - radius) & (px < rect.right() + radius)
                 & (py > rect.top() - radius) & (py < rect.bottom() + radius))
        score += weight * int(np.count_nonzero(under))
    return score


def backdrop(look: Look) -> QColor:
    """The key's translucent backdrop colour: the plot shows through, the text stays readable."""
    return QColor(30, 30, 30, 200) if look.dark else QColor(255, 255, 255, 215)


class CornerText(QGraphicsRectItem):
    def __init__(self, box: pg.ViewBox, colour: str, fill: QColor, sizes: Sequence[float], *, least: float = 0.0,
                 bold: bool = False,
                 share: tuple[float, float] = (0.6, 0.25), places: Sequence[str] = PLACES, optional: bool = False,
                 taught: Callable[[], Taught] = lambda: (), avoid: Callable[[], Iterable[QRectF]] = lambda: (),
                 reserve: str = "") -> None:
        super().__init__()
        self.box = box
        self.sizes = tuple(sizes)        # point sizes, largest first
        self.least = least               # below the last size, shrunk to fit down to this one
        self.share = share
        self.places = tuple(places)
        self.optional = optional
        self.taught = taught
        self.avoid = avoid
        self.reserve = reserve            # placed with room for this much more text (a number's next digit)
        self.place_name = self.places[0]  # where it is
        self.covers = 0.0                 # the weighted count of taught points under it, there
        self.wanted = True                # shown when there is room (set_wanted)
        self._forms: tuple[str, ...] = ()
        self._form = 0                    # which form is shown
        self._room = 0.0                  # the width it was placed with: a longer text places it again
        self._bold = bold
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setBrush(QColor(colour))
        self.label.setFont(self._font(self.sizes[0]))
        self.setBrush(fill)
        self.setPen(Qt.PenStyle.NoPen)
        self.setZValue(900)  # above the data, like the key
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setParentItem(box)
        self.hide()

    # ------------------------------------------------------------------ text
    @property
    def text(self) -> str:
        return self.label.text()

    @property
    def point_size(self) -> float:
        return self.label.font().pointSizeF()

    def set_forms(self, *forms: str) -> None:
        """Its texts, longest first: the first that fits is shown. Cheap enough for a number that changes every
        frame: nothing happens while they stay the same, and a new text in the form shown is only laid out
        again where it is, unless it is wider than the room it was placed with."""
        forms = tuple(f for f in forms if f)
        if forms == self._forms:
            return
        same_kind = len(forms) == len(self._forms)
        self._forms = forms
        if same_kind and self.isVisible():
            text = forms[self._form]
            w, h = self._size(text, self.point_size)
            if w <= self._room:
                self.label.setText(text)
                self._lay_out(self._rect(self.place_name, w, h))
                return
        self.place()

    def set_wanted(self, wanted: bool) -> None:
        if wanted != self.wanted:
            self.wanted = wanted
            self.place()

    def _font(self, size: float) -> QFont:
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(self._bold)
        return font

    def _size(self, text: str, size: float) -> tuple[float, float]:
        metrics = QFontMetricsF(self._font(size))
        return metrics.horizontalAdvance(text) + 2 * PAD_PX, metrics.height() + 2 * PAD_PX

    def _sizes_for(self, text: str, box_w: float, box_h: float) -> tuple[float, ...]:
        """The sizes to try for `text`: the listed ones, then smaller ones down to `least` (from the one that
        just fits its share, each a step smaller: somewhere it may then cover nothing)."""
        w, h = self._size(text, self.sizes[-1])
        size = min(self.sizes[-1] * min(self.share[0] * box_w / w, self.share[1] * box_h / h) * 0.99,
                   self.sizes[-1] * SHRINK)
        smaller = []
        while size >= self.least > 0:
            smaller.append(round(size, 1))
            size *= SHRINK
        return self.sizes + tuple(smaller)

    # ------------------------------------------------------------- placement
    def rect_in_box(self) -> QRectF:
        """Where it lies, in the view box's pixels (empty while hidden)."""
        return self.mapRectToParent(self.rect()) if self.isVisible() else QRectF()

    def _rect(self, place: str, w: float, h: float) -> QRectF:
        box_w, box_h = self.box.width(), self.box.height()
        left = (MARGIN_PX if "left" in place else box_w - MARGIN_PX - w if "right" in place else (box_w - w) / 2)
        top = MARGIN_PX if place.startswith("top") else box_h - MARGIN_PX - h
        return QRectF(left, top, w, h)

    def place(self) -> None:
        """Take the first form and size that fit and the first place where it covers nothing (else the least)."""
        box_w, box_h = self.box.width(), self.box.height()
        if not (self.wanted and self._forms) or box_w <= 0 or box_h <= 0:
            self.hide()
            return
        keep_clear = [r for r in self.avoid() if not r.isEmpty()]
        taught = tuple(self.taught())
        best: tuple[float, int, float, QRectF, str] | None = None
        for form, text in enumerate(self._forms):
            for size in self._sizes_for(text + self.reserve, box_w, box_h):
                w, h = self._size(text + self.reserve, size)
                if w > self.share[0] * box_w or h > self.share[1] * box_h:
                    continue
                for place in self.places:
                    rect = self._rect(place, w, h)
                    if any(rect.intersects(r) for r in keep_clear):
                        continue
                    score = points_under(rect, self.box, taught)
                    if best is None or score < best[0]:
                        best = (score, form, size, rect, place)
                    if score == 0:
                        return self._show(*best)
        if best is None and not self.optional:  # nowhere it fits: the shortest form, smallest, where preferred
            text, size = self._forms[-1], self.sizes[-1]
            best = (0.0, len(self._forms) - 1, size, self._rect(self.places[0], *self._size(text, size)),
                    self.places[0])
        if best is None or (self.optional and best[0] > 0):
            self.hide()
            return
        self._show(*best)

    def _show(self, score: float, form: int, size: float, room: QRectF, place: str) -> None:
        """Show form `form` at `size` in `place`, where it was measured with its reserve (`room`)."""
        self.covers, self._form, self.place_name, self._room = score, form, place, room.width()
        text = self._forms[form]
        if self.label.text() != text or self.point_size != size:
            self.label.setFont(self._font(size))
            self.label.setText(text)
        self._lay_out(self._rect(place, *self._size(text, size)))
        self.show()

    def _lay_out(self, rect: QRectF) -> None:
        self.setPos(rect.topLeft())
        self.setRect(0, 0, rect.width(), rect.height())
        self.label.setPos(PAD_PX, PAD_PX)


def add_caption(look: Look, plot: pg.PlotItem, text: str, short: str = "", *,
                taught: Callable[[], Taught] = lambda: (), avoid: Callable[[], Iterable[QRectF]] = lambda: (),
                follow_view: bool = True) -> CornerText:
    """The caption of a panel: one short line saying what the panel holds fixed, in the muted ink of the look
    in small type (the key's size or a little larger), where it covers no taught point and keeps clear of the
    `avoid` boxes (in the view box's pixels: the key's, say); `short` is used where `text` does not fit, and
    it hides where neither fits without covering a point. With `follow_view` it is placed again when the
    plot is resized or panned (else the panel calls `place()`, e.g. after its key has moved)."""
    box = plot.getViewBox()
    caption = CornerText(box, look.muted, backdrop(look), (look.pt(BASE_POINT_SIZE - 1), look.pt(BASE_POINT_SIZE - 2)),
                         least=look.pt(BASE_POINT_SIZE - 3), share=CAPTION_SHARE, places=CAPTION_PLACES, optional=True,
                         taught=taught, avoid=avoid)
    caption.set_forms(text, short)
    if follow_view:
        box.sigResized.connect(caption.place)
        box.sigRangeChanged.connect(caption.place)
    return caption
