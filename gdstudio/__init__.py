"""gdstudio: teach gradient descent live on a classroom projector."""

import os
import sys

__version__ = "0.1.0"

# numpy asks Linux for transparent huge pages on arrays of 4 MB and more. Where the kernel then
# compacts memory at the first touch of such a page (defrag "madvise", a common default), a long
# run's growing history stalled the GUI for 5–35 ms every few frames (measured: 10 % of frames
# late at full speed, none without). Small pages cost nothing noticeable here.
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")  # read when numpy is imported
if "numpy" in sys.modules:  # imported before us (a test runner, a benchmark): tell it now
    _core = getattr(sys.modules["numpy"], "_core", None) or getattr(sys.modules["numpy"], "core", None)
    _setter = getattr(getattr(_core, "multiarray", None), "_set_madvise_hugepage", None)
    if _setter is not None and os.environ["NUMPY_MADVISE_HUGEPAGE"] == "0":
        _setter(False)
