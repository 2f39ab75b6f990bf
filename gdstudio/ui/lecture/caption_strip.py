"""The caption strip: what a lecture scene says, large enough for the back row.

The scene's title and place (3 / 9), its key sentence in the lecture's words, and the newest
beat's line — a point to make, or the question put to the class and, once revealed, how far
the class's guess was. Shown only in lecture mode.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, Qt, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from gdstudio.core.lesson import Question
from gdstudio.engine.lecture import Lecture
from gdstudio.ui.style import Look, fmt

MAX_LINES = 2       # the key sentence and the beat's line each fit in two lines: the plots keep the room
SMALLEST = 0.6      # of the look's size, before a text may take a third line
MAX_SHARE = 0.25    # of the window's height, at most, where the texts can shrink to fit (1024×768 at 200 %)


def fitted_point_size(text: str, font: QFont, width: int, largest: float, lines: int = MAX_LINES) -> float:
    """The largest point size ≤ `largest` (down to SMALLEST of it) at which `text`, wrapped to `width`
    pixels, takes at most `lines` lines."""
    size = largest
    while size > largest * SMALLEST:
        font.setPointSizeF(size)
        metrics = QFontMetrics(font)
        height = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), Qt.TextFlag.TextWordWrap, text).height()
        if height <= lines * metrics.lineSpacing() + 1:
            break
        size = round(size * 0.92, 1)
    return max(size, round(largest * SMALLEST, 1))


class CaptionStrip(QFrame):
    def __init__(self, lecture: Lecture, look: Look, parent=None) -> None:
        super().__init__(parent)
        self.lecture = lecture
        self.look = look
        self.setObjectName("caption_strip")
        self.setStyleSheet(f"#caption_strip {{ border-bottom: {max(1, round(look.scale))}px solid {look.muted}; }}")
        self.place = QLabel()
        self.progress = QLabel()
        self.caption = QLabel()
        self.line = QLabel()
        # Shrunk to fit (resizeEvent): each in two lines, and all in MAX_SHARE of the window.
        self._largest = {self.place: look.pt(11), self.caption: look.pt(15), self.line: look.pt(13)}
        for label, size, colour, bold in ((self.place, 11, look.muted, True), (self.progress, 11, look.muted, False),
                                          (self.caption, 15, look.ink, False), (self.line, 13, look.blue, True)):
            label.setWordWrap(label is not self.progress)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setStyleSheet(f"color: {colour};")
            font = label.font()
            font.setPointSizeF(look.pt(size))
            font.setBold(bold)
            label.setFont(font)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.place, 1)
        top.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.line)
        lecture.sig_moved.connect(self._on_lecture_moved)
        lecture.sig_active_changed.connect(self._on_lecture_moved)
        lecture.controller.view_state.sig_prediction_changed.connect(self._on_lecture_moved)
        self._on_lecture_moved()

    @Slot()
    def _on_lecture_moved(self, *_) -> None:
        lecture, language = self.lecture, self.look.language
        self.setVisible(lecture.active)
        if not lecture.active:
            return
        scene = lecture.scene
        self.place.setText(self.tr("{number} / {count} · {title}").format(
            number=lecture.scene_index + 1, count=len(lecture.lesson.scenes), title=scene.title.get(language)))
        beats = len(scene.beats)
        self.progress.setText("●" * lecture.done + "○" * (beats - lecture.done) if beats else "")
        self.progress.setToolTip(self.tr("Beats of this scene done: {done} of {count}").format(
            done=lecture.done, count=beats))
        self.caption.setText(scene.caption.get(language))
        self.line.setText(self.reveal_text() or lecture.said.get(language))  # (the answer replaces the question)
        self.line.setVisible(bool(self.line.text()))
        self._fit_fonts()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        width = self.contentsRect().width() - 16
        budget = MAX_SHARE * self.window().height()
        for factor in (1.0, 0.9, 0.8, 0.7, SMALLEST):
            for label, largest in self._largest.items():
                font = label.font()
                size = fitted_point_size(label.text(), QFont(font), width, largest * factor)
                if size != font.pointSizeF():
                    font.setPointSizeF(size)
                    label.setFont(font)
            self.layout().invalidate()
            if self.window() is self or self.heightForWidth(self.width()) <= budget:
                break

    def reveal_text(self) -> str:
        """After a reveal: the truth with its numbers, and how far the class's guess was."""
        prediction = self.lecture.controller.view_state.prediction
        if prediction is None or not prediction.revealed:
            return ""
        assert prediction.truth is not None
        miss = prediction.miss()
        if prediction.question is Question.GRADIENT:
            g = np.array(prediction.truth) - np.array(prediction.origin)  # (the arrow's tip is w + ∇E)
            truth = self.tr("∇E = ({g0}, {g1}): the arrow points where E rises fastest.").format(
                g0=fmt(float(g[0]), 3), g1=fmt(float(g[1]), 3))
            guess = "" if miss is None else self.tr("Your guess was {angle}° off.").format(angle=f"{miss:.0f}")
        else:
            w0, w1 = (fmt(v, 4) for v in prediction.truth)  # (the parameter panel's own w, as it is drawn)
            truth = (self.tr("The minimum ★ is at w = ({w0}, {w1}).") if prediction.question is Question.MINIMUM
                     else self.tr("The next step lands at ★ w = ({w0}, {w1}).")).format(w0=w0, w1=w1)
            guess = "" if miss is None else self.tr("Your guess ✕ was {distance} away.").format(
                distance=fmt(miss, 3))
        return f"{truth} {guess}".strip()
