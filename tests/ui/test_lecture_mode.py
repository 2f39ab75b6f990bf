"""Lecture mode in the window: real key presses, the caption strip, questions answered by clicks."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from gdstudio.core.lesson import Question, Tab
from gdstudio.engine.grid_sweep import SweepState

from .conftest import wait_idle


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window, key, modifier)
    QApplication.processEvents()


def start_lecture(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert window.lecture.active


def test_shift_f5_starts_the_lecture_in_the_presentation_layout_with_its_caption(qtbot, window):
    assert window.caption.isHidden()
    start_lecture(qtbot, window)
    scene = window.lecture.lesson.scenes[0]
    assert window.classroom.presenting and window.menuBar().isHidden()
    assert window.caption.isVisible() and window.caption.caption.text() == scene.caption.get("en")
    assert window.caption.place.text() == f"1 / 9 · {scene.title.get('en')}"
    assert window.controller.document == scene.document
    press(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert not window.lecture.active and window.caption.isHidden()


def test_the_clickers_keys_walk_the_lecture_not_the_optimizer(qtbot, window):
    start_lecture(qtbot, window)
    c, lecture = window.controller, window.lecture
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert lecture.done == 1 and c.max_step == 0  # a beat, not a step
    assert window.caption.line.text() == lecture.scene.beats[0].say.get("en")
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Space)
    assert (lecture.scene_index, lecture.done) == (1, 0)
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert (lecture.scene_index, lecture.done) == (0, 2)
    press(qtbot, window, Qt.Key.Key_5)  # number keys jump to a scene
    assert lecture.scene_index == 4 and window.tabs.currentIndex() == 3 and c.view_state.tab is Tab.GRID
    press(qtbot, window, Qt.Key.Key_Home)
    assert lecture.done == 0
    press(qtbot, window, Qt.Key.Key_S)  # S still steps by hand
    wait_idle(qtbot, c)
    assert c.max_step == 1
    press(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # off: the keys step again
    press(qtbot, window, Qt.Key.Key_PageDown)
    wait_idle(qtbot, c)
    assert c.max_step == 2 and lecture.scene_index == 4
    press(qtbot, window, Qt.Key.Key_1)
    assert window.tabs.currentIndex() == 0 and not lecture.active


@pytest.mark.parametrize("lecturing", [False, True])
def test_each_key_belongs_to_one_action_in_either_mode(window, lecturing):
    if lecturing:
        window.lecture_actions.start(0)
    seen: dict[str, str] = {}
    for action in window.actions():
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen, f"{text} is bound to {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()
    for key in ("PgDown", "PgUp", "Right", "Left", "Space", "1", "S", "Shift+F5"):
        assert key in seen
    assert ("Home" in seen) is lecturing


def test_a_click_in_parameter_space_answers_the_question(qtbot, window):
    window.lecture_actions.start(3)  # the error function: "where is the minimum?"
    c, panel = window.controller, window.surface_panel
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert c.view_state.wants_guess and c.view_state.prediction.question is Question.MINIMUM
    start = c.document.start
    assert panel.view_box.on_click(QPointF(0.5, 1.5), Qt.MouseButton.LeftButton)
    assert c.document.start == start  # the click was the class's guess, not a new start
    assert np.allclose(np.column_stack(panel.guesses.guess.getData()), [[0.5, 1.5]])
    assert not panel.guesses.truth.getData()[0].size
    press(qtbot, window, Qt.Key.Key_PageDown)  # reveal
    truth = c.surface.optimum()
    assert np.allclose(np.column_stack(panel.guesses.truth.getData()), [truth])
    assert np.allclose(np.column_stack(panel.guesses.gap.getData()), [[0.5, 1.5], truth])
    distance = float(np.hypot(*(np.array([0.5, 1.5]) - truth)))
    assert f"{distance:.3g}" in window.caption.line.text()
    press(qtbot, window, Qt.Key.Key_PageDown)  # the next scene: the question is put away
    assert c.view_state.prediction is None and not panel.guesses.guess.getData()[0].size
    assert panel.view_box.on_click(QPointF(0.5, 1.5), Qt.MouseButton.LeftButton)
    assert c.document.start == (0.5, 1.5)  # clicks set the start again


def test_the_gradient_question_draws_two_arrows_from_w(qtbot, window):
    window.lecture_actions.start(6)
    c, panel = window.controller, window.surface_panel
    press(qtbot, window, Qt.Key.Key_PageDown)
    w = c.current.w
    panel.view_box.on_click(QPointF(w[0] + 0.3, w[1]), Qt.MouseButton.LeftButton)
    press(qtbot, window, Qt.Key.Key_PageDown)
    gx, gy = panel.guesses.guess_arrow.getData()
    tx, ty = panel.guesses.truth_arrow.getData()
    assert (gx[0], gy[0]) == pytest.approx(tuple(w)) and (tx[0], ty[0]) == pytest.approx(tuple(w))
    shaft = np.array([tx[1] - tx[0], ty[1] - ty[0]])
    grad = c.current.grad
    assert shaft @ grad / (np.hypot(*shaft) * np.hypot(*grad)) == pytest.approx(1.0)  # along ∇E
    assert "°" in window.caption.line.text()


def test_the_caption_speaks_the_windows_language_and_survives_a_rebuild(qtbot, window):
    window.lecture_actions.start(4)
    press(qtbot, window, Qt.Key.Key_PageDown)
    window.classroom.set_language("ja")
    try:
        scene = window.lecture.scene
        assert window.caption.caption.text() == scene.caption.get("ja")
        assert window.caption.line.text() == scene.beats[0].say.get("ja")
        assert window.tabs.currentIndex() == 3 and window.lecture.done == 1
        assert window.grid_sweep.state is not SweepState.READY
    finally:
        window.classroom.set_language("en")


def test_a_new_scene_wipes_the_ink_and_the_undo_steps(qtbot, window):
    window.lecture_actions.start(0)
    window.controller.add_point(1.0, 1.0)
    assert window.undo_history.stack.count() == 1
    window.pen.add_stroke([[0.1, 0.1], [0.5, 0.5]])
    assert window.pen.strokes
    press(qtbot, window, Qt.Key.Key_3)
    assert not window.pen.strokes and window.undo_history.stack.count() == 0


def test_the_scene_index_shows_every_scene_and_jumps(qtbot, window):
    index = window.show_scene_index()
    assert index.list.count() == 9
    assert index.list.item(4).text() == window.lecture.lesson.scenes[4].title.get("en")
    assert not index.list.item(0).icon().isNull()
    index.list.setCurrentRow(6)
    index.go(6)
    assert window.lecture.active and window.lecture.scene_index == 6 and not index.isVisible()


def test_the_notes_say_what_was_done_and_what_comes_next(qtbot, window):
    from gdstudio.ui.lecture.beat_text import current_text, next_text

    lecture = window.lecture
    lecture.start(3)
    assert current_text(lecture, "en") == "Start of “The error function”"
    assert next_text(lecture, "en").startswith("Reveal a layer: Squared residuals — “Squared residuals: E is")
    lecture.next()
    lecture.next()
    assert current_text(lecture, "en").startswith("Ask the class to predict: Where is the minimum? — “Where is")
    assert next_text(lecture, "en") == "Reveal the answer"
    lecture.next()
    assert next_text(lecture, "en") == "Next scene: Brute force: grid search"
    lecture.go_to(8)
    for _ in range(len(lecture.scene.beats)):
        assert next_text(lecture, "en")
        lecture.next()
    assert next_text(lecture, "en") == "The end of the lesson"
