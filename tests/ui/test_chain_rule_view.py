"""The chain-rule view in the Update tab (lecture slides 24–28), asserted on the numbers it holds and shows."""

import re

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from gdstudio import i18n
from gdstudio.core import chain_rule as core
from gdstudio.core.dataset import DataSet
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.standardize import Standardize
from gdstudio.ui.panels.chain_rule import BASE_FONT_PT, NO_DATA_HINT, ChainRuleView, num, tint
from gdstudio.ui.panels.formula_panel import FormulaPanel
from gdstudio.ui.style import Look
from tests.ui.conftest import wait_idle

LOOK = Look()


@pytest.fixture
def view(qtbot, controller):
    v = ChainRuleView(controller, LOOK)
    qtbot.addWidget(v)
    v.show()  # (it refreshes while on screen)
    qtbot.waitExposed(v)
    return v


def one_step(qtbot, controller):
    controller.step()
    wait_idle(qtbot, controller)
    return controller.history.step_record()


def tinted_points(view: ChainRuleView) -> list[int]:
    """The 1-based point numbers of the table rows drawn with the batch's tint."""
    shade = tint(LOOK.green, LOOK.background, 0.22)
    rows = re.findall(r"<tr style='background-color:(#[0-9a-f]{6})'>(.*?)</tr>", view.table.text())
    numbers = []
    for colour, cells in rows:
        assert colour == shade
        first = re.sub(r"<[^>]+>", "", re.findall(r"<td[^>]*>(.*?)</td>", cells)[0])
        numbers.append(int(first.replace("●", "").replace("&nbsp;", "").strip()))
    return numbers


def sum_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("Σ"))


SAMPLERS = [Sampler(), Sampler(Sampling.MINIBATCH, 4, seed=1), Sampler(Sampling.SGD, seed=2)]


@pytest.mark.parametrize("sampler", SAMPLERS, ids=["batch", "minibatch", "sgd"])
@pytest.mark.parametrize("form", list(LossForm))
def test_the_sums_on_screen_are_the_gradient_the_step_used(qtbot, view, controller, sampler, form):
    controller.set_sampler(sampler)
    controller.set_loss_form(form)
    controller.set_standardize(Standardize.X)
    for _ in range(3):
        r = one_step(qtbot, controller)
        chain = view.chain
        assert chain is not None and chain.taken and chain.step == r.step
        np.testing.assert_allclose(chain.gradient, r.grad_used, rtol=1e-9, atol=1e-12)
        # The shown totals are the recorded partials, to the digits shown, and so is the update.
        text = view.shown_text()
        last = sum_line(text) if form is LossForm.SUM else next(line for line in text.splitlines()
                                                                 if line.startswith("× 1/"))
        assert last.endswith(f"{num(r.grad_used[0], 4)} {num(r.grad_used[1], 4)}")
        for k, name in enumerate(("w₀", "w₁")):
            assert f"{name} ← {num(r.w_before[k], 5)} − {num(r.lr, 4)} ·" in text
            assert text.count(f"= {num(r.w_after[k], 5)}") >= 1
        # The highlighted rows are exactly the batch's points.
        batch = list(range(len(controller.data))) if r.batch is None else sorted(r.batch.tolist())
        assert list(view.highlighted) == batch
        assert tinted_points(view) == [i + 1 for i in batch]
        if r.batch is not None:
            assert "Σi∈B" in text and ("(1/|B|)" in text) == (form is LossForm.MEAN)


def test_standardised_rows_are_the_data_the_model_sees(qtbot, view, controller):
    controller.set_standardize(Standardize.XY)
    one_step(qtbot, controller)
    text = view.shown_text()
    assert "standardised" in text
    x = controller.model_data.x
    assert abs(x.mean()) < 1e-12  # (the model's x, not the raw data)
    assert f"1 {num(x[0], 4)} {num(controller.model_data.y[0], 4)}" in text


def test_long_data_is_summarised_and_the_totals_stay_the_whole_batch(qtbot, view, controller):
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 3, 300)
    controller.load_data(DataSet(x, 1 + x + rng.normal(0, 0.2, 300)))
    controller.set_loss_form(LossForm.MEAN)
    for sampler, size in ((Sampler(), 300), (Sampler(Sampling.MINIBATCH, 40, seed=3), 40)):
        controller.set_sampler(sampler)
        r = one_step(qtbot, controller)
        text = view.shown_text()
        assert f"… {size - core.HEAD_ROWS} more rows of the batch" in text
        assert len(view.highlighted) == core.HEAD_ROWS == len(tinted_points(view))
        rows = [line for line in text.splitlines() if re.match(r"● \d+ ", line)]
        assert len(rows) == core.HEAD_ROWS
        np.testing.assert_allclose(view.chain.gradient, r.grad_used, rtol=1e-9, atol=1e-12)
        assert f"× 1/|B| = 1/{size}" in text or f"× 1/N = 1/{size}" in text
        assert next(line for line in text.splitlines() if line.startswith("× 1/")).endswith(
            f"{num(r.grad_used[0], 4)} {num(r.grad_used[1], 4)}")


def test_before_the_first_step_it_shows_the_next_one_and_without_data_a_hint(qtbot, view, controller):
    assert controller.history.step_record() is None
    text = view.shown_text()
    assert "the next step (step 1, not taken yet)" in text
    state = controller.current
    np.testing.assert_allclose(view.chain.gradient, state.grad, rtol=1e-9)
    assert sum_line(text).endswith(f"{num(state.grad[0], 4)} {num(state.grad[1], 4)}")
    controller.clear_points()
    assert view.chain is None and view.highlighted == ()
    assert i18n.translate("ChainRuleView", NO_DATA_HINT) in view.shown_text().replace("\n", " ")


