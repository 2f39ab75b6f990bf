"""Optimizers for the two parameters w = (w0, w1), with PyTorch's update rules.

Each rule follows the algorithm documented for `torch.optim` (SGD, Adagrad, RMSprop,
Adam): the same hyperparameters, the same defaults, the same place for ε and the same
first step. Notation: g is the gradient ∇E(w), η the learning rate, t the step number
(1 for the first step).

An optimizer is a frozen dataclass of hyperparameters. The learning rate is not one of
them: it is passed to every step, so a schedule (or the teacher's slider) can vary it.
Everything that changes lives in a frozen state object whose arrays are read-only
copies, and `step(w, grad, state, lr) -> (new_w, new_state)` never touches its inputs,
so a run's history can keep every state and step back, or redo a step, bit for bit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from types import SimpleNamespace
from typing import Any, ClassVar, Protocol

import numpy as np

# What a rule computes with: the same code updates both coordinates at once (arrays) or one at a time
# (floats, in descent's fast loop). Both give the same bits: IEEE +, −, ×, ÷ and √ are exact-rounded either way.
ARRAYS = SimpleNamespace(sqrt=np.sqrt, maximum=np.maximum)
FLOATS = SimpleNamespace(sqrt=math.sqrt, maximum=max)


def _frozen(a) -> np.ndarray:
    """A read-only float copy: nobody can change a state after it is made."""
    a = np.array(a, dtype=float)
    a.flags.writeable = False
    return a


def _require(ok: bool, message: str) -> None:
    # The same checks torch.optim makes in its constructors.
    if not ok:
        raise ValueError(message)


# --- states -----------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _State:
    """Step count t (steps taken so far) and the optimizer's buffers, all read-only copies."""

    t: int

    def __post_init__(self) -> None:
        for name in buffer_names(type(self)):
            object.__setattr__(self, name, _frozen(getattr(self, name)))


_BUFFER_NAMES: dict[type, tuple[str, ...]] = {}


def buffer_names(cls: type[_State]) -> tuple[str, ...]:
    """A state class's buffers, in order (dataclasses.fields, asked once per class: a state is made every step,
    and fields() was a tenth of a Momentum step)."""
    names = _BUFFER_NAMES.get(cls)
    if names is None:
        names = _BUFFER_NAMES[cls] = tuple(f.name for f in fields(cls)[1:])
    return names


@dataclass(frozen=True, eq=False)
class SGDState(_State):
    momentum_buffer: np.ndarray  # b (stays 0 without momentum)


@dataclass(frozen=True, eq=False)
class AdagradState(_State):
    state_sum: np.ndarray  # Σ g², starting at initial_accumulator_value


@dataclass(frozen=True, eq=False)
class RMSpropState(_State):
    square_avg: np.ndarray       # v, running mean of g²
    grad_avg: np.ndarray         # g_ave, running mean of g (used only when centered)
    momentum_buffer: np.ndarray  # b (used only with momentum > 0)


@dataclass(frozen=True, eq=False)
class AdamState(_State):
    exp_avg: np.ndarray         # m, first moment
    exp_avg_sq: np.ndarray      # v, second moment
    max_exp_avg_sq: np.ndarray  # max of all v so far (used only with amsgrad)


OptimizerState = SGDState | AdagradState | RMSpropState | AdamState

STATE_ROW = 7  # t and up to three 2-vectors: every state packs into one row of floats


def state_to_row(state: _State) -> np.ndarray:
    """The state as one row [t, a0, a1, b0, b1, c0, c1] (unused buffers 0), to keep every
    step's state in a run's history compactly."""
    row = np.zeros(STATE_ROW)
    row[0] = state.t
    for i, name in enumerate(buffer_names(type(state))):
        row[1 + 2 * i: 3 + 2 * i] = getattr(state, name)
    return row


def state_from_row(cls: type[_State], row: np.ndarray) -> _State:
    """The inverse of state_to_row, bit for bit."""
    buffers = [row[1 + 2 * i: 3 + 2 * i] for i in range(len(buffer_names(cls)))]
    return cls(int(row[0]), *buffers)

