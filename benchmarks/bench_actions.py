"""The teacher's actions at large N in the real window: from the action to the window painted again.

Each action goes through the API the UI calls (the data panel's click and drag handlers, the Edit
and Run menus, the layer toggles); the time runs from the call until the events it queued have run
(app.processEvents()) and the whole window has been rendered once more (window.grab()): what the
teacher waits for. A step is computed on the worker thread: its time runs until the step's frame
is painted.

Target (issue #17.4): ≤ 100 ms at N ≤ 100,000 points, ≤ 250 ms at N = 1,000,000 (1280×800).

Run alone:  python benchmarks/bench_actions.py [N ...] [--size 1280x800] [--repeats 5]
            [--only add_point,drag_point] [--profile drag_point]
"""

from __future__ import annotations

import argparse
import cProfile
import time
from collections.abc import Callable

import _harness  # noqa: F401  (offscreen platform + repository on sys.path, before Qt)
import numpy as np
from _harness import WINDOW_SIZE, live_window, median

from gdstudio.core.document import GradientField

STABLE_LR_FRACTION = 0.5  # of the largest stable η (2/λmax)


def _painted(app, window) -> None:
    app.processEvents()
    window.grab()


def _wait_steps(app, controller, timeout_s: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while controller.busy and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)
    controller.flush_frame()


class Actions:
    """Each action as a pair (do, undo-what-it-did): both are timed, under their own names."""

    def __init__(self, app, controller, window, seed: int = 1) -> None:
        self.app, self.c, self.w = app, controller, window
        self.rng = np.random.default_rng(seed)

    def _somewhere(self) -> tuple[float, float]:
        x = float(self.rng.uniform(0.5, 9.5))
        return x, float(2.0 + 0.5 * x + self.rng.normal(0.0, 1.0))

    def pairs(self) -> dict[str, tuple[tuple[str, Callable[[], None]], ...]]:
        c, undo = self.c, self.w.undo_history
        return {
            "idle": (("repaint", lambda: self.w.update()),),  # (nothing changed: the window painted again)
            "add": (("add_point", lambda: c.add_point(*self._somewhere())),
                    ("remove_point", lambda: c.remove_point(len(c.data) - 1))),
            "drag": (("drag_point", self._drag),),
            "undo": (("undo", undo.undo), ("redo", undo.redo)),
            "clear": (("clear", c.clear_points), ("undo_clear", undo.undo)),
            "step": (("step", self._step), ("reset", c.reset)),
            "squares": (("squares_on", lambda: c.set_layers(squared_residuals=True)),
                        ("drag_squares", self._drag),
                        ("squares_off", lambda: c.set_layers(squared_residuals=False))),
            "lines": (("lines_on", lambda: c.set_layers(constraint_lines=True)),
                      ("drag_lines", self._drag),
                      ("lines_off", lambda: c.set_layers(constraint_lines=False))),
            "field": (("field_on", lambda: c.set_layers(gradient_field=GradientField.DESCENT)),
                      ("field_off", lambda: c.set_layers(gradient_field=GradientField.OFF))),
        }

    def _drag(self) -> None:
        """One move of a drag of point 0, as DataPanel._on_drag_move makes it."""
        self.c.move_point(0, *self._somewhere())
        self.c.set_hover_point(0)

    def _step(self) -> None:
        self.c.step()
        _wait_steps(self.app, self.c)


def measure(n: int, size: tuple[int, int], repeats: int, only: set[str] | None = None,
            profile: str | None = None) -> dict[str, float]:
    """Median milliseconds per action, with `n` points loaded."""
    times: dict[str, list[float]] = {}
    with live_window(n, size=size) as (app, controller, window):
        # A stable η: a step that diverged would say so, and its message changes the window's layout.
        controller.set_lr(STABLE_LR_FRACTION * controller.surface.max_stable_lr())
        actions = Actions(app, controller, window)
        for group in actions.pairs().values():
            names = [name for name, _ in group]
            if only and not only & set(names):
                continue
            for i in range(repeats + 1):  # (the first round warms up: not timed)
                for name, action in group:
                    profiler = cProfile.Profile() if profile == name and i == repeats else None
                    if profiler:
                        profiler.enable()
                    start = time.perf_counter()
                    action()
                    _painted(app, window)
                    elapsed = time.perf_counter() - start
                    if profiler:
                        profiler.disable()
                        print(f"--- profile of {name} at N={n}")
                        profiler.print_stats("cumulative")
                    if i:
                        times.setdefault(name, []).append(elapsed)
            _wait_steps(app, controller)
    return {name: 1000 * median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="*", type=int, default=[100_000, 1_000_000])
    parser.add_argument("--size", default=f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", default="", help="comma-separated action names (their group is run)")
    parser.add_argument("--profile", help="print a profile of this action's last repeat")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))
    only = set(filter(None, args.only.split(","))) or None
    for n in args.n:
        ms = measure(n, size, args.repeats, only, args.profile)
        print(f"N={n} " + " ".join(f"{name}={value:.0f}ms" for name, value in ms.items()), flush=True)


if __name__ == "__main__":
    main()
