"""Grid-search mode (lecture part 5, slides 14–16): brute force, swept visibly.

"Try every combination of w0, w1 in [0, 3] with 100 divisions each: 10,000 evaluations.
It works, but it costs grid intersections × data points × parameters, and the range and the
resolution have to be chosen before you know where the optimum is."

- `GridSearchRun` (engine/grid_sweep.py) owns one `GridSearch` and a timer that sweeps it at a
  watchable pace (one row of the default grid per tick: ~10 s for all 10,000 cells).
- `GridSearchOverlay` (grid_search_overlay.py) draws the sweep on the surface panel (evaluated
  cells, the front of the sweep, the searched rectangle, the best cell) and the best cell's
  line in the data panel; it hides everything when the mode is off.
- `GridSearchPanel` (here) holds the range / divisions inputs, Start / Skip to end / Cancel and a
  large readout: evaluations, the cost formula with live numbers, the best cell and its gap
  to the least-squares optimum.

When the data (or the error form) changes:
- during a sweep, the sweep restarts from the first row on the new data — what is on screen
  is always a search of the data that is on screen;
- after a finished sweep, the whole grid is searched again at once (coalesced to one redo
  per frame), so dragging a point shows the best cell follow it — and stick to the edge of
  the grid when the optimum leaves the range;
- a cancelled, partial sweep is discarded (back to READY);
- with no data left, any sweep is cancelled and discarded.
"""

from __future__ import annotations

import unicodedata

import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gdstudio.core.grid_search import MAX_DIVISIONS, GridSearch, GridSpec, sweep_cost
from gdstudio.engine.controller import Controller, RunState
from gdstudio.engine.grid_sweep import DEFAULT_SWEEP_S, GridSearchRun, SweepState
from gdstudio.i18n import translate
from gdstudio.ui import style as S
from gdstudio.ui.panels.grid_search_overlay import GridSearchOverlay
from gdstudio.ui.style import fmt, typed_number
from gdstudio.ui.widgets.icons import set_button_icon

PACE_SECONDS = (20.0, 10.0, 3.0)
BUTTON_POINTS = 12  # the buttons' text, before scaling


def paces() -> tuple[tuple[float, str], ...]:
    """(seconds per sweep, text) of the pace chooser, in the current language."""
    return ((20.0, translate("GridSearchPanel", "slow (20 s)")), (10.0, translate("GridSearchPanel", "normal (10 s)")),
            (3.0, translate("GridSearchPanel", "fast (3 s)")))


PROGRESS_COLOR = "#9ecae1"  # light, so the dark count on it stays readable


def edit_style(look: S.Look) -> str:
    return (f"QLineEdit {{ font-size: {look.pt(12)}pt; padding: 1px 3px; color: {look.ink}; }} "
              "QLineEdit[readOnly=\"true\"] { background: #ececec; border: 1px solid #d0d0d0; } "
              "QLineEdit[bad=\"true\"] { background: #ffe4d6; border: 2px solid #D55E00; }")


