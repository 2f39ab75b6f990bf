"""A test that hangs ends the run after GDSTUDIO_TEST_HANG_S seconds (tests/conftest.py), with the stacks of
every thread, instead of holding CI until its 90-minute limit."""

import os
import subprocess
import sys
import time
from pathlib import Path

HANGING = '''
import time

def test_hangs():
    time.sleep(600)

def test_after():
    pass
'''


def test_a_hanging_test_ends_the_run_with_the_stacks(tmp_path):
    tests = Path(__file__).parent
    folder = tmp_path / "tests"
    folder.mkdir()
    (folder / "conftest.py").write_text((tests / "conftest.py").read_text())
    (folder / "test_hanging.py").write_text(HANGING)
    env = dict(os.environ, GDSTUDIO_TEST_HANG_S="2")
    start = time.monotonic()
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)]
    run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert time.monotonic() - start < 60
    assert run.returncode != 0
    assert "Timeout" in run.stderr and "test_hanging.py" in run.stderr and "time.sleep" not in run.stdout
