"""File → Export handout… and --export-handout: the document's first step worked out (core.handout),
worded in the current language (handout_pages), with a picture of the window as it is now,
printed to PDF (handout_pdf). Both the menu and the command line come through here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from gdstudio.core.handout import handout_step
from gdstudio.engine.controller import Controller
from gdstudio.i18n import translate
from gdstudio.ui.document import export
from gdstudio.ui.document.handout_pages import Page, num, pages
from gdstudio.ui.document.handout_pdf import PAGE_SIZES, write_handout

DEFAULT_NAME = "handout.pdf"
FIGURE_SCALE = 2  # the window drawn at twice its screen size: sharp on paper


def default_page_size(locale: QLocale | None = None) -> str:
    """Letter where the locale measures in US units (the US, Canada's English…), else A4."""
    locale = locale or QLocale()
    return "Letter" if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "A4"


def figure_caption(controller: Controller) -> str:
    """What the figure shows: the step, w and E of the first run now."""
    state = controller.current
    return translate("Handout", "The app at step {step}: w = ({w0}, {w1}), E(w) = {loss}. Left, the data space: "
                                "the points and the line f_w. Right, the parameter space: the error function "
                                "E(w) and the path of w. Below, E over the steps.").format(
        step=f"{state.step:,}", w0=num(state.w[0], 5), w1=num(state.w[1], 5), loss=num(state.loss))


def handout_pages(controller: Controller) -> list[Page]:
    return pages(handout_step(controller.document), figure_caption(controller))


def export_handout(controller: Controller, window: QWidget, path: str | Path, page_size: str, font: QFont) -> int:
    """Write the handout of what `window` shows (its panels as the figure) to `path`; returns the
    number of pages. OSError (or ValueError, for a path no file can have) if it cannot be written."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"the page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    controller.flush_frame()
    figure = export.render(window, FIGURE_SCALE)
    content = handout_pages(controller)
    return write_handout(path, content, figure, page_size, font)
