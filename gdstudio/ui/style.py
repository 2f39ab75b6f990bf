"""Shared look: colours, pens and fonts sized for a projector as well as a laptop."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem

# Okabe–Ito colours: distinguishable with every common colour-vision deficiency.
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
GREEN = "#009E73"
SKY = "#56B4E9"
PURPLE = "#CC79A7"
INK = "#1a1a1a"
MUTED = "#5a5a5a"

# One colour per run in a race (run 0 is the lecture's own path colour).
RUN_COLOURS = (ORANGE, SKY, PURPLE, INK)

BASE_POINT_SIZE = 11


def configure_pyqtgraph() -> None:
    # Thick antialiased polylines are drawn as slow stroked paths; as separate segments they
    # paint several times faster and look the same at these widths.
    pg.setConfigOptions(antialias=True, background="w", foreground=INK, segmentedLineMode="on")


def style_plot(plot: pg.PlotItem, title: str, x_label: str, y_label: str, grid: bool = True) -> None:
    """Readable titles, axis labels and tick labels for one panel. Grid lines only at the labelled
    ticks: pyqtgraph's finer levels cost most of a frame to paint and add nothing on a projector."""
    plot.setTitle(title, size=f"{BASE_POINT_SIZE + 3}pt", color=INK)
    tick_font = QFont()
    tick_font.setPointSize(BASE_POINT_SIZE)
    for name, label in (("bottom", x_label), ("left", y_label)):
        axis = plot.getAxis(name)
        axis.setTickFont(tick_font)
        axis.setTextPen(INK)
        axis.setPen(MUTED)
        axis.setLabel(label, **{"font-size": f"{BASE_POINT_SIZE + 1}pt", "color": INK})
        axis.enableAutoSIPrefix(False)  # "(x0.001)" beside a label confuses more than it helps
        axis.setStyle(maxTickLevel=1)
        # Repaint axes from a pixmap unless their ticks change: text is slow to draw every frame.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    if grid:
        plot.showGrid(x=True, y=True, alpha=0.15)


def fmt(value: float, digits: int = 4) -> str:
    """A number for a label: significant digits, no '-0', scientific only when needed."""
    text = f"{value:.{digits}g}"
    return "0" if text in ("-0", "0") else text.replace("e+0", "e").replace("e-0", "e-").replace("e+", "e")


def add_legend(plot: pg.PlotItem, entries, corner: str = "top-left", dark: bool = False) -> pg.LegendItem:
    """A compact legend; `dark` gives it a dark backdrop with white text (for use over the colour map,
    whose white markers would vanish on white)."""
    offset = {"top-left": (8, 8), "top-right": (-8, 8), "bottom-right": (-8, -8)}[corner]
    brush = pg.mkBrush(30, 30, 30, 190) if dark else pg.mkBrush(255, 255, 255, 210)
    legend = plot.addLegend(offset=offset, brush=brush, pen=pg.mkPen(MUTED),
                            labelTextSize=f"{BASE_POINT_SIZE - 1}pt", labelTextColor="w" if dark else INK,
                            verSpacing=-4)
    for item, name in entries:
        legend.addItem(item, name)
    return legend
