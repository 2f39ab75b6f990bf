"""PyInstaller's own hook for PySide6.QtGui, less the Qt plugins gdstudio leaves out (trim.py): dropped
here, before the dependency analysis, so the libraries only they need are not collected either."""

import trim  # packaging/trim.py (gdstudio.spec puts packaging/ on sys.path)
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if trim.keep(src)]
datas = [(src, dest) for src, dest in datas if trim.keep(src)]
