"""Standardising x: the fit runs on a round surface, the line stays in the data's units."""

import numpy as np
import pytest

from gdstudio.assets import load_preset
from gdstudio.core.standardize import Standardize
from tests.ui.conftest import wait_idle


def test_standardised_fit_shows_the_same_line_in_data_units(qtbot, window, controller):
    controller.load_data(load_preset("house-prices"))
    lam = controller.surface.eigenvalues()
    assert lam[-1] / lam[0] > 1e6  # raw: a long thin valley
    start_line = controller.line_w(controller.start)
    box = window.settings_bar.standardize_box
    box.setCurrentIndex(box.findData(Standardize.X))
    assert controller.standardize is Standardize.X
    lam = controller.surface.eigenvalues()
    assert lam[-1] / lam[0] == pytest.approx(1.0, rel=1e-6)  # standardised: round
    np.testing.assert_allclose(controller.line_w(controller.start), start_line)  # the same start line
    controller.set_lr(0.5 * controller.surface.max_stable_lr())
    controller.step(200)
    wait_idle(qtbot, controller)
    data = controller.data
    exact = np.polyfit(data.x, data.y, 1)[::-1]
    np.testing.assert_allclose(controller.line_w(controller.current.w), exact, rtol=1e-6)
    xs, ys = window.data_panel.line.getData()
    np.testing.assert_allclose(ys, exact[0] + exact[1] * xs, rtol=1e-6)
    assert "same line" in window.readout.mapping.text()
    assert "standardised" in window.surface_panel.getPlotItem().getAxis("bottom").labelText


def test_dragging_the_line_while_standardised_sets_the_line_in_data_units(window, controller):
    from PySide6.QtCore import QPointF

    controller.set_standardize(Standardize.XY)
    panel = window.data_panel
    w = controller.line_w(controller.current.w)
    assert panel.view_box.on_drag_start(QPointF(1.5, w[0] + w[1] * 1.5))
    panel.view_box.on_drag_move(QPointF(1.5, w[0] + w[1] * 1.5 + 0.5))
    np.testing.assert_allclose(controller.line_w(controller.current.w), [w[0] + 0.5, w[1]], atol=1e-12)


def test_standardise_is_undoable(window, controller):
    controller.set_standardize(Standardize.X)
    assert controller.document.standardize is Standardize.X
