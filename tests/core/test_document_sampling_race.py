"""A race of samplings in the Document: validated, stored in session files and lesson beats."""

from __future__ import annotations

import json

import numpy as np
import pytest

from gdstudio.assets import default_dataset
from gdstudio.core.document import Document, problem_for
from gdstudio.core.lesson import apply_changes, lesson_from_object
from gdstudio.core.sampling import Sampler, Sampling, race_samplers
from gdstudio.core.session import (
    Session,
    SessionError,
    session_from_json,
    session_from_object,
    session_to_json,
    session_to_object,
)


def racing(**changes) -> Document:
    return Document(default_dataset(), **changes).with_sampling_race()


def test_a_race_has_one_run_per_sampler_with_the_first_optimizer():
    doc = Document(default_dataset(), optimizers=("adam", "gd"), sampler=Sampler(Sampling.SGD, 4, 9))
    race = doc.with_sampling_race()
    assert race.optimizers == ("adam",) and race.run_count == 3
    assert race.sampling_race == race_samplers(4, 9)
    assert [race.run_optimizer_key(i) for i in range(3)] == ["adam"] * 3
    assert [problem_for(race, i).sampler.mode for i in range(3)] == [Sampling.BATCH, Sampling.MINIBATCH, Sampling.SGD]
    assert race.sampler == doc.sampler  # (kept: the single run to go back to)
    back = race.with_sampling_race(False)
    assert back.run_count == 1 and back.run_sampler(0) == doc.sampler


@pytest.mark.parametrize("changes, message", [
    ({"sampling_race": (Sampler(),)}, "2 to 4 samplers"),
    ({"sampling_race": tuple(Sampler(Sampling.MINIBATCH, k) for k in (1, 2, 3, 4, 5))}, "2 to 4 samplers"),
    ({"sampling_race": (Sampler(), Sampler())}, "each sampler once"),
    ({"sampling_race": ("batch", "sgd")}, "2 to 4 samplers"),
    ({"sampling_race": race_samplers(10), "optimizers": ("gd", "adam")}, "runs one optimizer"),
])
def test_the_document_refuses_a_bad_race(changes, message):
    with pytest.raises(ValueError, match=message):
        Document(default_dataset(), **changes)


def test_a_race_round_trips_through_a_session_file_and_a_file_without_one_is_unchanged():
    doc = racing(optimizers=("momentum",), sampler=Sampler(Sampling.MINIBATCH, 3, 5))
    text = session_to_json(Session.from_document(doc))
    assert session_from_json(text).to_document() == doc
    assert [s["mode"] for s in json.loads(text)["sampling_race"]] == ["batch", "minibatch", "sgd"]
    plain = session_to_object(Session.from_document(Document(default_dataset())))
    assert "sampling_race" not in plain  # (older versions still open files without a race)
    assert session_from_object(plain).to_document().sampling_race == ()


@pytest.mark.parametrize("race, optimizers, message", [
    ([{"mode": "batch", "batch_size": 10, "seed": 0}], ["gd"], "sampling_race: must list 2 to 4 samplings"),
    ("batch", ["gd"], "sampling_race: must be a list"),
    ([{"mode": "batch", "batch_size": 10, "seed": 0}, {"mode": "fast", "batch_size": 10, "seed": 0}], ["gd"],
     "sampling_race[1].mode: must be one of batch, minibatch, sgd"),
    ([{"mode": "sgd", "batch_size": 1, "seed": 0}] * 2, ["gd"], "sampling_race[1]: is listed twice"),
    ([{"mode": "batch", "batch_size": 10, "seed": 0}, {"mode": "sgd", "batch_size": 10, "seed": 0}], ["gd", "adam"],
     "sampling_race: a race of samplings runs one optimizer"),
])
def test_a_bad_race_in_a_file_is_one_line_naming_the_field(race, optimizers, message):
    doc = session_to_object(Session.from_document(racing()))
    doc.update(sampling_race=race, optimizers=optimizers)
    with pytest.raises(SessionError) as exc:
        session_from_object(doc, "race.json")
    text = str(exc.value)
    assert text.startswith("race.json: ") and message in text and "\n" not in text


def lesson_with(beats: list[dict]) -> dict:
    state = session_to_object(Session.from_document(Document(default_dataset())))
    return {"format": "gdstudio-lesson", "schema_version": 1, "title": "t",
            "scenes": [{"title": "s", "caption": "c", "state": state, "beats": beats}]}


def test_a_set_beat_starts_and_ends_the_race():
    scene = lesson_from_object(lesson_with([{"do": "set", "sampling": "race", "batch_size": 4},
                                            {"do": "set", "sampling": "sgd"}])).scenes[0]
    start = scene.document
    raced = scene.beats[0].apply(start)
    assert raced.sampling_race == race_samplers(4, start.sampler.seed)
    ended = scene.beats[1].apply(raced)
    assert ended.sampling_race == () and ended.sampler.mode is Sampling.SGD
    assert apply_changes(raced, {"batch_size": 2}).sampling_race == race_samplers(2, 0)  # (K of the race)
    assert apply_changes(raced, {"optimizers": ("adam", "gd")}).sampling_race == ()


def test_a_set_beat_cannot_race_samplings_with_several_optimizers():
    with pytest.raises(Exception, match="runs one optimizer"):
        lesson_from_object(lesson_with([{"do": "set", "sampling": "race", "optimizers": ["gd", "adam"]}]))


@pytest.mark.parametrize("mode, k", [(Sampling.BATCH, 10), (Sampling.MINIBATCH, 4), (Sampling.MINIBATCH, 5),
                                     (Sampling.SGD, 1)])
def test_steps_within_inverts_points_used(mode, k):
    sampler, n = Sampler(mode, k), 12
    steps = np.arange(300)
    used = sampler.points_used(steps, n)
    for budget in range(0, 200):
        s = sampler.steps_within(budget, n)
        assert used[s] <= budget < used[s + 1]  # the most steps within the budget


def test_a_scene_can_hold_a_race():
    state = session_to_object(Session.from_document(racing(optimizers=("adam",))))
    lesson = lesson_with([])
    lesson["scenes"][0]["state"] = state
    assert lesson_from_object(lesson).scenes[0].document == racing(optimizers=("adam",))
