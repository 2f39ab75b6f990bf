"""The Linux desktop entry: --install-desktop / --uninstall-desktop, always under a temporary XDG_DATA_HOME."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gdstudio import desktop_entry
from gdstudio.app import main
from gdstudio.assets import resource

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:
    """XDG_DATA_HOME in tmp_path, and HOME too: nothing may reach the real ~/.local/share."""
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(sys, "platform", "linux")
    return home


def _entry(home: Path) -> Path:
    return home / "applications" / "gdstudio.desktop"


def _icon(home: Path) -> Path:
    return home / "icons" / "hicolor" / "scalable" / "apps" / "gdstudio.svg"


def test_install_writes_the_entry_and_the_icon(data_home, capsys):
    assert main(["--install-desktop"]) == 0
    keys = desktop_entry.parse_desktop_entry(_entry(data_home).read_text(encoding="utf-8"))
    assert keys["Type"] == "Application"
    assert keys["Name"] == "gdstudio"
    assert keys["Icon"] == "gdstudio"
    assert keys["Categories"] == "Education;Science;"
    assert keys["Terminal"] == "false"
    assert "勾配降下法" in keys["Name[ja]"] and "勾配降下法" in keys["Comment[ja]"]
    assert keys["Comment"].startswith("Teach gradient descent")
    assert _icon(data_home).read_bytes() == resource("icons", "gdstudio.svg").read_bytes()
    out = capsys.readouterr().out
    assert str(_entry(data_home)) in out and str(_icon(data_home)) in out


def test_exec_starts_this_interpreters_gdstudio(data_home):
    desktop_entry.install()
    exec_line = desktop_entry.parse_desktop_entry(_entry(data_home).read_text(encoding="utf-8"))["Exec"]
    script = Path(sys.executable).parent / "gdstudio"
    if script.is_file():
        assert exec_line == desktop_entry.quote_exec_argument(str(script))
    else:
        assert exec_line.endswith(" -m gdstudio")
        assert exec_line.startswith(desktop_entry.quote_exec_argument(sys.executable))


def test_exec_of_a_frozen_app_is_its_executable(data_home, monkeypatch, tmp_path):
    exe = tmp_path / "dist" / "gdstudio" / "gdstudio"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert desktop_entry.launch_command() == [str(exe.resolve())]
    desktop_entry.install()
    keys = desktop_entry.parse_desktop_entry(_entry(data_home).read_text(encoding="utf-8"))
    assert keys["Exec"] == str(exe.resolve())


def test_exec_arguments_are_quoted_as_the_spec_asks():
    q = desktop_entry.quote_exec_argument
    assert q("/opt/gdstudio/gdstudio") == "/opt/gdstudio/gdstudio"
    assert q("/home/a b/gdstudio") == '"/home/a b/gdstudio"'
    assert q("/x/100%/gdstudio") == "/x/100%%/gdstudio"
    assert q('/x/$HOME"q') == '"/x/\\\\$HOME\\\\"q"'  # \$ and \" inside quotes, each backslash doubled


def test_a_second_install_overwrites_cleanly(data_home):
    desktop_entry.install(command=["/old/place/gdstudio"])
    _icon(data_home).write_text("stale", encoding="utf-8")
    desktop_entry.install(command=["/new/place/gdstudio"])
    text = _entry(data_home).read_text(encoding="utf-8")
    assert text == desktop_entry.desktop_entry(["/new/place/gdstudio"])
    assert "/old/place" not in text and text.count("[Desktop Entry]") == 1
    assert _icon(data_home).read_bytes() == resource("icons", "gdstudio.svg").read_bytes()
    assert sorted(p.name for p in _entry(data_home).parent.iterdir()) == ["gdstudio.desktop"]  # no .part left
    assert sorted(p.name for p in _icon(data_home).parent.iterdir()) == ["gdstudio.svg"]


def test_uninstall_removes_both_and_a_second_uninstall_says_so(data_home, capsys):
    assert main(["--install-desktop"]) == 0
    assert main(["--uninstall-desktop"]) == 0
    assert not _entry(data_home).exists() and not _icon(data_home).exists()
    assert "Removed" in capsys.readouterr().out
    assert main(["--uninstall-desktop"]) == 0
    assert "was not installed" in capsys.readouterr().out


def test_written_entry_has_the_required_keys(data_home):
    desktop_entry.install()
    text = _entry(data_home).read_text(encoding="utf-8")
    assert desktop_entry.problems(text) == []
    keys = desktop_entry.parse_desktop_entry(text)
    for key in ("Type", "Name", "Exec", "Icon"):
        assert keys.get(key), key
    assert text.endswith("\n") and text.splitlines()[0] == "[Desktop Entry]"


@pytest.mark.parametrize("broken, problem", [
    ("Name=x\n", "the first line"),
    ("[Desktop Entry]\nType=Application\nName=gdstudio\nIcon=gdstudio\n", "Exec"),
    ("[Desktop Entry]\nType=Link\nName=gdstudio\nExec=x\nIcon=gdstudio\n", "Type is 'Link'"),
    ("[Desktop Entry]\nType=Application\nName=\nExec=x\nIcon=gdstudio\n", "Name"),
])
def test_problems_names_what_is_wrong(broken, problem):
    assert any(problem in p for p in desktop_entry.problems(broken))


def test_default_data_home_is_under_home_when_xdg_is_unset_or_relative(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert desktop_entry.data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")
    assert desktop_entry.data_home() == tmp_path / ".local" / "share"


def test_an_unwritable_place_is_a_message_and_exit_code_2(data_home, capsys):
    data_home.mkdir(parents=True)
    (data_home / "applications").write_text("a file where the folder should be", encoding="utf-8")
    assert main(["--install-desktop"]) == 2
    assert "cannot write the desktop entry" in capsys.readouterr().err


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_are_told_it_is_for_linux(data_home, monkeypatch, capsys, platform):
    monkeypatch.setattr(sys, "platform", platform)
    assert main(["--install-desktop"]) == 2
    assert "for Linux desktops" in capsys.readouterr().err
    assert not data_home.exists()


def test_the_two_flags_exclude_each_other(data_home, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--install-desktop", "--uninstall-desktop"])
    assert exc.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_install_needs_no_qt(tmp_path):
    """Handled before Qt is imported: it works where Qt could never start."""
    code = ("import sys; from gdstudio.app import main; rc = main(['--install-desktop']); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'; sys.exit(rc)")
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert _entry(tmp_path / "data").is_file() and _icon(tmp_path / "data").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_file_validate_finds_no_error(data_home):
    desktop_entry.install(command=["/opt/a dir/gdstudio"])
    result = subprocess.run(["desktop-file-validate", str(_entry(data_home))], capture_output=True, text=True,
                            timeout=30)
    errors = [line for line in result.stdout.splitlines() if "error:" in line]
    assert result.returncode == 0 and not errors, result.stdout
