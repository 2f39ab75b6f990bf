"""numpy must not ask for transparent huge pages (they stalled long runs; see gdstudio/__init__.py)."""

import os
import subprocess
import sys

import numpy as np
import pytest

import gdstudio  # noqa: F401  (switches them off in this process, where numpy came first)

getter = getattr(getattr(np, "_core", np).multiarray, "_get_madvise_hugepage", None)


@pytest.mark.skipif(getter is None, reason="this numpy has no huge-page switch")
def test_switched_off_when_numpy_was_imported_first():
    assert getter() is False


@pytest.mark.skipif(getter is None, reason="this numpy has no huge-page switch")
def test_switched_off_when_the_app_starts():
    code = "import gdstudio.app, numpy; print(numpy._core.multiarray._get_madvise_hugepage())"
    env = {k: v for k, v in os.environ.items() if k != "NUMPY_MADVISE_HUGEPAGE"}  # (this process set it)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "False"
