"""Test setup shared by every test: no display needed, no thread may outlive a test, and no test
touches the user's world (settings, recovery and recent files, anything under their home)."""

import faulthandler
import os
import sys
import tempfile
from pathlib import Path

# Must be set before any QApplication exists: there is no display on CI machines. Qt's offscreen
# platform gets screens from tests/screens.json: its usual 800×800 one, the primary every test opens
# on, and far off to the side the rooms the layout tests open windows on (a 1024×768 projector, a
# 1280×800 laptop, a 1920×1080 display). A path with a drive colon cannot be a platform argument
# (Windows): there, the plain platform, and the room tests skip.
_SCREENS = Path(__file__).with_name("screens.json")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if ":" in str(_SCREENS) else f"offscreen:configfile={_SCREENS}")

# Before Qt reads them (QStandardPaths, QSettings' default folders), the user's folders point into a
# throwaway one: whatever a test forgets to redirect still cannot reach the real ~/.config.
_WORLD = Path(tempfile.mkdtemp(prefix="gdstudio-tests-"))
USER_FOLDERS = {"HOME": "home", "XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "data",
                "XDG_CACHE_HOME": "cache", "XDG_STATE_HOME": "state", "GDSTUDIO_RECOVERY_DIR": "recovery"}
for _name, _folder in USER_FOLDERS.items():
    os.environ[_name] = str(_WORLD / _folder)

import pytest  # noqa: E402

# A test that hangs (a deadlock: see gdstudio/engine/garbage.py) ends the run after this long, with every
# thread's stack on stderr, instead of holding CI until its limit (pytest's faulthandler_timeout only dumps).
HANG_S = float(os.environ.get("GDSTUDIO_TEST_HANG_S", "300"))


def _real_stderr(config) -> int:
    """The terminal's stderr, which pytest's own faulthandler keeps (fd 2 is captured during a test)."""
    try:
        from _pytest.faulthandler import fault_handler_stderr_fd_key

        return config.stash[fault_handler_stderr_fd_key]
    except (ImportError, KeyError):
        return sys.__stderr__.fileno()


@pytest.hookimpl(hookwrapper=True, trylast=True)  # (inside pytest's own faulthandler timer, which it replaces)
def pytest_runtest_protocol(item, nextitem):
    faulthandler.dump_traceback_later(HANG_S, exit=True, file=_real_stderr(item.config))
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True)
def private_user_world(tmp_path_factory, monkeypatch):
    """Each test gets fresh, empty user folders and QSettings files of its own."""
    world = tmp_path_factory.mktemp("user")
    for name, folder in USER_FOLDERS.items():
        monkeypatch.setenv(name, str(world / folder))
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(world / "settings"))
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    yield world


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """Fail any test that leaves a worker QThread running (it would abort the process later)."""
    yield
    from gdstudio.engine.worker import WorkerThread

    running = [t for t in list(WorkerThread.live) if t.thread.isRunning()]
    for t in running:
        t.stop()
    assert not running, f"{len(running)} worker thread(s) still running after the test"


@pytest.fixture(autouse=True)
def garbage_collected_between_tests():
    """Once a Qt application exists, Python's automatic collection is off (gdstudio/engine/garbage.py
    says why); tests that never spin the event loop get their garbage collected here, between tests."""
    from PySide6.QtCore import QCoreApplication

    from gdstudio.engine.garbage import GuiGarbageCollector

    if QCoreApplication.instance() is not None:
        GuiGarbageCollector.install()
    yield
    if QCoreApplication.instance() is not None:
        GuiGarbageCollector.install().collect_due()


@pytest.fixture(autouse=True)
def numpy_errors_raise():
    """Inside the supported range nothing overflows (#17): any overflow, division by zero or invalid
    operation in numpy is an error, not a warning (underflow to zero is harmless and stays quiet).
    Code that meets non-finite values on purpose (a diverging run) says so with np.errstate."""
    import numpy as np

    with np.errstate(over="raise", divide="raise", invalid="raise", under="ignore"):
        yield
