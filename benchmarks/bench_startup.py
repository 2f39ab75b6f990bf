"""Cold start: from process start to the first rendered window, in a fresh Python each time.

* first frame   cold_start_child.py reports perf_counter() at its first window.grab(), minus the
                parent's perf_counter() just before launching it (interpreter start included)
* imports       the part of that spent importing PySide6, pyqtgraph and gdstudio
* main.py       wall time of `python main.py --screenshot x.png` to its exit (the real entry
                point: it also saves a PNG and tears Qt down)

"Cold" means a new process; the OS file cache and Python's compiled modules are warm after the
first run, as they are for a teacher who starts the app a second time. Each is the median of `repeats` runs.

Run alone:  python benchmarks/bench_startup.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from _harness import REPO, median

CHILD = Path(__file__).resolve().parent / "cold_start_child.py"


@dataclass
class StartupResult:
    first_frame_s: float
    imports_s: float
    main_py_s: float
    repeats: int


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # As on a teacher's machine, Python keeps the compiled modules after the first start (some
    # sandboxes set this variable, which made every start compile gdstudio again).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def first_frame_once() -> tuple[float, float]:
    t = time.perf_counter()
    out = subprocess.run([sys.executable, str(CHILD), repr(t)], capture_output=True, text=True, cwd=REPO,
                         env=_env(), timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"cold-start child failed ({out.returncode}): {out.stderr.strip()[-500:]}")
    first, imports, _ok = out.stdout.split()
    return float(first), float(imports)


def main_py_once(png: Path) -> float:
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "main.py", "--screenshot", str(png)], capture_output=True, text=True,
                         cwd=REPO, env=_env(), timeout=120)
    elapsed = time.perf_counter() - t
    if out.returncode != 0:
        raise RuntimeError(f"main.py --screenshot failed ({out.returncode}): {out.stderr.strip()[-500:]}")
    return elapsed


def run_startup(repeats: int = 5) -> StartupResult:
    first_frame_once()  # an untimed run first, so every timed run finds the same warm file cache
    firsts, imports = zip(*(first_frame_once() for _ in range(repeats)), strict=True)
    with tempfile.TemporaryDirectory() as tmp:
        mains = [main_py_once(Path(tmp) / "shot.png") for _ in range(repeats)]
    return StartupResult(median(firsts), median(imports), median(mains), repeats)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    r = run_startup(args.repeats)
    print(f"first frame {r.first_frame_s * 1000:.0f} ms (imports {r.imports_s * 1000:.0f} ms)  "
          f"main.py --screenshot {r.main_py_s * 1000:.0f} ms  (medians of {r.repeats})")


if __name__ == "__main__":
    main()
