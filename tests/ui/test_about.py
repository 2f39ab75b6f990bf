"""The app as a desktop application: the names Qt files its settings under, and the window icon."""

from importlib import metadata

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from gdstudio import app_info
from gdstudio.app import main


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

