"""A Linux desktop entry for the current user: `gdstudio --install-desktop` / `--uninstall-desktop`.

Writes $XDG_DATA_HOME/applications/gdstudio.desktop and the icon
$XDG_DATA_HOME/icons/hicolor/scalable/apps/gdstudio.svg (XDG_DATA_HOME defaults to
~/.local/share), so gdstudio shows in the desktop's application menu. The entry starts the
program that ran the command: the standalone app's executable when frozen, else this
interpreter's `gdstudio` script (or `python -m gdstudio`). No Qt needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from gdstudio.assets import resource

APP_ID = "gdstudio"
REQUIRED_KEYS = ("Type", "Name", "Exec", "Icon")
RESERVED = " \t\n\"'\\><~|&;$*?#()`"  # characters that make an Exec argument need quotes


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset, empty or not absolute (as the XDG spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def entry_path(base: Path | None = None) -> Path:
    return (base or data_home()) / "applications" / f"{APP_ID}.desktop"


def icon_path(base: Path | None = None) -> Path:
    return (base or data_home()) / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def launch_command() -> list[str]:
    """What starts this same gdstudio: the bundle's executable, the script beside the interpreter,
    or the interpreter with -m gdstudio."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.executable).parent / APP_ID
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", APP_ID]  # not resolved: a venv's python is a link that must stay one


def quote_exec_argument(arg: str) -> str:
    """One argument of an Exec= line as the Desktop Entry Specification asks: % doubled, quoted if it
    has a reserved character, with " ` $ \\ escaped inside the quotes; then every \\ doubled again
    (the escaping of string values comes on top of the quoting)."""
    text = arg.replace("%", "%%")
    if any(c in arg for c in RESERVED):
        for c in ("\\", '"', "`", "$"):
            text = text.replace(c, "\\" + c)
        text = f'"{text}"'
    return text.replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    """The text of gdstudio.desktop for a launch command."""
    exec_line = " ".join(quote_exec_argument(arg) for arg in command)
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=gdstudio",
        "Name[ja]=gdstudio 勾配降下法スタジオ",
        "GenericName=Gradient descent teaching tool",
        "GenericName[ja]=勾配降下法の授業ツール",
        "Comment=Teach gradient descent live: data fit, error surface and loss curve, linked",
        "Comment[ja]=勾配降下法をライブで教える: データへの当てはめ、誤差曲面、損失曲線を連動表示",
        f"Exec={exec_line}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Education;Science;",
        "Keywords=gradient;descent;regression;machine learning;lecture;",
        "Keywords[ja]=勾配降下法;回帰;機械学習;講義;",
        "",
    ])


def parse_desktop_entry(text: str) -> dict[str, str]:
    """The keys of the [Desktop Entry] group (a small reader for checks and tests)."""
    keys: dict[str, str] = {}
    group = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line:
            key, value = line.split("=", 1)
            keys[key.strip()] = value.strip()
    return keys


def problems(text: str) -> list[str]:
    """What makes a desktop entry unusable: a missing group or required key, a wrong Type."""
    if "[Desktop Entry]" not in text.splitlines()[:1]:
        return ["the first line is not [Desktop Entry]"]
    keys = parse_desktop_entry(text)
    found = [f"the key {key} is missing or empty" for key in REQUIRED_KEYS if not keys.get(key)]
    if keys.get("Type") not in (None, "", "Application"):
        found.append(f"Type is {keys['Type']!r}, not 'Application'")
    return found


def install(base: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write (or overwrite) the entry and the icon; returns their paths."""
    entry, icon = entry_path(base), icon_path(base)
    text = desktop_entry(command or launch_command())
    for path, data in ((entry, text.encode("utf-8")), (icon, resource("icons", f"{APP_ID}.svg").read_bytes())):
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(path.name + ".part")
        part.write_bytes(data)
        os.replace(part, path)  # a menu reading the folder never sees half a file
    return [entry, icon]


def uninstall(base: Path | None = None) -> list[Path]:
    """Remove the entry and the icon; returns the paths that were there."""
    removed = []
    for path in (entry_path(base), icon_path(base)):
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    return removed


def run(*, uninstalling: bool) -> int:
    """The command line's --install-desktop / --uninstall-desktop; exit code 0, or 2 on failure."""
    if sys.platform in ("win32", "darwin"):
        print("gdstudio: --install-desktop and --uninstall-desktop are for Linux desktops; on Windows and macOS "
              "pin the standalone app to the taskbar or the Dock instead.", file=sys.stderr)
        return 2
    try:
        if uninstalling:
            removed = uninstall()
            print("Removed " + ", ".join(map(str, removed)) if removed
                  else "gdstudio's desktop entry was not installed.")
        else:
            written = install()
            print("Installed " + ", ".join(map(str, written)))
            print(f"It starts: {' '.join(launch_command())}")
    except OSError as exc:
        print(f"gdstudio: cannot {'remove' if uninstalling else 'write'} the desktop entry: {exc}", file=sys.stderr)
        return 2
    return 0
