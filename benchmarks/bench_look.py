"""A change of look (theme, size, language) in the real window: from the teacher's choice to the new
window painted. Each change rebuilds the panels (MainWindow.rebuild); the time runs until the window has
been rendered once more (window.grab()), so it counts what the teacher waits for.

Targets: ≤ 150 ms at 1920×1080 (issue #13), ≤ 100 ms at N = 100,000 points (issue #17).

Run alone:  python benchmarks/bench_look.py [N ...] [--size 1920x1080] [--repeats 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import time

import _harness  # noqa: F401  (offscreen platform + repository on sys.path, before Qt)
from _harness import live_window, median

# Each change and the one that undoes it: both are timed.
CHANGES = {
    "theme": (lambda w: w.classroom.set_theme("dark"), lambda w: w.classroom.set_theme("light")),
    "size": (lambda w: w.classroom.set_scale(1.5), lambda w: w.classroom.set_scale(1.0)),
    "language": (lambda w: w.classroom.set_language("ja"), lambda w: w.classroom.set_language("en")),
}


def time_change(app, window, change) -> float:
    start = time.perf_counter()
    change(window)
    app.processEvents()  # (the new central widget is shown by a queued call)
    window.grab()
    return time.perf_counter() - start


def measure(n: int, size: tuple[int, int], repeats: int, profile: str | None = None) -> dict[str, float]:
    """Median milliseconds per kind of change, with `n` points loaded."""
    result = {}
    with live_window(n, size=size) as (app, controller, window):
        window.classroom.remember = False
        for name, (there, back) in CHANGES.items():
            times = []
            for i in range(repeats):
                if profile == name and i == repeats - 1:
                    profiler = cProfile.Profile()
                    profiler.enable()
                times.append(time_change(app, window, there))
                times.append(time_change(app, window, back))
                if profile == name and i == repeats - 1:
                    profiler.disable()
                    profiler.print_stats("cumulative")
            result[name] = 1000 * median(times)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="*", type=int, default=[0, 100_000])
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", choices=sorted(CHANGES), help="print a profile of the last change of this kind")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))
    for n in args.n:
        ms = measure(n, size, args.repeats, args.profile)
        print(f"N={n} {args.size} " + " ".join(f"{name}={value:.0f}ms" for name, value in ms.items()), flush=True)


if __name__ == "__main__":
    main()