class SpecError(ValueError):
    """Unusable grid input; `field` names the input at fault ("w0_from", …, "w1_div")."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


def parse_spec(w0_from: str, w0_to: str, w0_divisions: str,
               w1_from: str, w1_to: str, w1_divisions: str) -> GridSpec:
    """The grid from the six text fields; SpecError with a message a teacher can act on."""
    values = {}
    heads = column_heads()
    for key, text in (("w0_from", w0_from), ("w0_to", w0_to), ("w1_from", w1_from), ("w1_to", w1_to)):
        try:
            values[key] = typed_number(text)
        except ValueError:
            name, bound = key.split("_")
            raise SpecError(translate("GridSearchPanel", "'{text}' in '{name} {bound}' is not a number: enter e.g. 0 "
                                                         "or 3.").format(text=text.strip(), name=name,
                                                                         bound=heads[bound]), key) from None
    divisions = {}
    for name, text in (("w0", w0_divisions), ("w1", w1_divisions)):
        clean = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace("_", "")
        if not clean.isdecimal() or not 1 <= int(clean) <= MAX_DIVISIONS:
            raise SpecError(translate("GridSearchPanel", "'{text}' is not usable as the {name} divisions: enter a "
                                                         "whole number from 1 to {max}.").format(
                text=text.strip(), name=name, max=f"{MAX_DIVISIONS:,}"), f"{name}_div")
        divisions[name] = int(clean)
    for name in ("w0", "w1"):
        if not values[f"{name}_from"] < values[f"{name}_to"]:
            raise SpecError(translate("GridSearchPanel", "The {name} range is empty: '{start}' must be smaller than "
                                                         "'{end}'.").format(name=name, start=heads["from"],
                                                                            end=heads["to"]), f"{name}_to")
    try:
        return GridSpec((values["w0_from"], values["w0_to"]), (values["w1_from"], values["w1_to"]),
                        divisions["w0"], divisions["w1"])
    except ValueError as exc:  # e.g. a range too wide to divide
        raise SpecError(str(exc), "w0_to" if "w0" in str(exc) else "w1_to") from None


def _nowrap(*parts: str) -> str:
    """Rich text that may wrap between the parts but never inside one ('E =' stays with its number)."""
    return "&nbsp; ".join(p.replace(" = ", "&nbsp;=&nbsp;").replace(", ", ",&nbsp;") for p in parts)


def buttons() -> dict[SweepState, tuple[str, bool, bool, bool, bool]]:
    """State → (start text, start enabled, skip enabled, cancel enabled, inputs enabled)."""
    start, again = translate("GridSearchPanel", "Start"), translate("GridSearchPanel", "Start again")
    return {
        SweepState.READY: (start, True, True, False, True),
        SweepState.SWEEPING: (start, False, True, True, False),
        SweepState.DONE: (again, True, False, False, True),
        SweepState.CANCELLED: (again, True, True, False, True),
    }


WIDE_LAYOUT_PX = 720  # from this width on, controls and readout sit side by side
def value_style(look: S.Look) -> str:
    return f"font-size: {look.pt(15)}pt; color: {look.ink};"

def name_style(look: S.Look) -> str:
    return f"font-size: {look.pt(13)}pt; color: {look.muted};"


def column_heads() -> dict[str, str]:
    """The input columns' headings, in the current language."""
    return {"from": translate("GridSearchPanel", "from"), "to": translate("GridSearchPanel", "to"),
            "div": translate("GridSearchPanel", "divisions")}


def input_tips() -> dict[str, str]:
    return {
        "from": translate("GridSearchPanel", "Where the search begins. Brute force needs the range before we know "
                                             "where the optimum is."),
        "to": translate("GridSearchPanel", "Where the search ends. If the optimum lies outside, the search cannot "
                                           "find it."),
        "div": translate("GridSearchPanel", "Divisions of the range: each is one grid cell, evaluated once at its "
                                            "centre. 100 divisions each → 100 × 100 = 10,000 evaluations."),
    }


def readout_rows() -> tuple[tuple[str, str, str], ...]:
    """(key, name, tooltip) of the readout, in the current language."""
    return (
        ("best", translate("GridSearchPanel", "best cell"),
         translate("GridSearchPanel", "The grid point with the smallest error E(w) found so far (the green square)")),
        ("optimum", translate("GridSearchPanel", "optimum"),
         translate("GridSearchPanel", "The least-squares optimum: the exact minimum of E, computed directly "
                                      "(the star)")),
        ("gap", translate("GridSearchPanel", "gap"),
         translate("GridSearchPanel", "How far the best cell is from the optimum: distance in (w0, w1), and how "
                                      "much larger its error is. It shrinks only with more divisions, and so more "
                                      "cost.")),
    )


