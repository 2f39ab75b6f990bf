"""Session files: everything needed to reopen the exact demo, as strictly validated JSON.

A Session is a frozen snapshot in plain Python values (numbers, text, tuples and
read-only dicts), so it can be compared, kept for undo, or written to disk. Constructing
one validates every field; loading a file validates every byte of it and turns every
problem into a SessionError that says which field is wrong and how. Nothing in a file
is ever executed: only the json module reads it (no pickle, no eval).

The file (schema_version 1), with the data last so the settings stay readable:

    {
      "schema_version": 1,
      "loss_form": "sum",                 # "sum" (½Σ) or "mean" (½·(1/N)Σ)
      "lr": 0.02,
      "start": [2.5, 0.3],
      "sampling": {"mode": "batch", "batch_size": 10, "seed": 0},
      "sampling_race": [{…sampling…}, …], # optional: 2–4 distinct samplings racing (one optimizer)
      "optimizers": ["gd"],               # 1–4 distinct keys: a race when several
      "optimizer_params": {"adam": {"betas": [0.9, 0.999]}},
      "schedule": {"kind": "constant", "step_size": 100, "gamma": 0.5, "t_max": 500, "eta_min": 0.0},
      "speed": 20.0,                      # steps per second, or "max"
      "view": {"constraint_lines": false, "squared_residuals": false, "gradient_field": "off",
               "race_lines": true, "eigen_directions": true},
                                         # the teaching layers; "eigen_directions" only when
                                         # on (absent: off, as in older files, which may also
                                         # hold "slice_cuts", view state that is now ignored)
      "theme": "light",
      "data": {"x_name": "x", "y_name": "y", "x": [...], "y": [...]}
    }
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Any, cast

import numpy as np

from gdstudio.core.atomic import atomic_write_bytes
from gdstudio.core.dataset import DataSet
from gdstudio.core.document import MAX_RUNS, Document, GradientField, Layers, freeze_params
from gdstudio.core.limits import MAX_LR, MAX_START, MAX_VALUE, MIN_LR, outside, range_problem
from gdstudio.core.model import LossForm
from gdstudio.core.optimizers import OPTIMIZERS
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.schedules import Schedule, ScheduleKind
from gdstudio.core.standardize import Standardize

SCHEMA_VERSION = 1
MAX_BYTES = 64 * 1024 * 1024   # a million points in repr() floats fit comfortably
MAX_POINTS = 1_000_000
MAX_NAME = 200                 # characters in an axis name
MAX_OPTIMIZERS = MAX_RUNS      # a race has at most four runs
MAX_COUNT = 1_000_000_000      # step sizes and T_max
MAX_SEED = 2**63 - 1
MAX_SPEED_TEXT = "max"         # speed = infinity ("as fast as the machine allows") in the file

LOSS_FORMS = tuple(f.value for f in LossForm)
SAMPLING_MODES = tuple(m.value for m in Sampling)
SCHEDULE_KINDS = tuple(k.value for k in ScheduleKind)
STANDARDIZE_MODES = ("off", "x", "xy")  # gdstudio.core.standardize.Standardize
GRADIENT_FIELDS = tuple(g.value for g in GradientField)
VIEW_FLAGS = ("constraint_lines", "squared_residuals", "race_lines", "eigen_directions")
OPTIONAL_VIEW_FLAGS = ("eigen_directions",)  # newer than the format: absent means off (and is written so)
IGNORED_VIEW_FLAGS = ("slice_cuts",)  # written by older versions: view state, not part of a document
_THEME = re.compile(r"[a-z][a-z0-9_-]{0,39}")

DEFAULT_SAMPLING = {"mode": "batch", "batch_size": 10, "seed": 0}
DEFAULT_SCHEDULE = {"kind": "constant", "step_size": 100, "gamma": 0.5, "t_max": 500, "eta_min": 0.0}
DEFAULT_VIEW = {"constraint_lines": False, "squared_residuals": False, "gradient_field": "off",
                "race_lines": True, "eigen_directions": False}
TOP_LEVEL_FIELDS = ("schema_version", "loss_form", "lr", "start", "sampling", "optimizers", "optimizer_params",
                    "schedule", "speed", "view", "theme", "data")
DATA_FIELDS = ("x_name", "y_name", "x", "y")


class SessionError(Exception):
    """A session that cannot be used; the message names the file, the field and the problem."""


# --------------------------------------------------------------------------------------
# checks on plain values; `path` names the field in messages ("sampling.batch_size")


def show_value(v: Any) -> str:
    """A value as the person reading the file sees it (for messages about sessions and lessons)."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return repr(v) if abs(v) < 10**15 else f"a number with about {int(v.bit_length() * 0.30103) + 1} digits"
    if isinstance(v, float):
        return "NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity") if math.isinf(v) else repr(v)
    if isinstance(v, str):
        return "the text " + json.dumps(v if len(v) <= 30 else v[:30] + "…", ensure_ascii=False)
    if isinstance(v, (list, tuple)):
        return f"a list of {len(v)} values"
    if isinstance(v, Mapping):
        return "an object {…}"
    return type(v).__name__


