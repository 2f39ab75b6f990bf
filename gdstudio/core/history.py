"""The record of one run: every state from step 0 (the start) to the newest, and every step
between them (the gradient it used, η, and its batch)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdstudio.core.descent import Chunk, State


class _Column:
    """A growable array with amortised O(1) appends."""

    def __init__(self, shape_tail: tuple[int, ...] = (), dtype=float) -> None:
        self._a = np.empty((1024, *shape_tail), dtype=dtype)
        self.len = 0

    def extend(self, values: np.ndarray) -> None:
        need = self.len + len(values)
        if need > len(self._a):
            grown = np.empty((max(need, 2 * len(self._a)), *self._a.shape[1:]), dtype=self._a.dtype)
            grown[: self.len] = self._a[: self.len]
            self._a = grown
        self._a[self.len:need] = values
        self.len = need

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


class RunHistory:
    """States indexed by step (0 = start). Per state: w, E(w), ∇E(w). Per step s ≥ 1: the
    gradient used, η and the batch; these rows are NaN / empty for state 0."""

    def __init__(self, start: State) -> None:
        self._w = _Column((2,))
        self._loss = _Column()
        self._grad = _Column((2,))
        self._step_grad = _Column((2,))
        self._lr = _Column()
        self._batch_flat = _Column(dtype=np.int64)
        self._batch_end = _Column(dtype=np.int64)  # end offset of each state's batch in _batch_flat
        self.opt_state = start.opt_state  # the optimizer's state at the newest w
        self._append(start.w[None, :], [start.loss], start.grad[None, :], np.full((1, 2), np.nan), [np.nan], [0])

    def _append(self, w, loss, grad, step_grad, lr, batch_end) -> None:
        self._w.extend(w)
        self._loss.extend(np.asarray(loss, dtype=float))
        self._grad.extend(grad)
        self._step_grad.extend(step_grad)
        self._lr.extend(np.asarray(lr, dtype=float))
        self._batch_end.extend(np.asarray(batch_end, dtype=np.int64))

    def __len__(self) -> int:
        return self._loss.len

    @property
    def steps_taken(self) -> int:
        return len(self) - 1

    def extend(self, chunk: Chunk) -> None:
        if chunk.first_step != len(self):
            raise ValueError(f"chunk starts at step {chunk.first_step}, history has {len(self)} states")
        base = self._batch_flat.len
        self._batch_flat.extend(chunk.batch_flat)
        self._append(chunk.w, chunk.loss, chunk.grad, chunk.step_grad, chunk.lr, base + chunk.batch_offsets[1:])
        self.opt_state = chunk.opt_state

    def replace_last(self, state: State) -> None:
        """Re-evaluate the newest state (same w) after the data changed."""
        self._loss.view[-1] = state.loss
        self._grad.view[-1] = state.grad

    @property
    def w(self) -> np.ndarray:
        return self._w.view

    @property
    def loss(self) -> np.ndarray:
        return self._loss.view

    @property
    def grad(self) -> np.ndarray:
        return self._grad.view

    @property
    def step_grad(self) -> np.ndarray:
        return self._step_grad.view

    @property
    def lr(self) -> np.ndarray:
        return self._lr.view

    def batch(self, step: int) -> np.ndarray | None:
        """Indices used by step `step` (≥ 1); None when it used every point (or for the start)."""
        step = range(len(self))[step]
        end = self._batch_end.view
        lo = end[step - 1] if step > 0 else 0
        return None if step == 0 or end[step] == lo else self._batch_flat.view[lo:end[step]].copy()

    def state(self, step: int = -1) -> State:
        i = range(len(self))[step]
        opt = self.opt_state if i == len(self) - 1 else None
        return State(i, self._w.view[i].copy(), float(self._loss.view[i]), self._grad.view[i].copy(), opt)

    def step_record(self, step: int = -1) -> StepRecord | None:
        """What step `step` did; None for the start (no step yet)."""
        s = range(len(self))[step]
        if s == 0:
            return None
        return StepRecord(s, self.w[s - 1].copy(), self.w[s].copy(), float(self.loss[s - 1]), float(self.loss[s]),
                          self.step_grad[s].copy(), float(self.lr[s]), self.batch(s))
