"""The app as a desktop application: Help → About (version, licence, the lecture), the names Qt
files its settings under, and the window icon."""

from importlib import metadata

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gdstudio import app_info, i18n
from gdstudio.app import main
from gdstudio.ui.about import AboutDialog


def about_action(window):
    help_menu = window.menuBar().actions()[-1].menu()
    return next(a for a in help_menu.actions() if "gdstudio" in a.text())


def test_help_about_shows_the_installed_version_and_licence(qtbot, window):
    about_action(window).trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.version.text() == metadata.version("gdstudio")
    assert dialog.licence.text() == "MIT"
    assert "勾配降下法" in dialog.lecture.text() and "new-hire" in dialog.lecture.text()
    dialog.close()


def test_about_speaks_japanese(qtbot, window):
    try:
        window.classroom.set_language("ja")
        assert about_action(window).text().startswith("gdstudio について")
        dialog = window.classroom.show_about()
        assert dialog.windowTitle() == "gdstudio について"
        assert "新入社員" in dialog.lecture.text()
        assert dialog.version.text() == metadata.version("gdstudio")
        close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        assert close.text() == "閉じる"
        dialog.close()
    finally:
        i18n.install_language(QApplication.instance(), "en")


@pytest.fixture
def identity_restored(qapp):
    """main() names the (process-wide) application; put the names and icon back afterwards."""
    app = QApplication.instance()
    before = (app.applicationName(), app.organizationName(), app.organizationDomain(), app.applicationVersion(),
              app.windowIcon())
    yield
    app.setApplicationName(before[0])
    app.setOrganizationName(before[1])
    app.setOrganizationDomain(before[2])
    app.setApplicationVersion(before[3])
    app.setWindowIcon(before[4])


def test_main_names_the_application_and_gives_it_its_icon(identity_restored, tmp_path):
    assert main(["--steps", "0", "--screenshot", str(tmp_path / "shot.png")]) == 0
    assert QCoreApplication.organizationName() == "gdstudio"
    assert QCoreApplication.applicationName() == "gdstudio"
    assert QCoreApplication.organizationDomain() == app_info.DOMAIN
    assert QCoreApplication.applicationVersion() == metadata.version("gdstudio")
    assert not QApplication.windowIcon().isNull()
    # Every part of the app reads and writes one settings file, the one Qt's defaults name too.
    assert QSettings().fileName() == app_info.settings().fileName()
    assert "gdstudio" in app_info.settings().fileName()


@pytest.mark.parametrize("scale", [1.0, 3.0])
def test_about_shows_all_its_text_on_the_screen(qtbot, window, scale):
    from PySide6.QtWidgets import QLabel

    window.classroom.set_scale(scale)
    dialog = window.classroom.show_about()
    qtbot.waitExposed(dialog)
    for label in dialog.findChildren(QLabel):
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()  # no line cut off
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.close()
