"""Plug and unplug screens of Qt's offscreen platform while the tests run.

The offscreen platform reads its screens from a JSON file at start (`QT_QPA_PLATFORM=offscreen:configfile=
screens.json`), and can change them later: QOffscreenIntegration::setConfiguration diffs the screen list by
name and tells Qt through QWindowSystemInterface::handleScreenAdded / handleScreenRemoved /
handleScreenGeometryChange, exactly as a real platform does when a projector is plugged in or out (so
QGuiApplication emits screenAdded / screenRemoved and moves the orphaned windows to the primary screen).
Qt reaches it only through its private native interface: `nativeResourceForIntegration("setConfiguration")`
gives a function pointer. PySide6 has no binding for that, so this calls it through ctypes, on Linux only
(Itanium C++ ABI; the symbols are Qt's exported ones). `available()` says whether it works here; the tests
that need it skip otherwise.
"""

from __future__ import annotations

import ctypes
import json
import sys
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtCore import QByteArray, QJsonDocument
from PySide6.QtGui import QGuiApplication

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96, "logicalBaseDpi": 96,
          "dpr": 1}
PROJECTOR = {"name": "projector", "x": 1440, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96,
             "logicalBaseDpi": 96, "dpr": 1}
QOBJECT_VIRTUALS = 12  # QObject's own slots in the vtable; QPlatformNativeInterface's first is the next one


def _library(name: str) -> ctypes.CDLL:
    return ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / name))


class OffscreenScreens:
    """`configure([screen, …])`: the offscreen platform's screens from now on (dicts as in its JSON file;
    a screen is known by its name: a new name is plugged in, a missing one unplugged)."""

    def __init__(self) -> None:
        gui, self._core = _library("libQt6Gui.so.6"), _library("libQt6Core.so.6")
        native = gui._ZN15QGuiApplication23platformNativeInterfaceEv
        native.restype = ctypes.c_void_p
        self._iface = native()
        vtable = ctypes.cast(ctypes.c_void_p.from_address(self._iface).value, ctypes.POINTER(ctypes.c_void_p))
        resource = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(vtable[QOBJECT_VIRTUALS])
        name = QByteArray(b"setConfiguration")
        address = resource(self._iface, shiboken6.getCppPointer(name)[0])
        if not address:
            raise OSError("the platform has no setConfiguration")
        self._set = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(address)
        self._object = self._core._ZNK13QJsonDocument6objectEv
        self._object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self._free = self._core._ZN11QJsonObjectD1Ev
        self._free.argtypes = [ctypes.c_void_p]

    def configure(self, screens: list[dict]) -> None:
        document = QJsonDocument.fromJson(QByteArray(json.dumps({"screens": screens}).encode()))
        storage = ctypes.create_string_buffer(64)  # a QJsonObject (one pointer), returned through memory
        self._object(ctypes.addressof(storage), shiboken6.getCppPointer(document)[0])
        try:
            self._set(ctypes.addressof(storage), self._iface)
        finally:
            self._free(ctypes.addressof(storage))
        QGuiApplication.processEvents()

    @staticmethod
    def current() -> list[dict]:
        """The screens now, as configure() takes them (to put them back after a test)."""
        return [{"name": s.name(), "x": s.geometry().x(), "y": s.geometry().y(), "width": s.geometry().width(),
                 "height": s.geometry().height(), "logicalDpi": round(s.logicalDotsPerInch()),
                 "logicalBaseDpi": 96, "dpr": s.devicePixelRatio()} for s in QGuiApplication.screens()]


def available() -> OffscreenScreens | None:
    """The screen changer, or None where it cannot work (not Linux, not the offscreen platform)."""
    if not sys.platform.startswith("linux") or QGuiApplication.platformName() != "offscreen":
        return None
    try:
        return OffscreenScreens()
    except (OSError, AttributeError):
        return None