_ZERO = np.zeros(2)


class Optimizer(Protocol):
    """What the stepping code needs from any optimizer below."""

    name: ClassVar[str]
    formula: ClassVar[str]

    def init_state(self) -> OptimizerState: ...

    def step(self, w: np.ndarray, grad: np.ndarray, state, lr: float) -> tuple[np.ndarray, OptimizerState]: ...

    def rule(self, w, g, t: int, lr: float, buffers: tuple, ops: SimpleNamespace) -> tuple[Any, tuple]: ...


def _stepped(opt, cls: type[_State], w: np.ndarray, grad: np.ndarray, state: _State, lr: float):
    """`opt.rule` on both coordinates at once: the new w and the new state."""
    buffers = tuple(getattr(state, name) for name in buffer_names(cls))
    new_w, new_buffers = opt.rule(np.asarray(w, dtype=float), np.asarray(grad, dtype=float), state.t, lr,
                                  buffers, ARRAYS)
    return new_w, cls(state.t + 1, *new_buffers)


def _with_weight_decay(w, g, weight_decay: float):
    """g + λ·w (an L2 penalty ½λ|w|² added to E), as torch does when λ ≠ 0."""
    return g + weight_decay * w if weight_decay else g


# --- the SGD family ------------------------------------------------------------------


@dataclass(frozen=True)
class SGD:
    """torch.optim.SGD, with its defaults (momentum 0, so plain gradient descent).

        g ← g + λ·w                                  (if λ ≠ 0)
        b ← g on the first step, else μ·b + (1−τ)·g  (if μ ≠ 0)
        g ← g + μ·b if nesterov, else b              (if μ ≠ 0)
        w ← w − η·g

    Note b₁ = g, not (1−τ)·g: dampening τ only applies from the second step on.
    """

    name: ClassVar[str] = "SGD"
    formula: ClassVar[str] = "b ← μ·b + (1−τ)·g  (b₁ = g);  w ← w − η·b"

    momentum: float = 0.0
    dampening: float = 0.0
    nesterov: bool = False
    weight_decay: float = 0.0

    def __post_init__(self) -> None:
        _require(self.momentum >= 0 and self.weight_decay >= 0, "momentum and weight_decay must be ≥ 0")
        _require(not self.nesterov or (self.momentum > 0 and self.dampening == 0),
                 "Nesterov momentum requires a momentum and zero dampening")

    def init_state(self) -> SGDState:
        return SGDState(0, _ZERO)

    def step(self, w: np.ndarray, grad: np.ndarray, state: SGDState, lr: float) -> tuple[np.ndarray, SGDState]:
        return _stepped(self, SGDState, w, grad, state, lr)

    def rule(self, w, g, t: int, lr: float, buffers: tuple, ops: SimpleNamespace) -> tuple[Any, tuple]:
        """The update of w (both coordinates, or one) from g after t steps; buffers as SGDState's."""
        g = _with_weight_decay(w, g, self.weight_decay)
        (b,) = buffers
        if self.momentum:
            b = g if t == 0 else self.momentum * b + (1 - self.dampening) * g
            g = g + self.momentum * b if self.nesterov else b
        return w - lr * g, (b,)


@dataclass(frozen=True)
class GradientDescent(SGD):
    """Plain gradient descent, the lecture's rule: SGD with momentum 0.

        w ← w − η·g
    """

    name: ClassVar[str] = "Gradient descent"
    formula: ClassVar[str] = "w ← w − η·g"


@dataclass(frozen=True)
class Momentum(SGD):
    """Heavy-ball momentum: torch's SGD, but with momentum μ = 0.9 by default.

    (torch's default μ = 0 would make this plain gradient descent.) With dampening 0:
        v ← g on the first step, else μ·v + g
        w ← w − η·v
    """

    name: ClassVar[str] = "Momentum"
    formula: ClassVar[str] = "v ← μ·v + g  (v₁ = g);  w ← w − η·v"

    momentum: float = 0.9


