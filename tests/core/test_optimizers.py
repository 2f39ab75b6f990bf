"""The optimizers follow torch.optim's documented update rules, are pure, and converge.

The reference values are computed here, independently of the module, from the rules as
the PyTorch documentation writes them.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from gdstudio.core.model import ErrorSurface, LossForm
from gdstudio.core.optimizers import (
    OPTIMIZERS,
    SGD,
    Adagrad,
    Adam,
    GradientDescent,
    Momentum,
    Nesterov,
    RMSprop,
)

# Four points; E = ½·mean((w0 + w1·x − y)²).
X = np.array([0.0, 1.0, 2.0, 3.0])
Y = np.array([1.0, 3.0, 2.0, 5.0])
SURFACE = ErrorSurface.from_data(X, Y, LossForm.MEAN)
W_START = np.array([0.3, -0.2])
LRS = (0.1, 0.05, 0.08)  # a different η on each step, as a schedule would give


def grad_at(w: np.ndarray) -> np.ndarray:
    """∇E written out: (mean(r), mean(r·x)) with residual r = w0 + w1·x − y."""
    r = w[0] + w[1] * X - Y
    return np.array([r.mean(), (r * X).mean()])


def test_reference_gradient_is_the_surface_gradient():
    np.testing.assert_allclose(grad_at(W_START), SURFACE.gradient(*W_START), rtol=1e-14)


# --- reference rules, three steps each, straight from the torch.optim docs ----------


def ref_sgd(mu=0.0, tau=0.0, nesterov=False, lam=0.0):
    w, b, out = W_START.copy(), np.zeros(2), []
    for t, lr in enumerate(LRS, start=1):
        g = grad_at(w) + lam * w
        if mu != 0:
            b = g if t == 1 else mu * b + (1 - tau) * g
            g = g + mu * b if nesterov else b
        w = w - lr * g
        out.append(w)
    return out


def ref_adagrad(lr_decay=0.0, lam=0.0, tau=0.0, eps=1e-10):
    w, state_sum, out = W_START.copy(), np.full(2, tau), []
    for t, lr in enumerate(LRS, start=1):
        g = grad_at(w) + lam * w
        lr_t = lr / (1 + (t - 1) * lr_decay)
        state_sum = state_sum + g**2
        w = w - lr_t * g / (np.sqrt(state_sum) + eps)
        out.append(w)
    return out


def ref_rmsprop(alpha=0.99, eps=1e-8, lam=0.0, mu=0.0, centered=False):
    w, v, b, g_ave, out = W_START.copy(), np.zeros(2), np.zeros(2), np.zeros(2), []
    for lr in LRS:
        g = grad_at(w) + lam * w
        v = alpha * v + (1 - alpha) * g**2
        v_tilde = v
        if centered:
            g_ave = g_ave * alpha + (1 - alpha) * g
            v_tilde = v_tilde - g_ave**2
        if mu > 0:
            b = mu * b + g / (np.sqrt(v_tilde) + eps)
            w = w - lr * b
        else:
            w = w - lr * g / (np.sqrt(v_tilde) + eps)
        out.append(w)
    return out


def ref_adam(beta1=0.9, beta2=0.999, eps=1e-8, lam=0.0, amsgrad=False):
    w, m, v, v_max, out = W_START.copy(), np.zeros(2), np.zeros(2), np.zeros(2), []
    for t, lr in enumerate(LRS, start=1):
        g = grad_at(w) + lam * w
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g**2
        m_hat = m / (1 - beta1**t)
        if amsgrad:
            v_max = np.maximum(v_max, v)
            v_hat = v_max / (1 - beta2**t)
        else:
            v_hat = v / (1 - beta2**t)
        w = w - lr * m_hat / (np.sqrt(v_hat) + eps)
        out.append(w)
    return out


CASES = {
    "gd": (GradientDescent(), lambda: ref_sgd()),
    "sgd-weight-decay": (SGD(weight_decay=0.1), lambda: ref_sgd(lam=0.1)),
    "momentum": (Momentum(), lambda: ref_sgd(mu=0.9)),
    "momentum-dampened": (Momentum(dampening=0.5, weight_decay=0.05), lambda: ref_sgd(mu=0.9, tau=0.5, lam=0.05)),
    "nesterov": (Nesterov(), lambda: ref_sgd(mu=0.9, nesterov=True)),
    "nesterov-0.5": (Nesterov(momentum=0.5, weight_decay=0.1), lambda: ref_sgd(mu=0.5, nesterov=True, lam=0.1)),
    "adagrad": (Adagrad(), lambda: ref_adagrad()),
    "adagrad-all": (
        Adagrad(lr_decay=0.1, weight_decay=0.1, initial_accumulator_value=0.5, eps=1e-3),
        lambda: ref_adagrad(lr_decay=0.1, lam=0.1, tau=0.5, eps=1e-3),
    ),
    "rmsprop": (RMSprop(), lambda: ref_rmsprop()),
    "rmsprop-centered": (RMSprop(alpha=0.9, eps=1e-3, centered=True), lambda: ref_rmsprop(0.9, 1e-3, centered=True)),
    "rmsprop-momentum": (RMSprop(momentum=0.8, weight_decay=0.1), lambda: ref_rmsprop(mu=0.8, lam=0.1)),
    "rmsprop-centered-momentum": (
        RMSprop(momentum=0.8, centered=True),
        lambda: ref_rmsprop(mu=0.8, centered=True),
    ),
    "adam": (Adam(), lambda: ref_adam()),
    "adam-all": (Adam(betas=(0.5, 0.6), eps=1e-3, weight_decay=0.1), lambda: ref_adam(0.5, 0.6, 1e-3, 0.1)),
    "adam-amsgrad": (Adam(betas=(0.5, 0.1), amsgrad=True), lambda: ref_adam(0.5, 0.1, amsgrad=True)),
}


def run(opt, steps_lrs, w=W_START, state=None, grad=grad_at):
    """w and state after each step, starting from (w, state)."""
    state = opt.init_state() if state is None else state
    ws, states = [], []
    for lr in steps_lrs:
        w, state = opt.step(w, grad(w), state, lr)
        ws.append(w)
        states.append(state)
    return ws, states


@pytest.mark.parametrize("case", CASES)
def test_first_three_steps_follow_the_documented_rule(case):
    opt, reference = CASES[case]
    ws, states = run(opt, LRS)
    np.testing.assert_allclose(ws, reference(), rtol=1e-13, atol=1e-15)
    assert [s.t for s in states] == [1, 2, 3]


def test_the_variant_cases_exercise_their_branches():
    # AMSGrad only differs once v has shrunk; make sure the 3-step case gets there.
    assert not np.allclose(ref_adam(0.5, 0.1, amsgrad=True), ref_adam(0.5, 0.1))
    assert not np.allclose(ref_rmsprop(0.9, 1e-3, centered=True), ref_rmsprop(0.9, 1e-3))
    assert not np.allclose(ref_sgd(mu=0.9, tau=0.5), ref_sgd(mu=0.9))


def test_first_steps_teach_what_the_docs_say():
    g, lr = grad_at(W_START), LRS[0]
    # Momentum: the buffer starts as g itself, so dampening does not shrink the first step.
    w1, _ = Momentum(dampening=0.5).step(W_START, g, Momentum().init_state(), lr)
    assert np.array_equal(w1, W_START - lr * g)
    # Nesterov's first step looks ahead by a whole μ·g.
    w1, _ = Nesterov().step(W_START, g, Nesterov().init_state(), lr)
    np.testing.assert_allclose(w1, W_START - lr * 1.9 * g, rtol=1e-15)
    # Adam and Adagrad (bias-corrected / fresh accumulator) first move η per coordinate.
    for opt in (Adam(), Adagrad()):
        w1, _ = opt.step(W_START, g, opt.init_state(), lr)
        np.testing.assert_allclose(w1, W_START - lr * np.sign(g), rtol=1e-7)


def test_defaults_are_pytorchs():
    defaults = {cls: {f.name: f.default for f in dataclasses.fields(cls)} for cls in (SGD, Adagrad, RMSprop, Adam)}
    assert defaults[SGD] == {"momentum": 0.0, "dampening": 0.0, "nesterov": False, "weight_decay": 0.0}
    assert defaults[Adagrad] == {"lr_decay": 0.0, "weight_decay": 0.0, "initial_accumulator_value": 0.0, "eps": 1e-10}
    assert defaults[RMSprop] == {"alpha": 0.99, "eps": 1e-8, "weight_decay": 0.0, "momentum": 0.0, "centered": False}
    assert defaults[Adam] == {"betas": (0.9, 0.999), "eps": 1e-8, "weight_decay": 0.0, "amsgrad": False}
    # The app's momentum entries use μ = 0.9 (torch's 0 would mean no momentum at all).
    assert (Momentum().momentum, Momentum().nesterov) == (0.9, False)
    assert (Nesterov().momentum, Nesterov().nesterov) == (0.9, True)


def test_registry():
    assert list(OPTIMIZERS) == ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
    for cls in OPTIMIZERS.values():
        assert isinstance(cls.name, str) and cls.name
        assert "w ←" in cls.formula
        assert cls.__doc__ and "w ←" in cls.__doc__
        assert cls().init_state().t == 0


def test_invalid_hyperparameters_are_rejected_like_torch():
    with pytest.raises(ValueError):
        Nesterov(momentum=0.0)
    with pytest.raises(ValueError):
        Nesterov(dampening=0.1)
    with pytest.raises(ValueError):
        Adam(betas=(0.9, 1.0))
    with pytest.raises(ValueError):
        RMSprop(alpha=-0.1)


def test_hyperparameters_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Momentum().momentum = 0.5  # type: ignore[misc]


def _state_arrays(state) -> dict[str, np.ndarray]:
    return {f.name: getattr(state, f.name) for f in dataclasses.fields(state) if f.name != "t"}


@pytest.mark.parametrize("case", CASES)
def test_step_never_mutates_its_inputs(case):
    opt = CASES[case][0]
    _, states = run(opt, LRS[:2])  # a state whose buffers are no longer zero
    state = states[-1]
    w, g = np.array([0.7, -0.4]), np.array([1.5, -2.5])
    before = (w.copy(), g.copy(), {k: a.copy() for k, a in _state_arrays(state).items()}, state.t)
    new_w, new_state = opt.step(w, g, state, 0.1)
    assert np.array_equal(w, before[0]) and np.array_equal(g, before[1]) and state.t == before[3]
    for k, a in _state_arrays(state).items():
        assert np.array_equal(a, before[2][k])
    assert new_w is not w and new_state is not state and new_state.t == state.t + 1
    # A state cannot be changed afterwards either: its arrays are read-only copies.
    for a in _state_arrays(new_state).values():
        assert not a.flags.writeable
        with pytest.raises(ValueError):
            a[0] = 1.0
    for k, a in _state_arrays(new_state).items():
        assert not np.shares_memory(a, new_w) and not np.shares_memory(a, g), k


# A well-conditioned problem (x centred on 0, Hessian eigenvalues 1 and 7/6).
WELL_X = np.array([-1.5, -1.0, -0.5, 0.5, 1.0, 1.5])
WELL = ErrorSurface.from_data(WELL_X, 2.0 + 0.5 * WELL_X + np.array([0.1, -0.1, -0.2, 0.05, 0.0, 0.1]), LossForm.MEAN)
CONVERGENCE = {
    "gd": [0.5] * 200,
    "momentum": [0.1] * 1000,
    "nesterov": [0.1] * 1000,
    "adagrad": [1.0] * 300,
    # RMSprop's step g/√v keeps a size ~η near the optimum, so a constant η ends in a
    # cycle of that size; a decaying η (a schedule) lets it settle.
    "rmsprop": [0.05 * 0.995**k for k in range(1000)],
    "adam": [0.05] * 1000,
}


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_converges_to_the_optimum(name):
    ws, _ = run(OPTIMIZERS[name](), CONVERGENCE[name], w=np.zeros(2), grad=lambda w: WELL.gradient(*w))
    np.testing.assert_allclose(ws[-1], WELL.optimum(), atol=1e-9)


@pytest.mark.parametrize("case", CASES)
def test_replaying_from_a_kept_state_is_bit_identical(case):
    opt = CASES[case][0]
    lrs = [0.05 + 0.01 * (k % 7) for k in range(40)]
    ws, states = run(opt, lrs)
    ws_again, states_again = run(opt, lrs)
    # Step back to step 10 and redo the rest from the kept state.
    ws_redo, states_redo = run(opt, lrs[10:], w=ws[9], state=states[9])
    for a, b, c in zip(ws, ws_again, [None] * 10 + ws_redo, strict=True):
        assert a.tobytes() == b.tobytes() and (c is None or a.tobytes() == c.tobytes())
    for s, s2, s3 in zip(states, states_again, [None] * 10 + states_redo, strict=True):
        for other in (s2, s3):
            if other is not None:
                assert other.t == s.t
                for k, a in _state_arrays(s).items():
                    assert a.tobytes() == getattr(other, k).tobytes()


# --- cross-check against real PyTorch, when it happens to be installed ---------------

TORCH_STATE_KEYS = {  # our state field → torch's per-parameter state key
    "momentum_buffer": "momentum_buffer",
    "state_sum": "sum",
    "square_avg": "square_avg",
    "grad_avg": "grad_avg",
    "exp_avg": "exp_avg",
    "exp_avg_sq": "exp_avg_sq",
    "max_exp_avg_sq": "max_exp_avg_sq",
}


def _torch_optimizer(torch, opt, param):
    kwargs = {f.name: getattr(opt, f.name) for f in dataclasses.fields(opt)}
    cls = {SGD: torch.optim.SGD, Adagrad: torch.optim.Adagrad, RMSprop: torch.optim.RMSprop, Adam: torch.optim.Adam}
    base = next(c for c in cls if isinstance(opt, c))
    return cls[base]([param], lr=0.1, **kwargs)


@pytest.mark.parametrize("case", CASES)
def test_matches_torch(case):
    torch = pytest.importorskip("torch")
    opt = CASES[case][0]
    param = torch.tensor(W_START, dtype=torch.float64, requires_grad=True)
    torch_opt = _torch_optimizer(torch, opt, param)
    w, state = W_START, opt.init_state()
    # 25 steps: long enough to use every buffer, short enough that rounding differences
    # (torch orders some operations differently) have not been amplified.
    for k in range(25):
        lr = 0.1 * (1.0 + 0.5 * np.sin(k))
        w, state = opt.step(w, grad_at(w), state, lr)
        torch_opt.param_groups[0]["lr"] = lr
        param.grad = torch.tensor(grad_at(param.detach().numpy()), dtype=torch.float64)
        torch_opt.step()
        np.testing.assert_allclose(w, param.detach().numpy(), rtol=1e-12, atol=1e-14)
        torch_state = torch_opt.state[param]
        assert int(torch_state.get("step", state.t)) == state.t
        for ours, theirs in TORCH_STATE_KEYS.items():
            if hasattr(state, ours) and torch_state.get(theirs) is not None:
                np.testing.assert_allclose(getattr(state, ours), torch_state[theirs].numpy(), rtol=1e-12, atol=1e-14)
