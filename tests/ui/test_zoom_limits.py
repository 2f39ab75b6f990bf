"""Views can be zoomed and panned anywhere without non-finite geometry (#17.5): each plot is limited
to a generous multiple of what it shows, so a wheel held down stops there, and nothing plotted
(the line, the residuals, the surface image) leaves the finite range."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from tests.ui.test_random_actions import _non_finite_plots


@pytest.mark.parametrize("far", [1e6, 1e15, 1e100, 1e300])
def test_zooming_far_out_and_panning_far_away_keeps_everything_finite(qtbot, window, controller, far):
    controller.step(3)
    for panel in (window.data_panel, window.surface_panel):
        panel.view_box.setRange(xRange=(-far, far), yRange=(-far, far), padding=0)
        controller.flush_frame()
        assert not _non_finite_plots(window), (type(panel).__name__, far)
        panel.view_box.setRange(xRange=(far, far * 1.5), yRange=(far, far * 1.5), padding=0)
        controller.flush_frame()
        assert not _non_finite_plots(window), (type(panel).__name__, far)
        for _ in range(40):  # the wheel held down
            panel.view_box.scaleBy((10.0, 10.0), center=QPointF(0, 0))
        controller.flush_frame()
        assert not _non_finite_plots(window)
        (x0, x1), (y0, y1) = panel.view_box.viewRange()
        assert np.isfinite([x0, x1, y0, y1]).all()


def test_the_views_stop_at_ten_times_the_supported_range(window):
    from gdstudio.ui.widgets.view_box import VIEW_LIMIT

    for panel in (window.data_panel, window.surface_panel):
        for _ in range(60):
            panel.view_box.scaleBy((10.0, 10.0))
        (x0, x1), (y0, y1) = panel.view_box.viewRange()
        assert -VIEW_LIMIT <= x0 < x1 <= VIEW_LIMIT and -VIEW_LIMIT <= y0 < y1 <= VIEW_LIMIT


def test_the_loss_curve_can_be_zoomed_out_without_limit_errors(qtbot, window, controller):
    controller.step(5)
    view_box = window.loss_panel.plot_widget.getPlotItem().getViewBox()
    for _ in range(60):
        view_box.scaleBy((10.0, 10.0))
    controller.step(1)
    qtbot.waitUntil(lambda: controller.history.steps_taken == 6)
    controller.flush_frame()
    assert np.isfinite(np.ravel(view_box.viewRange())).all()
    assert not _non_finite_plots(window)
