"""The live update formula (lecture part 8): the rule w ← w − η ∇E(w) with the numbers of the
last step substituted, the two partial derivatives as the lecture writes them, which points
they summed over, and how E changed.

Before the first step it shows the step that would come next, from the current w and its
gradient, so it is never empty; with no data, a short hint.

The numbers are the recorded ones (StepRecord: w_before, η, grad_used, w_after), never
recomputed, and w_before − η·grad_used = w_after holds for them by construction. Each
section is one rich-text QLabel; a refresh builds the HTML strings and sets only those that
changed, so it is cheap enough to run every frame while playing.

Two buttons at the top switch the page to the chain rule (合成関数の微分, ChainRuleView): the same
step derived point by point as a table. Which one is shown is view state (ViewState.chain_rule),
so a projection window follows the teacher's.

Public attributes:
    heading, label, partials, change   the four QLabels (label: the update rule itself)
    show_rule, show_chain, chain_rule  the two switch buttons and the chain-rule view
    enlarge_button, sig_enlarge        Full window: the window lets this page fill it (a long table on a projector)
    shown_text()                       the plain text on screen, for tests
    set_font_scale(factor)             scale every font (a projector theme may enlarge it)
"""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from gdstudio.core.history import StepRecord
from gdstudio.core.model import LossForm
from gdstudio.engine.controller import Controller
from gdstudio.i18n import translate
from gdstudio.ui.panels.chain_rule import ChainRuleView
from gdstudio.ui.style import Look, fitted_scale, fmt
from gdstudio.ui.widgets.throttle import lazy_refresh

BASE_FONT_PT = 16.0        # readable from the back row of a classroom
MIN_SCALE, MAX_SCALE = 0.5, 4.0
SMALLEST_FIT = 0.5         # in a tab narrower than the formula, its text shrinks down to this share (then it scrolls)
W_DIGITS, LR_DIGITS, GRAD_DIGITS, LOSS_DIGITS, TERM_DIGITS = 5, 4, 4, 4, 3
LISTED_POINTS = 8          # a batch up to this size is listed in full; a larger one shows its first few and "…"
LISTED_HEAD = 6
SUBSTITUTE_UP_TO = 3       # write the terms of the sum out when at most this many points were used

SYMBOL_SIZE = 0.9          # relative font sizes: the symbolic rows above the numbers,
RANGE_SIZE = 0.9           # the line saying which points the sums used,
NOTE_SIZE = 0.8            # side notes
CELL_PAD = 3               # px either side of every cell of the formula tables
RULE_ALIGN = "rcccccll"
NAMES = ("w₀", "w₁")
PARTIALS = ("∂E/∂w₀", "∂E/∂w₁")
F_MINUS_Y = "f<sub>w</sub>(x<sub>i</sub>) − y<sub>i</sub>"

# In English, as the tests read it; shown through translate("FormulaPanel", NO_DATA_HINT).
NO_DATA_HINT = QT_TRANSLATE_NOOP("FormulaPanel", "No data points yet: click in the data panel to add some. "
                                                 "The update rule will then show here with its numbers.")


def tips() -> dict[str, str]:
    """The tooltip of each section, in the current language."""
    return {
        "heading": translate("FormulaPanel", "Gradient descent takes one step against the gradient. "
                                             "η is the learning rate (学習率)."),
        "rule": translate("FormulaPanel",
                          "The update rule: each parameter moves against its partial derivative, w ← w − η ∂E/∂w.\n"
                          "The top row is the rule, the row under it the same rule with this step's numbers."),
        "partials": translate("FormulaPanel",
                              "The partial derivatives of E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))², by the chain rule:\n"
                              "E depends on f_w, and f_w(x) = w₀ + w₁·x depends on w₀ (factor 1) and w₁ (factor x).\n"
                              "Mini-batch and SGD sum over only the points used in this step (ringed in the data "
                              "panel)."),
        "change": translate("FormulaPanel",
                            "The error E(w) of the whole data set before and after the step:\n"
                            "gradient descent should make it go down (▼, green); ▲ in orange means it went up."),
    }


def num(value: float, digits: int) -> str:
    """fmt() (which writes the true minus sign); a dash for a value that is not finite."""
    return fmt(float(value), digits) if np.isfinite(value) else "—"


