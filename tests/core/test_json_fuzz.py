"""File fuzzing for sessions and lessons: files the app writes, mutated in their bytes and in their
structure; each must load as a usable value or be refused with the app's own error, never any
other exception. GDSTUDIO_FUZZ_CASES and GDSTUDIO_FUZZ_SEED as for the CSV fuzz."""

from __future__ import annotations

import copy
import json
import os
import random

import numpy as np
import pytest

from gdstudio.assets import builtin_lesson, default_dataset
from gdstudio.core.document import Document, Fit
from gdstudio.core.lesson import LessonError, lesson_to_json, load_lesson
from gdstudio.core.limits import MAX_VALUE
from gdstudio.core.session import Session, SessionError, load_session, session_to_json

FUZZ_SEED = int(os.environ.get("GDSTUDIO_FUZZ_SEED", "17"))
FUZZ_CASES = int(os.environ.get("GDSTUDIO_FUZZ_CASES", "300"))
ODD_VALUES = [None, True, False, 0, -1, 1e308, -1e308, 1e200, 1e13, 2**70, -2**63, 0.5, "", "x" * 5000, "nan",
              [], [1, 2, 3], {}, {"en": "ok"}, [[[[[[[[]]]]]]]], "sgd", "adam", "slices", "reveal", 1e-320]


def _paths(value, here=()):
    yield here
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*here, key))
    elif isinstance(value, list):
        for i, child in enumerate(value[:20]):
            yield from _paths(child, (*here, i))


def _mutate_structure(doc, r: random.Random) -> tuple[object, list[str]]:
    doc, done = copy.deepcopy(doc), []
    for _ in range(r.randint(1, 3)):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = r.choice(paths)
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        kind = r.choice(["replace", "replace", "delete", "add key", "duplicate"])
        if kind == "replace":
            parent[path[-1]] = copy.deepcopy(r.choice(ODD_VALUES))
        elif kind == "delete":
            del parent[path[-1]]
        elif kind == "add key" and isinstance(parent, dict):
            parent[r.choice(["extra", "colour", "do", "layer", "count"])] = r.choice(ODD_VALUES)
        elif kind == "duplicate" and isinstance(parent, list):
            parent.insert(path[-1], copy.deepcopy(parent[path[-1]]))
        done.append(f"{kind} {'/'.join(map(str, path))}")
    return doc, done


def _mutate_bytes(data: bytes, r: random.Random) -> tuple[bytes, list[str]]:
    at = r.randint(0, len(data))
    kind = r.choice(["flip", "truncate", "insert", "nul", "non-utf8", "nest"])
    if kind == "flip" and data:
        at = min(at, len(data) - 1)
        data = data[:at] + bytes([data[at] ^ (1 << r.randrange(8))]) + data[at + 1:]
    elif kind == "truncate":
        data = data[:at]
    elif kind == "insert":
        data = data[:at] + r.choice([b"1e999", b"-", b"{", b"]", b'"', b",", b"9" * 5000]) + data[at:]
    elif kind == "nul":
        data = data[:at] + b"\0" + data[at:]
    elif kind == "non-utf8":
        data = data[:at] + b"\xff\xfe" + data[at:]
    else:
        data = data[:at] + b"[" * 100_000 + data[at:]
    return data, [f"{kind} at {at}"]


def _usable(document: Document) -> bool:
    numbers = [*document.data.x, *document.data.y, *document.start, document.lr]
    finite = bool(np.isfinite(numbers).all()) and bool((np.abs(np.array(numbers[:-1] or [0.0])) <= MAX_VALUE).all())
    Fit.of(document)  # the surface can be built from it
    return finite


SOURCES = {
    "session": (session_to_json(Session.from_document(Document(default_dataset(), lr=0.05, optimizers=("gd", "adam")))),
                load_session, SessionError),
    "lesson": (lesson_to_json(builtin_lesson()), load_lesson, LessonError),
}


@pytest.mark.parametrize("kind", sorted(SOURCES))
def test_mutated_files_load_as_usable_values_or_the_apps_own_error(tmp_path, kind):
    text, load, own_error = SOURCES[kind]
    doc = json.loads(text)
    path = tmp_path / f"mutated.{kind}.json"
    outcomes = {"loaded": 0, "refused": 0}
    for case in range(FUZZ_CASES):
        r = random.Random(FUZZ_SEED * 1_000_003 + case)
        if r.random() < 0.7:
            mutated, done = _mutate_structure(doc, r)
            data = json.dumps(mutated, ensure_ascii=False).encode("utf-8")
        else:
            data, done = _mutate_bytes(text.encode("utf-8"), r)
        path.write_bytes(data)
        where = f"{kind}, seed {FUZZ_SEED}, case {case}: {done}"
        try:
            value = load(path)
        except own_error as exc:
            message = str(exc)
            assert message.startswith(str(path)) and "\n" not in message, f"{where}: message {message!r}"
            outcomes["refused"] += 1
        except Exception as exc:  # noqa: BLE001 - any other exception is the failure looked for
            pytest.fail(f"{where}: raised {type(exc).__name__}: {exc}")
        else:
            documents = [value.to_document()] if kind == "session" else [s.document for s in value.scenes]
            assert all(_usable(d) for d in documents), where
            outcomes["loaded"] += 1
    assert outcomes["refused"] and outcomes["loaded"], outcomes  # both outcomes were exercised
