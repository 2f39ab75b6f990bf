"""Languages: English and Japanese through Qt's translation system.

Every user-visible string goes through `self.tr("…")` (in QObject classes) or
`translate("Context", "…")` (elsewhere); the texts are collected by pyside6-lupdate into
resources/translations/gdstudio_<lang>.ts and compiled by pyside6-lrelease into the .qm files
shipped in the package. `install_language(app, "ja")` switches the translators (gdstudio's and
Qt's own, for the standard buttons and dialogs); widgets built afterwards are in that language
(MainWindow rebuilds its panels to switch at run time).

Maintenance, after changing any translatable text (see resources/translations/README.md):

    python -m gdstudio.i18n --update
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from gdstudio.assets import resource

LANGUAGES = ("en", "ja")
SOURCE_LANGUAGE = "en"  # the texts in the code are English

_installed: list[QTranslator] = []  # ours first, then Qt's own (standard buttons, context menus)
_current: str | None = None
_qt_missing: set[str] = set()  # languages whose Qt translation was found missing (said once)

# Texts of Qt's own file dialog (the one Qt draws itself, where the platform has no native dialog)
# that Qt's Japanese translation lacks: qtbase_ja.qm has only the older "Look in:" and "Files of
# type:", without the shortcut marks the dialog now has, so these two labels stayed English. gdstudio's
# .qm carries them: Qt asks the translator installed last (Qt's) first, then ours.
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """QCoreApplication.translate, for code outside QObject classes. lupdate reads the calls:
    `context` and `text` must be string literals, and no f-strings (use "{name}".format(...))."""
    return QCoreApplication.translate(context, text, disambiguation)


def system_language() -> str:
    """'ja' when the system's locale is Japanese, else 'en'."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def current_language() -> str:
    """The language installed by install_language ('en' when none was: the source texts are English)."""
    return _current or SOURCE_LANGUAGE


def qm_name(lang: str) -> str:
    return f"gdstudio_{lang}.qm"


