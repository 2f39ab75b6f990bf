"""The record of one run: every state from step 0 (the start) to the newest, and every step
between them (the gradient it used, η, and its batch)."""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np

from gdstudio.core.descent import Chunk, State
from gdstudio.core.optimizers import STATE_ROW, state_from_row, state_to_row

MAX_STATES = 2_000_000  # the app stops a run there (≈ 250 MB of history); the buffers grow no further


class _Column:
    """A growable array whose appends never pause: once it is half full, a buffer twice its size is
    made and the contents move into it a little with each append (twice as much as is appended), so
    the move is done by the time the old buffer is full. (Doubling with one big copy froze the app
    for ~0.1 s at every doubling of a long run: 50 MB at 400k states.) The bigger buffer is at most
    `max_rows` long: past it, both buffers would live side by side for half the run, for nothing."""

    def __init__(self, shape_tail: tuple[int, ...] = (), dtype=float, max_rows: int | None = MAX_STATES) -> None:
        self._max_rows = max_rows
        self._a = np.empty((1024, *shape_tail), dtype=dtype)
        self._next: np.ndarray | None = None  # the bigger buffer being filled
        self._moved = 0                       # rows of it already copied
        self.len = 0

    def extend(self, values: np.ndarray) -> None:
        need = self.len + len(values)
        if need > len(self._a):  # more at once than the move allows for: finish it now
            self._switch(need)
        self._a[self.len:need] = values
        self.len = need
        if self._next is None and 2 * self.len >= len(self._a) and self._bigger() > len(self._a):
            self._next = np.empty((self._bigger(), *self._a.shape[1:]), dtype=self._a.dtype)
            self._moved = 0
        if self._next is not None:
            self._move(2 * len(values) + 64)

    def truncate(self, length: int) -> None:
        self.len = length
        self._moved = min(self._moved, length)  # the rows after it will be new

    def set_last(self, value) -> None:
        self._a[self.len - 1] = value
        self._moved = min(self._moved, self.len - 1)  # (copy it again)

    def _move(self, count: int) -> None:
        start = min(self._moved, self.len)  # rows beyond len may be stale (after a truncate)
        end = min(self.len, start + count)
        assert self._next is not None  # (a move is under way)
        self._next[start:end] = self._a[start:end]
        self._moved = end

    def _bigger(self) -> int:
        double = 2 * len(self._a)
        return double if self._max_rows is None else min(double, max(self._max_rows, len(self._a)))

    def _switch(self, need: int) -> None:
        if self._next is None or len(self._next) < need:
            self._next = np.empty((max(need, self._bigger()), *self._a.shape[1:]), dtype=self._a.dtype)
            self._moved = 0
        self._move(self.len)
        self._a, self._next = self._next, None

    @property
    def view(self) -> np.ndarray:
        return self._a[: self.len]


@dataclass(frozen=True)
class StepRecord:
    """Step s: from state s − 1 to state s, as the update-formula panel shows it."""

    step: int
    w_before: np.ndarray
    w_after: np.ndarray
    loss_before: float
    loss_after: float
    grad_used: np.ndarray   # the batch's gradient (= ∇E(w_before) under batch sampling)
    lr: float
    batch: np.ndarray | None  # indices of the points used; None = all points


_REVISIONS = itertools.count()


