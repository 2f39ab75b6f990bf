"""The look: colour themes (light, dark, projector), a size for fonts, lines and markers, a language.

A `Look` is a value handed to every widget that draws; nothing here is global, so two windows
(the laptop's and the projector's) can each have their own. Panels read it *when they are built*;
a new look rebuilds them (MainWindow.rebuild), so there is no second code path for restyling.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QPixmapCache
from PySide6.QtWidgets import QApplication, QCheckBox, QGraphicsItem, QLabel, QRadioButton, QWidget

from gdstudio.i18n import translate
from gdstudio.ui.widgets.grid_lines import GridLines
from gdstudio.ui.widgets.plot_key import PlotKey


@dataclass(frozen=True)
class Theme:
    name: str
    background: str      # plots and window
    ink: str             # text, points, axes
    muted: str           # secondary text, axis lines
    blue: str            # the model's line
    orange: str          # the path in parameter space
    vermillion: str      # residuals, the current w, the loss curve
    green: str           # the batch, success
    sky: str
    purple: str
    line_scale: float    # thicker lines and bigger markers on a projector
    font_scale: float
    grid_alpha: float
    dark: bool = False
    pen_colour: str = "#D4006A"  # the teacher's ink (a magenta no panel uses), haloed in the background colour

    @property
    def series(self) -> tuple[str, ...]:
        """Colours that must stand out against the background (checked for contrast in the tests)."""
        return self.ink, self.blue, self.orange, self.vermillion, self.green, self.purple


# Okabe–Ito colours: distinguishable with every common colour-vision deficiency. The projector
# theme darkens them until each has a contrast ratio ≥ 7:1 against white (WCAG AAA).
THEMES = {
    "light": Theme("light", "#ffffff", "#1a1a1a", "#5a5a5a", "#0072B2", "#E69F00", "#D55E00", "#009E73",
                   "#56B4E9", "#CC79A7", 1.0, 1.0, 0.15),
    "dark": Theme("dark", "#161616", "#ececec", "#a8a8a8", "#56B4E9", "#E69F00", "#FF7F3F", "#2FD1A5",
                  "#9fd3f5", "#E495C2", 1.0, 1.0, 0.2, dark=True, pen_colour="#FF5CC0"),
    "projector": Theme("projector", "#ffffff", "#000000", "#333333", "#00437A", "#7A4100", "#9A2F00", "#00603F",
                       "#1F5F8F", "#7E2A63", 1.7, 1.3, 0.25, pen_colour="#A8005A"),
}
SCALES = (75, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent, for the global scale control

BASE_POINT_SIZE = 11  # before scaling; pt(BASE_POINT_SIZE) is the plots' tick label size
UI_POINT_SIZE = 10    # before scaling; the widgets' text (buttons, menus, labels)


@dataclass(frozen=True)
class Look:
    """How one window draws: its theme, its size (1 = 100 %), its language and its screen's device pixel
    ratio. A value handed to every widget that draws, so two windows (laptop and projector) can each
    have their own."""

    theme: Theme = THEMES["light"]
    scale: float = 1.0
    language: str = "en"
    pixel_ratio: float = 1.0  # device pixels per logical pixel (2 on a HiDPI laptop): the plots' pens need it

    @classmethod
    def of(cls, theme: str = "light", scale: float = 1.0, language: str = "en") -> Look:
        """A look by theme name (unknown: light) and scale, clamped to 75–300 %."""
        return cls(THEMES.get(theme, THEMES["light"]), min(3.0, max(0.75, float(scale))), language)

    # The theme's colours, as look.blue, look.ink, …
    background = property(lambda self: self.theme.background)
    ink = property(lambda self: self.theme.ink)
    muted = property(lambda self: self.theme.muted)
    blue = property(lambda self: self.theme.blue)
    orange = property(lambda self: self.theme.orange)
    vermillion = property(lambda self: self.theme.vermillion)
    green = property(lambda self: self.theme.green)
    sky = property(lambda self: self.theme.sky)
    purple = property(lambda self: self.theme.purple)
    pen_colour = property(lambda self: self.theme.pen_colour)

    @property
    def dark(self) -> bool:
        return self.theme.dark

    @property
    def run_colours(self) -> tuple[str, str, str, str]:
        """One colour per run in a race (run 0 is the lecture's own path colour)."""
        t = self.theme
        return t.orange, t.sky, t.purple, t.ink

    def lw(self, width: float) -> float:
        """A plot pen's width, scaled for the theme and the size, in device pixels: pyqtgraph's pens are
        cosmetic, so without the pixel ratio a line would be half as thick on a HiDPI screen."""
        return self.widget_lw(width) * self.pixel_ratio

    def widget_lw(self, width: float) -> float:
        """A line width in a widget's own (logical) pixels: a QPainter pen that is not cosmetic."""
        return width * self.theme.line_scale * self.scale

    def hairline(self, width: float = 1.0) -> float:
        """A fine plot line (contours, axes) in device pixels: as fine on any screen, whatever the size."""
        return width * self.pixel_ratio

    def device_px(self, size: float) -> float:
        """A marker size in device pixels (for a cosmetic pen that draws dots), scaled like px()."""
        return self.px(size) * self.pixel_ratio

    def px(self, size: float) -> float:
        """A marker size in pixels, scaled likewise."""
        return size * (1 + (self.theme.line_scale - 1) * 0.5) * self.scale

    def pt(self, size: float) -> float:
        """A font size in points, scaled for the theme and the size (one decimal)."""
        return round(size * self.theme.font_scale * self.scale, 1)


PIXMAP_CACHE_KB = 256 * 1024  # (used only as far as items are cached)


def configure_pyqtgraph() -> None:
    # Thick antialiased polylines are drawn as slow stroked paths; as separate segments they
    # paint several times faster and look the same at these widths. (Colours are the Look's: each
    # plot sets its own background and pens.)
    pg.setConfigOptions(antialias=True, segmentedLineMode="on")
    # Items cached as pixmaps share QPixmapCache, 10 MB by default: two plot-sized layers of a maximised surface
    # at 1920×1080 (7 MB each) evicted each other and were drawn anew every frame (points as lines with the
    # gradient field: 60–250 ms a frame, 15 ms with room for both).
    QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))


