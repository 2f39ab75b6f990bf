"""Session files: round trips, atomic saves, and every way a session file can be unusable."""

from __future__ import annotations

import dataclasses
import json
import math
import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gdstudio.core import session as session_module
from gdstudio.core.dataset import DataSet
from gdstudio.core.limits import MAX_LR, MAX_VALUE, MIN_LR
from gdstudio.core.model import LossForm
from gdstudio.core.optimizers import OPTIMIZERS
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.schedules import Schedule, ScheduleKind
from gdstudio.core.session import (
    SCHEMA_VERSION,
    Session,
    SessionError,
    load_session,
    save_session,
    session_from_json,
    session_to_json,
)

NAME = "lesson5.gdsession"


def _session(**changes) -> Session:
    base = Session(
        x=(0.3, 1.0, 2.9), y=(1.36, 1.97, 5.05), x_name="advertising spend (¥100k)", y_name="clicks (×1000)",
        loss_form="mean", lr=0.1, start=(-1.0, 2.5),
        sampling={"mode": "minibatch", "batch_size": 4, "seed": 7},
        optimizers=("gd", "momentum", "adam"),
        optimizer_params={"adam": {"betas": (0.8, 0.99), "amsgrad": True}, "momentum": {"momentum": 0.5}},
        schedule={"kind": "cosine", "step_size": 10, "gamma": 0.9, "t_max": 300, "eta_min": 0.001},
        speed=math.inf,
        view={"constraint_lines": True, "squared_residuals": False, "gradient_field": "descent",
              "race_lines": False},
        theme="projector",
    )
    return dataclasses.replace(base, **changes) if changes else base


def _doc(**changes) -> dict:
    doc = json.loads(session_to_json(_session()))
    doc.update(changes)
    return doc


# --------------------------------------------------------------------------------------
# values and round trips


def test_the_default_session_matches_the_controllers_defaults():
    s = Session()
    assert s.schema_version == SCHEMA_VERSION == 1
    assert s.lr == 0.02 and s.start == (2.5, 0.3) and s.speed == 20.0 and s.loss_form == "sum"
    assert s.to_sampler() == Sampler() and s.to_schedule() == Schedule()
    assert s.optimizers == ("gd",) and dict(s.optimizer_params) == {}
    assert len(s.to_dataset()) == 0


def test_json_round_trip_is_identical(tmp_path):
    s = _session()
    text = session_to_json(s)
    again = session_from_json(text, NAME)
    assert again == s
    assert session_to_json(again) == text
    p = tmp_path / "a.gdsession"
    save_session(s, p)
    assert p.read_text(encoding="utf-8") == text
    assert load_session(p) == s


def test_infinite_speed_is_written_as_max():
    doc = json.loads(session_to_json(_session(speed=math.inf)))
    assert doc["speed"] == "max"
    assert session_from_json(json.dumps(doc)).speed == math.inf
    assert Session(speed="max").speed == math.inf
    assert json.loads(session_to_json(_session(speed=7.5)))["speed"] == 7.5


def test_the_file_is_readable_json_with_the_data_last():
    text = session_to_json(_session())
    doc = json.loads(text)
    assert list(doc) == ["schema_version", "loss_form", "lr", "start", "sampling", "optimizers", "optimizer_params",
                         "schedule", "speed", "view", "theme", "standardize", "data"]
    assert '"x_name": "advertising spend (¥100k)"' in text  # Japanese and symbols stay readable
    assert '"start": [-1.0, 2.5]' in text
    assert text.endswith("}\n")


def test_conversions_to_and_from_the_apps_objects():
    data = DataSet([1.0, 2.0], [3.0, 5.0], "spend", "clicks")
    view = {"constraint_lines": False, "squared_residuals": True, "gradient_field": "ascent", "race_lines": True}
    s = Session.from_objects(data, loss_form=LossForm.MEAN, lr=0.3, start=np.array([1.0, -2.0]),
                             sampler=Sampler(Sampling.SGD, 3, 11), optimizers=["adam", "gd"],
                             optimizer_params={"adam": {"eps": 1e-6}},
                             schedule=Schedule(ScheduleKind.STEP, 50, 0.25), speed=5, view=view, theme="dark")
    assert s.to_dataset() == data and s.to_dataset().x_name == "spend"
    assert s.to_loss_form() is LossForm.MEAN and s.loss_form == "mean"
    assert s.to_sampler() == Sampler(Sampling.SGD, 3, 11)
    assert s.to_schedule() == Schedule(ScheduleKind.STEP, 50, 0.25)
    assert s.optimizers == ("adam", "gd") and s.optimizer_settings() == {"adam": {"eps": 1e-6}}
    assert s.start == (1.0, -2.0) and s.speed == 5.0 and isinstance(s.speed, float)
    assert dict(s.view) == {**view, "eigen_directions": False}  # (a layer the caller did not name: off)
    assert session_from_json(session_to_json(s)) == s


