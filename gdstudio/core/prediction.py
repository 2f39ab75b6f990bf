"""Predict, then reveal: the class's guess, the truth, and how far apart they were.

A lesson's 'predict' beat asks the room a question about the surface (where will the next
step land? where is the minimum? which way does the gradient point?); the teacher clicks
the class's guess in parameter space; the reveal sets the truth. Qt-free, so it is tested
on numbers alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from gdstudio.core.lesson import Question


@dataclass(frozen=True)
class Prediction:
    question: Question
    origin: tuple[float, float]               # w when the question was asked (the arrow's foot)
    guess: tuple[float, float] | None = None  # the class's guess (a point; for GRADIENT, where the arrow points)
    truth: tuple[float, float] | None = None  # set by the reveal

    @classmethod
    def ask(cls, question: Question, w) -> Prediction:
        """The question asked at w (an array or a pair), no guess yet."""
        return cls(question, _pair(w))

    @property
    def revealed(self) -> bool:
        return self.truth is not None

    def with_guess(self, w) -> Prediction:
        return replace(self, guess=_pair(w))

    def with_truth(self, w) -> Prediction:
        return replace(self, truth=_pair(w))

    def miss(self) -> float | None:
        """How far the guess was: the distance between the points, or for GRADIENT the angle in degrees
        between the guessed direction and the gradient's. None before the reveal or without a guess."""
        if self.guess is None or self.truth is None:
            return None
        guess, truth, origin = np.array(self.guess), np.array(self.truth), np.array(self.origin)
        if self.question is not Question.GRADIENT:
            return float(np.hypot(*(guess - truth)))
        a, b = guess - origin, truth - origin
        norms = float(np.hypot(*a) * np.hypot(*b))
        if norms == 0 or not math.isfinite(norms):
            return None
        return math.degrees(math.acos(max(-1.0, min(1.0, float(a @ b) / norms))))


def _pair(w) -> tuple[float, float]:
    x, y = (float(v) for v in np.asarray(w, dtype=float).reshape(2))
    return x, y