def cost_text(grid_points: int, data_points: int, parameters: int, operations: int) -> str:
    """The cost of a sweep, e.g. "10,000 grid intersections × 12 data points × 2 parameters = 240,000"."""
    return translate("GridSearchPanel", "{grid} grid intersections × {data} data points × {parameters} parameters = "
                                        "{total}").format(grid=f"{grid_points:,}", data=f"{data_points:,}",
                                                          parameters=parameters, total=f"{operations:,}")


class GridSearchPanel(QWidget):
    """Grid-search controls and readout over a long-lived sweep (it outlives a rebuild of the panels, so
    the grid typed in and the results stay); its overlay is hidden until `set_active(True)`.

    Lays itself out side by side when wide (a bottom row), stacked when narrow (a dock)."""

    def __init__(self, controller: Controller, look: S.Look, run: GridSearchRun, surface_plot: pg.PlotItem,
                 data_plot: pg.PlotItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.look = look
        self.run = run
        self.overlay = GridSearchOverlay(look, surface_plot, data_plot, controller.line_w)
        self.active = False

        title = self._build_title()
        inputs = self._build_inputs()
        buttons, pace_row = self._build_controls()
        readout = self._build_readout()

        # ---- two sections: side by side when wide, stacked when narrow
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(title)
        left.addLayout(inputs)
        left.addWidget(self.input_error)
        left.addLayout(buttons)
        left.addLayout(pace_row)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.progress)
        right.addLayout(readout)
        right.addWidget(self.cost)
        right.addWidget(self.verdict)
        right.addStretch(1)
        content = QWidget()
        self.sections = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.sections.setContentsMargins(8, 6, 8, 6)
        self.sections.setSpacing(14)
        self.sections.addLayout(left, 0)
        self.sections.addLayout(right, 1)
        # In a cramped place the panel scrolls rather than squeezing the plots beside it.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.run.sig_progress.connect(self._on_run_progress)
        self.run.sig_state_changed.connect(self._on_run_state_changed)
        self._attached = True
        self._progress_due = False
        controller.sig_data_changed.connect(self._on_controller_data_changed)
        controller.sig_history_changed.connect(self._on_frame)
        controller.sig_run_state_changed.connect(self._on_frame)
        self.overlay.set_visible(False)
        self._on_run_state_changed(self.run.state)

    def _build_title(self) -> QLabel:
        """The panel's title."""
        look = self.look
        title = QLabel(self.tr("Grid search: try every combination"))
        title.setStyleSheet(f"font-size: {look.pt(15)}pt; font-weight: bold; color: {look.ink};")
        title.setToolTip(self.tr("Brute force: evaluate E(w) at every point of a grid over (w0, w1) and keep the "
                                 "smallest"))
        return title

    def _build_inputs(self) -> QGridLayout:
        """The grid: range and divisions per parameter, and the line that says what is wrong with them."""
        look = self.look
        spec = self.run.spec
        self.inputs: dict[str, QLineEdit] = {}
        inputs = QGridLayout()
        inputs.setHorizontalSpacing(8)
        inputs.setVerticalSpacing(4)
        heads, tips = column_heads(), input_tips()
        for col, head in enumerate((heads["from"], heads["to"], heads["div"]), start=1):
            label = QLabel(head)
            label.setStyleSheet(name_style(look))
            inputs.addWidget(label, 0, col)
        for row, (name, (lo, hi), div) in enumerate(
                (("w0", spec.w0_range, spec.w0_divisions), ("w1", spec.w1_range, spec.w1_divisions)), start=1):
            label = QLabel(name)
            label.setStyleSheet(f"font-size: {look.pt(13)}pt; color: {look.ink};")
            inputs.addWidget(label, row, 0)
            for col, (key, text, tip) in enumerate(((f"{name}_from", fmt(lo), tips["from"]),
                                                    (f"{name}_to", fmt(hi), tips["to"]),
                                                    (f"{name}_div", str(div), tips["div"])), start=1):
                edit = QLineEdit(text)
                edit.setToolTip(tip)
                edit.setMinimumWidth(60)
                edit.setMaximumWidth(96)
                edit.setStyleSheet(edit_style(look))
                edit.editingFinished.connect(self._on_inputs_edited)
                inputs.addWidget(edit, row, col)
                self.inputs[key] = edit
        inputs.setColumnStretch(4, 1)
        self.input_error = QLabel()
        self.input_error.setWordWrap(True)
        self.input_error.setStyleSheet(f"background: #fde8dc; color: #8a2c00; font-size: {look.pt(12)}pt; "
                                       "padding: 3px 6px; border-radius: 3px;")
        self.input_error.hide()
        return inputs

    def _build_controls(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Start, Skip to end, Cancel and the sweep's pace."""
        look = self.look
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Brute force: try every combination of w0 and w1 on the grid, one row "
                                             "at a time, and keep the one with the smallest error E(w)"))
        self.skip_button = QPushButton(self.tr("Skip to end »"))
        self.skip_button.setToolTip(self.tr("Evaluate all the remaining grid points at once"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the sweep now; the cells evaluated so far stay on screen"))
        self.pace = QComboBox()
        for seconds, text in paces():
            self.pace.addItem(text, seconds)
        self.pace.setCurrentIndex(PACE_SECONDS.index(self.run.sweep_seconds) if self.run.sweep_seconds in PACE_SECONDS
                                  else PACE_SECONDS.index(DEFAULT_SWEEP_S))
        self.pace.setToolTip(self.tr("How long a whole sweep takes on screen (the computer itself needs far less)"))
        self.pace.setStyleSheet(f"font-size: {look.pt(12)}pt;")
        self.start_button.clicked.connect(self._on_start_clicked)
        self.skip_button.clicked.connect(self._on_skip_clicked)
        self.cancel_button.clicked.connect(self.run.cancel)
        self.pace.currentIndexChanged.connect(lambda i: self.run.set_sweep_seconds(self.pace.itemData(i)))
        buttons = QHBoxLayout()
        for b in (self.start_button, self.skip_button, self.cancel_button):
            b.setStyleSheet(f"font-size: {look.pt(BUTTON_POINTS)}pt; padding: 3px 8px;")
            buttons.addWidget(b)
        set_button_icon(self.start_button, "play", look, BUTTON_POINTS)
        set_button_icon(self.cancel_button, "stop", look, BUTTON_POINTS)
        pace_row = QHBoxLayout()
        pace_label = QLabel(self.tr("sweep time"))
        pace_label.setStyleSheet(name_style(look))
        pace_row.addWidget(pace_label)
        pace_row.addWidget(self.pace)
        pace_row.addStretch(1)
        return buttons, pace_row

    def _build_readout(self) -> QGridLayout:
        """Progress, the numbers, the cost with its formula, and the verdict."""
        look = self.look
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setMinimumHeight(30)
        self.progress.setStyleSheet(f"QProgressBar {{ font-size: {look.pt(15)}pt; color: {look.ink}; "
                                    "border: 1px solid #b0b0b0; "
                                    f"border-radius: 3px; background: {look.background}; }} "
                                    f"QProgressBar::chunk {{ background: {PROGRESS_COLOR}; }}")
        self.progress.setToolTip(self.tr("Evaluations of E(w) so far: one per grid point"))
        self.values: dict[str, QLabel] = {}
        readout = QGridLayout()
        readout.setHorizontalSpacing(12)
        readout.setVerticalSpacing(2)
        for row, (key, name, tip) in enumerate(readout_rows()):
            label = QLabel(name)
            label.setStyleSheet(name_style(look))
            value = QLabel()
            value.setStyleSheet(value_style(look))
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            for w in (label, value):
                w.setToolTip(tip)
            readout.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            readout.addWidget(value, row, 1)
            self.values[key] = value
        readout.setColumnStretch(1, 1)
        self.cost = QLabel()
        self.cost.setWordWrap(True)
        self.cost.setStyleSheet(f"font-size: {look.pt(14)}pt; color: {look.ink}; background: {look.background}; "
                                "padding: 4px 6px; border-radius: 3px;")
        self.cost.setToolTip(self.tr("The cost of brute force: grid intersections × data points × parameters. "
                                     "It grows with the data, and with the square of the divisions."))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setStyleSheet(f"font-size: {look.pt(13)}pt; color: {look.ink};")
        return readout

    def resizeEvent(self, ev) -> None:  # noqa: N802
        wide = ev.size().width() >= WIDE_LAYOUT_PX
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.sections.direction() != direction:
            self.sections.setDirection(direction)
        super().resizeEvent(ev)

    # ------------------------------------------------------------------ mode
    def set_active(self, active: bool) -> None:
        """Grid-search mode on (overlay shown) or off (sweep cancelled, results dropped, overlay hidden)."""
        self.active = bool(active)
        if not self.active:
            self.run.clear()
        self.overlay.set_visible(self.active)
        self._redraw()
        if self.active:
            self.overlay.show_whole_grid(self.run.spec)

    def shutdown(self) -> None:
        """Hide the overlay and let go of the sweep (closing the window, or rebuilding its panels: the sweep
        itself lives on, with its grid and results)."""
        self.active = False
        self.overlay.set_visible(False)
        if self._attached:
            self._attached = False
            self.run.sig_progress.disconnect(self._on_run_progress)
            self.run.sig_state_changed.disconnect(self._on_run_state_changed)

    # ------------------------------------------------------------------ slots
    @Slot()
    def _on_inputs_edited(self) -> None:
        spec = self._read_spec()
        if spec is not None and self.run.state is not SweepState.SWEEPING:
            self.run.set_spec(spec)
            self._redraw()

    @Slot()
    def _on_start_clicked(self) -> None:
        spec = self._read_spec()
        if spec is None:
            return
        if not self.active:
            self.set_active(True)
        self.overlay.show_whole_grid(spec)
        self.run.start(spec)

    @Slot()
    def _on_skip_clicked(self) -> None:
        if self.run.state is not SweepState.SWEEPING:
            spec = self._read_spec()
            if spec is None:
                return
            self.run.set_spec(spec)
        if not self.active:
            self.set_active(True)
        self.overlay.show_whole_grid(self.run.spec)
        self.run.skip_to_end()

    @Slot()
    def _on_run_progress(self) -> None:
        # While the run plays, the sweep's new cells are drawn with its next frame: painted on their own
        # between two frames, they made one of them late (53–57 fps sweeping while playing).
        if self.controller.run_state is RunState.PLAYING:
            self._progress_due = True
        else:
            self._redraw()

    @Slot()
    def _on_frame(self, *_) -> None:
        if self._progress_due:
            self._progress_due = False
            self._redraw()

    @Slot(object)
    def _on_run_state_changed(self, state: SweepState) -> None:
        start_text, start_on, skip_on, cancel_on, inputs_on = buttons()[state]
        has_data = self.controller.surface.n > 0
        self.start_button.setText(start_text)
        self.start_button.setEnabled(start_on and has_data)
        self.skip_button.setEnabled(skip_on and has_data)
        self.cancel_button.setEnabled(cancel_on)
        for edit in self.inputs.values():
            if edit.isReadOnly() == inputs_on:
                edit.setReadOnly(not inputs_on)  # read-only, not disabled: stays readable from the back row
                edit.style().unpolish(edit)      # re-apply the [readOnly="true"] style
                edit.style().polish(edit)
        self._redraw()

    @Slot()
    def _on_controller_data_changed(self) -> None:
        self._on_run_state_changed(self.run.state)  # buttons follow "has data"; the cost's N changes

    def _read_spec(self) -> GridSpec | None:
        """The grid in the inputs, or None after saying what is wrong (the run's grid is kept)."""
        t = {key: edit.text() for key, edit in self.inputs.items()}
        bad = ""
        try:
            spec = parse_spec(t["w0_from"], t["w0_to"], t["w0_div"], t["w1_from"], t["w1_to"], t["w1_div"])
        except SpecError as exc:
            spec, bad = None, exc.field
            self.input_error.setText(self.tr("{error} The grid is unchanged.").format(error=exc))
        self.input_error.setVisible(spec is None)
        for key, edit in self.inputs.items():
            edit.setProperty("bad", key == bad)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        return spec

    # ------------------------------------------------------------------ readout
    def _redraw(self) -> None:
        run, search = self.run, self.run.search
        if self.active:
            self.overlay.update(search, run.spec, sweeping=run.state is SweepState.SWEEPING)
        spec = search.spec if search is not None else run.spec
        n = self.controller.surface.n
        done = search.done if search is not None else 0
        self.progress.setRange(0, spec.points)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} / {total} evaluations").format(done=f"{done:,}",
                                                                              total=f"{spec.points:,}"))
        cost = sweep_cost(spec, n)
        self.cost.setText(self.tr("Cost: {cost}").format(
            cost=cost_text(cost.grid_points, cost.data_points, cost.parameters, cost.operations)))
        surface = self.controller.surface
        if n:
            opt = surface.optimum()
            e_opt = fmt(surface.loss(*opt))
            self.values["optimum"].setText(_nowrap(f"w = ({fmt(opt[0])}, {fmt(opt[1])}),", f"E = {e_opt}"))
        else:
            self.values["optimum"].setText("—")
        gap = search.gap() if search is not None else None
        if gap is None:
            self.values["best"].setText("—")
            self.values["gap"].setText("—")
        else:
            w = gap.best_w
            square = f"<span style='color:{self.look.green}'>■</span>&nbsp;"
            best = _nowrap(f"w = ({fmt(w[0])}, {fmt(w[1])}),", f"E = {fmt(gap.best_loss)}")
            self.values["best"].setText(square + best)
            self.values["gap"].setText(_nowrap(f"|Δw| = {fmt(gap.distance, 3)},", f"ΔE = {fmt(gap.loss_excess, 3)}"))
        self.verdict.setText(self._verdict(spec, n, search, gap))

    def _verdict(self, spec: GridSpec, n: int, search: GridSearch | None, gap) -> str:
        """The slide's point for what is on screen: it works, but it is expensive and needs a guessed range."""
        state = self.run.state
        cells = f"{spec.points:,}"
        if not n:
            return self.tr("Add data points first: click in the data panel.")
        if state is SweepState.READY or search is None:
            return self.tr("Press Start: the computer tries all {cells} combinations of w0 and w1, one row at a "
                           "time, and keeps the one with the smallest error.").format(cells=cells)
        if state is SweepState.SWEEPING:
            return self.tr("{rows} of {total} rows done: each cell is one evaluation of E over all {n} data "
                           "points.").format(rows=search.rows_done, total=spec.w1_divisions, n=f"{n:,}")
        if state is SweepState.CANCELLED:
            return self.tr("Cancelled after {done} of {cells} evaluations: the best cell so far is only the best "
                           "of the part searched.").format(done=f"{search.done:,}", cells=cells)
        if not gap.optimum_in_range:
            return self.tr("{start}<b>✘ The optimum lies outside the range searched.</b>{end} The best cell is stuck "
                           "at the edge of the grid: the range had to be chosen before we knew where the optimum "
                           "is.").format(start=f"<span style='color:{self.look.vermillion}'>", end="</span>")
        step0, step1 = spec.cell_size
        size = fmt(step0, 3) if step0 == step1 else f"{fmt(step0, 3)} × {fmt(step1, 3)}"
        return self.tr("{start}<b>✔ It works</b>{end} — the best cell is {distance} from the optimum (cells {size} "
                       "wide), but it took {cells} evaluations. Cells half as wide need 4× as many ({more}), and the "
                       "range had to be guessed in advance.").format(
            start=f"<span style='color:{self.look.green}'>", end="</span>", distance=fmt(gap.distance, 2), size=size,
            cells=cells, more=f"{4 * spec.points:,}")
