"""One supported range at every door; inside it, nothing the model computes overflows."""

from __future__ import annotations

import json

import numpy as np
import pytest

from gdstudio.assets import resource
from gdstudio.core.contours import default_view, surface_image
from gdstudio.core.csvio import DataFileError, parse_points, parse_table
from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import descend, evaluate
from gdstudio.core.document import Document, Fit, problem_for
from gdstudio.core.lesson import LessonError, lesson_from_json
from gdstudio.core.limits import MAX_START, MAX_VALUE, MIN_LR, outside, range_problem
from gdstudio.core.session import Session, SessionError, session_from_json, session_to_json


def test_the_range_in_words():
    assert not outside([0.0, -MAX_VALUE, MAX_VALUE]) and outside([1e13]) and outside([np.nan]) and outside([np.inf])
    assert range_problem(1e200) == "1e+200 is outside the range gdstudio computes exactly (at most ±1e+12)"
    assert range_problem(3.0) == ""


@pytest.mark.parametrize("row", ["1e200,1", "1,-1e13", "2e12,0"])
def test_a_csv_value_outside_the_range_names_its_line(row):
    with pytest.raises(DataFileError, match=r"points\.csv, line 3: '.*' is outside the range gdstudio computes"):
        parse_points(f"x,y\n1,2\n{row}\n", "points.csv")
    with pytest.raises(DataFileError, match=r"points\.csv, line 3, column '.': '.*' is outside the range"):
        parse_table(f"x,y\n1,2\n{row}\n", "points.csv")


def _session(**changes) -> str:
    doc = json.loads(session_to_json(Session()))
    doc.update(changes)
    return json.dumps(doc)


def test_a_session_outside_the_range_names_its_field():
    with pytest.raises(SessionError, match=r"start\[0\]: 1e\+200 is outside the range"):
        session_from_json(_session(start=[1e200, 0]))
    with pytest.raises(SessionError, match=r"data\.x\[1\]: 1e\+15 is outside the range"):
        session_from_json(_session(data={"x_name": "x", "y_name": "y", "x": [1.0, 1e15], "y": [0.0, 1.0]}))


def test_a_lesson_outside_the_range_names_its_scene():
    lesson = json.loads(resource("lessons", "lecture.json").read_text(encoding="utf-8"))
    lesson["scenes"][2]["state"]["start"] = [0, -1e300]
    with pytest.raises(LessonError, match=r"scenes\[2\]\.state: start\[1\]: -1e\+300 is outside the range"):
        lesson_from_json(json.dumps(lesson), "mine.json")


def test_the_values_themselves_refuse_what_is_outside():
    with pytest.raises(ValueError, match="within ±1e\\+12"):
        DataSet(np.array([1.0, 2e12]), np.array([0.0, 1.0]))
    with pytest.raises(ValueError, match="within ±1e\\+12"):
        Document(start=(0.0, 1e13))


@pytest.mark.parametrize("sign", [1.0, -1.0])
def test_nothing_overflows_at_the_edges_of_the_range(sign):
    rng = np.random.default_rng(1)
    x = sign * MAX_VALUE * rng.uniform(0.5, 1.0, 1000)
    y = -sign * MAX_VALUE * rng.uniform(0.5, 1.0, 1000)
    for start in ((MAX_START, -MAX_START), (0.0, 0.0)):
        doc = Document(DataSet(x, y), start=start, lr=MIN_LR)
        with np.errstate(all="raise"):
            fit = Fit.of(doc)
            surface = fit.surface
            w = np.array(start)
            values = [surface.loss(*w), *surface.gradient(*w), *surface.optimum(), surface.max_stable_lr(),
                      *surface.eigenvalues()]
            view = default_view(surface, w)
            image = surface_image(surface, *view, size=50)
            chunk = descend(problem_for(doc), evaluate(surface, w), 20)
        assert np.isfinite(values).all() and np.isfinite(np.asarray(view)).all()
        assert np.isfinite(image.log_excess).all() and np.isfinite(image.levels).all()
        assert np.isfinite(chunk.w).all() and np.isfinite(chunk.loss).all()


def test_the_learning_rate_has_a_range_at_every_door():
    with pytest.raises(ValueError, match="η must lie between 1e-12 and 1e\\+06"):
        Document(lr=1e7)
    with pytest.raises(SessionError, match=r"lr: η must lie between 1e-12 and 1e\+06"):
        session_from_json(_session(lr=1e300))
    assert Document(lr=1e6).lr == 1e6 and Document(lr=1e-12).lr == 1e-12
