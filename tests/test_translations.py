"""Japanese and English, complete: every text that goes through tr()/translate() in the sources
has a finished translation in both languages, the shipped .qm files are compiled from the
committed .ts files, and a window built in Japanese shows no English text that has a translation.

Failing here after editing a text? Run `python -m gdstudio.i18n --update`, translate what it lists
in resources/translations/gdstudio_ja.ts, and run it again (see resources/translations/README.md).
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QTabWidget, QWidget

from gdstudio import i18n

FIX = "run `python -m gdstudio.i18n --update` and translate what it lists (resources/translations/README.md)"
Key = tuple[str, str, str]  # context, source, disambiguation comment


def read_ts(path: Path) -> dict[Key, dict]:
    """Every message of a .ts file: translation text, its type (unfinished, vanished…) and where it is used."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = {
                "text": "" if translation is None else (translation.text or ""),
                "type": None if translation is None else translation.get("type"),
                "where": sorted({re.sub(r"^.*?(?=gdstudio/)", "", loc.get("filename", ""))
                                 for loc in message.iter("location")}),
            }
    return found


def committed(lang: str) -> dict[Key, dict]:
    return read_ts(i18n.TRANSLATIONS / f"gdstudio_{lang}.ts")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[Key, dict]:
    """What lupdate finds in the sources right now (into a fresh .ts, so nothing is carried over)."""
    ts = tmp_path_factory.mktemp("lupdate") / "gdstudio_ja.ts"
    i18n.run_lupdate([ts])
    found = read_ts(ts)
    assert len(found) > 200, "lupdate found suspiciously few texts"
    return found


@pytest.fixture
def language(qapp):
    """Lets a test switch the language; puts back the one installed before, whatever happens."""
    before = i18n.current_language()
    try:
        yield
    finally:
        i18n.install_language(qapp, before)


# ------------------------------------------------------------------------------ completeness
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_source_text_has_a_finished_translation(extracted, lang):
    translations = committed(lang)
    problems = []
    for key, message in sorted(extracted.items()):
        context, source, _ = key
        where = ", ".join(message["where"])
        done = translations.get(key)
        if done is None:
            problems.append(f"{where}: [{context}] {source!r} is not in gdstudio_{lang}.ts")
        elif done["type"] in ("unfinished", "vanished", "obsolete") or not done["text"].strip():
            problems.append(f"{where}: [{context}] {source!r} is {done['type'] or 'empty'} in gdstudio_{lang}.ts")
    assert not problems, f"{len(problems)} untranslated text(s); {FIX}:\n" + "\n".join(problems)


def test_english_translations_are_the_source_texts():
    wrong = [f"[{c}] {s!r} → {m['text']!r}" for (c, s, _), m in committed("en").items() if m["text"] != s]
    assert not wrong, "gdstudio_en.ts must translate every text to itself:\n" + "\n".join(wrong)


def test_no_text_without_a_context(extracted):
    """A module-level `def tr(text)` helper is invisible to lupdate's context rules: it files the texts
    under an empty context, while at run time they are looked up under another one, so they would
    never be translated. Use translate("Context", "…") (gdstudio.i18n.translate) instead."""
    orphans = sorted({f"{', '.join(m['where'])}: {s!r}" for (c, s, _), m in extracted.items() if not c})
    assert not orphans, ("texts under an empty context (a bare tr() outside a QObject class): use "
                         "translate('Context', …) there:\n" + "\n".join(orphans))


# ---------------------------------------------------------------------- what lupdate can see
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
TRANSLATE_OWNERS = {"", "i18n", "QCoreApplication", "QGuiApplication", "QApplication"}  # not painter.translate()


def _calls(tree: ast.AST):
    """(call, enclosing class name) for every tr()/translate() call in a module."""
    def walk(node, cls):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
                if name in TRANSLATING and (name != "translate" or owner in TRANSLATE_OWNERS):
                    yield child, name, cls
            yield from walk(child, inner)
    yield from walk(tree, "")


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def test_translated_texts_are_literals_lupdate_can_read(extracted):
    """lupdate reads string literals only: an f-string, a formatted or concatenated text, or a call
    inside an f-string is never extracted, so it would stay English. (A plain variable is allowed:
    it must hold a text marked with QT_TRANSLATE_NOOP.)"""
    problems, seen = [], set()
    for path in sorted((i18n.ROOT / "gdstudio").rglob("*.py")):
        if path.name == "i18n.py":
            continue  # translate() itself passes its arguments on
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        in_fstring = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f)}
        rel = path.relative_to(i18n.ROOT).as_posix()
        for call, name, cls in _calls(tree):
            where = f"{rel}:{call.lineno}"
            if id(call) in in_fstring:
                problems.append(f"{where}: {name}() inside an f-string (lupdate cannot see it)")
                continue
            if name in ("tr", "QT_TR_NOOP"):
                # self.tr(): the enclosing class; a bare tr() gets no context from lupdate at all
                text_arg, context = (call.args or [None])[0], cls if isinstance(call.func, ast.Attribute) else ""
            else:
                if len(call.args) < 2:
                    continue
                context, text_arg = _literal(call.args[0]), call.args[1]
                if context is None:
                    problems.append(f"{where}: the context of {name}() must be a string literal")
                    continue
            if text_arg is None:
                continue
            text = _literal(text_arg)
            if text is None:
                if not isinstance(text_arg, (ast.Name, ast.Attribute)):
                    problems.append(f"{where}: {name}() of {ast.unparse(text_arg)[:60]!r}: use a string literal "
                                    "and .format() the translated text")
                continue
            comment = _literal(call.args[2]) if name == "translate" and len(call.args) > 2 else None
            seen.add((context, text, comment or ""))
    assert not problems, "\n".join(problems)
    missed = sorted(seen - set(extracted))
    assert not missed, "texts lupdate did not extract (check the context):\n" + "\n".join(map(repr, missed))


