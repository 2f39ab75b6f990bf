"""Every question the File menu asks and every message it shows, in one replaceable object.

FileActions talks to a person only through a Prompts. Tests (and anything headless) hand
it their own — a subclass or an object with the same methods — that answers at once.

GDSTUDIO_RECOVERY_ANSWER=restore|discard answers the "restore the recovery copy?"
question without asking (for a test that runs the real app in a subprocess).
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from gdstudio.assets import Preset
from gdstudio.core.csvio import Table
from gdstudio.i18n import translate
from gdstudio.ui.document.file_dialogs import (
    AnimationExportDialog,
    AnimationOptions,
    ColumnDialog,
    HandoutExportDialog,
    ImageExportDialog,
    ImageOptions,
    PresetDialog,
)

RECOVERY_ANSWER_ENV = "GDSTUDIO_RECOVERY_ANSWER"


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Progress:
    """A modal progress dialog with Cancel; call it with (done, total), it says whether to go on."""

    def __init__(self, parent: QWidget | None, title: str, total: int) -> None:
        self.dialog = QProgressDialog(title, translate("Prompts", "Cancel"), 0, total, parent)
        self.dialog.setWindowTitle(title)
        # Modal and shown at once: nothing may step, play or edit while the run is being replayed.
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(360)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.setValue(0)

    def __call__(self, done: int, total: int) -> bool:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)  # a modal dialog processes events here: Cancel gets through
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


class Prompts:
    """The real dialogs, parented to `parent`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    # ----------------------------------------------------------------- messages
    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    # ---------------------------------------------------------------- questions
    def ask_save_changes(self, name: str) -> SaveChoice:
        box = save_changes_box(self.parent, name)
        box.exec()
        return box.property("choice") if box.clickedButton() is not None else SaveChoice.CANCEL

    def ask_restore(self, path: Path, when: str) -> bool:
        answer = os.environ.get(RECOVERY_ANSWER_ENV, "").strip().lower()
        if answer in ("restore", "discard"):
            return answer == "restore"
        box = restore_box(self.parent, when)
        box.exec()
        return box.clickedButton() is box.defaultButton()

    # -------------------------------------------------------------------- files
    def open_path(self, title: str, filters: str, folder: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, filters)
        return path or None

    def save_path(self, title: str, suggested: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return path or None

    # ------------------------------------------------------------------ choices
    def choose_columns(self, table: Table, name: str) -> tuple[int, int] | None:
        dialog = ColumnDialog(table, name, self.parent)
        return dialog.columns() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_preset(self, presets: list[Preset]) -> str | None:
        dialog = PresetDialog(presets, self.parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def image_options(self, sizes: dict[str, tuple[int, int]]) -> ImageOptions | None:
        dialog = ImageExportDialog(self.parent)
        dialog.set_sizes(sizes)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def animation_options(self, steps: int) -> AnimationOptions | None:
        dialog = AnimationExportDialog(steps, self.parent)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def handout_page_size(self, suggested: str) -> str | None:
        """A4 or Letter for the handout (None: cancelled)."""
        dialog = HandoutExportDialog(suggested, self.parent)
        return dialog.chosen_page_size() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def progress(self, title: str, total: int) -> Progress:
        return Progress(self.parent, title, total)


def save_changes_box(parent: QWidget | None, name: str) -> QMessageBox:
    """Save / Don't save / Cancel; after exec(), property "choice" holds the SaveChoice."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Prompts", "Unsaved changes"),
                      translate("Prompts", "Save the changes to {name}?").format(name=name), parent=parent)
    box.setInformativeText(translate("Prompts", "If you don't save, the changes since the last save are lost."))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    choices = {buttons.Save: SaveChoice.SAVE, buttons.Discard: SaveChoice.DISCARD, buttons.Cancel: SaveChoice.CANCEL}
    box.setProperty("choice", SaveChoice.CANCEL)
    box.buttonClicked.connect(lambda button: box.setProperty("choice", choices.get(box.standardButton(button),
                                                                                     SaveChoice.CANCEL)))
    return box


def restore_box(parent: QWidget | None, when: str) -> QMessageBox:
    """Restore (the default button) or Discard the recovery copy."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Prompts", "Restore unsaved work?"),
                      translate("Prompts", "gdstudio did not close normally last time. It kept a copy of your "
                                "unsaved work from {when}.").format(when=when), parent=parent)
    box.setInformativeText(translate("Prompts", "Restore it? If you discard it, it is deleted."))
    restore = box.addButton(translate("Prompts", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Prompts", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    return box
