"""Opens the lesson editor on a 1024×768 screen at 150 % (projector theme) in each language and prints,
as JSON, its frame against the screen's free area and every control narrower than it needs.

Run by tests/ui/test_lesson_editor.py in a process of its own, whose offscreen platform has only
that screen (QT_QPA_PLATFORM=offscreen:configfile=…): `python -m tests.ui.lesson_editor_room`.
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QScrollArea

from gdstudio import i18n
from gdstudio.assets import default_dataset
from gdstudio.engine.controller import Controller
from gdstudio.ui import style as S
from gdstudio.ui.main_window import MainWindow


def _rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def measure(app: QApplication, language: str) -> dict:
    i18n.install_language(app, language)
    look = S.Look.of("projector", 1.5, language)
    controller = Controller(default_dataset())
    try:
        window = MainWindow(controller, look)
        window.resize(1024, 768)
        window.show()
        editor = window.lecture_actions.files.edit()
        editor.scene_list.setCurrentRow(8)  # the last scene: the most beats, a 'set' beat among them
        editor.beats.list.setCurrentRow(1)
        app.processEvents()
        narrow = [f"{type(w).__name__} '{getattr(w, 'text', lambda: '')()}' {w.width()} < "
                  f"{w.minimumSizeHint().width()}"
                  for kind in (QAbstractButton, QComboBox, QLineEdit) for w in editor.findChildren(kind)
                  if w.isVisible() and w.width() < w.minimumSizeHint().width()]
        scrolls = [a.horizontalScrollBar().maximum() for a in editor.findChildren(QScrollArea) if a.isVisible()]
        result = {"frame": _rect(editor.frameGeometry()), "free": _rect(editor.screen().availableGeometry()),
                  "minimum": [editor.minimumSizeHint().width(), editor.minimumSizeHint().height()],
                  "narrow": narrow, "sideways": max(scrolls, default=0), "screen": editor.screen().name(),
                  "font": editor.font().pointSizeF(),
                  "field_chars": min(f.width() / f.fontMetrics().averageCharWidth()
                                     for f in (*editor.caption.fields.values(), *editor.title.fields.values()))}
        editor.done(0)
        window.close()
        return result
    finally:
        controller.shutdown()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    S.apply_to_application(app, S.Look.of("projector", 1.5))
    print(json.dumps({language: measure(app, language) for language in ("en", "ja")}))


if __name__ == "__main__":
    main()