# ------------------------------------------------------------------------------ the .qm files
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_shipped_qm_is_compiled_from_the_committed_ts(tmp_path, lang):
    fresh = tmp_path / f"gdstudio_{lang}.qm"
    i18n.run_lrelease(i18n.TRANSLATIONS / f"gdstudio_{lang}.ts", fresh)
    shipped = i18n.TRANSLATIONS / i18n.qm_name(lang)
    assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} is out of date: {FIX}"


def test_qm_files_are_package_data():
    pyproject = (i18n.ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"translations/*.qm"' in pyproject


# ------------------------------------------------------------------------ translation quality
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+);")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_translations_keep_placeholders_tags_and_shortcut_marks(lang):
    problems = []
    for (context, source, _), message in committed(lang).items():
        text = message["text"]
        for what, pattern in (("placeholders", PLACEHOLDER), ("HTML tags", TAG), ("entities", ENTITY)):
            if Counter(pattern.findall(source)) != Counter(pattern.findall(text)):
                problems.append(f"[{context}] {source!r} → {text!r}: {what} differ")
        if ENTITY.sub("", source).count("&") != ENTITY.sub("", text).count("&"):
            problems.append(f"[{context}] {source!r} → {text!r}: the & (keyboard shortcut mark) differs")
    assert not problems, "\n".join(problems)


def test_japanese_uses_the_lectures_terms():
    ja = {(c, s): m["text"] for (c, s, _), m in committed("ja").items()}
    assert ja[("Optimizers", "Gradient descent")] == "勾配降下法"
    assert "確率的勾配降下法" in ja[("SettingsBar", "Stochastic gradient descent: every step uses one random point")]
    # the sampling chooser names the methods as the deck's slide 30 does
    assert ja[("SettingsBar", "Batch (all points)")].startswith("最急降下法")
    assert ja[("SettingsBar", "Mini-batch")] == "ミニバッチ勾配降下法"
    assert ja[("SettingsBar", "SGD (1 point)")].startswith("確率的勾配降下法")
    assert ja[("ControlBar", "Learning rate η")] == "学習率 η"
    assert ja[("SettingsBar", "Error")] == "誤差関数"
    assert "偏微分" in ja[("Readout", "Partial derivative of E by w0: Σ (f_w(xᵢ) − yᵢ)")]
    assert ja[("SurfacePanel", "least-squares optimum")] == "最小二乗解"
    assert ja[("LossXChooser", "iteration")] == "反復"


# ------------------------------------------------------------------------------ at run time
def test_install_language_switches_and_restores(qapp, language):
    i18n.install_language(qapp, "ja")
    assert i18n.current_language() == "ja"
    assert QCoreApplication.translate("ControlBar", "Play") == "再生"
    assert QCoreApplication.translate("Optimizers", "Gradient descent") == "勾配降下法"
    assert i18n.translate("Run", "Race over: {results}.").format(results="x") == "レース終了: x。"
    i18n.install_language(qapp, "ja")  # again: replaces, never stacks
    assert QCoreApplication.translate("ControlBar", "Play") == "再生"
    i18n.install_language(qapp, "en")
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("ControlBar", "Play") == "Play"
    assert QCoreApplication.translate("Optimizers", "Gradient descent") == "Gradient descent"


def test_english_messages_stay_as_the_tests_read_them(qapp, language):
    from gdstudio.engine.controller import RunState
    from gdstudio.ui.controls.control_bar import buttons

    i18n.install_language(qapp, "en")
    assert buttons()[RunState.IDLE][1] == "Play"
    i18n.install_language(qapp, "ja")
    assert buttons()[RunState.IDLE][1] == "再生"


def test_unknown_language_is_refused_and_changes_nothing(qapp, language):
    i18n.install_language(qapp, "ja")
    with pytest.raises(ValueError, match="unknown language"):
        i18n.install_language(qapp, "fr")
    assert i18n.current_language() == "ja"
    assert QCoreApplication.translate("ControlBar", "Speed") == "速度"


def test_system_language(monkeypatch):
    class JapaneseSystem:
        Language = QLocale.Language

        @staticmethod
        def system():
            return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)

    class GermanSystem(JapaneseSystem):
        @staticmethod
        def system():
            return QLocale(QLocale.Language.German, QLocale.Country.Germany)

    monkeypatch.setattr(i18n, "QLocale", JapaneseSystem)
    assert i18n.system_language() == "ja"
    monkeypatch.setattr(i18n, "QLocale", GermanSystem)
    assert i18n.system_language() == "en"


