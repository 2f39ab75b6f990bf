"""Where shipped files live: the package gdstudio.resources once installed, else ./resources."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from gdstudio.core.csvio import parse_points
from gdstudio.core.dataset import DataSet


def resource(*parts: str) -> Traversable:
    try:
        root = resources.files("gdstudio.resources")
    except ModuleNotFoundError:  # running from a source checkout that was never installed
        root = Path(__file__).resolve().parent.parent / "resources"
    return root.joinpath(*parts)


def default_dataset() -> DataSet:
    """The lecture's first screen: advertising spend → clicks, optimum inside [0, 3]²."""
    return parse_points(resource("presets", "advertising.csv").read_text(encoding="utf-8"), "advertising.csv")
