"""Running the tests leaves the user's own settings, recovery and recent files exactly as they were."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The tests that save the look, the window's place, splitters, recent files and recovery copies.
WRITERS = ["tests/ui/test_classroom.py::test_look_is_remembered",
           "tests/ui/test_classroom.py::test_panel_sizes_are_remembered",
           "tests/test_recovery.py",  # (its subprocesses run the real app, which saves the look on closing)
           "tests/ui/test_file_actions.py::test_recent_files_keep_eight_newest_first_and_drop_missing_ones",
           "tests/ui/test_lesson_editor.py::test_recent_lessons_keep_the_newest_first_in_the_settings_and_drop_missing_ones"]


def _snapshot(home: Path) -> dict[str, bytes]:
    return {str(p.relative_to(home)): p.read_bytes() for p in sorted(home.rglob("*")) if p.is_file()}


def test_the_suite_leaves_an_existing_user_configuration_byte_for_byte_unchanged(tmp_path):
    home = tmp_path / "home"
    config = home / ".config" / "gdstudio" / "gdstudio.conf"
    config.parent.mkdir(parents=True)
    config.write_bytes(b"[look]\nlanguage=ja\nscale=1.5\ntheme=projector\n\n[recent]\nfiles=/srv/lesson.csv\n")
    recovery = home / ".local" / "share" / "gdstudio" / "recovery.gdstudio.json"
    recovery.parent.mkdir(parents=True)
    recovery.write_bytes(b'{"schema_version": 1}')
    before = _snapshot(home)

    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "GDSTUDIO_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *WRITERS],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert _snapshot(home) == before
