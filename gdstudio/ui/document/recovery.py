"""Autosave: while there are unsaved changes, a recovery copy of the session is written every
AUTOSAVE_MS (atomically, so a kill mid-write leaves the previous copy whole). A clean exit,
a save, or discarding removes it; finding one at start means the last run did not end
normally, and the person is offered to restore it.

Where: QStandardPaths.AppDataLocation, or GDSTUDIO_RECOVERY_DIR if set (tests, portable
installs). GDSTUDIO_AUTOSAVE_MS changes the interval (tests).

Each running copy of the app holds a lock on a numbered slot and keeps its own recovery file
there, so two copies open at once never overwrite or delete each other's. A copy that dies
leaves its lock stale (Qt sees that its process is gone): the next copy to start takes that
slot and finds the file.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal, Slot

from gdstudio.i18n import translate

RECOVERY_DIR_ENV = "GDSTUDIO_RECOVERY_DIR"
AUTOSAVE_MS_ENV = "GDSTUDIO_AUTOSAVE_MS"
AUTOSAVE_MS = 30_000
RECOVERY_FILE = "recovery.gdstudio.json"  # slot 0's; slot k's is recovery-k.gdstudio.json
SLOTS = 8                                 # copies of the app running at once that each keep one


def claim_slot(folder: Path) -> tuple[QLockFile | None, Path]:
    """The first free slot in `folder`: its lock (held until released) and its recovery file."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    for k in range(SLOTS):
        lock = QLockFile(str(folder / f"recovery-{k}.lock"))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        if lock.tryLock(0):
            path = folder / (RECOVERY_FILE if k == 0 else f"recovery-{k}.gdstudio.json")
            remove_unfinished_writes(path)
            return lock, path
    return None, folder / f"recovery-pid{os.getpid()}.gdstudio.json"  # (all taken: keep one, unclaimed)


def remove_unfinished_writes(path: Path) -> None:
    """Delete the temporary files of writes of `path` that never finished (the copy that made them was
    killed mid-write; this slot's lock says no running copy writes it now)."""
    for tmp in path.parent.glob(f".{path.name[:80]}.*.tmp"):  # (core/atomic.py's temporary names)
        with contextlib.suppress(OSError):
            tmp.unlink()


def recovery_dir() -> Path:
    """Where the recovery copy lives: $GDSTUDIO_RECOVERY_DIR, else gdstudio's folder in this machine's data
    folder (~/.local/share/gdstudio on Linux: where the versions before the app had an organisation name
    kept it, so a copy left by a crash of one of them is still found)."""
    override = os.environ.get(RECOVERY_DIR_ENV, "").strip()
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)) / "gdstudio"


def autosave_interval_ms() -> int:
    try:
        return max(10, int(os.environ.get(AUTOSAVE_MS_ENV, AUTOSAVE_MS)))
    except ValueError:
        return AUTOSAVE_MS


def describe_time(path: Path) -> str:
    """When the recovery copy was written, for the question that offers it."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        return translate("Autosave", "an earlier session")


class Autosave(QObject):
    """Calls `write(path)` every interval when something changed since the last copy and `needed()`
    says there is unsaved work to keep."""

    sig_saved = Signal(str)    # the recovery file's path, after each write
    sig_failed = Signal(str)   # why it could not be written (said once until a write works again)

    def __init__(self, write, folder: Path | None = None, interval_ms: int | None = None,
                 parent: QObject | None = None, needed=lambda: True) -> None:
        super().__init__(parent)
        self._write = write
        self._needed = needed
        self.folder = Path(folder) if folder is not None else recovery_dir()
        self._lock, self.path = claim_slot(self.folder)
        self._changed = False
        self._failing = False
        self.timer = QTimer(self, interval=interval_ms or autosave_interval_ms())
        self.timer.timeout.connect(self.save_if_changed)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def mark_changed(self) -> None:
        """Something was edited since the last recovery copy."""
        self._changed = True

    def existing(self) -> Path | None:
        """A recovery copy left by an earlier run, if there is one."""
        return self.path if self.path.is_file() else None

    @Slot()
    def save_if_changed(self) -> bool:
        if not self._changed or not self._needed():
            return False
        return self.save_now()

    def save_now(self) -> bool:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._write(self.path)
        except Exception as exc:  # noqa: BLE001 — a failed autosave must never stop the lesson
            if not self._failing:
                self._failing = True
                self.sig_failed.emit(self.tr("Autosave failed: {error}").format(error=exc))
            return False
        self._changed = False
        self._failing = False
        self.sig_saved.emit(str(self.path))
        return True

    def remove(self) -> None:
        """No unsaved work any more: the recovery copy goes."""
        self._changed = False
        with contextlib.suppress(OSError):
            self.path.unlink()

    def release(self) -> None:
        """The app is closing: its slot is free for the next copy to start."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
