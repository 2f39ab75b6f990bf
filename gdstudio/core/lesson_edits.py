"""Edits of a lesson, each a new frozen Lesson: what the lesson editor does, without Qt.

Texts keep every language: `with_language(text, "ja", "…")` changes the Japanese and keeps the
English. Positions out of range are clamped, never an error (a list's buttons may race a click).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from gdstudio.core.document import Document
from gdstudio.core.lesson import Beat, BeatKind, Lesson, Scene, Tab, Text


def with_language(text: Text, language: str, value: str) -> Text:
    """`text` with its `language` version set to `value` (stripped; empty removes it), the others kept."""
    value = value.strip()
    kept = [(k, v) for k, v in text.by_language if k != language]
    if value:
        kept.append((language, value))
    order = {"en": 0, "ja": 1}
    return Text(tuple(sorted(kept, key=lambda kv: (order.get(kv[0], 2), kv[0]))))


def _moved(items: tuple, index: int, delta: int) -> tuple[tuple, int]:
    target = index + delta
    if not (0 <= index < len(items) and 0 <= target < len(items)):
        return items, index
    out = list(items)
    out[index], out[target] = out[target], out[index]
    return tuple(out), target


def scene_of(document: Document, title: Text, tab: Tab = Tab.VALUES, speed: float = 20.0) -> Scene:
    """A new scene showing `document`, with no key sentence, notes or beats yet."""
    return Scene(title, Text(), Text(), document, tab, speed)


def insert_scene(lesson: Lesson, scene: Scene, at: int) -> Lesson:
    at = max(0, min(at, len(lesson.scenes)))
    return replace(lesson, scenes=lesson.scenes[:at] + (scene,) + lesson.scenes[at:])


def delete_scene(lesson: Lesson, index: int) -> Lesson:
    return replace(lesson, scenes=lesson.scenes[:index] + lesson.scenes[index + 1:]) \
        if 0 <= index < len(lesson.scenes) else lesson


def duplicate_scene(lesson: Lesson, index: int) -> Lesson:
    """A copy of scene `index` right after it."""
    return insert_scene(lesson, lesson.scenes[index], index + 1) if 0 <= index < len(lesson.scenes) else lesson


def move_scene(lesson: Lesson, index: int, delta: int) -> tuple[Lesson, int]:
    """Scene `index` moved by `delta` places (−1 up, +1 down), and where it is now."""
    scenes, at = _moved(lesson.scenes, index, delta)
    return replace(lesson, scenes=scenes), at


def replace_scene(lesson: Lesson, index: int, **changes: Any) -> Lesson:
    scenes = list(lesson.scenes)
    scenes[index] = replace(scenes[index], **changes)
    return replace(lesson, scenes=tuple(scenes))


def new_beat(kind: BeatKind, scene: Scene) -> Beat:
    """A beat of `kind` with sensible parameters for `scene` (a 'set' beat starts with the scene's η)."""
    if kind in (BeatKind.REVEAL, BeatKind.HIDE):
        return Beat(kind, layer="squared_residuals")
    if kind is BeatKind.TAB:
        return Beat(kind, tab=Tab.SLICES)
    if kind is BeatKind.SET:
        return Beat(kind, changes=(("lr", scene.document.lr),))
    return Beat(kind)


def insert_beat(lesson: Lesson, scene: int, beat: Beat, at: int) -> Lesson:
    beats = lesson.scenes[scene].beats
    at = max(0, min(at, len(beats)))
    return replace_scene(lesson, scene, beats=beats[:at] + (beat,) + beats[at:])


def replace_beat(lesson: Lesson, scene: int, index: int, beat: Beat) -> Lesson:
    beats = list(lesson.scenes[scene].beats)
    beats[index] = beat
    return replace_scene(lesson, scene, beats=tuple(beats))


def delete_beat(lesson: Lesson, scene: int, index: int) -> Lesson:
    beats = lesson.scenes[scene].beats
    return replace_scene(lesson, scene, beats=beats[:index] + beats[index + 1:]) if 0 <= index < len(beats) \
        else lesson


def move_beat(lesson: Lesson, scene: int, index: int, delta: int) -> tuple[Lesson, int]:
    beats, at = _moved(lesson.scenes[scene].beats, index, delta)
    return replace_scene(lesson, scene, beats=beats), at


def with_change(beat: Beat, name: str, value: Any | None) -> Beat:
    """A 'set' beat with the change `name` set to `value` (None: no longer changed)."""
    changes = dict(beat.changes)
    if value is None:
        changes.pop(name, None)
    else:
        changes[name] = value
    return replace(beat, changes=tuple(sorted(changes.items())))
