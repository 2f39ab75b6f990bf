"""Which points each step uses: all of them (batch), a mini-batch of K, or one (SGD).

Mini-batches are drawn without replacement within an epoch: each epoch shuffles the
points once (with a generator seeded by (seed, epoch)) and walks through that order K at
a time; the last batch of an epoch is smaller when K does not divide N. The batch of
step s is a pure function of (seed, N, K, s), so a run is reproducible from its seed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import Enum

import numpy as np

SAMPLING_RACE = "race"  # not a mode: the choice (in the chooser, a lesson's 'set' beat) to race all three


class Sampling(str, Enum):
    BATCH = "batch"          # every point, every step: the lecture's steepest descent
    MINIBATCH = "minibatch"  # K random points per step
    SGD = "sgd"              # one random point per step: stochastic gradient descent


@dataclass(frozen=True)
class Sampler:
    mode: Sampling = Sampling.BATCH
    batch_size: int = 10   # K, used by MINIBATCH
    seed: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "mode", Sampling(self.mode))
        if self.batch_size < 1:
            raise ValueError("the mini-batch size must be at least 1")

    def size(self, n: int) -> int:
        """Points per step for N = n points (K is capped at N)."""
        if self.mode is Sampling.BATCH:
            return n
        return 1 if self.mode is Sampling.SGD else min(self.batch_size, n)

    @property
    def uses_all_points(self) -> bool:
        return self.mode is Sampling.BATCH

    def epoch_order(self, n: int, epoch: int) -> np.ndarray:
        """The epoch's shuffled order of the n points (read-only: it is shared)."""
        return _epoch_order(self.seed, n, epoch)

    def batch(self, step: int, n: int, order: np.ndarray | None = None) -> np.ndarray:
        """Indices of the points used by the step *from* state `step` (0-based).
        Pass `order` (this step's epoch order) to avoid reshuffling on every call."""
        if self.mode is Sampling.BATCH or n == 0:
            return np.arange(n)
        k = self.size(n)
        per_epoch = -(-n // k)
        epoch, slot = divmod(step, per_epoch)
        if order is None:
            order = self.epoch_order(n, epoch)
        return order[slot * k:(slot + 1) * k]

    def points_used(self, steps, n: int) -> np.ndarray:
        """How many data points the first `steps` steps used in all (an array of step counts):
        the fair x axis to compare batch, mini-batch and SGD on (each epoch uses every point once)."""
        steps = np.asarray(steps, dtype=np.int64)
        if n == 0:
            return np.zeros(steps.shape, dtype=np.int64)
        k = self.size(n)
        epoch, slot = np.divmod(steps, -(-n // k))
        return epoch * n + np.minimum(slot * k, n)

    def epoch_of(self, step: int, n: int) -> int:
        return step // self.steps_per_epoch(n) if n else 0

    def steps_per_epoch(self, n: int) -> int:
        return -(-n // self.size(n)) if n else 1

    def steps_within(self, points: int, n: int) -> int:
        """The most steps that use at most `points` data points in all (the inverse of points_used):
        how far this sampling gets on a budget of points, as a sampling race schedules it."""
        if n == 0:
            return 0
        epoch, rest = divmod(int(points), n)
        return epoch * self.steps_per_epoch(n) + rest // self.size(n)


@functools.lru_cache(maxsize=8)
def _epoch_order(seed: int, n: int, epoch: int) -> np.ndarray:
    """Kept for the next request: each chunk of steps would shuffle again, and shuffling 100,000 points
    takes ~3 ms, a frame's whole budget (a race of samplings shuffles for two runs)."""
    order = np.random.default_rng([seed, epoch]).permutation(n)
    order.flags.writeable = False
    return order


def race_samplers(batch_size: int, seed: int = 0) -> tuple[Sampler, Sampler, Sampler]:
    """Slide 30's three ways to race: every point, K random points, one random point a step.
    One seed for all: mini-batch and SGD then walk the same shuffled order of the points."""
    return (Sampler(Sampling.BATCH, batch_size, seed), Sampler(Sampling.MINIBATCH, batch_size, seed),
            Sampler(Sampling.SGD, batch_size, seed))