def palette(look: Look) -> QPalette:
    """The Qt widgets' colours for a look (Fusion follows the palette, dark themes included)."""
    palette = QPalette()
    if look.dark:
        for role, colour in ((QPalette.ColorRole.Window, "#202020"), (QPalette.ColorRole.Base, "#161616"),
                             (QPalette.ColorRole.AlternateBase, "#262626"), (QPalette.ColorRole.Button, "#2a2a2a"),
                             (QPalette.ColorRole.ToolTipBase, "#2a2a2a"), (QPalette.ColorRole.Highlight, look.blue)):
            palette.setColor(role, QColor(colour))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                     QPalette.ColorRole.ToolTipText, QPalette.ColorRole.HighlightedText):
            palette.setColor(role, QColor(look.ink))
    elif look.theme.name == "projector":
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(role, QColor("#000000"))
    return palette


def indicator_sheet(widget: QWidget, look: Look | None = None) -> str:
    """A style sheet for one check box or radio button: its indicator about as tall as a line of its text
    (Qt's stays ≈ 13 px beside 28 px text at 200 %); in a dark look, whose Fusion box is a dark square on a
    dark window, an open light-edged box, filled with the theme's blue when ticked. Without `look`, from the
    widget's own font and palette (a dialog's, inherited from its window)."""
    if look is not None:
        font = QFont(widget.font())
        font.setPointSizeF(look.pt(UI_POINT_SIZE))
        dark = look.dark
    else:
        font = widget.font()
        dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 100
    side = max(13, round(QFontMetricsF(font).height() * 0.7))
    kind = "QRadioButton" if isinstance(widget, QRadioButton) else "QCheckBox"
    sheet = f"{kind}::indicator {{ width: {side}px; height: {side}px; }}"
    if dark and kind == "QCheckBox":
        edge, theme = max(2, round(side / 9)), THEMES["dark"]
        sheet += (f" QCheckBox::indicator {{ border: {edge}px solid {theme.muted}; border-radius: 3px;"
                  f" background: {theme.background}; }}"
                  f" QCheckBox::indicator:hover {{ border-color: {theme.ink}; }}"
                  f" QCheckBox::indicator:checked {{ background: {theme.blue}; border-color: {theme.ink}; }}"
                  f" QCheckBox::indicator:disabled {{ border-color: #505050; }}")
    return sheet