def test_has_japanese_font_answers(qapp):
    assert isinstance(i18n.has_japanese_font(), bool)


# --------------------------------------------------------------------- Qt's own dialogs
MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")  # "ファイル名(&N):" and "&Open" both read without it


def english_words(texts) -> list[str]:
    return sorted({t for t in texts if re.search(r"[A-Za-z]{2,}", MNEMONIC.sub("", t))})


def test_standard_buttons_follow_the_language(qapp, qtbot, language):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    buttons = QMessageBox.StandardButton
    i18n.install_language(qapp, "ja")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"
    message = QMessageBox(QMessageBox.Icon.Question, "", "", buttons.Save | buttons.Discard | buttons.Cancel)
    qtbot.addWidget(message)
    assert message.button(buttons.Cancel).text() == "キャンセル"
    assert not english_words(b.text() for b in message.buttons() if b.text() != "OK")
    i18n.install_language(qapp, "en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(english)
    assert english.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def file_dialog(qtbot):
    """Qt's own file dialog, the one a platform without a native dialog (as here) shows."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "", "", "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    return dialog


def dialog_texts(dialog: QWidget) -> list[str]:
    widgets = dialog.findChildren(QWidget)
    texts = [w.text() for w in widgets if isinstance(w, (QLabel, QAbstractButton)) and w.text()]
    texts += [w.toolTip() for w in widgets if w.toolTip()]
    return texts + [a.text() for a in dialog.findChildren(QAction) if a.text()]


def test_the_file_dialog_speaks_the_language(qapp, qtbot, language):
    i18n.install_language(qapp, "ja")
    dialog = file_dialog(qtbot)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "ファイルの場所(&L):"
    assert labels["fileTypeLabel"] == "ファイルの種類(&T):"
    assert not english_words(dialog_texts(dialog)), "English left in the Japanese file dialog"

    i18n.install_language(qapp, "en")
    assert file_dialog(qtbot).findChild(QLabel, "lookInLabel").text() == "&Look in:"
    QCoreApplication.processEvents()  # the open one follows too (Qt sends it a LanguageChange)
    assert dialog.findChild(QLabel, "lookInLabel").text() == "&Look in:"


# ------------------------------------------------------------------------------ the window
def _shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(what, text) for every text a person can see or hover in the window."""
    texts = [("window title", window.windowTitle())]
    for w in window.findChildren(QWidget):
        name = type(w).__name__
        texts.append((f"{name} tooltip", w.toolTip()))
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append((name, w.text()))
        if isinstance(w, QGroupBox):
            texts.append((name, w.title()))
        if isinstance(w, QComboBox):
            texts += [(f"{name} item", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [(f"{name} tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, pg.PlotWidget):
            plot = w.getPlotItem()
            texts.append(("plot title", plot.titleLabel.text))
            texts += [("axis label", plot.getAxis(side).labelText) for side in ("bottom", "left")]
            texts += [("plot item tooltip", item.toolTip()) for item in w.scene().items()]
    for action in window.findChildren(QAction):
        texts += [("action", action.text()), ("action tip", action.statusTip())]
    return [(what, text) for what, text in texts if text]


@pytest.fixture
def japanese_window(qapp, qtbot, language):
    from gdstudio.assets import default_dataset
    from gdstudio.engine.controller import Controller
    from gdstudio.ui.main_window import MainWindow
    from gdstudio.ui.style import configure_pyqtgraph

    i18n.install_language(qapp, "ja")
    controller = Controller(default_dataset(), lr=0.02, start=(2.5, 0.3), speed=1000)
    try:
        configure_pyqtgraph()
        window = MainWindow(controller)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        controller.shutdown()


def test_window_built_in_japanese_is_japanese(japanese_window):
    w = japanese_window
    assert w.controls.play_button.text() == "再生"
    assert w.controls.step_button.text() == "ステップ"
    assert "データ空間" in w.data_panel.getPlotItem().titleLabel.text
    assert "パラメータ空間" in w.surface_panel.getPlotItem().titleLabel.text
    assert "誤差の推移" in w.loss_panel.plot_widget.getPlotItem().titleLabel.text
    assert w.settings_bar.sampling_box.itemText(0) == "最急降下法 (全点)"
    assert w.settings_bar.optimizer_bar.choice.itemText(0) == "勾配降下法"


def test_window_built_in_japanese_shows_no_translated_english(japanese_window):
    """No widget shows an English text whose Japanese translation differs: it would mean a text
    computed before the language was installed (a module-level constant) or under the wrong context."""
    english = {s for (_, s, _), m in committed("ja").items() if m["text"] != s and re.search(r"[A-Za-z]{3}", s)}
    leftovers = sorted({f"{what}: {text!r}" for what, text in _shown_texts(japanese_window) if text in english})
    assert not leftovers, "English texts in the Japanese window:\n" + "\n".join(leftovers)
