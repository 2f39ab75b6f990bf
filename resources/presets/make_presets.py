"""Writes the preset CSV files beside this script (all but advertising.csv, which is typed by hand).

    python resources/presets/make_presets.py

Not shipped with the app: it documents where each preset comes from and regenerates
them bit for bit. The generated ones use only `random.Random(seed).random()`, whose
sequence Python promises never to change, and Box–Muller for normal noise, so the
output does not depend on the numpy or Python version. Anscombe's quartet is typed
from Anscombe (1973), "Graphs in Statistical Analysis", The American Statistician 27(1).
tests/core/test_presets.py checks that the shipped files equal this script's output.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


class _Noise:
    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def uniform(self, lo: float, hi: float) -> float:
        return lo + (hi - lo) * self._rng.random()

    def normal(self, sigma: float) -> float:
        u1, u2 = self._rng.random(), self._rng.random()
        return sigma * math.sqrt(-2.0 * math.log(1.0 - u1)) * math.cos(2.0 * math.pi * u2)


def _csv(header: str, rows, digits: tuple[int, int]) -> str:
    dx, dy = digits
    lines = [header] + [f"{x:.{dx}f},{y:.{dy}f}" for x, y in rows]
    return "\n".join(lines) + "\n"


def perfect_line() -> str:
    xs = [0.5 * k for k in range(7)]  # 0, 0.5, …, 3: every value exact in binary
    return _csv("data used (GB),monthly bill (¥1000)", [(x, 1.0 + 0.5 * x) for x in xs], (1, 2))


def noisy_line() -> str:
    rnd = _Noise(2)
    rows = []
    for _ in range(30):
        x = rnd.uniform(0.2, 2.9)
        rows.append((x, 0.9 + 1.1 * x + rnd.normal(0.3)))
    return _csv("hours of sunshine,ice creams sold (×100)", rows, (2, 2))


def outlier() -> str:
    rnd = _Noise(3)
    rows = [(x, 0.5 + 1.0 * x + rnd.normal(0.08)) for x in (0.25 * k for k in range(1, 13))]
    rows.insert(9, (2.6, 0.4))  # the outlier: far below the line, near the right end
    return _csv("practice time (hours),game score (×1000)", rows, (2, 2))


def same_x() -> str:
    rnd = _Noise(4)
    return _csv("dial setting,measured output", [(1.5, 2.0 + rnd.normal(0.45)) for _ in range(8)], (1, 2))


ANSCOMBE_X = (10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5)
ANSCOMBE = {
    1: (ANSCOMBE_X, (8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68)),
    2: (ANSCOMBE_X, (9.14, 8.14, 8.74, 8.77, 9.26, 8.10, 6.13, 3.10, 9.13, 7.26, 4.74)),
    3: (ANSCOMBE_X, (7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73)),
    4: ((8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8), (6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.50, 5.56, 7.91, 6.89)),
}


def anscombe(k: int) -> str:
    xs, ys = ANSCOMBE[k]
    return _csv("x,y", zip(xs, ys, strict=True), (0, 2))


def house_prices() -> str:
    rnd = _Noise(5)
    rows = []
    for _ in range(40):
        area = round(rnd.uniform(700, 3500) / 10) * 10
        rows.append((area, 40.0 + 0.12 * area + rnd.normal(25.0)))
    return _csv("floor area (sq ft),price ($1000)", rows, (0, 1))


def large() -> str:
    rnd = _Noise(6)
    rows = []
    for _ in range(100_000):
        x = rnd.uniform(0.0, 3.0)
        rows.append((x, 0.9 + 1.3 * x + rnd.normal(0.35)))
    return _csv("advertising spend (¥100k),clicks (×1000)", rows, (3, 3))


def build() -> dict[str, str]:
    """File name → CSV text of every generated preset."""
    files = {
        "perfect-line.csv": perfect_line(),
        "noisy-line.csv": noisy_line(),
        "outlier.csv": outlier(),
        "same-x.csv": same_x(),
        **{f"anscombe-{k}.csv": anscombe(k) for k in ANSCOMBE},
        "house-prices.csv": house_prices(),
        "large-100k.csv": large(),
    }
    return files


def main() -> None:
    for name, text in build().items():
        (HERE / name).write_bytes(text.encode("utf-8"))  # bytes: "\n" on every platform
        print(f"wrote {name} ({len(text.splitlines()) - 1} points)")


if __name__ == "__main__":
    main()
