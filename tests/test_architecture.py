"""The layers hold (import-linter contracts in pyproject.toml) and core and engine are mypy clean."""

from __future__ import annotations

import gc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contracts_are_kept(monkeypatch, capsys):
    from importlinter.cli import lint_imports

    monkeypatch.chdir(ROOT)
    code = lint_imports(no_cache=True, no_logo=True)
    assert code == 0, capsys.readouterr().out


def test_core_and_engine_type_check(monkeypatch):
    from mypy import api

    monkeypatch.chdir(ROOT)
    threshold = gc.get_threshold()
    try:
        out, err, code = api.run([])  # the files and options of [tool.mypy]
    finally:
        gc.set_threshold(*threshold)  # mypy sets (200000, 30, 30) for itself: later tests rely on Python's own
    assert code == 0, out + err
