"""The readout: iteration, w, E(w) and both partial derivatives, large enough for the back row;
beside them how far the run has got (‖∇E‖, distance to the optimum, η now) and how hard the
problem is (condition number κ of the Hessian); below, the formulas in use, whether η is
inside the stability bound, and in a race one line per run."""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gdstudio.core.curvature import condition_numbers
from gdstudio.core.descent import Stop
from gdstudio.engine.controller import Controller
from gdstudio.engine.run import suggested_lr
from gdstudio.i18n import translate
from gdstudio.ui.style import Look, SteadyLabel, fitted_scale, fmt
from gdstudio.ui.widgets.lr_scale import plain_descent_note, safe_zone_texts
from gdstudio.ui.widgets.pairs_layout import PairsLayout
from gdstudio.ui.widgets.throttle import lazy_refresh

ILL_CONDITIONED = 1e3  # κ above this: a long thin valley where plain gradient descent crawls
TYPICAL_VALUE = "−0.0000"  # values are this wide mostly (fmt(value, 5)); a longer one widens its column
SMALLEST_TEXT = 0.7  # of the look's size: the values' text shrinks down to this before a value goes under its name



def rows() -> tuple[tuple[str, str, str], ...]:
    """(key, label, tooltip) of the large values, in the current language."""
    return (
        ("step", translate("Readout", "iteration"),
         translate("Readout", "Number of updates taken since the start point")),
        ("w0", "w0", translate("Readout", "Intercept of the current line")),
        ("w1", "w1", translate("Readout", "Slope of the current line")),
        ("loss", "E(w)", translate("Readout", "Error of the current line")),
        ("g0", "∂E/∂w0", translate("Readout", "Partial derivative of E by w0: Σ (f_w(xᵢ) − yᵢ)")),
        ("g1", "∂E/∂w1", translate("Readout", "Partial derivative of E by w1: Σ (f_w(xᵢ) − yᵢ)·xᵢ")),
    )


def side_rows() -> tuple[tuple[str, str, str], ...]:
    """(key, label, tooltip) of the progress and difficulty values beside them."""
    return (
        ("gnorm", "‖∇E‖",
         translate("Readout", "Length of the gradient: 0 at the optimum. Playing stops when it is negligible.")),
        ("dist", "|w − w*|", translate("Readout", "Distance from the current w to the least-squares optimum ☆")),
        ("lr_now", translate("Readout", "η now"),
         translate("Readout", "The learning rate of the next step (after the schedule, if any)")),
        ("kappa", "κ", translate("Readout", "Condition number λmax/λmin of the Hessian: 1 is a round bowl; thousands "
                                            "make a long thin valley where gradient descent crawls (standardising x "
                                            "helps)")),
        ("lr_fast", translate("Readout", "fastest η"),
         translate("Readout", "2/(λmin + λmax): the learning rate at which plain gradient descent converges fastest "
                              "on this error (the green tick on the η slider; from 2/λmax, shaded there, it "
                              "diverges)")),
        ("kappa_other", translate("Readout", "κ std."),
         translate("Readout", "κ before or after standardising x, beside the κ in use above: standardising makes "
                              "the valley round (κ = 1)")),
    )


def gradient_vector(grad) -> str:
    """'∇E = (−2.23, −12.31)': the two partial derivatives as the Values tab shows them, with real minus signs."""
    return "∇E = ({}, {})".format(*(fmt(float(g), 4).replace("-", "−") for g in grad))


def breakable(formula: str) -> str:
    """A formula as rich text that a narrow label wraps only after '=', '←', ';' or ',' (its other
    spaces do not break: 'E(w) =' / '½ Σᵢ (yᵢ − f(xᵢ))²', never inside the parentheses)."""
    parts = re.split(r"( +)", formula)  # words and the runs of spaces between them
    for i in range(1, len(parts), 2):
        hard = "&nbsp;" * len(parts[i])
        parts[i] = hard[:-len("&nbsp;")] + " " if parts[i - 1].endswith(("=", "←", ";", ",")) else hard
    return "".join(parts)


