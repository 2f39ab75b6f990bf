"""The Lecture menu and the clicker's keys in lecture mode.

While a lecture runs, PageDown / → / Space are the next beat, PageUp / ← the previous one,
Home the scene's start, 1–9 a scene and G the scene index; outside it those keys step the
optimizer and pick tabs as before (MainWindow.apply_key_mode gives each key to one action).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from gdstudio.engine.lecture import Lecture
from gdstudio.i18n import translate
from gdstudio.ui.lecture.lesson_files import LessonFiles

NEXT_KEYS = ["PgDown", "Right", "Space"]
BACK_KEYS = ["PgUp", "Left"]
MAX_NUMBERED = 9  # scenes 1–9 have a number key; the index reaches the rest


class LectureActions(QObject):
    def __init__(self, window, lecture: Lecture) -> None:
        super().__init__(window)
        self.window = window
        self.lecture = lecture
        self.files = LessonFiles(window, lecture)  # open, save, recent lessons, the editor
        self._scene_actions: list = []
        lecture.sig_active_changed.connect(self._on_active_changed)
        lecture.sig_lesson_changed.connect(self._sync_scene_menu)

    def build_menu(self, menu) -> None:
        w, lecture = self.window, self.lecture
        self.toggle_action = w.add_action(menu, translate("LectureActions", "&Lecture mode"), self.toggle,
                                          ["Shift+F5"], translate("LectureActions", "Walk the lecture with a clicker"))
        self.toggle_action.setCheckable(True)
        self.toggle_action.setChecked(lecture.active)
        menu.addSeparator()
        for text, slot, keys in (
                (translate("LectureActions", "&Next beat"), lecture.next, NEXT_KEYS),
                (translate("LectureActions", "&Previous beat"), lecture.back, BACK_KEYS),
                (translate("LectureActions", "Scene s&tart"), lecture.home, ["Home"]),
                (translate("LectureActions", "&Scenes…"), w.show_scene_index, ["G"])):
            w.add_action(menu, text, slot, keys, in_lecture=True)
        self.scenes_menu = menu.addMenu(translate("LectureActions", "&Go to scene"))
        self._scene_actions = []
        self._sync_scene_menu()
        menu.addSeparator()
        self.files.build_menu(menu, w.add_action)

    @Slot()
    def _sync_scene_menu(self) -> None:
        """One entry per scene of the lesson (another lesson: entries renamed, added or hidden)."""
        w, scenes = self.window, self.lecture.lesson.scenes
        for number in range(len(self._scene_actions) + 1, len(scenes) + 1):
            keys = [str(number)] if number <= MAX_NUMBERED else []
            self._scene_actions.append(w.add_action(self.scenes_menu, "", lambda _=False, n=number - 1: self.go_to(n),
                                                    keys, in_lecture=True))
        for index, action in enumerate(self._scene_actions):
            action.setVisible(index < len(scenes))
            action.setEnabled(index < len(scenes))
            if index < len(scenes):
                action.setText(scenes[index].title.get(w.look.language))

    @Slot()
    def toggle(self) -> None:
        """Lecture mode on (from the scene last shown, in the presentation layout) or off."""
        if self.lecture.active:
            self.lecture.stop()
        else:
            self.start(self.lecture.scene_index)

    def start(self, scene: int) -> None:
        """Lecture mode on at the start of `scene` (0-based), in the presentation layout."""
        self.lecture.start(scene)
        if not self.window.classroom.presenting:
            self.window.classroom.toggle_presentation()

    def go_to(self, scene: int) -> None:
        if not self.lecture.active:
            self.lecture.start(scene)
        else:
            self.lecture.go_to(scene)

    @Slot(bool)
    def _on_active_changed(self, on: bool) -> None:
        self.toggle_action.setChecked(on)
        self.window.apply_key_mode()
