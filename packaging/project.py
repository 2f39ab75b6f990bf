"""What the standalone build needs to know about the project: the version and the resource files
shipped as package data of gdstudio.resources, read from pyproject.toml (their one source), and
where the build puts the executable. Used by build.py, gdstudio.spec and smoke.py; no Qt."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10: the 'package' extra installs tomli
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
RESOURCE_PACKAGE = "gdstudio.resources"
NAME = "gdstudio"


def pyproject(root: Path = ROOT) -> dict:
    with open(root / "pyproject.toml", "rb") as f:
        return tomllib.load(f)


def version(root: Path = ROOT) -> str:
    return pyproject(root)["project"]["version"]


def resource_dir(root: Path = ROOT) -> Path:
    """The source folder of gdstudio.resources (resources/, by setuptools' package-dir)."""
    package_dir = pyproject(root)["tool"]["setuptools"].get("package-dir", {})
    return root / package_dir.get(RESOURCE_PACKAGE, RESOURCE_PACKAGE.replace(".", "/"))


def resource_patterns(root: Path = ROOT) -> list[str]:
    """The package-data globs of gdstudio.resources, e.g. 'presets/*.csv'."""
    return list(pyproject(root)["tool"]["setuptools"]["package-data"][RESOURCE_PACKAGE])


def resource_files(root: Path = ROOT) -> list[str]:
    """Every shipped resource, as a path relative to the package ('presets/advertising.csv'), sorted.
    The package's __init__.py is code and is not listed."""
    folder = resource_dir(root)
    found = {p.relative_to(folder).as_posix() for pattern in resource_patterns(root) for p in folder.glob(pattern)
             if p.is_file()}
    return sorted(found)


def executable(dist: Path) -> Path:
    """Where the build puts the program to start."""
    if sys.platform == "darwin" and (dist / "gdstudio.app").is_dir():
        return dist / "gdstudio.app" / "Contents" / "MacOS" / "gdstudio"
    return dist / "gdstudio" / ("gdstudio.exe" if sys.platform == "win32" else "gdstudio")


def folder_size(folder: Path) -> int:
    """Bytes of the files in `folder`, symbolic links not followed (each file counted once)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
