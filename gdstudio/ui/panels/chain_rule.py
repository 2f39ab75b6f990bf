"""The chain rule (合成関数の微分), the way the lecture derives the gradient (slides 24–28): E depends
on f_w and f_w on w, so each point adds (f_w(xᵢ) − yᵢ)·1 to ∂E/∂w₀ and (f_w(xᵢ) − yᵢ)·xᵢ to ∂E/∂w₁.
A table of the step's points with both factors and products, the batch's rows tinted and marked,
the sums (scaled for the mean error), and the update with the step's numbers.

It shows the last recorded step (core.chain_rule.from_record), whose sums are the gradient the step
used; before the first step, or when the data changed since, the step that comes next; with no
data, a hint. Each section is one rich-text QLabel, rebuilt only when the step, the document or
the size changed, so a refresh per frame costs next to nothing.

Public attributes:
    heading, derivation, table, update_rule, note   the QLabels (update_rule: w ← w − η∇E with numbers)
    chain                                      the ChainRule shown (None: no data)
    highlighted                                the 0-based points whose rows are tinted (the batch)
    shown_text()                               the plain text on screen, for tests
    set_font_scale(factor)                     scale every font (1 = BASE_FONT_PT)
"""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QColor, QFont, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from gdstudio.core import chain_rule as core
from gdstudio.core.document import Document, Fit
from gdstudio.core.model import LossForm
from gdstudio.core.standardize import Standardize
from gdstudio.engine.controller import Controller
from gdstudio.i18n import translate
from gdstudio.ui.style import Look, fmt
from gdstudio.ui.widgets.throttle import lazy_refresh

BASE_FONT_PT = 16.0          # as the formula panel's
MIN_SCALE, MAX_SCALE = 0.5, 4.0
W_DIGITS, LR_DIGITS, CELL_DIGITS = 5, 4, 4
SMALL, TABLE_SIZE = 0.8, 0.85  # relative font sizes: notes and symbols; the table
MIN_FIT, MIN_TABLE_PT = 0.6, 11.0  # a table wider than its room shrinks, to this factor and size at most
FIT_SLACK = 0.95                   # of the room a fitted table takes (its numbers' widths change a little)
CELL_PAD = 4                  # px either side of a table cell, at 100 %
TINT = 0.22                   # the batch rows' background: this much of the theme's batch green
MARK = "●"                    # the batch's mark (the data panel rings the same points in green)
NAMES = ("w₀", "w₁")
PARTIALS = ("∂E/∂w₀", "∂E/∂w₁")
F = "f<sub>w</sub>(x<sub>i</sub>)"
RESIDUAL = f"{F} − y<sub>i</sub>"

NO_DATA_HINT = QT_TRANSLATE_NOOP("ChainRuleView", "No data points yet: click in the data panel to add some. "
                                                  "The chain-rule table will then show each point's terms here.")
OPTIMIZER_NOTE = QT_TRANSLATE_NOOP("FormulaPanel", "This optimizer adds its own terms to the plain rule; "
                                                   "→ shows where it actually moved w.")


def num(value: float, digits: int) -> str:
    """fmt() (which writes the true minus sign); a dash (the app's word for a number it cannot show) when not finite."""
    return fmt(float(value), digits) if np.isfinite(value) else "—"


def factor(value: float, digits: int) -> str:
    """A number as the right operand of a product: negative ones in parentheses."""
    text = num(value, digits)
    return f"({text})" if text.startswith("−") else text


def tint(colour: str, background: str, amount: float) -> str:
    """`colour` laid over `background` at `amount` opacity, as #rrggbb (rich text has no alpha)."""
    a, b = QColor(colour), QColor(background)
    mix = [round(amount * p + (1 - amount) * q) for p, q in zip(a.getRgb()[:3], b.getRgb()[:3])]
    return QColor(*mix).name()


def _flatten_tables(html: str) -> str:
    """Tables as lines of text (a QTextDocument would put every cell on a line of its own)."""
    html = re.sub(r"</td>", " ", html)
    html = re.sub(r"</tr>|</table>", "<br>", html)
    return re.sub(r"<(table|tr|td)\b[^>]*>", "", html)