def test_layers_convert_and_the_gradient_field_names_match():
    from gdstudio.core.document import GradientField, Layers

    assert session_module.GRADIENT_FIELDS == tuple(g.value for g in GradientField)
    assert set(session_module.DEFAULT_VIEW) == {f.name for f in dataclasses.fields(Layers)}
    s = Session.from_objects(DataSet(), view=Layers(gradient_field=GradientField.DESCENT, race_lines=False))
    assert s.view["gradient_field"] == "descent" and s.view["race_lines"] is False
    assert Layers(**s.view) == Layers(gradient_field=GradientField.DESCENT, race_lines=False)
    assert Session.from_objects(DataSet()).view == Session().view


def test_an_older_file_with_the_slice_cuts_view_state_opens_and_it_is_not_written_again():
    old = VALID.replace('"race_lines": false', '"race_lines": false, "slice_cuts": true')
    assert old != VALID
    s = session_from_json(old)
    assert "slice_cuts" not in s.view and "slice_cuts" not in session_to_json(s)


def test_the_eigen_directions_layer_round_trips_and_older_files_without_it_open_with_it_off():
    from gdstudio.core.document import Layers

    on = Session.from_objects(DataSet([1.0, 2.0], [3.0, 5.0]), view=Layers(eigen_directions=True))
    text = session_to_json(on)
    assert json.loads(text)["view"]["eigen_directions"] is True
    back = session_from_json(text)
    assert back == on and back.to_document().layers == Layers(eigen_directions=True)
    assert '"eigen_directions"' not in VALID  # written only when on: older versions still open the file
    old = json.loads(VALID)
    assert "eigen_directions" not in old["view"]
    s = session_from_json(json.dumps(old))
    assert s.view["eigen_directions"] is False and not s.to_document().layers.eigen_directions
    bad = dict(old, view={**old["view"], "eigen_directions": "yes"})
    with pytest.raises(SessionError, match="view.eigen_directions"):
        session_from_json(json.dumps(bad))


def test_the_race_limit_matches_the_app():
    from gdstudio.engine.run import MAX_RUNS

    assert session_module.MAX_OPTIMIZERS == MAX_RUNS


def test_a_session_cannot_be_changed_behind_its_back():
    params = {"adam": {"eps": 1e-6}}
    s = _session(optimizer_params=params)
    params["adam"]["eps"] = -1.0  # the caller's dict, not the session's
    assert s.optimizer_params["adam"]["eps"] == 1e-6
    with pytest.raises(TypeError):
        s.view["race_lines"] = True
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.lr = 1.0
    with pytest.raises(SessionError, match="lr: must be greater than 0"):
        dataclasses.replace(s, lr=-1.0)


def test_numbers_from_numpy_and_ints_are_stored_as_floats():
    s = Session(x=np.array([1, 2]), y=[3, 4.5], lr=1, start=[0, 0])
    assert s.x == (1.0, 2.0) and all(type(v) is float for v in s.x + s.y + s.start) and type(s.lr) is float


# --------------------------------------------------------------------------------------
# saving: atomic, and a failed save changes nothing


def test_save_leaves_no_temporary_file_and_overwrites(tmp_path):
    p = tmp_path / "lesson.gdsession"
    p.write_text("old" * 10_000, encoding="utf-8")
    save_session(_session(), p)
    assert load_session(p) == _session()
    assert [f.name for f in tmp_path.iterdir()] == ["lesson.gdsession"]


def test_a_failed_save_keeps_the_old_file(tmp_path, monkeypatch):
    p = tmp_path / "lesson.gdsession"
    save_session(_session(lr=0.5), p)
    before = p.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(SessionError, match="cannot be written .No space left on device"):
        save_session(_session(lr=0.25), p)
    assert p.read_bytes() == before
    assert [f.name for f in tmp_path.iterdir()] == ["lesson.gdsession"]


