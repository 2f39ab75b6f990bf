"""Undo / redo: every edit the controller reports (sig_edited) becomes one QUndoCommand.

A command holds the controller snapshots before and after the edit; undo and redo
restore one of them (restore() is not itself recorded). The edit has already happened
when it is pushed, so the first redo() does nothing.

A gesture is one undo step: the many edits of one drag of a point or of the start point,
or of one sweep of the η slider or a spin box, merge while they follow each other with
the same `what` less than MERGE_GAP_S apart. Adding, removing, clearing and loading never
merge: two clicks are two points, and two undo steps.

The stack's clean state is the document's saved state (see file_actions).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack

from gdstudio.controller import Controller, Snapshot

MERGE_GAP_S = 1.0
MERGE_ID = 6001  # any id other than -1; merging is then decided by `what` in mergeWith
CONTINUOUS = ("move point", "start point", "learning rate", "sampling")  # edits made by dragging or sweeping
SETTINGS = ("learning rate", "sampling", "schedule", "error function", "optimizers")


NAMES = {"start point": "move start point", "standardise": "change standardisation"}


def describe(what: str) -> str:
    """The edit as the Edit menu names it: "Undo " + this."""
    if what in NAMES:
        return NAMES[what]
    if what in SETTINGS or what.endswith(" settings"):
        return f"change {what}"
    return what


def is_continuous(what: str) -> bool:
    return what.startswith(CONTINUOUS)


class EditCommand(QUndoCommand):
    def __init__(self, controller: Controller, what: str, before: Snapshot, after: Snapshot, at: float) -> None:
        super().__init__(describe(what))
        self.controller = controller
        self.what = what
        self.before, self.after = before, after
        self.last_at = at
        self._pushed = False

    def id(self) -> int:
        return MERGE_ID if is_continuous(self.what) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, EditCommand) or other.what != self.what or other.last_at - self.last_at > MERGE_GAP_S:
            return False
        self.after, self.last_at = other.after, other.last_at
        self.setObsolete(self.after == self.before)  # swept back to where it was: no step at all
        return True

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(); the edit is already done
            self._pushed = True
            return
        self.controller.restore(self.after)

    def undo(self) -> None:
        self.controller.restore(self.before)


class UndoHistory(QObject):
    """The undo stack of one controller, with Undo / Redo actions for a menu."""

    def __init__(self, controller: Controller, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.controller = controller
        self.clock = clock
        self.stack = QUndoStack(self)
        self.undo_action = self.stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.stack.createRedoAction(self, "Redo")
        # Ctrl+Shift+Z everywhere (shown in the menu), and the platform's own too (Ctrl+Y on Windows).
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        self.undo_action.setStatusTip("Undo the last edit of the data or the settings")
        self.redo_action.setStatusTip("Redo the edit just undone")
        controller.sig_edited.connect(self._on_controller_edited)

    @Slot(str, object, object)
    def _on_controller_edited(self, what: str, before: Snapshot, after: Snapshot) -> None:
        self.stack.push(EditCommand(self.controller, what, before, after, self.clock()))

    def undo(self) -> None:
        self.stack.undo()

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
        """Undo / Redo at the top of `menu` (again after the menus are rebuilt)."""
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.undo_action)
        menu.insertAction(first, self.redo_action)
        if first is not None:
            menu.insertSeparator(first)


def install_undo(window) -> UndoHistory:
    """Give the window an undo history with Undo / Redo at the top of its Edit menu."""
    history = UndoHistory(window.controller, window)
    history.add_to_menu(window.edit_menu)
    return history