@dataclass(frozen=True)
class Nesterov(SGD):
    """Nesterov momentum: torch's SGD with nesterov=True and momentum μ = 0.9 by default.

    (torch's default μ = 0 is rejected with nesterov=True: it would mean no momentum.)
    The step looks ahead along the new velocity:
        v ← g on the first step, else μ·v + g
        w ← w − η·(g + μ·v)
    """

    name: ClassVar[str] = "Nesterov"
    formula: ClassVar[str] = "v ← μ·v + g  (v₁ = g);  w ← w − η·(g + μ·v)"

    momentum: float = 0.9
    nesterov: bool = True


# --- adaptive methods ----------------------------------------------------------------


@dataclass(frozen=True)
class Adagrad:
    """torch.optim.Adagrad: each coordinate's step shrinks with its accumulated g².

        g ← g + λ·w                  (if λ ≠ 0)
        η̃ ← η / (1 + (t−1)·lr_decay)
        s ← s + g²                   (s₀ = initial_accumulator_value)
        w ← w − η̃·g / (√s + ε)
    """

    name: ClassVar[str] = "Adagrad"
    formula: ClassVar[str] = "s ← s + g²;  w ← w − η·g / (√s + ε)"

    lr_decay: float = 0.0
    weight_decay: float = 0.0
    initial_accumulator_value: float = 0.0
    eps: float = 1e-10

    def __post_init__(self) -> None:
        _require(min(self.lr_decay, self.weight_decay, self.initial_accumulator_value, self.eps) >= 0,
                 "Adagrad's hyperparameters must be ≥ 0")

    def init_state(self) -> AdagradState:
        return AdagradState(0, np.full(2, self.initial_accumulator_value))

    def step(
        self, w: np.ndarray, grad: np.ndarray, state: AdagradState, lr: float
    ) -> tuple[np.ndarray, AdagradState]:
        return _stepped(self, AdagradState, w, grad, state, lr)

    def rule(self, w, g, t: int, lr: float, buffers: tuple, ops: SimpleNamespace) -> tuple[Any, tuple]:
        """The update of w (both coordinates, or one) from g after t steps; buffers as AdagradState's."""
        g = _with_weight_decay(w, g, self.weight_decay)
        clr = lr / (1 + t * self.lr_decay)
        s = buffers[0] + g * g
        return w - clr * (g / (ops.sqrt(s) + self.eps)), (s,)


@dataclass(frozen=True)
class RMSprop:
    """torch.optim.RMSprop: divide g by the root of a running mean of g².

        g ← g + λ·w                     (if λ ≠ 0)
        v ← α·v + (1−α)·g²
        ṽ ← v, or v − g_ave² with g_ave ← α·g_ave + (1−α)·g  (if centered)
        b ← μ·b + g / (√ṽ + ε);  w ← w − η·b   (if μ > 0)
        w ← w − η·g / (√ṽ + ε)                 (otherwise)
    """

    name: ClassVar[str] = "RMSprop"
    formula: ClassVar[str] = "v ← α·v + (1−α)·g²;  w ← w − η·g / (√v + ε)"

    alpha: float = 0.99
    eps: float = 1e-8
    weight_decay: float = 0.0
    momentum: float = 0.0
    centered: bool = False

    def __post_init__(self) -> None:
        _require(min(self.alpha, self.eps, self.weight_decay, self.momentum) >= 0,
                 "RMSprop's hyperparameters must be ≥ 0")

    def init_state(self) -> RMSpropState:
        return RMSpropState(0, _ZERO, _ZERO, _ZERO)

    def step(
        self, w: np.ndarray, grad: np.ndarray, state: RMSpropState, lr: float
    ) -> tuple[np.ndarray, RMSpropState]:
        return _stepped(self, RMSpropState, w, grad, state, lr)

    def rule(self, w, g, t: int, lr: float, buffers: tuple, ops: SimpleNamespace) -> tuple[Any, tuple]:
        """The update of w (both coordinates, or one) from g after t steps; buffers as RMSpropState's."""
        g = _with_weight_decay(w, g, self.weight_decay)
        square_avg, g_ave, b = buffers
        a = self.alpha
        v = a * square_avg + (1 - a) * (g * g)
        v_tilde = v
        if self.centered:
            g_ave = a * g_ave + (1 - a) * g
            v_tilde = v - g_ave * g_ave
        # ε is added after the square root (TensorFlow adds it inside).
        scaled = g / (ops.sqrt(v_tilde) + self.eps)
        if self.momentum > 0:
            b = self.momentum * b + scaled
            scaled = b
        return w - lr * scaled, (v, g_ave, b)


