"""Steps per second of gradient descent in the numpy core alone (no Qt): descend(), batch.

Run alone:  python benchmarks/bench_headless.py [--steps 50000] [--repeats 5]
"""

from __future__ import annotations

import argparse

import _harness  # noqa: F401  (repository on sys.path)
from _harness import line_data, median, time_call


def run_headless(steps: int = 50_000, repeats: int = 5, n: int = 1_000) -> float:
    """Median steps/s of one descend() call taking `steps` steps (n points; E costs O(1) per step)."""
    from gdstudio.core.descent import Problem, descend, evaluate
    from gdstudio.core.model import ErrorSurface

    surface = ErrorSurface.from_data(*line_data(n))
    problem = Problem(surface, 0.001 * surface.max_stable_lr())  # slow enough never to converge here
    start = evaluate(surface, [2.5, 0.3])

    def run() -> None:
        chunk = descend(problem, start, steps)
        if len(chunk) != steps:
            raise RuntimeError(f"descend stopped after {len(chunk)} of {steps} steps ({chunk.stop})")

    return steps / median(time_call(run, repeats))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    print(f"headless descend (batch): {run_headless(args.steps, args.repeats):,.0f} steps/s")


if __name__ == "__main__":
    main()
