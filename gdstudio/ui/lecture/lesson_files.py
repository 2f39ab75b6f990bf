"""Lesson files in the Lecture menu: open, save, recent lessons, the built-in lecture, the editor.

A lesson opened is checked whole (`load_lesson`) before anything changes: a file it cannot use
is one message, and the lecture keeps the lesson it had. Lesson edits not saved yet (applied to
the lecture, or still in the editor) are never dropped without asking. As with the File menu,
every message and question goes through `self.prompts`, so tests answer them; `start()` gives
the real app its recent lessons in QSettings and the question on close.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from gdstudio.app_info import settings as app_settings
from gdstudio.assets import builtin_lesson
from gdstudio.core.lesson import Lesson, LessonError, lesson_from_json, lesson_to_json, load_lesson, save_lesson
from gdstudio.engine.controller import MessageLevel
from gdstudio.engine.lecture import Lecture
from gdstudio.i18n import translate
from gdstudio.ui.document.file_actions import RecentFiles
from gdstudio.ui.document.prompts import Prompts, SaveChoice

RECENT_LESSONS_KEY = "recent_lessons"
LESSON_SUFFIX = ".json"


def lesson_filter() -> str:
    return translate("LessonFiles", "gdstudio lessons (*.json);;All files (*)")


class LessonPrompts(Prompts):
    """The File menu's dialogs, and the editor's question on closing with changes not applied."""

    def ask_apply_edits(self) -> SaveChoice:
        """SAVE: apply the editor's changes to the lecture; DISCARD: drop them; CANCEL: keep editing."""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("LessonFiles", "Changes not applied"),
                          translate("LessonFiles", "Apply the changes to the lecture?"), parent=self.parent)
        box.setInformativeText(translate("LessonFiles", "If you discard them, the lesson stays as it was."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Apply | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Apply)
        box.exec()
        return {buttons.Apply: SaveChoice.SAVE, buttons.Discard: SaveChoice.DISCARD}.get(
            box.standardButton(box.clickedButton()), SaveChoice.CANCEL)


def check_lesson(lesson: Lesson) -> None:
    """LessonError unless `lesson` would load back from its file exactly as it is."""
    lesson_from_json(lesson_to_json(lesson), translate("LessonFiles", "the lesson"))


class LessonFiles(QObject):
    def __init__(self, window: QWidget, lecture: Lecture, prompts: LessonPrompts | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.lecture = lecture
        self.prompts = prompts or LessonPrompts(window)
        self.path: Path | None = None     # the file the lesson came from or was saved to (None: built in)
        self.saved: Lesson = lecture.lesson  # what that file (or the shipped lecture) holds
        self.recent = RecentFiles(key=RECENT_LESSONS_KEY)
        self.editor = None                # the lesson editor, while it is open
        self.ask_on_close = False

    # --------------------------------------------------------------- state
    @property
    def edited(self) -> Lesson:
        """The lesson as the teacher has it now: the editor's, while it is open, else the lecture's."""
        return self.editor.draft if self.editor is not None else self.lecture.lesson

    @property
    def is_clean(self) -> bool:
        return self.edited == self.saved

    @property
    def name(self) -> str:
        return self.path.name if self.path is not None else self.tr("the built-in lecture")

    def _say(self, text: str, level: MessageLevel = MessageLevel.SUCCESS) -> None:
        self.lecture.controller.say(text, level)

    def _fail(self, title: str, text: str) -> bool:
        self.prompts.warn(title, text)
        return False

    # --------------------------------------------------------------- open
    def open_lesson(self, path: str | Path) -> bool:
        """Walk the lesson in `path` from now on; a file that cannot be used is a message and changes nothing."""
        path = Path(path)
        if not self.confirm_discard():
            return False
        try:
            lesson = load_lesson(path)
        except LessonError as exc:
            return self._fail(self.tr("Cannot open lesson"), self.tr("{error}\n\nNothing was changed.").format(
                error=exc))
        self._use(lesson, path)
        self.recent.add(path)
        self._say(self.tr("Opened the lesson {name}: {count} scenes.").format(name=path.name,
                                                                               count=len(lesson.scenes)))
        return True

    @Slot()
    def open_lesson_dialog(self) -> None:
        path = self.prompts.open_path(self.tr("Open lesson"), lesson_filter(), self._folder())
        if path:
            self.open_lesson(path)

    @Slot()
    def open_builtin(self) -> bool:
        """Back to the lecture shipped with gdstudio."""
        if not self.confirm_discard():
            return False
        self._use(builtin_lesson(), None)
        self._say(self.tr("The built-in lecture: {count} scenes.").format(count=len(self.saved.scenes)))
        return True

    def open_recent(self, path: str) -> bool:
        if not Path(path).is_file():
            self.recent.remove(path)
            return self._fail(self.tr("File not found"), self.tr(
                "{path} no longer exists, so it was removed from the recent lessons.").format(path=path))
        return self.open_lesson(path)

    def adopt(self, path: Path) -> None:
        """The lecture already walks the lesson in `path` (opened from the command line)."""
        self.path, self.saved = Path(path), self.lecture.lesson
        self.recent.add(path)

    def _use(self, lesson: Lesson, path: Path | None) -> None:
        self.path, self.saved = path, lesson
        self.lecture.set_lesson(lesson)
        if self.editor is not None:
            self.editor.start_over(lesson)

    # --------------------------------------------------------------- apply, save
    def apply(self, lesson: Lesson) -> None:
        """The editor's lesson becomes the lecture's (its scenes, its menu, its number keys)."""
        if lesson != self.lecture.lesson:
            self.lecture.set_lesson(lesson)

    def save(self, lesson: Lesson | None = None, path: str | Path | None = None) -> bool:
        """Write `lesson` (the lecture's by default) to `path`, else to its file, else ask where."""
        lesson = lesson if lesson is not None else self.lecture.lesson
        path = path if path is not None else self.path
        return self.save_as(lesson) if path is None else self._write(lesson, Path(path))

    def save_as(self, lesson: Lesson | None = None) -> bool:
        lesson = lesson if lesson is not None else self.lecture.lesson
        suggested = str(self.path) if self.path else str(Path(self._folder()) / "lesson.json")
        chosen = self.prompts.save_path(self.tr("Save lesson as"), suggested, lesson_filter())
        if not chosen:
            return False
        path = Path(chosen)
        return self._write(lesson, path if path.suffix else path.with_name(path.name + LESSON_SUFFIX))

    @Slot()
    def save_as_dialog(self) -> None:
        self.save_as(self.edited)

    def _write(self, lesson: Lesson, path: Path) -> bool:
        try:
            check_lesson(lesson)
            save_lesson(lesson, path)
        except LessonError as exc:
            return self._fail(self.tr("Cannot save lesson"), self.tr("{error}\n\nThe lesson is not saved.").format(
                error=exc))
        self.path, self.saved = path, lesson
        self.recent.add(path)
        self._say(self.tr("Saved the lesson {name}.").format(name=path.name))
        return True

    # --------------------------------------------------------------- questions
    def confirm_discard(self) -> bool:
        """Before the lesson is replaced or the window closes: Save / Discard / Cancel if the lesson has
        changes not saved (in the editor or applied). True: go ahead."""
        if self.is_clean:
            return True
        choice = self.prompts.ask_save_changes(self.name)
        if choice is SaveChoice.SAVE:
            return self.save(self.edited)
        return choice is SaveChoice.DISCARD

    def start(self, settings: QSettings | None = None) -> None:
        """The real app's services: recent lessons in QSettings and the question on close."""
        self.recent.use_settings(settings if settings is not None else app_settings())
        if self.path is not None:
            self.recent.add(self.path)
        self.ask_on_close = True
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Close and self.ask_on_close \
                and not self.confirm_discard():
            event.ignore()
            return True
        return False

    def _folder(self) -> str:
        paths = self.recent.paths()
        return str(Path(paths[0]).parent) if paths else ""

    # --------------------------------------------------------------- the editor
    @Slot()
    def edit(self):
        """Show the lesson editor (one per window), on the lesson as the teacher has it now."""
        from gdstudio.ui.lecture.lesson_editor import LessonEditor

        if self.editor is None:
            self.editor = LessonEditor(self, self.window.look, self.window)
            self.editor.finished.connect(self._on_editor_finished)
        if self.editor.isVisible():  # (already open: bring it forward)
            self.editor.raise_()
            self.editor.activateWindow()
        else:
            self.editor.show()
        return self.editor

    @Slot()
    def _on_editor_finished(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.deleteLater()

    # --------------------------------------------------------------- menu
    def build_menu(self, menu, add_action) -> None:
        """The lesson entries of the Lecture menu (`add_action` is the window's)."""
        add_action(menu, self.tr("&Edit lesson…"), self.edit, [],
                   self.tr("Add the current state as a scene, write captions, notes and beats"))
        add_action(menu, self.tr("&Open lesson…"), self.open_lesson_dialog, [], self.tr("Walk a lesson file"))
        add_action(menu, self.tr("Save lesson &as…"), self.save_as_dialog)
        self.recent_menu = menu.addMenu(self.tr("Recent l&essons"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        add_action(menu, self.tr("&Built-in lecture"), self.open_builtin, [],
                   self.tr("The lecture that comes with gdstudio"))

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent.fill_menu(self.recent_menu, self.open_recent)
