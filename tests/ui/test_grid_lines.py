"""The plots' grid lines: a layer of their own at the axes' ticks, so that the axes stay beside the plot."""

import numpy as np
import pytest
from PySide6.QtGui import QColor

from gdstudio.ui.style import THEMES, Look


def _scene_rect(item):
    return item.mapRectToScene(item.boundingRect())


def _line_positions(grid, vertical: bool) -> list[float]:
    return sorted(line.x1() if vertical else line.y1() for _pen, lines in grid.levels for line in lines
                  if (line.x1() == line.x2()) == vertical)


def test_the_lines_are_at_the_axes_ticks_and_the_axes_stay_off_the_plot(window):
    plot = window.loss_panel.plot_widget.getPlotItem()
    grid = window.loss_panel.grid_lines
    view_box = plot.getViewBox()
    view_box.setRange(xRange=(0, 10), yRange=(0, 5), padding=0)
    window.repaint()
    for name, vertical, index in (("bottom", True, 0), ("left", False, 1)):
        axis = plot.getAxis(name)
        # Their bounding rectangles used to cover the plot (pyqtgraph's grid): every curve update repainted them.
        assert not _scene_rect(axis).intersects(_scene_rect(view_box).adjusted(1, 1, -1, -1))
        lo, hi = view_box.viewRange()[index]
        size = view_box.width() if vertical else view_box.height()
        ticks = [v for _spacing, values in axis.tickValues(lo, hi, size) for v in values if lo <= v <= hi]
        assert len(ticks) >= 3
        length = view_box.width() if vertical else view_box.height()
        along = [(v - lo) / (hi - lo) * length for v in ticks]  # (y grows downwards on the screen)
        expected = sorted(along if vertical else [length - p for p in along])
        np.testing.assert_allclose(_line_positions(grid, vertical), expected, atol=1e-6)


def _point(value: float, vertical: bool):
    from PySide6.QtCore import QPointF
    return QPointF(value, 0.0) if vertical else QPointF(0.0, value)


def test_log_scale_moves_the_lines_to_the_decades(window, qtbot):
    panel = window.loss_panel
    window.controller.step(20)
    qtbot.waitUntil(lambda: window.controller.history.steps_taken >= 20)
    window.controller.flush_frame()
    before = _line_positions(panel.grid_lines, vertical=False)
    panel.log_scale.setChecked(True)
    view_box = panel.plot_widget.getPlotItem().getViewBox()
    axis = panel.plot_widget.getPlotItem().getAxis("left")
    lo, hi = view_box.viewRange()[1]
    ticks = [v for _s, values in axis.tickValues(lo, hi, view_box.height()) for v in values if lo <= v <= hi]
    after = _line_positions(panel.grid_lines, vertical=False)
    assert after != before
    height = view_box.height()
    np.testing.assert_allclose(after, sorted(height - (v - lo) / (hi - lo) * height for v in ticks), atol=1e-6)


@pytest.mark.parametrize("theme", ["light", "dark", "projector"])
def test_the_lines_are_opaque_in_the_colour_a_faint_line_makes_on_the_background(qapp, theme):
    # (the software rasteriser blends a translucent line pixel by pixel: 20× slower than an opaque one)
    import pyqtgraph as pg

    from gdstudio.ui.style import style_plot
    look = Look.of(theme)
    widget = pg.PlotWidget(background=look.background)
    grid = style_plot(look, widget.getPlotItem(), "t", "x", "y")
    widget.resize(600, 400)
    widget.show()
    grid.refresh()
    ink, ground = QColor(look.muted), QColor(look.background)
    assert grid.levels
    for pen, _lines in grid.levels:
        colour = pen.color()
        assert colour.alpha() == 255
        # between the axis's ink and the background, nearer the background (a faint line)
        for a, b, c in ((ink.red(), ground.red(), colour.red()), (ink.green(), ground.green(), colour.green()),
                        (ink.blue(), ground.blue(), colour.blue())):
            assert min(a, b) - 1 <= c <= max(a, b) + 1
            assert abs(c - b) <= abs(a - b) * THEMES[theme].grid_alpha + 1
    widget.close()
