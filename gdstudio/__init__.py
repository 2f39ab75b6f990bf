"""gdstudio: teach gradient descent live on a classroom projector."""

import os
import sys

__version__ = "0.1.0"

# numpy asks Linux for transparent huge pages on arrays of 4 MB and more. Where the kernel then
# compacts memory at the first touch of such a page (defrag "madvise", a common default), a long
# run's growing history stalled the GUI for 5–35 ms every few frames (measured: 10 % of frames
# late at full speed, none without). Small pages cost nothing noticeable here.
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")  # read when numpy is imported
# One BLAS thread. Our BLAS calls are dot products over the points; a second BLAS thread only races the
# worker and the GUI thread for the cores: at 100,000 points one `dx @ dx` took 0.07 ms alone and
# 9–28 ms, now and then, beside them (a click's whole budget). Read when numpy loads OpenBLAS.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
if "numpy" in sys.modules:  # imported before us (a test runner, a benchmark): tell it now
    _core = getattr(sys.modules["numpy"], "_core", None) or getattr(sys.modules["numpy"], "core", None)
    _setter = getattr(getattr(_core, "multiarray", None), "_set_madvise_hugepage", None)
    if _setter is not None and os.environ["NUMPY_MADVISE_HUGEPAGE"] == "0":
        _setter(False)