def size_indicators(root: QWidget, look: Look | None = None) -> None:
    """Give every check box and radio button under `root` an indicator that goes with its text (see
    indicator_sheet). Per widget, not on the window: a window-wide style sheet made every rebuild of the
    panels twice as slow."""
    for box in (*root.findChildren(QCheckBox), *root.findChildren(QRadioButton)):
        box.setStyleSheet(indicator_sheet(box, look))


def apply_to_window(window: QWidget, look: Look) -> None:
    """One window's palette and base font (its children inherit them): two windows, two looks."""
    window.setPalette(palette(look))
    font = QFont(window.font())
    font.setPointSizeF(look.pt(UI_POINT_SIZE))
    window.setFont(font)


def apply_to_application(app: QApplication, look: Look) -> None:
    """The application's style, palette and font: what dialogs, menus and tooltips without a
    window of their own use (the app's first window sets it)."""
    if app.style().name().lower() != "fusion":  # (setting it again re-polishes every widget: 25 ms a look change)
        app.setStyle("Fusion")  # the same look on every platform, and it follows the palette (dark themes)
    app.setPalette(palette(look))
    font = app.font()
    font.setPointSizeF(look.pt(UI_POINT_SIZE))
    app.setFont(font)
    configure_pyqtgraph()


def fit_title_height(plot: pg.PlotItem) -> None:
    """The title's row as tall as its text (pyqtgraph fixes it at 30 px: at 150 % and more, the tops of
    the letters were cut off)."""
    label = plot.titleLabel
    if not label.isVisible():
        return
    label.item.document().setDocumentMargin(1)  # (Qt's 4 px above and below add up at 200 %)
    label.updateMin()
    height = int(label.item.boundingRect().height() + 0.999)
    if height != int(plot.layout.rowMaximumHeight(0)):
        label.setMaximumHeight(height)
        plot.layout.setRowFixedHeight(0, height)


def fitted_scale(current: float, room: float, need: float, smallest: float) -> float:
    """The text scale (in steps of 5 %, at most 1, at least `smallest`) at which what needs `need` pixels
    at scale `current` fits `room` (text widths grow in proportion to the font size)."""
    return max(smallest, min(1.0, int(20 * current * room / max(need, 1)) / 20))


def short_title(title: str) -> str:
    """A panel title's name alone: "Data space" for "Data space: f_w(x) = w0 + w1·x"."""
    for colon in ("：", ":"):
        if colon in title:
            return title.split(colon)[0].strip()
    return title


def _fit_title_width(plot: pg.PlotItem, title: str) -> None:
    """The whole title where it fits the plot's width, else its name alone (1024 px at 200 %): a title
    wider than its plot widened the plot beyond its panel, which then cut off its right side."""
    label = plot.titleLabel
    width = plot.geometry().width() - plot.getAxis("left").width() - 8
    if width <= 0:
        return
    if label.text != title:
        label.setText(title)
        fit_title_height(plot)
    if label.item.boundingRect().width() > width and short_title(title) != title:
        label.setText(short_title(title))
        fit_title_height(plot)


def title_pt(look: Look) -> float:
    """A panel title's size: larger than the tick labels, by less at projector sizes (there the ticks are
    large already, and at 1024×768 every line a title takes is a line the plot loses)."""
    return look.pt(BASE_POINT_SIZE + (3 if look.scale < 1.5 else 1))


