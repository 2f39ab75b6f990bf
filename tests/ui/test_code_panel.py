"""The Code tab: the program of the current settings, highlighted, copyable, following every change."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtGui import QColor, QGuiApplication

from gdstudio.app import export_trajectory
from gdstudio.core.code_export import DEFAULT_STEPS, program_for
from gdstudio.core.lesson import Tab
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.standardize import Standardize
from gdstudio.ui.main_window import TABS
from gdstudio.ui.panels.code_panel import CodePanel
from gdstudio.ui.style import Look
from tests.ui.conftest import wait_idle
from tests.ui.test_file_actions import FakePrompts
from tests.ui.test_glyphs import missing_characters, readme_fonts  # noqa: F401 (a fixture)


@pytest.fixture
def code_tab(qtbot, window):
    window.tabs.setCurrentIndex(TABS.index(Tab.CODE))
    qtbot.waitExposed(window.code_panel)
    return window.code_panel


def settle(qtbot, panel: CodePanel, controller) -> None:
    """Wait until the throttled refresh has caught up with the document and the steps."""
    qtbot.waitUntil(lambda: panel.text() == program_for(controller.document, steps_shown(controller)), timeout=3000)


def steps_shown(controller) -> int:
    return controller.history.steps_taken or DEFAULT_STEPS


def test_the_code_tab_is_the_fifth_with_key_5(window):
    assert TABS[4] is Tab.CODE and window.tabs.count() == 5
    assert window.tab_page(4) is window.code_panel
    show = [a for a in window.actions() if a.text() == "Show Code"]
    assert len(show) == 1 and [k.toString() for k in show[0].shortcuts()] == ["5"]
    window.controller.view_state.set_tab(Tab.CODE)
    assert window.tabs.currentIndex() == 4
    assert window.loss_panel.isHidden()  # the program gets the whole row
    window.tabs.setCurrentIndex(0)
    assert not window.loss_panel.isHidden()


def test_it_shows_the_program_of_the_document_and_follows_every_change(qtbot, code_tab, controller):
    assert code_tab.text() == program_for(controller.document, DEFAULT_STEPS)
    assert code_tab.editor.toPlainText() == code_tab.text() and code_tab.editor.isReadOnly()
    controller.set_lr(0.031)
    settle(qtbot, code_tab, controller)
    assert "eta = 0.031" in code_tab.editor.toPlainText()
    controller.set_sampler(Sampler(Sampling.MINIBATCH, 4, 9))
    settle(qtbot, code_tab, controller)
    assert "seed = 9" in code_tab.text() and "K = 4" in code_tab.text()
    controller.set_optimizers(("adam",))
    settle(qtbot, code_tab, controller)
    assert "m_hat" in code_tab.text()
    controller.step(7)
    wait_idle(qtbot, controller)
    settle(qtbot, code_tab, controller)
    assert "steps = 7" in code_tab.text() and "(7 steps)" in code_tab.caption.text()


def test_the_steps_taken_are_the_programs_and_it_prints_them(qtbot, code_tab, controller, tmp_path):
    controller.step(12)
    wait_idle(qtbot, controller)
    settle(qtbot, code_tab, controller)
    program = tmp_path / "shown.py"
    program.write_text(code_tab.text(), encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", str(program)], capture_output=True, text=True, cwd=tmp_path,
                          timeout=60, check=True)
    export_trajectory(controller.document, 12, str(tmp_path / "t.csv"))
    shown = [[float(v) for v in line.split(",")] for line in done.stdout.splitlines()[1:]]
    app = [[float(v) for v in line.split(",")] for line in (tmp_path / "t.csv").read_text().splitlines()[1:]]
    assert len(shown) == len(app) == 13
    np.testing.assert_allclose(shown, app, rtol=1e-9, atol=1e-9)


def test_copy_puts_the_whole_program_on_the_clipboard(code_tab, controller):
    code_tab.copy_button.click()
    assert QGuiApplication.clipboard().text() == code_tab.text()
    assert "Copied the program" in controller.message[0]


def test_keywords_comments_numbers_and_strings_are_coloured(qtbot, controller):
    look = Look.of("dark")
    panel = CodePanel(controller, look)
    qtbot.addWidget(panel)
    document = panel.editor.document()

    def colour_at(line_start: str, column: int) -> str:
        block = document.begin()
        while block.isValid() and not block.text().startswith(line_start):
            block = block.next()
        assert block.isValid(), line_start
        for r in block.layout().formats():
            if r.start <= column < r.start + r.length:
                return r.format.foreground().color().name()
        return ""

    assert colour_at("def f(w, x):", 0) == QColor(look.blue).name()               # def
    assert colour_at("def f(w, x):", 4) == QColor(look.purple).name()             # the name defined
    assert colour_at("eta = 0.02", 6) == QColor(look.vermillion).name()           # a number
    assert colour_at("eta = 0.02", 12) == QColor(look.muted).name()               # the comment
    assert colour_at('print("step', 6) == QColor(look.green).name()               # a string
    assert colour_at('"""The program', 0) == QColor(look.muted).name()
    assert colour_at("Written by gdstudio", 3) == QColor(look.muted).name()       # a docstring's next lines