def _fail(path: str, problem: str) -> SessionError:
    return SessionError(f"{path}: {problem}." if path else f"{problem}.")


def _real(v: Any, path: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise _fail(path, f"must be a number, found {show_value(v)}")
    try:
        f = float(v)
    except OverflowError:
        raise _fail(path, f"{show_value(v)} is too large (the largest usable number is about 1.8e308)") from None
    if not math.isfinite(f):
        raise _fail(path, f"must be a finite number, found {show_value(f)}")
    return f


def _positive(v: Any, path: str) -> float:
    f = _real(v, path)
    if f <= 0:
        raise _fail(path, f"must be greater than 0, found {show_value(f)}")
    return f


def _int(v: Any, path: str, lo: int, hi: int) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise _fail(path, f"must be a whole number, found {show_value(v)}")
    if not lo <= v <= hi:
        raise _fail(path, f"must be between {lo:,} and {hi:,}, found {show_value(v)}")
    return int(v)


def _bool(v: Any, path: str) -> bool:
    if not isinstance(v, bool):
        raise _fail(path, f"must be true or false, found {show_value(v)}")
    return v


def _text(v: Any, path: str, max_len: int) -> str:
    if not isinstance(v, str):
        raise _fail(path, f"must be a text, found {show_value(v)}")
    if len(v) > max_len:
        raise _fail(path, f"is {len(v):,} characters long; at most {max_len} are allowed")
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(path, "contains characters that are not valid Unicode text") from None
    return str(v)


def _choice(v: Any, path: str, choices: tuple[str, ...]) -> str:
    if isinstance(v, Enum):
        v = v.value
    if not isinstance(v, str) or v not in choices:
        raise _fail(path, f"must be one of {', '.join(choices)}; found {show_value(v)}")
    return str(v)


def _sequence(v: Any, path: str) -> list | tuple:
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if not isinstance(v, (list, tuple)):
        raise _fail(path, f"must be a list, found {show_value(v)}")
    return v


def _object(v: Any, path: str, keys: tuple[str, ...] | None = None) -> Mapping:
    """A mapping; with `keys`, it must have exactly those keys."""
    if not isinstance(v, Mapping):
        raise _fail(path, f"must be an object {{…}}, found {show_value(v)}")
    for k in v:
        if not isinstance(k, str):
            raise _fail(path, f"has a key that is not a text: {show_value(k)}")
    if keys is not None:
        for k in v:
            if k not in keys:
                raise _fail(path, f"unknown field '{k}' (expected {', '.join(keys)})")
        for k in keys:
            if k not in v:
                raise _fail(path, f"the field '{k}' is missing")
    return v


def _reals(v: Any, path: str) -> tuple[float, ...]:
    """A list of up to MAX_POINTS finite numbers, fast for a million of them."""
    v = _sequence(v, path)
    if len(v) > MAX_POINTS:
        raise _fail(path, f"has {len(v):,} values; a session holds at most {MAX_POINTS:,} points")
    if all(type(e) is float for e in v):
        a = np.array(v, dtype=float)
        if not outside(a):
            return tuple(v)
    return tuple(_in_range(_real(e, f"{path}[{i}]"), f"{path}[{i}]", MAX_VALUE) for i, e in enumerate(v))


def _learning_rate(v: Any, path: str) -> float:
    lr = _positive(v, path)
    if not MIN_LR <= lr <= MAX_LR:
        raise _fail(path, f"η must lie between {MIN_LR:g} and {MAX_LR:g} (the range gdstudio computes), "
                          f"found {show_value(v)}")
    return lr


def _in_range(v: float, path: str, limit: float) -> float:
    problem = range_problem(v, limit)
    if problem:
        raise _fail(path, problem)
    return v


def _readonly(d: dict) -> Mapping:
    return MappingProxyType(d)


def _sampling(v: Any, path: str) -> Mapping:
    d = _object(v, path, tuple(DEFAULT_SAMPLING))
    return _readonly({
        "mode": _choice(d["mode"], f"{path}.mode", SAMPLING_MODES),
        "batch_size": _int(d["batch_size"], f"{path}.batch_size", 1, MAX_POINTS),
        "seed": _int(d["seed"], f"{path}.seed", 0, MAX_SEED),
    })


def _sampling_race(v: Any, path: str, optimizers: tuple[str, ...]) -> tuple[Mapping, ...]:
    """Empty (no race), or 2 to MAX_RUNS distinct samplings raced with the one optimizer."""
    entries = _sequence(v, path)
    if not entries:
        return ()
    if not 2 <= len(entries) <= MAX_RUNS:
        raise _fail(path, f"must list 2 to {MAX_RUNS} samplings to race, found {len(entries)}")
    out: list[Mapping] = []
    for i, entry in enumerate(entries):
        sampling = _sampling(entry, f"{path}[{i}]")
        if sampling in out:
            raise _fail(f"{path}[{i}]", "is listed twice")
        out.append(sampling)
    if len(optimizers) != 1:
        raise _fail(path, f"a race of samplings runs one optimizer, but optimizers lists {len(optimizers)}")
    return tuple(out)


def _schedule(v: Any, path: str) -> Mapping:
    d = _object(v, path, tuple(DEFAULT_SCHEDULE))
    gamma = _real(d["gamma"], f"{path}.gamma")
    if not 0 < gamma <= 1:
        raise _fail(f"{path}.gamma", f"must be in (0, 1], found {show_value(gamma)}")
    eta_min = _real(d["eta_min"], f"{path}.eta_min")
    if eta_min < 0:
        raise _fail(f"{path}.eta_min", f"must be 0 or more, found {show_value(eta_min)}")
    return _readonly({
        "kind": _choice(d["kind"], f"{path}.kind", SCHEDULE_KINDS),
        "step_size": _int(d["step_size"], f"{path}.step_size", 1, MAX_COUNT),
        "gamma": gamma,
        "t_max": _int(d["t_max"], f"{path}.t_max", 1, MAX_COUNT),
        "eta_min": eta_min,
    })


def _view(v: Any, path: str) -> Mapping:
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        v = {f.name: getattr(v, f.name) for f in dataclasses.fields(v)}
    v = _object(v, path)
    d = {k: x for k, x in v.items() if k not in IGNORED_VIEW_FLAGS}
    d = {**{k: DEFAULT_VIEW[k] for k in OPTIONAL_VIEW_FLAGS}, **d}
    _object(d, path, tuple(DEFAULT_VIEW))
    out: dict[str, Any] = {k: _bool(d[k], f"{path}.{k}") for k in DEFAULT_VIEW if k in VIEW_FLAGS}
    out["gradient_field"] = _choice(d["gradient_field"], f"{path}.gradient_field", GRADIENT_FIELDS)
    return _readonly({k: out[k] for k in DEFAULT_VIEW})


def _optimizers(v: Any, path: str) -> tuple[str, ...]:
    keys = _sequence(v, path)
    if not 1 <= len(keys) <= MAX_OPTIMIZERS:
        raise _fail(path, f"must list 1 to {MAX_OPTIMIZERS} optimizers, found {len(keys)}")
    out = []
    for i, key in enumerate(keys):
        key = _choice(key, f"{path}[{i}]", tuple(OPTIMIZERS))
        if key in out:
            raise _fail(f"{path}[{i}]", f"'{key}' is listed twice")
        out.append(key)
    return tuple(out)


def _optimizer_params(v: Any, path: str) -> Mapping:
    d = _object(v, path)
    out: dict[str, Mapping] = {}
    for key, params in d.items():
        where = f"{path}.{key}"
        if key not in OPTIMIZERS:
            raise _fail(where, f"unknown optimizer '{key}' (known: {', '.join(OPTIMIZERS)})")
        cls = OPTIMIZERS[key]
        defaults = {f.name: f.default for f in dataclasses.fields(cast(Any, cls))}  # (every optimizer is a dataclass)
        params = _object(params, where)
        clean: dict[str, Any] = {}
        for name, value in params.items():
            at = f"{where}.{name}"
            if name not in defaults:
                raise _fail(at, f"{cls.name} has no setting '{name}' (its settings: {', '.join(defaults)})")
            default = defaults[name]
            if isinstance(default, bool):
                clean[name] = _bool(value, at)
            elif isinstance(default, tuple):
                items = _sequence(value, at)
                if len(items) != len(default):
                    raise _fail(at, f"must be a list of {len(default)} numbers, found {show_value(items)}")
                clean[name] = tuple(_real(e, f"{at}[{i}]") for i, e in enumerate(items))
            elif isinstance(default, int):
                clean[name] = _int(value, at, 0, MAX_COUNT)
            else:
                clean[name] = _real(value, at)
        try:
            cls(**clean)
        except (TypeError, ValueError) as exc:
            raise _fail(where, str(exc).rstrip(".")) from None
        out[key] = _readonly(clean)
    return _readonly(out)


def _speed(v: Any, path: str) -> float:
    if v == MAX_SPEED_TEXT or (isinstance(v, float) and v == math.inf):
        return math.inf
    if isinstance(v, str):
        raise _fail(path, f"must be a number of steps per second or \"{MAX_SPEED_TEXT}\", found {show_value(v)}")
    return _positive(v, path)


def _plain(v: Any) -> Any:
    """Read-only mappings and tuples as JSON-ready dicts and lists."""
    if isinstance(v, Mapping):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


def _sampling_object(sampler: Sampler) -> dict[str, Any]:
    return {"mode": sampler.mode, "batch_size": sampler.batch_size, "seed": sampler.seed}


def _to_sampler(s: Mapping[str, Any]) -> Sampler:
    return Sampler(Sampling(s["mode"]), s["batch_size"], s["seed"])


# --------------------------------------------------------------------------------------
# the session


@dataclass(frozen=True)
class Session:
    """Everything a teacher needs to reopen a demo. Constructing one validates it (SessionError).

    Sequences become tuples of floats/str, mappings read-only dicts (so a Session cannot
    be changed behind its back and is not hashable); `replace(session, lr=…)` re-validates.
    """

    x: tuple[float, ...] = ()
    y: tuple[float, ...] = ()
    x_name: str = "x"
    y_name: str = "y"
    loss_form: str = "sum"
    lr: float = 0.02
    start: tuple[float, float] = (2.5, 0.3)
    sampling: Mapping[str, Any] = field(default_factory=lambda: dict(DEFAULT_SAMPLING))
    optimizers: tuple[str, ...] = ("gd",)
    optimizer_params: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    schedule: Mapping[str, Any] = field(default_factory=lambda: dict(DEFAULT_SCHEDULE))
    speed: float = 20.0   # steps per second; math.inf: as fast as possible
    view: Mapping[str, Any] = field(default_factory=lambda: dict(DEFAULT_VIEW))
    theme: str = "light"
    standardize: str = "off"  # fit on standardised x ("x") or x and y ("xy"); optional in the file
    sampling_race: tuple[Mapping[str, Any], ...] = ()  # samplings racing (optional in the file; empty: none)
    schema_version: int = SCHEMA_VERSION

    def __post_init__(self) -> None:
        if isinstance(self.schema_version, bool) or self.schema_version != SCHEMA_VERSION:
            raise _fail("schema_version", f"must be {SCHEMA_VERSION}, found {show_value(self.schema_version)}")
        x, y = _reals(self.x, "data.x"), _reals(self.y, "data.y")
        if len(x) != len(y):
            raise _fail("data", f"x has {len(x):,} values but y has {len(y):,}; every point needs both")
        start = _sequence(self.start, "start")
        if len(start) != 2:
            raise _fail("start", f"must be a list of two numbers [w0, w1], found {show_value(start)}")
        optimizers = _optimizers(self.optimizers, "optimizers")
        values = {
            "x": x,
            "y": y,
            "x_name": _text(self.x_name, "data.x_name", MAX_NAME),
            "y_name": _text(self.y_name, "data.y_name", MAX_NAME),
            "loss_form": _choice(self.loss_form, "loss_form", LOSS_FORMS),
            "lr": _learning_rate(self.lr, "lr"),
            "start": tuple(_in_range(_real(w, f"start[{i}]"), f"start[{i}]", MAX_START) for i, w in enumerate(start)),
            "sampling": _sampling(self.sampling, "sampling"),
            "optimizers": optimizers,
            "sampling_race": _sampling_race(self.sampling_race, "sampling_race", optimizers),
            "optimizer_params": _optimizer_params(self.optimizer_params, "optimizer_params"),
            "schedule": _schedule(self.schedule, "schedule"),
            "speed": _speed(self.speed, "speed"),
            "view": _view(self.view, "view"),
            "theme": self.theme,
            "standardize": _choice(self.standardize, "standardize", STANDARDIZE_MODES),
        }
        if not isinstance(self.theme, str) or not _THEME.fullmatch(self.theme):
            raise _fail("theme", "must be a theme name: lower-case letters, digits, '-' or '_' (at most 40), "
                                 f"found {show_value(self.theme)}")
        for name, value in values.items():
            object.__setattr__(self, name, value)

    # ---------------------------------------------------------------- conversions
    @classmethod
    def from_objects(cls, data: DataSet, *, loss_form: LossForm | str = "sum", lr: float = 0.02, start=(2.5, 0.3),
                     sampler: Sampler | None = None, optimizers=("gd",), optimizer_params: Mapping | None = None,
                     schedule: Schedule | None = None, speed: float = 20.0, view: Any = None,
                     theme: str = "light", standardize: str = "off",
                     sampling_race: tuple[Sampler, ...] = ()) -> Session:
        """A session from the app's own objects (`view` may be a Layers or a mapping)."""
        sampler = sampler or Sampler()
        schedule = schedule or Schedule()
        return cls(
            x=tuple(data.x.tolist()), y=tuple(data.y.tolist()), x_name=data.x_name, y_name=data.y_name,
            loss_form=loss_form, lr=lr, start=tuple(np.asarray(start, dtype=float).tolist()),
            sampling=_sampling_object(sampler),
            optimizers=tuple(optimizers), optimizer_params=optimizer_params or {},
            schedule={"kind": schedule.kind, "step_size": schedule.step_size, "gamma": schedule.gamma,
                      "t_max": schedule.t_max, "eta_min": schedule.eta_min},
            speed=speed, view=DEFAULT_VIEW if view is None else view, theme=theme, standardize=standardize,
            sampling_race=tuple(_sampling_object(s) for s in sampling_race),
        )

    @classmethod
    def from_document(cls, document: Document, speed: float = 20.0, theme: str = "light") -> Session:
        """A session holding `document` (SessionError if some value cannot be stored)."""
        return cls.from_objects(
            document.data, loss_form=document.loss_form.value, lr=document.lr, start=document.start,
            sampler=document.sampler, optimizers=document.optimizers, optimizer_params=document.params_dict(),
            schedule=document.schedule, speed=speed, view=document.layers, theme=theme,
            standardize=document.standardize.value, sampling_race=document.sampling_race)

    def to_document(self) -> Document:
        v = self.view
        layers = Layers(v["constraint_lines"], v["squared_residuals"], GradientField(v["gradient_field"]),
                        v["race_lines"], eigen_directions=v["eigen_directions"])
        return Document(self.to_dataset(), self.to_loss_form(), Standardize(self.standardize), self.start, self.lr,
                        self.to_schedule(), self.to_sampler(), self.optimizers,
                        freeze_params(self.optimizer_settings()), layers,
                        tuple(_to_sampler(s) for s in self.sampling_race))

    def to_dataset(self) -> DataSet:
        return DataSet(np.array(self.x, dtype=float), np.array(self.y, dtype=float), self.x_name, self.y_name)

    def to_loss_form(self) -> LossForm:
        return LossForm(self.loss_form)

    def to_sampler(self) -> Sampler:
        return _to_sampler(self.sampling)

    def to_schedule(self) -> Schedule:
        s = self.schedule
        return Schedule(ScheduleKind(s["kind"]), s["step_size"], s["gamma"], s["t_max"], s["eta_min"])

    def optimizer_settings(self) -> dict[str, dict[str, Any]]:
        """optimizer_params as plain mutable dicts (e.g. for the controller's optimizer_params=)."""
        return {k: dict(v) for k, v in self.optimizer_params.items()}


# --------------------------------------------------------------------------------------
# JSON


def pretty_json(v: Any, level: int = 0) -> str:
    """Indented JSON with every list of numbers or texts on one line (long ones without spaces); lists of
    objects one object a line."""
    if isinstance(v, dict) and v:
        pad = "  " * (level + 1)
        items = (f"{pad}{json.dumps(k, ensure_ascii=False)}: {pretty_json(x, level + 1)}" for k, x in v.items())
        return "{\n" + ",\n".join(items) + "\n" + "  " * level + "}"
    if isinstance(v, list) and any(isinstance(x, dict) for x in v):  # (a lesson's scenes and beats)
        pad = "  " * (level + 1)
        return "[\n" + ",\n".join(pad + pretty_json(x, level + 1) for x in v) + "\n" + "  " * level + "]"
    separators = (",", ":") if isinstance(v, list) and len(v) > 16 else (", ", ": ")
    return json.dumps(v, ensure_ascii=False, allow_nan=False, separators=separators)


def session_to_object(session: Session) -> dict[str, Any]:
    """The session as plain JSON-ready values (a lesson's scenes embed these)."""
    return {
        "schema_version": session.schema_version,
        "loss_form": session.loss_form,
        "lr": session.lr,
        "start": list(session.start),
        "sampling": _plain(session.sampling),
        # (only when racing: files without a race stay as older versions wrote and read them)
        **({"sampling_race": _plain(session.sampling_race)} if session.sampling_race else {}),
        "optimizers": list(session.optimizers),
        "optimizer_params": _plain(session.optimizer_params),
        "schedule": _plain(session.schedule),
        "speed": MAX_SPEED_TEXT if session.speed == math.inf else session.speed,
        "view": {k: v for k, v in _plain(session.view).items()  # (a layer older versions lack: only when on,
                 if not (k in OPTIONAL_VIEW_FLAGS and v == DEFAULT_VIEW[k])},  # so they still open the file)
        "theme": session.theme,
        "standardize": session.standardize,
        "data": {"x_name": session.x_name, "y_name": session.y_name, "x": list(session.x), "y": list(session.y)},
    }


def session_to_json(session: Session) -> str:
    """The session as JSON text: indented, the data arrays on one line each, the data last."""
    return pretty_json(session_to_object(session)) + "\n"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise SessionError(f"the field '{key}' appears twice in one object")
        out[key] = value
    return out


def parse_json(text: str, name: str, kind: str = "session") -> Any:
    """JSON text as Python values; SessionError naming `name` (a `kind` of gdstudio file) otherwise."""
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except SessionError as exc:
        raise SessionError(f"{name}: {exc}.") from None
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise SessionError(f"{name}: the file ends unexpectedly at line {exc.lineno} (it looks truncated, "
                               "perhaps from an interrupted save).") from None
        raise SessionError(f"{name}: not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg}).") from None
    except RecursionError:
        raise SessionError(f"{name}: not a gdstudio {kind} (its JSON is nested far too deeply).") from None
    except ValueError as exc:
        if "digits" in str(exc):  # Python refuses to read integers of more than 4300 digits
            raise SessionError(f"{name}: a number in the file has far too many digits to be usable.") from None
        raise SessionError(f"{name}: not a usable JSON file ({exc}).") from None


def session_from_json(text: str, name: str = "the session") -> Session:
    """A validated Session from JSON text; SessionError (naming `name`, the field and the problem) otherwise."""
    if not isinstance(text, str):
        raise SessionError(f"{name}: expected JSON text, got {type(text).__name__}.")
    if len(text) > MAX_BYTES:
        raise SessionError(f"{name}: the session is larger than {MAX_BYTES // 2**20} MB; gdstudio reads at most that.")
    if not text.strip():
        raise SessionError(f"{name}: the file is empty.")
    return session_from_object(parse_json(text, name), name)


def session_from_object(doc: Any, name: str = "the session") -> Session:
    """A validated Session from parsed JSON values; SessionError (naming `name`) otherwise."""
    if not isinstance(doc, dict):
        raise SessionError(f"{name}: not a gdstudio session: expected a JSON object {{…}} but found {show_value(doc)}.")
    if "schema_version" not in doc:
        raise SessionError(f"{name}: not a gdstudio session (it has no schema_version field).")
    version = doc["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionError(f"{name}: schema_version must be a whole number, found {show_value(version)}.")
    if version > SCHEMA_VERSION:
        raise SessionError(f"{name}: this session was made by a newer gdstudio (session format {show_value(version)}; "
                           f"this version reads format {SCHEMA_VERSION}). Update gdstudio to open it.")
    if version < 1:
        raise SessionError(f"{name}: schema_version {show_value(version)} is not a session format (the first is 1).")
    try:
        doc = dict(doc)
        standardize = doc.pop("standardize", "off")  # optional: files from before it existed lack it
        sampling_race = doc.pop("sampling_race", [])  # optional, as standardize
        _object(doc, "", TOP_LEVEL_FIELDS)
        data = _object(doc["data"], "data", DATA_FIELDS)
        speed = doc["speed"]
        if isinstance(speed, float) and not math.isfinite(speed):
            raise _fail("speed", f"must be a number of steps per second or \"{MAX_SPEED_TEXT}\", "
                                 f"found {show_value(speed)}")
        return Session(
            x=data["x"], y=data["y"], x_name=data["x_name"], y_name=data["y_name"],
            loss_form=doc["loss_form"], lr=doc["lr"], start=doc["start"], sampling=doc["sampling"],
            optimizers=doc["optimizers"], optimizer_params=doc["optimizer_params"], schedule=doc["schedule"],
            speed=speed, view=doc["view"], theme=doc["theme"], standardize=standardize,
            sampling_race=sampling_race, schema_version=version,
        )
    except SessionError as exc:
        raise SessionError(f"{name}: {exc}") from None


# --------------------------------------------------------------------------------------
# files


def save_session(session: Session, path: str | Path) -> None:
    """Write the session atomically (temporary file in the same folder, fsync, rename)."""
    path = Path(path)
    raw = session_to_json(session).encode("utf-8")
    if len(raw) > MAX_BYTES:
        raise SessionError(f"{path}: the session would be {len(raw) / 2**20:.0f} MB; gdstudio reads at most "
                           f"{MAX_BYTES // 2**20} MB, so it is not saved.")
    try:
        atomic_write_bytes(path, raw)
    except OSError as exc:
        raise SessionError(f"{path}: cannot be written ({exc.strerror or exc}).") from exc


def read_text_file(path: str | Path, kind: str = "session") -> str:
    """A gdstudio file's text; every problem (a folder, too big, binary, not UTF-8) is a SessionError."""
    path = Path(path)
    try:
        if path.is_dir():
            raise SessionError(f"{path}: is a folder, not a {kind} file.")
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise SessionError(f"{path}: the file is {size / 2**20:.0f} MB; a {kind} file is at most "
                               f"{MAX_BYTES // 2**20} MB.")
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except SessionError:
        raise
    except OSError as exc:
        raise SessionError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    if len(raw) > MAX_BYTES:
        raise SessionError(f"{path}: the file is larger than {MAX_BYTES // 2**20} MB; a {kind} file is at most that.")
    if not raw.strip():
        raise SessionError(f"{path}: the file is empty.")
    if b"\0" in raw:
        raise SessionError(f"{path}: not a gdstudio {kind} (it contains binary data).")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SessionError(f"{path}: not a gdstudio {kind} (byte {exc.start + 1} is not UTF-8 text).") from None


def load_session(path: str | Path) -> Session:
    """Read and validate a session file; every problem becomes a SessionError, never a traceback."""
    return session_from_json(read_text_file(path), str(path))
