"""Playing (also "as fast as the machine allows"): the worker computes between frames, never floods them."""

import time

import pytest

from gdstudio.engine.controller import MAX_SPEED, RunState
from gdstudio.engine.frame_clock import FRAME_MS
from gdstudio.engine.player import MAX_CHUNK_S, MIN_CHUNK_S
from tests.ui.conftest import assert_follows_update_rule, wait_steps


@pytest.mark.parametrize("speed", [MAX_SPEED, 2000])
def test_playing_alternates_chunks_and_frames(qtbot, window, controller, speed):
    controller.set_lr(0.001 * controller.surface.max_stable_lr())  # neither converges nor diverges soon
    controller.set_speed(speed)
    events = []
    controller.player.sig_request_steps.connect(lambda request: events.append(("request", request.time_budget)))
    controller.sig_history_changed.connect(lambda: events.append(("frame", time.perf_counter())))
    controller.play()
    wait_steps(qtbot, controller, 20_000 if speed == MAX_SPEED else 200, timeout=20_000)
    qtbot.waitUntil(lambda: sum(e[0] == "frame" for e in events) >= 20, timeout=10_000)
    controller.pause()
    assert controller.run_state is RunState.IDLE
    assert_follows_update_rule(controller.history, controller.lr, 0, 200)

    kinds = [kind for kind, _ in events]
    # After the first, every request waits for the frame that shows the previous chunk.
    assert not any(a == b == "request" for a, b in zip(kinds[1:], kinds[2:]))
    budgets = [value for kind, value in events if kind == "request"]
    assert all(MIN_CHUNK_S <= b <= MAX_CHUNK_S for b in budgets)
    # Never more than one redraw per display frame (the beat may catch up one late frame early).
    frames = [value for kind, value in events if kind == "frame"]
    assert (frames[-1] - frames[0]) * 1000 >= (len(frames) - 2) * FRAME_MS * 0.9
