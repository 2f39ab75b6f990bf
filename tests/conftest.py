"""Test setup shared by every test: no display needed, and no thread may outlive a test."""

import os

# Must be set before any QApplication exists: there is no display on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """Fail any test that leaves a worker QThread running (it would abort the process later)."""
    yield
    from gdstudio.worker import WorkerThread

    running = [t for t in list(WorkerThread.live) if t.thread.isRunning()]
    for t in running:
        t.stop()
    assert not running, f"{len(running)} worker thread(s) still running after the test"
