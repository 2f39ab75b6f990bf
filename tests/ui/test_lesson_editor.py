"""Authoring a lesson in the app: the editor's widgets build it, Save writes it, Open reads it back;
a bad lesson file is its own message and changes nothing; unsaved edits are never lost silently;
the editor fits a 1024×768 projector at 150 %."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gdstudio.assets import builtin_lesson, resource
from gdstudio.core.document import GradientField
from gdstudio.core.lesson import BeatKind, Tab, Text, load_lesson, save_lesson
from gdstudio.ui.document.file_actions import MAX_RECENT
from gdstudio.ui.document.prompts import SaveChoice

ROOT = Path(__file__).resolve().parents[2]


class FakePrompts:
    """Answers at once and records what was said and asked."""

    def __init__(self) -> None:
        self.warnings: list[tuple[str, str]] = []
        self.asked: list[str] = []
        self.open_from: str | None = None
        self.save_to: str | None = None
        self.save_choice = SaveChoice.CANCEL
        self.apply_choice = SaveChoice.CANCEL

    def warn(self, title, text):
        self.warnings.append((title, text))

    def open_path(self, title, filters, folder=""):
        return self.open_from

    def save_path(self, title, suggested, filters):
        return self.save_to

    def ask_save_changes(self, name):
        self.asked.append(f"save {name}")
        return self.save_choice

    def ask_apply_edits(self):
        self.asked.append("apply")
        return self.apply_choice

    @property
    def last(self) -> str:
        return self.warnings[-1][1]


@pytest.fixture
def files(window):
    files = window.lecture_actions.files
    files.prompts = FakePrompts()
    return files


@pytest.fixture
def editor(files, qtbot):
    editor = files.edit()
    yield editor
    if files.editor is not None:
        files.prompts.apply_choice = SaveChoice.DISCARD
        editor.reject()


def menu_action(window, text: str):
    """The window's action with this text (the Lecture menu's entries are the window's actions too)."""
    found = [a for a in window.actions() if a.text() == text]
    assert found, text
    return found[0]


