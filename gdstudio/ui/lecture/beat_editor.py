"""The beats of one scene in the lesson editor: the list (add, move, delete) and the selected beat's
parameters — its line in both languages, the layer, the steps, the tab, the question, the settings.

Every change is handed to `on_change(lesson, what, merge, beat_row)` as a whole new Lesson; the
editor records it (undo) and shows it back through `show()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gdstudio.core.lesson import MAX_STEPS, Beat, BeatKind, Lesson, Text
from gdstudio.core.lesson_edits import delete_beat, insert_beat, move_beat, new_beat, replace_beat, with_change
from gdstudio.ui.lecture.beat_text import describe, kind_names, layer_names, question_names, sampling_names, tab_names
from gdstudio.ui.lecture.bilingual import BilingualGrid

Change = Callable[[Lesson, str, object, int], None]


def narrow_combo() -> QComboBox:
    """A combo box that may be narrower than its longest entry (its list still shows them whole): a big
    size in a small window must not push the editor off the screen."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box




class BeatEditor(QWidget):
    def __init__(self, language: str, on_change: Change, stacked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.on_change = on_change
        self.lesson: Lesson | None = None
        self.scene_row = -1
        self._filling = False

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.kind_box = narrow_combo()
        for kind, name in kind_names().items():
            self.kind_box.addItem(name, kind)
        self.add_button = QPushButton(self.tr("Add beat"))
        self.add_button.setToolTip(self.tr("Add a beat of the chosen kind after the selected one"))
        self.add_button.clicked.connect(self.add)
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.delete_button = QPushButton(self.tr("Delete beat"))
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        self.delete_button.clicked.connect(self.delete)
        adding = QHBoxLayout()
        adding.addWidget(QLabel(self.tr("New beat:")))  # (the list shows the selected beats' kinds)
        adding.addWidget(self.kind_box, 1)
        adding.addWidget(self.add_button)
        moving = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.delete_button):
            moving.addWidget(button)
        moving.addStretch(1)

        grid = QGridLayout()
        rows = BilingualGrid(grid, language, stacked)
        self.say = rows.text(self.tr("Says"), self._on_say_edited, hint=self.tr("the line on the caption strip"))
        self.layer_box = self._combo(layer_names().items())
        self.count_box = QSpinBox()
        self.count_box.setRange(1, MAX_STEPS)
        self.tab_box = self._combo(tab_names().items())
        self.question_box = self._combo(question_names().items())
        self.lr_check, self.lr_box = QCheckBox("η"), QDoubleSpinBox()
        self.lr_box.setDecimals(5)
        self.lr_box.setRange(0.00001, 100.0)
        self.lr_box.setSingleStep(0.01)
        self.sampling_check, self.sampling_box = QCheckBox(self.tr("Sampling")), self._combo(sampling_names().items())
        self.batch_check, self.batch_box = QCheckBox(self.tr("Batch size K")), QSpinBox()
        self.batch_box.setRange(1, MAX_STEPS)
        self.rows: dict[str, list[QWidget]] = {}
        for key, label, box in (
                ("layer", QLabel(self.tr("Layer")), self.layer_box),
                ("count", QLabel(self.tr("Steps")), self.count_box),
                ("tab", QLabel(self.tr("Tab")), self.tab_box),
                ("question", QLabel(self.tr("Question")), self.question_box),
                ("lr", self.lr_check, self.lr_box), ("sampling", self.sampling_check, self.sampling_box),
                ("batch_size", self.batch_check, self.batch_box)):
            rows.widget(label, box)
            self.rows[key] = [label, box]
        self.layer_box.currentIndexChanged.connect(lambda: self._set(layer=self.layer_box.currentData()))
        self.count_box.valueChanged.connect(lambda v: self._set(count=v))
        self.tab_box.currentIndexChanged.connect(lambda: self._set(tab=self.tab_box.currentData()))
        self.question_box.currentIndexChanged.connect(lambda: self._set(question=self.question_box.currentData()))
        for check, box, name, value in (
                (self.lr_check, self.lr_box, "lr", lambda: self.lr_box.value()),
                (self.sampling_check, self.sampling_box, "sampling", lambda: self.sampling_box.currentData()),
                (self.batch_check, self.batch_box, "batch_size", lambda: self.batch_box.value())):
            check.toggled.connect(box.setEnabled)  # (a value not ticked is not changed: greyed)
            check.toggled.connect(lambda on, n=name, v=value: self._set_change(n, v() if on else None))
            signal = box.currentIndexChanged if isinstance(box, QComboBox) else box.valueChanged
            signal.connect(lambda *_, c=check, n=name, v=value: c.isChecked() and self._set_change(n, v()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(adding)
        layout.addLayout(moving)
        layout.addLayout(grid)

    @staticmethod
    def _combo(items) -> QComboBox:
        box = narrow_combo()
        for value, name in items:
            box.addItem(name, value)
        return box

    # ------------------------------------------------------------------ showing
    @property
    def beats(self) -> tuple[Beat, ...]:
        return self.lesson.scenes[self.scene_row].beats if self.lesson and 0 <= self.scene_row < len(
            self.lesson.scenes) else ()

    @property
    def row(self) -> int:
        return self.list.currentRow()

    def show_beats(self, lesson: Lesson, scene_row: int, beat_row: int) -> None:
        self.lesson, self.scene_row = lesson, scene_row
        self._filling = True
        try:
            beats = self.beats
            while self.list.count() > len(beats):
                self.list.takeItem(self.list.count() - 1)
            while self.list.count() < len(beats):
                self.list.addItem("")
            for i, beat in enumerate(beats):
                text = f"{i + 1}. {describe(beat, self.language)}"
                if self.list.item(i).text() != text:
                    self.list.item(i).setText(text)
            self.list.setCurrentRow(min(beat_row, len(beats) - 1) if beats else -1)
        finally:
            self._filling = False
        self._show_beat()

    def _show_beat(self) -> None:
        beats, row = self.beats, self.row
        beat = beats[row] if 0 <= row < len(beats) else None
        self.up_button.setEnabled(beat is not None and row > 0)
        self.down_button.setEnabled(beat is not None and row < len(beats) - 1)
        self.delete_button.setEnabled(beat is not None)
        self.add_button.setEnabled(self.lesson is not None and 0 <= self.scene_row < len(self.lesson.scenes))
        self.say.set_enabled(beat is not None)
        needs = {BeatKind.REVEAL: ("layer",), BeatKind.HIDE: ("layer",), BeatKind.STEP: ("count",),
                 BeatKind.TAB: ("tab",), BeatKind.PREDICT: ("question",),
                 BeatKind.SET: ("lr", "sampling", "batch_size")}.get(beat.do, ()) if beat else ()
        for key, widgets in self.rows.items():
            for widget in widgets:
                widget.setVisible(key in needs)
        self._filling = True
        try:
            self.say.show(beat.say if beat else Text())
            if beat is None:
                return
            self.layer_box.setCurrentIndex(max(0, self.layer_box.findData(beat.layer)))
            self.count_box.setValue(beat.count)
            self.tab_box.setCurrentIndex(self.tab_box.findData(beat.tab))
            self.question_box.setCurrentIndex(self.question_box.findData(beat.question))
            changes = dict(beat.changes)
            document = self.lesson.scenes[self.scene_row].document
            self.lr_check.setChecked("lr" in changes)
            self.lr_box.setValue(changes.get("lr", document.lr))
            self.sampling_check.setChecked("sampling" in changes)
            sampling = changes.get("sampling", document.sampler.mode.value)
            self.sampling_box.setCurrentIndex(max(0, self.sampling_box.findData(getattr(sampling, "value", sampling))))
            self.batch_check.setChecked("batch_size" in changes)
            self.batch_box.setValue(changes.get("batch_size", document.sampler.batch_size))
            for check, box in ((self.lr_check, self.lr_box), (self.sampling_check, self.sampling_box),
                               (self.batch_check, self.batch_box)):
                box.setEnabled(check.isChecked())
        finally:
            self._filling = False

    @Slot(int)
    def _on_row_changed(self, _row: int) -> None:
        if not self._filling:
            self._show_beat()

    # ------------------------------------------------------------------ editing
    def _changed(self, lesson: Lesson, what: str, merge: object = None, row: int | None = None) -> None:
        self.on_change(lesson, what, merge, self.row if row is None else row)

    @Slot()
    def add(self) -> None:
        """A beat of the kind chosen, after the selected one (or at the end)."""
        if self.lesson is None or not 0 <= self.scene_row < len(self.lesson.scenes):
            return
        kind = BeatKind(self.kind_box.currentData())
        at = self.row + 1 if self.row >= 0 else len(self.beats)
        beat = new_beat(kind, self.lesson.scenes[self.scene_row])
        self._changed(insert_beat(self.lesson, self.scene_row, beat, at), self.tr("add a beat"), row=at)

    def move_by(self, delta: int) -> None:
        if self.lesson is None or self.row < 0:
            return
        lesson, at = move_beat(self.lesson, self.scene_row, self.row, delta)
        if at != self.row:
            self._changed(lesson, self.tr("move a beat"), row=at)

    @Slot()
    def delete(self) -> None:
        if self.lesson is None or self.row < 0:
            return
        row = self.row
        self._changed(delete_beat(self.lesson, self.scene_row, row), self.tr("delete a beat"),
                      row=min(row, len(self.beats) - 2))

    def _replace(self, beat: Beat, what: str, merge: object = None) -> None:
        if self._filling or self.lesson is None or not 0 <= self.row < len(self.beats):
            return
        if beat != self.beats[self.row]:
            self._changed(replace_beat(self.lesson, self.scene_row, self.row, beat), what, merge)

    def _set(self, **changes) -> None:
        if not self._filling and 0 <= self.row < len(self.beats):
            self._replace(replace(self.beats[self.row], **changes), self.tr("change a beat"))

    def _set_change(self, name: str, value) -> None:
        if not self._filling and 0 <= self.row < len(self.beats):
            self._replace(with_change(self.beats[self.row], name, value), self.tr("change a beat"),
                          ("set", self.scene_row, self.row, name))

    def _on_say_edited(self, text: Text, key: str) -> None:
        if 0 <= self.row < len(self.beats):
            self._replace(replace(self.beats[self.row], say=text), self.tr("edit a beat's line"),
                          ("say", self.scene_row, self.row, key))
