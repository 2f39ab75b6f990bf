"""Everything scales together with the size setting and the theme's text (issue #13): the update-rule
panel, the slice titles and slope values, check-box indicators, arrow heads."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QCheckBox

from gdstudio.core.document import GradientField
from gdstudio.ui import style as S
from gdstudio.ui.panels.formula_panel import BASE_FONT_PT

LOOKS = [("light", 1.0), ("projector", 1.5), ("projector", 2.0)]


@pytest.fixture(autouse=True)
def light_look_afterwards(qapp):
    yield
    S.apply_to_application(QApplication.instance(), S.Look())


@pytest.mark.parametrize(("theme", "scale"), LOOKS)
def test_the_update_rule_grows_with_the_readout(window, theme, scale):
    window.classroom.set_theme(theme)
    window.classroom.set_scale(scale)
    look = window.look
    panel = window.formula_panel
    assert panel.label.font().pointSizeF() == pytest.approx(BASE_FONT_PT * look.scale * look.theme.font_scale)
    # As large as the readout's big values, which are look.pt(16) (16 pt at 100 % in the light theme).
    assert f"font-size: {look.pt(BASE_FONT_PT)}pt" in window.readout.values["w0"].styleSheet()


@pytest.mark.parametrize(("theme", "scale"), LOOKS)
def test_slice_titles_and_slopes_follow_the_size(qtbot, window, controller, theme, scale):
    window.classroom.set_theme(theme)
    window.classroom.set_scale(scale)
    window.tabs.setCurrentIndex(1)
    controller.step(3)
    qtbot.waitUntil(lambda: not controller.busy)
    controller.flush_frame()
    panel = window.slice_panel
    sizes = {S.BASE_POINT_SIZE + 1, S.BASE_POINT_SIZE + 3}  # (one step smaller in a narrow column)
    label = panel.slope_labels[0]
    points = float(label.styleSheet().split("font-size: ")[1].split("pt")[0])
    # The numbers as large as the titles, or smaller still where that is what fits them whole in the column.
    title = float(panel.plots[0].titleLabel.opts["size"].removesuffix("pt"))
    assert points == title or (points < title and label.sizeHint().width() <= label.width())
    assert any(f"{window.look.pt(size)}pt" in panel.plots[0].titleLabel.opts.get("size", "") for size in sizes)


@pytest.mark.parametrize(("theme", "scale"), [*LOOKS, ("dark", 1.0)])
def test_check_box_indicators_go_with_their_text(qtbot, window, theme, scale):
    window.classroom.set_theme(theme)
    window.classroom.set_scale(scale)
    qtbot.waitUntil(window.centralWidget().isVisible)  # (a new central widget is shown by a queued call)
    boxes = window.centralWidget().findChildren(QCheckBox)  # (shown, or folded in the drawer)
    assert boxes
    for box in boxes:
        text = QFontMetricsF(box.font()).height()
        side = int(box.styleSheet().split("width: ")[1].split("px")[0])
        assert 0.6 * text <= side <= text, box.text()
        assert box.sizeHint().height() >= side
        assert ("border:" in box.styleSheet()) == (theme == "dark")  # a light-edged box on the dark window


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_arrow_heads_grow_with_the_size(window, controller, scale):
    window.classroom.set_scale(scale)
    controller.set_layers(gradient_field=GradientField.DESCENT)
    panel = window.surface_panel
    xs, ys = panel.gradient_arrow.getData()
    sx, sy = panel.view_box.pixel_scale()
    head = np.hypot((xs[3] - xs[2]) * sx, (ys[3] - ys[2]) * sy)  # (shaft, then the two strokes of the head)
    shaft = np.hypot((xs[1] - xs[0]) * sx, (ys[1] - ys[0]) * sy)
    assert head == pytest.approx(window.look.px(12), rel=1e-6)
    assert shaft == pytest.approx(window.look.px(70), rel=1e-6)


def test_loss_ticks_stay_apart_at_any_size(qapp):
    """A short loss panel at 200 % had its E labels 4, 3, 2 running into one another."""
    import pyqtgraph as pg

    from gdstudio.ui.panels.loss_panel import LossAxis

    big = LossAxis(S.Look.of("projector", 2.0), "left")
    line_px = S.Look.of("projector", 2.0).pt(S.BASE_POINT_SIZE) * 96 / 72
    major = big.tickSpacing(1.2, 4.7, 100)[0][0]
    assert (4.7 - 1.2) / major * line_px <= 100 and major in (2.0, 5.0)  # apart, and still two labels (2, 4)
    plain = LossAxis(S.Look(), "left")
    assert plain.tickSpacing(1.2, 4.7, 300) == pg.AxisItem("left").tickSpacing(1.2, 4.7, 300)  # room: as ever


def test_plot_pens_are_as_thick_on_a_hidpi_screen(window, monkeypatch, qtbot):
    """pyqtgraph's pens are cosmetic (device pixels): at a device pixel ratio of 2 they are drawn twice as wide,
    so the fitted line is as thick in the window's own pixels; a QPainter pen in a widget is not."""
    look = window.look
    assert look.pixel_ratio == window.devicePixelRatioF()
    width = window.data_panel.line.opts["pen"].widthF()
    assert width == pytest.approx(look.widget_lw(3) * look.pixel_ratio)
    contour = window.surface_panel.contours.opts["pen"].widthF()
    # Moved to a HiDPI screen: Qt tells the window, which draws its plots again.
    monkeypatch.setattr(type(window), "devicePixelRatioF", lambda self: 2 * look.pixel_ratio)
    QApplication.sendEvent(window, QEvent(QEvent.Type.DevicePixelRatioChange))
    qtbot.waitUntil(lambda: window.look.pixel_ratio == 2 * look.pixel_ratio)
    assert window.data_panel.line.opts["pen"].widthF() == pytest.approx(2 * width)
    assert window.surface_panel.contours.opts["pen"].widthF() == pytest.approx(2 * contour)
    assert window.look.widget_lw(2) == look.widget_lw(2)  # (a widget's own pens scale with the ratio by themselves)
    assert (window.look.theme, window.look.scale, window.look.language) == (look.theme, look.scale, look.language)
