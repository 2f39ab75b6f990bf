"""The attempt by hand as a value: samples, their E, dedupe, the cap, and refitting to other data."""

import numpy as np

from gdstudio.assets import default_dataset
from gdstudio.core.hand_trace import MAX_SAMPLES, HandTrace
from gdstudio.core.model import ErrorSurface
from gdstudio.core.standardize import Scaling, Standardize

DATA = default_dataset()
SURFACE = ErrorSurface.from_data(DATA.x, DATA.y)
IDENTITY = Scaling()


def traced(ws, max_samples: int = MAX_SAMPLES, surface=SURFACE, scaling=IDENTITY) -> HandTrace:
    trace = HandTrace()
    for w in ws:
        trace = trace.with_sample(w, surface, scaling, max_samples)
    return trace


def test_each_sample_keeps_its_w_and_its_e_on_the_surface():
    ws = np.array([(2.5, 0.3), (2.0, 0.3), (1.2, 1.1), (0.4, 2.0)])
    trace = traced(ws)
    np.testing.assert_array_equal(trace.w, ws)
    np.testing.assert_allclose(trace.loss, SURFACE.loss(ws[:, 0], ws[:, 1]), rtol=1e-12, atol=1e-12)
    assert trace.best == int(np.argmin(trace.loss)) == 2
    assert trace.best_loss == trace.loss[2]


def test_the_same_w_again_is_no_new_sample_but_a_return_to_it_is():
    first = traced([(1.0, 1.0)])
    assert first.with_sample((1.0, 1.0), SURFACE, Scaling()) is first
    trace = traced([(1.0, 1.0), (1.0, 1.0), (2.0, 1.0), (1.0, 1.0)])
    np.testing.assert_array_equal(trace.w, [(1.0, 1.0), (2.0, 1.0), (1.0, 1.0)])


def test_a_long_attempt_is_thinned_evenly_keeping_its_order_ends_and_best():
    t = np.linspace(0.0, 1.0, 250)
    ws = np.column_stack([2.5 - 2 * t, 0.3 + 1.5 * np.sin(9 * t)])
    best_of_all = int(np.argmin(SURFACE.loss(ws[:, 0], ws[:, 1])))
    trace = traced(ws, max_samples=40)
    assert 10 < len(trace) <= 40
    kept = [int(np.flatnonzero((ws == w).all(axis=1))[0]) for w in trace.w]
    assert kept == list(trace.number)
    assert kept == sorted(kept) and kept[0] == 0 and kept[-1] == len(ws) - 1  # a subsequence, in order
    assert best_of_all in kept
    even = [k for k in kept if k not in (best_of_all, len(ws) - 1)]
    assert len(set(np.diff(even))) == 1  # evenly: every stride-th sample
    assert trace.stride == np.diff(even)[0] > 1
    np.testing.assert_allclose(trace.loss, SURFACE.loss(trace.w[:, 0], trace.w[:, 1]), rtol=1e-12, atol=1e-12)


def test_refit_gives_the_same_w_their_e_on_new_data():
    trace = traced([(2.5, 0.3), (1.0, 1.2)])
    moved = DATA.with_point(3.0, 0.5)
    surface = ErrorSurface.from_data(moved.x, moved.y)
    refit = trace.refit(surface, Scaling())
    np.testing.assert_array_equal(refit.w, trace.w)
    np.testing.assert_allclose(refit.loss, surface.loss(trace.w[:, 0], trace.w[:, 1]), rtol=1e-12, atol=1e-12)
    assert not np.allclose(refit.loss, trace.loss)


def test_standardising_keeps_the_same_lines():
    trace = traced([(2.5, 0.3), (1.0, 1.2)])
    scaling = Scaling.of(DATA, Standardize.XY)
    model = scaling.apply(DATA)
    surface = ErrorSurface.from_data(model.x, model.y)
    refit = trace.refit(surface, scaling)
    np.testing.assert_allclose(scaling.to_original(refit.w), trace.w, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(refit.loss, surface.loss(refit.w[:, 0], refit.w[:, 1]), rtol=1e-12, atol=1e-12)
    # A sample in the new scaling carries the old ones over first.
    more = trace.with_sample((0.1, 0.9), surface, scaling)
    np.testing.assert_allclose(more.w[:2], refit.w, rtol=1e-12, atol=1e-12)
    assert more.scaling == scaling