@dataclass(frozen=True)
class Adam:
    """torch.optim.Adam: momentum on g, scaled by a running RMS of g, both bias-corrected.

        g ← g + λ·w                        (if λ ≠ 0; an L2 penalty, not AdamW)
        m ← β₁·m + (1−β₁)·g
        v ← β₂·v + (1−β₂)·g²
        m̂ ← m / (1−β₁ᵗ)
        v̂ ← v / (1−β₂ᵗ), or v_max / (1−β₂ᵗ) with v_max ← max(v_max, v) (if amsgrad)
        w ← w − η·m̂ / (√v̂ + ε)

    The bias correction undoes the zero start of m and v, so the first step is
    −η·g / (|g| + ε), about η per coordinate whatever the size of g.
    """

    name: ClassVar[str] = "Adam"
    formula: ClassVar[str] = (
        "m ← β₁·m + (1−β₁)·g;  v ← β₂·v + (1−β₂)·g²;  m̂ = m/(1−β₁ᵗ);  v̂ = v/(1−β₂ᵗ);  w ← w − η·m̂ / (√v̂ + ε)"
    )

    betas: tuple[float, float] = (0.9, 0.999)
    eps: float = 1e-8
    weight_decay: float = 0.0
    amsgrad: bool = False

    def __post_init__(self) -> None:
        _require(all(0 <= b < 1 for b in self.betas), "Adam's betas must be in [0, 1)")
        _require(self.eps >= 0 and self.weight_decay >= 0, "Adam's eps and weight_decay must be ≥ 0")

    def init_state(self) -> AdamState:
        return AdamState(0, _ZERO, _ZERO, _ZERO)

    def step(self, w: np.ndarray, grad: np.ndarray, state: AdamState, lr: float) -> tuple[np.ndarray, AdamState]:
        return _stepped(self, AdamState, w, grad, state, lr)

    def rule(self, w, g, t: int, lr: float, buffers: tuple, ops: SimpleNamespace) -> tuple[Any, tuple]:
        """The update of w (both coordinates, or one) from g after t steps; buffers as AdamState's."""
        g = _with_weight_decay(w, g, self.weight_decay)
        exp_avg, exp_avg_sq, v_max = buffers
        b1, b2 = self.betas
        t += 1
        m = b1 * exp_avg + (1 - b1) * g
        v = b2 * exp_avg_sq + (1 - b2) * (g * g)
        if self.amsgrad:
            v_max = ops.maximum(v_max, v)
        m_hat = m / (1 - b1**t)
        v_hat = (v_max if self.amsgrad else v) / (1 - b2**t)
        return w - lr * (m_hat / (ops.sqrt(v_hat) + self.eps)), (m, v, v_max)


# CLI / settings name → optimizer class; instantiate with no arguments for the defaults.
OPTIMIZERS: dict[str, type[Optimizer]] = {
    "gd": GradientDescent,
    "momentum": Momentum,
    "nesterov": Nesterov,
    "adagrad": Adagrad,
    "rmsprop": RMSprop,
    "adam": Adam,
}


def make_optimizer(key: str, **params) -> Optimizer:
    """An optimizer by CLI name with the given hyperparameters (PyTorch's defaults otherwise)."""
    if key not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer '{key}': choose one of {', '.join(OPTIMIZERS)}")
    return OPTIMIZERS[key](**params)
