"""Grid search (lecture slides 14–16), checked against E summed point by point."""

import math

import numpy as np
import pytest

from gdstudio.core.grid_search import (
    FINISH_CHUNK,
    GridSearch,
    GridSpec,
    grid_search,
    optimum_gap,
    sweep_cost,
)
from gdstudio.core.model import ErrorSurface, LossForm, direct_loss

X = np.array([0.3, 1.0, 1.1, 1.2, 1.2, 1.7, 2.1, 2.5, 2.6, 2.7, 2.8, 2.9])
Y = np.array([1.36, 1.97, 2.43, 2.82, 2.11, 3.12, 3.17, 3.95, 3.9, 4.6, 4.38, 5.05])


def direct_grid(spec: GridSpec, x, y, form=LossForm.SUM) -> np.ndarray:
    """E[i_w0, j_w1] on the spec's points, one direct_loss call per cell."""
    out = np.empty(spec.shape)
    for i, w0 in enumerate(spec.w0_values()):
        for j, w1 in enumerate(spec.w1_values()):
            out[i, j] = direct_loss(np.array([w0, w1]), x, y, form)
    return out


def test_default_spec_is_the_slide():
    spec = GridSpec()
    assert spec.w0_range == spec.w1_range == (0.0, 3.0)
    assert spec.shape == (100, 100) and spec.points == 10_000
    np.testing.assert_allclose(spec.cell_size, (0.03, 0.03))
    w0 = spec.w0_values()
    assert len(w0) == 100  # 100 divisions = 100 cells, each evaluated at its centre
    np.testing.assert_allclose(w0[[0, 1, -1]], [0.015, 0.045, 2.985])


@pytest.mark.parametrize("kwargs, words", [
    ({"w0_range": (3, 0)}, "w0 range is empty"),
    ({"w1_range": (1, 1)}, "w1 range is empty"),
    ({"w0_range": (0, math.inf)}, "finite"),
    ({"w1_range": (math.nan, 1)}, "finite"),
    ({"w0_divisions": 0}, "w0 divisions"),
    ({"w1_divisions": 2.5}, "whole number"),
    ({"w1_divisions": 10**6}, "1,000"),
    ({"w0_range": (-1e300, 1e300)}, "too wide"),
])
def test_bad_spec_says_why(kwargs, words):
    with pytest.raises(ValueError, match=words):
        GridSpec(**kwargs)


@pytest.mark.parametrize("form", list(LossForm))
def test_best_cell_is_argmin_of_direct_evaluation(form):
    spec = GridSpec((-1.0, 3.0), (0.0, 2.5), 37, 23)  # uneven, so w0/w1 cannot be swapped unnoticed
    surface = ErrorSurface.from_data(X, Y, form)
    search = grid_search(surface, spec)
    direct = direct_grid(spec, X, Y, form)
    np.testing.assert_allclose(search.values, direct, rtol=1e-10, atol=1e-12)
    i, j = np.unravel_index(np.argmin(direct), direct.shape)
    assert search.best_index == (i, j)
    np.testing.assert_allclose(search.best_w, [spec.w0_values()[i], spec.w1_values()[j]])
    assert search.best_loss == pytest.approx(direct[i, j], rel=1e-10)


def test_sweep_goes_row_by_row_with_nan_for_the_rest():
    spec = GridSpec(w0_divisions=5, w1_divisions=4)
    search = GridSearch(ErrorSurface.from_data(X, Y), spec)
    assert search.done == 0 and not search.is_done
    assert search.best_index is None and search.best_w is None and math.isnan(search.best_loss)
    assert search.gap() is None and search.last_cell is None
    assert np.isnan(search.values).all() and search.values.shape == (5, 4)
    assert search.advance(7) == 7
    evaluated = ~np.isnan(search.values)
    assert evaluated[:, 0].all()                              # the first row (w1 lowest) complete
    assert evaluated[:2, 1].all() and not evaluated[2:, 1].any()  # then two cells of the second row
    assert not evaluated[:, 2:].any()
    assert search.last_cell == (1, 1) and search.rows_done == 1
    assert search.done == 7 and search.remaining == 13


def test_incremental_then_finish_equals_one_shot():
    surface = ErrorSurface.from_data(X, Y)
    spec = GridSpec()
    one_shot = grid_search(surface, spec)
    search = GridSearch(surface, spec)
    for count in (1, 99, 100, 250, 3, 0, -5):  # odd sizes cross row boundaries; 0 and −5 do nothing
        search.advance(count)
    assert search.done == 453
    assert search.finish() == 10_000 - 453
    assert search.is_done and search.done == 10_000 and search.fraction == 1.0
    np.testing.assert_array_equal(search.values, one_shot.values)
    assert search.best_index == one_shot.best_index and search.best_loss == one_shot.best_loss
    assert search.advance(100) == 0 and search.finish() == 0  # nothing is left