def factor(value: float, digits: int) -> str:
    """A number as the right operand of a product: negative ones in parentheses."""
    text = num(value, digits)
    return f"({text})" if text.startswith("−") else text


def point_set(indices: np.ndarray) -> str:
    """1-based point numbers, sorted, the first few only for a large batch."""
    numbers = [str(i + 1) for i in np.sort(indices)]
    if len(numbers) > LISTED_POINTS:
        numbers = [*numbers[:LISTED_HEAD], "…"]
    return "{" + ", ".join(numbers) + "}"


def _row(cells, align: str, style: str = "", top: int = 0) -> str:
    """One table row; align holds one letter per cell (l, c, r); operators get room on both sides,
    and `top` pixels of air above the row."""
    where = {"l": "left", "c": "center", "r": "right"}
    pad = f"padding: {top}px {CELL_PAD}px 0px {CELL_PAD}px"
    tds = "".join(f"<td align='{where[a]}' style='{pad}'>{cell}</td>" for cell, a in zip(cells, align))
    return f"<tr style='{style}'>{tds}</tr>" if style else f"<tr>{tds}</tr>"


def _flatten_tables(html: str) -> str:
    """Tables as lines of text (a QTextDocument would put every cell on a line of its own)."""
    html = re.sub(r"</td>", " ", html)
    html = re.sub(r"</tr>|</table>", "<br>", html)
    return re.sub(r"<(table|tr|td)\b[^>]*>", "", html)


def _table(rows: list[str]) -> str:
    return f"<table cellspacing='0' cellpadding='0'>{''.join(rows)}</table>"


def plural(n: int) -> str:
    text = translate("FormulaPanel", "{n} point") if n == 1 else translate("FormulaPanel", "{n} points")
    return text.format(n=f"{n:,}")  # (100,000 点: thousands separators in both languages)


def follows_rule(w_before, lr: float, grad, w_after) -> bool:
    """w_after = w_before − η·grad (true for plain gradient descent, by construction)."""
    expected = np.asarray(w_before) - lr * np.asarray(grad)
    return bool(np.allclose(expected, w_after, rtol=1e-9, atol=1e-12 * (1.0 + float(np.abs(w_before).max()))))


