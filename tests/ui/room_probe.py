"""Measuring a window as a room sees it: plain Qt geometry, no pixels.

`measure(room)` opens the real window on one of the emulated screens of tests/screens.json in one
look (theme, size, language), steps a little, and returns a `Figures` of plain values: how much of
the window is plotting area, what is cut off, how much legends cover and what they hide, whether the
Settings dialog fits the screen, whether Play → Pause moves the buttons. The window is closed and its
worker stopped before it returns, so the tests can share one `Figures` per room.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)

RACE = ["gd", "momentum", "rmsprop", "adam"]


@dataclass(frozen=True)
class Room:
    screen: str       # a screen's name in tests/screens.json
    theme: str
    percent: int
    language: str

    def __str__(self) -> str:
        return f"{self.screen.split('-')[1]}-{self.theme}-{self.percent}-{self.language}"


@dataclass
class Legend:
    panel: str
    cover: float                  # its share of its plot's area
    entries: list[str]            # the names it has (shown, or folded away)
    outside: list[str]            # names it shows beyond its plot's edge (not seen)
    hides: list[str]              # what taught it lies over ("current w", "data point 3", …)
    folded: bool


@dataclass
class Figures:
    room: Room
    window: QRect                 # the window's frame, in screen coordinates
    free: QRect                   # the screen's available geometry
    plot_share: float             # plotting area (view boxes) / window area
    plot_shares: dict[str, float]
    cut_off: list[str]            # texts smaller than they need, or clipped
    half_scrolled: list[str]      # widgets a scroll area shows only in part
    tabs_cut: list[str]
    titles_cut: list[str]         # plot titles and axis labels not shown whole
    legends: list[Legend]
    buttons_before: dict[str, QRect]
    buttons_playing: dict[str, QRect]
    dialog: QRect                 # the Settings dialog's frame in a four-way race
    dialog_buttons: list[QRect]   # its OK / Cancel, in screen coordinates
    race_legends: list[Legend] = field(default_factory=list)
    race_titles: list[str] = field(default_factory=list)


def wait_until(condition, timeout_s: float = 10.0) -> None:
    """Process events until `condition()` holds (a wait on the event loop, not a sleep)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        app.processEvents()


def settle(window) -> None:
    """Let layouts, deferred updates and the frame clock catch up."""
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    wait_until(lambda: not window.controller.busy)
    window.controller.flush_frame()
    app.processEvents()
    keys = [window.data_panel.legend, window.surface_panel.legend, window.loss_panel.legend]
    wait_until(lambda: not any(key.following for key in keys))  # (the keys trail the markers by ≤ 0.1 s)


def rect_in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def name_of(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    text = text if isinstance(text, str) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}"


def clipping(widget: QWidget, window: QWidget) -> tuple[QRect, bool]:
    """The part of `widget` that its ancestors up to `window` let show (in the widget's own coordinates),
    and whether a scroll area's viewport is among the ancestors that clip it."""
    origin = widget.mapTo(window, widget.rect().topLeft())
    visible = QRect(origin, widget.size())
    scrolled = False
    parent = widget.parentWidget()
    while parent is not None:
        place = QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()) if parent is not window \
            else window.rect()
        clipped = visible.intersected(place)
        area = parent.parentWidget()
        if clipped != visible and isinstance(area, QScrollArea) and parent is area.viewport():
            scrolled = True
        visible = clipped
        if parent is window:
            break
        parent = parent.parentWidget()
    return visible.translated(-origin), scrolled


def text_widgets(window: QWidget) -> list[QWidget]:
    found = []
    for kind in (QLabel, QAbstractButton, QComboBox):
        for w in window.findChildren(kind):
            if not w.isVisible() or isinstance(w.parentWidget(), QTabBar):  # (the tab bar's scroll arrows)
                continue
            if isinstance(w, QLabel) and not w.text():
                continue
            found.append(w)
    return found


def cut_off(window: QWidget) -> tuple[list[str], list[str]]:
    """Texts narrower or shorter than they need, or clipped by the window or a parent; and widgets
    a scroll area shows only in part."""
    cut, half = [], []
    for w in text_widgets(window):
        hint = w.sizeHint()
        if isinstance(w, QLabel) and w.wordWrap():
            short = w.height() < w.heightForWidth(w.width())
            narrow = False
        else:
            short, narrow = w.height() < hint.height(), w.width() < hint.width()
        if short or narrow:
            cut.append(f"{name_of(w)}: {w.width()}×{w.height()} < {hint.width()}×{hint.height()}")
        visible, scrolled = clipping(w, window)
        if visible != w.rect() and not (scrolled and visible.isEmpty()):
            (half if scrolled else cut).append(f"{name_of(w)}: shows {visible.width()}×{visible.height()} "
                                               f"of {w.width()}×{w.height()}")
    return cut, half


