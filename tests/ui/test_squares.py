"""Squared residuals in the data panel (lecture part 4, slide 13) and its caption (slides 10–12), asserted on
the plotted geometry, the key's entries, the big E's text and where things lie on screen."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from gdstudio.assets import default_dataset, load_preset
from gdstudio.core.model import LossForm
from gdstudio.core.standardize import Standardize
from gdstudio.engine.controller import Controller
from gdstudio.ui import style as S
from gdstudio.ui.main_window import MainWindow
from gdstudio.ui.panels.residual_squares import number
from tests.ui.conftest import wait_idle

ROOMS = {"1280x800": ((1280, 800), S.Look()), "1024x768-200": ((1024, 768), S.Look.of("projector", 2.0))}
PRESETS = ("default", "house-prices", "anscombe-3", "outlier", "noisy-line", "large-100k")


def settle(panel) -> None:
    """Let the panel's texts take their places (they follow the key one turn of the event loop later)."""
    QApplication.processEvents()
    panel.place_texts()


def squares(panel) -> tuple[np.ndarray, np.ndarray]:
    """The plotted squares' corners: x (n, 5) and y (n, 5), read back from the item's path."""
    path = panel.squares.path()
    corners = np.array([(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())])
    return corners[:, 0].reshape(-1, 5), corners[:, 1].reshape(-1, 5)


def shown_value(text: str) -> float:
    """The number after the last '= ' of a label, as written on screen (− and thousands separators)."""
    return float(text.rsplit("= ", 1)[1].replace(",", "").replace("−", "-"))


def screen_points(panel) -> np.ndarray:
    """The data points in the view box's pixels."""
    t = panel.view_box.childTransform()
    data = panel.controller.data
    return np.column_stack([t.m11() * data.x + t.m31(), t.m22() * data.y + t.m32()])


def assert_covers_no_point(panel, rect: QRectF) -> None:
    radius = panel.look.px(11) / 2
    p = screen_points(panel)
    inside = ((p[:, 0] > rect.left() - radius) & (p[:, 0] < rect.right() + radius)
              & (p[:, 1] > rect.top() - radius) & (p[:, 1] < rect.bottom() + radius))
    assert not inside.any(), (rect, p[inside])


def test_each_square_is_the_residual_upright_and_as_many_pixels_across(window, controller):
    controller.set_layers(squared_residuals=True)
    panel = window.data_panel
    data, w = controller.data, controller.line_w(controller.current.w)
    fitted = w[0] + w[1] * data.x
    xs, ys = squares(panel)
    np.testing.assert_allclose(xs[:, 0], data.x)                          # each starts at its point's x,
    np.testing.assert_allclose(ys[:, 0], np.minimum(data.y, fitted))      # at the lower of point and line
    np.testing.assert_allclose(ys[:, 2] - ys[:, 0], np.abs(data.y - fitted))  # upright: the residual
    sx, sy = panel.view_box.pixel_scale()
    np.testing.assert_allclose(np.abs(xs[:, 1] - xs[:, 0]) * sx, np.abs(ys[:, 2] - ys[:, 0]) * sy)  # square on screen
    towards_middle = np.sign(xs[:, 1] - xs[:, 0]) == np.where(data.x > data.x.mean(), -1, 1)
    assert towards_middle.all()
    assert not panel.view_box.state["aspectLocked"]


def test_squares_stay_square_when_the_view_is_zoomed(window, controller):
    controller.set_layers(squared_residuals=True)
    panel = window.data_panel
    panel.view_box.setRange(xRange=(0, 10), yRange=(0, 6), padding=0)
    xs, ys = squares(panel)
    sx, sy = panel.view_box.pixel_scale()
    assert sx == pytest.approx(panel.view_box.width() / 10, rel=1e-3)  # (the zoom took)
    np.testing.assert_allclose(np.abs(xs[:, 1] - xs[:, 0]) * sx, np.abs(ys[:, 2] - ys[:, 0]) * sy)


def test_the_key_names_the_squares_while_they_are_shown(window, controller):
    panel = window.data_panel
    assert not any("∝" in entry for entry in panel.legend.entries)
    controller.set_layers(squared_residuals=True)
    assert panel.legend.entries[-1] == "area ∝ (yᵢ − f_w(xᵢ))²"
    sample = panel.legend.items[-1][0].item
    assert sample.opts["symbol"] == "s" and sample is panel.squares_key
    controller.set_layers(squared_residuals=False)
    assert not any("∝" in entry for entry in panel.legend.entries)


@pytest.mark.parametrize("form, words", [(LossForm.SUM, "total area"), (LossForm.MEAN, "mean area")])
def test_the_big_E_is_half_the_squares_area_and_the_models_error(qtbot, window, controller, form, words):
    controller.set_loss_form(form)
    controller.set_layers(squared_residuals=True)
    controller.step(3)
    wait_idle(qtbot, controller)
    panel = window.data_panel
    settle(panel)
    text = panel.total.text
    assert panel.total.isVisible() and text.startswith(f"E = ½ × {words} = ")
    assert shown_value(text) == pytest.approx(controller.current.loss, rel=1e-4)
    _, ys = squares(panel)
    areas = (ys[:, 2] - ys[:, 0]) ** 2  # in y's units
    half = 0.5 * (areas.sum() if form is LossForm.SUM else areas.mean())
    assert shown_value(text) == pytest.approx(half, rel=1e-4)
    assert panel.total.point_size >= S.Look().pt(16)  # big: larger than the Values tab's numbers
    controller.set_layers(squared_residuals=False)
    assert not panel.total.isVisible()


