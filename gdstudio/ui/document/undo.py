"""Undo / redo: every edit the controller reports (sig_edited) becomes one QUndoCommand.

A command holds the Documents before and after the edit and the Edit itself; undo and redo
apply one of the documents again (not itself recorded). The edit has already happened when it
is pushed, so the first redo() does nothing.

A gesture is one undo step: the many edits of one drag of a point or of the start point, or of
one sweep of the η slider or a spin box, merge while they follow each other with the same Edit
less than MERGE_GAP_S apart. Adding, removing, clearing and loading never merge: two clicks are
two points, and two undo steps.

The stack's clean state is the document's saved state (see file_actions).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from gdstudio.core.document import Document
from gdstudio.core.optimizers import OPTIMIZERS
from gdstudio.engine.controller import Controller
from gdstudio.engine.edits import Edit, EditKind
from gdstudio.engine.run import optimizer_title
from gdstudio.i18n import SOURCE_LANGUAGE, current_language, translate

MERGE_GAP_S = 1.0
MERGE_ID = 6001  # any id other than -1; merging is then decided by the Edit in mergeWith


def edit_names() -> dict[EditKind, str]:
    """Each kind of edit's name in the Edit menu ("Undo " + this), in the current language."""
    return {
        EditKind.ADD_POINT: translate("UndoHistory", "add point"),
        EditKind.REMOVE_POINT: translate("UndoHistory", "remove point"),
        EditKind.CLEAR_POINTS: translate("UndoHistory", "clear points"),
        EditKind.LOAD_DATA: translate("UndoHistory", "load data"),
        EditKind.EDIT_DATA: translate("UndoHistory", "edit data"),
        EditKind.START: translate("UndoHistory", "move start point"),
        EditKind.STANDARDIZE: translate("UndoHistory", "change standardisation"),
        EditKind.LEARNING_RATE: translate("UndoHistory", "change learning rate"),
        EditKind.SAMPLING: translate("UndoHistory", "change sampling"),
        EditKind.SCHEDULE: translate("UndoHistory", "change schedule"),
        EditKind.ERROR_FUNCTION: translate("UndoHistory", "change error function"),
        EditKind.OPTIMIZERS: translate("UndoHistory", "change optimizers"),
        EditKind.SAMPLING_RACE: translate("UndoHistory", "race the sampling modes"),
        EditKind.LAYERS: translate("UndoHistory", "show or hide a layer"),
    }


def _optimizer_name(key: str) -> str:
    """The optimizer in "change … settings": its key in English, its screen name in a translation
    ("Adam", "モメンタム")."""
    if current_language() == SOURCE_LANGUAGE or key not in OPTIMIZERS:
        return key
    return optimizer_title(key)


def describe(edit: Edit) -> str:
    """The edit as the Edit menu names it: "Undo " + this, in the current language."""
    if edit.kind is EditKind.MOVE_POINT:
        return translate("UndoHistory", "move point {number}").format(number=int(edit.detail or 0) + 1)
    if edit.kind is EditKind.OPTIMIZER_SETTINGS:
        return translate("UndoHistory", "change {optimizer} settings").format(
            optimizer=_optimizer_name(str(edit.detail)))
    return edit_names().get(edit.kind, edit.kind.value)


class EditCommand(QUndoCommand):
    def __init__(self, controller: Controller, edit: Edit, before: Document, after: Document, at: float) -> None:
        super().__init__(describe(edit))
        self.controller = controller
        self.edit = edit
        self.before, self.after = before, after
        self.last_at = at
        self._pushed = False

    def id(self) -> int:
        return MERGE_ID if self.edit.continuous else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, EditCommand) or other.edit != self.edit or other.last_at - self.last_at > MERGE_GAP_S:
            return False
        self.after, self.last_at = other.after, other.last_at
        self.setObsolete(self.after == self.before)  # swept back to where it was: no step at all
        return True

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(); the edit is already done
            self._pushed = True
            return
        self.controller.apply(self.after, self.edit, record=False)

    def undo(self) -> None:
        self.controller.apply(self.before, self.edit, record=False)


class UndoHistory(QObject):
    """The undo stack of one controller, with Undo / Redo actions for a menu."""

    def __init__(self, controller: Controller, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.controller = controller
        self.clock = clock
        self.stack = QUndoStack(self)
        # Our own actions rather than QUndoStack.createUndoAction: their texts follow the language
        # ("Undo {edit}" reads "{edit}を元に戻す" in Japanese) and are translated again after a switch.
        self.undo_action = QAction(self)
        self.undo_action.setEnabled(False)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self)
        self.redo_action.setEnabled(False)
        # Ctrl+Shift+Z everywhere (shown in the menu), and the platform's own too (Ctrl+Y on Windows).
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(self.redo)
        self.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.stack.undoTextChanged.connect(self._update_texts)
        self.stack.redoTextChanged.connect(self._update_texts)
        self.retranslate()
        controller.sig_edited.connect(self._on_controller_edited)

    @Slot(object, object, object)
    def _on_controller_edited(self, edit: Edit, before: Document, after: Document) -> None:
        self.stack.push(EditCommand(self.controller, edit, before, after, self.clock()))

    def retranslate(self) -> None:
        """Name the actions and every edit on the stack in the current language."""
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, EditCommand):
                command.setText(describe(command.edit))
        self.undo_action.setStatusTip(self.tr("Undo the last edit of the data or the settings"))
        self.redo_action.setStatusTip(self.tr("Redo the edit just undone"))
        self._update_texts()

    @Slot()
    def _update_texts(self) -> None:
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.undo_action.setText(self.tr("Undo {edit}").format(edit=undo) if undo else self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo {edit}").format(edit=redo) if redo else self.tr("Redo"))

    @Slot()
    def undo(self) -> None:
        self.stack.undo()

    @Slot()
    def redo(self) -> None:
        self.stack.redo()

    @property
    def is_clean(self) -> bool:
        return self.stack.isClean()

    def set_clean(self) -> None:
        """The current state is the saved document."""
        self.stack.setClean()

    def set_dirty(self) -> None:
        """The current state is saved nowhere (e.g. restored from a recovery copy)."""
        self.stack.resetClean()

    def start_over(self) -> None:
        """A new document (a session was opened): nothing to undo, and it is saved."""
        self.stack.clear()
        self.stack.setClean()

    def add_to_menu(self, menu) -> None:
        """Undo / Redo at the top of `menu` (again after the menus are rebuilt, in the new language)."""
        self.retranslate()
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.undo_action)
        menu.insertAction(first, self.redo_action)
        if first is not None:
            menu.insertSeparator(first)

