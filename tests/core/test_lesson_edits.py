"""Lesson edits: each a new Lesson, every language of a text kept, positions out of range harmless,
and whatever they build survives its file."""

from __future__ import annotations

from pathlib import Path

from gdstudio.assets import builtin_lesson
from gdstudio.core.lesson import BeatKind, Tab, Text, lesson_from_json, lesson_to_json
from gdstudio.core.lesson_edits import (
    delete_beat,
    delete_scene,
    duplicate_scene,
    insert_beat,
    insert_scene,
    move_beat,
    move_scene,
    new_beat,
    replace_scene,
    scene_of,
    with_change,
    with_language,
)


def test_editing_one_language_keeps_the_other():
    text = Text.of("gradient", "勾配")
    assert with_language(text, "en", " slope ") == Text.of("slope", "勾配")
    assert with_language(text, "ja", "傾き") == Text.of("gradient", "傾き")
    assert with_language(text, "en", "") == Text.of("", "勾配")
    assert with_language(Text.of("", "勾配"), "en", "gradient").by_language == (("en", "gradient"), ("ja", "勾配"))


def test_scenes_are_inserted_moved_duplicated_and_deleted():
    lesson = builtin_lesson()
    first, second = lesson.scenes[:2]
    new = scene_of(first.document, Text.of("Mine"), Tab.GRID, 60.0)
    added = insert_scene(lesson, new, 1)
    assert added.scenes[1] == new and len(added.scenes) == 10 and lesson.scenes[1] == second  # (a new value)
    moved, at = move_scene(added, 1, -1)
    assert at == 0 and moved.scenes[:2] == (new, first)
    assert move_scene(moved, 0, -1) == (moved, 0)  # the top stays the top
    assert duplicate_scene(moved, 0).scenes[:2] == (new, new)
    assert delete_scene(moved, 0) == lesson
    assert delete_scene(lesson, 42) == lesson


def test_beats_are_added_with_sensible_parameters_moved_changed_and_deleted():
    lesson = builtin_lesson()
    scene = lesson.scenes[0]
    assert new_beat(BeatKind.SET, scene).changes == (("lr", scene.document.lr),)
    assert new_beat(BeatKind.REVEAL, scene).layer == "squared_residuals"
    edited = insert_beat(lesson, 0, new_beat(BeatKind.STEP, scene), 0)
    assert edited.scenes[0].beats[0].do is BeatKind.STEP and edited.scenes[0].beats[1:] == scene.beats
    moved, at = move_beat(edited, 0, 0, 1)
    assert at == 1 and moved.scenes[0].beats[1].do is BeatKind.STEP
    assert delete_beat(moved, 0, 1) == lesson
    change = with_change(with_change(new_beat(BeatKind.SET, scene), "sampling", "sgd"), "lr", None)
    assert change.changes == (("sampling", "sgd"),)


def test_what_the_edits_build_survives_its_file():
    lesson = builtin_lesson()
    scene = lesson.scenes[3]
    lesson = insert_scene(lesson, scene_of(scene.document, Text.of("Copy", "写し")), 4)
    lesson = replace_scene(lesson, 4, caption=with_language(Text(), "ja", "要点。"))
    beat = with_change(with_change(new_beat(BeatKind.SET, scene), "sampling", "minibatch"), "batch_size", 4)
    lesson = insert_beat(lesson, 4, beat, 0)
    assert lesson_from_json(lesson_to_json(lesson)) == lesson


def test_the_readmes_example_lesson_is_a_lesson():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("### Writing a lesson", 1)[1].split("```json\n", 1)[1].split("```", 1)[0]
    lesson = lesson_from_json(example, "README.md")
    scene = lesson.scenes[0]
    assert scene.tab is Tab.UPDATE and scene.document.lr == 0.22 and len(scene.document.data) == 3
    assert [b.do for b in scene.beats] == [BeatKind.PREDICT, BeatKind.PLAY]
