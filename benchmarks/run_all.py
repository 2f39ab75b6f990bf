"""Run every gdstudio benchmark and print one table, with PASS/FAIL against the targets.

    python benchmarks/run_all.py             # the full run, about a minute
    python benchmarks/run_all.py --quick     # shorter runs, rougher numbers
    python benchmarks/run_all.py --only fps,surface --profile   # also profile what fails

These are measurements, not tests: shared machines are noisy, so every number is a median
of repeated runs, and a borderline FAIL deserves a second run before anyone acts on it.
Each part can also be run alone (bench_fps.py, bench_surface.py, bench_startup.py,
bench_headless.py); profile_targets.py looks into the parts that fail.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time

import _harness  # noqa: F401  (offscreen platform + repository on sys.path, before Qt)
from _harness import WINDOW_SIZE

FPS_SIZES = (100, 1_000, 10_000)
SURFACE_SIZES = (1_000, 100_000)
PARTS = ("fps", "rooms", "surface", "startup", "headless", "optimizers")
# The rooms of issue #14, each in a process of its own (a device pixel ratio is fixed when Qt starts):
# (what it is, bench_fps.py's flags). Target: ≥ 60 fps at N ≤ 10,000 in every one.
ROOMS = (
    ("1920×1080 full screen, light", ["--size", "1920x1080"]),
    ("1920×1080, projector 150 %", ["--size", "1920x1080", "--theme", "projector", "--scale", "150"]),
    ("1024×768, projector 200 %", ["--size", "1024x768", "--theme", "projector", "--scale", "200"]),
    ("HiDPI, dpr 2, 1440×900", ["--size", "1440x900", "--dpr", "2"]),
    ("1280×800, four optimizers racing", ["--race", "gd,momentum,nesterov,adam"]),
    ("1280×800, the grid search sweeping", ["--sweep"]),
)
ROOM_SIZES = (1_000, 10_000)
TARGET_FPS_ROOM = 60.0

TARGET_FPS_SMALL = 60.0    # N ≤ 1,000
TARGET_FPS_LARGE = 30.0    # N = 10,000
SMALL_N = 1_000
TARGET_SURFACE_MS = 5.0
TARGET_COLD_START_S = 1.0


def fps_target(n: int) -> float:
    return TARGET_FPS_SMALL if n <= SMALL_N else TARGET_FPS_LARGE


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def table(headers: list[str], rows: list[list[str]], right: set[int] | None = None) -> str:
    """A plain-text table; columns in `right` are right-aligned (numbers)."""
    right = right or set()
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]

    def line(cells) -> str:
        return "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    return "\n".join(["  " + line(headers), "  " + line(["-" * w for w in widths])]
                     + ["  " + line(r) for r in rows])


def environment() -> str:
    import numpy as np
    import pyqtgraph as pg
    import PySide6

    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return (f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, pyqtgraph {pg.__version__}, "
            f"numpy {np.__version__}; {os.cpu_count()} CPUs, load {load}; "
            f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}")


class Report:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.errors: list[str] = []
        self.passes = 0

    def attempt(self, name: str, fn, *args):
        """fn(*args), or None after noting the exception: one broken part must not hide the others."""
        try:
            return fn(*args)
        except Exception as exc:  # the app is under development: report, go on
            message = f"{type(exc).__name__}: {exc}".splitlines()[0][:150]
            self.errors.append(f"{name}: {message}")
            print(f"  ERROR in {name}: {message}", file=sys.stderr)
            return None

    def check(self, ok: bool, name: str) -> str:
        if ok:
            self.passes += 1
        else:
            self.failures.append(name)
        return verdict(ok)


def section_fps(report: Report, seconds: float, modes: list[str]) -> None:
    from bench_fps import run_fps

    print(f"\n1. Playing at MAX speed: the real MainWindow at {WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}, all panels live, "
          f"{seconds:g} s per row")
    rows, errors = [], set()
    for mode in modes:
        for n in FPS_SIZES:
            r = report.attempt(f"fps N={n:,} ({mode})", run_fps, n, seconds, mode)
            if r is None:
                rows.append([f"{n:,}", mode, *["-"] * 6, f"≥ {fps_target(n):g} fps", "ERROR"])
                continue
            errors.update(r.slot_errors)
            target = fps_target(n)
            grab = "-" if mode != "grab" else f"{r.render_ms:.1f}"
            if mode == "paint":
                result = report.check(r.fps >= target, f"fps N={n:,}")
            else:  # an upper bound on the cost: shown, not counted
                result = f"({verdict(r.fps >= target)}, info)"
            rows.append([f"{n:,}", mode, f"{r.fps:.1f}", f"{r.frame_ms:.1f}", f"{r.update_ms:.1f}", grab,
                         f"{r.painted}/{r.frames}", f"{r.steps_per_s:,.0f}", f"≥ {target:g} fps", result])
            if r.restarts:
                rows[-1][-1] += f" ({r.restarts} restarts)"
    print(table(["N", "render", "fps", "frame ms", "update ms", "grab ms", "painted/frames", "steps/s",
                 "target", "result"], rows, right={0, 2, 3, 4, 5, 6, 7}))
    print("  fps = frames drawn / wall time; frame ms = median time between frames; update ms = median time in\n"
          "  the panels' sig_history_changed slots. render 'paint': Qt's own paint of the shown offscreen window\n"
          "  (painted = paint events of the surface panel; this row is the target); 'grab': in addition,\n"
          "  window.grab() renders the whole window after every frame, a conservative upper bound on the cost.")
    for message in sorted(errors):
        print(f"  ! an exception was raised in a Qt slot during this part: {message}")


def section_rooms(report: Report, seconds: float) -> None:
    import re
    import subprocess

    print(f"\n1b. Playing at MAX speed in the rooms (bench_fps.py, a process each, {seconds:g} s per row)")
    line = re.compile(r"N=\s*([\d,]+)\s+\w+\s+([\d.]+) fps\s+frame\s+([\d.]+) ms.*?([\d,]+) steps/s")
    rows = []
    for name, flags in ROOMS:
        command = [sys.executable, os.path.join(os.path.dirname(__file__), "bench_fps.py"),
                   *map(str, ROOM_SIZES), "--seconds", f"{seconds:g}", *flags]
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
        found = [m.groups() for m in map(line.search, done.stdout.splitlines()) if m]
        if done.returncode or len(found) != len(ROOM_SIZES):
            report.errors.append(f"{name}: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")
            rows.append([name, "-", "-", "-", "-", f"≥ {TARGET_FPS_ROOM:g} fps", "ERROR"])
            continue
        for n, fps, frame_ms, steps in found:
            ok = float(fps) >= TARGET_FPS_ROOM
            rows.append([name, n, fps, frame_ms, steps, f"≥ {TARGET_FPS_ROOM:g} fps",
                         report.check(ok, f"fps {name} N={n}")])
    print(table(["room", "N", "fps", "frame ms", "steps/s", "target", "result"], rows, right={1, 2, 3, 4}))


def section_surface(report: Report, repeats: int) -> None:
    from bench_surface import run_surface

    print(f"\n2. Adding one point: surface + contours refreshed (median of up to {repeats})")
    rows = []
    for n in SURFACE_SIZES:
        r = report.attempt(f"add_point N={n:,}", run_surface, n, repeats)
        if r is None:
            rows.append([f"{n:,}", "controller.add_point() (all slots run)", "-", "", "ERROR"])
            continue
        rows += [
            # (The target is the surface + contours refresh below; this is every panel's update.)
            [f"{n:,}", "controller.add_point() (all slots run)", f"{r.add_point_ms:.2f}", "", "info"],
            [f"{n:,}", f"add_point() + paint (×{r.paint_repeats})", f"{r.add_point_paint_ms:.2f}", "", "info"],
            [f"{n:,}", "SurfacePanel.redraw_surface()", f"{r.redraw_ms:.2f}", f"≤ {TARGET_SURFACE_MS:g} ms",
             report.check(r.redraw_ms <= TARGET_SURFACE_MS, f"redraw_surface N={n:,}")],
            [f"{n:,}", "core: contours.surface_image()", f"{r.core_ms:.2f}", "", "info"],
            [f"{n:,}", "core: ErrorSurface.from_data()", f"{r.from_data_ms:.3f}", "", "info"],
        ]
    print(table(["N", "what is timed", "ms", "target", "result"], rows, right={0, 2}))


def section_startup(report: Report, repeats: int) -> None:
    from bench_startup import run_startup

    print(f"\n3. Cold start: new process → first rendered window (median of {repeats})")
    r = report.attempt("cold start", run_startup, repeats)
    if r is None:
        print("  ERROR: see above")
        return
    rows = [
        ["process start → first window.grab()", f"{r.first_frame_s * 1000:.0f}", f"≤ {TARGET_COLD_START_S * 1000:g} ms",
         report.check(r.first_frame_s <= TARGET_COLD_START_S, "cold start")],
        ["  of which imports (PySide6, pyqtgraph, gdstudio)", f"{r.imports_s * 1000:.0f}", "", "info"],
        ["python main.py --screenshot x.png, to exit", f"{r.main_py_s * 1000:.0f}", "", "info"],
    ]
    print(table(["what is timed", "ms", "target", "result"], rows, right={1}))


def section_headless(report: Report, repeats: int) -> None:
    from bench_headless import run_headless

    rate = report.attempt("headless", run_headless, 50_000, repeats)
    if rate is None:
        return
    print(f"\nBonus: headless gradient descent (core.descent.descend, batch, no Qt): {rate:,.0f} steps/s "
          f"(median of {repeats})")


def section_optimizers(report: Report, seconds: float) -> None:
    from bench_optimizers import RACE, SIZES, optimizer_rate, race_fps

    from gdstudio.core.optimizers import OPTIMIZERS

    print("\n5. Optimizers: headless throughput (descend, batch; median of 3) and a four-way race")
    rows = []
    for key in OPTIMIZERS:
        rates = [report.attempt(f"{key} N={n:,}", optimizer_rate, key, n) for n in SIZES]
        rows.append([key] + ["-" if r is None else f"{r:,.0f}" for r in rates])
    print(table(["optimizer"] + [f"steps/s N={n:,}" for n in SIZES], rows, right={1, 2}))
    result = report.attempt("race fps", race_fps, seconds)
    if result is not None:
        print(f"  race of {', '.join(RACE)} at MAX speed, N=1,000: {result[0]:.1f} fps, "
              f"{result[1]:,.0f} steps/s per run")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the gdstudio benchmarks and print a table.")
    parser.add_argument("--quick", action="store_true", help="shorter runs (about 40 s), rougher numbers")
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts: {','.join(PARTS)}")
    parser.add_argument("--seconds", type=float, help="wall time per fps row (default 3, --quick 1)")
    parser.add_argument("--no-grab", action="store_true",
                        help="skip the fps rows that also window.grab() after every frame (saves ~12 s)")
    parser.add_argument("--profile", action="store_true", help="afterwards, profile the parts that failed")
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    seconds = args.seconds or (1.0 if args.quick else 3.0)
    repeats = 5 if args.quick else 20
    cold_repeats = 3 if args.quick else 5

    t0 = time.perf_counter()
    print("gdstudio benchmarks —", time.strftime("%Y-%m-%d %H:%M"))
    print(environment())
    report = Report()
    if "fps" in parts:
        section_fps(report, seconds, ["paint"] if args.no_grab else ["paint", "grab"])
    if "rooms" in parts:
        section_rooms(report, seconds)
    if "surface" in parts:
        section_surface(report, repeats)
    if "startup" in parts:
        section_startup(report, cold_repeats)
    if "headless" in parts:
        section_headless(report, 5 if not args.quick else 3)
    if "optimizers" in parts:
        section_optimizers(report, seconds)

    total = report.passes + len(report.failures)
    print(f"\nSummary: {report.passes} of {total} targets pass"
          + (f"; FAIL: {', '.join(report.failures)}" if report.failures else "")
          + f"  ({time.perf_counter() - t0:.0f} s)")
    for error in report.errors:
        print(f"ERROR (not measured): {error}")
    if args.profile and report.failures:
        from profile_targets import profile_failures

        profile_failures(report.failures)
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