def tabs_cut(window: QWidget) -> list[str]:
    """Tabs narrower than their text needs (elided) or pushed beyond the tab bar."""
    cut = []
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        natural = QTabBar(bar.parentWidget())  # (same style and font; never shown)
        natural.setFont(bar.font())
        natural.setElideMode(bar.elideMode())
        natural.setIconSize(bar.iconSize())
        for i in range(bar.count()):
            natural.addTab(bar.tabText(i))
        for i in range(bar.count()):
            rect, need = bar.tabRect(i), natural.tabSizeHint(i)
            if rect.width() < need.width() or not bar.rect().contains(rect):
                cut.append(f"tab {bar.tabText(i)!r}: {rect.width()} wide (needs {need.width()}), "
                           f"{rect.left()}–{rect.right()} in a bar of {bar.width()}")
        natural.deleteLater()
    return cut


def graphics_views(window: QWidget) -> list[pg.GraphicsView]:
    return [v for v in window.findChildren(pg.GraphicsView) if v.isVisible()]


def view_boxes(view: pg.GraphicsView) -> list[pg.ViewBox]:
    return [item for item in view.scene().items() if isinstance(item, pg.ViewBox) and item.isVisible()]


def scene_rect_in_window(view: pg.GraphicsView, rect: QRectF, window: QWidget) -> QRect:
    mapped = view.mapFromScene(rect).boundingRect()
    visible, _ = clipping(view, window)
    mapped = mapped.intersected(visible)
    return QRect(view.mapTo(window, mapped.topLeft()), mapped.size())


def plot_areas(window: QWidget) -> dict[str, float]:
    """Each visible view box's share of the window (clipped to what its widget shows)."""
    area = window.width() * window.height()
    shares = {}
    for view in graphics_views(window):
        for box in view_boxes(view):
            rect = scene_rect_in_window(view, box.sceneBoundingRect(), window).intersected(window.rect())
            title = box.parentItem().titleLabel.text if isinstance(box.parentItem(), pg.PlotItem) else ""
            key = f"{title[:24]}#{len(shares)}"
            shares[key] = rect.width() * rect.height() / area
    return shares


def titles_cut(window: QWidget) -> list[str]:
    """Plot titles and axis labels not shown whole: wider or taller than their place, or beyond the view."""
    cut = []
    for view in graphics_views(window):
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        for item in view.scene().items():
            if isinstance(item, pg.PlotItem):
                title = item.titleLabel
                if title.isVisible() and title.text:
                    m = title.item.document().documentMargin()
                    text = title.item.mapRectToScene(title.item.boundingRect().adjusted(m, m, -m, -m))
                    place = title.sceneBoundingRect()
                    if text.width() > place.width() + 1 or text.height() > place.height() + 1 \
                            or not shown.adjusted(-1, -1, 1, 1).contains(text):
                        cut.append(f"title {title.text[:30]!r}: {text} in {place}")
            if isinstance(item, pg.AxisItem) and item.isVisible() and item.label.isVisible() \
                    and item.labelText and item.style["showValues"]:
                margin = item.label.document().documentMargin()
                label = item.label.mapRectToScene(item.label.boundingRect().adjusted(margin, margin, -margin, -margin))
                if not shown.adjusted(-1, -1, 1, 1).contains(label):
                    cut.append(f"axis label {item.labelText[:30]!r}: {label} beyond {shown}")
    return cut


def names_outside(legend: pg.LegendItem, box: QRectF) -> list[str]:
    """The names a legend shows beyond its plot's edge (not seen)."""
    return [label.text for _, label in legend.items
            if label.isVisible() and not box.adjusted(-1, -1, 1, 1).contains(label.sceneBoundingRect())]


def taught_points(window) -> dict[str, list[tuple[pg.ViewBox, QPointF, float]]]:
    """Per panel, what a legend must never lie over: (view box, point in view coordinates, radius in px)."""
    data, surface, loss = window.data_panel, window.surface_panel, window.loss_panel
    points: dict[str, list] = {"data": [], "surface": [], "loss": []}
    vb = data.getPlotItem().getViewBox()
    xs, ys = data.points.getData()
    radius = data.points.opts["size"] / 2
    for i, (x, y) in enumerate(zip(xs, ys)):
        points["data"].append((vb, QPointF(x, y), radius, f"data point {i + 1}"))
    vb = surface.getPlotItem().getViewBox()
    for i, mark in enumerate(surface.current_marks):
        if mark.isVisible():
            points["surface"].append((vb, mark.pos(), mark.opts["size"] / 2, f"current w of run {i + 1}"))
    for i, path in enumerate(surface.paths):
        x, y = path.getData()
        if x is not None and len(x):
            points["surface"].append((vb, QPointF(x[-1], y[-1]), 4.0, f"path head of run {i + 1}"))
    x, y = surface.optimum_mark.getData()
    if len(x):
        points["surface"].append((vb, QPointF(x[0], y[0]), surface.optimum_mark.opts["size"] / 2, "optimum"))
    vb = loss.plot_widget.getPlotItem().getViewBox()
    if loss.current_mark.isVisible():
        points["loss"].append((vb, loss.current_mark.pos(), loss.current_mark.opts["size"] / 2, "current E"))
    return points


