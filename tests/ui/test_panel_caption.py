"""CornerText and add_caption on a bare plot: where they go, which form and size they take, when they hide."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF

from gdstudio.ui.style import Look
from gdstudio.ui.widgets.panel_caption import CornerText, add_caption, points_under

LONG = "the parameters are fixed — one w is one line"


@pytest.fixture
def plot(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(640, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.getPlotItem().getViewBox().setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
    yield widget.getPlotItem()  # (the widget, which owns the plot, lives until the test ends)
    del widget


def taught_at(*points):
    xs, ys = np.array(points, dtype=float).T
    return lambda: ((xs, ys, 5.0, 1.0),)


def test_it_goes_where_no_taught_point_is(plot):
    box = plot.getViewBox()
    text = CornerText(box, "#000000", pg.mkColor("w"), (12,), places=("bottom-right", "top-right", "top-left"),
                      taught=taught_at((9.5, 0.5), (9.5, 9.5)))  # under the first two places
    text.set_forms("E = 1.234")
    assert text.isVisible() and text.place_name == "top-left" and text.covers == 0
    rect = text.rect_in_box()
    assert rect.left() == pytest.approx(6) and rect.top() == pytest.approx(6)
    assert points_under(rect, box, text.taught()) == 0


def test_it_keeps_clear_of_the_boxes_it_avoids(plot):
    box = plot.getViewBox()
    key = QRectF(box.width() - 200, box.height() - 100, 200, 100)  # over the bottom-right corner
    text = CornerText(box, "#000000", pg.mkColor("w"), (12,), avoid=lambda: [key])
    text.set_forms("E = 1.234")
    assert text.place_name != "bottom-right" and not text.rect_in_box().intersects(key)


def test_the_short_form_or_a_smaller_size_where_the_long_one_does_not_fit(plot):
    box = plot.getViewBox()
    text = CornerText(box, "#000000", pg.mkColor("w"), (40, 30), least=8.0, share=(0.5, 0.3))
    text.set_forms(LONG, "w fixed")
    assert text.text == LONG and text.point_size < 30  # shrunk below the listed sizes (to no less than 8 pt)
    assert text.rect_in_box().width() <= 0.5 * box.width()
    text.least = 30.0
    text.place()
    assert text.text == "w fixed" and text.point_size == 40


def test_an_optional_text_hides_where_it_would_cover_a_point_everywhere(plot):
    box = plot.getViewBox()
    grid = np.array([(x, y) for x in np.linspace(0, 10, 21) for y in np.linspace(0, 10, 21)])
    caption = add_caption(Look(), plot, LONG, "w fixed", taught=taught_at(*grid))
    assert not caption.isVisible()
    caption.taught = lambda: ()
    box.setRange(xRange=(0, 11), padding=0)  # (it follows the view)
    assert caption.isVisible() and caption.text == LONG


def test_a_new_number_is_laid_out_in_place_and_placed_again_only_when_it_outgrows_its_room(plot, monkeypatch):
    box = plot.getViewBox()
    text = CornerText(box, "#000000", pg.mkColor("w"), (14,), reserve="0")
    text.set_forms("E = 4.691")
    right = text.rect_in_box().right()
    placed = []
    monkeypatch.setattr(text, "place", lambda: placed.append(True))
    text.set_forms("E = 4.5")
    text.set_forms("E = 4.5")
    assert placed == [] and text.text == "E = 4.5"
    assert text.rect_in_box().right() == pytest.approx(right)  # right-aligned in its corner: it grows leftwards
    text.set_forms("E = 123456.789")
    assert placed == [True]
