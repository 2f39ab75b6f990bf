"""Cost of adding one point: the error surface and its contours are recomputed at once.

controller.add_point() is synchronous: it rebuilds the data set and the ErrorSurface, then
emits sig_data_changed, whose slots (data panel, surface panel → redraw_surface, readout)
all run before it returns. Timed four ways, each the median of `repeats` runs:

* add_point          the whole call, every slot included (what a click costs the GUI thread)
* + paint            add_point, then processEvents() until Qt has painted the result
* redraw_surface     SurfacePanel.redraw_surface() alone (grid, contours, setImage, setData)
* surface_image      gdstudio.core.contours.surface_image alone (pure numpy + contourpy)

Run alone:  python benchmarks/bench_surface.py [N ...] [--repeats 20]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

import _harness  # noqa: F401  (offscreen platform + repository on sys.path, before Qt)
import numpy as np
from _harness import live_window, median, time_call

# Seconds each timed quantity may take in all; slow cases stop early (reported repeat counts).
BUDGET_S = 4.0


@dataclass
class SurfaceResult:
    n: int
    add_point_ms: float
    add_point_paint_ms: float
    paint_repeats: int
    redraw_ms: float
    core_ms: float
    from_data_ms: float


def run_surface(n: int, repeats: int = 20) -> SurfaceResult:
    from gdstudio.core.contours import surface_image
    from gdstudio.core.model import ErrorSurface
    from gdstudio.ui.panels.surface_panel import GRID_SIZE

    rng = np.random.default_rng(1)
    with live_window(n) as (app, controller, window):
        panel = window.surface_panel

        def add() -> None:
            x = rng.uniform(0.0, 10.0)
            controller.add_point(x, 2.0 + 0.5 * x + rng.normal())

        def add_and_paint() -> None:
            add()
            app.processEvents()  # delivers the pending UpdateRequests: the panels paint now

        add_ms = 1000 * median(time_call(add, repeats, budget_s=BUDGET_S))
        app.processEvents()
        paint_times = time_call(add_and_paint, repeats, warmup=0, budget_s=BUDGET_S)
        paint_ms = 1000 * median(paint_times)
        redraw_ms = 1000 * median(time_call(panel.redraw_surface, repeats))

        (x0, x1), (y0, y1) = panel.view_box.viewRange()
        surface = controller.surface
        core_ms = 1000 * median(time_call(lambda: surface_image(surface, (x0, x1), (y0, y1), GRID_SIZE), repeats))
        data = controller.data
        from_data_ms = 1000 * median(time_call(lambda: ErrorSurface.from_data(data.x, data.y), repeats))
    return SurfaceResult(n, add_ms, paint_ms, len(paint_times), redraw_ms, core_ms, from_data_ms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="*", type=int, default=[1_000, 100_000])
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    for n in args.n:
        r = run_surface(n, args.repeats)
        print(f"N={n:>7,}  add_point {r.add_point_ms:7.2f} ms  "
              f"+ paint {r.add_point_paint_ms:7.2f} ms (×{r.paint_repeats})  "
              f"redraw_surface {r.redraw_ms:6.2f} ms  surface_image {r.core_ms:6.2f} ms  "
              f"ErrorSurface.from_data {r.from_data_ms:6.3f} ms")


if __name__ == "__main__":
    main()