def test_with_y_standardised_the_area_is_divided_by_the_variance_of_y(window, controller):
    controller.set_standardize(Standardize.XY)
    controller.set_layers(squared_residuals=True)
    panel = window.data_panel
    settle(panel)
    assert "total area ÷ σy²" in panel.total.text
    _, ys = squares(panel)
    area = ((ys[:, 2] - ys[:, 0]) ** 2).sum()
    assert shown_value(panel.total.text) == pytest.approx(0.5 * area / controller.data.y.var(), rel=1e-4)
    assert shown_value(panel.total.text) == pytest.approx(controller.current.loss, rel=1e-4)


def test_the_big_E_sets_its_text_only_when_it_changes(window, controller, monkeypatch):
    controller.set_layers(squared_residuals=True)
    panel = window.data_panel
    calls = []
    monkeypatch.setattr(panel.total.label, "setText", lambda text: calls.append(text))
    panel._update_line()
    panel._update_line()
    assert calls == []
    controller.set_start(1.0, 1.0)
    controller.flush_frame()
    assert len(calls) == 1 and shown_value(calls[0]) == pytest.approx(controller.current.loss, rel=1e-4)


def test_numbers_as_the_values_tab_with_the_minus_sign_and_thousands_separators():
    assert number(4.6914) == "4.6914"
    assert number(43964.2) == "43,964"
    assert number(-1234.5) == "−1,234.5"
    assert number(2.885e6) == "2.885e6"
    assert number(-1.5e-7) == "−1.5e−7"
    assert number(0.0) == "0"


def test_the_big_E_and_the_caption_cover_no_point_and_not_the_key(window, controller):
    controller.set_layers(squared_residuals=True)
    panel = window.data_panel
    settle(panel)
    key = panel.legend.mapRectToParent(panel.legend.boundingRect())
    for text in (panel.total, panel.caption):
        assert text.isVisible(), text.text
        rect = text.rect_in_box()
        assert QRectF(0, 0, panel.view_box.width(), panel.view_box.height()).contains(rect)
        assert_covers_no_point(panel, rect)
        assert not rect.intersects(key)
    assert not panel.total.rect_in_box().intersects(panel.caption.rect_in_box())


def test_the_caption_says_what_data_space_holds_fixed(window, controller):
    caption = window.data_panel.caption
    assert caption.isVisible() and caption.text == "the parameters are fixed — one w is one line"
    assert caption.point_size >= S.Look().pt(S.BASE_POINT_SIZE - 3)  # as large as the key's text, at least


def test_in_japanese(window, controller):
    from gdstudio import i18n

    controller.load_data(load_preset("large-100k"))
    controller.set_layers(squared_residuals=True)
    try:
        window.classroom.set_language("ja")
        panel = window.data_panel
        settle(panel)
        assert panel.caption.text in ("パラメータ w を固定 — 一つの w が一本の直線", "w を固定: 一本の直線")
        assert panel.total.text.startswith("E = ½ × 面積の和 = ") and "," in panel.total.text
        assert shown_value(panel.total.text) == pytest.approx(controller.current.loss, rel=1e-4)
        assert panel.legend.entries[-1] == "面積 ∝ (yᵢ − f_w(xᵢ))²"
    finally:
        window.classroom.set_language("en")
        i18n.install_language(QApplication.instance(), "en")


@pytest.fixture(params=list(ROOMS))
def room_window(request, qtbot, qapp):
    size, look = ROOMS[request.param]
    controller = Controller(default_dataset(), lr=0.02, start=(2.5, 0.3), speed=1000)
    S.configure_pyqtgraph()
    window = MainWindow(controller, look)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    yield window, controller
    controller.shutdown()


@pytest.mark.parametrize("preset", PRESETS)
def test_with_squares_the_data_fill_the_view(room_window, preset):
    """The squares no longer lock the aspect: the points fill at least 60 % of the view's width or height,
    and every one is inside it, whatever the data's units."""
    window, controller = room_window
    controller.load_data(default_dataset() if preset == "default" else load_preset(preset))
    controller.set_layers(squared_residuals=True)
    panel = window.data_panel
    settle(panel)
    (x0, x1), (y0, y1) = panel.view_box.viewRange()
    data = controller.data
    assert x0 <= data.x.min() and data.x.max() <= x1 and y0 <= data.y.min() and data.y.max() <= y1
    share = max(np.ptp(data.x) / (x1 - x0), np.ptp(data.y) / (y1 - y0))
    assert share >= 0.6, share
    assert panel.total.isVisible() and shown_value(panel.total.text) == pytest.approx(controller.current.loss,
                                                                                     rel=1e-4)
    if preset != "large-100k":  # (its cloud covers most of the plot; the texts, like the key, avoid a sample)
        assert_covers_no_point(panel, panel.total.rect_in_box())
        if panel.caption.isVisible():
            assert_covers_no_point(panel, panel.caption.rect_in_box())
    # On screen, a square is as wide as it is tall.
    xs, ys = squares(panel)
    corner = [panel.view_box.mapViewToScene(QPointF(xs[0, i], ys[0, i])) for i in (0, 2)]
    assert abs(corner[1].x() - corner[0].x()) == pytest.approx(abs(corner[1].y() - corner[0].y()), rel=1e-3)
