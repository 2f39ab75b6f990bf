"""Icons from the SVG files in resources/icons: the transport buttons' shapes, recoloured to the
theme's text colour and as big as the text at the current size, and the app's own icon.

Shipped shapes rather than Unicode symbols: ⏸ (U+23F8) and its kin are in no font of a common
Linux machine (DejaVu, IPA), and would show as a box. Each icon holds a pixmap rendered for every
screen's device pixel ratio (and 2×), so it is drawn from its vector, never scaled, on HiDPI.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton

from gdstudio.assets import resource
from gdstudio.ui import style as S

TRANSPORT = ("play", "pause", "step", "back", "reset", "stop")  # one-colour shapes, recoloured per theme
APP_ICON = "gdstudio"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # title bar, task bar, dock, About dialog


def svg(name: str) -> QSvgRenderer:
    """The renderer of resources/icons/<name>.svg (ValueError if it is missing or broken)."""
    try:
        data = resource("icons", f"{name}.svg").read_bytes()
    except OSError as exc:
        raise ValueError(f"icon '{name}' is missing: {exc}") from exc
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise ValueError(f"icon '{name}' is not a valid SVG file")
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer


def render(renderer: QSvgRenderer, size: int, ratio: float = 1.0, colour: str | None = None) -> QPixmap:
    """A `size` × `size` (logical pixels) pixmap for a screen of device pixel `ratio`; every painted
    pixel in `colour` (its alpha kept, so the edges stay antialiased), or the SVG's own colours."""
    side = max(1, round(size * ratio))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    if colour is not None:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), QColor(colour))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def pixel_ratios() -> list[float]:
    """1×, 2× and every connected screen's ratio (1.25, 1.5… on Windows laptops)."""
    return sorted({1.0, 2.0, *(screen.devicePixelRatio() for screen in QGuiApplication.screens())})


def button_icon_size(look: S.Look, points: float = S.UI_POINT_SIZE) -> int:
    """Logical pixels: the height of a line of text of `points` (before scaling) in `look`, so that
    icons grow with the size setting and the projector theme's bigger text."""
    font = QFont()
    font.setPointSizeF(look.pt(points))
    return round(QFontMetricsF(font).height())


def themed_icon(name: str, size: int, colour: str, disabled: str) -> QIcon:
    """A one-colour icon `size` pixels square in `colour`, and in `disabled` when its button is."""
    renderer = svg(name)
    icon = QIcon()
    for mode, ink in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled)):
        for ratio in pixel_ratios():
            icon.addPixmap(render(renderer, size, ratio, ink), mode)
    return icon


def look_icon(name: str, look: S.Look, points: float = S.UI_POINT_SIZE) -> tuple[QIcon, QSize]:
    """The icon `name` in `look`'s text colour (muted when disabled), as tall as its text of `points`."""
    size = button_icon_size(look, points)
    return themed_icon(name, size, look.ink, look.muted), QSize(size, size)


def set_button_icon(button: QAbstractButton, name: str, look: S.Look, points: float = S.UI_POINT_SIZE) -> None:
    """Give `button` the icon `name` in `look`, as tall as its text of `points` (before scaling)."""
    icon, size = look_icon(name, look, points)
    button.setIcon(icon)
    button.setIconSize(size)


def app_icon() -> QIcon:
    """The window and application icon, in its own colours."""
    renderer = svg(APP_ICON)
    icon = QIcon()
    for size in APP_ICON_SIZES:
        icon.addPixmap(render(renderer, size))
    return icon
