"""Where the time goes in the benchmarks that miss their targets.

    python benchmarks/profile_targets.py fps 1000       # cProfile of the GUI thread while playing
    python benchmarks/profile_targets.py panels 1000    # paint cost per panel, and what-if variants
    python benchmarks/profile_targets.py whatif 1000    # fps as shipped vs with cheaper rendering
    python benchmarks/profile_targets.py surface 1000   # cProfile of controller.add_point()
    python benchmarks/profile_targets.py startup        # python -X importtime, biggest imports

cProfile sees the GUI (main) thread only; time spent inside Qt's C++ (painting) is charged to
the Python function that called it, e.g. QPicture.play or QWidget.grab. The "panels" what-ifs
change a few live plot items in this process only, to show what a change would buy.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import _harness  # noqa: F401  (offscreen platform + repository on sys.path, before Qt)
from _harness import REPO, live_window, median, time_call

TOP = 14


def _short(path: str) -> str:
    for marker in ("site-packages/", str(REPO) + "/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def print_top(profile: cProfile.Profile, title: str, top: int = TOP, per: int = 1) -> None:
    """The functions with the most own time and the most cumulative time (ms per `per` units of work)."""
    stats = pstats.Stats(profile).stats  # {(file, line, name): (cc, nc, tottime, cumtime, callers)}
    total = sum(v[2] for v in stats.values())
    print(f"\n  {title}: {1000 * total / per:.1f} ms of GUI-thread time per unit")
    for key, label in ((2, "own time (tottime)"), (3, "cumulative time (cumtime)")):
        print(f"    top by {label}:")
        ranked = sorted(stats.items(), key=lambda kv: kv[1][key], reverse=True)[:top]
        for (file, line, name), (_cc, calls, tt, ct, _callers) in ranked:
            where = f"{_short(file)}:{line}" if line else "~"
            print(f"      {1000 * tt / per:8.2f} own {1000 * ct / per:8.2f} cum  {calls / per:8.1f}x  "
                  f"{name}  [{where}]")


# ----------------------------------------------------------------------------- fps
def profile_fps(n: int, seconds: float = 3.0) -> None:
    from bench_fps import run_fps

    profile = cProfile.Profile()
    result = run_fps(n, seconds, profiler=profile)
    print(f"\n[fps N={n:,}] {result.fps:.1f} fps, median frame {result.frame_ms:.1f} ms, "
          f"update {result.update_ms:.1f} ms, {result.steps_per_s:,.0f} steps/s")
    print_top(profile, f"GUI thread while playing, per frame (N={n:,})", per=max(result.frames, 1))


# --------------------------------------------------------------------------- panels
def _grab_ms(app, widgets, repeats: int = 7) -> list[float]:
    app.processEvents()
    return [1000 * median(time_call(w.grab, repeats)) for w in widgets]


def _plots(window) -> list:
    """Every pyqtgraph plot in the window (found, not named, so new panels are included)."""
    import pyqtgraph as pg

    return [v for v in window.findChildren(pg.PlotWidget) if v.isVisible()]


def _curves(window) -> list:
    """Every line item of every plot (PlotCurveItems, also those inside PlotDataItems)."""
    import pyqtgraph as pg

    return [item for view in _plots(window) for item in view.scene().items() if isinstance(item, pg.PlotCurveItem)]


def _panel_name(window, plot) -> str:
    """The MainWindow attribute that holds `plot` (or its parent), e.g. 'surface' for surface_panel."""
    for name, value in vars(window).items():
        if value is plot or value is plot.parent() or getattr(value, "plot_widget", None) is plot:
            return name.removesuffix("_panel")[:8]
    return type(plot).__name__[:8]


def tweak_tick_level(window) -> None:
    for p in _plots(window):
        for axis in ("bottom", "left"):
            p.getPlotItem().getAxis(axis).setStyle(maxTickLevel=1)


def tweak_no_grid(window) -> None:
    for p in _plots(window):
        p.getPlotItem().showGrid(x=False, y=False)


def tweak_segmented(window) -> None:
    for curve in _curves(window):
        curve.setSegmentedLineMode("on")


def tweak_thin_pens(window) -> None:
    import pyqtgraph as pg

    for curve in _curves(window):
        pen = curve.opts["pen"]
        if pen is not None and pen.widthF() > 1:
            curve.setPen(pg.mkPen(pen.color(), width=1))


def tweak_no_antialias(window) -> None:
    for p in _plots(window):
        p.setAntialiasing(False)


# What-if changes, in the order they are applied (each on top of those above it).
TWEAKS = (
    ("grid: major+minor ticks only (axis maxTickLevel=1)", tweak_tick_level),
    ("no grid at all", tweak_no_grid),
    ("thick lines drawn as segments (setSegmentedLineMode('on'))", tweak_segmented),
    ("every line pen wider than 1 px set to width 1", tweak_thin_pens),
    ("antialiasing off", tweak_no_antialias),
)


def _grab_ms(app, widgets, repeats: int = 7) -> list[float]:
    app.processEvents()
    return [1000 * median(time_call(w.grab, repeats)) for w in widgets]


def profile_panels(n: int, steps: int = 30_000) -> None:
    """Paint time of each panel after `steps` steps, then with the TWEAKS applied one by one."""
    with live_window(n) as (app, controller, window):
        controller.set_lr(0.001 * controller.surface.max_stable_lr())
        controller.step(steps)
        deadline = time.perf_counter() + 60
        while controller.busy and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        controller.flush_frame()
        plots = _plots(window)
        names = [_panel_name(window, p) for p in plots]
        print(f"\n[panels N={n:,}, history {len(controller.history):,} states] paint time per plot, ms "
              f"(QWidget.grab, median of 7); each row adds one change to the rows above")
        print(f"    {'variant':62} " + " ".join(f"{x:>8}" for x in (*names, "sum")))

        def row(label: str) -> None:
            ms = _grab_ms(app, plots)
            print(f"    {label:62} " + " ".join(f"{x:8.1f}" for x in (*ms, sum(ms))))

        row("as shipped")
        for label, tweak in TWEAKS:
            tweak(window)
            row(label)
        # The step worker runs pure-Python loops on its QThread; a thread doing the same shows what
        # sharing the GIL with it costs the painting (each C++ call that releases the GIL must win it back).
        stop = threading.Event()
        spinner = threading.Thread(target=_spin, args=(stop,), daemon=True)
        spinner.start()
        interval = sys.getswitchinterval()
        try:
            row("  ... while a pure-Python thread runs (as the worker at MAX)")
            sys.setswitchinterval(0.0005)
            row("  ... and sys.setswitchinterval(0.0005)")
        finally:
            sys.setswitchinterval(interval)
            stop.set()
            spinner.join()


def _spin(stop: threading.Event) -> None:
    x = 0
    while not stop.is_set():
        for _ in range(1000):
            x += 1


def whatif_fps(n: int, seconds: float = 3.0) -> None:
    """fps as shipped and with cheap rendering (no grid, width-1 pens), each at MAX speed and at
    1,000 steps/s (the worker thread nearly idle), and with a shorter GIL switch interval."""
    from bench_fps import run_fps

    def cheap(window) -> None:
        tweak_no_grid(window)
        tweak_thin_pens(window)

    def slow(window) -> None:
        window.controller.set_speed(1_000.0)

    def cheap_slow(window) -> None:
        cheap(window)
        slow(window)

    print(f"\n[what-if fps N={n:,}] {seconds:g} s each")
    interval = sys.getswitchinterval()
    for label, tweak, switch in (("as shipped, MAX speed", None, interval),
                                 ("as shipped, 1,000 steps/s (worker nearly idle)", slow, interval),
                                 ("no grid + width-1 pens, MAX speed", cheap, interval),
                                 ("no grid + width-1 pens, 1,000 steps/s", cheap_slow, interval),
                                 ("no grid + width-1 pens, MAX, sys.setswitchinterval(0.001)", cheap, 0.001)):
        sys.setswitchinterval(switch)
        try:
            r = run_fps(n, seconds, tweak=tweak)
        finally:
            sys.setswitchinterval(interval)
        print(f"    {label:58} {r.fps:6.1f} fps  frame {r.frame_ms:6.1f} ms  update {r.update_ms:5.1f} ms  "
              f"{r.steps_per_s:9,.0f} steps/s")


# -------------------------------------------------------------------------- surface
def profile_surface(n: int, repeats: int = 20) -> None:
    import numpy as np

    rng = np.random.default_rng(2)
    with live_window(n) as (app, controller, window):
        profile = cProfile.Profile()
        t = time.perf_counter()
        profile.enable()
        for _ in range(repeats):
            x = rng.uniform(0.0, 10.0)
            controller.add_point(x, 2.0 + 0.5 * x)
        profile.disable()
        elapsed = (time.perf_counter() - t) / repeats
        print(f"\n[add_point N={n:,}] {1000 * elapsed:.2f} ms per call (mean of {repeats}, under the profiler)")
        print_top(profile, f"controller.add_point(), per call (N={n:,})", per=repeats)


# -------------------------------------------------------------------------- startup
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def profile_startup(top: int = TOP) -> None:
    child = Path(__file__).resolve().parent / "cold_start_child.py"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-X", "importtime", str(child), repr(t)], capture_output=True, text=True,
                         cwd=REPO, env=env, timeout=120)
    first = float(out.stdout.split()[0]) if out.stdout.strip() else float("nan")
    rows = []  # (cumulative µs, self µs, depth, module)
    for line in out.stderr.splitlines():
        m = IMPORT_LINE.match(line)
        if m:
            rows.append((int(m.group(2)), int(m.group(1)), len(m.group(3)) // 2, m.group(4)))
    print(f"\n[startup] first frame after {1000 * first:.0f} ms (under -X importtime, which adds overhead)")
    print("    biggest imports (cumulative ms, top-level imports of the child and their biggest children):")
    for cum, own, depth, name in sorted((r for r in rows if r[2] <= 1), reverse=True)[:top]:
        print(f"      {cum / 1000:8.1f} cum {own / 1000:7.1f} own  {'  ' * depth}{name}")
    print("    biggest single modules by own time:")
    for _cum, own, _depth, name in sorted(rows, key=lambda r: r[1], reverse=True)[:8]:
        print(f"      {own / 1000:8.1f} own  {name}")


# --------------------------------------------------------------------------- driver
def profile_failures(failures: list[str]) -> None:
    """Profile the benchmark parts whose names (from run_all's report) failed."""
    print("\n" + "=" * 100 + "\nProfiles of the failing targets\n" + "=" * 100)
    fps_ns = sorted({int(m.group(1).replace(",", "")) for f in failures if (m := re.match(r"fps N=([\d,]+)", f))})
    for n in fps_ns[-2:]:  # the two largest failing sizes cover the trend
        profile_fps(n)
    if fps_ns:
        profile_panels(fps_ns[-1])
        whatif_fps(fps_ns[-1])
    add_ns = sorted({int(m.group(1).replace(",", "")) for f in failures
                     if (m := re.match(r"(?:add_point|redraw_surface) N=([\d,]+)", f))})
    for n in add_ns:
        profile_surface(n)
    if "cold start" in failures:
        profile_startup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("fps", "panels", "whatif", "surface", "startup"))
    parser.add_argument("n", nargs="?", type=int, default=1_000)
    parser.add_argument("--seconds", type=float, default=3.0, help="fps: wall time to profile")
    parser.add_argument("--steps", type=int, default=30_000, help="panels: history length to draw")
    args = parser.parse_args()
    if args.what == "fps":
        profile_fps(args.n, args.seconds)
    elif args.what == "panels":
        profile_panels(args.n, args.steps)
    elif args.what == "whatif":
        whatif_fps(args.n, args.seconds)
    elif args.what == "surface":
        profile_surface(args.n)
    else:
        profile_startup()


if __name__ == "__main__":
    main()
