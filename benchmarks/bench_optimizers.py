"""Optimizer throughput (headless steps/s, batch) and a four-way race's frames per second.

    python benchmarks/bench_optimizers.py [--seconds 3]

Batch steps cost O(1) whatever N (E and ∇E come from six sufficient statistics), so N =
1,000 and 1,000,000 should give the same rate: the table shows both to prove it. Plain
gradient descent takes the float fast path; the others run their torch.optim rules.
"""

from __future__ import annotations

import argparse

import _harness  # noqa: F401  (offscreen platform + repository on sys.path, before Qt)
from _harness import line_data, median, time_call

SIZES = (1_000, 1_000_000)
RACE = ("gd", "momentum", "adam", "rmsprop")


def optimizer_rate(key: str, n: int, steps: int = 20_000, repeats: int = 3) -> float:
    """Median steps/s of descend() for one optimizer on n points."""
    from gdstudio.core.descent import Problem, descend, evaluate
    from gdstudio.core.model import ErrorSurface
    from gdstudio.core.optimizers import OPTIMIZERS

    surface = ErrorSurface.from_data(*line_data(n))
    lr = 0.001 * surface.max_stable_lr() if key in ("gd", "momentum", "nesterov") else 1e-4
    problem = Problem(surface, lr, optimizer=OPTIMIZERS[key]())
    start = evaluate(surface, [2.5, 0.3])

    def run() -> None:
        chunk = descend(problem, start, steps)
        if len(chunk) != steps:
            raise RuntimeError(f"{key} stopped after {len(chunk)} of {steps} steps ({chunk.stop})")

    return steps / median(time_call(run, repeats))


def race_fps(seconds: float = 3.0) -> tuple[float, float]:
    """(fps, steps/s per run) with four optimizers racing at MAX speed on 1,000 points."""
    from bench_fps import run_fps

    result = run_fps(1_000, seconds, "paint", tweak=lambda window: window.controller.set_optimizers(list(RACE)))
    return result.fps, result.steps_per_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    from gdstudio.core.optimizers import OPTIMIZERS

    print("headless optimizer throughput (descend, batch), steps/s, median of 3")
    print(f"  {'optimizer':10}" + "".join(f"{f'N={n:,}':>16}" for n in SIZES))
    for key in OPTIMIZERS:
        print(f"  {key:10}" + "".join(f"{optimizer_rate(key, n):>16,.0f}" for n in SIZES))
    fps, rate = race_fps(args.seconds)
    print(f"four-way race ({', '.join(RACE)}) at MAX speed, N=1,000: {fps:.1f} fps, {rate:,.0f} steps/s per run")


if __name__ == "__main__":
    main()