class Readout(QWidget):
    def __init__(self, controller: Controller, look: Look, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.look = look
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        self.tips: dict[str, str] = {}
        self._sizes: dict[str, float] = {}  # key → the point size its name and value have at text scale 1
        self._kappa_colour = look.ink
        self.text_scale = 1.0  # below 1 where the tab is too narrow for a name and its value on one line
        # Side by side where the width lets them, else the side rows below the big ones (a projector's tab).
        self.pairs = PairsLayout(spacing=14, gap=46)
        self._add_rows(self.pairs, rows(), side=False, size=16)      # the step's own numbers, big
        self._add_rows(self.pairs, side_rows(), side=True, size=13)  # how far along, how hard the problem is
        # The gradient as the vector of the two partial derivatives above, with their numbers (slides 20–23).
        self.gradient = QLabel()
        self.gradient.setWordWrap(True)  # (a narrow tab: the second number goes below)
        self.gradient.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gradient.setToolTip(self.tr("The gradient ∇E(w) = (∂E/∂w0, ∂E/∂w1): the vector of the two partial "
                                         "derivatives. It points uphill; a step goes against it."))
        self.formula = QLabel()
        self.formula.setWordWrap(True)  # (at its lines' ends and after '=', '←', ';' and ',': see breakable)
        self.stability = QLabel()
        self.stability.setWordWrap(True)
        self.mapping = QLabel()
        self.mapping.setWordWrap(True)
        self.mapping.setToolTip(self.tr("Fitting on standardised data: w0′, w1′ above are that model's parameters; "
                                        "this is the same line in the data's own units"))
        self.race = QLabel()
        self.race.setWordWrap(True)  # (its table's cells wrap rather than widen the tab)
        self.race.setToolTip(self.tr("Each run of the race: steps taken (in a race of samplings also the data points "
                                  "used), its error, and whether it has stopped"))
        self._style_texts()
        layout = QVBoxLayout(self)
        layout.addLayout(self.pairs)
        layout.addSpacing(8)
        layout.addWidget(self.gradient)
        layout.addWidget(self.formula)
        layout.addWidget(self.stability)
        layout.addWidget(self.mapping)
        layout.addWidget(self.race)
        layout.addStretch(1)

        controller.sig_history_changed.connect(lazy_refresh(self, self.update_values, controller))
        controller.sig_data_changed.connect(self.update_formulas)
        controller.sig_settings_changed.connect(self.update_formulas)
        self.update_values()
        self.update_formulas()

    def _add_rows(self, pairs: PairsLayout, entries, side: bool, size: float) -> None:
        """A name and a value label per entry, as pairs of the main or the side group."""
        for key, label, tip in entries:
            name, value = QLabel(label), SteadyLabel(TYPICAL_VALUE)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for w in (name, value):
                w.setToolTip(tip)
            pairs.add_pair(name, value, side=side)
            self.values[key] = value
            self.names[key] = name
            self.tips[key] = tip
            self._sizes[key] = size
            self._style_pair(key)

    def _style_pair(self, key: str, colour: str | None = None) -> None:
        pt = self.look.pt(self._sizes[key]) * self.text_scale
        for label, sheet in ((self.names[key], f"font-size: {pt:.1f}pt; color: {self.look.ink};"),
                             (self.values[key], f"font-size: {pt:.1f}pt; color: {colour or self.look.ink}; "
                                                "font-family: monospace;")):
            if label.styleSheet() != sheet:  # (a new sheet re-polishes the label and relays out the window: 8 ms)
                label.setStyleSheet(sheet)

    def _style_texts(self) -> None:
        """The lines under the values, at the same text scale."""
        for label, size, ink in ((self.gradient, 12, True), (self.formula, 12, False), (self.stability, 11, False),
                                 (self.mapping, 12, False), (self.race, 12, False)):
            colour = f" color: {self.look.ink};" if ink else ""
            label.setStyleSheet(f"font-size: {self.look.pt(size) * self.text_scale:.1f}pt;{colour}")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._fit_text_to(event.size().width())

    def _fit_text_to(self, width: int) -> None:
        """The names and values a little smaller rather than a value on a line under its name, where the tab
        is narrow for their size (1024×768 at 200 %: then the tab showed one row): at most SMALLEST_TEXT."""
        viewport = self.parentWidget()  # (in its scroll area, the width shown is the viewport's)
        if viewport is not None:
            width = min(width, viewport.width())
        m = self.layout().contentsMargins()
        room = width - m.left() - m.right() - 4
        scale = fitted_scale(self.text_scale, room, self.pairs.widest_pair(), SMALLEST_TEXT)
        if scale != self.text_scale:
            self.text_scale = scale
            for key in self.names:
                self._style_pair(key, self._kappa_colour if key == "kappa" else None)
            self._style_texts()
            self.updateGeometry()

    @Slot()
    def update_values(self) -> None:
        state = self.controller.current
        shown = {"step": str(state.step), "w0": fmt(state.w[0], 5), "w1": fmt(state.w[1], 5),
                 "loss": fmt(state.loss, 5), "g0": fmt(state.grad[0], 4), "g1": fmt(state.grad[1], 4)}
        surface = self.controller.surface
        if surface.n:
            shown["gnorm"] = fmt(float(np.hypot(*state.grad)), 3)
            shown["dist"] = fmt(float(np.hypot(*(state.w - surface.optimum()))), 3)
        else:
            shown["gnorm"] = shown["dist"] = "—"
        shown["lr_now"] = fmt(self.controller.current_lr(), 3)
        self._update_mapping(state.w)
        self.gradient.setText(gradient_vector(state.grad))
        for key, text in shown.items():
            self.values[key].setText(text.replace("-", "−"))  # (the minus sign, as in the other tabs)
        self._update_race()

    def _update_mapping(self, w) -> None:
        c = self.controller
        if c.scaling.is_identity:
            self.mapping.setVisible(False)
            return
        line = c.line_w(w)
        s = c.scaling
        y_part = "" if (s.y_mean, s.y_std) == (0.0, 1.0) else f"σy = {fmt(s.y_std, 3)}, "
        self.mapping.setText(self.tr("standardised (x̄ = {x_mean}, σx = {x_std}, {y_part}fit on (x − x̄)/σx)<br>"
                                     "same line: <b>y = {w0} + {w1}·x</b>").format(
            x_mean=fmt(s.x_mean, 4), x_std=fmt(s.x_std, 3), y_part=y_part, w0=fmt(line[0], 4), w1=fmt(line[1], 4)))
        self.mapping.setVisible(True)

    def _update_race(self) -> None:
        runs = self.controller.runs
        if len(runs) < 2:
            self.race.setText("")
            self.race.setVisible(False)
            return
        status = {Stop.NONE: "", Stop.CONVERGED: self.tr("✔ converged"), Stop.DIVERGED: self.tr("✘ diverged")}
        # A race of samplings is run on equal budgets of data points: its table counts them beside the steps.
        n = len(self.controller.data) if self.controller.racing_sampling else None
        histories = [self.controller.shown_history(i) for i in range(len(runs))]

        def points(history) -> str:
            return "" if n is None else f"<td align='right'>&nbsp;{int(history.points_used([-1], n)[0]):,}</td>"

        rows = "".join(
            f"<tr><td style='color:{self.look.run_colours[i]}'>■</td><td>{r.title}</td>"
            f"<td align='right'>&nbsp;{h.steps_taken:,}</td>{points(h)}"
            f"<td align='right'>&nbsp;E = {fmt(float(h.loss[-1]), 4)}</td>"
            f"<td>&nbsp;{status[r.stop]}</td></tr>" for i, (r, h) in enumerate(zip(runs, histories)))
        race, steps, used = self.tr("race"), self.tr("steps"), self.tr("data points")
        points_head = "" if n is None else f"<td align='right'><b>&nbsp;{used}</b></td>"
        self.race.setText(f"<table cellspacing='2'><tr><td></td><td><b>{race}</b></td><td align='right'>"
                          f"<b>&nbsp;{steps}</b></td>{points_head}<td></td><td></td></tr>{rows}</table>")
        self.race.setVisible(True)

    def _update_safe_zone(self) -> None:
        """The fastest steady η (the divergence bound is in the verdict below) and κ before/after standardising
        beside κ; their sentences in the rows' tooltips (at 1920×1080 and 150 % the tab has no line to spare)."""
        c = self.controller
        curvature = c.curvature
        fast = curvature.fastest_steady
        self.values["lr_fast"].setText("—" if fast is None else fmt(fast, 3))
        raw, standardised = condition_numbers(c.surface, c.scaling)
        other = standardised if c.scaling.is_identity else raw  # (the κ row above is the one in use)
        self.names["kappa_other"].setText(self.tr("κ std.") if c.scaling.is_identity else self.tr("κ raw"))
        self.values["kappa_other"].setText("—" if other is None else fmt(other, 3))
        note = [plain_descent_note()] if c.racing or c.runs[0].key != "gd" else []
        fastest = safe_zone_texts(curvature)[1]
        kappas = None if raw is None or standardised is None else self.tr(
            "κ = {raw} (standardised: {standardised})").format(raw=fmt(raw, 3), standardised=fmt(standardised, 3))
        for key, line in (("lr_fast", fastest), ("kappa_other", kappas)):
            tip = "\n".join([line, *note, self.tips[key]] if line else [self.tips[key]])
            self.names[key].setToolTip(tip)
            self.values[key].setToolTip(tip)

    @Slot()
    def update_formulas(self) -> None:
        c = self.controller
        formula = c.loss_form.formula.replace("f_w", "f<sub>w</sub>")
        rule = type(c.runs[0].optimizer).formula.replace("g", "∇E") if c.runs[0].key != "gd" else "w ← w − η ∇E(w)"
        schedule = "" if c.schedule.kind.value == "constant" else f", {c.schedule.formula}"
        self.formula.setText("<br>".join(breakable(line) for line in (formula, rule, f"η = {fmt(c.lr, 4)}{schedule}")))
        self._update_safe_zone()
        if not c.surface.n:
            self.stability.setText("")
            self.values["kappa"].setText("—")
            return
        lam = c.surface.eigenvalues()
        kappa = lam[-1] / lam[0] if lam[0] > lam[-1] * 1e-15 else float("inf")
        self.values["kappa"].setText("∞" if not np.isfinite(kappa) else fmt(float(kappa), 3))
        self._kappa_colour = self.look.vermillion if kappa > ILL_CONDITIONED else self.look.ink
        self._style_pair("kappa", self._kappa_colour)
        advice = self.tr("κ is large: a long thin valley. Standardise x to make it round.")
        hint = (f"<br><span style='color:{self.look.vermillion}'>{advice}</span>"
                if kappa > ILL_CONDITIONED and c.scaling.is_identity else "")
        bound = c.surface.max_stable_lr()
        plain = c.runs[0].key == "gd" and not c.racing  # the bound is about this very run
        if c.lr_is_stable():
            verdict = (self.tr("✔ η &lt; 2/λ<sub>max</sub> = {bound}: steps converge") if plain else
                       self.tr("✔ η &lt; 2/λ<sub>max</sub> = {bound}: gradient descent converges"))
            verdict = verdict.format(bound=fmt(bound, 3))
            self.stability.setText(f"<span style='color:{self.look.green}'>{verdict}</span>{hint}")
        else:
            verdict = (self.tr("<b>✘ η ≥ 2/λ<sub>max</sub> = {bound}: this run will diverge.</b> Try η ≤ {suggested}")
                       if plain else
                       self.tr("<b>✘ η ≥ 2/λ<sub>max</sub> = {bound}: gradient descent will diverge.</b> "
                               "Try η ≤ {suggested}"))
            verdict = verdict.format(bound=fmt(bound, 3), suggested=fmt(suggested_lr(bound), 3))
            self.stability.setText(f"<span style='color:{self.look.vermillion}'>{verdict}</span>{hint}")
        self.stability.setToolTip(self.tr("Gradient descent on this error converges exactly when η is below 2 divided "
                                          "by the largest eigenvalue λmax of the Hessian of E (its steepest "
                                          "curvature)."))
