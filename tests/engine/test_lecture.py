"""Lecture mode without a window: the clicker's moves, the exact way back, deviations, questions."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from gdstudio.assets import builtin_lesson
from gdstudio.core.document import Fit, GradientField
from gdstudio.core.lesson import BeatKind, Question, Tab
from gdstudio.engine.controller import Controller, RunState
from gdstudio.engine.grid_sweep import GridSearchRun, SweepState
from gdstudio.engine.lecture import Lecture

PREDICT_MINIMUM, SCENE_DATA_SPACES, SCENE_GRID, SCENE_DERIVATIVE, SCENE_GRADIENT, SCENE_UPDATE, SCENE_SAMPLING = \
    3, 2, 4, 5, 6, 7, 8


@pytest.fixture
def lecture(qapp):
    controller = Controller()
    sweep = GridSearchRun(controller, sweep_seconds=0.2, tick_ms=10)
    lecture = Lecture(controller, sweep, builtin_lesson())
    yield lecture
    sweep.clear()
    controller.shutdown()


def settle(qtbot, lecture: Lecture) -> None:
    """Wait for the steps a beat asked for (a playing beat is paused by the next press anyway)."""
    controller = lecture.controller
    qtbot.waitUntil(lambda: not controller.busy or controller.run_state is RunState.PLAYING, timeout=10_000)


def seen(lecture: Lecture) -> tuple:
    """Everything on screen that a back press must bring back, as comparable values."""
    c, view = lecture.controller, lecture.controller.view_state
    runs = tuple((r.key, c.shown_history(i).w.tobytes(), c.shown_history(i).loss.tobytes())
                 for i, r in enumerate(c.runs))
    return (lecture.scene_index, lecture.done, c.document, runs, c.cursor, view.shown, view.prediction,
            lecture.grid_sweep.state is SweepState.READY, lecture.said)


def test_pagedown_through_the_whole_lecture_and_pageup_all_the_way_back(qtbot, lecture):
    lecture.start(0)
    start = lecture.controller.document
    assert start == lecture.lesson.scenes[0].document
    moments, scenes_seen = [], set()
    while not lecture.at_end:
        moments.append(seen(lecture))
        lecture.next()
        settle(qtbot, lecture)
        scenes_seen.add(lecture.scene_index)
        assert len(moments) < 200
    assert scenes_seen == set(range(9))
    assert len(moments) == sum(len(s.beats) for s in lecture.lesson.scenes) + 8 + 3  # beats, scene changes, reveals
    lecture.next()  # at the very end nothing happens
    assert lecture.at_end
    while moments:
        lecture.back()
        assert seen(lecture) == moments.pop()
    assert not lecture.can_go_back
    assert lecture.controller.document == start and lecture.controller.max_step == 0


def test_each_scene_starts_in_its_own_state(qtbot, lecture):
    lecture.start(0)
    for index, scene in enumerate(lecture.lesson.scenes):
        lecture.go_to(index)
        c = lecture.controller
        assert (lecture.scene_index, lecture.done) == (index, 0)
        assert c.document == scene.document and c.max_step == 0 and c.speed == scene.speed
        assert c.view_state.shown is scene.tab and c.view_state.prediction is None
    lecture.go_to(42)  # no such scene: nothing happens
    assert lecture.scene_index == 8


def test_the_beats_of_a_scene_reach_what_they_describe(qtbot, lecture):
    lecture.start(SCENE_DATA_SPACES)
    c = lecture.controller
    lecture.next()
    assert not c.layers.constraint_lines and lecture.said.get("en").startswith("Hover")
    lecture.next()
    assert c.layers.constraint_lines
    lecture.next()
    assert not c.layers.constraint_lines
    lecture.go_to(SCENE_GRADIENT)
    lecture.next()  # the question
    lecture.next()  # its reveal
    lecture.next()
    assert c.layers.gradient_field is GradientField.DESCENT
    lecture.go_to(SCENE_SAMPLING)
    for _ in range(5):
        lecture.next()
        settle(qtbot, lecture)
    assert c.sampler.mode.value == "sgd" and c.max_step == 60
    assert c.history.batch(60) is not None and len(c.history.batch(60)) == 1  # one point in an SGD step


def test_deviating_then_pagedown_goes_on_from_what_the_teacher_made(qtbot, lecture):
    lecture.start(SCENE_DATA_SPACES)
    c = lecture.controller
    lecture.next()
    c.add_point(1.5, 4.5)  # the teacher clicks a point in
    c.set_lr(0.01)
    lecture.next()  # reveal the constraint lines: on the teacher's data
    assert c.layers.constraint_lines and len(c.data) == 13 and c.lr == 0.01
    lecture.back()
    assert not c.layers.constraint_lines and len(c.data) == 13  # back to just before the beat, deviation kept
    lecture.back()
    assert len(c.data) == 12 and c.lr == lecture.scene.document.lr


def test_back_restores_every_step_exactly_not_by_replaying(qtbot, lecture):
    lecture.start(SCENE_SAMPLING)
    c = lecture.controller
    lecture.next()
    settle(qtbot, lecture)
    after_batch = c.history.w.copy()
    lecture.next()   # mini-batch
    lecture.next()   # 20 mini-batch steps
    settle(qtbot, lecture)
    noisy = c.history.w.copy()
    c.step(5)        # the teacher takes a few more
    settle(qtbot, lecture)
    lecture.next()   # SGD
    lecture.back()
    assert np.array_equal(c.history.w, np.concatenate([noisy, c.history.w[len(noisy):]]))
    assert c.max_step == 45  # (the teacher's steps were on screen at that moment)
    lecture.back()
    lecture.back()
    assert np.array_equal(c.history.w, after_batch) and c.max_step == 20


def test_a_question_takes_the_class_guess_and_the_reveal_shows_the_truth(qtbot, lecture):
    lecture.start(PREDICT_MINIMUM)
    c = lecture.controller
    lecture.next()
    lecture.next()
    view = c.view_state
    assert view.wants_guess and view.prediction.question is Question.MINIMUM
    view.guess((1.0, 1.0))
    view.guess((0.5, 1.5))  # a second click moves the guess
    lecture.next()
    truth = Fit.of(c.document).surface.optimum()
    assert view.prediction.truth == pytest.approx(tuple(truth))
    assert view.prediction.miss() == pytest.approx(float(np.hypot(*(np.array([0.5, 1.5]) - truth))))
    view.guess((9.0, 9.0))  # after the reveal, clicks no longer change the guess
    assert view.prediction.guess == (0.5, 1.5)
    lecture.back()
    assert view.wants_guess and view.prediction.guess == (0.5, 1.5)


def test_where_will_the_next_step_land(qtbot, lecture):
    lecture.start(SCENE_UPDATE)
    c = lecture.controller
    lecture.next()
    c.view_state.guess((2.0, 0.5))
    lecture.next()
    settle(qtbot, lecture)
    assert c.max_step == 1
    assert c.view_state.prediction.truth == pytest.approx(tuple(c.current.w), abs=1e-12)  # computed as stepped
    lecture.next()  # the next beat puts the question away
    assert c.view_state.prediction is None


def test_which_way_does_the_gradient_point(qtbot, lecture):
    lecture.start(SCENE_GRADIENT)
    c = lecture.controller
    lecture.next()
    w = c.current.w
    c.view_state.guess(tuple(w + c.current.grad * 0.01))  # the right direction, any length
    lecture.next()
    assert c.view_state.prediction.miss() == pytest.approx(0.0, abs=1e-6)


def test_a_grid_beat_sweeps_and_back_puts_it_away(qtbot, lecture):
    lecture.start(SCENE_GRID)
    assert lecture.controller.view_state.tab is Tab.GRID
    lecture.next()
    assert lecture.grid_sweep.state is SweepState.SWEEPING
    qtbot.waitUntil(lambda: lecture.grid_sweep.state is SweepState.DONE, timeout=5000)
    lecture.next()
    lecture.back()
    assert lecture.grid_sweep.state is SweepState.DONE
    lecture.back()
    assert lecture.grid_sweep.state is SweepState.READY


def test_a_play_beat_plays_until_the_run_converges(qtbot, lecture):
    scenes = list(lecture.lesson.scenes)
    scenes[1] = replace(scenes[1], speed=float("inf"))
    lecture.set_lesson(replace(lecture.lesson, scenes=tuple(scenes)))
    lecture.start(1)
    lecture.next()
    lecture.next()
    assert lecture.scene.beats[lecture.done - 1].do is BeatKind.PLAY
    qtbot.waitUntil(lambda: lecture.controller.run_state is RunState.IDLE, timeout=10_000)
    w = lecture.controller.current.w
    assert w == pytest.approx(Fit.of(lecture.controller.document).surface.optimum(), abs=1e-4)


def test_home_starts_the_scene_again_and_back_returns_to_where_it_was(qtbot, lecture):
    lecture.start(SCENE_DERIVATIVE)
    lecture.next()
    lecture.next()
    settle(qtbot, lecture)
    lecture.home()
    assert lecture.done == 0 and lecture.controller.max_step == 0
    lecture.back()
    assert lecture.done == 2 and lecture.controller.max_step == 1


def test_keys_do_nothing_when_the_lecture_is_off(qtbot, lecture):
    lecture.next()
    lecture.back()
    assert not lecture.active and lecture.controller.document.data.x.size == 0
    lecture.start(0)
    lecture.stop()
    lecture.next()
    assert lecture.done == 0


def test_a_new_lesson_keeps_the_running_lecture_on_its_scene_or_the_last_one(qtbot, lecture):
    changed = []
    lecture.sig_lesson_changed.connect(lambda: changed.append(True))
    lecture.start(SCENE_GRID)
    lecture.next()
    edited = replace(lecture.lesson, scenes=lecture.lesson.scenes[:SCENE_GRID + 1])
    lecture.set_lesson(edited)
    assert (lecture.scene_index, lecture.done) == (SCENE_GRID, 0) and changed == [True]
    assert lecture.controller.document == edited.scenes[SCENE_GRID].document
    lecture.set_lesson(replace(edited, scenes=edited.scenes[:2]))
    assert lecture.scene_index == 1 and lecture.active
    lecture.stop()
    lecture.set_lesson(builtin_lesson())
    assert lecture.scene_index == 1 and not lecture.active and len(changed) == 3


def test_the_update_part_opens_on_the_chain_rule_and_back_brings_the_page_back(qtbot, lecture):
    """Slides 24–28 derive the gradient by the chain rule: the part opens on that page of the Update tab;
    a teacher who turns to the rule and steps back finds the page as it was."""
    view = lecture.controller.view_state
    lecture.start(SCENE_GRADIENT)
    assert not view.chain_rule
    lecture.go_to(SCENE_UPDATE)
    assert (view.tab, view.chain_rule, view.shown) == (Tab.UPDATE, True, Tab.CHAIN)
    view.set_chain_rule(False)  # the teacher turns to the rule's page
    lecture.go_to(SCENE_SAMPLING)
    assert view.shown is lecture.lesson.scenes[SCENE_SAMPLING].tab
    lecture.back()
    assert (view.tab, view.chain_rule) == (Tab.UPDATE, False)
    view.show(Tab.UPDATE)
    assert not view.chain_rule
