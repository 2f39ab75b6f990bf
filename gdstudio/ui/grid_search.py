"""Grid-search mode (lecture part 5, slides 14–16): brute force, swept visibly.

"Try every combination of w0, w1 in [0, 3] with 100 divisions each: 10,000 evaluations.
It works, but it costs grid points × data points × parameters, and the range and the
resolution have to be chosen before you know where the optimum is."

- `GridSearchRun` owns one `GridSearch` and a timer that sweeps it at a watchable pace
  (one row of the default grid per tick: ~10 s for all 10,000 cells).
- `GridSearchOverlay` draws the sweep on the surface panel (evaluated cells, the front of
  the sweep, the searched rectangle, the best cell) and the best cell's line in the data
  panel; it hides everything when the mode is off.
- `GridSearchPanel` holds the range / divisions inputs, Start / Skip to end / Cancel and a
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

import math
import unicodedata
from enum import Enum

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal, Slot
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

from gdstudio.controller import Controller
from gdstudio.core.grid_search import MAX_DIVISIONS, GridSearch, GridSpec, sweep_cost
from gdstudio.frame_clock import FRAME_MS
from gdstudio.i18n import translate
from gdstudio.ui import style as S
from gdstudio.ui.style import fmt

TICK_MS = 100                  # one sweep step per 100 ms: smooth enough, and slow enough to watch
DEFAULT_SWEEP_S = 10.0         # a whole sweep, whatever the grid size: 100 rows of 100 cells at one row per tick
PACE_SECONDS = (20.0, 10.0, 3.0)


def paces() -> tuple[tuple[float, str], ...]:
    """(seconds per sweep, text) of the pace chooser, in the current language."""
    return ((20.0, translate("GridSearchPanel", "slow (20 s)")), (10.0, translate("GridSearchPanel", "normal (10 s)")),
            (3.0, translate("GridSearchPanel", "fast (3 s)")))

OVERLAY_COLORMAP = "magma"     # unlike the surface's viridis, so the swept cells stand out
PROGRESS_COLOR = "#9ecae1"  # light, so the dark count on it stays readable
def edit_style() -> str:
    return (f"QLineEdit {{ font-size: {S.pt(12)}pt; padding: 1px 3px; color: {S.INK}; }} "
              "QLineEdit[readOnly=\"true\"] { background: #ececec; border: 1px solid #d0d0d0; } "
              "QLineEdit[bad=\"true\"] { background: #ffe4d6; border: 2px solid #D55E00; }")


class SweepState(Enum):
    READY = "ready"          # nothing searched (or results discarded)
    SWEEPING = "sweeping"
    DONE = "done"
    CANCELLED = "cancelled"  # stopped part way; the partial result stays on screen


# ------------------------------------------------------------------------------------------ the run
class GridSearchRun(QObject):
    """A sweep of the grid paced by a timer, on the GUI thread (a tick costs well under a millisecond)."""

    sig_progress = Signal()              # more cells evaluated: at most once per tick (and once on skip/redo)
    sig_finished = Signal()              # the last cell is evaluated
    sig_state_changed = Signal(object)   # SweepState

    def __init__(self, controller: Controller, spec: GridSpec | None = None, *,
                 sweep_seconds: float = DEFAULT_SWEEP_S, tick_ms: int = TICK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._spec = spec if spec is not None else GridSpec()
        self._sweep_seconds = float(sweep_seconds)
        self._search: GridSearch | None = None
        self._state = SweepState.READY
        self._timer = QTimer(self, interval=int(tick_ms))
        self._timer.timeout.connect(self._on_timer_tick)
        self._redo = QTimer(self, singleShot=True, interval=FRAME_MS)  # coalesces data edits after a sweep
        self._redo.timeout.connect(self._on_redo_timeout)
        controller.sig_data_changed.connect(self._on_controller_data_changed)

    # ------------------------------------------------------------------ state
    @property
    def state(self) -> SweepState:
        return self._state

    @property
    def search(self) -> GridSearch | None:
        """The sweep on screen (None when READY)."""
        return self._search

    @property
    def spec(self) -> GridSpec:
        return self._spec

    @property
    def is_running(self) -> bool:
        """True while any of this run's timers is active."""
        return self._timer.isActive() or self._redo.isActive()

    @property
    def tick_ms(self) -> int:
        return self._timer.interval()

    @property
    def sweep_seconds(self) -> float:
        return self._sweep_seconds

    @property
    def cells_per_tick(self) -> int:
        """Cells evaluated per tick so that a whole sweep takes about `sweep_seconds`."""
        ticks = max(1.0, self._sweep_seconds * 1000.0 / self.tick_ms)
        return max(1, math.ceil(self._spec.points / ticks))

    def set_sweep_seconds(self, seconds: float) -> None:
        """The pace: about how long a whole sweep takes (a sweep under way speeds up or slows down)."""
        if math.isfinite(seconds) and seconds > 0:
            self._sweep_seconds = float(seconds)

    def set_tick_ms(self, ms: int) -> None:
        """How often the sweep moves on (and sig_progress fires); the sweep time stays the same."""
        if ms >= 1:
            self._timer.setInterval(int(ms))

    def set_spec(self, spec: GridSpec) -> None:
        """A new grid; a sweep under way restarts on it, a finished or cancelled one is discarded."""
        if spec == self._spec:
            return
        self._spec = spec
        if self._state is SweepState.SWEEPING:
            self.start()
        else:
            self.clear()

    # ------------------------------------------------------------------ intents
    def start(self, spec: GridSpec | None = None) -> bool:
        """Sweep from the first cell; False (and nothing happens) without data."""
        if spec is not None:
            self._spec = spec
        self._redo.stop()
        if not self.controller.surface.n:
            self.clear()
            return False
        self._search = GridSearch(self.controller.surface, self._spec)
        self._set_state(SweepState.SWEEPING)
        self._timer.start()
        return True

    def skip_to_end(self) -> None:
        """Evaluate every remaining cell now (a whole sweep at once if none is on screen)."""
        if self._state is SweepState.DONE:
            return
        if self._search is None and not self.start():
            return
        self._timer.stop()
        self._search.finish()
        self.sig_progress.emit()
        self._finish()

    def cancel(self) -> None:
        """Stop at once; whatever was evaluated stays on screen. Safe at any moment, and twice."""
        self._timer.stop()
        if self._redo.isActive():  # the finished result on screen is of data that has changed
            self.clear()
        elif self._state is SweepState.SWEEPING:
            self._set_state(SweepState.CANCELLED)

    def clear(self) -> None:
        """Stop and forget the results (the overlay then shows only the grid's rectangle)."""
        self._timer.stop()
        self._redo.stop()
        self._search = None
        self._set_state(SweepState.READY, force=True)

    # ------------------------------------------------------------------ internals
    def _set_state(self, state: SweepState, force: bool = False) -> None:
        if state is not self._state or force:
            self._state = state
            self.sig_state_changed.emit(state)

    def _finish(self) -> None:
        self._timer.stop()
        self._set_state(SweepState.DONE, force=True)
        self.sig_finished.emit()

    @Slot()
    def _on_timer_tick(self) -> None:
        search = self._search
        if self._state is not SweepState.SWEEPING or search is None:
            self._timer.stop()
            return
        search.advance(self.cells_per_tick)
        self.sig_progress.emit()
        # A slot of sig_progress may have cancelled or restarted the sweep: finish only this one.
        if self._search is search and self._state is SweepState.SWEEPING and search.is_done:
            self._finish()

    @Slot()
    def _on_controller_data_changed(self) -> None:
        if self._state is SweepState.READY:
            return
        if not self.controller.surface.n:
            self.clear()
        elif self._state is SweepState.SWEEPING:
            self.start()
        elif self._state is SweepState.DONE:
            self._redo.start()
        else:  # CANCELLED: a partial search of data that is gone
            self.clear()

    @Slot()
    def _on_redo_timeout(self) -> None:
        if self._state is not SweepState.DONE or not self.controller.surface.n:
            return
        self._search = GridSearch(self.controller.surface, self._spec)
        self._search.finish()
        self.sig_progress.emit()
        self._finish()


