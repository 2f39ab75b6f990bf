"""The teacher's pen: ink drawn over the whole window, on top of every panel.

`Pen` is the model (the strokes, an undo stack, on or off); the window keeps it, so the ink
outlives a rebuild of the panels. `PenOverlay` is its view: a transparent widget over the
window's central widget that paints the strokes and, only while the pen is on, takes the mouse.
A stroke's points are fractions (0..1) of the covered widget, so the ink stays on the same part
of the panels through a resize, full screen and a rebuild.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, QRect, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from gdstudio.ui import style as S

INK_WIDTH = 6       # px before the look's scaling (look.px): thick enough for the back row
HALO_WIDTH = 2      # px each side, in the background colour: the ink stays legible over the colour map
UNDO_DEPTH = 200


class Pen(QObject):
    """The strokes drawn so far (each an (n, 2) array of fractions of the covered widget), whether
    the pen is on, and an undo stack of earlier stroke lists (so a clear can be undone too)."""

    sig_changed = Signal()
    sig_active_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._strokes: tuple[np.ndarray, ...] = ()
        self._undo: list[tuple[np.ndarray, ...]] = []
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    @property
    def strokes(self) -> tuple[np.ndarray, ...]:
        """Every stroke, oldest first: read-only (n, 2) arrays of (x, y) in 0..1."""
        return self._strokes

    @Slot(bool)
    def set_active(self, on: bool) -> None:
        on = bool(on)
        if on != self._active:
            self._active = on
            self.sig_active_changed.emit(on)

    @Slot()
    def toggle(self) -> None:
        self.set_active(not self._active)

    def add_stroke(self, points) -> None:
        """One more stroke; its points (x, y) are fractions of the covered widget, kept inside 0..1."""
        stroke = np.clip(np.asarray(points, dtype=float).reshape(-1, 2), 0.0, 1.0)
        if len(stroke):
            stroke.setflags(write=False)
            self._set(self._strokes + (stroke,))

    @Slot()
    def clear(self) -> None:
        """Wipe the ink (undoable). Nothing to wipe: nothing happens, and nothing goes on the undo stack."""
        if self._strokes:
            self._set(())

    @Slot()
    def undo(self) -> None:
        """Back to the strokes before the last change: the last stroke goes, or a clear is taken back."""
        if self._undo:
            self._strokes = self._undo.pop()
            self.sig_changed.emit()

    def _set(self, strokes: tuple[np.ndarray, ...]) -> None:
        self._undo = [*self._undo[-(UNDO_DEPTH - 1):], self._strokes]
        self._strokes = strokes
        self.sig_changed.emit()


def stroke_path(points: np.ndarray) -> QPainterPath:
    """A smooth path through two or more pixel points: quadratic curves through the midpoints, so the
    corners of the mouse's polyline are rounded off."""
    path = QPainterPath(QPointF(*points[0]))
    mids = (points[:-1] + points[1:]) / 2
    path.lineTo(QPointF(*mids[0]))
    for control, end in zip(points[1:-1], mids[1:]):
        path.quadTo(QPointF(*control), QPointF(*end))
    path.lineTo(QPointF(*points[-1]))
    return path


