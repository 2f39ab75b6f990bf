"""No missing-glyph boxes: every character of every text the app shows, in both languages, is drawn
by a font that Qt really picks for it on a machine with the fonts the README installs (DejaVu, which
comes with fontconfig, and fonts-ipafont-gothic).

Each text is laid out as Qt lays it out on screen (QTextLayout: the application's font, then Qt's
font fallback for the characters it lacks); every glyph must come from a font that has it — glyph
index 0 is the font's "notdef" box, which is what U+23F8 (⏸) used to show as.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextDocument, QTextLayout
from PySide6.QtWidgets import QApplication

from gdstudio import i18n
from gdstudio.assets import resource
from gdstudio.ui import style as S

README_FONTS = {"en": ("DejaVu Sans",), "ja": ("DejaVu Sans", "IPAGothic")}
RICH_TEXT = re.compile(r"</?[A-Za-z][^>]*>|&(?:[A-Za-z]+|#\d+);")  # a tag or an entity: Qt shows it as HTML


def ts_texts(lang: str) -> set[str]:
    """Every <source> and <translation> text of gdstudio_<lang>.ts."""
    root = ET.parse(i18n.TRANSLATIONS / f"gdstudio_{lang}.ts").getroot()
    return {e.text for e in root.iter() if e.tag in ("source", "translation") and e.text}


def preset_texts(lang: str) -> set[str]:
    """The preset chooser's titles and descriptions."""
    index = json.loads(resource("presets", "presets.json").read_text(encoding="utf-8"))
    keys = ("title", "description") + (("title_ja", "description_ja") if lang == "ja" else ())
    return {p[k] for p in index["presets"] for k in keys if p.get(k)}


def app_fonts() -> list[QFont]:
    """The fonts the widgets use: the application's (as style.apply_to_application sets it), its bold
    (titles, <b>) and the monospace of the readout's values."""
    base = QFont(QApplication.font())
    base.setPointSizeF(S.Look().pt(S.UI_POINT_SIZE))
    bold = QFont(base)
    bold.setBold(True)
    mono = QFont("monospace")
    mono.setPointSizeF(S.Look().pt(S.UI_POINT_SIZE))
    return [base, bold, mono]


def shown(text: str) -> str:
    """The characters a label shows for `text` (rich text without its tags, entities resolved)."""
    if not RICH_TEXT.search(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def missing_characters(text: str, font: QFont) -> set[str]:
    """The characters of `text` that Qt, laying it out in `font` with its fallbacks, draws as a box."""
    text = shown(text)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(1e6)
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag
    missing = set()
    for run in layout.glyphRuns(0, -1, flags.RetrieveGlyphIndexes | flags.RetrieveStringIndexes):
        missing |= {text[i] for glyph, i in zip(run.glyphIndexes(), run.stringIndexes()) if glyph == 0}
    return missing


@pytest.fixture
def readme_fonts(qapp, request):
    lang = request.node.callspec.params["lang"]
    absent = [f for f in README_FONTS[lang] if f not in QFontDatabase.families()]
    if absent:
        pytest.skip(f"the fonts the README installs are missing here: {', '.join(absent)} "
                    "(sudo apt-get install fonts-dejavu-core fonts-ipafont-gothic)")


def test_the_check_sees_a_missing_glyph(qapp):
    """The check itself: U+0378 is unassigned, so no font has it; the lecture's symbols are all drawn."""
    regular, bold, _ = app_fonts()
    assert missing_characters("\u0378 Pause", regular) == {"\u0378"}
    assert missing_characters("<b>E(w) \u0378</b>", regular) == {"\u0378"}  # rich text: checked as shown
    assert missing_characters("w ← w − η∇E(w), ½Σ(f_w(xᵢ) − yᵢ)²", bold) == set()


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_ui_text_is_drawn_without_a_missing_glyph(readme_fonts, lang):
    problems = []
    for text in sorted(ts_texts(lang) | preset_texts(lang)):
        for font in app_fonts():
            missing = missing_characters(text, font)
            if missing:
                codes = ", ".join(f"U+{ord(c):04X} {c!r}" for c in sorted(missing))
                problems.append(f"{QFontInfo(font).family()}{' bold' if font.bold() else ''}: {codes} in {text!r}")
    assert not problems, ("characters no installed font draws (use another character or an icon from "
                          "resources/icons):\n" + "\n".join(problems))


# ------------------------------------------------------------------ no Japanese font at all
def test_without_a_japanese_font_the_app_says_so_in_english(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "has_japanese_font", lambda: False)
    notice = i18n.missing_font_notice("ja")
    assert "fonts-ipafont-gothic" in notice
    assert notice.isascii()  # readable where Japanese is not
    assert i18n.missing_font_notice("en") == ""
    monkeypatch.setattr(i18n, "has_japanese_font", lambda: True)
    assert i18n.missing_font_notice("ja") == ""


def test_switching_to_japanese_without_a_font_shows_the_notice(qtbot, window, controller, monkeypatch):
    monkeypatch.setattr(i18n, "has_japanese_font", lambda: False)
    try:
        window.classroom.set_language("ja")
        assert controller.message[0] == i18n.missing_font_notice("ja")
        assert not window.message.isHidden() and "fonts-ipafont-gothic" in window.message.text()
    finally:
        i18n.install_language(QApplication.instance(), "en")