class FormulaPanel(QWidget):
    sig_enlarge = Signal()  # the Full window button: the window lets this page fill it, or brings the others back

    def __init__(self, controller: Controller, look: Look, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.look = look
        # The size setting and the theme's larger text (projector), as every other panel's text.
        self._scale = min(MAX_SCALE, max(MIN_SCALE, look.scale * look.theme.font_scale))
        self._html: dict[str, str] = {}
        self.fit = 1.0  # below 1 while the tab is narrower than the formula at the look's size
        self.heading = QLabel()
        self.label = QLabel()      # the update rule with its numbers
        self.partials = QLabel()
        self.change = QLabel()
        self._labels = {"heading": self.heading, "rule": self.label, "partials": self.partials,
                        "change": self.change}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(10)
        layout.addLayout(self._build_switch(controller))
        self.rule_part = QWidget()  # the four labels, hidden while the chain rule is shown
        rule_layout = QVBoxLayout(self.rule_part)
        rule_layout.setContentsMargins(0, 0, 0, 0)
        rule_layout.setSpacing(10)
        tooltips = tips()
        for key, label in self._labels.items():
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setToolTip(tooltips[key])
            label.setWordWrap(key != "rule")
            rule_layout.addWidget(label)
        self.chain_rule = ChainRuleView(controller, look)
        layout.addWidget(self.rule_part)
        layout.addWidget(self.chain_rule)
        layout.addStretch(1)
        self._apply_font()
        self._on_chain_rule_changed(controller.view_state.chain_rule)
        controller.view_state.sig_chain_rule_changed.connect(self._on_chain_rule_changed)

        # Hidden, it catches up when next shown: an edit at 100,000 points must not wait for a tab nobody sees.
        later = lazy_refresh(self, self.refresh, controller)
        for signal in (controller.sig_history_changed, controller.sig_settings_changed, controller.sig_data_changed):
            signal.connect(later)
        self.refresh()

    # ------------------------------------------------------------------ public
    @property
    def font_scale(self) -> float:
        return self._scale

    def set_font_scale(self, factor: float) -> None:
        """Scale every font of the panel (1 = BASE_FONT_PT); clamped to [0.5, 4]."""
        factor = float(np.clip(factor, MIN_SCALE, MAX_SCALE)) if np.isfinite(factor) else 1.0
        self.chain_rule.set_font_scale(factor * self.fit)
        if factor != self._scale:
            self._scale = factor
            self._apply_font()
            self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """In its tab's scroll area, the text a little smaller where the formula is wider than the tab (down to
        SMALLEST_FIT, then it scrolls); back to the look's size where there is room (Full window)."""
        viewport = self.parentWidget()
        if viewport is None or not isinstance(viewport.parentWidget(), QScrollArea):
            return
        m = self.layout().contentsMargins()
        room = viewport.width() - m.left() - m.right() - 4
        shown = [label for label in (self.label, self.partials) if label.text() and label.isVisibleTo(self)]
        need = max((label.sizeHint().width() for label in shown), default=0)
        if not need or room <= 0:
            return
        fit = fitted_scale(self.fit, room, need, SMALLEST_FIT)
        if fit != self.fit:
            self.fit = fit
            self.chain_rule.set_font_scale(self._scale * fit)
            self._apply_font()
            self.refresh()

    def sizeHint(self) -> QSize:  # noqa: N802
        """Its content's preferred size, the switch row not counted: the window's rows share its height by
        their preferred sizes, and the switch is not to make the bottom row taller (the page scrolls)."""
        hint = super().sizeHint()
        return QSize(hint.width(), hint.height() - self.show_rule.sizeHint().height() - self.layout().spacing())

    def shown_text(self) -> str:
        """The panel's text as plain text (what a student reads): one line per table row."""
        doc = QTextDocument()
        lines = []
        for label in self._labels.values():
            if label.isVisibleTo(self) and label.text():
                doc.setHtml(_flatten_tables(label.text()))
                lines.append(doc.toPlainText().replace("\u00a0", " "))
        text = re.sub(r"[ \t]+", " ", "\n".join(lines))
        return "\n".join(line.strip() for line in text.splitlines() if line.strip())

    @Slot()
    def refresh(self) -> None:
        html = self._build()
        for key, label in self._labels.items():
            text = html.get(key, "")
            if self._html.get(key) != text:
                self._html[key] = text
                label.setText(text)
                label.setVisible(bool(text))

    # ------------------------------------------------------------------ the switch
    def _build_switch(self, controller: Controller) -> QHBoxLayout:
        self.show_rule = QPushButton(self.tr("Update rule"))
        self.show_chain = QPushButton(self.tr("Chain rule"))
        self.show_rule.setToolTip(self.tr("The update w ← w − η∇E(w) with the step's numbers"))
        self.show_chain.setToolTip(self.tr("合成関数の微分 (the chain rule): the same gradient point by point, "
                                           "as a table of each point's factors and products"))
        group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(0)
        for button in (self.show_rule, self.show_chain):
            button.setCheckable(True)
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.enlarge_button = QPushButton(translate("CodePanel", "Full window"))
        self.enlarge_button.setToolTip(self.tr("Let this page fill the window; press again to bring the panels back"))
        self.enlarge_button.clicked.connect(self.sig_enlarge)
        row.addWidget(self.enlarge_button)
        self.show_chain.toggled.connect(controller.view_state.set_chain_rule)
        return row

    @Slot(bool)
    def _on_chain_rule_changed(self, on: bool) -> None:
        (self.show_chain if on else self.show_rule).setChecked(True)
        self.rule_part.setVisible(not on)
        self.chain_rule.setVisible(on)

    # ------------------------------------------------------------------ building
    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(BASE_FONT_PT * self._scale * self.fit)
        for label in self._labels.values():
            label.setFont(font)
            label.setStyleSheet(f"color: {self.look.ink};")
        self._html.clear()  # the HTML carries sizes: rebuild it all

    def _pt(self, relative: float) -> str:
        return f"{BASE_FONT_PT * self._scale * self.fit * relative:.1f}pt"

    def _small(self, text: str, colour: str | None = None, size: float = NOTE_SIZE) -> str:
        return f"<span style='font-size:{self._pt(size)}; color:{colour or self.look.muted}'>{text}</span>"

    def _build(self) -> dict[str, str]:
        c = self.controller
        n = len(c.model_data)
        if n == 0:
            title = self.tr("Update rule")
            return {"heading": f"<b>{title}</b>",
                    "rule": "w ← w − η · ∇E(w)",
                    "change": self._small(translate("FormulaPanel", NO_DATA_HINT))}
        record = c.history.step_record()
        if record is None:
            return self._build_preview(n)
        return self._build_record(record, n)

    def _build_preview(self, n: int) -> dict[str, str]:
        """Before the first step: the step that comes next, from the current w and ∇E(w)."""
        c = self.controller
        state = c.current
        w_new = state.w - c.lr * state.grad
        heading = self.tr("<b>Next step</b> (step 1, not taken yet) &nbsp; η = {lr}").format(lr=num(c.lr, LR_DIGITS))
        if not c.sampler.uses_all_points:
            k = c.sampler.size(n)
            kind = self.tr("one point") if k == 1 else self.tr("a mini-batch of {k}").format(k=k)
            heading += "<br>" + self._small(self.tr("∇E over all points here; the step itself will use {kind}, "
                                                    "so its gradient will differ.").format(kind=kind))
        e_new = float(c.surface.loss(w_new[0], w_new[1]))
        return {"heading": heading,
                "rule": self._rule(state.w, c.lr, state.grad, w_new, True),
                "partials": self._partials(None, n, state.w, state.grad),
                "change": self._change(state.loss, e_new, self._e_template())}

    def _build_record(self, r: StepRecord, n: int) -> dict[str, str]:
        c = self.controller
        heading = self.tr("<b>Step {step}</b> (the last one) &nbsp; η = {lr}").format(step=r.step,
                                                                                      lr=num(r.lr, LR_DIGITS))
        if c.lr != r.lr:
            heading += "<br>" + self._small(self.tr("η is now {lr}: the next step uses it.").format(
                lr=num(c.lr, LR_DIGITS)))
        exact = follows_rule(r.w_before, r.lr, r.grad_used, r.w_after)
        rule = self._rule(r.w_before, r.lr, r.grad_used, r.w_after, exact)
        if not exact:
            rule += "<br>" + self._small(self.tr("This optimizer adds its own terms to the plain rule; "
                                                 "→ shows where it actually moved w."))
        return {"heading": heading,
                "rule": rule,
                "partials": self._partials(r.batch, n, r.w_before, r.grad_used),
                "change": self._change(r.loss_before, r.loss_after, self._e_template())}

    def _rule(self, w_old, lr: float, grad, w_new, exact: bool) -> str:
        """Per parameter: the symbolic rule, and under it the same rule with the numbers, each number
        centred under its symbol."""
        equals = "=" if exact else "→"
        rows = []
        for k in range(2):
            symbols = (f"{NAMES[k]} ←", NAMES[k], "−", "η", "·", PARTIALS[k], "", "")
            numbers = ("=", num(w_old[k], W_DIGITS), "−", num(lr, LR_DIGITS), "·", factor(grad[k], GRAD_DIGITS),
                       equals, f"<b style='color:{self.look.blue}'>{num(w_new[k], W_DIGITS)}</b>")
            rows.append(_row(symbols, RULE_ALIGN, f"color:{self.look.muted}; font-size:{self._pt(SYMBOL_SIZE)}",
                             top=8 if k else 0))  # air between the two parameters
            rows.append(_row(numbers, RULE_ALIGN))
        return _table(rows)

    def _partials(self, batch: np.ndarray | None, n: int, w, grad) -> str:
        """The lecture's sums for ∂E/∂w₀ and ∂E/∂w₁, over the points used, with their values."""
        mean = self.controller.loss_form is LossForm.MEAN
        same_data = self._same_data(batch, w, grad, mean)
        if batch is None:
            total, size, scale = "Σ<sub>i</sub> ", n, "(1/N) " if mean else ""
            if not same_data:
                where = self.tr("over all the points as they were then")
            elif n == 1:
                where = self.tr("over the only point (N = 1)")
            else:
                where = self.tr("over all {count} points (N = {n})").format(count=f"{n:,}", n=f"{n:,}")
        else:
            total, size, scale = "Σ<sub>i∈B</sub> ", len(batch), "(1/|B|) " if mean else ""
            shown = f"<b style='color:{self.look.green}'>{point_set(batch)}</b>"
            if size == 1:
                where = self.tr("over the single point i = {i} (SGD)").format(
                    i=shown.replace("{", "").replace("}", ""))
            else:
                count = (self.tr("({size} of {points})").format(size=size, points=plural(n)) if same_data
                         else self.tr("({size} points)").format(size=size))
                where = self.tr("over the mini-batch B = {batch} {count}").format(
                    batch=shown, count=count.replace(" ", "&nbsp;"))
        if not same_data:
            where += " — " + self._small(self.tr("the data has been edited since this step"))
        terms = self._substituted(np.arange(n) if batch is None else batch, w, mean) \
            if same_data and size <= SUBSTITUTE_UP_TO else None
        rows = []
        for k, tail in enumerate(("", "·x<sub>i</sub>")):
            value = f"<b>{num(grad[k], GRAD_DIGITS)}</b>"
            sums = f"{scale}{total}({F_MINUS_Y}){tail}"
            if terms:
                rows.append(_row((PARTIALS[k], "=", sums), "lcl"))
                rows.append(_row(("", "=", f"{terms[k]} = {value}"), "lcl"))
            else:
                rows.append(_row((PARTIALS[k], "=", f"{sums} &nbsp;= {value}"), "lcl"))
        return _table(rows) + self._small(where, self.look.ink, RANGE_SIZE)

    def _same_data(self, batch: np.ndarray | None, w, grad, mean: bool) -> bool:
        """Whether the current data still gives the gradient the step used (it may have been edited since)."""
        c = self.controller
        if batch is None:
            check = c.surface.gradient(w[0], w[1])
        elif len(batch) == 0 or np.max(batch) >= len(c.model_data):
            return False
        else:
            x, y = c.model_data.x[batch], c.model_data.y[batch]
            d = w[0] + w[1] * x - y
            check = np.array([d.sum(), d @ x]) / (len(batch) if mean else 1)
        scale = 1e-9 * (1.0 + float(np.abs(grad).max()))
        return bool(np.all(np.abs(check - grad) <= scale + 1e-7 * np.abs(grad)))

    def _substituted(self, index: np.ndarray, w, mean: bool) -> tuple[str, str]:
        """The terms of both sums written out: (f_w(xᵢ) − yᵢ), with f_w(xᵢ) = w₀ + w₁·xᵢ evaluated."""
        x, y = self.controller.model_data.x[index], self.controller.model_data.y[index]
        f = w[0] + w[1] * x
        # No break inside a term: a long sum wraps between its terms only.
        d0 = [f"({num(fv, TERM_DIGITS)}&nbsp;−&nbsp;{num(yv, TERM_DIGITS)})" for fv, yv in zip(f, y)]
        d1 = [f"{d}·{factor(xv, TERM_DIGITS)}" for d, xv in zip(d0, x)]
        prefix = f"(1/{len(index)})·" if mean else ""

        def join(parts: list[str]) -> str:
            body = " + ".join(parts)
            return f"{prefix}[{body}]" if prefix and len(parts) > 1 else prefix + body

        return join(d0), join(d1)

    def _e_template(self) -> str:
        return self.tr("E(w<sub>old</sub>) = {before} → E(w<sub>new</sub>) = {after}")

    def _change(self, before: float, after: float, template: str) -> str:
        text = template.format(before=num(before, LOSS_DIGITS), after=num(after, LOSS_DIGITS))
        if not (np.isfinite(before) and np.isfinite(after)):
            return text
        diff = after - before
        if diff < 0:
            verdict = f"<b style='color:{self.look.green}'>▼&nbsp;{num(diff, 3)}</b>"
        elif diff > 0:
            verdict = f"<b style='color:{self.look.vermillion}'>▲&nbsp;+{num(diff, 3)}</b>"
        else:
            unchanged = self.tr("unchanged")
            verdict = f"<span style='color:{self.look.muted}'>{unchanged}</span>"
        return f"{text} &nbsp; {verdict}"
