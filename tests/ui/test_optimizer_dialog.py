"""The Settings dialog (hyperparameters and the η schedule) fits the screen it opens on: its boxes
scroll in columns, OK and Cancel stay in view, and it still applies what is typed."""

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from gdstudio import i18n
from gdstudio.ui import style as S
from gdstudio.ui.controls.optimizer_settings import OptimizerDialog
from gdstudio.ui.main_window import MainWindow

RACE = ["gd", "momentum", "rmsprop", "adam"]


@pytest.fixture
def projector_window(qtbot, controller):
    """A window on the emulated 1024×768 projector, projector theme at 200 %, in Japanese."""
    screen = next((s for s in QApplication.screens() if s.name() == "projector-1024x768"), None)
    if screen is None:
        pytest.skip("the emulated screens of tests/screens.json are not there (another Qt platform)")
    app = QApplication.instance()
    look = S.Look.of("projector", 2.0, "ja")
    S.apply_to_application(app, look)
    i18n.install_language(app, "ja")
    window = MainWindow(controller, look)
    qtbot.addWidget(window)
    window.setScreen(screen)
    window.move(screen.availableGeometry().topLeft())
    window.resize(screen.availableGeometry().size())
    window.show()
    qtbot.waitExposed(window)
    yield window
    i18n.install_language(app, "en")
    S.apply_to_application(app, S.Look())


def test_a_four_way_race_fits_a_projector_and_ok_is_in_view(qtbot, controller, projector_window):
    controller.set_optimizers(RACE)
    dialog = OptimizerDialog(controller, projector_window.settings_bar.optimizer_bar)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    free = projector_window.screen().availableGeometry()
    assert free.contains(dialog.frameGeometry())
    for button in dialog.findChild(QDialogButtonBox).buttons():
        assert free.contains(button.rect().translated(button.mapToGlobal(button.rect().topLeft())))
    # The last field (Adam's) is reachable: the boxes scroll to it.
    last = dialog.edits["adam"]["eps"]
    dialog.scroll.ensureWidgetVisible(last)
    viewport = dialog.scroll.viewport()
    assert viewport.rect().contains(last.rect().translated(last.mapTo(viewport, last.rect().topLeft())))


def test_it_still_applies_and_says_what_is_wrong(qtbot, controller, projector_window):
    controller.set_optimizers(RACE)
    dialog = OptimizerDialog(controller, projector_window.settings_bar.optimizer_bar)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.error.isVisible()  # no empty line where the error would be
    beta = dialog.edits["adam"]["betas"]
    assert isinstance(beta, QLineEdit)
    beta.setText("0.8")
    dialog.apply()
    assert dialog.isVisible() and dialog.error.isVisible() and "0.9, 0.999" in dialog.error.text()
    beta.setText("0.8, 0.99")
    dialog.apply()
    assert not dialog.isVisible()
    assert controller.document.optimizer("adam").betas == (0.8, 0.99)