def test_save_into_a_missing_folder_or_onto_a_folder(tmp_path):
    with pytest.raises(SessionError, match="cannot be written"):
        save_session(_session(), tmp_path / "no such folder" / "a.gdsession")
    with pytest.raises(SessionError, match="cannot be written"):
        save_session(_session(), tmp_path)


def test_save_refuses_a_session_it_could_not_read_back(tmp_path, monkeypatch):
    monkeypatch.setattr(session_module, "MAX_BYTES", 100)
    p = tmp_path / "big.gdsession"
    with pytest.raises(SessionError, match="gdstudio reads at most 0 MB, so it is not saved"):
        save_session(_session(), p)
    assert not p.exists()


# --------------------------------------------------------------------------------------
# the bad-file corpus: every one gives a specific message, never a traceback


def _with(path: str, value):
    """The valid document with the field at a dotted path replaced (or deleted with `...`)."""
    doc = _doc()
    *parents, last = path.split(".")
    target = doc
    for key in parents:
        target = target[key]
    if value is ...:
        del target[last]
    else:
        target[last] = value
    return json.dumps(doc)


VALID = session_to_json(_session())
BAD_TEXTS = [
    # broken JSON
    ("truncated", VALID[: len(VALID) // 2], "the file ends unexpectedly at line"),
    ("truncated in a string", VALID[: VALID.index("advertising") + 5], "looks truncated"),
    ("truncated after a comma", '{"schema_version": 1,', "ends unexpectedly"),
    ("corrupt byte", VALID.replace('"lr": 0.1', '"lr": 0.1#'), "not valid JSON at line 4, column"),
    ("trailing comma", '{"schema_version": 1,}', "not valid JSON at line 1"),
    ("single quotes", "{'schema_version': 1}", "not valid JSON at line 1"),
    ("not JSON at all", "hello, this is a text file\n", "not valid JSON"),
    ("deep nesting", "[" * 100_000 + "]" * 100_000, "nested far too deeply"),
    # (Python ≥ 3.10.7 refuses such integers while parsing; older ones parse them and the check of lr refuses it.)
    ("a 5000-digit number", VALID.replace('"lr": 0.1', '"lr": ' + "9" * 5000), "digits"),
    ("duplicate field", VALID.replace('"lr": 0.1,', '"lr": 0.1, "lr": 5,'), "the field 'lr' appears twice"),
    # wrong shape
    ("top-level list", "[1, 2, 3]", "expected a JSON object {…} but found a list of 3 values"),
    ("top-level string", '"session"', "but found the text \"session\""),
    ("top-level number", "42", "but found 42"),
    ("no schema_version", json.dumps({"lr": 0.1}), "it has no schema_version field"),
    ("newer schema", json.dumps(_doc(schema_version=999)), "made by a newer gdstudio (session format 999"),
    ("schema as text", json.dumps(_doc(schema_version="1")), "schema_version must be a whole number"),
    ("schema as bool", json.dumps(_doc(schema_version=True)), "schema_version must be a whole number, found true"),
    ("schema 0", json.dumps(_doc(schema_version=0)), "schema_version 0 is not a session format"),
    ("missing field", _with("lr", ...), "gdsession: the field 'lr' is missing"),
    ("unknown field", _with("colour", "red"), "gdsession: unknown field 'colour'"),
    ("data missing", _with("data", ...), "gdsession: the field 'data' is missing"),
    ("data not object", _with("data", [1, 2]), "data: must be an object {…}, found a list of 2 values"),
    ("data unknown field", _with("data.z", [1.0]), "data: unknown field 'z'"),
    # data
    ("NaN in data", VALID.replace('"x": [0.3, 1.0, 2.9]', '"x": [0.3, 1.0, NaN]'),
     "data.x[2]: must be a finite number, found NaN"),
    ("Infinity in data", VALID.replace('"y": [1.36,', '"y": [Infinity,'), "data.y[0]: must be a finite number"),
    ("overflowing float", VALID.replace('"x": [0.3,', '"x": [1e999,'), "data.x[0]: must be a finite number"),
    ("overflowing integer", VALID.replace('"x": [0.3,', '"x": [1' + "0" * 400 + ","), "data.x[0]: a number with about"),
    ("text in data", _with("data.x", [0.3, "1.0", 2.9]), "data.x[1]: must be a number, found the text \"1.0\""),
    ("bool in data", _with("data.y", [1.0, True, 2.0]), "data.y[1]: must be a number, found true"),
    ("null in data", _with("data.y", [1.0, None, 2.0]), "data.y[1]: must be a number, found null"),
    ("x not a list", _with("data.x", "0.3 1.0 2.9"), "data.x: must be a list"),
    ("x and y lengths", _with("data.y", [1.0, 2.0]), "data: x has 3 values but y has 2"),
    ("name not text", _with("data.x_name", 5), "data.x_name: must be a text, found 5"),
    ("name too long", _with("data.y_name", "y" * 201), "data.y_name: is 201 characters long"),
    # settings
    ("negative lr", _with("lr", -0.1), "lr: must be greater than 0, found -0.1"),
    ("zero lr", _with("lr", 0), "lr: must be greater than 0"),
    ("lr as text", _with("lr", "0.1"), "lr: must be a number, found the text \"0.1\""),
    ("huge lr", VALID.replace('"lr": 0.1', '"lr": 1e400'), "lr: must be a finite number, found Infinity"),
    ("unknown loss form", _with("loss_form", "median"), "loss_form: must be one of sum, mean; found the text"),
    ("start of three", _with("start", [1, 2, 3]), "start: must be a list of two numbers"),
    ("start with null", _with("start", [1, None]), "start[1]: must be a number, found null"),
    ("unknown sampling mode", _with("sampling.mode", "random"), "sampling.mode: must be one of batch, minibatch, sgd"),
    ("batch size 0", _with("sampling.batch_size", 0), "sampling.batch_size: must be between 1 and"),
    ("fractional batch", _with("sampling.batch_size", 2.5), "sampling.batch_size: must be a whole number, found 2.5"),
    ("negative seed", _with("sampling.seed", -1), "sampling.seed: must be between 0 and"),
    ("sampling missing key", _with("sampling.seed", ...), "sampling: the field 'seed' is missing"),
    ("no optimizers", _with("optimizers", []), "optimizers: must list 1 to 4 optimizers, found 0"),
    ("five optimizers", _with("optimizers", ["gd", "momentum", "nesterov", "adam", "rmsprop"]), "found 5"),
    ("unknown optimizer", _with("optimizers", ["gd", "lbfgs"]), "optimizers[1]: must be one of gd, momentum"),
    ("optimizer twice", _with("optimizers", ["adam", "adam"]), "optimizers[1]: 'adam' is listed twice"),
    ("unknown optimizer params", _with("optimizer_params.lbfgs", {}), "optimizer_params.lbfgs: unknown optimizer"),
    ("unknown setting", _with("optimizer_params.adam", {"beta1": 0.9}), "Adam has no setting 'beta1'"),
    ("betas out of range", _with("optimizer_params.adam", {"betas": [0.9, 1.5]}), "Adam's betas must be in [0, 1)"),
    ("betas of three", _with("optimizer_params.adam", {"betas": [0.9, 0.99, 0.5]}), "must be a list of 2 numbers"),
    ("bool setting as number", _with("optimizer_params.adam", {"amsgrad": 1}), "amsgrad: must be true or false"),
    ("nesterov without momentum", _with("optimizer_params.nesterov", {"momentum": 0.0}),
     "optimizer_params.nesterov: Nesterov momentum requires a momentum"),
    ("negative momentum", _with("optimizer_params.momentum", {"momentum": -0.5}), "momentum and weight_decay must be"),
    ("unknown schedule", _with("schedule.kind", "linear"), "schedule.kind: must be one of constant, step"),
    ("gamma 0", _with("schedule.gamma", 0), "schedule.gamma: must be in (0, 1], found 0"),
    ("negative eta_min", _with("schedule.eta_min", -0.01), "schedule.eta_min: must be 0 or more"),
    ("t_max 0", _with("schedule.t_max", 0), "schedule.t_max: must be between 1 and"),
    ("zero speed", _with("speed", 0), "speed: must be greater than 0"),
    ("speed as word", _with("speed", "fast"), "speed: must be a number of steps per second or \"max\""),
    ("speed Infinity", VALID.replace('"speed": "max"', '"speed": Infinity'), "speed: must be a number of steps"),
    ("unknown gradient field", _with("view.gradient_field", "sideways"), "view.gradient_field: must be one of off"),
    ("view flag as 1", _with("view.race_lines", 1), "view.race_lines: must be true or false, found 1"),
    ("unknown view field", _with("view.grid", True), "view: unknown field 'grid'"),
    ("bad theme", _with("theme", "Dark Mode!"), "theme: must be a theme name"),
    ("theme not text", _with("theme", None), "theme: must be a theme name"),
]


@pytest.mark.parametrize(("text", "fragment"), [c[1:] for c in BAD_TEXTS], ids=[c[0] for c in BAD_TEXTS])
def test_bad_session_text(text, fragment):
    with pytest.raises(SessionError) as info:
        session_from_json(text, NAME)
    message = str(info.value)
    assert message.startswith(f"{NAME}: "), message
    assert fragment in message, message
    assert "Traceback" not in message and len(message) < 400


def test_the_corpus_is_large_and_its_messages_are_distinct():
    assert len(BAD_TEXTS) >= 30
    messages = set()
    for _, text, _ in BAD_TEXTS:
        with pytest.raises(SessionError) as info:
            session_from_json(text, NAME)
        messages.add(str(info.value))
    assert len(messages) >= len(BAD_TEXTS) - 3  # (a few differ only in a detail the fragment names)


def test_too_many_points(monkeypatch):
    monkeypatch.setattr(session_module, "MAX_POINTS", 2)
    with pytest.raises(SessionError, match="data.x: has 3 values; a session holds at most 2 points"):
        session_from_json(VALID, NAME)


def test_text_over_the_size_limit(monkeypatch):
    monkeypatch.setattr(session_module, "MAX_BYTES", 1000)
    with pytest.raises(SessionError, match="larger than 0 MB"):
        session_from_json(VALID + " " * 1000, NAME)


# bad files


def _load_error(path) -> str:
    with pytest.raises(SessionError) as info:
        load_session(path)
    message = str(info.value)
    assert message.startswith(str(path)), message
    return message


def test_a_zero_byte_file(tmp_path):
    p = tmp_path / "empty.gdsession"
    p.write_bytes(b"")
    assert "the file is empty" in _load_error(p)


def test_a_whitespace_file(tmp_path):
    p = tmp_path / "blank.gdsession"
    p.write_bytes(b"\n \t\r\n")
    assert "the file is empty" in _load_error(p)


def test_a_binary_file(tmp_path):
    p = tmp_path / "image.gdsession"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "contains binary data" in _load_error(p)


def test_a_file_that_is_not_utf8(tmp_path):
    p = tmp_path / "latin1.gdsession"
    p.write_bytes(VALID.replace("×", "x").encode("utf-8").replace(b"\xc2\xa5", b"\xa5"))
    assert "byte" in _load_error(p) and "is not UTF-8 text" in _load_error(p)


def test_a_directory(tmp_path):
    assert "is a folder, not a session file" in _load_error(tmp_path)


def test_a_missing_file(tmp_path):
    msg = _load_error(tmp_path / "gone.gdsession")
    assert "cannot be read" in msg and "No such file" in msg


def test_a_file_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(session_module, "MAX_BYTES", 100)
    p = tmp_path / "big.gdsession"
    p.write_text(VALID, encoding="utf-8")
    assert "a session file is at most 0 MB" in _load_error(p)


def test_a_truncated_file(tmp_path):
    p = tmp_path / "cut.gdsession"
    save_session(_session(), p)
    raw = p.read_bytes()
    p.write_bytes(raw[: len(raw) * 2 // 3])
    assert "looks truncated" in _load_error(p)


def test_a_file_with_a_byte_order_mark_loads(tmp_path):
    p = tmp_path / "bom.gdsession"
    p.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    assert load_session(p) == _session()


@pytest.mark.skipif(os.name == "nt" or (hasattr(os, "geteuid") and os.geteuid() == 0),
                    reason="permissions are not enforced here")
def test_an_unreadable_file(tmp_path):
    p = tmp_path / "secret.gdsession"
    save_session(_session(), p)
    p.chmod(0)
    try:
        assert "cannot be read" in _load_error(p)
    finally:
        p.chmod(0o600)


# --------------------------------------------------------------------------------------
# property: save → load gives the identical session


finite = st.floats(-MAX_VALUE, MAX_VALUE)  # the supported range (core/limits.py)
positive = st.floats(min_value=0.0, exclude_min=True, allow_infinity=False)
unit = st.floats(min_value=0.0, max_value=1.0)
PARAMS = {
    "gd": st.fixed_dictionaries({}, optional={"weight_decay": unit}),
    "momentum": st.fixed_dictionaries({}, optional={"momentum": unit, "dampening": unit}),
    "nesterov": st.fixed_dictionaries({"momentum": st.floats(0.01, 1.0)}),
    "adagrad": st.fixed_dictionaries({}, optional={"lr_decay": unit, "eps": unit}),
    "rmsprop": st.fixed_dictionaries({}, optional={"alpha": unit, "centered": st.booleans()}),
    "adam": st.fixed_dictionaries({}, optional={"betas": st.tuples(st.floats(0, 0.999), st.floats(0, 0.999)),
                                                "amsgrad": st.booleans()}),
}
names = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@st.composite
def sessions(draw) -> Session:
    n = draw(st.integers(0, 25))
    keys = draw(st.lists(st.sampled_from(sorted(OPTIMIZERS)), min_size=1, max_size=4, unique=True))
    param_keys = draw(st.lists(st.sampled_from(sorted(OPTIMIZERS)), max_size=3, unique=True))
    return Session(
        x=tuple(draw(st.lists(finite, min_size=n, max_size=n))),
        y=tuple(draw(st.lists(finite, min_size=n, max_size=n))),
        x_name=draw(names), y_name=draw(names),
        loss_form=draw(st.sampled_from(["sum", "mean"])),
        lr=draw(st.floats(MIN_LR, MAX_LR)),  # the supported range of η
        start=(draw(finite), draw(finite)),
        sampling={"mode": draw(st.sampled_from(["batch", "minibatch", "sgd"])),
                  "batch_size": draw(st.integers(1, 1_000_000)), "seed": draw(st.integers(0, 2**63 - 1))},
        optimizers=tuple(keys),
        optimizer_params={k: draw(PARAMS[k]) for k in param_keys},
        schedule={"kind": draw(st.sampled_from(["constant", "step", "exponential", "cosine"])),
                  "step_size": draw(st.integers(1, 10**9)), "gamma": draw(st.floats(0.0, 1.0, exclude_min=True)),
                  "t_max": draw(st.integers(1, 10**9)), "eta_min": draw(st.floats(0.0, allow_infinity=False))},
        speed=draw(st.one_of(positive, st.just(math.inf))),
        view={"constraint_lines": draw(st.booleans()), "squared_residuals": draw(st.booleans()),
              "gradient_field": draw(st.sampled_from(["off", "descent", "ascent"])),
              "slice_cuts": draw(st.booleans()), "race_lines": draw(st.booleans()),
              "eigen_directions": draw(st.booleans())},
        theme=draw(st.from_regex(r"[a-z][a-z0-9_-]{0,10}", fullmatch=True)),
    )


def _bits(values) -> bytes:
    return np.array(values, dtype=float).tobytes()  # tells -0.0 from 0.0


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(s=sessions())
def test_save_load_round_trip_is_identical(tmp_path_factory, s):
    p = Path(tmp_path_factory.getbasetemp()) / "round-trip.gdsession"
    save_session(s, p)
    loaded = load_session(p)
    assert loaded == s
    assert _bits(loaded.x) == _bits(s.x) and _bits(loaded.y) == _bits(s.y) and _bits(loaded.start) == _bits(s.start)
    assert session_to_json(loaded) == session_to_json(s)


def test_standardize_is_optional_and_checked():
    doc = json.loads(session_to_json(_session()))
    assert doc["standardize"] == "off"
    del doc["standardize"]  # a file written before the field existed
    assert session_from_json(json.dumps(doc)).standardize == "off"
    doc["standardize"] = "xy"
    assert session_from_json(json.dumps(doc)).standardize == "xy"
    doc["standardize"] = "z"
    with pytest.raises(SessionError, match="standardize"):
        session_from_json(json.dumps(doc))
