"""gdstudio.core must never import Qt: it has to run headless, in scripts, tests and benchmarks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6", "PySide2")

_PROBE = """
import importlib, json, pkgutil, sys
import gdstudio.core as core
names = sorted(m.name for m in pkgutil.iter_modules(core.__path__, "gdstudio.core."))
for name in names:
    importlib.import_module(name)
roots = sorted({m.split(".")[0] for m in sys.modules})
print(json.dumps({"modules": names, "roots": roots}))
"""


def _probe(code: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_core_modules_do_not_import_qt():
    found = _probe(_PROBE)
    # The probe really imported the package's modules (not an empty list).
    expected = {f"gdstudio.core.{m}" for m in ("model", "descent", "history", "dataset", "csvio", "contours")}
    assert expected <= set(found["modules"])
    assert "numpy" in found["roots"]
    leaked = sorted(set(FORBIDDEN) & set(found["roots"]))
    assert not leaked, f"gdstudio.core imported {leaked}"


def test_the_probe_would_notice_qt():
    """Guard against a probe that cannot fail: importing pyqtgraph is seen."""
    pytest.importorskip("pyqtgraph")
    found = _probe("import pyqtgraph\n" + _PROBE)
    assert "pyqtgraph" in found["roots"]