class PenOverlay(QWidget):
    """The pen's view over `host` (the window's central widget): shown while the pen is on or there
    is ink, transparent for the mouse while the pen is off (clicks reach the plots)."""

    def __init__(self, host: QWidget, pen: Pen, look: S.Look) -> None:
        super().__init__(host)
        self.pen = pen
        self.look = look
        self._drawing: list[tuple[float, float]] = []  # the stroke under the mouse, in pixels
        self._ink: QPixmap | None = None  # the finished strokes, painted once per change, size or screen
        self._ink_for: tuple = ()  # (size, device pixel ratio) it was painted for
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(host.rect())
        host.installEventFilter(self)
        pen.sig_changed.connect(self._on_pen_changed)
        pen.sig_active_changed.connect(self._on_pen_active_changed)
        self._on_pen_active_changed(pen.active)
        self.raise_()

    # ------------------------------------------------------------ drawing
    def ink_pen(self) -> QPen:
        pen = QPen(QColor(self.look.pen_colour), self.look.px(INK_WIDTH))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def halo_pen(self) -> QPen:
        pen = self.ink_pen()
        pen.setColor(QColor(self.look.background))
        pen.setWidthF(pen.widthF() + 2 * self.look.px(HALO_WIDTH))
        return pen

    def to_pixels(self, stroke: np.ndarray) -> np.ndarray:
        """A stroke's points in this widget's pixels."""
        return np.asarray(stroke) * (self.width(), self.height())

    def _paint_strokes(self, painter: QPainter, strokes) -> None:
        dots = [QPointF(*points[0]) for points in strokes if len(points) == 1]  # a click: a round dot
        paths = [stroke_path(points) for points in strokes if len(points) > 1]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for pen in (self.halo_pen(), self.ink_pen()):  # all halos first: crossing strokes join up
            painter.setPen(pen)
            for dot in dots:
                painter.drawPoint(dot)
            for path in paths:
                painter.drawPath(path)

    def _ink_pixmap(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if self._ink is None or self._ink_for != (self.size(), ratio):
            self._ink_for = (self.size(), ratio)
            self._ink = QPixmap(self.size() * ratio)
            self._ink.setDevicePixelRatio(ratio)
            self._ink.fill(Qt.GlobalColor.transparent)
            painter = QPainter(self._ink)
            self._paint_strokes(painter, [self.to_pixels(s) for s in self.pen.strokes])
            painter.end()
        return self._ink

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        painter = QPainter(self)
        painter.drawPixmap(QPointF(0, 0), self._ink_pixmap())  # (clipped to the region to repaint)
        if self._drawing:
            self._paint_strokes(painter, [np.array(self._drawing)])

    # -------------------------------------------------------------- mouse
    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drawing = [(event.position().x(), event.position().y())]
            self._update_around(self._drawing)
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drawing:
            point = (event.position().x(), event.position().y())
            if np.hypot(point[0] - self._drawing[-1][0], point[1] - self._drawing[-1][1]) >= 1:
                self._drawing.append(point)
                self._update_around(self._drawing[-3:])
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._finish_stroke()
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.mousePressEvent(event)  # a quick second dot is a dot, not a double click on a panel

    def _finish_stroke(self) -> None:
        drawing, self._drawing = self._drawing, []
        if drawing and self.width() > 0 and self.height() > 0:
            self.pen.add_stroke(np.array(drawing) / (self.width(), self.height()))

    def _update_around(self, points) -> None:
        """Repaint only around the newest piece of the stroke: what lies under it repaints too."""
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        margin = int(self.halo_pen().widthF()) + 2
        self.update(QRect(int(min(xs)) - margin, int(min(ys)) - margin, int(max(xs) - min(xs)) + 2 * margin + 1,
                          int(max(ys) - min(ys)) + 2 * margin + 1))

    # -------------------------------------------------------------- state
    @Slot()
    def _on_pen_changed(self) -> None:
        self._ink = None
        self._show_if_needed()
        self.update()

    @Slot(bool)
    def _on_pen_active_changed(self, on: bool) -> None:
        if not on:
            self._finish_stroke()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not on)
        if on:
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.unsetCursor()
        self._show_if_needed()

    def _show_if_needed(self) -> None:
        """Hidden with the pen off and no ink: then it costs the panels' painting nothing."""
        self.setVisible(self.pen.active or bool(self.pen.strokes))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.parentWidget():
            if event.type() == QEvent.Type.Resize:
                self.setGeometry(obj.rect())
            elif event.type() == QEvent.Type.ChildAdded and event.child() is not self:
                self.raise_()  # a widget added to the host later stays under the ink
        return False
