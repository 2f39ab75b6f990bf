"""The error surface's statistics kept up to date point by point equal those summed over all the points again."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdstudio.core import dataset as dataset_module
from gdstudio.core.dataset import DataSet
from gdstudio.core.document import Document, Fit
from gdstudio.core.model import ErrorSurface, LossForm

FIELDS = ("n", "mx", "my", "sxx", "sxy", "syy")
coordinate = st.floats(-1e3, 1e3, allow_nan=False)
points = st.lists(st.tuples(coordinate, coordinate), min_size=2, max_size=40)


def assert_close(got: ErrorSurface, want: ErrorSurface) -> None:
    assert got.n == want.n
    scale = 1.0 + max(abs(want.mx), abs(want.my)) ** 2 * want.n + want.sxx + want.syy
    for name in FIELDS[1:]:
        assert getattr(got, name) == pytest.approx(getattr(want, name), rel=1e-9, abs=1e-9 * scale), name


def recomputed(data: DataSet) -> ErrorSurface:
    return ErrorSurface.from_data(data.x, data.y)


@settings(max_examples=60, deadline=None)
@given(points=points, new=st.tuples(coordinate, coordinate))
def test_adding_removing_and_moving_a_point_update_the_statistics(points, new):
    x, y = np.array(points).T
    surface = ErrorSurface.from_data(x, y)
    assert_close(surface.with_point(*new), ErrorSurface.from_data(np.append(x, new[0]), np.append(y, new[1])))
    assert_close(surface.without_point(x[0], y[0]), ErrorSurface.from_data(x[1:], y[1:]))
    moved_x, moved_y = x.copy(), y.copy()
    moved_x[0], moved_y[0] = new
    assert_close(surface.without_point(x[0], y[0]).with_point(*new), ErrorSurface.from_data(moved_x, moved_y))


def test_removing_the_last_point_leaves_no_statistics():
    assert ErrorSurface.from_data([2.0], [3.0]).without_point(2.0, 3.0) == ErrorSurface(0, 0.0, 0.0, 0.0, 0.0, 0.0)


def test_a_sum_of_squares_never_goes_below_zero():
    surface = ErrorSurface.from_data([1e8, 1e8, 1e8 + 1e-8], [5.0, 5.0, 5.0]).without_point(1e8 + 1e-8, 5.0)
    assert surface.sxx >= 0.0 and surface.syy >= 0.0


@settings(max_examples=25, deadline=None)
@given(points=points, edits=st.lists(st.tuples(st.sampled_from(["add", "move", "remove"]), st.integers(0, 10 ** 6),
                                                coordinate, coordinate), max_size=25))
def test_edited_large_data_sets_keep_statistics_equal_to_the_recomputed(points, edits):
    with pytest.MonkeyPatch.context() as patch:  # (every set counts as large: small examples take the same path)
        patch.setattr(dataset_module, "INCREMENTAL_FROM", 0)
        _edit_and_compare(DataSet(*np.array(points).T), edits)


def _edit_and_compare(data: DataSet, edits) -> None:
    data.error_surface()
    for kind, index, x, y in edits:
        index %= len(data)
        if kind == "add":
            data = data.with_point(x, y)
        elif kind == "move":
            data = data.with_moved(index, x, y)
        elif len(data) > 1:
            data = data.without(index)
        assert "_surface" in data.__dict__  # (passed on, not summed again)
        assert_close(data.error_surface(), recomputed(data))


def test_small_data_sets_sum_their_points_again():
    """The lecture's data sets (below INCREMENTAL_FROM points) get exactly the statistics they always had."""
    rng = np.random.default_rng(3)
    data = DataSet(rng.normal(size=100), rng.normal(size=100))
    data.error_surface()
    for edited in (data.with_point(0.5, 0.25), data.with_moved(3, 1.0, 2.0), data.without(7)):
        assert "_surface" not in edited.__dict__
        assert edited.error_surface() == recomputed(edited)


def test_a_large_data_set_edit_gives_the_fit_of_the_recomputed_statistics():
    rng = np.random.default_rng(4)
    n = dataset_module.INCREMENTAL_FROM + 10
    data = DataSet(rng.uniform(0, 10, n), rng.normal(size=n))
    Fit.of(Document(data))  # (computes and keeps the statistics)
    for edited in (data.with_point(3.0, 4.0), data.with_moved(5, -2.0, 8.0), data.without(n - 1)):
        for form in LossForm:
            fit = Fit.of(Document(edited, loss_form=form))
            want = ErrorSurface.from_data(edited.x, edited.y, form)
            assert fit.surface.form is form
            assert_close(fit.surface, want)
            np.testing.assert_allclose(fit.surface.optimum(), want.optimum(), rtol=1e-9)


def test_undo_brings_back_a_data_set_that_knows_its_statistics():
    data = DataSet([1.0, 2.0, 4.0], [2.0, 3.0, 7.0])
    first = data.error_surface()
    assert data.error_surface() is first
    assert Fit.of(Document(data)).surface == first