# -------------------------------------------------------------------------------------- the overlay
def display_levels(search: GridSearch) -> tuple[float, float, float]:
    """(E_min, floor, top) for colouring log10(E − E_min + floor) from `floor` to `top`.

    Fixed for the whole sweep, so a cell keeps its colour as more arrive. E is convex, so on
    the grid its largest value is at one of the four corner cells."""
    s, spec = search.surface, search.spec
    e_min = float(s.loss(*s.optimum()))
    w0, w1 = spec.w0_values()[[0, -1]], spec.w1_values()[[0, -1]]
    with np.errstate(over="ignore", invalid="ignore"):
        top = float(np.max(s.loss(w0[:, None], w1[None, :]))) - e_min
    if not math.isfinite(top):
        top = np.finfo(float).max / 1e6
    floor = max(top * 1e-4, np.finfo(float).tiny)
    return e_min, floor, max(top, floor * 10)


class GridSearchOverlay:
    """What grid search draws over the two plots. Build once; `update` redraws in place."""

    def __init__(self, surface_plot: pg.PlotItem, data_plot: pg.PlotItem, line_w=None) -> None:
        # line_w maps model parameters to the line in the data's units (they differ when standardising).
        self._line_w = line_w or (lambda w: w)
        self.surface_plot = surface_plot
        self.data_plot = data_plot
        self.visible = True

        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(pg.colormap.get(OVERLAY_COLORMAP))
        self.image.setOpacity(0.92)
        self.image.setZValue(-5)  # over the surface's colour map, under its contours and markers
        self.frame = pg.PlotCurveItem(pen=pg.mkPen("w", width=S.lw(2), style=Qt.PenStyle.DashLine))
        self.frame_shadow = pg.PlotCurveItem(pen=pg.mkPen(S.INK, width=S.lw(4)))
        self.front = pg.PlotCurveItem(pen=pg.mkPen("w", width=S.lw(3)))
        self.best_halo = pg.ScatterPlotItem(size=S.px(24), symbol="s", pen=pg.mkPen(S.INK, width=S.lw(6)), brush=None)
        self.best_mark = pg.ScatterPlotItem(size=S.px(24), symbol="s", pen=pg.mkPen(S.GREEN, width=S.lw(3)), brush=None)
        self.best_label = pg.TextItem(translate("GridSearchOverlay", "best cell"), color="w", fill=pg.mkBrush(S.GREEN),
                                      anchor=(-0.25, 1.1))
        for z, item in ((4, self.frame_shadow), (5, self.frame), (6, self.front), (14, self.best_halo),
                        (15, self.best_mark), (16, self.best_label)):
            item.setZValue(z)
        self.surface_items = (self.image, self.frame_shadow, self.frame, self.front, self.best_halo,
                              self.best_mark, self.best_label)
        for item in self.surface_items:
            surface_plot.addItem(item)
        self.image.setToolTip(translate("GridSearchOverlay", "Grid search: the cells evaluated so far, coloured by "
                                                             "their error E (dark = small)"))
        self.frame.setToolTip(translate("GridSearchOverlay", "The range searched: chosen before we know where the "
                                                             "optimum is"))
        self.best_mark.setToolTip(translate("GridSearchOverlay", "The best cell so far: the grid point with the "
                                                                 "smallest error E"))

        self.best_line = pg.PlotCurveItem(pen=pg.mkPen(S.GREEN, width=S.lw(3), style=Qt.PenStyle.DashLine))
        self.best_line.setZValue(5)
        self.best_line.setToolTip(translate("GridSearchOverlay", "The line of the best grid cell: f(x) = w0 + w1·x"))
        self.line_label = pg.TextItem(translate("GridSearchOverlay", "grid search: best cell"), color="w",
                                      fill=pg.mkBrush(S.GREEN), anchor=(0, 1.2))
        self.line_label.setZValue(16)
        self.data_items = (self.best_line, self.line_label)
        for item in self.data_items:
            data_plot.addItem(item)
        data_plot.getViewBox().sigXRangeChanged.connect(self._on_data_range_changed)

        self._search: GridSearch | None = None
        self._shown: np.ndarray | None = None  # log-E image in sweep order (rows of constant w1), NaN = not yet
        self._painted = 0
        self._levels = (0.0, 0.0, 1.0)
        self._best_w: np.ndarray | None = None
        self.update(None, GridSpec())

    # ------------------------------------------------------------------ drawing
    def update(self, search: GridSearch | None, spec: GridSpec | None = None, sweeping: bool = False) -> None:
        """Draw `search` (None: only the rectangle of `spec`, the grid a search would use)."""
        spec = search.spec if search is not None else (spec or GridSpec())
        (a, b), (c, d) = spec.w0_range, spec.w1_range
        for item in (self.frame, self.frame_shadow):
            item.setData([a, b, b, a, a], [c, c, d, d, c])
        if search is None:
            self._search = self._shown = None
            self._painted = 0
            self.image.clear()
            self.front.setData([], [])
            self._set_best(None)
            return
        if search is not self._search:  # a new sweep: a new, empty image
            self._search, self._painted = search, 0
            self._shown = np.full((spec.w1_divisions, spec.w0_divisions), np.nan)
            self._levels = display_levels(search)
        self._paint_new_cells(search)
        e_min, floor, top = self._levels
        self.image.setImage(self._shown.T, autoLevels=False, levels=(math.log10(floor), math.log10(top + floor)))
        self.image.setRect(QRectF(a, c, b - a, d - c))
        if sweeping and not search.is_done and search.done:
            y = c + (search.last_cell[1] + 1) * spec.cell_size[1]
            self.front.setData([a, b], [y, y])
        else:
            self.front.setData([], [])
        self._set_best(search.best_w)

    def _paint_new_cells(self, search: GridSearch) -> None:
        """Colour only the cells evaluated since the last update (cheap for a 1000 × 1000 grid too)."""
        start, stop = self._painted, search.done
        if stop > start:
            e_min, floor, _ = self._levels
            new = search.values.T.reshape(-1)[start:stop]  # sweep order; a view, no copy
            with np.errstate(over="ignore", invalid="ignore"):
                self._shown.reshape(-1)[start:stop] = np.log10(np.maximum(new - e_min, 0.0) + floor)
            self._painted = stop

    def _set_best(self, w: np.ndarray | None) -> None:
        same = (w is None and self._best_w is None) or (
            w is not None and self._best_w is not None and np.array_equal(w, self._best_w))
        if same and self.best_label.isVisible() == (self.visible and w is not None):
            return  # most ticks do not move the best cell: leave the items alone
        self._best_w = None if w is None else np.array(w, dtype=float)
        if w is None:
            self.best_mark.setData([], [])
            self.best_halo.setData([], [])
        else:
            self.best_mark.setData([w[0]], [w[1]])
            self.best_halo.setData([w[0]], [w[1]])
            self.best_label.setPos(w[0], w[1])
        self.best_label.setVisible(self.visible and w is not None)
        self._on_data_range_changed()

    def _on_data_range_changed(self, *_) -> None:
        w = self._best_w
        if w is None:
            self.best_line.setData([], [])
            self.line_label.setVisible(False)
            return
        x0, x1 = self.data_plot.getViewBox().viewRange()[0]
        xs = np.array([x0, x1])
        w = self._line_w(w)
        self.best_line.setData(xs, w[0] + w[1] * xs)
        x_label = x0 + 0.04 * (x1 - x0)
        self.line_label.setPos(x_label, w[0] + w[1] * x_label)
        self.line_label.setVisible(self.visible)

    @property
    def best_line_coefficients(self) -> tuple[float, float] | None:
        """(intercept, slope) of the drawn best line, read back from its data."""
        xs, ys = self.best_line.getData()
        if xs is None or len(xs) < 2 or xs[1] == xs[0]:
            return None
        slope = (ys[1] - ys[0]) / (xs[1] - xs[0])
        return float(ys[0] - slope * xs[0]), float(slope)

    # ------------------------------------------------------------------ mode
    def set_visible(self, visible: bool) -> None:
        self.visible = bool(visible)
        for item in self.surface_items + self.data_items:
            item.setVisible(self.visible)
        if self.visible:  # labels only where there is something to label
            self.best_label.setVisible(self._best_w is not None)
            self.line_label.setVisible(self._best_w is not None)

    def show_whole_grid(self, spec: GridSpec) -> None:
        """Widen the surface plot's view, if needed, so the whole grid (and what was in view) shows."""
        view = self.surface_plot.getViewBox()
        (x0, x1), (y0, y1) = view.viewRange()
        (a, b), (c, d) = spec.w0_range, spec.w1_range
        if x0 <= a and b <= x1 and y0 <= c and d <= y1:
            return
        view.setRange(xRange=(min(x0, a), max(x1, b)), yRange=(min(y0, c), max(y1, d)), padding=0.04)

    def detach(self) -> None:
        """Take every item off both plots for good."""
        try:
            self.data_plot.getViewBox().sigXRangeChanged.disconnect(self._on_data_range_changed)
        except (RuntimeError, TypeError):
            pass
        for item in self.surface_items:
            self.surface_plot.removeItem(item)
        for item in self.data_items:
            self.data_plot.removeItem(item)


