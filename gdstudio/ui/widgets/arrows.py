"""Arrows as line segments (one PlotCurveItem with connect="pairs" draws any number of them).

Arrow heads are shaped in screen pixels, so they look right whatever the axes' scales.
"""

from __future__ import annotations

import numpy as np

HEAD_ANGLE = np.deg2rad(25)


def arrow_segments(starts: np.ndarray, ends: np.ndarray, pixel_scale: tuple[float, float],
                   head_px: float = 9.0) -> tuple[np.ndarray, np.ndarray]:
    """Segment endpoints (x, y) for arrows from starts (k, 2) to ends (k, 2), in data units.
    Each arrow is three segments: the shaft and two head strokes."""
    sx, sy = pixel_scale
    starts, ends = np.atleast_2d(starts), np.atleast_2d(ends)
    d_px = (ends - starts) * (sx, sy)
    length = np.hypot(d_px[:, 0], d_px[:, 1])
    keep = length > 1e-9
    starts, ends, d_px, length = starts[keep], ends[keep], d_px[keep], length[keep]
    if not len(starts):
        return np.empty(0), np.empty(0)
    back = -d_px / length[:, None] * np.minimum(head_px, 0.6 * length)[:, None]
    c, s = np.cos(HEAD_ANGLE), np.sin(HEAD_ANGLE)
    left = np.column_stack([c * back[:, 0] - s * back[:, 1], s * back[:, 0] + c * back[:, 1]]) / (sx, sy)
    right = np.column_stack([c * back[:, 0] + s * back[:, 1], -s * back[:, 0] + c * back[:, 1]]) / (sx, sy)
    pts = np.stack([starts, ends, ends, ends + left, ends, ends + right], axis=1).reshape(-1, 2)
    return pts[:, 0], pts[:, 1]


def screen_normalised(vectors: np.ndarray, pixel_scale: tuple[float, float], length_px: float) -> np.ndarray:
    """Rescale data-space vectors so each is `length_px` long on screen (zero vectors stay zero)."""
    sx, sy = pixel_scale
    px = vectors * (sx, sy)
    norm = np.hypot(px[:, 0], px[:, 1])
    scale = np.divide(length_px, norm, out=np.zeros_like(norm), where=norm > 0)
    return px * scale[:, None] / (sx, sy)


def magnitude_scaled(vectors: np.ndarray, pixel_scale: tuple[float, float], longest_px: float,
                     shortest_px: float) -> tuple[np.ndarray, float]:
    """Rescale data-space vectors so their screen length is proportional to their length (the largest
    `longest_px` long), none shorter than `shortest_px` (so small ones stay visible; zero stays zero).
    Returns the vectors and the pixels per unit of length (for a scale)."""
    norm = np.hypot(vectors[:, 0], vectors[:, 1])
    largest = float(norm.max()) if len(norm) else 0.0
    if not largest > 0:
        return np.zeros_like(vectors), 0.0
    px_per_unit = longest_px / largest
    length_px = np.where(norm > 0, np.maximum(norm * px_per_unit, shortest_px), 0.0)
    return screen_normalised(vectors, pixel_scale, 1.0) * length_px[:, None], px_per_unit


def nice_scale(largest: float) -> float:
    """The largest 1, 2 or 5 × 10ᵏ not above `largest` (> 0): a round length for a scale arrow."""
    power = 10.0 ** np.floor(np.log10(largest))
    return float(max(m * power for m in (1.0, 2.0, 5.0) if m * power <= largest * (1 + 1e-12)))
