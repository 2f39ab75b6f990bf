"""Build the standalone one-folder gdstudio with PyInstaller: runs without Python installed.

    pip install -e '.[package]'       # once: PyInstaller (from PyPI; nothing else is downloaded)
    python packaging/build.py         # → dist/gdstudio/ (macOS also dist/gdstudio.app)

Steps: draw the icons from resources/icons/gdstudio.svg with Qt (build/icons/), then run
PyInstaller on packaging/gdstudio.spec from a clean work folder (build/pyinstaller/). The same
command works on Linux, Windows and macOS; build on each system for that system, on the oldest
version you want to support (a Linux bundle needs a glibc at least as new as the builder's).
Options: --console (Windows / macOS: keep a console window so command-line messages show;
the default there is a windowed app), --dist DIR, --work DIR.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from project import ROOT, executable, folder_size  # noqa: E402 (packaging/project.py)

SPEC = HERE / "gdstudio.spec"


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in ("pyinstaller", "PySide6-Essentials", "numpy", "pyqtgraph", "contourpy", "Pillow"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return f"Python {platform.python_version()} on {platform.platform()}; " + ", ".join(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--console", action="store_true", help="Windows / macOS: a console app, not a windowed one")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default build/)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build: PyInstaller is not installed; run: pip install -e '.[package]'", file=sys.stderr)
        return 2
    started = time.monotonic()
    print(f"build: {versions()}", flush=True)
    icons = args.work / "icons"
    subprocess.run([sys.executable, str(HERE / "icons.py"), str(icons)], check=True)
    for old in (args.dist / "gdstudio", args.dist / "gdstudio.app"):
        if old.exists():
            shutil.rmtree(old)
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(args.dist), "--workpath", str(args.work / "pyinstaller"),
               "--", "--icons", str(icons), *(["--console"] if args.console else [])]
    # The same inputs give the same bundle; PyInstaller's cache stays in the work folder, not the home folder.
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.setdefault("PYINSTALLER_CONFIG_DIR", str(args.work / "pyinstaller-cache"))
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode != 0:
        print(f"build: PyInstaller failed (exit code {result.returncode})", file=sys.stderr)
        return 1
    exe = executable(args.dist)
    if not exe.is_file():
        print(f"build: PyInstaller finished but {exe} is not there", file=sys.stderr)
        return 1
    bundle = args.dist / "gdstudio"
    print(f"build: {exe} ({folder_size(bundle) / 1e6:.0f} MB in {bundle}) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
