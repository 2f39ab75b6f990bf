"""The live update formula (lecture part 8), asserted on the text it shows and the run's records."""

import numpy as np
import pytest

from gdstudio.core.dataset import DataSet
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.ui.panels.formula_panel import BASE_FONT_PT, NO_DATA_HINT, FormulaPanel, factor, num
from gdstudio.ui.style import Look, fmt
from tests.ui.conftest import wait_idle


@pytest.fixture
def panel(qtbot, controller):
    p = FormulaPanel(controller, Look())
    qtbot.addWidget(p)
    p.show()  # panels refresh only while on screen
    qtbot.waitExposed(p)
    return p


def substituted_row(w_old, lr, grad, w_new) -> str:
    """The numeric row of the rule for one parameter, as the panel writes it."""
    return f"= {num(w_old, 5)} − {num(lr, 4)} · {factor(grad, 4)} = {num(w_new, 5)}"


def one_step(qtbot, controller):
    controller.step()
    wait_idle(qtbot, controller)
    return controller.history.step_record()


def test_before_the_first_step_it_shows_the_next_step_from_the_current_w(panel, controller):
    assert controller.history.step_record() is None
    state = controller.current
    text = panel.shown_text()
    assert "Next step" in text
    lines = text.splitlines()
    for k in range(2):
        assert substituted_row(state.w[k], controller.lr, state.grad[k], state.w[k] - controller.lr * state.grad[k]) \
            in lines
    assert f"E(wold) = {num(state.loss, 4)}" in text


def test_after_a_step_it_shows_the_recorded_numbers(qtbot, panel, controller):
    r = one_step(qtbot, controller)
    assert r is not None and r.step == 1
    text = panel.shown_text()
    assert "Step 1" in text
    lines = text.splitlines()
    for k in range(2):
        # The recorded numbers satisfy the rule to the shown precision (by construction).
        assert fmt(r.w_before[k] - r.lr * r.grad_used[k], 5) == fmt(r.w_after[k], 5)
        assert substituted_row(r.w_before[k], r.lr, r.grad_used[k], r.w_after[k]) in lines
    assert f"∂E/∂w₀ = Σi (fw(xi) − yi) = {num(r.grad_used[0], 4)}" in lines
    assert f"∂E/∂w₁ = Σi (fw(xi) − yi)·xi = {num(r.grad_used[1], 4)}" in lines
    assert f"over all {len(controller.data)} points (N = {len(controller.data)})" in lines
    assert f"E(wold) = {num(r.loss_before, 4)} → E(wnew) = {num(r.loss_after, 4)}" in text
    assert r.loss_after < r.loss_before and "▼" in text


def test_it_follows_the_newest_step(qtbot, panel, controller):
    controller.step(5)
    wait_idle(qtbot, controller)
    r = controller.history.step_record()
    assert r.step == 5
    assert "Step 5" in panel.shown_text()
    assert substituted_row(r.w_before[1], r.lr, r.grad_used[1], r.w_after[1]) in panel.shown_text().splitlines()


def test_minibatch_names_exactly_the_points_used(qtbot, panel, controller):
    controller.set_sampler(Sampler(Sampling.MINIBATCH, 4, seed=1))
    for _ in range(3):
        r = one_step(qtbot, controller)
        assert r.batch is not None and len(r.batch) == 4
        numbers = ", ".join(str(i + 1) for i in sorted(r.batch))
        text = panel.shown_text()
        assert f"over the mini-batch B = {{{numbers}}} (4 of 12 points)" in text
        assert "Σi∈B" in text
        for k in range(2):
            assert substituted_row(r.w_before[k], r.lr, r.grad_used[k], r.w_after[k]) in text.splitlines()


def test_a_large_batch_lists_its_first_points_only(qtbot, panel, controller):
    x = np.linspace(0.0, 3.0, 40)
    controller.load_data(DataSet(x, 1.0 + x))
    controller.set_sampler(Sampler(Sampling.MINIBATCH, 20, seed=3))
    r = one_step(qtbot, controller)
    first = ", ".join(str(i + 1) for i in sorted(r.batch)[:6])
    assert f"B = {{{first}, …}} (20 of 40 points)" in panel.shown_text()