def test_best_so_far_is_argmin_of_the_evaluated_cells():
    surface = ErrorSurface.from_data(X, Y)
    search = GridSearch(surface, GridSpec(w0_divisions=30, w1_divisions=30))
    while not search.is_done:
        search.advance(47)
        values = search.values.T.reshape(-1)[:search.done]  # in sweep order
        k = int(np.argmin(values))
        assert search.spec.cell_of(k) == search.best_index


def test_ties_keep_the_first_cell_in_sweep_order():
    flat = ErrorSurface.from_data(np.array([1.0]), np.array([2.0]))  # E = 0 along a whole line
    spec = GridSpec((0, 4), (0, 4), 4, 4)
    whole = grid_search(flat, spec)
    pieces = GridSearch(flat, spec)
    while pieces.advance(3):
        pass
    assert pieces.best_index == whole.best_index


def test_finish_works_in_chunks_on_a_large_grid():
    spec = GridSpec(w0_divisions=1000, w1_divisions=1000)
    assert spec.points > FINISH_CHUNK
    surface = ErrorSurface.from_data(X, Y)
    search = grid_search(surface, spec)
    assert search.done == 10**6 and not np.isnan(search.values).any()
    _, _, e = surface.grid(spec.w0_range, spec.w1_range, 2)  # E at the four corners of the range
    assert search.best_loss < e.min()


def test_cost_formula_numbers():
    cost = sweep_cost(GridSpec(), 12)
    assert cost.evaluations == cost.grid_points == 10_000
    assert cost.operations == 240_000
    assert cost.formula() == "10,000 grid intersections × 12 data points × 2 parameters = 240,000"
    big = sweep_cost(GridSpec(w0_divisions=1000, w1_divisions=1000), 100_000)
    assert big.operations == 200_000_000_000
    assert big.formula().endswith("= 200,000,000,000")


def test_search_reports_its_cost_and_operations_done():
    search = GridSearch(ErrorSurface.from_data(X, Y))
    assert search.cost().formula() == "10,000 grid intersections × 12 data points × 2 parameters = 240,000"
    search.advance(250)
    assert search.operations_done == 250 * 12 * 2


def test_cost_of_one_cell_does_not_grow_with_data():
    """N = 100,000 points: the whole sweep is one vectorised pass over the grid, not over the data."""
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 3, 100_000)
    y = 0.9 + 1.3 * x + rng.normal(0, 0.3, x.size)
    search = grid_search(ErrorSurface.from_data(x, y))
    assert search.is_done and search.cost().data_points == 100_000
    assert search.gap().optimum_in_best_cell


def test_gap_to_the_least_squares_optimum():
    surface = ErrorSurface.from_data(X, Y)
    spec = GridSpec()
    search = grid_search(surface, spec)
    gap = search.gap()
    opt = surface.optimum()
    np.testing.assert_allclose(gap.optimum_w, opt)
    np.testing.assert_allclose(gap.delta_w, search.best_w - opt)
    assert gap.distance == pytest.approx(np.linalg.norm(search.best_w - opt))
    assert gap.loss_excess == pytest.approx(surface.loss(*search.best_w) - surface.loss(*opt))
    assert gap.loss_excess >= 0
    assert gap.optimum_in_range
    assert gap.distance < max(spec.cell_size)  # the default data's optimum is found to about one cell


def test_gap_when_the_optimum_is_outside_the_range():
    surface = ErrorSurface.from_data(X, Y)  # optimum ≈ (0.87, 1.29)
    spec = GridSpec((2.0, 3.0), (0.0, 3.0), 20, 20)
    search = grid_search(surface, spec)
    gap = search.gap()
    assert not gap.optimum_in_range and not gap.optimum_in_best_cell
    assert search.best_index[0] == 0  # stuck on the edge nearest the optimum
    assert gap.loss_excess > 0.1


def test_optimum_gap_helper_flags_the_cell_that_holds_the_optimum():
    surface = ErrorSurface.from_data(X, Y)
    spec = GridSpec()
    opt = surface.optimum()
    inside = optimum_gap(surface, spec, opt + 0.01)
    outside = optimum_gap(surface, spec, opt + 0.02)
    assert inside.optimum_in_best_cell and not outside.optimum_in_best_cell


def test_values_are_read_only():
    search = grid_search(ErrorSurface.from_data(X, Y), GridSpec(w0_divisions=3, w1_divisions=3))
    with pytest.raises(ValueError):
        search.values[0, 0] = 1.0


def test_empty_data_has_nothing_to_cost():
    search = grid_search(ErrorSurface.from_data(np.empty(0), np.empty(0)), GridSpec(w0_divisions=4, w1_divisions=4))
    assert search.is_done and search.cost().operations == 0 and search.best_loss == 0.0
