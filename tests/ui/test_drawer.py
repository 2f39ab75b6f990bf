"""The drawer: the secondary controls fold away when the window is small for its text, the lecture's
essential ones (play/pause, back, step, reset, η) stay one press away, and "More" opens it."""

import pytest
from PySide6.QtWidgets import QApplication

from gdstudio.ui import style as S
from gdstudio.ui.controls.drawer import CHOICE


@pytest.fixture(autouse=True)
def light_look_afterwards(qapp):
    yield
    S.apply_to_application(QApplication.instance(), S.Look())


def shown(window, widget) -> bool:
    return widget.isVisibleTo(window)


def essentials(window):
    c = window.controls
    return [c.play_button, c.back_button, c.step_button, c.reset_button, c.lr_slider, c.lr_edit, c.more_button]


def test_open_on_a_laptop_folded_at_projector_size(qtbot, window):
    assert window.drawer.is_open and shown(window, window.settings_bar) and window.controls.more_button.isChecked()
    assert shown(window, window.controls.speed_group) and shown(window, window.loss_panel.log_scale)
    window.classroom.set_theme("projector")
    window.classroom.set_scale(2.0)
    qtbot.waitUntil(window.centralWidget().isVisible)  # (a new central widget is shown by a queued call)
    assert not window.drawer.is_open and not window.controls.more_button.isChecked()
    for widget in (window.settings_bar, window.controls.speed_group, window.loss_panel.log_scale,
                   *window._header_widgets()):
        assert not shown(window, widget)
    assert all(shown(window, w) for w in essentials(window))


def test_more_opens_it_and_the_choice_outlives_a_rebuild(qtbot, window):
    window.classroom.set_scale(2.0)
    qtbot.waitUntil(window.centralWidget().isVisible)
    window.controls.more_button.click()
    assert window.drawer.is_open and shown(window, window.settings_bar)
    window.classroom.set_scale(1.5)  # (a rebuild: new panels, new drawer)
    qtbot.waitUntil(window.centralWidget().isVisible)
    assert window.drawer.is_open and window.controls.more_button.isChecked()
    window.controls.more_button.click()
    assert not shown(window, window.settings_bar)
    window.setProperty(CHOICE, None)


def test_presentation_closes_it_whatever_the_choice(qtbot, window):
    window.classroom.toggle_presentation()
    assert not shown(window, window.settings_bar) and not shown(window, window.controls.more_button)
    assert all(shown(window, w) for w in essentials(window)[:-1])
    window.classroom.toggle_presentation()
    assert shown(window, window.settings_bar)


def test_transport_buttons_go_icons_only_rather_than_wrap(qtbot, window):
    window.resize(1024, 768)
    window.classroom.set_theme("projector")
    window.classroom.set_scale(2.0)
    qtbot.waitUntil(window.centralWidget().isVisible)
    c = window.controls
    assert c.icons_only
    assert all(b.text() == "" and not b.icon().isNull() for b in (c.play_button, c.back_button, c.step_button,
                                                                 c.reset_button))
    assert c.play_button.toolTip().startswith("Play") and c.step_button.toolTip().startswith("Step")
    assert c.lr_label.text() == "η" and c.lr_label.toolTip().startswith("Learning rate η\n")  # (then the safe zone)

    def one_row() -> bool:
        row = {b.mapTo(window, b.rect().topLeft()).y() for b in essentials(window)}
        return max(row) - min(row) < c.play_button.height()

    qtbot.waitUntil(one_row)  # (once the layout has settled)
    window.resize(1920, 1080)
    window.classroom.set_scale(1.0)
    qtbot.waitUntil(window.centralWidget().isVisible)
    assert not window.controls.icons_only and window.controls.step_button.text() == "Step"