def test_an_edit_after_the_step_shows_the_next_step_on_the_new_data(qtbot, view, controller):
    one_step(qtbot, controller)
    controller.move_point(0, 0.3, 3.0)
    text = view.shown_text()
    assert "edited since step 1" in text and not view.chain.taken
    np.testing.assert_allclose(view.chain.gradient, controller.current.grad, rtol=1e-9)


def test_fonts_follow_the_size(view):
    view.set_font_scale(2.0)
    assert view.table.font().pointSizeF() == pytest.approx(2 * BASE_FONT_PT)
    assert f"font-size:{0.85 * 2 * BASE_FONT_PT:.1f}pt" in view.table.text() or view._fit < 1
    view.set_font_scale(float("nan"))
    assert view.font_scale == 1.0


def test_the_update_tab_switches_to_the_chain_rule_and_back(qtbot, window, controller):
    window.tabs.setCurrentIndex(2)
    page: FormulaPanel = window.formula_panel
    assert not page.chain_rule.isVisible() and page.label.isVisible()
    page.show_chain.click()
    assert controller.view_state.chain_rule and page.chain_rule.isVisible() and not page.rule_part.isVisible()
    assert page.shown_text() == ""  # (the rule's labels are hidden)
    area = window.tabs.currentWidget()
    for sampler in SAMPLERS:
        controller.set_sampler(sampler)
        for _ in range(3):
            r = one_step(qtbot, controller)
            np.testing.assert_allclose(page.chain_rule.chain.gradient, r.grad_used, rtol=1e-9)
            # Nothing is cut off: the page is no wider than its scroll area at 1280×800.
            qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() == 0)
    page.enlarge_button.click()
    assert not window.loss_panel.isVisible() and not window.top_splitter.isVisible()
    page.enlarge_button.click()
    assert window.top_splitter.isVisible()
    page.show_rule.click()
    assert not controller.view_state.chain_rule and not page.chain_rule.isVisible()


def test_projector_200_percent_table_fits_the_full_window(qtbot, window, controller):
    window.classroom.set_theme("projector")
    window.classroom.set_scale(2.0)
    window.resize(1024, 768)
    controller.view_state.set_chain_rule(True)
    window.tabs.setCurrentIndex(2)
    window.formula_panel.enlarge_button.click()
    qtbot.waitUntil(lambda: window.formula_panel.chain_rule.isVisible())
    view = window.formula_panel.chain_rule
    area = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() == 0)
    assert view._fit < 1 and view.table.width() <= area.viewport().width()


def test_japanese_speaks_the_decks_term(qtbot, controller):
    try:
        i18n.install_language(QApplication.instance(), "ja")
        v = ChainRuleView(controller, Look(language="ja"))
        qtbot.addWidget(v)
        v.show()
        text = v.shown_text()
        assert text.startswith("合成関数の微分 — 次のステップ")
        assert "全 12 点 (N = 12) の和" in text and "スライドでは誤差を L(w) と書く" in text
        assert not re.search(r"\b(the|step|sum|points|depends)\b", text)
    finally:
        i18n.install_language(QApplication.instance(), "en")



def test_a_wide_page_puts_the_table_beside_the_derivation(qtbot, window, controller):
    controller.view_state.set_chain_rule(True)
    window.tabs.setCurrentIndex(2)
    view = window.formula_panel.chain_rule
    qtbot.waitUntil(view.isVisible)
    qtbot.waitUntil(lambda: view.table.y() > view.derivation.y() + view.derivation.height() - 1)
    assert not view._wide  # (the bottom row's tab: under it)
    window.formula_panel.enlarge_button.click()  # (the whole 1280 px: beside it)
    qtbot.waitUntil(lambda: view._wide and view.table.x() >= view.derivation.x() + view.derivation.width())
    assert view.table.y() < view.update_rule.y() and view._fit == 1.0
    assert window.tabs.currentWidget().horizontalScrollBar().maximum() == 0
    window.formula_panel.enlarge_button.click()
    qtbot.waitUntil(lambda: not view._wide)


def test_two_windows_show_the_same_page(qtbot, controller):
    teacher, projector = FormulaPanel(controller, LOOK), FormulaPanel(controller, Look.of("projector", 1.5))
    for panel in (teacher, projector):
        qtbot.addWidget(panel)
        panel.show()
    teacher.show_chain.click()
    assert projector.show_chain.isChecked() and projector.chain_rule.isVisible()
    projector.show_rule.click()
    assert teacher.show_rule.isChecked() and not teacher.chain_rule.isVisible()


def test_a_diverging_run_shows_no_nan_or_inf(qtbot, view, controller):
    assert num(float("inf"), 4) == "—" and num(float("nan"), 4) == "—"
    controller.set_lr(1.0)  # (far above 2/λmax: the run diverges and stops)
    controller.step(200)
    wait_idle(qtbot, controller)
    assert controller.history.steps_taken < 200
    text = view.shown_text()
    assert view.chain.taken and not re.search(r"nan|inf", text, re.IGNORECASE)
    np.testing.assert_allclose(view.chain.gradient, controller.history.step_record().grad_used, rtol=1e-9)


def test_going_back_in_time_shows_that_step(qtbot, view, controller):
    controller.set_sampler(Sampler(Sampling.MINIBATCH, 3, seed=5))
    controller.step(6)
    wait_idle(qtbot, controller)
    controller.scrub_to(2)
    r = controller.history.step_record()
    assert r.step == 2 and view.chain.step == 2
    assert list(view.highlighted) == sorted(r.batch.tolist())
    np.testing.assert_allclose(view.chain.gradient, r.grad_used, rtol=1e-9)
