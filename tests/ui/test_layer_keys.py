"""The teaching layers and the sampling have keys, which work in the presentation layout too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gdstudio.core.document import GradientField
from gdstudio.core.sampling import Sampling


def press(qtbot, window, key) -> None:
    qtbot.keyClick(window, key)
    QApplication.processEvents()


def test_layer_keys_toggle_the_layers_with_the_panels_check_boxes_hidden(qtbot, window, controller):
    window.classroom.toggle_presentation()
    press(qtbot, window, Qt.Key.Key_Q)
    assert controller.layers.squared_residuals
    press(qtbot, window, Qt.Key.Key_D)
    assert controller.layers.constraint_lines
    press(qtbot, window, Qt.Key.Key_A)
    assert controller.layers.gradient_field is GradientField.DESCENT
    press(qtbot, window, Qt.Key.Key_Q)
    press(qtbot, window, Qt.Key.Key_A)
    assert not controller.layers.squared_residuals and controller.layers.gradient_field is GradientField.OFF
    checks = window.layer_keys._checks
    assert checks["constraint_lines"].isChecked() and not checks["squared_residuals"].isChecked()


def test_the_menu_follows_a_layer_changed_elsewhere(window, controller):
    controller.set_layers(gradient_field=GradientField.ASCENT)
    assert window.layer_keys._checks["gradient_field"].isChecked()


def test_m_cycles_the_sampling_as_the_deck_orders_it(qtbot, window, controller):
    seen = []
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_M)
        seen.append(controller.sampler.mode)
    assert seen == [Sampling.MINIBATCH, Sampling.SGD, Sampling.BATCH]
