"""Every schedule shows its effect within a few hundred steps (exponential decay ×0.5 a step froze a run)."""

from __future__ import annotations

import pytest

from gdstudio.cli import document_from_args, parse_args
from gdstudio.core.dataset import DataSet
from gdstudio.core.schedules import Schedule, ScheduleKind
from gdstudio.ui.controls.optimizer_settings import OptimizerDialog


@pytest.mark.parametrize("kind", list(ScheduleKind))
def test_each_schedules_defaults_keep_eta_alive_for_a_few_hundred_steps(kind):
    schedule = Schedule.of(kind)
    assert schedule.lr(1.0, 0) == 1.0
    assert schedule.lr(1.0, 200) >= 0.1 and (kind is ScheduleKind.CONSTANT or schedule.lr(1.0, 300) < 1.0)


def test_the_command_line_takes_those_defaults():
    doc = document_from_args(parse_args(["--schedule", "exponential"]), DataSet())
    assert doc.schedule.gamma == 0.99
    assert document_from_args(parse_args(["--schedule", "step"]), DataSet()).schedule.gamma == 0.5


def test_choosing_exponential_in_the_dialog_takes_its_default_gamma_unless_one_was_typed(qtbot, controller):
    dialog = OptimizerDialog(controller)
    qtbot.addWidget(dialog)
    kinds, gamma = dialog.schedule_kind, dialog.schedule_edits["gamma"]
    kinds.setCurrentIndex(kinds.findData(ScheduleKind.EXPONENTIAL))
    assert gamma.text() == "0.99"
    kinds.setCurrentIndex(kinds.findData(ScheduleKind.STEP))
    assert gamma.text() == "0.5"
    gamma.setText("0.8")
    kinds.setCurrentIndex(kinds.findData(ScheduleKind.EXPONENTIAL))
    assert gamma.text() == "0.8"
