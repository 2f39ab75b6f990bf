"""Frames per second while playing at MAX speed, all three panels live, in the real MainWindow.

A frame is one emission of Controller.sig_history_changed (the controller emits at most one
per ~16 ms). Two ways of making sure each frame is really rendered:

* "paint": the window is shown on Qt's offscreen platform, which paints dirty widgets into
  its backing store exactly as on a desktop (minus the flush to the screen). Paint events of
  the surface panel's viewport are counted, to prove that frames are drawn, not only emitted.
* "grab": additionally, right after the panels have updated, the whole window is rendered
  into a pixmap (window.grab()). A conservative upper bound on the per-frame cost.

Run alone:  python benchmarks/bench_fps.py [N ...] [--mode paint|grab] [--seconds 3]
            [--size 1920x1080] [--theme projector] [--scale 150] [--dpr 2] [--race gd,momentum,adam] [--sweep]

--sweep: the grid search sweeps the whole time (its tab shown, its cells filling in over the surface).
Before the first N, one second is played untimed: the first play of a process pays Qt's and pyqtgraph's
first-time costs (glyph and pixmap caches), which made whichever N came first look 10–20 fps slower.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

import _harness  # noqa: F401  (offscreen platform + repository on sys.path, before Qt)
from _harness import WINDOW_SIZE, SlotErrors, live_window, median

# A small η (relative to the stability bound 2/λmax) so that the run neither converges nor
# diverges within the measurement: playing continues for the whole window of time.
LR_FRACTION = 0.001


@dataclass
class FpsResult:
    n: int
    mode: str
    seconds: float
    frames: int
    painted: int          # paint events of the surface panel's viewport
    frame_ms: float       # median time between consecutive frames
    update_ms: float      # median time the panels' slots took per frame
    render_ms: float      # median window.grab() time per frame ("grab" mode), else nan
    steps: int
    restarts: int
    slot_errors: list[str]

    @property
    def fps(self) -> float:
        return self.frames / self.seconds if self.seconds else 0.0

    @property
    def steps_per_s(self) -> float:
        return self.steps / self.seconds if self.seconds else 0.0


def _paint_counter():
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    return PaintCounter()


def run_fps(n: int, seconds: float = 3.0, mode: str = "paint", *, tweak: Callable[[object], None] | None = None,
            profiler: cProfile.Profile | None = None, size: tuple[int, int] = WINDOW_SIZE, look=None,
            race: tuple[str, ...] = (), sweep: bool = False) -> FpsResult:
    """Play at MAX speed for `seconds` with n points. `tweak(window)` may change the live window
    first (for what-if experiments); `profiler` is enabled only while playing."""
    from PySide6.QtCore import QEventLoop, QTimer

    from gdstudio.engine.controller import MAX_SPEED, RunState

    frame_ends: list[float] = []     # end of each frame (after the panels, and the grab)
    update_times: list[float] = []   # the panels' slots, per frame
    render_times: list[float] = []   # window.grab(), per frame
    steps = {"base": 0, "last": 0}
    t_emit = {"t": 0.0}

    def on_frame_begin() -> None:  # connected before the window is built: runs before the panels
        t_emit["t"] = time.perf_counter()

    with SlotErrors() as errors, live_window(n, before_window=lambda c: c.sig_history_changed.connect(
            on_frame_begin), size=size, look=look) as (app, controller, window):
        if race:
            controller.set_optimizers(list(race))
        controller.set_lr(LR_FRACTION * controller.surface.max_stable_lr())
        controller.set_speed(MAX_SPEED)
        if sweep:
            from gdstudio.core.lesson import Tab
            from gdstudio.ui.main_window import TABS

            window.tabs.setCurrentIndex(TABS.index(Tab.GRID))
            window.grid_sweep.set_sweep_seconds(10 * seconds)  # (still sweeping when the measurement ends)
            window.grid_sweep.start()
        if tweak is not None:
            tweak(window)

        # Count the paints of the surface panel's viewport (the brief's "real rendering" proof).
        counter = _paint_counter()
        window.surface_panel.viewport().installEventFilter(counter)

        def on_frame() -> None:  # connected after the window is built: runs after the panels
            t = time.perf_counter()
            if t_emit["t"]:
                update_times.append(t - t_emit["t"])
            if mode == "grab":
                window.grab()
                render_times.append(time.perf_counter() - t)
            frame_ends.append(time.perf_counter())
            taken = controller.history.steps_taken
            if taken < steps["last"]:
                steps["base"] += steps["last"]
            steps["last"] = taken

        restarts = {"n": 0}
        measuring = {"on": True}

        def on_state(state) -> None:
            # Safety net: should the run converge or diverge, start it again at once.
            if measuring["on"] and state is RunState.IDLE:
                restarts["n"] += 1
                QTimer.singleShot(0, lambda: (controller.reset(), controller.play()))

        controller.sig_history_changed.connect(on_frame)
        controller.sig_run_state_changed.connect(on_state)
        counter.count = 0

        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        if profiler is not None:
            profiler.enable()
        t0 = time.perf_counter()
        controller.play()
        loop.exec()
        elapsed = time.perf_counter() - t0
        if profiler is not None:
            profiler.disable()
        measuring["on"] = False
        controller.pause()
        controller.sig_history_changed.disconnect(on_frame)
        controller.sig_run_state_changed.disconnect(on_state)

        intervals = [b - a for a, b in zip(frame_ends, frame_ends[1:], strict=False)]
        return FpsResult(
            n=n, mode=mode, seconds=elapsed, frames=len(frame_ends), painted=counter.count,
            frame_ms=1000 * median(intervals), update_ms=1000 * median(update_times),
            render_ms=1000 * median(render_times) if render_times else float("nan"),
            steps=steps["base"] + steps["last"], restarts=restarts["n"], slot_errors=list(errors.messages),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="*", type=int, default=[100, 1_000, 10_000])
    parser.add_argument("--mode", choices=("paint", "grab"), default="paint")
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--size", default="1280x800", help="window size WxH (1920x1080: a 1080p full screen)")
    parser.add_argument("--theme", default="light", choices=("light", "dark", "projector"))
    parser.add_argument("--scale", type=float, default=100, help="the size setting in percent (150–200 on a projector)")
    parser.add_argument("--dpr", type=float, default=1.0, help="device pixel ratio (HiDPI: 2), as QT_SCALE_FACTOR")
    parser.add_argument("--race", default="", help="optimizers racing, e.g. gd,momentum,nesterov,adam")
    parser.add_argument("--sweep", action="store_true", help="the grid search sweeps while the run plays")
    parser.add_argument("--no-warmup", action="store_true", help="measure the first N without playing untimed first")
    args = parser.parse_args()
    if args.dpr != 1.0:
        os.environ["QT_SCALE_FACTOR"] = f"{args.dpr:g}"  # (before the application exists)
    from gdstudio.ui.style import Look

    look = Look.of(args.theme, args.scale / 100)
    size = tuple(int(v) for v in args.size.lower().split("x"))
    race = tuple(k for k in args.race.split(",") if k)
    print(f"{size[0]}x{size[1]} {args.theme} {args.scale:g} % dpr {args.dpr:g} {args.race}"
          + (" sweeping" if args.sweep else ""))
    if not args.no_warmup:
        run_fps(args.n[0], 1.0, args.mode, size=size, look=look, race=race, sweep=args.sweep)
    for n in args.n:
        r = run_fps(n, args.seconds, args.mode, size=size, look=look, race=race, sweep=args.sweep)
        print(f"N={n:>7,} {r.mode:5}  {r.fps:6.1f} fps  frame {r.frame_ms:6.1f} ms  update {r.update_ms:5.1f} ms  "
              f"grab {r.render_ms:5.1f} ms  painted {r.painted}/{r.frames}  {r.steps_per_s:,.0f} steps/s")


if __name__ == "__main__":
    main()