# ------------------------------------------------------------------------------------------ the panel
def _number(text: str) -> float:
    """A number as a teacher may type it: '1.5', '1,5', '−2', full-width '３' (Japanese input)."""
    text = unicodedata.normalize("NFKC", text).strip().replace("−", "-").replace(",", ".")
    value = float(text)  # ValueError for anything else
    if not math.isfinite(value):
        raise ValueError(text)
    return value


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
            values[key] = _number(text)
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
    start, again = translate("GridSearchPanel", "▶ Start"), translate("GridSearchPanel", "▶ Start again")
    return {
        SweepState.READY: (start, True, True, False, True),
        SweepState.SWEEPING: (start, False, True, True, False),
        SweepState.DONE: (again, True, False, False, True),
        SweepState.CANCELLED: (again, True, True, False, True),
    }


WIDE_LAYOUT_PX = 720  # from this width on, controls and readout sit side by side
def value_style() -> str:
    return f"font-size: {S.pt(15)}pt; color: {S.INK};"

def name_style() -> str:
    return f"font-size: {S.pt(13)}pt; color: {S.MUTED};"


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
    """The cost of a sweep, e.g. '10,000 grid points × 12 data points × 2 parameters = 240,000'."""
    return translate("GridSearchPanel", "{grid} grid points × {data} data points × {parameters} parameters = "
                                        "{total}").format(grid=f"{grid_points:,}", data=f"{data_points:,}",
                                                          parameters=parameters, total=f"{operations:,}")


