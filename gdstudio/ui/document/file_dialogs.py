"""The small dialogs of the File menu: choosing x and y columns, choosing a preset, and the
options of an image or animation export. Each only collects choices; file_actions acts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gdstudio.assets import Preset
from gdstudio.core.csvio import Table
from gdstudio.i18n import translate

TARGETS = ("window", "data", "surface", "loss")  # what an image or animation can show
SCALES = (1, 2, 3)
IMAGE_FORMATS = ("png", "svg")
ANIMATION_FORMATS = ("gif", "apng")
MAX_FRAMES = 150


def target_names() -> dict[str, str]:
    """Export target → what the chooser calls it, in the current language."""
    return {
        "window": translate("FileDialogs", "Whole window (all panels)"),
        "data": translate("FileDialogs", "Data space panel"),
        "surface": translate("FileDialogs", "Error surface panel"),
        "loss": translate("FileDialogs", "Loss curve panel"),
    }


def image_format_names() -> dict[str, str]:
    return {"png": translate("FileDialogs", "PNG image"),
            "svg": translate("FileDialogs", "SVG vector drawing (one panel)")}


def animation_format_names() -> dict[str, str]:
    return {"gif": translate("FileDialogs", "Animated GIF"),
            "apng": translate("FileDialogs", "Animated PNG (APNG)")}


def scale_names() -> dict[int, str]:
    return {s: (translate("FileDialogs", "{scale}× (screen)") if s == 1 else
                translate("FileDialogs", "{scale}× (print)")).format(scale=s) for s in SCALES}


@dataclass(frozen=True)
class ImageOptions:
    target: str = "window"  # one of TARGETS
    fmt: str = "png"        # one of IMAGE_FORMATS
    scale: int = 1          # PNG pixels per screen pixel (2 for print)


@dataclass(frozen=True)
class AnimationOptions:
    target: str = "window"
    fmt: str = "gif"        # one of ANIMATION_FORMATS
    frames: int = MAX_FRAMES  # at most this many frames, spread evenly over the run
    fps: int = 10


def _buttons(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK (named `ok_text`, if given) and Cancel (named by Qt, in its translation)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _combo(items: dict, current=None) -> QComboBox:
    box = QComboBox()
    for key, text in items.items():
        box.addItem(text, key)
    if current is not None:
        box.setCurrentIndex(box.findData(current))
    return box


class ColumnDialog(QDialog):
    """Which two of a file's numeric columns are x and y."""

    def __init__(self, table: Table, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the columns"))
        self.setMinimumWidth(440)
        self.x_box = QComboBox()
        self.y_box = QComboBox()
        for i, column in enumerate(table.columns):
            self.x_box.addItem(column, i)
            self.y_box.addItem(column, i)
        self.y_box.setCurrentIndex(1)
        intro = QLabel(self.tr("<b>{name}</b> has {columns} numeric columns and {rows} rows. "
                               "Which two should be the points (x, y)?").format(
            name=_escape(name), columns=len(table.columns), rows=f"{len(table):,}"))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("x (input):"), self.x_box)
        form.addRow(self.tr("y (target):"), self.y_box)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #8a2c00;")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if table.skipped:
            skipped = QLabel(self.tr("Not numbers, left out: {columns}").format(columns=", ".join(table.skipped)))
            skipped.setWordWrap(True)
            layout.addWidget(skipped)
        layout.addWidget(self.problem)
        self.buttons = _buttons(self, self.tr("Load"))
        layout.addWidget(self.buttons)
        self.x_box.currentIndexChanged.connect(self._on_choice_changed)
        self.y_box.currentIndexChanged.connect(self._on_choice_changed)
        self._on_choice_changed()

    def columns(self) -> tuple[int, int]:
        return self.x_box.currentData(), self.y_box.currentData()

    @Slot()
    def _on_choice_changed(self) -> None:
        same = self.x_box.currentIndex() == self.y_box.currentIndex()
        self.problem.setText(self.tr("x and y must be two different columns.") if same else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not same)


class PresetDialog(QDialog):
    """The shipped data sets: titles in a list, what the chosen one teaches below it."""

    def __init__(self, presets: list[Preset], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Presets"))
        self.resize(600, 460)
        self._presets = list(presets)
        self.list = QListWidget()
        self.list.setSpacing(2)
        for preset in self._presets:
            item = QListWidgetItem(preset.title)
            item.setData(Qt.ItemDataRole.UserRole, preset.id)
            item.setToolTip(preset.description)
            self.list.addItem(item)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(64)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setStyleSheet("background: #eef4fb; padding: 8px; border-radius: 4px;")
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.list.itemDoubleClicked.connect(self.accept)
        self.list.setCurrentRow(0)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Load a prepared data set. It replaces the current points (Undo brings them back)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addWidget(_buttons(self, self.tr("Load")))

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._presets):
            p = self._presets[row]
            self.description.setText(f"<b>{_escape(p.title)}</b><br>{_escape(p.description)}")


class ImageExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, options: ImageOptions = ImageOptions()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export image"))
        self.target = _combo(target_names(), options.target)
        self.fmt = _combo(image_format_names(), options.fmt)
        self.scale = _combo(scale_names(), options.scale)
        self.size_hint = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("What:"), self.target)
        form.addRow(self.tr("Format:"), self.fmt)
        form.addRow(self.tr("Resolution:"), self.scale)
        form.addRow("", self.size_hint)
        form.addRow(_buttons(self, self.tr("Export…")))
        self._sizes = {key: None for key in TARGETS}
        for box in (self.target, self.fmt, self.scale):
            box.currentIndexChanged.connect(self._on_changed)
        self._on_changed()

    def set_sizes(self, sizes: dict[str, tuple[int, int]]) -> None:
        """The on-screen size of each target, to show the size of the image."""
        self._sizes = sizes
        self._on_changed()

    def options(self) -> ImageOptions:
        return ImageOptions(self.target.currentData(), self.fmt.currentData(), self.scale.currentData())

    @Slot()
    def _on_changed(self) -> None:
        svg = self.fmt.currentData() == "svg"
        window_item = self.target.model().item(self.target.findData("window"))
        window_item.setEnabled(not svg)  # pyqtgraph draws SVG of one plot at a time
        if svg and self.target.currentData() == "window":
            self.target.setCurrentIndex(self.target.findData("data"))
        self.scale.setEnabled(not svg)
        size = self._sizes.get(self.target.currentData())
        if svg:
            self.size_hint.setText(self.tr("Vector drawing: sharp at any size."))
        elif size:
            s = self.scale.currentData()
            self.size_hint.setText(self.tr("{width} × {height} pixels").format(width=size[0] * s, height=size[1] * s))
        else:
            self.size_hint.setText("")


class AnimationExportDialog(QDialog):
    def __init__(self, steps: int, parent: QWidget | None = None,
                 options: AnimationOptions = AnimationOptions()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export animation"))
        self.steps = steps
        self.target = _combo(target_names(), options.target)
        self.fmt = _combo(animation_format_names(), options.fmt)
        self.frames = QSpinBox(minimum=2, maximum=MAX_FRAMES, value=min(options.frames, MAX_FRAMES))
        self.fps = QSpinBox(minimum=1, maximum=30, value=options.fps, suffix=self.tr(" frames/s"))
        self.summary = QLabel()
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The run so far ({steps} steps), replayed from step 0.").format(steps=f"{steps:,}")))
        form.addRow(self.tr("What:"), self.target)
        form.addRow(self.tr("Format:"), self.fmt)
        form.addRow(self.tr("Frames (at most):"), self.frames)
        form.addRow(self.tr("Speed:"), self.fps)
        form.addRow("", self.summary)
        form.addRow(_buttons(self, self.tr("Export…")))
        self.frames.valueChanged.connect(self._on_changed)
        self.fps.valueChanged.connect(self._on_changed)
        self._on_changed()

    def options(self) -> AnimationOptions:
        return AnimationOptions(self.target.currentData(), self.fmt.currentData(), self.frames.value(),
                                self.fps.value())

    @Slot()
    def _on_changed(self) -> None:
        frames = min(self.frames.value(), self.steps + 1)
        self.summary.setText(self.tr("{frames} frames, {seconds} s").format(
            frames=frames, seconds=f"{frames / self.fps.value():.1f}"))


class HandoutExportDialog(QDialog):
    """The handout's paper: A4 or Letter."""

    def __init__(self, page_size: str = "A4", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export handout"))
        self.page_size = _combo({"A4": self.tr("A4 (210 × 297 mm)"), "Letter": self.tr("Letter (8.5 × 11 in)")},
                                page_size)
        intro = QLabel(self.tr("A PDF to print for the students: the data, the error function and the update "
                               "rule; one step from the start to work out by hand; a picture of the window as it "
                               "is now; and the answers."))
        intro.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Paper:"), self.page_size)
        form.addRow(_buttons(self, self.tr("Export…")))
        self.setMinimumWidth(420)

    def chosen_page_size(self) -> str:
        return self.page_size.currentData()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