def test_sgd_names_the_one_point_and_writes_its_terms_out(qtbot, panel, controller):
    controller.set_sampler(Sampler(Sampling.SGD, seed=1))
    r = one_step(qtbot, controller)
    assert r.batch is not None and len(r.batch) == 1
    i = int(r.batch[0])
    text = panel.shown_text()
    assert f"over the single point i = {i + 1}" in text
    x, y = controller.data.x[i], controller.data.y[i]
    f = r.w_before[0] + r.w_before[1] * x
    term = f"({num(f, 3)} − {num(y, 3)})"
    assert f"= {term} = {num(r.grad_used[0], 4)}" in text
    assert f"= {term}·{factor(x, 3)} = {num(r.grad_used[1], 4)}" in text


def test_the_mean_form_shows_its_factor(qtbot, panel, controller):
    assert "(1/N)" not in panel.shown_text()
    controller.set_loss_form(LossForm.MEAN)
    wait_idle(qtbot, controller)
    assert "(1/N) Σi" in panel.shown_text()
    one_step(qtbot, controller)
    assert "(1/N) Σi" in panel.shown_text()
    controller.set_sampler(Sampler(Sampling.MINIBATCH, 4, seed=1))
    r = one_step(qtbot, controller)
    text = panel.shown_text()
    assert "(1/|B|) Σi∈B" in text
    assert substituted_row(r.w_before[0], r.lr, r.grad_used[0], r.w_after[0]) in text.splitlines()


def test_with_no_data_it_shows_a_hint_and_no_bad_numbers(qtbot, panel, controller):
    controller.step(2)
    wait_idle(qtbot, controller)
    controller.clear_points()
    wait_idle(qtbot, controller)
    text = panel.shown_text()
    assert NO_DATA_HINT in text
    assert "nan" not in text.lower() and "inf" not in text.lower()


def test_a_step_that_raises_the_error_is_marked_up(qtbot, panel, controller):
    controller.set_lr(1.5 * controller.surface.max_stable_lr())  # unstable: the first step overshoots
    r = one_step(qtbot, controller)
    assert r.loss_after > r.loss_before
    assert "▲" in panel.shown_text() and "▼" not in panel.shown_text()


def test_it_says_when_eta_or_the_data_changed_since_the_step(qtbot, panel, controller):
    r = one_step(qtbot, controller)
    controller.set_lr(0.01)
    assert f"η = {num(r.lr, 4)}" in panel.shown_text()
    assert "η is now 0.01" in panel.shown_text()
    controller.add_point(1.0, 1.0)
    wait_idle(qtbot, controller)
    assert "edited since" in panel.shown_text()
    assert substituted_row(r.w_before[0], r.lr, r.grad_used[0], r.w_after[0]) in panel.shown_text().splitlines()


def test_refresh_sets_text_only_when_it_changed(qtbot, panel, controller):
    one_step(qtbot, controller)
    calls = []
    panel.label.setText = calls.append  # shadows the Qt method on this instance
    panel.refresh()
    controller.flush_frame()
    controller.set_speed(5.0)  # a settings signal that changes nothing shown
    assert calls == []
    one_step(qtbot, controller)
    assert len(calls) == 1 and "0.02" in calls[0]


def test_fonts_are_large_and_scale(panel):
    assert panel.label.font().pointSizeF() == pytest.approx(BASE_FONT_PT) and BASE_FONT_PT >= 15
    panel.set_font_scale(1.5)
    assert panel.font_scale == 1.5
    assert all(label.font().pointSizeF() == pytest.approx(1.5 * BASE_FONT_PT)
               for label in (panel.heading, panel.label, panel.partials, panel.change))
    assert "font-size:21.6pt" in panel.label.text()  # the symbol rows (0.9 ×) follow the scale too
    panel.set_font_scale(float("nan"))
    assert panel.font_scale == 1.0


def test_tooltips_use_the_lectures_words(panel):
    assert "学習率" in panel.heading.toolTip()
    assert "w ← w − η ∂E/∂w" in panel.label.toolTip()
    assert "chain rule" in panel.partials.toolTip()