def _lengths(chain: core.ChainRule, rows: list[core.ChainRuleRow]) -> tuple[int, ...]:
    """The longest number's length in characters, per column of the table (its width follows them)."""
    columns = [[str(r.i + 1), *(num(v, CELL_DIGITS) for v in (r.x, r.y, r.f, r.residual)),
                *((num(p, CELL_DIGITS) for p in r.products) if r.in_batch else ("", ""))] for r in rows]
    widest = [max(len(c) for c in column) for column in zip(*columns)] if columns else []
    return (*widest, *(len(num(v, CELL_DIGITS)) for v in (*chain.sums, *chain.gradient)))


class ChainRuleView(QWidget):
    def __init__(self, controller: Controller, look: Look, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.look = look
        self._scale = min(MAX_SCALE, max(MIN_SCALE, look.scale * look.theme.font_scale))
        self._key: tuple | None = None
        self._document: Document | None = None  # (with _key: what the text shown was built from)
        self._fit = 1.0                   # the table's font, shrunk to fit the room it has (a projector)
        self._shape: tuple = ()           # what the fit was measured for (room, size, form, batch, widths)
        self._room: QWidget | None = None  # the scroll area's viewport this view is shown in, if any
        self.chain: core.ChainRule | None = None
        self.highlighted: tuple[int, ...] = ()
        self._shown: tuple = ()           # (chain, rows, hidden) of the table shown
        self.heading, self.derivation, self.table, self.update_rule, self.note = (QLabel() for _ in range(5))
        self._labels = (self.heading, self.derivation, self.table, self.update_rule, self.note)
        self._probe = QLabel(self)  # (never shown: measures a text's width as a label lays it out)
        self._probe.setTextFormat(Qt.TextFormat.RichText)
        self._probe.hide()
        self._wide = False  # the table beside the derivation (a wide page: Full window, 1920 px)
        self._formulas = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        columns = QHBoxLayout()
        self._columns = columns
        self._left, self._right = QVBoxLayout(), QVBoxLayout()
        for column in (self._left, self._right):
            column.setSpacing(10)
            columns.addLayout(column)
        layout.addLayout(columns)
        for label in self._labels:
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(label is not self.table)
            if label is not self.heading:
                self._left.addWidget(label)
        self._left.addStretch(1)
        self._right.addStretch(1)
        self.derivation.setToolTip(self.tr(
            "合成関数の微分 (the chain rule): the derivative of a composite function is the product of the "
            "derivatives of its parts.\nE depends on f_w, and f_w(x) = w₀ + w₁·x depends on w₀ (factor 1) and "
            "w₁ (factor x)."))
        self.table.setToolTip(self.tr(
            "Each point's two factors and their products; the sums are the gradient the step used.\n"
            "Tinted rows, marked ●, are the points the step used (ringed in the data panel)."))
        self.update_rule.setToolTip(self.tr("The update rule w ← w − η∇E(w) with this step's numbers."))
        self._apply_font()
        later = lazy_refresh(self, self.refresh, controller)  # (hidden: when next shown)
        for signal in (controller.sig_history_changed, controller.sig_settings_changed, controller.sig_data_changed):
            signal.connect(later)
        self.refresh()

    # ------------------------------------------------------------------ public
    @property
    def font_scale(self) -> float:
        return self._scale

    def set_font_scale(self, factor: float) -> None:
        factor = float(np.clip(factor, MIN_SCALE, MAX_SCALE)) if np.isfinite(factor) else 1.0
        if factor != self._scale:
            self._scale = factor
            self._apply_font()
            self.refresh()

    def shown_text(self) -> str:
        """The view's text as plain text: one line per table row."""
        doc = QTextDocument()
        lines = []
        for label in self._labels:
            if label.isVisibleTo(self) and label.text():
                doc.setHtml(_flatten_tables(label.text()))
                lines.append(doc.toPlainText().replace("\u00a0", " "))
        text = re.sub(r"[ \t]+", " ", "\n".join(lines))
        return "\n".join(line.strip() for line in text.splitlines() if line.strip())

    @Slot()
    def refresh(self) -> None:
        c = self.controller
        history = c.history
        key = (history.revision, len(history), self._scale, self._room_width() // 8)
        if key == self._key and c.document is self._document:
            return  # (the same step of the same document, in the same room: nothing to rebuild)
        self._key, self._document = key, c.document
        html = self._build()
        if html.get(self.table):
            html[self.table] = self._arrange(html)
        else:
            self._set_wide(False)
        for label in self._labels:
            text = html.get(label, "")
            if label.text() != text:
                label.setText(text)
            label.setVisible(bool(text))

    # ------------------------------------------------------------------ the room
    def showEvent(self, event) -> None:  # noqa: N802
        """Watch the viewport of the scroll area it is shown in (the Update tab scrolls): the table fits it."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        room = parent.viewport() if isinstance(parent, QScrollArea) else None
        if room is not self._room:
            if self._room is not None:
                self._room.removeEventFilter(self)
            self._room = room
            if room is not None:
                room.installEventFilter(self)
            self._key = None
        super().showEvent(event)
        self.refresh()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self._room and event.type() == QEvent.Type.Resize and self.isVisible():
            self.refresh()
        return False

    def _room_width(self) -> int:
        """The width the table may take: the viewport's, less the page's margins either side; 0 if unknown."""
        if self._room is None:
            return 0
        left = self.mapTo(self._room, QPoint(0, 0)).x() if self._room.isAncestorOf(self) else 0
        return max(0, self._room.width() - 2 * max(0, left))

    def _arrange(self, html: dict[QLabel, str]) -> str:
        """The table beside the derivation when both fit side by side at full size; else under it, its
        font shrunk (to MIN_FIT or MIN_TABLE_PT at most) when it is wider than the room. Measured only
        when the room or the table's shape changed (a layout costs ~15 ms): the same room, rows and
        number of characters per column give (nearly) the same width, which FIT_SLACK allows for.
        Returns the table's HTML."""
        chain, rows, _ = self._shown
        shape = (self._room_width(), self._scale, chain.form, chain.all_points, chain.batch_size, _lengths(chain, rows))
        if shape == self._shape:
            return html[self.table]
        self._shape, self._fit = shape, 1.0
        room = shape[0]
        table = self._table(*self._shown)
        if not room:
            return table
        width = self._width_of(table)
        self._set_wide(room >= self._width_of(self._formulas) + self._gap() + width)
        if self._wide:
            return table
        floor = min(1.0, max(MIN_FIT, MIN_TABLE_PT / (BASE_FONT_PT * self._scale * TABLE_SIZE)))
        for _ in range(3):  # (the width is nearly proportional to the font: a second try is close enough)
            if width <= FIT_SLACK * room or self._fit <= floor:
                break
            self._fit = max(floor, self._fit * FIT_SLACK * room / width)
            table = self._table(*self._shown)
            width = self._width_of(table)
        return table

    def _width_of(self, html: str) -> int:
        """The width a label needs for `html` on one line (a bare QTextDocument measures tables narrower)."""
        self._probe.setFont(self.table.font())
        self._probe.setText(html)
        return self._probe.minimumSizeHint().width()

    def _gap(self) -> int:
        return round(CELL_PAD * 6 * self._scale)

    def _set_wide(self, wide: bool) -> None:
        """Move the table beside the derivation (wide) or between it and the update (narrow)."""
        if wide == self._wide:
            return
        self._wide = wide
        self._left.removeWidget(self.table)
        self._right.removeWidget(self.table)
        if wide:
            self._right.insertWidget(0, self.table)
        else:
            self._left.insertWidget(1, self.table)  # (after the derivation)
        self._columns.setSpacing(self._gap() if wide else 0)
        self.updateGeometry()

    # ------------------------------------------------------------------ building
    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(BASE_FONT_PT * self._scale)
        for label in self._labels:
            label.setFont(font)
            label.setStyleSheet(f"color: {self.look.ink};")
        self._key = None  # the HTML carries sizes: rebuild it

    def _pt(self, relative: float) -> str:
        return f"{BASE_FONT_PT * self._scale * relative:.1f}pt"

    def _small(self, text: str, colour: str | None = None) -> str:
        return f"<span style='font-size:{self._pt(SMALL)}; color:{colour or self.look.muted}'>{text}</span>"

    def _build(self) -> dict[QLabel, str]:
        c = self.controller
        title = self.tr("Chain rule")
        if not len(c.model_data):
            self.chain, self.highlighted = None, ()
            return {self.heading: f"<b>{title}</b>", self.note: self._small(translate("ChainRuleView", NO_DATA_HINT))}
        fit = Fit(c.scaling, c.model_data, c.surface)
        record = c.history.step_record()
        chain = core.from_record(record, fit) if record is not None else None
        edited = chain is not None and not chain.matches
        if chain is None or edited:
            chain = core.next_step(c.document, fit, c.history)
        assert chain is not None  # (there is data)
        self.chain = chain
        rows, hidden = chain.table()
        self._shown = (chain, rows, hidden)
        self.highlighted = tuple(row.i for row in rows if row.in_batch)
        if chain.taken:
            heading = self.tr("<b>{title}</b> — step {step} (the last one)").format(title=title, step=chain.step)
        else:
            heading = self.tr("<b>{title}</b> — the next step (step {step}, not taken yet)").format(
                title=title, step=chain.step)
        notes = []
        if edited:
            notes.append(self.tr("The data has been edited since step {step}: this is the next step, with the "
                                 "points as they are now.").format(step=record.step if record else 0))
        if c.standardize is not Standardize.OFF:
            notes.append(self.tr("xᵢ and yᵢ are the values the model sees (standardised)."))
        if not chain.follows_plain_rule:
            notes.append(translate("FormulaPanel", OPTIMIZER_NOTE))
        return {self.heading: heading, self.derivation: self._derivation(chain),
                self.table: self._table(chain, rows, hidden), self.update_rule: self._update(chain),
                self.note: "<br>".join(self._small(n, self.look.ink) for n in notes)}

    def _sum_symbol(self, chain: core.ChainRule) -> str:
        """Σᵢ over all points, Σ_{i∈B} over a batch, with the mean's factor in front."""
        total = "Σ<sub>i</sub>" if chain.all_points else "Σ<sub>i∈B</sub>"
        if chain.form is LossForm.MEAN:
            total = ("(1/N) " if chain.all_points else "(1/|B|) ") + total
        return total

    def _derivation(self, chain: core.ChainRule) -> str:
        """E depends on f_w, f_w on w: each partial is a sum of products of the two parts' derivatives."""
        half = "½·(1/N)&nbsp;Σ<sub>i</sub>" if chain.form is LossForm.MEAN else "½&nbsp;Σ<sub>i</sub>"
        depends = self.tr("E depends on f<sub>w</sub>, and f<sub>w</sub> depends on w "
                          "(the slides write the error as L(w)):")
        model = (f"E(w)&nbsp;=&nbsp;{half}&nbsp;(y<sub>i</sub>&nbsp;−&nbsp;{F})², &nbsp; "
                 f"{F}&nbsp;=&nbsp;w₀&nbsp;+&nbsp;w₁·x<sub>i</sub>")  # (a wrap only between the two)
        total = self._sum_symbol(chain)
        rows = []
        for k, inner in enumerate(("1", "x<sub>i</sub>")):
            rows.append(f"<tr><td>{PARTIALS[k]}&nbsp;</td><td>=&nbsp;{total} ∂E/∂f · ∂f/∂w{'₀₁'[k]}</td></tr>")
            rows.append(f"<tr><td></td><td>=&nbsp;{total} ({RESIDUAL})·{inner}</td></tr>")
        table = f"<table cellspacing='0' cellpadding='0' style='margin-top:4px'>{''.join(rows)}</table>"
        self._formulas = f"{model}{table}"  # (the part that cannot wrap: what the left column needs)
        return f"{self._small(depends)}<br>{self._formulas}"

    def _cell(self, text: str, align: str = "right", style: str = "", span: int = 1) -> str:
        spanned = f" colspan='{span}'" if span > 1 else ""
        pad = round(CELL_PAD * self._scale * self._fit)  # (air that grows with the text)
        return f"<td align='{align}'{spanned} style='padding: 1px {pad}px; {style}'>{text}</td>"

    def _table(self, chain: core.ChainRule, rows: list[core.ChainRuleRow], hidden: int) -> str:
        look = self.look
        muted = f"color:{look.muted}; font-size:{self._pt(SMALL)}"
        out = ["<tr>" + "".join(self._cell(t, "center", muted) for t in
                                ("", "", "", "", "∂E/∂f", "∂f/∂w₀", "∂f/∂w₁")) + "</tr>",
               "<tr>" + "".join(self._cell(f"<b>{t}</b>", "center") for t in
                                ("i", "x<sub>i</sub>", "y<sub>i</sub>", F, RESIDUAL, "×&nbsp;1",
                                 "×&nbsp;x<sub>i</sub>")) + "</tr>"]
        shade = tint(look.green, look.background, TINT)
        for row in rows:
            r0, r1 = row.products
            values = (num(row.x, CELL_DIGITS), num(row.y, CELL_DIGITS), num(row.f, CELL_DIGITS),
                      num(row.residual, CELL_DIGITS))
            if row.in_batch:
                mark = f"<span style='color:{look.green}'>{MARK}</span>&nbsp;{row.i + 1}"
                cells = (mark, *values, num(r0, CELL_DIGITS), num(r1, CELL_DIGITS))
                out.append(f"<tr style='background-color:{shade}'>" + "".join(self._cell(t) for t in cells) + "</tr>")
            else:  # (not in this step's batch: its terms are not summed)
                cells = (str(row.i + 1), *values, "", "")
                out.append("<tr>" + "".join(self._cell(t, style=f"color:{look.muted}") for t in cells) + "</tr>")
        if hidden:
            more = self.tr("… {count} more rows of the batch").format(count=f"{hidden:,}")
            out.append("<tr>" + self._cell(self._small(more, look.ink), "left", span=7) + "</tr>")
        out += self._totals(chain)
        size = self._pt(TABLE_SIZE * self._fit)
        return f"<table cellspacing='0' cellpadding='0' style='font-size:{size}'>{''.join(out)}</table>"

    def _totals(self, chain: core.ChainRule) -> list[str]:
        """The sums over the batch; for the mean error, scaled by 1/|B|; named as the partials."""
        top = "padding-top: 6px"
        if chain.all_points:
            label = self.tr("sum over all {count} points (N = {n})").format(count=f"{chain.n:,}", n=f"{chain.n:,}")
        elif chain.batch_size == 1:
            label = self.tr("sum over the single point (SGD)")
        else:
            label = self.tr("sum over the {size} points of B {mark}").format(size=f"{chain.batch_size:,}",
                                                                            mark=MARK)
        sums, grad = chain.sums, chain.gradient
        mean = chain.form is LossForm.MEAN
        cell = (lambda v: num(v, CELL_DIGITS)) if mean else (lambda v: f"<b>{num(v, CELL_DIGITS)}</b>")
        rows = ["<tr>" + self._cell(f"Σ &nbsp; {label}", style=top, span=5)
                + "".join(self._cell(cell(v), style=top) for v in sums) + "</tr>"]
        if mean:
            times = f"× 1/{'N' if chain.all_points else '|B|'} = 1/{chain.batch_size:,}"
            rows.append("<tr>" + self._cell(times, span=5) +
                        "".join(self._cell(f"<b>{num(v, CELL_DIGITS)}</b>") for v in grad) + "</tr>")
        muted = f"color:{self.look.muted}; font-size:{self._pt(SMALL)}"
        rows.append("<tr>" + self._cell("", span=5) + "".join(self._cell(p, style=muted) for p in PARTIALS) + "</tr>")
        return rows

    def _update(self, chain: core.ChainRule) -> str:
        """w ← w − η∇E(w), and per parameter the same with the step's numbers."""
        equals = "=" if chain.follows_plain_rule else "→"
        lines = [f"<span style='color:{self.look.muted}'>w ← w − η · ∇E(w) &nbsp; (η = {num(chain.lr, LR_DIGITS)})"
                 "</span>"]
        for k in range(2):
            new = f"<b style='color:{self.look.blue}'>{num(chain.w_after[k], W_DIGITS)}</b>"
            # (a narrow page wraps after ← and before =, never inside a number's term)
            lines.append(f"{NAMES[k]}&nbsp;← {num(chain.w[k], W_DIGITS)}&nbsp;−&nbsp;{num(chain.lr, LR_DIGITS)}"
                         f"&nbsp;·&nbsp;{factor(chain.grad_used[k], CELL_DIGITS)} {equals}&nbsp;{new}")
        return "<br>".join(lines)
