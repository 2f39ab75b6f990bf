"""The attempt by hand in the controller: what records it, what keeps it, what clears it."""

from __future__ import annotations

import numpy as np
import pytest

from gdstudio.assets import builtin_lesson, default_dataset
from gdstudio.core.dataset import DataSet
from gdstudio.core.document import Document
from gdstudio.core.limits import MAX_START
from gdstudio.core.standardize import Standardize
from gdstudio.engine.controller import Controller
from gdstudio.engine.edits import Edit, EditKind
from gdstudio.engine.grid_sweep import GridSearchRun
from gdstudio.engine.lecture import Lecture

TRIES = [(2.0, 0.3), (1.5, 0.8), (1.0, 1.0), (1.5, 0.8), (0.5, 1.6)]


@pytest.fixture
def controller(qapp):
    c = Controller(default_dataset(), lr=0.02, start=(2.5, 0.3), speed=1000)
    yield c
    c.shutdown()


def by_hand(controller):
    return controller.view_state.by_hand.trace


def try_by_hand(controller, tries=TRIES) -> None:
    for w in tries:
        controller.set_start_by_hand(*w)


def assert_e_on_the_surface(controller) -> None:
    trace = by_hand(controller)
    np.testing.assert_allclose(trace.loss, controller.surface.loss(trace.w[:, 0], trace.w[:, 1]),
                               rtol=1e-12, atol=1e-12)


def test_each_w_tried_by_hand_is_the_start_and_a_sample_with_its_e(controller):
    changes = []
    controller.view_state.by_hand.sig_changed.connect(lambda: changes.append(1))
    try_by_hand(controller)
    np.testing.assert_array_equal(by_hand(controller).w, TRIES)
    np.testing.assert_array_equal(controller.start, TRIES[-1])
    assert_e_on_the_surface(controller)
    assert len(changes) == len(TRIES)
    controller.set_start_by_hand(*TRIES[-1])  # the same w again: nothing new
    assert len(by_hand(controller)) == len(TRIES) and len(changes) == len(TRIES)


def test_a_click_or_a_refused_w_is_no_try_by_hand(controller):
    controller.set_start(1.0, 1.0)  # (a click in parameter space: a start for the program)
    assert len(by_hand(controller)) == 0
    controller.set_start_by_hand(2 * MAX_START, 0.0)
    assert len(by_hand(controller)) == 0
    np.testing.assert_array_equal(controller.start, (1.0, 1.0))


def test_steps_reset_eta_and_the_undo_of_the_start_keep_it(qtbot, controller):
    try_by_hand(controller)
    kept = by_hand(controller)
    controller.step(20)
    qtbot.waitUntil(lambda: controller.history.steps_taken == 20, timeout=5000)
    controller.reset()
    controller.set_lr(0.01)
    before_hand = Document(controller.data, start=(2.5, 0.3), lr=0.01)
    controller.apply(before_hand, Edit(EditKind.START))  # (what undo applies)
    assert controller.history.steps_taken == 0
    assert by_hand(controller) is kept


def test_editing_points_gives_the_same_tries_their_e_on_the_new_data(controller):
    try_by_hand(controller)
    controller.add_point(3.0, 0.5)
    np.testing.assert_array_equal(by_hand(controller).w, TRIES)
    assert_e_on_the_surface(controller)
    controller.move_point(0, 0.1, 4.0)
    assert_e_on_the_surface(controller)
    controller.set_loss_form("mean")
    assert_e_on_the_surface(controller)


def test_standardising_keeps_the_same_lines(controller):
    try_by_hand(controller)
    lines = controller.line_w(by_hand(controller).w)
    controller.set_standardize(Standardize.XY)
    np.testing.assert_allclose(controller.line_w(by_hand(controller).w), lines, rtol=1e-12, atol=1e-12)
    assert_e_on_the_surface(controller)
    controller.set_start_by_hand(0.1, 0.2)  # (a try in standardised parameters, after the others)
    np.testing.assert_array_equal(by_hand(controller).w[-1], (0.1, 0.2))
    assert len(by_hand(controller)) == len(TRIES) + 1


@pytest.mark.parametrize("clearing", ["load", "open", "clear points", "remove every point", "menu"])
def test_a_new_data_set_or_document_starts_a_new_attempt(controller, clearing):
    try_by_hand(controller)
    if clearing == "load":
        controller.load_data(DataSet(np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 2.5])))
    elif clearing == "open":
        controller.open_document(Document(controller.data))
    elif clearing == "clear points":
        controller.clear_points()
    elif clearing == "remove every point":
        while len(controller.data):
            controller.remove_point(0)
    else:
        controller.view_state.by_hand.clear()
    assert len(by_hand(controller)) == 0


def test_a_new_lecture_scene_clears_it_and_the_back_key_brings_it_back(qapp):
    controller = Controller()
    sweep = GridSearchRun(controller, sweep_seconds=0.2, tick_ms=10)
    lecture = Lecture(controller, sweep, builtin_lesson())
    try:
        lecture.start(0)
        try_by_hand(controller)
        tried = by_hand(controller)
        lecture.go_to(1)
        assert len(by_hand(controller)) == 0
        lecture.back()
        assert by_hand(controller) is tried
        assert_e_on_the_surface(controller)
    finally:
        sweep.clear()
        controller.shutdown()


def test_the_by_hand_scene_keeps_the_attempt_when_its_beat_plays(qtbot, qapp):
    controller = Controller()
    sweep = GridSearchRun(controller, sweep_seconds=0.2, tick_ms=10)
    lesson = builtin_lesson()
    lecture = Lecture(controller, sweep, lesson)
    try:
        scene = next(i for i, s in enumerate(lesson.scenes) if s.title.get("en") == "By hand, or by a program")
        lecture.start(scene)
        lecture.next()  # "By hand: drag the point w…"
        try_by_hand(controller)
        tried = by_hand(controller)
        lecture.next()  # "By a program: gradient descent finds w by itself." (plays)
        qtbot.waitUntil(lambda: controller.history.steps_taken >= 5, timeout=5000)
        controller.pause()
        assert by_hand(controller) is tried
        np.testing.assert_array_equal(controller.history.w[0], TRIES[-1])  # the program went on from the last try
        lecture.back()
        assert by_hand(controller) is tried
    finally:
        sweep.clear()
        controller.shutdown()