def legends(window) -> list[Legend]:
    found = []
    points = taught_points(window)
    for panel, plot in (("data", window.data_panel.getPlotItem()), ("surface", window.surface_panel.getPlotItem()),
                        ("loss", window.loss_panel.plot_widget.getPlotItem())):
        legend = plot.legend
        if legend is None or not legend.isVisible():
            continue
        box = plot.getViewBox().sceneBoundingRect()
        rect = legend.sceneBoundingRect()
        inside = rect.intersected(box)
        cover = inside.width() * inside.height() / (box.width() * box.height())
        hides = []
        for vb, point, radius, what in points[panel]:
            at = vb.mapViewToScene(point)
            if rect.adjusted(-radius, -radius, radius, radius).contains(at) and box.contains(at):
                hides.append(what)
        entries = legend.entries if hasattr(legend, "entries") else [label.text for _, label in legend.items]
        found.append(Legend(panel, cover, entries, names_outside(legend, box), hides,
                            bool(getattr(legend, "folded", False))))
    return found


def buttons(window) -> dict[str, QRect]:
    c = window.controls
    return {name: rect_in_window(b, window) for name, b in (("play", c.play_button), ("back", c.back_button),
                                                           ("step", c.step_button), ("reset", c.reset_button))}


def settings_dialog(window) -> tuple[QRect, list[QRect]]:
    """The Settings dialog as its button opens it (exec), measured while it is shown."""
    from PySide6.QtCore import QTimer

    from gdstudio.ui.controls.optimizer_settings import OptimizerDialog

    found: dict = {}

    def measure_and_close() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OptimizerDialog) and w.isVisible())
        QApplication.processEvents()
        box = dialog.findChild(QDialogButtonBox)
        found["frame"] = dialog.frameGeometry()
        found["buttons"] = []
        for b in box.buttons():
            visible, _ = clipping(b, dialog)
            found["buttons"].append(QRect(b.mapToGlobal(visible.topLeft()), visible.size()) if b.isVisible()
                                    and visible == b.rect() else QRect())
        dialog.reject()

    QTimer.singleShot(0, measure_and_close)
    window.settings_bar.optimizer_bar.open_settings()
    return found["frame"], found["buttons"]


def measure(room: Room) -> Figures:
    from gdstudio import i18n
    from gdstudio.assets import default_dataset
    from gdstudio.engine.controller import Controller, RunState
    from gdstudio.ui import style as S
    from gdstudio.ui.main_window import MainWindow

    app = QApplication.instance()
    screen = next(s for s in app.screens() if s.name() == room.screen)
    look = S.Look.of(room.theme, room.percent / 100, room.language)
    S.apply_to_application(app, look)
    i18n.install_language(app, room.language)
    controller = Controller(default_dataset(), lr=0.02, start=(2.5, 0.3), speed=1000)
    window = MainWindow(controller, look)
    try:
        free = screen.availableGeometry()
        window.setScreen(screen)
        window.move(free.topLeft())
        window.resize(free.size())  # as large as the screen lets it be: the first window, maximised
        window.show()
        window.classroom.fit_to_screen()
        controller.step(20)
        settle(window)
        shares = plot_areas(window)
        cut, half = cut_off(window)
        before = buttons(window)
        controller.set_speed(1)
        controller.play()
        wait_until(lambda: controller.run_state is RunState.PLAYING)
        app.processEvents()
        playing = buttons(window)
        controller.pause()
        figures = Figures(room, window.frameGeometry(), free, sum(shares.values()), shares, cut, half,
                          tabs_cut(window), titles_cut(window), legends(window), before, playing, QRect(), [])
        controller.set_optimizers(RACE)
        controller.step(20)
        settle(window)
        figures.race_legends = legends(window)
        figures.race_titles = [r.title for r in controller.runs]
        figures.dialog, figures.dialog_buttons = settings_dialog(window)
        return figures
    finally:
        window.close()
        controller.shutdown()
        window.deleteLater()
        app.processEvents()
        i18n.install_language(app, "en")
        S.apply_to_application(app, S.Look())


def summary(f: Figures) -> str:
    legend = ", ".join(f"{g.panel} {g.cover:.0%}{' over ' + '/'.join(g.hides[:3]) if g.hides else ''}"
                       for g in f.legends)
    race = ", ".join(f"{g.panel} {len(g.entries)} entries {g.cover:.0%}" for g in f.race_legends)
    return (f"{f.room}: window {f.window.width()}×{f.window.height()} on {f.free.width()}×{f.free.height()}; "
            f"plots {f.plot_share:.1%}; cut {len(f.cut_off)}, half-scrolled {len(f.half_scrolled)}, "
            f"tabs {len(f.tabs_cut)}, titles {len(f.titles_cut)}; legends {legend}; race legends {race}; "
            f"dialog {f.dialog.width()}×{f.dialog.height()}; play moves "
            f"{sum(f.buttons_before[k] != f.buttons_playing[k] for k in f.buttons_before)} buttons")
