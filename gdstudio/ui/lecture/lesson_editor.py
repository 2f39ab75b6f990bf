"""The lesson editor: a teacher writes a lesson in the app.

Left, the scenes (a thumbnail of each scene's data and line, and its title): add what is on
screen now as a scene, duplicate, move up or down, delete. Right, the selected scene: its title,
its key sentence (the caption strip) and its notes, English and Japanese side by side (editing
one keeps the other), the tab it shows, and its beats. Every change is a new frozen Lesson on
the editor's own undo stack (typing in one field is one step). Apply (or OK) hands the lesson
to the lecture; Save writes it. Closing with changes not applied asks first.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QIcon, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gdstudio.core.lesson import BeatKind, Lesson, LessonError, Tab, Text
from gdstudio.core.lesson_edits import (
    delete_scene,
    duplicate_scene,
    insert_scene,
    move_scene,
    replace_scene,
    scene_of,
    with_language,
)
from gdstudio.ui import style as S
from gdstudio.ui.document.prompts import SaveChoice
from gdstudio.ui.lecture.beat_editor import BeatEditor, kind_names, narrow_combo, tab_names
from gdstudio.ui.lecture.bilingual import BilingualGrid, stack_languages
from gdstudio.ui.lecture.lesson_files import check_lesson
from gdstudio.ui.lecture.scene_index import thumbnail

THUMB = QSize(96, 62)
PREFERRED = QSize(1180, 820)  # at 100 %; never more than the screen leaves free
RIGHT_SHARE = 0.68            # of the width, for the selected scene (the rest lists the scenes)
TITLE_BAR = 40                # a title bar and borders, before the window system tells


class LessonChange(QUndoCommand):
    """One edit: the lesson before and after, and which scene and beat were selected."""

    def __init__(self, editor: LessonEditor, before: Lesson, after: Lesson, rows_before, rows_after, what: str,
                 merge: object) -> None:
        super().__init__(what)
        self.editor, self.before, self.after = editor, before, after
        self.rows_before, self.rows_after, self.merge = rows_before, rows_after, merge

    def id(self) -> int:
        return 1 if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, LessonChange) or other.merge != self.merge:
            return False
        self.after, self.rows_after = other.after, other.rows_after
        return True

    def redo(self) -> None:
        self.editor.show_lesson(self.after, *self.rows_after)

    def undo(self) -> None:
        self.editor.show_lesson(self.before, *self.rows_before)


class LessonEditor(QDialog):
    def __init__(self, files, look: S.Look, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        self.controller = files.lecture.controller
        self.look = look
        self.language = look.language
        self.draft: Lesson = files.edited
        self.thumb = THUMB  # (not scaled: at a big size the titles need the room more)
        self.undo_stack = QUndoStack(self)
        self._thumbs: list = []  # the document each row's thumbnail was drawn from
        self._filling = False
        self.setModal(False)
        S.apply_to_window(self, look)

        size = self.planned_size()
        stacked = stack_languages(self.font(), int(size.width() * RIGHT_SHARE) - 40, self.tr("Key sentence"))
        top = QGridLayout()
        self.lesson_title = BilingualGrid(top, self.language).text(self.tr("Lesson title"),
                                                                    self._on_lesson_title_edited)

        # ---- left: the scenes
        self.scene_list = QListWidget()
        self.scene_list.setIconSize(self.thumb)
        self.scene_list.setWordWrap(True)
        self.scene_list.currentRowChanged.connect(self._on_scene_row_changed)
        self.add_button = QPushButton(self.tr("Add the current state"))
        self.add_button.setToolTip(self.tr("What is on screen now (data, w, η, sampling, layers, tab) becomes a "
                                           "new scene after the selected one"))
        self.add_button.clicked.connect(self.add_current_state)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        self.delete_button.clicked.connect(self.delete)
        scene_buttons = QGridLayout()
        scene_buttons.addWidget(self.add_button, 0, 0, 1, 2)
        for i, button in enumerate((self.duplicate_button, self.delete_button, self.up_button, self.down_button)):
            scene_buttons.addWidget(button, 1 + i // 2, i % 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        scenes_label = QLabel(self.tr("Scenes"))
        scenes_label.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(scenes_label)
        left_layout.addWidget(self.scene_list, 1)
        left_layout.addLayout(scene_buttons)

        # ---- right: the selected scene
        scene_box = QGroupBox(self.tr("Scene"))
        rows = BilingualGrid(QGridLayout(scene_box), self.language, stacked)
        self.title = rows.text(self.tr("Title"), lambda text, key: self._edit_scene("title", text, key))
        self.caption = rows.text(self.tr("Key sentence"), lambda text, key: self._edit_scene("caption", text, key),
                                 lines=3 if not stacked else 2,
                                 hint=self.tr("the caption strip: one sentence in the lecture's words"))
        self.notes = rows.text(self.tr("Notes"), lambda text, key: self._edit_scene("notes", text, key),
                               lines=4 if not stacked else 3, hint=self.tr("what to say: for the presenter only"))
        self.tab_box = narrow_combo()
        for tab, name in tab_names().items():
            self.tab_box.addItem(name, tab)
        self.tab_box.currentIndexChanged.connect(self._on_tab_chosen)
        rows.widget(QLabel(self.tr("Tab shown")), self.tab_box)
        beats_box = QGroupBox(self.tr("Beats (one per click of the clicker)"))
        self.beats = BeatEditor(self.language, self._on_beats_changed, stacked)
        QVBoxLayout(beats_box).addWidget(self.beats)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 4, 0)
        right_layout.addWidget(scene_box)
        right_layout.addWidget(beats_box, 1)
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setChildrenCollapsible(False)

        # ---- bottom: undo, files, apply
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Apply the lesson to the lecture and write it to its file (a new "
                                            "file for the built-in lecture)"))
        self.save_button.clicked.connect(self.save)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {look.vermillion}; font-weight: bold;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setToolTip(self.tr("The lecture walks this lesson from now on"))
        self.apply_button.clicked.connect(self.apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for button in (self.undo_button, self.redo_button, self.save_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        self.undo_stack.indexChanged.connect(self._update_buttons)
        self.show_lesson(self.draft, files.lecture.scene_index, 0)
        self.fit_to_screen()

    # ------------------------------------------------------------------ size
    def _free_area(self):
        screen = self.parentWidget().screen() if self.parentWidget() is not None else self.screen()
        return screen.availableGeometry()

    def planned_size(self) -> QSize:
        """As large as it wants to be (more at a bigger size), never larger than the screen leaves free."""
        free, grow = self._free_area(), max(1.0, self.look.scale * 0.9)
        return QSize(min(int(PREFERRED.width() * grow), free.width() - 16),
                     min(int(PREFERRED.height() * grow), free.height() - TITLE_BAR))

    def fit_to_screen(self) -> None:
        """The planned size, centred in the screen's free area."""
        free, size = self._free_area(), self.planned_size()
        self.setMaximumSize(free.width(), free.height())
        self.resize(size)
        self.splitter.setSizes([int(size.width() * (1 - RIGHT_SHARE)), int(size.width() * RIGHT_SHARE)])
        self.move(free.x() + (free.width() - size.width()) // 2,
                  free.y() + max(0, (free.height() - size.height() - TITLE_BAR) // 2))

    # ------------------------------------------------------------------ showing
    @property
    def scene_row(self) -> int:
        return self.scene_list.currentRow()

    def show_lesson(self, lesson: Lesson, scene_row: int, beat_row: int) -> None:
        """Show `lesson` with scene `scene_row` and its beat `beat_row` selected (clamped)."""
        self.draft = lesson
        self._filling = True
        try:
            self.lesson_title.show(lesson.title)
            scenes = lesson.scenes
            while self.scene_list.count() > len(scenes):
                self.scene_list.takeItem(self.scene_list.count() - 1)
                self._thumbs.pop()
            for i, scene in enumerate(scenes):
                if i >= self.scene_list.count():
                    self.scene_list.addItem("")
                    self._thumbs.append(None)
                item = self.scene_list.item(i)
                title = scene.title.get(self.language) or self.tr("(no title yet)")
                text = f"{i + 1}. {title}"
                if item.text() != text:
                    item.setText(text)
                if self._thumbs[i] is not scene.document:
                    item.setIcon(QIcon(thumbnail(scene.document, self.look, self.thumb)))
                    self._thumbs[i] = scene.document
            self.scene_list.setCurrentRow(max(0, min(scene_row, len(scenes) - 1)) if scenes else -1)
        finally:
            self._filling = False
        self._show_scene(beat_row)

    def _show_scene(self, beat_row: int = 0) -> None:
        row, scenes = self.scene_row, self.draft.scenes
        scene = scenes[row] if 0 <= row < len(scenes) else None
        self._filling = True
        try:
            for fields, text in ((self.title, scene.title if scene else Text()),
                                 (self.caption, scene.caption if scene else Text()),
                                 (self.notes, scene.notes if scene else Text())):
                fields.show(text)
                fields.set_enabled(scene is not None)
            self.tab_box.setEnabled(scene is not None)
            if scene is not None:
                self.tab_box.setCurrentIndex(self.tab_box.findData(scene.tab))
        finally:
            self._filling = False
        self.beats.show_beats(self.draft, row, beat_row)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        row, count = self.scene_row, len(self.draft.scenes)
        self.duplicate_button.setEnabled(row >= 0)
        self.delete_button.setEnabled(row >= 0 and count > 1)  # (a lesson has at least one scene)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.apply_button.setEnabled(self.draft != self.files.lecture.lesson)
        self.setWindowTitle(self.tr("Lesson editor — {name}[*]").format(name=self.files.name))
        self.setWindowModified(self.draft != self.files.saved)  # (not saved to its file yet)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())

    @Slot(int)
    def _on_scene_row_changed(self, _row: int) -> None:
        if not self._filling:
            self._show_scene(0)

    # ------------------------------------------------------------------ editing
    def change(self, lesson: Lesson, what: str, merge: object = None, scene_row: int | None = None,
               beat_row: int | None = None) -> None:
        """Record `lesson` as the next state (undoable), with the given rows selected."""
        if lesson == self.draft:
            return
        before = (self.scene_row, self.beats.row)
        after = (self.scene_row if scene_row is None else scene_row, self.beats.row if beat_row is None else beat_row)
        self.problem.hide()
        self.undo_stack.push(LessonChange(self, self.draft, lesson, before, after, what, merge))

    def start_over(self, lesson: Lesson) -> None:
        """Another lesson was opened: edit that one, with nothing to undo."""
        self.undo_stack.clear()
        self.show_lesson(lesson, 0, 0)

    def _on_lesson_title_edited(self, text: Text, key: str) -> None:
        self.change(replace(self.draft, title=text), self.tr("edit the lesson's title"), ("lesson title", key))

    def _edit_scene(self, name: str, text: Text, key: str) -> None:
        if self._filling or not 0 <= self.scene_row < len(self.draft.scenes):
            return
        self.change(replace_scene(self.draft, self.scene_row, **{name: text}), self.tr("edit a scene"),
                    (name, self.scene_row, key))

    @Slot(int)
    def _on_tab_chosen(self, _index: int) -> None:
        if not self._filling and 0 <= self.scene_row < len(self.draft.scenes):
            self.change(replace_scene(self.draft, self.scene_row, tab=Tab(self.tab_box.currentData())),
                        self.tr("choose the tab"))

    def _on_beats_changed(self, lesson: Lesson, what: str, merge: object, beat_row: int) -> None:
        self.change(lesson, what, merge, beat_row=beat_row)

    @Slot()
    def add_current_state(self) -> None:
        """What is on screen now becomes a scene after the selected one (titled, the rest to write)."""
        at = self.scene_row + 1 if self.scene_row >= 0 else len(self.draft.scenes)
        title = with_language(Text(), self.language, self.tr("Scene {number}").format(number=at + 1))
        scene = scene_of(self.controller.document, title, tab=self.controller.view_state.shown,
                         speed=self.controller.speed)
        self.change(insert_scene(self.draft, scene, at), self.tr("add a scene"), scene_row=at, beat_row=0)

    @Slot()
    def duplicate(self) -> None:
        if self.scene_row >= 0:
            self.change(duplicate_scene(self.draft, self.scene_row), self.tr("duplicate a scene"),
                        scene_row=self.scene_row + 1, beat_row=0)

    def move_by(self, delta: int) -> None:
        lesson, at = move_scene(self.draft, self.scene_row, delta)
        if at != self.scene_row:
            self.change(lesson, self.tr("move a scene"), scene_row=at)

    @Slot()
    def delete(self) -> None:
        row = self.scene_row
        if row >= 0 and len(self.draft.scenes) > 1:
            self.change(delete_scene(self.draft, row), self.tr("delete a scene"), scene_row=min(row, len(
                self.draft.scenes) - 2), beat_row=0)

    # ------------------------------------------------------------------ checking, applying, saving
    def first_problem(self) -> str:
        """What keeps the lesson from being walked or saved, in words a teacher reads ('' if nothing);
        the scene (and beat) with the problem is selected."""
        lesson = self.draft
        if not lesson.title:
            return self.tr("The lesson needs a title.")
        for i, scene in enumerate(lesson.scenes):
            if not scene.title:
                return self._problem_at(i, 0, self.tr("Scene {number} needs a title."))
            if not scene.caption:
                return self._problem_at(i, 0, self.tr("Scene {number} needs a key sentence."))
            for j, beat in enumerate(scene.beats):
                if beat.do in (BeatKind.SAY, BeatKind.PREDICT) and not beat.say:
                    return self._problem_at(i, j, self.tr("Scene {number}, beat {beat} ({kind}) needs a line to say."))
                if beat.do is BeatKind.SET and not beat.changes:
                    return self._problem_at(i, j, self.tr("Scene {number}, beat {beat} ({kind}) changes nothing: "
                                                          "tick η, the sampling or the batch size."))
        try:
            check_lesson(lesson)
        except LessonError as exc:
            return str(exc)
        return ""

    def _problem_at(self, scene: int, beat: int, text: str) -> str:
        self.show_lesson(self.draft, scene, beat)
        beats = self.draft.scenes[scene].beats
        kind = kind_names()[beats[beat].do] if beat < len(beats) else ""
        return text.format(number=scene + 1, beat=beat + 1, kind=kind)

    def _usable(self) -> bool:
        problem = self.first_problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        return not problem

    @Slot()
    def apply(self) -> bool:
        """The lecture walks the edited lesson from now on (if it is complete)."""
        if not self._usable():
            return False
        self.files.apply(self.draft)
        self._update_buttons()
        return True

    @Slot()
    def save(self) -> bool:
        """Apply, then write to the lesson's file (asking where if it has none: the built-in lecture)."""
        saved = self.apply() and self.files.save(self.draft)
        self._update_buttons()
        return saved

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def reject(self) -> None:
        """Close; changes not applied yet: Apply / Discard / Cancel."""
        if self.draft != self.files.lecture.lesson:
            choice = self.files.prompts.ask_apply_edits()
            if choice is SaveChoice.CANCEL or (choice is SaveChoice.SAVE and not self.apply()):
                return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802
        event.ignore()
        self.reject()
