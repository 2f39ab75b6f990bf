"""Autosave and recovery: unsaved work is copied aside while the app runs, the copy goes on a
clean exit or a save, and after a crash or kill the next start offers it back — in-process,
and for real: the app in a subprocess, killed with SIGKILL, started again."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from gdstudio.assets import default_dataset
from gdstudio.core.session import load_session
from gdstudio.engine.controller import Controller
from gdstudio.ui.document.prompts import SaveChoice
from gdstudio.ui.document.recovery import AUTOSAVE_MS_ENV, RECOVERY_DIR_ENV, RECOVERY_FILE, recovery_dir
from gdstudio.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
SUBPROCESS_TIMEOUT_S = 60


class Answers:
    def __init__(self, restore: bool = True) -> None:
        self.restore = restore
        self.asked: list[str] = []
        self.warnings: list[str] = []

    def ask_restore(self, path, when):
        self.asked.append("restore")
        return self.restore

    def ask_save_changes(self, name):
        self.asked.append("save changes")
        return SaveChoice.DISCARD

    def warn(self, title, text):
        self.warnings.append(text)


@pytest.fixture
def make_window(qtbot, tmp_path):
    made = []

    def make(answers: Answers | None = None):
        controller = Controller(default_dataset(), speed=1000)
        window = MainWindow(controller)
        qtbot.addWidget(window)
        window.file_actions.prompts = answers or Answers()
        made.append(controller)
        return controller, window

    yield make
    for controller in made:
        controller.shutdown()


def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_recovery_folder_can_be_set_by_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(RECOVERY_DIR_ENV, str(tmp_path / "rec"))
    assert recovery_dir() == tmp_path / "rec"


def test_autosave_writes_only_unsaved_work_and_a_clean_exit_removes_it(qtbot, make_window, monkeypatch, tmp_path):
    monkeypatch.setenv(AUTOSAVE_MS_ENV, "20")
    controller, window = make_window()
    actions = window.file_actions
    assert not actions.start(settings(tmp_path), tmp_path)
    copy = tmp_path / RECOVERY_FILE
    assert not actions.autosave_now() and not copy.exists()  # nothing unsaved: nothing to keep
    controller.add_point(7.5, 8.5)
    with qtbot.waitSignal(actions.autosave.sig_saved, timeout=3000):
        pass  # the timer
    assert load_session(copy).x[-1] == 7.5
    window.close()  # the answers discard the changes: a clean exit
    assert not copy.exists()
    assert not actions.autosave.timer.isActive()


def test_saving_removes_the_copy_and_undoing_to_the_saved_state_too(make_window, tmp_path):
    controller, window = make_window()
    actions = window.file_actions
    actions.start(settings(tmp_path), tmp_path)
    copy = tmp_path / RECOVERY_FILE
    controller.add_point(1.0, 1.0)
    assert actions.autosave_now() and copy.exists()
    assert actions.save_session(tmp_path / "saved.gdstudio.json")
    assert not copy.exists()
    controller.add_point(2.0, 2.0)
    assert actions.autosave_now() and copy.exists()
    window.undo_history.undo()  # back to the saved state
    assert not copy.exists()


def test_a_copy_left_behind_is_offered_and_restored(make_window, tmp_path):
    controller, window = make_window()
    window.file_actions.start(settings(tmp_path), tmp_path)
    controller.add_point(3.25, 6.5)
    controller.set_lr(0.0125)
    expected = controller.document
    window.file_actions.autosave_now()
    window.file_actions.autosave.stop()  # "crash": the window never closes cleanly…
    window.file_actions.autosave.release()  # …and its process is gone, so its slot's lock is stale

    answers = Answers(restore=True)
    controller2, window2 = make_window(answers)
    assert window2.file_actions.start(settings(tmp_path), tmp_path)
    assert answers.asked == ["restore"]
    assert controller2.document == expected
    assert not window2.file_actions.is_clean and window2.isWindowModified()  # saved nowhere yet
    assert (tmp_path / RECOVERY_FILE).exists()  # kept until saved or closed


def test_two_copies_running_at_once_keep_separate_recovery_files(make_window, tmp_path):
    controller1, window1 = make_window()
    controller2, window2 = make_window(Answers(restore=True))
    window1.file_actions.start(settings(tmp_path), tmp_path)
    controller1.add_point(1.0, 1.0)
    assert window1.file_actions.autosave_now()
    assert not window2.file_actions.start(settings(tmp_path), tmp_path)  # the first's copy is not offered
    first, second = window1.file_actions.autosave.path, window2.file_actions.autosave.path
    assert first != second and first.parent == second.parent == tmp_path
    controller2.add_point(2.0, 2.0)
    assert window2.file_actions.autosave_now()
    window1.close()  # a clean exit removes only its own copy
    assert not first.exists() and load_session(second).x[-1] == 2.0


def test_declining_the_copy_deletes_it(make_window, tmp_path):
    load = default_dataset()
    (tmp_path / RECOVERY_FILE).write_text("{}")
    answers = Answers(restore=False)
    controller, window = make_window(answers)
    assert not window.file_actions.start(settings(tmp_path), tmp_path)
    assert answers.asked == ["restore"] and not (tmp_path / RECOVERY_FILE).exists()
    np.testing.assert_array_equal(controller.data.x, load.x)


def test_a_corrupt_copy_is_a_message_and_is_moved_aside(make_window, tmp_path):
    (tmp_path / RECOVERY_FILE).write_text('{"schema_version": 1, "lr"')
    answers = Answers(restore=True)
    controller, window = make_window(answers)
    before = controller.document
    assert not window.file_actions.start(settings(tmp_path), tmp_path)
    assert "truncated" in answers.warnings[0] and "moved" in answers.warnings[0]
    assert controller.document == before
    assert not (tmp_path / RECOVERY_FILE).exists() and (tmp_path / (RECOVERY_FILE + ".broken")).exists()


def test_a_failing_autosave_says_so_once(make_window, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    controller, window = make_window()
    window.file_actions.start(settings(tmp_path), blocker / "sub")
    controller.add_point(1.0, 2.0)
    assert not window.file_actions.autosave_now()
    assert controller.message[0].startswith("Autosave failed")


# ----------------------------------------------------------------------- a real kill


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GDSTUDIO_")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    env[RECOVERY_DIR_ENV] = str(tmp_path / "recovery")
    env.update(extra)
    return env


def _wait_for_line(proc: subprocess.Popen, prefix: str, timeout: float) -> str:
    """The first stdout line starting with `prefix`, read without blocking past `timeout`."""
    deadline = time.monotonic() + timeout
    buffer = b""
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
                break
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            buffer += chunk
            for line in buffer.decode(errors="replace").splitlines():
                if line.startswith(prefix):
                    return line
    raise AssertionError(f"no '{prefix}' line within {timeout} s; stdout so far: {buffer[-2000:]!r}")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_unsaved_work_survives_sigkill(tmp_path):
    recovery = tmp_path / "recovery" / RECOVERY_FILE
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "app_hooks.py")], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                            env=_env(tmp_path, GDSTUDIO_AUTOSAVE_MS="100", GDSTUDIO_TEST_ADD_POINTS="11,22;33,44"))
    try:
        line = _wait_for_line(proc, "autosaved ", SUBPROCESS_TIMEOUT_S)
        assert Path(line.removeprefix("autosaved ")) == recovery
    finally:
        proc.kill()  # SIGKILL: no clean-up runs
        proc.wait(timeout=SUBPROCESS_TIMEOUT_S)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    kept = load_session(recovery)
    assert kept.x[-2:] == (11.0, 33.0) and kept.y[-2:] == (22.0, 44.0)

    saved = tmp_path / "restored.gdstudio.json"
    again = subprocess.run([sys.executable, str(ROOT / "tests" / "app_hooks.py")], cwd=tmp_path, capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=SUBPROCESS_TIMEOUT_S,
                           env=_env(tmp_path, GDSTUDIO_RECOVERY_ANSWER="restore",
                                    GDSTUDIO_TEST_SAVE_AND_QUIT=str(saved)))
    assert again.returncode == 0, again.stderr.decode(errors="replace")[-2000:]
    restored = load_session(saved)
    assert restored.x == kept.x and restored.y == kept.y
    assert restored.x[-2:] == (11.0, 33.0)
    assert not recovery.exists()  # saved, then a clean exit


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_the_recovery_folder_stays_where_older_versions_kept_it(monkeypatch, tmp_path, qapp):
    """Naming the organisation moved Qt's AppDataLocation to …/gdstudio/gdstudio: a crash copy of an
    older version would no longer have been offered."""
    from gdstudio import app_info
    from gdstudio.ui.document.recovery import RECOVERY_DIR_ENV, recovery_dir

    monkeypatch.delenv(RECOVERY_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    app_info.identify(qapp)
    assert recovery_dir() == tmp_path / "gdstudio"


def test_a_write_killed_half_way_leaves_no_temporary_file_behind(tmp_path):
    """A kill during a recovery write left a .recovery…tmp file that nothing ever removed."""
    from gdstudio.ui.document.recovery import claim_slot

    stale = tmp_path / f".{RECOVERY_FILE}.0badc0de.tmp"
    others = tmp_path / ".recovery-1.gdstudio.json.1234abcd.tmp"  # another slot's: maybe being written now
    stale.write_bytes(b'{"schema_ver')
    others.write_bytes(b"{")
    lock, path = claim_slot(tmp_path)
    try:
        assert path.name == RECOVERY_FILE
        assert not stale.exists() and others.exists()
    finally:
        lock.unlock()