def _check(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language '{lang}': choose one of {', '.join(LANGUAGES)}")


def load_translator(lang: str) -> QTranslator:
    """gdstudio's translator for `lang`, from the shipped .qm (RuntimeError if it is missing or broken)."""
    _check(lang)
    try:
        data = resource("translations", qm_name(lang)).read_bytes()
    except OSError as exc:
        raise RuntimeError(f"The translation {qm_name(lang)} is missing: {exc}") from exc
    translator = QTranslator()
    if not translator.load(data):
        raise RuntimeError(f"The translation {qm_name(lang)} could not be loaded.")
    translator.qm_data = data  # type: ignore[attr-defined]  # Qt reads the messages from this buffer as long as the translator lives
    return translator


def _qt_translator(lang: str) -> QTranslator | None:
    """Qt's own translation (the standard buttons, message boxes, the file dialog, the edit boxes'
    context menu), if PySide6 ships one. qtbase_<lang>, not qt_<lang>: that one is only a list of
    modules' catalogs, and fails to load as a whole when one of them (qtmultimedia) is not installed,
    as with PySide6-Essentials."""
    if lang == SOURCE_LANGUAGE:
        return None
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if translator.load(f"qtbase_{lang}", folder):
        return translator
    if lang not in _qt_missing:  # once: the app works, only Qt's own texts stay English
        _qt_missing.add(lang)
        print(f"gdstudio: Qt's translation qtbase_{lang}.qm is missing from {folder or '(no folder)'}; "
              "Qt's standard buttons and menus stay in English.", file=sys.stderr)
    return None


def remove_language(app: QCoreApplication | None = None) -> None:
    """Take the installed translators off again: the source texts (English) show."""
    global _current
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    _current = None


def install_language(app: QCoreApplication | None, lang: str) -> None:
    """Replace the installed translator by the one for `lang` ("en" or "ja").

    Texts already on screen keep their language; widgets built afterwards use the new one."""
    global _current
    _check(lang)
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    ours = load_translator(lang)  # before removing the old one: a broken file changes nothing
    remove_language(app)
    for translator in (ours, _qt_translator(lang)):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    _current = lang


def has_japanese_font() -> bool:
    """Whether any installed font can draw Japanese (else Japanese text shows as boxes).
    Needs a QGuiApplication."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))


def missing_font_notice(lang: str) -> str:
    """What to tell someone whose machine cannot draw `lang` ("" when it can). English on purpose:
    without a Japanese font, the Japanese notice would itself be boxes."""
    if lang == "ja" and not has_japanese_font():
        return ("No Japanese font is installed, so Japanese text may show as boxes. "
                "On Debian or Ubuntu: sudo apt-get install fonts-ipafont-gothic")
    return ""


# ------------------------------------------------------------------------------ maintenance
ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def qt_tool(name: str) -> list[str]:
    """The command for one of PySide6's Qt tools ("lupdate", "lrelease"), as installed with PySide6."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def source_files(root: Path = ROOT) -> list[str]:
    """Every Python file of the package, relative to `root`, sorted (lupdate's input)."""
    return sorted(p.relative_to(root).as_posix() for p in (root / "gdstudio").rglob("*.py"))


def run_lupdate(ts_files: list[Path], *, root: Path = ROOT, no_obsolete: bool = True) -> None:
    """Extract every tr()/translate() text of the sources into `ts_files`, merging existing translations."""
    for ts in ts_files:
        lang = ts.stem.rsplit("_", 1)[-1]
        command = [*qt_tool("lupdate"), "-silent", "-locations", "absolute", "-source-language", SOURCE_LANGUAGE,
                   "-target-language", lang, *(["-no-obsolete"] if no_obsolete else []),
                   *source_files(root), "-ts", str(ts)]
        subprocess.run(command, cwd=root, check=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def fill_source_translations(ts: Path) -> int:
    """In the source language's .ts, every unfinished message gets its source as its translation.
    Returns how many were filled."""
    text = ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source")
            del translation.attrib["type"]
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")  # type: ignore[arg-type]  # (parsed: has a root)
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message still without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not (translation.text or "").strip():
                missing.append((name, message.findtext("source") or ""))
    return missing


def finished_translations(ts: Path) -> dict[str, str]:
    """Source text → its finished translation (any context), to offer for the same text elsewhere."""
    if not ts.is_file():
        return {}
    known: dict[str, str] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and not translation.get("type") and (translation.text or "").strip():
            known.setdefault(message.findtext("source") or "", translation.text or "")
    return known


def reuse_translations(ts: Path, known: dict[str, str]) -> list[str]:
    """Give every unfinished message whose exact source text is translated elsewhere (another context,
    or one that has just moved) that translation. Returns the texts filled, for review."""
    tree = ET.parse(ts)
    filled = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished" and source in known:
            translation.text = known[source]
            del translation.attrib["type"]
            filled.append(source)
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


def update(directory: Path = TRANSLATIONS) -> int:
    """lupdate every language's .ts (keeping the translations), fill English, lrelease the .qm files.
    Returns the number of texts still untranslated (listed on stderr)."""
    directory.mkdir(parents=True, exist_ok=True)
    ts_files = [directory / f"gdstudio_{lang}.ts" for lang in LANGUAGES]
    known = {ts: finished_translations(ts) for ts in ts_files}  # before lupdate drops texts gone from the code
    run_lupdate(ts_files)
    for ts in ts_files:
        if ts.stem.endswith(f"_{SOURCE_LANGUAGE}"):
            continue
        reused = reuse_translations(ts, known[ts])
        for source in reused:
            print(f"{ts.name}: reused the translation of the same text elsewhere, please check: {source!r}",
                  file=sys.stderr)
        if reused:
            run_lupdate([ts])  # back to lupdate's own layout
    source_ts = directory / f"gdstudio_{SOURCE_LANGUAGE}.ts"
    if fill_source_translations(source_ts):
        run_lupdate([source_ts])  # back to lupdate's own layout, so the next update changes nothing
    missing = 0
    for ts in ts_files:
        run_lrelease(ts, ts.with_suffix(".qm"))
        todo = unfinished(ts)
        missing += len(todo)
        for context, source in todo:
            print(f"{ts.name}: untranslated in {context}: {source!r}", file=sys.stderr)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gdstudio.i18n", description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true",
                        help="run pyside6-lupdate over gdstudio/**/*.py into resources/translations/*.ts "
                             "(keeping existing translations), then pyside6-lrelease to build the .qm files")
    args = parser.parse_args(argv)
    if not args.update:
        parser.print_help()
        return 2
    if not (ROOT / "gdstudio").is_dir() or not (ROOT / "resources").is_dir():
        print(f"--update works in a source checkout; {ROOT} is not one.", file=sys.stderr)
        return 2
    missing = update()
    print(f"Updated {TRANSLATIONS}; {missing} text(s) still to translate." if missing else
          f"Updated {TRANSLATIONS}; every text is translated.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