class GridSearchPanel(QWidget):
    """Grid-search controls and readout; creates its own run and overlay (hidden until `set_active(True)`).

    Lays itself out side by side when wide (a bottom row), stacked when narrow (a dock)."""

    def __init__(self, controller: Controller, surface_plot: pg.PlotItem, data_plot: pg.PlotItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.run = GridSearchRun(controller, parent=self)
        self.overlay = GridSearchOverlay(surface_plot, data_plot, controller.line_w)
        self.active = False

        title = QLabel(self.tr("Grid search: try every combination"))
        title.setStyleSheet(f"font-size: {S.pt(15)}pt; font-weight: bold; color: {S.INK};")
        title.setToolTip(self.tr("Brute force: evaluate E(w) at every point of a grid over (w0, w1) and keep the "
                                 "smallest"))

        # ---- the grid: range and divisions per parameter
        spec = self.run.spec
        self.inputs: dict[str, QLineEdit] = {}
        inputs = QGridLayout()
        inputs.setHorizontalSpacing(8)
        inputs.setVerticalSpacing(4)
        heads, tips = column_heads(), input_tips()
        for col, head in enumerate((heads["from"], heads["to"], heads["div"]), start=1):
            label = QLabel(head)
            label.setStyleSheet(name_style())
            inputs.addWidget(label, 0, col)
        for row, (name, (lo, hi), div) in enumerate(
                (("w0", spec.w0_range, spec.w0_divisions), ("w1", spec.w1_range, spec.w1_divisions)), start=1):
            label = QLabel(name)
            label.setStyleSheet(f"font-size: {S.pt(13)}pt; color: {S.INK};")
            inputs.addWidget(label, row, 0)
            for col, (key, text, tip) in enumerate(((f"{name}_from", fmt(lo), tips["from"]),
                                                    (f"{name}_to", fmt(hi), tips["to"]),
                                                    (f"{name}_div", str(div), tips["div"])), start=1):
                edit = QLineEdit(text)
                edit.setToolTip(tip)
                edit.setMinimumWidth(60)
                edit.setMaximumWidth(96)
                edit.setStyleSheet(edit_style())
                edit.editingFinished.connect(self._on_inputs_edited)
                inputs.addWidget(edit, row, col)
                self.inputs[key] = edit
        inputs.setColumnStretch(4, 1)
        self.input_error = QLabel()
        self.input_error.setWordWrap(True)
        self.input_error.setStyleSheet(f"background: #fde8dc; color: #8a2c00; font-size: {S.pt(12)}pt; "
                                       "padding: 3px 6px; border-radius: 3px;")
        self.input_error.hide()

        # ---- controls
        self.start_button = QPushButton(self.tr("▶ Start"))
        self.start_button.setToolTip(self.tr("Brute force: try every combination of w0 and w1 on the grid, one row "
                                             "at a time, and keep the one with the smallest error E(w)"))
        self.skip_button = QPushButton(self.tr("Skip to end »"))
        self.skip_button.setToolTip(self.tr("Evaluate all the remaining grid points at once"))
        self.cancel_button = QPushButton(self.tr("■ Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the sweep now; the cells evaluated so far stay on screen"))
        self.pace = QComboBox()
        for seconds, text in paces():
            self.pace.addItem(text, seconds)
        self.pace.setCurrentIndex(PACE_SECONDS.index(DEFAULT_SWEEP_S))
        self.pace.setToolTip(self.tr("How long a whole sweep takes on screen (the computer itself needs far less)"))
        self.pace.setStyleSheet(f"font-size: {S.pt(12)}pt;")
        self.start_button.clicked.connect(self._on_start_clicked)
        self.skip_button.clicked.connect(self._on_skip_clicked)
        self.cancel_button.clicked.connect(self.run.cancel)
        self.pace.currentIndexChanged.connect(lambda i: self.run.set_sweep_seconds(self.pace.itemData(i)))
        buttons = QHBoxLayout()
        for b in (self.start_button, self.skip_button, self.cancel_button):
            b.setStyleSheet(f"font-size: {S.pt(12)}pt; padding: 3px 8px;")
            buttons.addWidget(b)
        pace_row = QHBoxLayout()
        pace_label = QLabel(self.tr("sweep time"))
        pace_label.setStyleSheet(name_style())
        pace_row.addWidget(pace_label)
        pace_row.addWidget(self.pace)
        pace_row.addStretch(1)

        # ---- readout
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setMinimumHeight(30)
        self.progress.setStyleSheet(f"QProgressBar {{ font-size: {S.pt(15)}pt; color: {S.INK}; "
                                    "border: 1px solid #b0b0b0; "
                                    f"border-radius: 3px; background: {S.BACKGROUND}; }} "
                                    f"QProgressBar::chunk {{ background: {PROGRESS_COLOR}; }}")
        self.progress.setToolTip(self.tr("Evaluations of E(w) so far: one per grid point"))
        self.values: dict[str, QLabel] = {}
        readout = QGridLayout()
        readout.setHorizontalSpacing(12)
        readout.setVerticalSpacing(2)
        for row, (key, name, tip) in enumerate(readout_rows()):
            label = QLabel(name)
            label.setStyleSheet(name_style())
            value = QLabel()
            value.setStyleSheet(value_style())
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
        self.cost.setStyleSheet(f"font-size: {S.pt(14)}pt; color: {S.INK}; background: {S.BACKGROUND}; "
                                "padding: 4px 6px; border-radius: 3px;")
        self.cost.setToolTip(self.tr("The cost of brute force: grid points × data points × parameters. "
                                     "It grows with the data, and with the square of the divisions."))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setStyleSheet(f"font-size: {S.pt(13)}pt; color: {S.INK};")

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
        controller.sig_data_changed.connect(self._on_controller_data_changed)
        self.overlay.set_visible(False)
        self._on_run_state_changed(self.run.state)

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
        """Stop every timer and hide the overlay (for closing the window, and for tests)."""
        self.active = False
        self.run.clear()
        self.overlay.set_visible(False)

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
            square = f"<span style='color:{S.GREEN}'>■</span>&nbsp;"
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
                           "is.").format(start=f"<span style='color:{S.VERMILLION}'>", end="</span>")
        step0, step1 = spec.cell_size
        size = fmt(step0, 3) if step0 == step1 else f"{fmt(step0, 3)} × {fmt(step1, 3)}"
        return self.tr("{start}<b>✔ It works</b>{end} — the best cell is {distance} from the optimum (cells {size} "
                       "wide), but it took {cells} evaluations. Cells half as wide need 4× as many ({more}), and the "
                       "range had to be guessed in advance.").format(
            start=f"<span style='color:{S.GREEN}'>", end="</span>", distance=fmt(gap.distance, 2), size=size,
            cells=cells, more=f"{4 * spec.points:,}")
