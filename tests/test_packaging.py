"""The standalone build's helpers (packaging/): what it ships, what it leaves out, the icons it draws.
Building the bundle itself takes a minute and is CI's packaging step (packaging/build.py, smoke.py)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
if sys.version_info < (3, 11):
    pytest.importorskip("tomli", reason="packaging/ reads pyproject.toml with tomli on Python 3.10 (the package extra)")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"gdstudio_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


project = _load("project")
trim = _load("trim")
icons = _load("icons")


def test_resource_files_are_pyprojects_package_data():
    files = project.resource_files()
    assert project.resource_dir() == ROOT / "resources"
    index = json.loads((ROOT / "resources" / "presets" / "presets.json").read_text(encoding="utf-8"))
    expected = {"presets/presets.json", "translations/gdstudio_en.qm", "translations/gdstudio_ja.qm",
                "icons/gdstudio.svg"} | {f"presets/{p['file']}" for p in index["presets"]}
    assert expected <= set(files)
    assert not [f for f in files if f.endswith((".py", ".ts", ".md"))]  # sources stay out
    assert files == sorted(files)
    assert project.version() == importlib.metadata.version("gdstudio")


def test_executable_is_where_pyinstaller_puts_it(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert project.executable(tmp_path) == tmp_path / "gdstudio" / "gdstudio"
    monkeypatch.setattr(sys, "platform", "win32")
    assert project.executable(tmp_path) == tmp_path / "gdstudio" / "gdstudio.exe"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert project.executable(tmp_path) == tmp_path / "gdstudio" / "gdstudio"  # no .app built
    (tmp_path / "gdstudio.app").mkdir()
    assert project.executable(tmp_path) == tmp_path / "gdstudio.app" / "Contents" / "MacOS" / "gdstudio"


@pytest.mark.parametrize("path", [
    "PySide6/Qt/translations/qtbase_ja.qm",
    "C:\\venv\\Lib\\site-packages\\PySide6\\translations\\qtbase_ja.qm",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/lib/libQt6Gui.so.6",
    "gdstudio/resources/translations/gdstudio_ja.qm",
    "numpy.libs/libscipy_openblas64_-32a4b2a6.so",
])
def test_trim_keeps_what_the_app_needs(path):
    assert trim.keep(path)


@pytest.mark.parametrize("path", [
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qt_ja.qm",
    "PySide6/Qt/translations/qt_help_ja.qm",
    "PySide6/Qt/translations/qtbase_en.qm",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6\\plugins\\platforms\\qdirect2d.dll",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6\\plugins\\imageformats\\qtiff.dll",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
])
def test_trim_drops_what_it_does_not(path):
    assert not trim.keep(path)


def test_qt_translations_kept_are_the_apps_languages_but_english():
    from gdstudio.i18n import LANGUAGES, SOURCE_LANGUAGE

    assert set(trim.QT_TRANSLATION_LANGUAGES) == set(LANGUAGES) - {SOURCE_LANGUAGE}


def test_ico_and_icns_hold_every_size_and_qt_reads_them(qapp, tmp_path):
    from PySide6.QtGui import QImageReader

    written = icons.make_icons(ROOT / "resources" / "icons" / "gdstudio.svg", tmp_path)
    assert set(written) == {"png", "ico", "icns"}
    for kind, sizes in (("ico", sorted(icons.ICO_SIZES)), ("icns", list(icons.ICNS_TYPES.values()))):
        reader = QImageReader(str(written[kind]))
        found = []
        for i in range(reader.imageCount()):
            reader.jumpToImage(i)
            image = reader.read()
            assert not image.isNull(), (kind, i, reader.errorString())
            found.append(image.width())
        assert found == sizes, kind
    png = written["png"].read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (256, 256)
    ico = written["ico"].read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(icons.ICO_SIZES))
    icns = written["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_every_package_of_the_source_is_listed_for_installation():
    """A folder of modules missing from pyproject's packages is missing from a wheel (an editable
    install and the tests would not notice): gdstudio.ui.lecture once was."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "gdstudio").rglob("__init__.py")}
    assert found - listed == set()
