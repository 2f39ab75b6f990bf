"""The record of one run: every state from step 0 (the start) to the newest."""

from __future__ import annotations

import numpy as np

from gdstudio.core.descent import Chunk, State


class RunHistory:
    """Growable arrays of w, E and ∇E, indexed by step. Amortised O(1) append."""

    def __init__(self, start: State) -> None:
        self._w = np.empty((1024, 2))
        self._loss = np.empty(1024)
        self._grad = np.empty((1024, 2))
        self._len = 0
        self._put(start.w[None, :], np.array([start.loss]), start.grad[None, :])

    def __len__(self) -> int:
        return self._len

    @property
    def steps_taken(self) -> int:
        return self._len - 1

    def _put(self, w: np.ndarray, loss: np.ndarray, grad: np.ndarray) -> None:
        need = self._len + len(loss)
        if need > len(self._loss):
            cap = max(need, 2 * len(self._loss))
            self._w = np.resize(self._w, (cap, 2))
            self._loss = np.resize(self._loss, cap)
            self._grad = np.resize(self._grad, (cap, 2))
        self._w[self._len:need] = w
        self._loss[self._len:need] = loss
        self._grad[self._len:need] = grad
        self._len = need

    def extend(self, chunk: Chunk) -> None:
        if chunk.first_step != self._len:
            raise ValueError(f"chunk starts at step {chunk.first_step}, history has {self._len} states")
        self._put(chunk.w, chunk.loss, chunk.grad)

    def replace_last(self, state: State) -> None:
        """Re-evaluate the newest state (same w) after the data changed."""
        self._loss[self._len - 1] = state.loss
        self._grad[self._len - 1] = state.grad

    @property
    def w(self) -> np.ndarray:
        return self._w[: self._len]

    @property
    def loss(self) -> np.ndarray:
        return self._loss[: self._len]

    @property
    def grad(self) -> np.ndarray:
        return self._grad[: self._len]

    def state(self, step: int = -1) -> State:
        i = range(self._len)[step]
        return State(i, self._w[i].copy(), float(self._loss[i]), self._grad[i].copy())
