"""One minus sign on screen (−, U+2212), as the deck writes it; what the app writes it reads back."""

import numpy as np
import pytest

from gdstudio.ui.style import fmt, typed_number


@pytest.mark.parametrize("value, text", [(-2.23, "−2.23"), (1e-5, "1e−5"), (-1.5e-12, "−1.5e−12"), (-0.0, "0"),
                                         (3.0, "3"), (2.5e20, "2.5e20")])
def test_fmt_writes_the_true_minus_and_typed_number_reads_it_back(value, text):
    assert fmt(value) == text
    assert typed_number(text) == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize("typed, value", [("−2", -2.0), ("-2", -2.0), ("1,5", 1.5), ("３", 3.0), ("1e−5", 1e-5),
                                          ("－0.5", -0.5)])
def test_typed_number_accepts_what_a_teacher_types(typed, value):
    assert typed_number(typed) == value


@pytest.mark.parametrize("typed", ["", "abc", "inf", "nan", "1e999"])
def test_typed_number_refuses_what_is_not_a_finite_number(typed):
    with pytest.raises(ValueError):
        typed_number(typed)


def test_every_plot_axis_writes_negative_ticks_with_the_true_minus(qtbot, window):
    plots = [window.data_panel.getPlotItem(), window.surface_panel.getPlotItem(),
             window.loss_panel.plot_widget.getPlotItem(), *window.slice_panel.plots]
    for plot in plots:
        for name in ("bottom", "left"):
            labels = plot.getAxis(name).tickStrings(np.array([-2.0, -0.5, 0.0, 1.0]), 1.0, 0.5)
            assert not any("-" in label for label in labels), labels


def test_the_learning_rate_field_takes_back_what_it_shows(qtbot, window, controller):
    bar = window.controls
    bar.lr_edit.setText(fmt(2e-5, 6))
    assert "−" in bar.lr_edit.text()
    bar.lr_edit.editingFinished.emit()
    assert controller.lr == pytest.approx(2e-5)