def style_plot(look: Look, plot: pg.PlotItem, title: str, x_label: str, y_label: str,
               grid: bool = True) -> GridLines | None:
    """Readable titles, axis labels and tick labels for one panel, and its grid lines (returned), only at
    the labelled ticks: pyqtgraph's finer levels cost most of a frame to paint and add nothing on a
    projector. The grid is a layer of the plot, not of the axes (see grid_lines.py)."""
    plot.setTitle(title, size=f"{title_pt(look)}pt", color=look.ink)
    fit_title_height(plot)
    plot.geometryChanged.connect(lambda: _fit_title_width(plot, title))
    tick_font = QFont()
    tick_font.setPointSizeF(look.pt(BASE_POINT_SIZE))
    for name, label in (("bottom", x_label), ("left", y_label)):
        axis = plot.getAxis(name)
        axis.setTickFont(tick_font)
        axis.setTextPen(look.ink)
        axis.setPen(pg.mkPen(look.muted, width=look.hairline()))  # (the grid lines use it: fine)
        axis.setLabel(label, **{"font-size": f"{look.pt(BASE_POINT_SIZE)}pt", "color": look.ink})  # (as the ticks)
        axis.enableAutoSIPrefix(False)  # "(x0.001)" beside a label confuses more than it helps
        axis.setStyle(maxTickLevel=1)
        _true_minus(axis)
        # Repaint axes from a pixmap unless their ticks change: text is slow to draw every frame.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return GridLines(plot, look.theme.grid_alpha, look.background) if grid else None


def _true_minus(axis: pg.AxisItem) -> None:
    """Tick labels with the minus sign − the rest of the app writes (pyqtgraph writes a hyphen)."""
    if getattr(axis, "_true_minus", False):
        return
    plain = axis.tickStrings
    axis.tickStrings = lambda values, scale, spacing: [s.replace("-", "−") for s in plain(values, scale, spacing)]
    axis._true_minus = True


def fmt(value: float, digits: int = 4) -> str:
    """A number for a label: significant digits, no '-0', scientific only when needed, and the true
    minus sign − (typed_number reads it back)."""
    text = f"{value:.{digits}g}"
    if text in ("-0", "0"):
        return "0"
    return text.replace("e+0", "e").replace("e-0", "e-").replace("e+", "e").replace("-", "−")


def typed_number(text: str) -> float:
    """A finite number as a teacher may type it (or as fmt wrote it): '1.5', '1,5', '−2', '1e−5',
    full-width '３' (Japanese input). ValueError for anything else."""
    text = unicodedata.normalize("NFKC", text).strip().replace("−", "-").replace(",", ".")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def add_legend(look: Look, plot: pg.PlotItem, entries, corner: str = "top-left", dark: bool = False,
               taught=lambda: ()) -> PlotKey:
    """A compact key for `plot` (see PlotKey): in the corner where it covers the fewest of the points
    `taught()` names, folded to a small tab when it would take more than 8 % of the plot or cover one of
    them everywhere. `dark` gives it a dark backdrop with white text (for use over the colour map, whose
    white markers would vanish on white)."""
    dark = dark or look.dark
    brush = pg.mkBrush(30, 30, 30, 200) if dark else pg.mkBrush(255, 255, 255, 220)
    key = PlotKey(translate("PlotKey", "Key"), translate("PlotKey", "Click to open or fold the key"),
                  f"{look.pt(BASE_POINT_SIZE - 3)}pt", "#f0f0f0" if dark else look.ink, corner=corner,
                  taught=taught, brush=brush, pen=pg.mkPen(look.muted), verSpacing=-2, horSpacing=6)
    key.setParentItem(plot.getViewBox())
    plot.legend = key
    plot.getViewBox().sigResized.connect(key.fit)
    key.set_entries(entries)
    # The moving line and markers pass under it every frame: repaint its text from a pixmap.
    key.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return key


def relative_luminance(colour: str) -> float:
    c = QColor(colour)

    def channel(v: float) -> float:
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


QWIDGETSIZE_MAX = (1 << 24) - 1  # (Qt's largest widget size)


class SteadyLabel(QLabel):
    """A label whose text changes every frame. Its size is fixed — Qt then does not lay the whole
    window out again after each setText (≈ 2 ms a frame while playing) — wide enough for `typical`,
    and it grows, once, when a longer text comes (it never shrinks: no jitter either)."""

    def __init__(self, typical: str = "", parent=None) -> None:
        super().__init__(parent)
        self._typical = typical
        self._width = 0

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self.ensurePolished()  # (measure in the style sheet's font)
        metrics = self.fontMetrics()
        need = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(self._typical)) + 4
        super().setText(text)
        if need > self._width:
            self._width = need
            self.setFixedSize(need, self.sizeHint().height())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._width:  # (a new size: measured again, from nothing)
            self._width = 0
            self.setMinimumSize(0, 0)
            self.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
            self.setText(self.text())
