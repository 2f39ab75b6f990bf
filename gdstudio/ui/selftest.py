"""Hooks for the test that runs the real app in a subprocess, kills it and restarts it
(tests/test_recovery.py). Inert unless their environment variables are set.

GDSTUDIO_TEST_ADD_POINTS="x,y;x,y…"  after start, add these points (edits, so there is
    unsaved work), then print "autosaved PATH" on stdout after every recovery write.
GDSTUDIO_TEST_SAVE_AND_QUIT=FILE     after start (and any restore), save the session to
    FILE and close the window (a clean exit).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer

ADD_POINTS_ENV = "GDSTUDIO_TEST_ADD_POINTS"
SAVE_AND_QUIT_ENV = "GDSTUDIO_TEST_SAVE_AND_QUIT"


def _points(text: str) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in (pair.split(",") for pair in text.split(";") if pair.strip())]


def install_test_hooks(file_actions) -> None:
    points = os.environ.get(ADD_POINTS_ENV)
    if points:
        if file_actions.autosave is not None:
            file_actions.autosave.sig_saved.connect(lambda path: print(f"autosaved {path}", flush=True))
        for x, y in _points(points):
            file_actions.controller.add_point(x, y)
    target = os.environ.get(SAVE_AND_QUIT_ENV)
    if target:
        def save_and_quit() -> None:
            file_actions.save_session(target)
            file_actions.window.close()

        QTimer.singleShot(0, save_and_quit)
