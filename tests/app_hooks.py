"""The real app with hooks, for the test that runs it in a subprocess, kills it and restarts it
(tests/test_recovery.py): `python tests/app_hooks.py` starts gdstudio as `main.py` does, then
applies the hooks its environment variables ask for (none: it is the plain app).

GDSTUDIO_TEST_ADD_POINTS="x,y;x,y…"  after start, add these points (edits, so there is
    unsaved work), then print "autosaved PATH" on stdout after every recovery write.
GDSTUDIO_TEST_SAVE_AND_QUIT=FILE     after start (and any restore), save the session to
    FILE and close the window (a clean exit).
GDSTUDIO_TEST_REPORT_WINDOWS=1       once the windows are placed, print one JSON line: where the
    teacher's window, its presenter dock and the projector window are, then close (a clean exit).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

ADD_POINTS_ENV = "GDSTUDIO_TEST_ADD_POINTS"
SAVE_AND_QUIT_ENV = "GDSTUDIO_TEST_SAVE_AND_QUIT"
REPORT_WINDOWS_ENV = "GDSTUDIO_TEST_REPORT_WINDOWS"


def _points(text: str) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in (pair.split(",") for pair in text.split(";") if pair.strip())]


def install_test_hooks(window) -> None:
    file_actions = window.file_actions
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
    if os.environ.get(REPORT_WINDOWS_ENV):
        QTimer.singleShot(200, lambda: report_windows(window))


def _where(window) -> dict:
    g = window.geometry()
    return {"screen": window.screen().name(), "geometry": [g.x(), g.y(), g.width(), g.height()],
            "full_screen": window.isFullScreen(), "menu": window.menuBar().isVisible(),
            "controls": window.controls.isVisible()}


def report_windows(window) -> None:
    import json

    presenter = window.presenter
    projector = presenter.projector_window
    print(json.dumps({"laptop": _where(window), "projector": _where(projector) if projector else None,
                      "dock": presenter.dock.isVisible()}), flush=True)
    window.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # (run from a checkout)
    from gdstudio.app import main

    sys.exit(main(on_started=install_test_hooks))
