"""Lecture part 7 (slides 20–23) in the parameter panel and the Values tab: the field's arrows say how large
|∇E| is (with a scale), ∇E and −η∇E at w are named, and ∇E is written as a vector with its numbers."""

import numpy as np
import pytest

from gdstudio.core.document import GradientField
from gdstudio.ui.panels.surface_panel import FIELD_CELLS, FIELD_LONGEST, FIELD_SHORTEST
from gdstudio.ui.style import fmt
from gdstudio.ui.widgets.arrows import nice_scale
from tests.ui.conftest import wait_steps


def screen_lengths(panel, starts, ends) -> np.ndarray:
    sx, sy = panel.view_box.pixel_scale()
    return np.hypot((ends[:, 0] - starts[:, 0]) * sx, (ends[:, 1] - starts[:, 1]) * sy)


def numbers(text: str) -> list[float]:
    """The numbers in a label's text, read back (with − as the minus sign)."""
    inner = text.split("(")[1].split(")")[0]
    return [float(part.replace("−", "-")) for part in inner.split(",")]


@pytest.mark.parametrize("mode", [GradientField.DESCENT, GradientField.ASCENT])
def test_field_arrows_grow_with_the_gradient_and_have_a_scale(window, controller, mode):
    controller.set_layers(gradient_field=mode)
    panel = window.surface_panel
    starts, ends = panel.field_arrows()
    magnitude = np.hypot(*controller.surface.gradient(starts[:, 0], starts[:, 1]))
    length = screen_lengths(panel, starts, ends)
    order = np.argsort(magnitude)
    assert np.all(np.diff(length[order]) >= -1e-9)  # monotone in |∇E|
    assert magnitude.max() / magnitude.min() > 5  # (so the lengths differ: the test can tell)
    cell = min(panel.view_box.width(), panel.view_box.height()) / FIELD_CELLS
    assert length.max() == pytest.approx(FIELD_LONGEST * cell)
    assert length.min() == pytest.approx(FIELD_SHORTEST * cell)
    # Above the shortest, to scale: pixels ∝ |∇E|, the note's scale arrow drawn with the same ratio.
    per_unit = FIELD_LONGEST * cell / magnitude.max()
    scaled = length > FIELD_SHORTEST * cell + 1e-9
    np.testing.assert_allclose(length[scaled], magnitude[scaled] * per_unit)
    value = nice_scale(magnitude.max())
    assert panel.note.scale_px == pytest.approx(value * per_unit)
    assert panel.note.scale_text == f"|∇E| = {fmt(value, 3)}"
    assert magnitude.max() / 2.5 <= value <= magnitude.max()
    assert panel.note.shows_scale
    controller.set_layers(gradient_field=GradientField.OFF)
    assert panel.note.scale_px == 0 and not panel.note.shows_scale


def test_nice_scale_is_a_round_number_not_above():
    assert [nice_scale(v) for v in (1.0, 7.3, 0.042, 199.0, 250.0)] == [1.0, 5.0, 0.02, 100.0, 200.0]


@pytest.mark.parametrize("mode", [GradientField.DESCENT, GradientField.ASCENT])
def test_the_arrows_at_w_are_grad_and_the_step_and_are_named(window, controller, mode):
    controller.set_layers(gradient_field=mode)
    controller.flush_frame()
    panel = window.surface_panel
    w, g = controller.current.w, controller.current.grad
    xs, ys = panel.gradient_arrow.getData()
    d = np.array([xs[1] - xs[0], ys[1] - ys[0]])
    np.testing.assert_allclose([xs[0], ys[0]], w)
    assert d[0] * g[1] - d[1] * g[0] == pytest.approx(0, abs=1e-9 * np.abs(g).max() * np.abs(d).max())
    assert d @ g > 0  # ∇E itself, uphill, in either mode; the step goes against it
    sx, sy = panel.step_arrow.getData()
    np.testing.assert_allclose([sx[1], sy[1]], w - controller.lr * g)
    names = [label.toPlainText() for label in panel.arrow_labels]
    assert names == ["∇E(w)", "−η∇E(w) (next step)"]
    assert all(label.isVisible() for label in panel.arrow_labels)
    # Each beside its own arrow's tip: nearer to it than to the other arrow's tip.
    for label, tip, other in zip(panel.arrow_labels, ((xs[1], ys[1]), (sx[1], sy[1])),
                                 ((sx[1], sy[1]), (xs[1], ys[1]))):
        centre = label.mapRectToItem(panel.view_box.childGroup, label.boundingRect()).center()
        px, py = panel.view_box.pixel_scale()
        near = np.hypot((centre.x() - tip[0]) * px, (centre.y() - tip[1]) * py)
        far = np.hypot((centre.x() - other[0]) * px, (centre.y() - other[1]) * py)
        assert near < far
    controller.set_layers(gradient_field=GradientField.OFF)
    assert not any(label.isVisible() for label in panel.arrow_labels)


def test_values_tab_writes_the_gradient_as_a_vector(window, controller, qtbot):
    readout = window.readout
    assert numbers(readout.gradient.text()) == pytest.approx(controller.current.grad, rel=1e-3)
    assert readout.gradient.text().startswith("∇E = (")
    assert "−" in readout.gradient.text() and "-" not in readout.gradient.text()  # (the default start: both < 0)
    controller.step(3)
    wait_steps(qtbot, controller, 3)
    controller.flush_frame()
    qtbot.waitUntil(lambda: numbers(readout.gradient.text()) == pytest.approx(controller.current.grad, rel=1e-3))
    assert readout.values["g0"].text() == fmt(controller.current.grad[0], 4).replace("-", "−")  # the rows as before


def test_the_key_keeps_off_the_note(window, controller):
    panel = window.surface_panel
    note = panel.note
    assert note.shown_text == "The data are fixed — they make the surface E(w)"
    key = panel.legend.mapRectToParent(panel.legend.boundingRect())
    assert not key.intersects(note.mapRectToParent(note.boundingRect()))
    corners = panel._taught()[-1]
    np.testing.assert_allclose(sorted(corners[0]), sorted(note.corners()[0]))


WHOLE = "The data are fixed — they make the surface"


@pytest.mark.parametrize("width,height,shown,with_scale", [(1200, 400, WHOLE, (WHOLE, True)),
                                                           (700, 200, WHOLE, ("data fixed", True)),
                                                           (260, 200, "data fixed", ("data fixed", False))])
def test_the_note_fits_its_plot(qtbot, width, height, shown, with_scale):
    import pyqtgraph as pg

    from gdstudio.ui.widgets.panel_note import MARGIN_PX, MAX_COVER, MAX_WIDTH, PanelNote

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(width, height)
    plot.show()
    qtbot.waitExposed(plot)
    box = plot.getPlotItem().getViewBox()
    note = PanelNote(box, WHOLE, "data fixed", 12)
    assert note.shown_text == shown
    rect = note.mapRectToParent(note.boundingRect())
    assert rect.left() == MARGIN_PX and rect.bottom() == pytest.approx(box.height() - MARGIN_PX)
    assert rect.width() <= MAX_WIDTH * box.width()
    note.set_scale(40.0, "|∇E| = 10")  # a second line, where the note stays small (with the short text if need be)
    assert (note.shown_text, note.shows_scale) == with_scale
    rect = note.mapRectToParent(note.boundingRect())
    assert rect.bottom() == pytest.approx(box.height() - MARGIN_PX)
    if note.shows_scale:
        assert rect.width() * rect.height() <= MAX_COVER * box.width() * box.height()
