"""Pictures of the app for slides and handouts: PNG at 1×–3×, SVG of one panel, and the run
as an animated GIF or APNG.

PNG renders the widget itself into an image of `scale` device pixels per screen pixel,
so text and lines are drawn sharp at that resolution (not enlarged afterwards). SVG uses
pyqtgraph's exporter on the panel's plot. An animation replays the run: every panel is
shown as it was at up to 150 steps spread over the run (through the controller's
scrubbing, so the live run is untouched), each frame rendered offscreen, and Pillow
writes the file.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from gdstudio.engine.controller import Controller
from gdstudio.i18n import translate

Progress = Callable[[int, int], bool]  # (frames done, frames in all) → go on?


class ExportCancelled(Exception):
    """The person pressed Cancel."""


def render(widget: QWidget, scale: int = 1) -> QImage:
    """The widget drawn into an image `scale` times its size on screen, on white."""
    size = widget.size()
    image = QImage(size.width() * scale, size.height() * scale, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        QWidget.render(widget, painter, QPoint())  # not QGraphicsView.render: the whole widget, frame and all
    finally:
        painter.end()
    image.setDevicePixelRatio(1)
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(translate("Export", "the image could not be encoded as PNG"))
    buffer.close()
    return bytes(data.data())


def svg_bytes(plot_item) -> bytes:
    import pyqtgraph.exporters  # noqa: F401 (registers the exporters)

    module = sys.modules["pyqtgraph.exporters.SVGExporter"]
    original = module.correctCoordinates
    module.correctCoordinates = _closing_paths_spelled_out(original)
    try:
        return module.SVGExporter(plot_item).export(toBytes=True)
    finally:
        module.correctCoordinates = original


def _closing_paths_spelled_out(correct):
    """pyqtgraph 0.14 reads each SVG path as "x,y" pairs, but Qt ≥ 6.10 ends closed paths with "Z"
    (pyqtgraph issue #3485): close them with a line back to their start instead, then let it go on."""
    def wrapper(node, defs, item, options):
        for path in node.getElementsByTagName("path"):
            path.setAttribute("d", _without_z(path.getAttribute("d")))
        return correct(node, defs, item, options)
    return wrapper


def _without_z(d: str) -> str:
    out: list[str] = []
    start = None
    for token in d.split():
        if token in ("Z", "z"):
            if start is not None:
                out.append("L" + start)
            continue
        if token[0] in "Mm":
            start = token[1:]
        out.append(token)
    return " ".join(out)


def to_pil(image: QImage):
    """A Pillow RGB image of a QImage."""
    from PIL import Image

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    raw = bytes(rgb.constBits())
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), raw, "raw", "RGB", rgb.bytesPerLine(), 1).copy()


def frame_steps(states: int, frames: int) -> np.ndarray:
    """Which steps the frames show: at most `frames` of 0 … states − 1, evenly spread, first and last included."""
    frames = max(1, min(frames, states))
    return np.unique(np.round(np.linspace(0, states - 1, frames)).astype(int))


def replay(controller: Controller, widget: QWidget, steps: np.ndarray, scale: int = 1,
           progress: Progress | None = None) -> list[QImage]:
    """Render `widget` with the panels showing each step in turn; the controller is left as it was.
    ExportCancelled if `progress` says stop."""
    was = controller.cursor
    frames: list[QImage] = []
    try:
        for k, step in enumerate(steps):
            controller.scrub_to(int(step))
            controller.flush_frame()
            frames.append(render(widget, scale))
            if progress is not None and not progress(k + 1, len(steps)):
                raise ExportCancelled()
    finally:
        controller.scrub_to(was)
        controller.flush_frame()
    return frames




def animation_bytes(frames: list[QImage], fps: int, fmt: str = "gif") -> bytes:
    """The frames as an animated GIF ("gif") or animated PNG ("apng"), looping, the last frame held longer."""
    pictures = [to_pil(f) for f in frames]
    if fmt == "gif":  # one shared adaptive palette: no flicker between frames
        first = pictures[0].quantize(colors=255, method=2)  # 2: Pillow's fast octree
        pictures = [first] + [p.quantize(palette=first, dither=0) for p in pictures[1:]]
    duration = [round(1000 / fps)] * len(pictures)
    duration[-1] = max(duration[-1], 2000)
    out = io.BytesIO()
    pictures[0].save(out, format="GIF" if fmt == "gif" else "PNG", save_all=True, append_images=pictures[1:],
                     duration=duration, loop=0, **({"optimize": False} if fmt == "gif" else {}))
    return out.getvalue()
