"""Shared helpers for the benchmark scripts: offscreen Qt, the real window, test data, medians.

Import this module before anything that imports Qt: it selects the offscreen platform and
puts the repository root first on sys.path, so the working copy of gdstudio is measured.
"""

from __future__ import annotations

import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
import numpy as np  # noqa: E402

WINDOW_SIZE = (1280, 800)
# Messages the offscreen platform prints for every shown window; harmless, and noise in a table.
QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)


def median(values) -> float:
    values = list(values)
    return statistics.median(values) if values else float("nan")


def line_data(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """n random points scattered around the line y = 2 + 0.5·x, x in [0, 10]."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 10.0, n)
    y = 2.0 + 0.5 * x + rng.normal(0.0, 1.0, n)
    return x, y


def time_call(fn: Callable[[], object], repeats: int, warmup: int = 1, budget_s: float = math.inf,
              min_repeats: int = 3) -> list[float]:
    """Wall time of fn() in seconds, `repeats` times after `warmup` untimed calls.

    Stops early (after at least `min_repeats` timed calls) once `budget_s` seconds are spent,
    so that a pathologically slow case cannot stall the whole benchmark run.
    """
    start = time.perf_counter()
    for _ in range(warmup):
        fn()
    times: list[float] = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
        if len(times) >= min_repeats and time.perf_counter() - start > budget_s:
            break
    return times


def qt_app():
    """The process's QApplication (made once), with the offscreen platform's chatter filtered."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        def handler(mode, context, message):  # noqa: ARG001
            if not message.startswith(QUIET_QT_MESSAGES):
                sys.stderr.write(message + "\n")

        qInstallMessageHandler(handler)
        app = QApplication(sys.argv[:1])
        app.setApplicationName("gdstudio-bench")
    return app


class SlotErrors:
    """Counts exceptions raised in Qt slots (PySide reports them through sys.excepthook)."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __enter__(self) -> SlotErrors:
        self._previous = sys.excepthook

        def hook(kind, value, tb):  # noqa: ARG001
            self.messages.append(f"{kind.__name__}: {value}")

        sys.excepthook = hook
        return self

    def __exit__(self, *exc) -> None:
        sys.excepthook = self._previous


@contextmanager
def live_window(n_points: int = 0, *, show: bool = True, before_window: Callable[[object], None] | None = None,
                size: tuple[int, int] = WINDOW_SIZE, look=None, **controller_kwargs) -> Iterator[tuple]:
    """(app, controller, window): the real MainWindow at `size` in `look` (default: light, 100 %), with
    n_points loaded.

    `before_window(controller)` runs before the window exists, so that slots it connects run
    before the panels' slots. Always stops the worker thread and closes the window afterwards.
    """
    app = qt_app()
    from gdstudio.core.dataset import DataSet
    from gdstudio.engine.controller import Controller
    from gdstudio.ui.main_window import MainWindow
    from gdstudio.ui.style import configure_pyqtgraph

    configure_pyqtgraph()
    controller = Controller(**controller_kwargs)
    window = None
    try:
        if before_window is not None:
            before_window(controller)
        window = MainWindow(controller, look)
        window.resize(*size)
        if show:
            window.show()
        if n_points:
            controller.load_data(DataSet(*line_data(n_points)))
        settle(app)
        yield app, controller, window
    finally:
        controller.shutdown()
        if window is not None:
            window.close()
            window.deleteLater()
        controller.deleteLater()
        settle(app)


def settle(app, seconds: float = 0.05) -> None:
    """Let queued events (layout, the first paints, deferred deletes) run."""
    from PySide6.QtCore import QCoreApplication, QEvent

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.002)