class RunHistory:
    """States indexed by step (0 = start). Per state: w, E(w), ∇E(w) and the optimizer's state
    (packed, see optimizers.state_to_row). Per step s ≥ 1: the gradient used, η and the batch;
    these rows are NaN / empty for state 0.

    `view(n)` is a read-only look at the first n states (for scrubbing back in time);
    `truncate(n)` discards the states after them (to continue from there).

    `revision` is new (unique across histories) whenever a recorded state changes or is
    discarded; between such edits states are only appended, so what was computed from a
    prefix of the history stays valid while `revision` does.
    """

    def __init__(self, start: State) -> None:
        self.revision = next(_REVISIONS)
        self._w = _Column((2,))
        self._loss = _Column()
        self._grad = _Column((2,))
        self._step_grad = _Column((2,))
        self._lr = _Column()
        self._opt = _Column((STATE_ROW,))
        self._batch_flat = _Column(dtype=np.int64, max_rows=None)  # (batch sizes × steps: no cap)
        self._batch_end = _Column(dtype=np.int64)  # end offset of each state's batch in _batch_flat
        self._opt_class: Any = None if start.opt_state is None else type(start.opt_state)
        self._limit: int | None = None  # set on views only
        self._full_steps = (-1, np.zeros(1, dtype=np.int64))  # (revision, steps that used every point, to each state)
        start_row = np.full(STATE_ROW, np.nan) if start.opt_state is None else state_to_row(start.opt_state)
        self._append(start.w[None, :], [start.loss], start.grad[None, :], np.full((1, 2), np.nan), [np.nan],
                     start_row[None, :], [0])

    def _append(self, w, loss, grad, step_grad, lr, opt_rows, batch_end) -> None:
        self._w.extend(w)
        self._loss.extend(np.asarray(loss, dtype=float))
        self._grad.extend(grad)
        self._step_grad.extend(step_grad)
        self._lr.extend(np.asarray(lr, dtype=float))
        self._opt.extend(opt_rows)
        self._batch_end.extend(np.asarray(batch_end, dtype=np.int64))

    def __len__(self) -> int:
        return self._loss.len if self._limit is None else min(self._limit, self._loss.len)

    @property
    def steps_taken(self) -> int:
        return len(self) - 1

    def extend(self, chunk: Chunk) -> None:
        if self._limit is not None:
            raise ValueError("a history view is read-only")
        if chunk.first_step != len(self):
            raise ValueError(f"chunk starts at step {chunk.first_step}, history has {len(self)} states")
        if len(chunk) and chunk.opt_state is not None:
            self._opt_class = type(chunk.opt_state)
        base = self._batch_flat.len
        self._batch_flat.extend(chunk.batch_flat)
        self._append(chunk.w, chunk.loss, chunk.grad, chunk.step_grad, chunk.lr, chunk.opt_rows,
                     base + chunk.batch_offsets[1:])

    def replace_last(self, state: State) -> None:
        """Re-evaluate the newest state (same w) after the data changed."""
        self.revision = next(_REVISIONS)
        self._loss.set_last(state.loss)
        self._grad.set_last(state.grad)

    def truncate(self, length: int) -> None:
        """Keep states 0 … length − 1 and forget the rest (continuing from an earlier step)."""
        length = max(1, min(length, len(self)))
        self.revision = next(_REVISIONS)
        for column in (self._w, self._loss, self._grad, self._step_grad, self._lr, self._opt, self._batch_end):
            column.truncate(length)
        self._batch_flat.truncate(int(self._batch_end.view[-1]))

    def view(self, length: int) -> RunHistory:
        """The first `length` states, read-only, sharing this history's storage."""
        shown = copy.copy(self)
        shown._limit = max(1, length)
        return shown

    def copy(self) -> RunHistory:
        """An independent copy (a lesson's back key restores runs from these)."""
        dup = copy.deepcopy(self)
        dup.revision = next(_REVISIONS)
        return dup

    @property
    def opt_state(self):
        """The optimizer's state at the newest shown w (None: not started, use init_state)."""
        return self._opt_state_at(len(self) - 1)

    def _opt_state_at(self, i: int):
        row = self._opt.view[i]
        return None if self._opt_class is None or np.isnan(row[0]) else state_from_row(self._opt_class, row)

    @property
    def w(self) -> np.ndarray:
        return self._w.view[: len(self)]

    @property
    def loss(self) -> np.ndarray:
        return self._loss.view[: len(self)]

    @property
    def grad(self) -> np.ndarray:
        return self._grad.view[: len(self)]

    @property
    def step_grad(self) -> np.ndarray:
        return self._step_grad.view[: len(self)]

    @property
    def lr(self) -> np.ndarray:
        return self._lr.view[: len(self)]

    def batch(self, step: int) -> np.ndarray | None:
        """Indices used by step `step` (≥ 1); None when it used every point (or for the start)."""
        step = range(len(self))[step]
        end = self._batch_end.view
        lo = end[step - 1] if step > 0 else 0
        return None if step == 0 or end[step] == lo else self._batch_flat.view[lo:end[step]].copy()

    def points_used(self, steps, n: int) -> np.ndarray:
        """The data points used in all by states `steps` (an array of state indices): each step's batch,
        or all `n` points for a step that used every point. Cheap while a run grows: the count of
        all-point steps is extended, not recomputed, until the history is edited."""
        end = self._batch_end.view
        revision, counted = self._full_steps
        if revision != self.revision or len(counted) > len(end):
            counted = np.zeros(1, dtype=np.int64)
        if len(counted) < len(end):
            tail = end[len(counted) - 1:]
            counted = np.concatenate([counted, counted[-1] + np.cumsum(tail[1:] == tail[:-1])])
        self._full_steps = (self.revision, counted)
        steps = np.asarray(steps, dtype=np.int64)
        return end[steps] + n * counted[steps]

    def state(self, step: int = -1) -> State:
        i = range(len(self))[step]
        return State(i, self._w.view[i].copy(), float(self._loss.view[i]), self._grad.view[i].copy(),
                     self._opt_state_at(i))

    def step_record(self, step: int = -1) -> StepRecord | None:
        """What step `step` did; None for the start (no step yet)."""
        s = range(len(self))[step]
        if s == 0:
            return None
        return StepRecord(s, self.w[s - 1].copy(), self.w[s].copy(), float(self.loss[s - 1]), float(self.loss[s]),
                          self.step_grad[s].copy(), float(self.lr[s]), self.batch(s))