def choose(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


# ------------------------------------------------------------------ building a lesson

def test_a_lesson_built_with_the_editor_saves_and_loads_back_as_built(window, files, editor, tmp_path):
    controller = window.controller
    controller.add_point(3.5, 5.5)
    state = controller.document
    editor.scene_list.setCurrentRow(0)
    editor.add_button.click()  # after the selected scene
    assert editor.scene_row == 1 and len(editor.draft.scenes) == 10
    assert editor.draft.scenes[1].document == state and editor.draft.scenes[1].tab is controller.view_state.tab

    assert editor.windowTitle() == "Lesson editor — the built-in lecture[*]" and editor.isWindowModified()
    editor.title.set_value("en", "My own points")
    editor.caption.set_value("en", "A line through the points.")
    editor.caption.set_value("ja", "点を通る直線。")
    editor.notes.set_value("ja", "クリックで点を足す。")
    editor.caption.set_value("en", "A line through every point.")  # English again: the Japanese stays
    scene = editor.draft.scenes[1]
    assert scene.caption == Text.of("A line through every point.", "点を通る直線。")
    assert scene.title == Text.of("My own points") and scene.notes == Text.of("", "クリックで点を足す。")
    choose(editor.tab_box, Tab.SLICES)

    beats = editor.beats
    choose(beats.kind_box, BeatKind.REVEAL)
    beats.add_button.click()
    choose(beats.layer_box, "gradient_field")
    beats.say.set_value("en", "The arrows point downhill.")
    beats.say.set_value("ja", "矢印は下り坂を指す。")
    choose(beats.kind_box, BeatKind.STEP)
    beats.add_button.click()
    beats.count_box.setValue(5)
    choose(beats.kind_box, BeatKind.SET)
    beats.add_button.click()
    choose(beats.sampling_box, "minibatch")
    beats.sampling_check.setChecked(True)
    beats.batch_check.setChecked(True)
    beats.batch_box.setValue(4)
    beats.lr_check.setChecked(False)
    assert [b.do for b in editor.draft.scenes[1].beats] == [BeatKind.REVEAL, BeatKind.STEP, BeatKind.SET]
    beats.list.setCurrentRow(1)
    beats.up_button.click()  # the step before the reveal
    assert [b.do for b in editor.draft.scenes[1].beats] == [BeatKind.STEP, BeatKind.REVEAL, BeatKind.SET]
    assert beats.row == 0

    editor.up_button.click()  # the new scene first
    assert editor.scene_row == 0 and editor.draft.scenes[0].title == Text.of("My own points")
    editor.scene_list.setCurrentRow(9)
    editor.delete_button.click()  # the last scene of the lecture goes
    assert len(editor.draft.scenes) == 9
    editor.scene_list.setCurrentRow(1)
    editor.duplicate_button.click()
    assert editor.draft.scenes[2] == editor.draft.scenes[1] and editor.scene_row == 2

    files.prompts.save_to = str(tmp_path / "mine")  # no suffix: .json is added
    editor.save_button.click()
    assert files.prompts.warnings == []
    saved = load_lesson(tmp_path / "mine.json")
    assert saved == editor.draft == window.lecture.lesson == files.saved
    first = saved.scenes[0]
    assert first.document == state and first.tab is Tab.SLICES
    step, reveal, change = first.beats
    assert step.count == 5 and reveal.layer == "gradient_field"
    assert reveal.say == Text.of("The arrows point downhill.", "矢印は下り坂を指す。")
    assert dict(change.changes) == {"sampling": "minibatch", "batch_size": 4}
    lecture = builtin_lesson().scenes
    assert [s.title for s in saved.scenes[1:]] == [s.title for s in (lecture[0], lecture[0], *lecture[1:8])]
    assert files.path == tmp_path / "mine.json" and files.is_clean
    assert editor.windowTitle() == "Lesson editor — mine.json[*]" and not editor.isWindowModified()


def test_the_lecture_walks_the_applied_lesson(window, files, editor):
    window.controller.add_point(3.0, 1.0)
    editor.add_current_state()
    editor.caption.set_value("en", "Look at the new point.")
    choose(editor.beats.kind_box, BeatKind.REVEAL)
    editor.beats.add()
    choose(editor.beats.layer_box, "gradient_field")
    editor.buttons.accepted.emit()  # OK: apply and close
    assert files.editor is None
    lecture = window.lecture
    assert len(lecture.lesson.scenes) == 10
    entries = [a.text() for a in window.lecture_actions.scenes_menu.actions() if a.isVisible()]
    assert len(entries) == 10 and entries[1] == "Scene 2"
    window.lecture_actions.start(1)
    assert window.controller.document.data.x.size == 13
    lecture.next()
    assert window.controller.document.layers.gradient_field is GradientField.DESCENT


def test_each_edit_is_one_undo_step_and_typing_in_a_field_is_one(window, editor):
    original = editor.draft
    editor.scene_list.setCurrentRow(2)
    for text in ("D", "Da", "Dat", "Data!"):
        editor.caption.set_value("en", text)
    editor.add_current_state()
    assert editor.undo_stack.count() == 2
    editor.undo_button.click()
    assert len(editor.draft.scenes) == 9 and editor.scene_row == 2
    editor.undo_button.click()
    assert editor.draft == original
    assert editor.caption.value("en") == original.scenes[2].caption.get("en")
    editor.redo_button.click()
    assert editor.draft.scenes[2].caption.get("en") == "Data!"
    assert editor.draft.scenes[2].caption.get("ja") == original.scenes[2].caption.get("ja")


def test_an_incomplete_lesson_is_not_applied_and_the_scene_is_shown(window, files, editor):
    before = window.lecture.lesson
    editor.scene_list.setCurrentRow(3)
    editor.add_current_state()  # a title, but no key sentence yet
    editor.scene_list.setCurrentRow(0)
    assert not editor.apply()
    assert window.lecture.lesson is before
    assert editor.problem.text() == "Scene 5 needs a key sentence." and editor.scene_row == 4
    choose(editor.beats.kind_box, BeatKind.SAY)
    editor.caption.set_value("en", "Here.")
    editor.beats.add()
    assert not editor.apply() and "beat 1" in editor.problem.text() and "needs a line" in editor.problem.text()
    editor.beats.say.set_value("ja", "ここ。")
    assert editor.apply() and window.lecture.lesson == editor.draft


def test_closing_the_editor_with_changes_not_applied_asks(window, files, editor):
    before = window.lecture.lesson
    editor.delete()
    editor.reject()
    assert files.prompts.asked == ["apply"] and files.editor is editor  # Cancel: still editing
    files.prompts.apply_choice = SaveChoice.DISCARD
    editor.reject()
    assert files.editor is None and window.lecture.lesson is before
    again = files.edit()
    assert again.draft is before


# ------------------------------------------------------------------ opening files

def _lecture() -> dict:
    return json.loads(resource("lessons", "lecture.json").read_text(encoding="utf-8"))


def _with(change) -> str:
    doc = _lecture()
    change(doc)
    return json.dumps(doc)


BAD_FILES = {
    "corrupt.json": ('{"format": "gdstudio-lesson", "scenes": [', "ends unexpectedly"),
    "newer.json": (_with(lambda d: d.update(schema_version=9)), "made by a newer gdstudio (lesson format 9"),
    "session.json": ('{"schema_version": 1, "lr": 0.1}', "its \"format\" field is not \"gdstudio-lesson\""),
    "title.json": (_with(lambda d: d["scenes"][1].update(title=3)), "scenes[1].title: must be a text"),
    "count.json": (_with(lambda d: d["scenes"][5]["beats"][1].update(count="five")),
                   "scenes[5].beats[1].count: must be a whole number"),
    "empty.json": ("", "the file is empty"),
    "binary.json": (b"\x00\x01PK", "contains binary data"),
}


def test_each_bad_lesson_file_opened_from_the_menu_says_what_is_wrong_and_changes_nothing(window, files,
                                                                                         tmp_path):
    lecture = window.lecture
    lesson, controller_document = lecture.lesson, window.controller.document
    (tmp_path / "a folder.json").mkdir()
    paths = {"a folder.json": "is a folder, not a lesson file", "gone.json": "cannot be read"}
    for name, (content, expected) in BAD_FILES.items():
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        paths[name] = expected
    for name, expected in paths.items():
        files.prompts.open_from = str(tmp_path / name)
        menu_action(window, "&Open lesson…").trigger()
        title, text = files.prompts.warnings[-1]
        first_line = text.splitlines()[0]
        assert title == "Cannot open lesson" and name in first_line and expected in first_line, (name, text)
        assert text.endswith("Nothing was changed.")
        assert lecture.lesson is lesson and window.controller.document == controller_document
        assert files.path is None and files.recent.paths() == []
    assert len(files.prompts.warnings) == len(paths)


def test_a_good_lesson_opens_and_replaces_the_scenes_of_the_menu(window, files, tmp_path):
    short = builtin_lesson()
    short = type(short)(Text.of("Short", "短い"), short.scenes[2:5])
    save_lesson(short, tmp_path / "short.json")
    window.lecture_actions.start(6)
    files.prompts.open_from = str(tmp_path / "short.json")
    menu_action(window, "&Open lesson…").trigger()
    assert files.prompts.warnings == [] and window.lecture.lesson == short
    assert window.lecture.scene_index == 2  # (a shorter lesson: its last scene)
    entries = [a for a in window.lecture_actions.scenes_menu.actions() if a.isVisible()]
    assert [a.text() for a in entries] == [s.title.get("en") for s in short.scenes]
    assert "short.json" in window.controller.message[0]
    menu_action(window, "&Built-in lecture").trigger()
    assert window.lecture.lesson == builtin_lesson() and files.path is None
    assert len([a for a in window.lecture_actions.scenes_menu.actions() if a.isVisible()]) == 9


def test_unsaved_lesson_edits_are_not_replaced_without_asking(window, files, editor, tmp_path):
    save_lesson(builtin_lesson(), tmp_path / "other.json")
    editor.scene_list.setCurrentRow(0)
    editor.delete()
    prompts = files.prompts
    prompts.open_from = str(tmp_path / "other.json")
    menu_action(window, "&Open lesson…").trigger()  # Cancel: nothing happens
    assert prompts.asked == ["save the built-in lecture"] and len(editor.draft.scenes) == 8
    prompts.save_choice, prompts.save_to = SaveChoice.SAVE, str(tmp_path / "edited.json")
    menu_action(window, "&Open lesson…").trigger()  # Save (where? edited.json), then open
    assert len(load_lesson(tmp_path / "edited.json").scenes) == 8
    assert window.lecture.lesson == builtin_lesson() and files.path == tmp_path / "other.json"
    assert editor.draft == builtin_lesson() and not editor.undo_stack.canUndo()  # the editor shows it, fresh


def test_recent_lessons_keep_the_newest_first_in_the_settings_and_drop_missing_ones(window, files, tmp_path):
    settings_file = tmp_path / "settings.ini"
    files.start(QSettings(str(settings_file), QSettings.Format.IniFormat))
    paths = []
    for n in range(MAX_RECENT + 2):
        path = tmp_path / f"lesson{n}.json"
        save_lesson(builtin_lesson(), path)
        assert files.open_lesson(path)
        paths.append(str(path.resolve()))
    assert files.recent.paths() == paths[::-1][:MAX_RECENT]
    reopened = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert reopened.value("recent_lessons")[0] == paths[-1] and reopened.value("recent_files") is None
    files._fill_recent_menu()
    texts = [a.text() for a in files.recent_menu.actions() if a.text()]
    assert texts[0].startswith(f"&1 lesson{MAX_RECENT + 1}.json   (") and texts[-1] == "Clear the list"
    Path(paths[-1]).unlink()
    assert not files.open_recent(paths[-1])
    assert "no longer exists" in files.prompts.last and paths[-1] not in files.recent.paths()
    files.recent_menu.actions()[1].trigger()  # the second newest opens
    assert files.path == Path(paths[-2])
    files.recent.clear()
    files._fill_recent_menu()
    assert [a.text() for a in files.recent_menu.actions()] == ["(none yet)"]
    files.ask_on_close = False  # (the window closes without asking at the end of the test)


def test_a_lesson_given_on_the_command_line_is_the_one_saved_and_the_newest_recent(window, files, tmp_path):
    path = tmp_path / "given.json"
    save_lesson(builtin_lesson(), path)
    files.adopt(path)
    assert files.name == "given.json" and files.is_clean and files.recent.paths() == [str(path.resolve())]
    files.prompts.save_to = None
    assert files.save()  # to its own file, without asking where
    assert load_lesson(path) == window.lecture.lesson


def test_closing_the_app_with_unsaved_lesson_edits_asks(window, files, editor, tmp_path):
    files.start(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    editor.delete()
    assert not window.close()  # Cancel
    assert files.prompts.asked == ["save the built-in lecture"] and window.isVisible()
    files.prompts.save_choice = SaveChoice.DISCARD
    files.prompts.apply_choice = SaveChoice.DISCARD
    assert window.close()


# ------------------------------------------------------------------ the room

def test_the_editor_fits_the_screen_it_opens_on(window, editor):
    QApplication.processEvents()
    free = editor.screen().availableGeometry()
    assert free.contains(editor.frameGeometry())
    assert editor.minimumSizeHint().width() <= free.width() and editor.minimumSizeHint().height() <= free.height()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="an offscreen configfile path (no drive colon)")
def test_the_editor_fits_a_1024x768_projector_at_150_percent_in_both_languages(tmp_path):
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1024, "height": 768,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}")
    done = subprocess.run([sys.executable, "-m", "tests.ui.lesson_editor_room"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for language, seen in json.loads(done.stdout.splitlines()[-1]).items():
        x, y, w, h = seen["frame"]
        fx, fy, fw, fh = seen["free"]
        assert (seen["screen"], fw, fh) == ("projector", 1024, 768)
        assert seen["font"] == pytest.approx(19.5)  # the projector's text at 150 %
        assert fx <= x and fy <= y and x + w <= fx + fw and y + h <= fy + fh, (language, seen)
        assert w >= 0.9 * fw  # it uses the room it has
        assert seen["minimum"][0] <= fw and seen["minimum"][1] <= fh, (language, seen)
        assert seen["narrow"] == [] and seen["sideways"] == 0, (language, seen)
        assert seen["field_chars"] >= 24, (language, seen)  # a key sentence's field is wide enough to read
