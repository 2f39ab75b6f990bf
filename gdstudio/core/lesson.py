"""Lessons: a lecture as scenes, each a Document to show and the beats a clicker walks through.

A lesson is a JSON file (the built-in lecture is one, in resources/lessons). It is data, never
code: it is validated as strictly as a session file, and every problem is a LessonError that
names the field. A scene's `state` is a session object (the same fields, the same checks), so
whatever a teacher can save as a session can be a scene.

    {"format": "gdstudio-lesson", "schema_version": 1, "title": {"en": "…", "ja": "…"},
     "scenes": [{"title": …, "caption": …, "notes": …, "tab": "values", "state": {session},
                 "beats": [{"do": "reveal", "layer": "squared_residuals", "say": …}, …]}, …]}

Texts are a string (one language) or an object of language codes ({"en": …, "ja": …}).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any

from gdstudio.core.atomic import atomic_write_bytes
from gdstudio.core.document import Document, GradientField
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import SAMPLING_RACE, Sampler, Sampling
from gdstudio.core.session import (
    Session,
    SessionError,
    parse_json,
    pretty_json,
    read_text_file,
    session_from_object,
    session_to_object,
    show_value,
)

FORMAT = "gdstudio-lesson"
SCHEMA_VERSION = 1
MAX_SCENES = 99
MAX_BEATS = 50
MAX_TEXT = 2000
MAX_STEPS = 10_000
_LANGUAGE = re.compile(r"[a-z]{2}")


class LessonError(Exception):
    """A lesson file cannot be used; the message names the file, the field and the problem."""


class Tab(str, Enum):
    """The tab of the bottom row a scene or beat shows (view state: never part of a Document)."""

    VALUES = "values"
    SLICES = "slices"
    UPDATE = "update"
    CHAIN = "chain"      # the Update tab on its chain-rule page (合成関数の微分)
    GRID = "grid"
    CODE = "code"


class BeatKind(str, Enum):
    SAY = "say"          # only a new line in the caption strip (a question to the room, a point)
    REVEAL = "reveal"    # show a teaching layer
    HIDE = "hide"        # hide it again
    STEP = "step"        # take `count` steps
    PLAY = "play"        # play until the run converges (or diverges)
    TAB = "tab"          # show a tab (the slices' tangents, the update rule, the grid search…)
    GRID = "grid"        # sweep the grid search
    SET = "set"          # change η, the sampling, the optimizers or the error form
    PREDICT = "predict"  # ask the class, take the teacher's click as their guess; the next beat reveals


class Question(str, Enum):
    NEXT_STEP = "next_step"  # where will the next step land?
    MINIMUM = "minimum"      # where is the minimum?
    GRADIENT = "gradient"    # which way does the gradient point (from the current w)?


LAYERS = ("constraint_lines", "squared_residuals", "gradient_field", "race_lines", "eigen_directions")
SETTABLE = ("lr", "sampling", "batch_size", "optimizers", "loss_form")
BEAT_FIELDS = ("do", "say", "layer", "count", "tab", "question", "lr", "sampling", "batch_size", "optimizers",
               "loss_form")


@dataclass(frozen=True)
class Text:
    """A text in one or more languages; `get(lang)` falls back to English, then to any."""

    by_language: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, en: str = "", ja: str = "") -> Text:
        return cls(tuple((k, v) for k, v in (("en", en), ("ja", ja)) if v))

    def get(self, language: str) -> str:
        texts = dict(self.by_language)
        return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")

    def __bool__(self) -> bool:
        return bool(self.by_language)

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(k for k, _ in self.by_language)


@dataclass(frozen=True)
class Beat:
    do: BeatKind
    say: Text = Text()                 # shown in the caption strip when the beat is reached
    layer: str = ""                    # reveal / hide
    count: int = 1                     # step
    tab: Tab = Tab.VALUES              # tab
    question: Question = Question.NEXT_STEP  # predict
    changes: tuple[tuple[str, Any], ...] = ()  # set: (("lr", 0.05), ("sampling", "sgd"), …)

    def apply(self, document: Document) -> Document:
        """The document after this beat (unchanged for the beats that do not edit it)."""
        if self.do in (BeatKind.REVEAL, BeatKind.HIDE):
            on = self.do is BeatKind.REVEAL
            value: Any = (GradientField.DESCENT if on else GradientField.OFF) if self.layer == "gradient_field" else on
            return replace(document, layers=replace(document.layers, **{self.layer: value}))
        if self.do is BeatKind.SET:
            return apply_changes(document, dict(self.changes))
        return document


@dataclass(frozen=True)
class Scene:
    title: Text
    caption: Text          # the key sentence, in the lecture's words (the caption strip)
    notes: Text            # what the teacher says (the presenter's notes)
    document: Document
    tab: Tab = Tab.VALUES
    speed: float = 20.0    # steps per second while a beat plays
    beats: tuple[Beat, ...] = ()


@dataclass(frozen=True)
class Lesson:
    title: Text
    scenes: tuple[Scene, ...] = field(default_factory=tuple)


def apply_changes(document: Document, changes: Mapping[str, Any]) -> Document:
    """A SET beat's changes applied to a document (ValueError if the document refuses them).
    "sampling": "race" races batch, mini-batch K and SGD; any other sampling ends such a race."""
    new = document
    if "lr" in changes:
        new = replace(new, lr=changes["lr"])
    if "optimizers" in changes:
        keys = tuple(changes["optimizers"])
        new = replace(new, optimizers=keys, sampling_race=new.sampling_race if len(keys) == 1 else ())
    if "sampling" in changes or "batch_size" in changes:
        k = changes.get("batch_size", new.sampler.batch_size)
        wanted = changes.get("sampling", SAMPLING_RACE if new.sampling_race else new.sampler.mode)
        if wanted == SAMPLING_RACE:
            if len(new.optimizers) > 1:
                raise ValueError("a race of samplings runs one optimizer, not a race of several")
            new = replace(new, sampler=replace(new.sampler, batch_size=k)).with_sampling_race()
        else:
            new = replace(new, sampler=Sampler(Sampling(wanted), k, new.sampler.seed), sampling_race=())
    if "loss_form" in changes:
        new = replace(new, loss_form=LossForm(changes["loss_form"]))
    return new


# ------------------------------------------------------------------------------ reading

def _fail(path: str, problem: str) -> LessonError:
    return LessonError(f"{path}: {problem}" if path else problem)


def _object(v: Any, path: str, allowed: tuple[str, ...], required: tuple[str, ...]) -> Mapping:
    if not isinstance(v, dict):
        raise _fail(path, f"must be an object {{…}}, found {show_value(v)}")
    unknown = sorted(set(v) - set(allowed))
    if unknown:
        raise _fail(path, f"unknown field '{unknown[0]}' (known: {', '.join(allowed)})")
    missing = [k for k in required if k not in v]
    if missing:
        raise _fail(path, f"the field '{missing[0]}' is missing")
    return v


def _text(v: Any, path: str, required: bool = True) -> Text:
    if isinstance(v, str):
        v = {"en": v}
    if not isinstance(v, dict):
        raise _fail(path, f"must be a text or an object of languages {{\"en\": …, \"ja\": …}}, found {show_value(v)}")
    out = []
    for language, text in v.items():
        if not _LANGUAGE.fullmatch(language):
            raise _fail(path, f"'{language}' is not a language code (two lower-case letters, such as en or ja)")
        if not isinstance(text, str):
            raise _fail(f"{path}.{language}", f"must be a text, found {show_value(text)}")
        if len(text) > MAX_TEXT:
            raise _fail(f"{path}.{language}", f"is {len(text):,} characters long; at most {MAX_TEXT:,} fit on screen")
        if text.strip():
            out.append((language, text.strip()))
    if required and not out:
        raise _fail(path, "must not be empty")
    return Text(tuple(out))


def _choice(v: Any, path: str, choices) -> str:
    values = [c.value if isinstance(c, Enum) else c for c in choices]
    if not isinstance(v, str) or v not in values:
        raise _fail(path, f"must be one of {', '.join(values)}, found {show_value(v)}")
    return v


def _count(v: Any, path: str) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= MAX_STEPS:
        raise _fail(path, f"must be a whole number from 1 to {MAX_STEPS:,}, found {show_value(v)}")
    return v


def _changes(beat: Mapping, path: str, document: Document) -> tuple[tuple[str, Any], ...]:
    changes = {k: beat[k] for k in SETTABLE if k in beat}
    if not changes:
        raise _fail(path, f"a 'set' beat needs at least one of {', '.join(SETTABLE)}")
    if "lr" in changes and (isinstance(changes["lr"], bool) or not isinstance(changes["lr"], (int, float))):
        raise _fail(f"{path}.lr", f"must be a number, found {show_value(changes['lr'])}")
    if "optimizers" in changes:
        keys = changes["optimizers"]
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise _fail(f"{path}.optimizers", f"must be a list of optimizer names, found {show_value(keys)}")
        changes["optimizers"] = tuple(keys)
    if "batch_size" in changes:
        changes["batch_size"] = _count(changes["batch_size"], f"{path}.batch_size")
    try:
        apply_changes(document, changes)
    except (ValueError, TypeError) as exc:
        raise _fail(path, f"cannot be applied to the scene: {exc}") from None
    return tuple(sorted(changes.items()))


def _beat(v: Any, path: str, document: Document) -> Beat:
    v = _object(v, path, BEAT_FIELDS, ("do",))
    kind = BeatKind(_choice(v["do"], f"{path}.do", BeatKind))
    needs = {BeatKind.REVEAL: ("layer",), BeatKind.HIDE: ("layer",), BeatKind.TAB: ("tab",),
             BeatKind.PREDICT: ("question", "say"), BeatKind.SAY: ("say",)}.get(kind, ())
    allowed = {"do", "say", *needs, *({"count"} if kind is BeatKind.STEP else ()),
               *(SETTABLE if kind is BeatKind.SET else ())}
    for key in v:
        if key not in allowed:
            raise _fail(f"{path}.{key}", f"is not a field of a '{kind.value}' beat")
    for key in needs:
        if key not in v:
            raise _fail(path, f"a '{kind.value}' beat needs the field '{key}'")
    return Beat(
        kind,
        say=_text(v["say"], f"{path}.say") if "say" in v else Text(),
        layer=_choice(v["layer"], f"{path}.layer", LAYERS) if "layer" in v else "",
        count=_count(v["count"], f"{path}.count") if "count" in v else 1,
        tab=Tab(_choice(v["tab"], f"{path}.tab", Tab)) if "tab" in v else Tab.VALUES,
        question=Question(_choice(v["question"], f"{path}.question", Question)) if "question" in v
        else Question.NEXT_STEP,
        changes=_changes(v, path, document) if kind is BeatKind.SET else (),
    )


SCENE_FIELDS = ("title", "caption", "notes", "tab", "state", "beats")


def _scene(v: Any, path: str) -> Scene:
    v = _object(v, path, SCENE_FIELDS, ("title", "caption", "state"))
    try:
        session = session_from_object(v["state"], f"{path}.state")
        document = session.to_document()
    except SessionError as exc:
        raise LessonError(str(exc)) from None
    except ValueError as exc:
        raise _fail(f"{path}.state", str(exc)) from None
    beats = v.get("beats", [])
    if not isinstance(beats, list):
        raise _fail(f"{path}.beats", f"must be a list of beats [...], found {show_value(beats)}")
    if len(beats) > MAX_BEATS:
        raise _fail(f"{path}.beats", f"has {len(beats)} beats; a scene has at most {MAX_BEATS}")
    parsed, shown = [], document
    for i, beat in enumerate(beats):
        parsed.append(_beat(beat, f"{path}.beats[{i}]", shown))
        shown = parsed[-1].apply(shown)  # a later 'set' is checked against what the earlier ones made
    return Scene(_text(v["title"], f"{path}.title"), _text(v["caption"], f"{path}.caption"),
                 _text(v.get("notes", {}), f"{path}.notes", required=False), document,
                 Tab(_choice(v.get("tab", "values"), f"{path}.tab", Tab)), session.speed, tuple(parsed))


def lesson_from_object(doc: Any, name: str = "the lesson") -> Lesson:
    try:
        if not isinstance(doc, dict):
            raise _fail("", f"not a gdstudio lesson: expected a JSON object {{…}} but found {show_value(doc)}")
        if doc.get("format") != FORMAT:
            raise _fail("", f"not a gdstudio lesson (its \"format\" field is not \"{FORMAT}\")")
        version = doc.get("schema_version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise _fail("schema_version", f"must be a whole number, found {show_value(version)}")
        if version > SCHEMA_VERSION:
            raise _fail("", f"this lesson was made by a newer gdstudio (lesson format {version}; this version reads "
                            f"format {SCHEMA_VERSION}). Update gdstudio to open it.")
        if version < 1:
            raise _fail("schema_version", f"{version} is not a lesson format (the first is 1)")
        doc = _object(doc, "", ("format", "schema_version", "title", "scenes"), ("title", "scenes"))
        scenes = doc["scenes"]
        if not isinstance(scenes, list) or not scenes:
            raise _fail("scenes", f"must be a non-empty list of scenes [...], found {show_value(scenes)}")
        if len(scenes) > MAX_SCENES:
            raise _fail("scenes", f"has {len(scenes)} scenes; a lesson has at most {MAX_SCENES}")
        return Lesson(_text(doc["title"], "title"), tuple(_scene(s, f"scenes[{i}]") for i, s in enumerate(scenes)))
    except LessonError as exc:
        raise LessonError(f"{name}: {exc}") from None


def lesson_from_json(text: str, name: str = "the lesson") -> Lesson:
    try:
        doc = parse_json(text, name, kind="lesson")
    except SessionError as exc:
        raise LessonError(str(exc)) from None
    return lesson_from_object(doc, name)


def load_lesson(path: str | Path) -> Lesson:
    """Read and validate a lesson file; every problem is a LessonError, never a traceback."""
    try:
        text = read_text_file(path, kind="lesson")
    except SessionError as exc:
        raise LessonError(str(exc)) from None
    return lesson_from_json(text, str(path))


# ------------------------------------------------------------------------------ writing

def _text_object(text: Text) -> dict[str, str]:
    return dict(text.by_language)


def _beat_object(beat: Beat) -> dict[str, Any]:
    out: dict[str, Any] = {"do": beat.do.value}
    if beat.do in (BeatKind.REVEAL, BeatKind.HIDE):
        out["layer"] = beat.layer
    elif beat.do is BeatKind.STEP:
        out["count"] = beat.count
    elif beat.do is BeatKind.TAB:
        out["tab"] = beat.tab.value
    elif beat.do is BeatKind.PREDICT:
        out["question"] = beat.question.value
    elif beat.do is BeatKind.SET:
        out.update({k: list(v) if isinstance(v, tuple) else v for k, v in beat.changes})
    if beat.say:
        out["say"] = _text_object(beat.say)
    return out


def lesson_to_object(lesson: Lesson) -> dict[str, Any]:
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "title": _text_object(lesson.title),
            "scenes": [{"title": _text_object(s.title), "caption": _text_object(s.caption),
                        "notes": _text_object(s.notes), "tab": s.tab.value,
                        "beats": [_beat_object(b) for b in s.beats],
                        "state": session_to_object(Session.from_document(s.document, s.speed))}
                       for s in lesson.scenes]}


def lesson_to_json(lesson: Lesson) -> str:
    return pretty_json(lesson_to_object(lesson)) + "\n"


def save_lesson(lesson: Lesson, path: str | Path) -> None:
    """Write the lesson atomically; LessonError if it cannot be written."""
    try:
        atomic_write_bytes(Path(path), lesson_to_json(lesson).encode("utf-8"))
    except OSError as exc:
        raise LessonError(f"{path}: cannot be written ({exc.strerror or exc}).") from exc
