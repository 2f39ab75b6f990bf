"""What the standalone build leaves out of PySide6 (measured: about 40 MB less on Linux), used by
gdstudio.spec and hooks/hook-PySide6.QtGui.py. Paths are matched with forward slashes.

Kept: the platforms xcb, wayland, offscreen, minimal, windows, cocoa (and the Wayland client
plugins); the SVG image format and SVG icon engine (QtSvg's); the input methods (typing Japanese);
the xdg desktop portal theme; Qt's own translation qtbase_ja.qm (standard buttons, context menus).
"""

from __future__ import annotations

import re

# Qt's translations to keep: gdstudio's languages but its source language (English needs none).
QT_TRANSLATION_LANGUAGES = ("ja",)

DROPPED_PLUGINS = re.compile(
    r"(^|/)plugins/("
    r"platforms/(lib)?q(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay|direct2d)\b"
    r"|egldeviceintegrations/|generic/|networkinformation/|tls/|sqldrivers/|printsupport/"
    r"|platformthemes/(lib)?qgtk3\b"  # it pulls a partial GTK stack (cairo, pango…) that can clash with the system's
    r"|imageformats/(lib)?q(gif|jpeg|tiff|webp|tga|wbmp|icns|ico|pdf)\b"  # the app reads and writes PNG (built in)
    r")"
)
DROPPED_QT_LIBRARIES = re.compile(r"(^|/)(lib)?Qt6?(EglFSDeviceIntegration|EglFsKmsSupport|Network|Pdf)\b")
QT_TRANSLATION = re.compile(r"(^|/)PySide6/(Qt/)?translations/(?P<base>\w+?)_(?P<lang>[A-Za-z_]+)\.qm$")

# Python modules the app never imports (pyqtgraph treats QtTest as optional; it does import QtOpenGL).
EXCLUDED_MODULES = [
    "PySide6.QtNetwork", "PySide6.QtTest", "PySide6.QtDBus",
    "ssl", "_ssl", "_hashlib", "readline",  # no network; hashlib and hmac fall back to Python's built-in hashes
    "tkinter", "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL.ImageTk",
    "PIL._imagingtk", "PIL.ImageQt", "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter",
]


def keep(path: str) -> bool:
    """Whether a collected file (its source or its place in the bundle) belongs in the bundle."""
    path = path.replace("\\", "/")
    if DROPPED_PLUGINS.search(path) or DROPPED_QT_LIBRARIES.search(path):
        return False
    translation = QT_TRANSLATION.search(path)
    if translation:  # Qt's own: only qtbase, only our languages
        return translation["base"] == "qtbase" and translation["lang"] in QT_TRANSLATION_LANGUAGES
    return True
