"""Slides 10–12 in the parameter panel: the hovered w marked with its E, and the points-as-lines layer
legible on every part of the colour map."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF

from gdstudio.ui.panels.hover_mark import error_label
from gdstudio.ui.style import contrast_ratio


def shown_error(label) -> float:
    return float(label.toPlainText().split("=")[1].replace("−", "-"))


def test_hovering_the_plane_marks_that_w_and_its_error(window, controller):
    mark = window.surface_panel.hover_mark
    controller.set_hover_w((0.5, 2.0))
    np.testing.assert_allclose(mark.ring.getData(), ([0.5], [2.0]))
    assert mark.label.isVisible()
    assert shown_error(mark.label) == pytest.approx(controller.surface.loss(0.5, 2.0), rel=1e-4)
    xs, ys = window.data_panel.preview.getData()  # (and the data panel still draws its line)
    np.testing.assert_allclose(ys, 0.5 + 2.0 * xs)
    # The label lies inside the plot, beside the ring (not over it).
    box = window.surface_panel.view_box
    rect = mark.label.mapRectToParent(mark.label.boundingRect())
    rect = mark.label.parentItem().mapRectToItem(box, rect)
    assert box.rect().contains(rect)
    ring = box.childGroup.mapToItem(box, QPointF(0.5, 2.0))
    assert not rect.contains(ring)
    controller.set_hover_w(None)
    assert mark.shown_w is None and not mark.label.isVisible() and len(mark.ring.getData()[0]) == 0


def test_the_label_is_rewritten_only_when_the_hover_moves(window, controller, monkeypatch):
    mark = window.surface_panel.hover_mark
    texts = []
    monkeypatch.setattr(mark.label, "setText", lambda text: texts.append(text))
    controller.set_hover_w((1.0, 1.0))
    mark.update()  # (a hover signal for another reason: the hovered data point)
    controller.set_hover_point(2)
    assert texts == [error_label(controller.surface.loss(1.0, 1.0))]


def test_the_mark_goes_while_dragging_w(window, controller):
    panel = window.surface_panel
    controller.set_hover_w((1.0, 1.0))
    assert panel.hover_mark.shown_w is not None
    assert panel.view_box.on_drag_start(QPointF(*controller.current.w))
    panel.view_box.on_drag_move(QPointF(1.0, 1.5))
    assert panel.hover_mark.shown_w is None and not panel.hover_mark.label.isVisible()


def test_error_label_uses_the_minus_sign():
    assert error_label(3.421234) == "E = 3.4212"
    assert error_label(-0.0) == "E = 0"
    assert error_label(1.5e-7) == "E = 1.5e−7"


def test_points_as_lines_contrast_with_every_colour_of_the_map(window, controller):
    """A dark core in a light halo: one of the two stands out (WCAG ratio ≥ 3) wherever the line crosses."""
    controller.set_layers(constraint_lines=True)
    item = window.surface_panel.constraints
    core, halo = item.opts["pen"].color().name(), item.opts["shadowPen"].color().name()
    assert item.opts["shadowPen"].widthF() > item.opts["pen"].widthF()
    for colour in pg.colormap.get("viridis").getLookupTable(nPts=64):
        under = "#{:02x}{:02x}{:02x}".format(*colour[:3])
        assert max(contrast_ratio(core, under), contrast_ratio(halo, under)) >= 3, under
    # (what it plots is unchanged: tests/ui/test_layers.py, test_points_as_lines_in_parameter_space)
    data = controller.data
    w0, w1 = item.getData()
    np.testing.assert_allclose(w0 + w1 * np.repeat(data.x, 2), np.repeat(data.y, 2))


def test_constraint_segments_are_clipped_to_the_view(qapp):
    from gdstudio.ui.panels.surface_panel import constraint_segments

    x, y = np.array([1.0, 0.0, 2.0, 0.0]), np.array([1.0, 0.5, 100.0, 9.0])
    w0, w1 = constraint_segments(x, y, (0.0, 3.0), (-1.0, 2.0))
    # Point 2's line (w0 = 100 − 2·w1) and point 3's (w0 = 9) miss the view: left out.
    assert len(w0) == 4
    np.testing.assert_allclose(w0 + w1 * np.repeat([1.0, 0.0], 2), np.repeat([1.0, 0.5], 2))
    assert w0.min() >= 0.0 and w0.max() <= 3.0 and w1.min() >= -1.0 and w1.max() <= 2.0
    np.testing.assert_allclose(w1[2:], [-1.0, 2.0])  # (x = 0: w0 = y across every w1)


@pytest.mark.parametrize("count,halo,antialiased", [(12, True, True), (60, True, False), (400, False, True)])
def test_many_lines_are_drawn_more_cheaply(qapp, count, halo, antialiased):
    from gdstudio.ui.widgets.segment_lines import SegmentLines

    item = SegmentLines(pg.mkPen("k", width=2), pg.mkPen("w", width=5))
    item.setData(np.zeros(2 * count), np.arange(2 * count, dtype=float))
    pens, aa = item.pens()
    assert (len(pens) == 2) == halo and aa == antialiased
    assert all(pen.widthF() == 1.0 for pen in pens) != halo  # (hairlines when there are very many)


def test_hovering_after_a_rebuild_marks_on_the_new_panel(window, controller):
    """The old panel's mark is gone with it (no slot left on the controller that touches deleted items)."""
    old = window.surface_panel.hover_mark
    window.classroom.set_scale(1.5)  # (rebuilds every panel)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # (the old panels go)
    controller.set_hover_w((1.0, 1.2))
    assert old._shown is None  # (disconnected: it follows the hover no more)
    np.testing.assert_allclose(window.surface_panel.hover_mark.ring.getData(), ([1.0], [1.2]))
