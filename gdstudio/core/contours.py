"""What the error-surface panel draws, computed without Qt: colour image and contour lines.

E spans many orders of magnitude between the valley floor and the corners of the view,
so both are made on a log scale of the *excess* error E − E_min (E_min, the least-squares
error, may be 0 for a perfect fit). contourpy traces all levels in a few milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass

import contourpy
import numpy as np

from gdstudio.core.model import ErrorSurface

CONTOUR_LEVELS = 12


@dataclass(frozen=True)
class SurfaceImage:
    w0: np.ndarray          # grid values along w0 (size,)
    w1: np.ndarray          # grid values along w1 (size,)
    log_excess: np.ndarray  # log10(E − E_min + floor), indexed [i_w0, j_w1]
    levels: np.ndarray      # E values of the contour lines
    lines: tuple[np.ndarray, np.ndarray]  # contour x, y; lines separated by NaN


def surface_image(surface: ErrorSurface, w0_range, w1_range, size: int = 200,
                  levels: int = CONTOUR_LEVELS) -> SurfaceImage:
    w0, w1, e = surface.grid(w0_range, w1_range, size)
    e_min = float(surface.loss(*surface.optimum()))
    excess = np.maximum(e - e_min, 0.0)
    top = float(excess.max())
    # The floor keeps log() finite at the optimum and sets the image's darkest value.
    floor = max(top * 1e-4, np.finfo(float).tiny)
    log_excess = np.log10(excess + floor)
    level_values = contour_levels(excess, floor, levels) + e_min
    return SurfaceImage(w0, w1, log_excess, level_values, contour_lines(w0, w1, e, level_values))


def contour_levels(excess: np.ndarray, floor: float, count: int) -> np.ndarray:
    """Excess-error levels evenly spaced in log between the view's lowest and highest."""
    lo = max(float(excess.min()), floor * 10)
    hi = float(excess.max())
    if not hi > lo:
        return np.empty(0)
    return np.geomspace(lo, hi, count + 2)[1:-1]


def contour_lines(w0: np.ndarray, w1: np.ndarray, e: np.ndarray, levels: np.ndarray):
    """All contour lines of e[i_w0, j_w1] as one NaN-separated polyline (one draw call)."""
    if not len(levels):
        return np.empty(0), np.empty(0)
    gen = contourpy.contour_generator(w0, w1, e.T, line_type="ChunkCombinedNan")
    parts = [pts for level in levels for pts in gen.lines(level)[0] if pts is not None and len(pts)]
    if not parts:
        return np.empty(0), np.empty(0)
    nan = np.full((1, 2), np.nan)
    joined = np.concatenate([p for part in parts for p in (part, nan)])
    return joined[:, 0], joined[:, 1]


def default_view(surface: ErrorSurface, start: np.ndarray) -> tuple[tuple[float, float], tuple[float, float]]:
    """A (w0, w1) window that shows the start, the optimum and the valley around them."""
    opt = surface.optimum()
    lo, hi = np.minimum(opt, start), np.maximum(opt, start)
    span = float(np.max(hi - lo))
    pad = 0.35 * span + 0.1 * float(np.max(np.abs(np.concatenate([opt, start]))))
    if not pad > 0:
        pad = 1.0
    return (lo[0] - pad, hi[0] + pad), (lo[1] - pad, hi[1] + pad)
