"""The handout's pages as rich text, in the current language: what handout_pdf.py prints.

Four pages: the formulas (the data table, the model, the error function, the partial
derivatives, the update rule, in the lecture's notation), the exercise (one step from
the start, with empty boxes to fill in), the figure of the app's current state, and the
answers (the same step with every box filled). The numbers come from core.handout, so
they are the app's first step; this module only words and lays them out.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import numpy as np

from gdstudio.core.handout import TABLE_ROWS, HandoutStep
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampling
from gdstudio.core.standardize import Standardize
from gdstudio.i18n import translate
from gdstudio.ui.style import fmt

W_DIGITS, NUM_DIGITS = 5, 4
BLANK = "&nbsp;" * 14  # an empty box wide enough for a number written by hand
PAGE_KINDS = ("formulas", "exercise", "figure", "answers")

F = "f<sub>w</sub>(x<sub>i</sub>)"
RES = f"{F} − y<sub>i</sub>"
D0, D1 = "∂E/∂w<sub>0</sub>", "∂E/∂w<sub>1</sub>"
W0, W1 = "w<sub>0</sub>", "w<sub>1</sub>"


@dataclass(frozen=True)
class Page:
    kind: str    # one of PAGE_KINDS
    title: str
    html: str    # the page's body (the figure page: the caption under the picture)


def num(value: float, digits: int = NUM_DIGITS) -> str:
    """A number as the handout prints it: significant digits, a true minus sign, a dash if not finite."""
    return fmt(float(value), digits) if np.isfinite(value) else "—"


def handout_title() -> str:
    return translate("Handout", "Gradient descent: one step by hand")


def page_titles() -> dict[str, str]:
    return {"formulas": translate("Handout", "The error function and the update rule"),
            "exercise": translate("Handout", "Exercise: one step of gradient descent"),
            "figure": translate("Handout", "The app's current state"),
            "answers": translate("Handout", "Answers")}


def pages(step: HandoutStep, caption: str = "") -> list[Page]:
    """The four pages for `step`; `caption` says what the figure shows (step, w, E of the app now)."""
    titles = page_titles()
    return [Page("formulas", titles["formulas"], formulas_html(step)),
            Page("exercise", titles["exercise"], exercise_html(step, answers=False)),
            Page("figure", titles["figure"], _p(html.escape(caption)) if caption else ""),
            Page("answers", titles["answers"], exercise_html(step, answers=True))]


# ---------------------------------------------------------------------------- page 1
def _over_n(step: HandoutStep) -> str:
    return " / N" if step.form is LossForm.MEAN else ""


def formulas_html(step: HandoutStep) -> str:
    mean = step.form is LossForm.MEAN
    error = ("E(w) = ½·(1/N) Σ<sub>i</sub> (y<sub>i</sub> − f<sub>w</sub>(x<sub>i</sub>))²" if mean else
             "E(w) = ½ Σ<sub>i</sub> (y<sub>i</sub> − f<sub>w</sub>(x<sub>i</sub>))²")
    over = _over_n(step)
    formulas = [
        _heading(translate("Handout", "The model")),
        _formula(f"f<sub>w</sub>(x) = {W0} + {W1}·x"),
        _heading(translate("Handout", "The error function E(w)")),
        _formula(error),
        _p(translate("Handout", "The sum of the squared differences between the right answers yᵢ and the "
                                "predictions f_w(xᵢ): the smaller E, the better the line fits.")),
        _heading(translate("Handout", "The partial derivatives (by the chain rule)")),
        _formula(f"{D0} = Σ<sub>i</sub> ({RES}){over}"),
        _formula(f"{D1} = Σ<sub>i</sub> ({RES})·x<sub>i</sub>{over}"),
        _p(translate("Handout", "E depends on f_w, and f_w(x) = w0 + w1·x depends on w0 (factor 1) and on w1 "
                                "(factor x). The vector of the two partial derivatives is the gradient ∇E(w).")),
        _heading(translate("Handout", "The update rule")),
        _formula("w ← w − η ∇E(w)"),
        _formula(f"{W0} ← {W0} − η·{D0}"),
        _formula(f"{W1} ← {W1} − η·{D1}"),
        _p(translate("Handout", "η is the learning rate: too small and w crawls, too large and it overshoots "
                                "and diverges.")),
    ]
    data = [_heading(translate("Handout", "The data")), _data_table(step)]
    # The data beside the formulas: one sheet, even for a table of TABLE_ROWS rows on Letter.
    parts = [_p(_data_words(step)),
             "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
             f"<td valign='top' width='30%'>{''.join(data)}</td>"
             f"<td valign='top' style='padding-left: 16px;'>{''.join(formulas)}</td></tr></table>"]
    sampling = _sampling_words(step)
    if sampling:
        parts.append(_p(sampling))
    return "".join(parts)


def _data_words(step: HandoutStep) -> str:
    words = translate("Handout", "{n} points (xᵢ, yᵢ): x is {x}, y is {y}.").format(
        n=f"{step.n:,}", x=html.escape(step.x_name), y=html.escape(step.y_name))
    if step.standardize is Standardize.X:
        words += " " + translate("Handout", "x is standardised (x − x̄)/σx, as the app fits it: "
                                            "w is in these units.")
    elif step.standardize is Standardize.XY:
        words += " " + translate("Handout", "x and y are standardised, (x − x̄)/σx and (y − ȳ)/σy, as the app "
                                            "fits them: w is in these units.")
    return words


def _data_table(step: HandoutStep) -> str:
    shown = min(step.n, TABLE_ROWS)
    rows = [_row(["i", "x<sub>i</sub>", "y<sub>i</sub>"], header=True)]
    rows += [_row([str(i + 1), num(step.x[i]), num(step.y[i])]) for i in range(shown)]
    table = _table(rows)
    if step.n > shown:
        table += _p(translate("Handout", "… and {count} more points.").format(count=f"{step.n - shown:,}"))
    return table


def _sampling_words(step: HandoutStep) -> str:
    if step.sampling is Sampling.BATCH:
        return translate("Handout", "Every step uses all the points (steepest descent).")
    k = len(step.index)
    which = ", ".join(str(i + 1) for i in step.index[:TABLE_ROWS]) + (", …" if k > TABLE_ROWS else "")
    if step.sampling is Sampling.SGD:
        text = translate("Handout", "Stochastic gradient descent: each step uses one point drawn at random "
                                    "(seed {seed}); the first step uses point {points}. The sums run over that "
                                    "point only.")
    else:
        text = translate("Handout", "Mini-batch gradient descent: each step uses {k} points drawn at random "
                                    "(seed {seed}); the first step uses the points {points}. The sums run over "
                                    "those points only.")
    return text.format(k=k, seed=step.seed, points=which)


# ------------------------------------------------------------------- pages 2 and 4
def exercise_html(step: HandoutStep, answers: bool) -> str:
    """The step from the start: the given numbers, the table of terms, the boxes (filled if `answers`)."""
    if not step.n:
        return _p(translate("Handout", "There are no data points: add some in the app, then export the "
                                       "handout again."))
    eta, w = num(step.lr), f"({num(step.w[0], W_DIGITS)}, {num(step.w[1], W_DIGITS)})"
    start = translate("Handout", "Start at w = {w} with the learning rate η = {eta}. Compute one step of "
                                 "gradient descent: the new w′ = (w0′, w1′).")
    parts = [_p(start.format(w=w, eta=eta))]
    if not step.uses_all_points and not answers:  # (the answer page has no room to say it twice)
        parts.append(_p(_sampling_words(step)))
    parts.append(_terms_table(step, answers))
    box = (lambda value, digits=NUM_DIGITS: num(value, digits)) if answers else (lambda value, digits=0: BLANK)
    g0, g1 = step.grad
    over = f" / {step.divisor:,}" if step.form is LossForm.MEAN else ""  # (the points this step sums over)
    lines = [
        (f"1.&nbsp; {D0} = Σ ({RES}){over} =", box(g0)),
        (f"2.&nbsp; {D1} = Σ ({RES})·x<sub>i</sub>{over} =", box(g1)),
        (f"3.&nbsp; {W0}′ = {W0} − η·{D0} = {num(step.w[0], W_DIGITS)} − {num(step.lr)}·{D0} =",
         box(step.w_new[0], W_DIGITS)),
        (f"4.&nbsp; {W1}′ = {W1} − η·{D1} = {num(step.w[1], W_DIGITS)} − {num(step.lr)}·{D1} =",
         box(step.w_new[1], W_DIGITS)),
        ("5.&nbsp; E(w′) = ", box(step.loss_new)),
    ]
    parts.append(_boxes(lines))
    before = translate("Handout", "Before the step, E(w) = {loss}. Did the step make E smaller?")
    parts.append(_p(before.format(loss=num(step.loss))))
    if answers:
        parts.append(_p(_answer_notes(step)))
    return "".join(parts)


def _terms_table(step: HandoutStep, answers: bool) -> str:
    """i, xᵢ, yᵢ, then f_w(xᵢ), f_w(xᵢ) − yᵢ, (f_w(xᵢ) − yᵢ)·xᵢ (empty boxes, or the numbers), and the sums."""
    rows = [_row(["i", "x<sub>i</sub>", "y<sub>i</sub>", F, RES, f"({RES})·x<sub>i</sub>"], header=True)]
    shown = step.shown_rows()
    for k in shown:
        i = int(step.index[k])
        terms = [num(step.fx[k]), num(step.residual[k]), num(step.residual_x[k])] if answers else [BLANK] * 3
        rows.append(_row([str(i + 1), num(step.x[i]), num(step.y[i]), *terms]))
    more = len(step.index) - len(shown)
    if more:
        rows.append(_row(["…", "", "", "", "", ""]))
    s0, s1 = step.sums
    sums = [num(s0), num(s1)] if answers or more else [BLANK] * 2  # a long table: the sums are given
    rows.append(_row(["Σ", "", "", "", *sums], header=True))
    table = _table(rows, padding=5)  # room to write in
    if more:
        table += _p(translate("Handout", "… and {count} more points: the sums Σ run over all of them and are given.")
                    .format(count=f"{more:,}"))
    return table


def _answer_notes(step: HandoutStep) -> str:
    went = translate("Handout", "E went from {before} to {after}.")
    notes = [went.format(before=num(step.loss), after=num(step.loss_new))]
    if step.form is LossForm.MEAN:
        notes.append(translate("Handout", "(The mean form: the sums are divided by the {count} points summed.)").format(
            count=step.divisor))
    if not step.follows_app:
        other = translate("Handout", "The app's optimizer ({name}) moves differently from this plain rule: its "
                                     "first step went to w = {w}.")
        notes.append(other.format(name=step.optimizer, w=_pair(step.app_w_new)))
    return " ".join(notes)


def _pair(w) -> str:
    return "—" if w is None else f"({num(w[0], W_DIGITS)}, {num(w[1], W_DIGITS)})"


# ---------------------------------------------------------------------- the pieces
def _p(text: str) -> str:
    """A paragraph of prose: the plain-text notation of the translations (f_w, w0) set as formulas."""
    text = re.sub(r"\bf_w\b", "f<sub>w</sub>", text)
    return "<p>" + re.sub(r"\bw([01])\b", r"w<sub>\1</sub>", text) + "</p>"


def _heading(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def _formula(text: str) -> str:
    return f"<p style='margin-left: 24px; font-size: large;'>{text}</p>"


def _row(cells: list[str], header: bool = False) -> str:
    tag = "th" if header else "td"
    return "<tr>" + "".join(f"<{tag} align='right'>{cell}</{tag}>" for cell in cells) + "</tr>"


def _table(rows: list[str], padding: int = 4) -> str:
    return f"<table border='1' cellspacing='0' cellpadding='{padding}'>{''.join(rows)}</table>"


def _boxes(lines: list[tuple[str, str]]) -> str:
    """Each line: the formula, then its box (a cell with a border)."""
    rows = "".join(f"<tr><td style='padding: 6px;'>{text}</td>"
                   f"<td style='border: 1px solid black; padding: 6px;' width='140' align='right'>{value}</td></tr>"
                   for text, value in lines)
    return f"<table cellspacing='6' cellpadding='0'>{rows}</table>"
