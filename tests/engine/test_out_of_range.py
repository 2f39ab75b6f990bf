"""Clicks, drags and flags beyond the supported range are refused with a message; nothing changes."""

from __future__ import annotations

import pytest

from gdstudio.app import main
from gdstudio.assets import default_dataset
from gdstudio.engine.controller import Controller, MessageLevel


@pytest.fixture
def controller(qapp):
    c = Controller(default_dataset())
    yield c
    c.shutdown()


@pytest.mark.parametrize("x,y", [(1e200, 1.0), (1.0, -1e13), (float("nan"), 0.0)])
def test_a_point_far_out_is_refused_with_a_message(controller, x, y):
    before = controller.document
    controller.add_point(x, y)
    controller.move_point(0, x, y)
    assert controller.document == before
    text, level = controller.message
    assert level is MessageLevel.WARNING and "±1e+12" in text and "F" in text


def test_a_start_far_out_is_refused_with_a_message(controller):
    before = controller.document
    controller.set_start(1e300, 0.0)
    assert controller.document == before and "A start must lie within" in controller.message[0]
    controller.set_start(1e11, -1e11)  # inside: taken
    assert controller.document.start == (1e11, -1e11)


def test_the_command_line_refuses_a_start_far_out(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--start", "1e200,0", "--export-trajectory", "x.csv"])
    assert caught.value.code == 2 and "outside the range gdstudio computes exactly" in capsys.readouterr().err


@pytest.mark.parametrize("lr", [1e9, 1e-300, 0.0, -1.0, float("inf")])
def test_an_eta_out_of_range_is_refused_with_a_message(controller, lr):
    before = controller.document
    controller.set_lr(lr)
    assert controller.document == before and controller.message[1] is MessageLevel.WARNING
    assert "η must lie between 1e-12 and 1e+06" in controller.message[0]


def test_the_command_line_refuses_an_eta_out_of_range(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--lr", "1e9", "--export-trajectory", "x.csv"])
    assert caught.value.code == 2 and "'1e9' must lie between 1e-12 and 1e+06" in capsys.readouterr().err
