"""The safe zone of η on the learning-rate slider and in the readout, and the valley's axes on the surface:
every number against a Hessian built by hand from the data."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtWidgets import QStyle

from gdstudio.assets import load_preset
from gdstudio.core.dataset import DataSet
from gdstudio.core.model import LossForm
from gdstudio.core.standardize import Standardize
from gdstudio.ui.controls.control_bar import LR_STEPS_PER_DECADE, lr_from_slider
from gdstudio.ui.style import fmt


def hand_eigenvalues(x: np.ndarray, form: LossForm = LossForm.SUM) -> np.ndarray:
    """E = ½Σ(yᵢ − w0 − w1·xᵢ)²: H = [[n, Σx], [Σx, Σx²]] (the mean form: /n), its eigenvalues ascending."""
    h = np.array([[len(x), x.sum()], [x.sum(), x @ x]], dtype=float)
    return np.linalg.eigvalsh(h / len(x) if form is LossForm.MEAN else h)


def drawn(line) -> int:
    xs = line.getData()[0]
    return 0 if xs is None else len(xs)


def handle_centre(slider) -> float:
    option = slider._option()
    return slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                         QStyle.SubControl.SC_SliderHandle, slider).center().x()


def test_the_marks_are_two_over_lambda_max_and_two_over_lambda_sum(window, controller):
    slider = window.controls.lr_slider
    lam = hand_eigenvalues(controller.data.x)
    assert slider.divergent_from == pytest.approx(2 / lam[1], rel=1e-12)
    assert slider.fastest == pytest.approx(2 / (lam[0] + lam[1]), rel=1e-12)
    # Drawn where the thumb stands for those η: the zone starts at the thumb's centre for 2/λmax.
    for lr in (slider.divergent_from, slider.fastest):
        position = math.log10(lr) * LR_STEPS_PER_DECADE
        below, above = math.floor(position), math.ceil(position)
        slider.setValue(below)
        x_below = handle_centre(slider)
        slider.setValue(above)
        x_above = handle_centre(slider)
        expected = x_below + (position - below) * (x_above - x_below)
        mark = slider.zone_rect().left() if lr == slider.divergent_from else slider.fastest_x()
        assert mark == pytest.approx(expected, abs=1.0)  # (Qt places the thumb on whole pixels)
    zone = slider.zone_rect()
    groove = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, slider._option(),
                                           QStyle.SubControl.SC_SliderGroove, slider)
    assert zone.right() == pytest.approx(groove.right() + 0.0, abs=1.0)  # to the end of the scale: η ≥ 2/λmax
    assert slider.fastest_x() < zone.left()
    # The thumb is the current η, left of the zone while η is safe, inside it once it is not.
    slider.setValue(round(math.log10(0.5 * slider.divergent_from) * LR_STEPS_PER_DECADE))
    assert handle_centre(slider) < zone.left() and controller.lr < slider.divergent_from
    slider.setValue(round(math.log10(3 * slider.divergent_from) * LR_STEPS_PER_DECADE))
    assert handle_centre(slider) > zone.left() and lr_from_slider(slider.value()) > slider.divergent_from


def test_the_tooltip_and_the_readout_give_both_numbers(window, controller):
    lam = hand_eigenvalues(controller.data.x)
    diverges, fastest = fmt(2 / lam[1], 3), fmt(2 / (lam[0] + lam[1]), 3)
    tip = window.controls.lr_slider.toolTip()
    assert f"diverges from η ≥ 2/λmax = {diverges}" in tip
    assert f"fastest steady η = 2/(λmin + λmax) = {fastest}" in tip
    assert "plain gradient descent" not in tip  # the bound is this very run's
    assert diverges in window.controls.lr_label.toolTip() and fastest in window.controls.lr_label.toolTip()
    readout = window.readout
    assert readout.values["lr_fast"].text() == fastest and readout.names["lr_fast"].text() == "fastest η"
    assert f"fastest steady η = 2/(λmin + λmax) = {fastest}" in readout.values["lr_fast"].toolTip()
    assert f"2/λ<sub>max</sub> = {diverges}" in window.readout.stability.text()
    assert "plain gradient descent:" not in readout.values["lr_fast"].toolTip()
    controller.set_optimizers(["adam"])
    assert "plain gradient descent" in window.controls.lr_slider.toolTip()
    assert "(both for plain gradient descent" in readout.values["lr_fast"].toolTip()


def test_the_marks_move_when_a_point_is_added_and_with_the_error_form(window, controller):
    slider = window.controls.lr_slider
    before = slider.divergent_from, slider.fastest, slider.zone_rect().left()
    controller.add_point(3.0, 4.0)
    x = controller.data.x
    lam = hand_eigenvalues(x)
    assert slider.divergent_from == pytest.approx(2 / lam[1], rel=1e-12) and slider.divergent_from < before[0]
    assert slider.fastest == pytest.approx(2 / (lam[0] + lam[1]), rel=1e-12) and slider.fastest < before[1]
    assert slider.zone_rect().left() < before[2]
    assert fmt(2 / (lam[0] + lam[1]), 3) in window.controls.lr_slider.toolTip()
    controller.set_loss_form(LossForm.MEAN)
    lam = hand_eigenvalues(x, LossForm.MEAN)
    assert slider.divergent_from == pytest.approx(2 / lam[1], rel=1e-12)
    assert slider.fastest == pytest.approx(2 / (lam[0] + lam[1]), rel=1e-12)


def hand_kappa(x: np.ndarray) -> float:
    """λmax/λmin of [[n, Σx], [Σx, Σx²]] from its trace and determinant n·Σ(x − x̄)² (an eigen-solver's λmin
    is mostly rounding for x in the thousands)."""
    trace, det = len(x) + x @ x, len(x) * ((x - x.mean()) ** 2).sum()
    lam_max = 0.5 * (trace + np.sqrt(trace**2 - 4 * det))
    return lam_max**2 / det


def test_standardising_moves_the_marks_and_kappa_before_and_after_is_one_glance(window, controller):
    data = load_preset("house-prices")
    controller.load_data(data)
    readout = window.readout
    raw = fmt(hand_kappa(data.x), 3)
    assert readout.values["kappa"].text() == raw  # the κ in use …
    assert (readout.names["kappa_other"].text(), readout.values["kappa_other"].text()) == ("κ std.", "1")  # … and after
    assert f"κ = {raw} (standardised: 1)" in readout.values["kappa_other"].toolTip()
    controller.set_standardize(Standardize.X)
    z = (data.x - data.x.mean()) / data.x.std()
    lam = hand_eigenvalues(z)
    slider = window.controls.lr_slider
    assert slider.divergent_from == pytest.approx(2 / lam[1], rel=1e-12)
    assert slider.fastest == pytest.approx(2 / (lam[0] + lam[1]), rel=1e-12)
    assert readout.values["kappa"].text() == "1"
    assert (readout.names["kappa_other"].text(), readout.values["kappa_other"].text()) == ("κ raw", raw)
    assert readout.values["lr_fast"].text() == fmt(2 / (lam[0] + lam[1]), 3)


@pytest.mark.parametrize("points", [[], [(1.0, 2.0)], [(1.0, 2.0), (1.0, 3.0)]])
def test_no_unique_optimum_no_fastest_mark_and_no_nan_text(window, controller, points):
    controller.load_data(DataSet(np.array([p[0] for p in points]), np.array([p[1] for p in points])))
    controller.set_layers(eigen_directions=True)
    controller.flush_frame()
    slider = window.controls.lr_slider
    assert slider.fastest is None and slider.fastest_x() is None
    if points:  # the steep direction still has its bound: η ≥ 2/λmax diverges there too
        assert slider.divergent_from == pytest.approx(2 / hand_eigenvalues(controller.data.x)[1])
    else:
        assert slider.divergent_from is None and slider.zone_rect() is None
    labels = window.surface_panel.valley_axes.labels
    texts = [slider.toolTip(), window.readout.stability.text(), window.readout.values["lr_fast"].toolTip(),
             window.controls.lr_label.toolTip(), *(label.toPlainText() for label in labels),
             *(value.text() for value in window.readout.values.values())]
    for text in texts:
        assert "nan" not in text.lower() and "inf" not in text.lower() and "None" not in text
    assert "fastest" not in slider.toolTip()
    panel = window.surface_panel
    assert not any(drawn(line) for line in panel.valley_axes.lines)
    assert not any(label.isVisible() for label in panel.valley_axes.labels)


def test_the_eigen_layer_draws_the_valleys_axes_through_the_optimum(window, controller):
    panel = window.surface_panel
    assert not any(drawn(line) for line in panel.valley_axes.lines)  # off by default
    controller.set_layers(eigen_directions=True)
    x = controller.data.x
    h = np.array([[len(x), x.sum()], [x.sum(), x @ x]])
    lam, vectors = np.linalg.eigh(h)
    optimum = controller.surface.optimum()
    lengths = []
    for line, value, vector in zip(panel.valley_axes.lines, lam, vectors.T):
        xs, ys = line.getData()
        ends = np.column_stack([xs, ys])
        assert len(ends) == 2
        np.testing.assert_allclose(ends.mean(axis=0), optimum, atol=1e-9)  # through the optimum ☆
        along = ends[1] - ends[0]
        assert abs(along @ vector) / np.linalg.norm(along) == pytest.approx(1.0, abs=1e-9)  # along H's eigenvector
        assert np.allclose(h @ along, value * along, rtol=1e-6, atol=1e-6 * lam[1] * np.linalg.norm(along))
        lengths.append(np.linalg.norm(along))
    assert lengths[0] / lengths[1] == pytest.approx(np.sqrt(lam[1] / lam[0]), rel=1e-9)  # ∝ 1/√λ: the long axis
    labels = [label.toPlainText() for label in panel.valley_axes.labels]
    assert any(f"λmin = {fmt(lam[0], 3)}" in t for t in labels) and any(f"λmax = {fmt(lam[1], 3)}" in t for t in labels)
    assert any(f"κ = {fmt(lam[1] / lam[0], 3)}" in t for t in labels)
    controller.add_point(3.0, 4.0)  # the axes follow the data
    x = controller.data.x
    lam = np.linalg.eigvalsh(np.array([[len(x), x.sum()], [x.sum(), x @ x]]))
    xs, ys = panel.valley_axes.lines[0].getData()
    np.testing.assert_allclose([np.mean(xs), np.mean(ys)], controller.surface.optimum(), atol=1e-9)
    assert any(f"λmin = {fmt(lam[0], 3)}" in label.toPlainText() for label in panel.valley_axes.labels)
    controller.set_layers(eigen_directions=False)
    assert not any(drawn(line) for line in panel.valley_axes.lines)


def test_the_valley_axes_have_a_check_box_a_key_and_a_menu_entry(qtbot, window, controller):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from gdstudio.ui.controls.layer_toggles import LayerCheckBox
    from gdstudio.ui.help_overlay import shortcut_rows

    box = next(b for b in window.findChildren(LayerCheckBox) if b.field == "eigen_directions")
    box.setChecked(True)
    assert controller.layers.eigen_directions and window.layer_keys._checks["eigen_directions"].isChecked()
    window.classroom.toggle_presentation()  # (the check boxes hidden: the key still works)
    qtbot.keyClick(window, Qt.Key.Key_V)
    QApplication.processEvents()
    assert not controller.layers.eigen_directions and not box.isChecked()
    assert any("V" in keys.split() and "valley axes" in text for keys, text in shortcut_rows())
