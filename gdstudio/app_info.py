"""Who the app is: its names for Qt, its version and licence (from the package metadata), and where
its settings live.

QSettings and QStandardPaths derive their places from these names: the settings file is
~/.config/gdstudio/gdstudio.conf on Linux, HKCU\\Software\\gdstudio\\gdstudio on Windows and a
plist under ~/Library/Preferences on macOS; the recovery copy is in gdstudio's folder of the
generic data location (~/.local/share/gdstudio on Linux; see ui/document/recovery.py).
"""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QCoreApplication, QSettings

import gdstudio

NAME = "gdstudio"
ORGANIZATION = "gdstudio"
DOMAIN = "gdstudio"  # it has no web domain of its own (yet)
LICENCE = "MIT"      # as pyproject.toml declares, when the metadata cannot say


def version() -> str:
    """The installed package's version (a source checkout never installed: gdstudio.__version__)."""
    try:
        return metadata.version(NAME)
    except metadata.PackageNotFoundError:
        return gdstudio.__version__


def licence() -> str:
    try:
        meta = metadata.metadata(NAME)
    except metadata.PackageNotFoundError:
        return LICENCE
    return meta.get("License-Expression") or meta.get("License") or LICENCE


def identify(app: QCoreApplication) -> None:
    """Name the application for Qt (window system, settings and data folders, About)."""
    app.setApplicationName(NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain(DOMAIN)
    app.setApplicationVersion(version())


def settings() -> QSettings:
    """This person's gdstudio settings. Named explicitly rather than QSettings(): the same file
    whether or not identify() ran (tests build windows without it), on every platform."""
    return QSettings(ORGANIZATION, NAME)
