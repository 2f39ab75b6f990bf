"""The frame clock: one frame per beat at most, on a beat that late frames do not push back."""

import pytest

from gdstudio.engine.frame_clock import FRAME_MS, FrameClock, next_beat

P = FRAME_MS / 1000


@pytest.mark.parametrize(("due", "now", "expected"), [
    (1.0, 1.0, 1.0 + P),              # on time: one period later
    (1.0, 1.0 + 0.6 * P, 1.0 + P),    # a little late: the beat holds
    (1.0, 1.0 + 3 * P, 1.0 + 4 * P),  # after a pause: a period from now
    (1.0, 0.2, 0.2 + P),              # a flush long before the beat: a period from now
])
def test_next_beat(due, now, expected):
    assert next_beat(due, now, P) == pytest.approx(expected)


def test_lateness_does_not_add_up():
    due, now = 0.0, 0.0
    for _ in range(100):          # every frame drawn 40 % of a period late
        now = due + 0.4 * P
        due = next_beat(due, now, P)
    assert due == pytest.approx(100 * P)  # a frame per period, however late each one was


def test_requests_coalesce_into_one_frame_per_beat(qtbot):
    clock = FrameClock()
    frames, drawn = [], []
    clock.sig_frame.connect(lambda: frames.append(clock.time_left()))  # (read as the frame is drawn:
    clock.sig_drawn.connect(lambda: drawn.append(1))                   # later, a busy machine has moved on)
    for _ in range(5):
        clock.request()
    assert clock.pending
    qtbot.waitUntil(lambda: drawn == [1])
    assert len(frames) == 1 and not clock.pending
    assert 0 < frames[0] <= P  # the next beat is ahead, at most a period away


def test_time_left_follows_the_given_clock(qtbot):
    now = [10.0]
    clock = FrameClock(clock=lambda: now[0])
    clock.flush()
    assert clock.time_left() == pytest.approx(P)
    now[0] += 0.25 * P
    assert clock.time_left() == pytest.approx(0.75 * P)