def test_the_text_is_big_and_monospace(qtbot, controller):
    small, big = CodePanel(controller, Look.of("light", 1.0)), CodePanel(controller, Look.of("projector", 1.5))
    qtbot.addWidget(small)
    qtbot.addWidget(big)
    assert small.editor.font().pointSizeF() >= 11
    assert big.editor.font().pointSizeF() > 1.9 * small.editor.font().pointSizeF()
    assert small.editor.fontInfo().fixedPitch()


def test_full_window_lets_the_program_fill_the_window_and_back(qtbot, window, code_tab):
    code_tab.enlarge_button.click()
    assert window.top_splitter.isHidden() and window.loss_panel.isHidden()
    code_tab.enlarge_button.click()
    assert not window.top_splitter.isHidden() and window.loss_panel.isHidden()  # (still the Code tab)


def test_file_export_program_writes_what_the_tab_shows(qtbot, window, controller, tmp_path):
    prompts = FakePrompts()
    window.file_actions.prompts = prompts
    controller.step(3)
    wait_idle(qtbot, controller)
    prompts.save_to = str(tmp_path / "descent.py")
    window.file_actions.actions["export_program"].trigger()
    assert (tmp_path / "descent.py").read_text(encoding="utf-8") == program_for(controller.document, 3, "descent.py")
    assert "Wrote the program to descent.py" in controller.message[0]
    assert window.file_actions.export_program(tmp_path / "missing" / "p.py") is False
    assert "cannot be written" in prompts.last


@pytest.mark.usefixtures("readme_fonts")
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_character_of_the_program_is_drawn(qtbot, controller, lang):
    """The lecture's symbols in the comments (ᵢ, ∂, ∇, ⌈N/K⌉, x̄, σ, the deck's Japanese terms) in the
    editor's monospace font, with Qt's fallbacks: no missing-glyph box."""
    panel = CodePanel(controller, Look())
    qtbot.addWidget(panel)
    text = "".join(program_for(d, 10) for d in (
        controller.document,
        replace(controller.document, standardize=Standardize.XY, sampler=Sampler(Sampling.MINIBATCH, 5, 1),
                optimizers=("adam",)),
        replace(controller.document, standardize=Standardize.X, sampler=Sampler(Sampling.SGD),
                optimizers=("rmsprop",))))
    assert missing_characters(text, panel.editor.font()) == set()


def test_a_lesson_can_show_the_code_tab(qapp):
    """The lesson editor's and the presenter's notes' names of the tabs cover the Code tab too."""
    from gdstudio.ui.lecture.beat_text import tab_names

    assert set(tab_names()) == set(Tab) and tab_names()[Tab.CODE] == "Code"
