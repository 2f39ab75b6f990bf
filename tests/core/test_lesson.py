"""Lesson files: the built-in lecture, the round trip, and a clear message for every bad file."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdstudio.assets import builtin_lesson, resource
from gdstudio.core.dataset import DataSet
from gdstudio.core.document import Document, GradientField, Layers
from gdstudio.core.lesson import (
    LAYERS,
    Beat,
    BeatKind,
    Lesson,
    LessonError,
    Question,
    Scene,
    Tab,
    Text,
    lesson_from_json,
    lesson_to_json,
    load_lesson,
    save_lesson,
)
from gdstudio.core.prediction import Prediction
from gdstudio.core.sampling import Sampling

ROOT = Path(__file__).resolve().parents[2]


def _texts(lesson: Lesson):
    yield "title", lesson.title
    for i, scene in enumerate(lesson.scenes):
        yield f"scene {i + 1} title", scene.title
        yield f"scene {i + 1} caption", scene.caption
        yield f"scene {i + 1} notes", scene.notes
        for j, beat in enumerate(scene.beats):
            if beat.say:
                yield f"scene {i + 1} beat {j + 1}", beat.say


# ------------------------------------------------------------------ the built-in lecture

def test_the_built_in_lecture_has_the_nine_parts_of_the_lecture():
    lesson = builtin_lesson()
    assert len(lesson.scenes) == 9
    assert lesson.scenes[0].title.get("en") == "Predicting with a line"
    assert lesson.scenes[8].title.get("ja") == "最急降下法・ミニバッチ・確率的勾配降下法"
    kinds = {b.do for s in lesson.scenes for b in s.beats}
    assert {BeatKind.REVEAL, BeatKind.STEP, BeatKind.PLAY, BeatKind.GRID, BeatKind.PREDICT, BeatKind.SET} <= kinds
    assert {b.question for s in lesson.scenes for b in s.beats if b.do is BeatKind.PREDICT} == set(Question)
    assert lesson.scenes[4].tab is Tab.GRID and lesson.scenes[5].tab is Tab.SLICES


def test_every_text_of_the_built_in_lecture_is_in_english_and_japanese():
    missing = [where for where, text in _texts(builtin_lesson()) if text.languages != {"en", "ja"}]
    assert not missing


def test_the_lecture_uses_the_decks_own_japanese_terms():
    ja = " ".join(text.get("ja") for _, text in _texts(builtin_lesson()))
    terms = ("誤差関数 データ空間 パラメータ空間 交点 微分係数 平均変化率 導関数 偏微分 勾配 合成関数の微分 "
             "学習率 勾配降下法 最急降下法 ミニバッチ勾配降下法 確率的勾配降下法")
    for term in terms.split():
        assert term in ja, term
    assert "損失" not in ja  # the deck speaks of 誤差, not 損失


def test_the_shipped_lecture_is_what_its_script_writes():
    path = ROOT / "resources" / "lessons" / "make_lecture.py"
    spec = importlib.util.spec_from_file_location("make_lecture", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert resource("lessons", "lecture.json").read_text(encoding="utf-8") == module.lecture_json()


def test_the_lecture_starts_on_the_slides_data_with_its_optimum_inside_the_grid():
    for scene in builtin_lesson().scenes:
        w = scene.document.data
        assert len(w) == 12
    from gdstudio.core.document import Fit
    optimum = Fit.of(builtin_lesson().scenes[4].document).surface.optimum()
    assert ((0 <= optimum) & (optimum <= 3)).all()


# ------------------------------------------------------------------ beats

def test_beats_change_the_document_they_are_applied_to():
    doc = Document(DataSet(np.array([1.0, 2.0]), np.array([1.0, 3.0])))
    assert Beat(BeatKind.REVEAL, layer="squared_residuals").apply(doc).layers.squared_residuals
    field = Beat(BeatKind.REVEAL, layer="gradient_field").apply(doc).layers.gradient_field
    assert field is GradientField.DESCENT
    shown = replace(doc, layers=Layers(constraint_lines=True))
    assert not Beat(BeatKind.HIDE, layer="constraint_lines").apply(shown).layers.constraint_lines
    eigen = Beat(BeatKind.REVEAL, layer="eigen_directions").apply(doc)
    assert eigen.layers == Layers(eigen_directions=True)
    assert not Beat(BeatKind.HIDE, layer="eigen_directions").apply(eigen).layers.eigen_directions
    new = Beat(BeatKind.SET, changes=(("batch_size", 4), ("lr", 0.05), ("sampling", "minibatch"))).apply(doc)
    assert (new.lr, new.sampler.mode, new.sampler.batch_size) == (0.05, Sampling.MINIBATCH, 4)
    assert Beat(BeatKind.STEP, count=3).apply(doc) is doc


def test_a_lesson_file_may_reveal_the_valleys_axes_and_every_layer_can_be_named():
    assert set(LAYERS) == {f.name for f in dataclasses.fields(Layers)}
    doc = json.loads(lesson_to_json(builtin_lesson()))
    doc["scenes"][0]["beats"].insert(0, {"do": "reveal", "layer": "eigen_directions"})
    lesson = lesson_from_json(json.dumps(doc))
    beat = lesson.scenes[0].beats[0]
    assert beat.layer == "eigen_directions" and beat.apply(lesson.scenes[0].document).layers.eigen_directions


def test_a_text_falls_back_to_english_then_to_any_language():
    assert Text.of("hello", "こんにちは").get("ja") == "こんにちは"
    assert Text.of("hello").get("ja") == "hello"
    assert Text((("fr", "bonjour"),)).get("ja") == "bonjour"
    assert not Text()


# ------------------------------------------------------------------ predictions

def test_a_predictions_miss_is_the_distance_or_the_angle():
    p = Prediction(Question.MINIMUM, (0.0, 0.0))
    assert p.miss() is None
    assert p.with_guess((1.0, 1.0)).with_truth((1.0, 4.0)).miss() == pytest.approx(3.0)
    g = Prediction(Question.GRADIENT, (1.0, 1.0)).with_guess((2.0, 1.0)).with_truth((1.0, 3.0))
    assert g.miss() == pytest.approx(90.0)
    assert Prediction(Question.GRADIENT, (1.0, 1.0), (1.0, 1.0), (2.0, 2.0)).miss() is None  # no direction guessed


# ------------------------------------------------------------------ round trip

finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
words = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(str.strip)
texts = st.builds(lambda en, ja: Text.of(en.strip(), ja.strip()), words, words)


@st.composite
def beats(draw):
    kind = draw(st.sampled_from(list(BeatKind)))
    say = draw(texts) if kind in (BeatKind.SAY, BeatKind.PREDICT) else draw(st.one_of(st.just(Text()), texts))
    if kind in (BeatKind.REVEAL, BeatKind.HIDE):
        return Beat(kind, say, layer=draw(st.sampled_from(["constraint_lines", "squared_residuals",
                                                            "gradient_field", "race_lines",
                                                            "eigen_directions"])))
    if kind is BeatKind.STEP:
        return Beat(kind, say, count=draw(st.integers(1, 10_000)))
    if kind is BeatKind.TAB:
        return Beat(kind, say, tab=draw(st.sampled_from(list(Tab))))
    if kind is BeatKind.PREDICT:
        return Beat(kind, say, question=draw(st.sampled_from(list(Question))))
    if kind is BeatKind.SET:
        changes = draw(st.dictionaries(st.sampled_from(["lr", "sampling", "batch_size", "loss_form"]),
                                       st.none(), min_size=1))
        values = {"lr": draw(st.floats(1e-4, 1.0)), "sampling": draw(st.sampled_from(["batch", "minibatch", "sgd"])),
                  "batch_size": draw(st.integers(1, 50)), "loss_form": draw(st.sampled_from(["sum", "mean"]))}
        return Beat(kind, say, changes=tuple(sorted((k, values[k]) for k in changes)))
    return Beat(kind, say)


@st.composite
def scenes(draw):
    n = draw(st.integers(0, 6))
    data = DataSet(np.array(draw(st.lists(finite, min_size=n, max_size=n))),
                   np.array(draw(st.lists(finite, min_size=n, max_size=n))))
    doc = Document(data, start=(draw(finite), draw(finite)), lr=draw(st.floats(1e-5, 10.0)))
    return Scene(draw(texts), draw(texts), draw(st.one_of(st.just(Text()), texts)), doc,
                 draw(st.sampled_from(list(Tab))), draw(st.sampled_from([1.0, 20.0, 60.0, math.inf])),
                 tuple(draw(st.lists(beats(), max_size=6))))


@settings(max_examples=60, deadline=None)
@given(st.builds(Lesson, texts, st.lists(scenes(), min_size=1, max_size=4).map(tuple)))
def test_a_lesson_survives_the_round_trip_through_its_file(lesson):
    again = lesson_from_json(lesson_to_json(lesson))
    assert again == lesson
    assert lesson_to_json(again) == lesson_to_json(lesson)


def test_a_saved_lesson_loads_back(tmp_path):
    path = tmp_path / "mine.json"
    save_lesson(builtin_lesson(), path)
    assert load_lesson(path) == builtin_lesson()


# ------------------------------------------------------------------ bad files

def _lecture() -> dict:
    return json.loads(resource("lessons", "lecture.json").read_text(encoding="utf-8"))


def _broken(change) -> str:
    doc = _lecture()
    change(doc)
    return json.dumps(doc, ensure_ascii=False)


def _set(path, value):
    def change(doc):
        *where, last = path
        target = doc
        for key in where:
            target = target[key]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value
    return change


BAD = [
    ("not json", "{\"format\": ", "ends unexpectedly"),
    ("garbage", "hello", "not valid JSON at line 1"),
    ("a list", "[1, 2]", "not a gdstudio lesson: expected a JSON object"),
    ("a session", json.dumps({"schema_version": 1, "lr": 0.1}), "its \"format\" field is not \"gdstudio-lesson\""),
    ("newer", _broken(_set(["schema_version"], 7)), "made by a newer gdstudio (lesson format 7"),
    ("version text", _broken(_set(["schema_version"], "1")), "schema_version: must be a whole number"),
    ("version 0", _broken(_set(["schema_version"], 0)), "0 is not a lesson format"),
    ("no scenes", _broken(_set(["scenes"], [])), "scenes: must be a non-empty list"),
    ("unknown field", _broken(_set(["colour"], "red")), "unknown field 'colour'"),
    ("no state", _broken(_set(["scenes", 0, "state"], KeyError)), "scenes[0]: the field 'state' is missing"),
    ("bad lr", _broken(_set(["scenes", 2, "state", "lr"], -1)), "scenes[2].state: lr"),
    ("bad title", _broken(_set(["scenes", 1, "title"], 3)), "scenes[1].title: must be a text"),
    ("bad language", _broken(_set(["scenes", 1, "caption"], {"english": "x"})), "'english' is not a language code"),
    ("empty caption", _broken(_set(["scenes", 1, "caption"], {"en": "  "})), "scenes[1].caption: must not be empty"),
    ("unknown beat", _broken(_set(["scenes", 0, "beats", 0, "do"], "dance")), "scenes[0].beats[0].do: must be one of"),
    ("beats not a list", _broken(_set(["scenes", 0, "beats"], {"do": "say"})), "scenes[0].beats: must be a list"),
    ("reveal no layer", _broken(_set(["scenes", 2, "beats", 1, "layer"], KeyError)),
     "scenes[2].beats[1]: a 'reveal' beat needs the field 'layer'"),
    ("bad layer", _broken(_set(["scenes", 2, "beats", 1, "layer"], "glitter")), "scenes[2].beats[1].layer: must be"),
    ("zero steps", _broken(_set(["scenes", 5, "beats", 1, "count"], 0)), "scenes[5].beats[1].count: must be a whole"),
    ("count on a say", _broken(_set(["scenes", 0, "beats", 0, "count"], 3)),
     "scenes[0].beats[0].count: is not a field of a 'say' beat"),
    ("set nothing", _broken(_set(["scenes", 8, "beats", 1], {"do": "set"})), "a 'set' beat needs at least one of"),
    ("set unknown optimizer", _broken(_set(["scenes", 8, "beats", 1], {"do": "set", "optimizers": ["magic"]})),
     "scenes[8].beats[1]: cannot be applied to the scene"),
    ("set lr text", _broken(_set(["scenes", 8, "beats", 1], {"do": "set", "lr": "fast"})),
     "scenes[8].beats[1].lr: must be a number"),
    ("bad tab", _broken(_set(["scenes", 0, "tab"], "cake")), "scenes[0].tab: must be one of values, slices"),
    ("bad question", _broken(_set(["scenes", 3, "beats", 1, "question"], "why")), "scenes[3].beats[1].question"),
    ("duplicate key", '{"format": "gdstudio-lesson", "format": "x"}', "the field 'format' appears twice"),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in BAD], ids=[name for name, _, _ in BAD])
def test_every_bad_lesson_says_what_is_wrong(text, expected):
    with pytest.raises(LessonError) as caught:
        lesson_from_json(text, "lesson.json")
    message = str(caught.value)
    assert message.startswith("lesson.json: ") and expected in message, message
    assert "\n" not in message


def test_unusable_files_say_what_they_are(tmp_path):
    cases = {"folder": (tmp_path / "folder", "is a folder, not a lesson file"),
             "empty": (tmp_path / "empty.json", "the file is empty"),
             "binary": (tmp_path / "binary.json", "not a gdstudio lesson (it contains binary data)"),
             "latin-1": (tmp_path / "latin.json", "is not UTF-8 text"),
             "missing": (tmp_path / "missing.json", "cannot be read")}
    cases["folder"][0].mkdir()
    cases["empty"][0].write_bytes(b"")
    cases["binary"][0].write_bytes(b"\x00\x01PK")
    cases["latin-1"][0].write_bytes('{"title": "caf\xe9"}'.encode("latin-1"))
    for name, (path, expected) in cases.items():
        with pytest.raises(LessonError) as caught:
            load_lesson(path)
        assert expected in str(caught.value), name
