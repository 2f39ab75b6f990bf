"""The data panel's squared residuals: each residual yᵢ − f_w(xᵢ) drawn as a square, its key sample, and the
error E = ½ × the squares' area in big type.

A square's side is |yᵢ − f_w(xᵢ)|: upright in the y axis's units, from the point to the line, and across as
many pixels as upright. So each square looks square whatever the axes' scales — the view needs no 1:1 lock,
which squeezed the points into a third of the panel (and data in the thousands into a flat line) — and its
area on screen is ∝ (yᵢ − f_w(xᵢ))². Measured in the y axis's units on both sides it is exactly that, so
E = ½ × the total area (the mean form: ½ × the mean area; with y standardised, divided by σy² as well).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPainterPath

from gdstudio.core.model import LossForm
from gdstudio.i18n import translate
from gdstudio.ui.style import Look, fmt
from gdstudio.ui.widgets.panel_caption import CornerText, backdrop

FILL = (213, 94, 0, 50)  # the squares' translucent vermillion: the points and the line show through
TOTAL_SHARE = (0.85, 0.25)  # the big E takes at most this share of the plot's width and height


def square_outlines(x: np.ndarray, bottom: np.ndarray, side: np.ndarray,
                    width: np.ndarray | None = None) -> QPainterPath:
    """One closed outline per square (lower-left corner, side; `width` across if not the side), built by numpy
    in one go: a Python loop of addRect took 1.2 s for the 100,000-point preset, on every frame."""
    width = side if width is None else width
    left, right, top = x, x + width, bottom + side
    xs = np.column_stack([left, right, right, left, left]).ravel()
    ys = np.column_stack([bottom, bottom, top, top, bottom]).ravel()
    connect = np.tile(np.array([1, 1, 1, 1, 0], dtype=np.int32), len(x))  # (each square's last corner ends it)
    return pg.arrayToQPath(xs, ys, connect=connect)


def across(sides: np.ndarray, pixel_scale: tuple[float, float]) -> np.ndarray:
    """The squares' widths in x units: as many pixels across as their sides (y units) are upright."""
    sx, sy = pixel_scale
    return sides * (sy / sx)


def number(value: float, digits: int = 5) -> str:
    """A number as the Values tab shows it (fmt, `digits` significant), with the minus sign − and thousands
    separators (12,346; 1.2346e5 stays as it is)."""
    text = fmt(value, digits)
    mantissa, e, exponent = text.partition("e")
    negative = mantissa.startswith("−")
    whole, dot, fraction = mantissa.lstrip("−").partition(".")
    if len(whole) > 3 and whole.isdigit():
        whole = f"{int(whole):,}"
    return ("−" if negative else "") + whole + dot + fraction + e + exponent


def total_texts(loss: float, form: LossForm, y_scaled: bool) -> tuple[str, str]:
    """'E = ½ × total area = 4.691', the error as the squares show it for the error form in use, and where
    that does not fit, 'E = 4.691'."""
    area = (translate("DataPanel", "total area") if form is LossForm.SUM else
            translate("DataPanel", "mean area"))
    if y_scaled:  # fitting on (y − ȳ)/σy: each square's area is σy² times its residual's in the fit
        area += " ÷ σy²"
    value = number(loss)
    return translate("DataPanel", "E = ½ × {area} = {value}").format(area=area, value=value), f"E = {value}"


def total_label(look: Look, box: pg.ViewBox, taught, avoid) -> CornerText:
    """The big E, in the squares' colour, as large as the Values tab's numbers and larger where there is room."""
    sizes = [look.pt(size) for size in (20, 17, 14, 12, 10, 8)]
    return CornerText(box, look.vermillion, backdrop(look), sizes, least=look.pt(6.5), bold=True, share=TOTAL_SHARE,
                      taught=taught, avoid=avoid, reserve="0")


def key_sample(look: Look) -> pg.ScatterPlotItem:
    """What the key shows for the squares: one square drawn as they are (the item itself is not plotted)."""
    return pg.ScatterPlotItem(symbol="s", size=look.px(14), pen=pg.mkPen(look.vermillion, width=look.lw(1)),
                              brush=pg.mkBrush(*FILL))
