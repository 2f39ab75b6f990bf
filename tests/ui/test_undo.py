"""Undo / redo: every edit is one step back to the exact data and settings before it;
a drag or a slider sweep is one step; Ctrl+Z and Ctrl+Shift+Z work."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt

from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.engine.edits import Edit, EditKind
from gdstudio.ui.document.undo import EditCommand, describe


def assert_same(snapshot, controller) -> None:
    """The controller holds exactly the data and settings of `snapshot`."""
    now = controller.document
    np.testing.assert_array_equal(now.data.x, snapshot.data.x)
    np.testing.assert_array_equal(now.data.y, snapshot.data.y)
    assert now == snapshot


def test_several_edits_undo_and_redo_to_the_exact_states(window, controller):
    undo = window.undo_history
    states = [controller.document]
    controller.add_point(0.123456789, 4.5)
    states.append(controller.document)
    controller.set_lr(0.0123)
    states.append(controller.document)
    controller.remove_point(0)
    states.append(controller.document)
    controller.set_sampler(Sampler(Sampling.MINIBATCH, 4, 7))
    states.append(controller.document)
    controller.set_optimizers(["gd", "adam"])
    states.append(controller.document)
    controller.clear_points()
    states.append(controller.document)
    assert undo.stack.count() == len(states) - 1

    for expected in reversed(states[:-1]):
        undo.undo()
        assert_same(expected, controller)
    assert not undo.stack.canUndo()
    for expected in states[1:]:
        undo.redo()
        assert_same(expected, controller)
    assert undo.stack.count() == len(states) - 1  # undo and redo themselves record nothing


def test_a_drag_is_one_undo_step(window, controller):
    undo = window.undo_history
    before = controller.document
    for k in range(12):  # what the data panel sends while a point is dragged
        controller.move_point(3, 1.0 + 0.1 * k, 2.0 - 0.05 * k)
    after = controller.document
    assert undo.stack.count() == 1
    assert undo.undo_action.text() == "Undo move point 4"
    undo.undo()
    assert_same(before, controller)
    undo.redo()
    assert_same(after, controller)
    assert controller.data.x[3] == 1.0 + 0.1 * 11


def test_clicks_never_merge_but_a_slider_sweep_does(window, controller):
    undo = window.undo_history
    start = controller.document
    controller.add_point(1.0, 1.0)
    controller.add_point(2.0, 2.0)
    assert undo.stack.count() == 2  # two clicks, two points, two steps
    for lr in (0.01, 0.012, 0.015, 0.02, 0.03):
        controller.set_lr(lr)
    assert undo.stack.count() == 3
    assert undo.undo_action.text() == "Undo change learning rate"
    undo.undo()
    assert controller.lr == 0.02 and len(controller.data) == len(start.data) + 2
    undo.undo()
    undo.undo()
    assert_same(start, controller)


def test_gestures_apart_in_time_are_separate_steps(window, controller):
    undo = window.undo_history
    now = [100.0]
    undo.clock = lambda: now[0]
    first = controller.document
    controller.move_point(0, 0.5, 0.5)
    controller.move_point(0, 0.6, 0.6)
    middle = controller.document
    now[0] += 5.0  # the mouse was let go; a new drag of the same point later
    controller.move_point(0, 0.9, 0.9)
    assert undo.stack.count() == 2
    undo.undo()
    assert_same(middle, controller)
    undo.undo()
    assert_same(first, controller)


def test_sweeping_back_to_where_it_was_leaves_no_step(window, controller):
    undo = window.undo_history
    controller.set_lr(0.05)
    controller.set_lr(0.02)  # the value it started at
    assert undo.stack.count() == 0
    assert not undo.undo_action.isEnabled()


def test_undo_redo_texts_and_the_edit_menu(window, controller):
    undo = window.undo_history
    assert undo.undo_action.text() == "Undo" and not undo.undo_action.isEnabled()
    controller.add_point(1.0, 2.0)
    assert undo.undo_action.text() == "Undo add point"
    undo.undo()
    assert undo.redo_action.text() == "Redo add point"
    texts = [a.text() for a in window.edit_menu.actions()]
    assert texts[:2] == ["Undo", "Redo add point"] and "&Clear points" in texts
    assert undo.undo_action.shortcut().toString() == "Ctrl+Z"
    assert undo.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    assert describe(Edit(EditKind.START)) == "move start point"
    assert describe(Edit(EditKind.OPTIMIZER_SETTINGS, "adam")) == "change adam settings"
    assert describe(Edit(EditKind.MOVE_POINT, 2)) == "move point 3"


def test_ctrl_z_and_ctrl_shift_z(qtbot, window, controller):
    before = controller.document
    controller.add_point(2.5, 9.0)
    after = controller.document
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert_same(before, controller)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert_same(after, controller)


def test_clean_state_follows_undo(window, controller):
    undo = window.undo_history
    assert undo.is_clean and not window.isWindowModified()
    controller.add_point(1.0, 1.0)
    assert not undo.is_clean and window.isWindowModified()
    undo.undo()
    assert undo.is_clean and not window.isWindowModified()


def test_first_redo_on_push_does_nothing(window, controller):
    calls = []
    controller.apply = lambda document, edit, record: calls.append(document)  # only this test's controller
    before, after = controller.document, replace(controller.document, lr=0.5)
    command = EditCommand(controller, Edit(EditKind.ADD_POINT), before, after, 0.0)
    command.redo()
    assert calls == []
    command.undo()
    command.redo()
    assert calls == [before, after]
    del controller.apply
