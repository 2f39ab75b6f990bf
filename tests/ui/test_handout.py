"""File → Export handout: the PDF has its four pages on A4 or Letter, the exercise leaves the step's
results blank, the answer page holds them as text — and they are the app's first step."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from gdstudio import i18n
from gdstudio.assets import default_dataset
from gdstudio.core.dataset import DataSet
from gdstudio.core.document import Document
from gdstudio.core.handout import handout_step
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.ui.document.file_dialogs import HandoutExportDialog
from gdstudio.ui.document.handout_pages import W_DIGITS, num, page_titles, pages
from gdstudio.ui.document.handout_pdf import handout_pdf
from tests.ui.conftest import wait_idle
from tests.ui.pdf_text import media_box, page_texts, text_colours
from tests.ui.pdf_text import pages as pdf_pages
from tests.ui.test_file_actions import FakePrompts

PAPER = {"A4": (595.0, 842.0), "Letter": (612.0, 792.0)}


class HandoutPrompts(FakePrompts):
    page_size: str | None = "Letter"

    def handout_page_size(self, suggested):
        self.asked.append(f"paper {suggested}")
        return self.page_size


@pytest.fixture
def prompts(window) -> HandoutPrompts:
    fake = HandoutPrompts()
    window.file_actions.prompts = fake
    return fake


@pytest.fixture
def language(qapp):
    before = i18n.current_language()
    yield
    i18n.install_language(qapp, before)


def words(text: str) -> list[str]:
    return text.replace("\t", " ").split()


def squeezed(text: str) -> str:
    """Without white space (a run of Japanese is drawn as several pieces)."""
    return "".join(text.split())


def answers(step) -> list[str]:
    """The numbers the students work out, as the answer page prints them."""
    return [num(step.grad[0]), num(step.grad[1]), num(step.w_new[0], W_DIGITS), num(step.w_new[1], W_DIGITS),
            num(step.loss_new)]


@pytest.mark.parametrize("paper", PAPER)
def test_the_pdf_has_the_four_pages_on_the_paper_chosen(qapp, paper):
    step = handout_step(Document(default_dataset()))
    pdf = handout_pdf(pages(step, "caption"), None, paper, qapp.font())
    assert pdf.startswith(b"%PDF-")
    sheets = pdf_pages(pdf)
    assert len(sheets) == 4
    assert all(media_box(sheet) == PAPER[paper] for sheet in sheets)
    texts = page_texts(pdf)
    titles = page_titles()
    for text, kind in zip(texts, ("formulas", "exercise", "figure", "answers")):
        assert titles[kind] in text.replace("\t", " ")


def test_the_exercise_leaves_the_results_blank_and_the_answers_fill_them(qapp):
    step = handout_step(Document(default_dataset()))
    formulas, exercise, _, solution = (words(t) for t in page_texts(handout_pdf(pages(step), None, "A4", qapp.font())))
    for value in answers(step):
        assert value in solution
        assert value not in exercise
    given = " ".join(exercise)
    assert f"w = ({num(step.w[0], W_DIGITS)}, {num(step.w[1], W_DIGITS)})" in given
    assert f"η = {num(step.lr)}" in given and f"E(w) = {num(step.loss)}." in given
    for i in range(step.n):  # the data table, every point
        assert num(step.x[i]) in formulas and num(step.y[i]) in formulas
    for k in range(len(step.index)):  # every term of the sums, on the answer page only
        assert num(step.residual_x[k]) in solution


def test_a_mini_batch_handout_names_its_points(qapp):
    document = Document(default_dataset(), sampler=Sampler(Sampling.MINIBATCH, 3, seed=4))
    step = handout_step(document)
    text = pages(step)[1].html
    assert ", ".join(str(i + 1) for i in step.index) in text
    assert "seed 4" in text


def test_the_titles_are_in_the_current_language(qapp, language):
    i18n.install_language(qapp, "en")
    english = page_titles()
    assert english["exercise"] == "Exercise: one step of gradient descent"
    i18n.install_language(qapp, "ja")
    japanese = page_titles()
    assert "勾配降下法" in japanese["exercise"]
    assert "誤差関数" in japanese["formulas"] and "更新式" in japanese["formulas"]
    step = handout_step(Document(default_dataset()))
    body = pages(step)[0].html
    assert "学習率" in body and "偏微分" in body
    pdf = handout_pdf(pages(step), None, "A4", qapp.font())
    assert squeezed(japanese["exercise"]) in squeezed(page_texts(pdf)[1])  # the glyphs are embedded, as text
    assert b"/FontFile2" in pdf


def test_the_menu_writes_the_handout_of_the_apps_first_step(window, controller, prompts, qtbot, tmp_path):
    path = tmp_path / "class"
    prompts.save_to = str(path)
    window.file_actions.actions["export_handout"].trigger()
    written = tmp_path / "class.pdf"
    assert prompts.asked[-1].startswith("paper ") and written.exists()
    pdf = written.read_bytes()
    assert [media_box(p) for p in pdf_pages(pdf)] == [PAPER["Letter"]] * 4
    assert b"/Subtype /Image" in pdf  # the figure
    assert "handout" in controller.message[0] and "Letter" in controller.message[0]
    solution = words(page_texts(pdf)[3])
    controller.step(1)
    wait_idle(qtbot, controller)
    first = controller.history.state(1)
    assert num(first.w[0], W_DIGITS) in solution and num(first.w[1], W_DIGITS) in solution
    assert num(first.loss) in solution
    np.testing.assert_array_equal(handout_step(controller.document).w_new, first.w)


def test_cancelling_the_paper_choice_writes_nothing(window, prompts, tmp_path):
    prompts.page_size = None
    prompts.save_to = str(tmp_path / "never.pdf")
    window.file_actions.export_handout_dialog()
    assert not list(tmp_path.iterdir())


def test_an_unwritable_path_is_a_message(window, prompts, tmp_path):
    target = tmp_path / "missing" / "handout.pdf"
    assert not window.file_actions.export_handout(target, "A4")
    title, text = prompts.warnings[-1]
    assert title == "Cannot export handout" and str(target) in text and "cannot be written" in text
    assert not target.parent.exists()


def test_the_dialog_offers_both_papers(qapp, qtbot):
    dialog = HandoutExportDialog("Letter")
    qtbot.addWidget(dialog)
    assert dialog.chosen_page_size() == "Letter"
    assert [dialog.page_size.itemData(i) for i in range(dialog.page_size.count())] == ["A4", "Letter"]
    assert QApplication.instance() is qapp


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("paper", PAPER)
def test_the_longest_handout_still_has_one_sheet_a_page(qapp, language, lang, paper):
    """200 points, mini-batches of 100, the mean form and Adam: every note the handout can add."""
    rng = np.random.default_rng(1)
    x = rng.uniform(0, 3, 200)
    document = Document(DataSet(x, 1 + 1.2 * x + rng.normal(0, 0.3, 200), "spend", "clicks"), loss_form=LossForm.MEAN,
                        sampler=Sampler(Sampling.MINIBATCH, 100), optimizers=("adam",))
    i18n.install_language(qapp, lang)
    pdf = handout_pdf(pages(handout_step(document), "caption"), None, paper, qapp.font())
    assert len(pdf_pages(pdf)) == 4


def test_no_data_is_a_handout_that_says_so(qapp):
    pdf = handout_pdf(pages(handout_step(Document(DataSet()))), None, "A4", qapp.font())
    texts = page_texts(pdf)
    assert len(texts) == 4
    assert "There are no data points" in texts[1].replace("\t", " ")
    assert not any(word in text for text in texts for word in ("nan", "inf"))


def test_the_text_is_dark_on_paper_whatever_the_windows_theme(qapp):
    from PySide6.QtGui import QColor, QPalette

    before = qapp.palette()
    dark = QPalette(QColor("#202020"))  # light text, as in the dark and projector themes
    assert dark.color(QPalette.ColorRole.Text).lightness() > 200
    qapp.setPalette(dark)
    try:
        pdf = handout_pdf(pages(handout_step(Document(default_dataset()))), None, "A4", qapp.font())
    finally:
        qapp.setPalette(before)
    colours = text_colours(pdf)
    assert colours and all(max(c) <= 0.4 for c in colours)  # black, and the footer's grey
