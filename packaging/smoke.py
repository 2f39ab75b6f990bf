"""Smoke test of the standalone build: is everything in the bundle, and does it run?

    python packaging/smoke.py [--dist DIR] [--timing N]

Checks inside the bundle: every resource of gdstudio.resources (pyproject's package-data: presets,
translations, icons; byte for byte as in the checkout), Qt's qtbase_ja.qm, the SVG image and icon
plugins. Then runs the executable offscreen (QT_QPA_PLATFORM=offscreen, HOME and XDG folders in
a temporary folder): a screenshot in English and one in Japanese (a PNG of the window's size,
no "translation … is missing" message, the two images different), an exported trajectory of 20
steps (the header and 21 rows), --help, and on Linux --install-desktop (its Exec= is the bundle).
Prints each check and exits 1 if any failed, saying which and why.

--timing N: also start the bundle and `python main.py` N times each for a screenshot and print the
medians (the README's start-time figures).
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import re
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import project  # noqa: E402 (packaging/project.py)
from project import executable, folder_size  # noqa: E402

HEADER = "step,w0,w1,loss,grad_w0,grad_w1"
SIZE = (1280, 800)  # --screenshot's default window size
MIN_PNG_BYTES = 20_000  # a real window is ~200 KB; an empty or black one is a few KB
TIMEOUT_S = 180
MISSING = re.compile(r"translation\b.*\bis missing|Traceback|Failed to execute script", re.IGNORECASE)


class Smoke:
    def __init__(self, exe: Path, work: Path):
        self.exe = exe
        self.work = work
        self.failures: list[str] = []
        home = work / "home"
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), USERPROFILE=str(home),
                        XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
                        XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".local" / "state"))
        self.env.pop("PYTHONPATH", None)  # the bundle must need nothing from outside

    def check(self, ok: bool, what: str, why: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {what}" + ("" if ok or not why else f": {why}"), flush=True)
        if not ok:
            self.failures.append(f"{what}: {why}" if why else what)
        return ok

    def run(self, *args: str) -> subprocess.CompletedProcess | None:
        try:
            return subprocess.run([str(self.exe), *args], cwd=self.work, env=self.env, capture_output=True,
                                  text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT_S,
                                  stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired) as exc:
            self.check(False, f"gdstudio {' '.join(args)}", f"could not run: {exc}")
            return None

    def ran(self, result: subprocess.CompletedProcess | None, what: str) -> bool:
        """Exit code 0 and no error message on stderr."""
        if result is None:
            return False
        bad = [line for line in result.stderr.splitlines() if MISSING.search(line)]
        return (self.check(result.returncode == 0, f"{what}: exits with 0",
                           f"it exited with {result.returncode}; its stderr:\n{result.stderr.strip()[-3000:]}")
                and self.check(not bad, f"{what}: no error on stderr", "\n".join(bad)))


def contents_roots(exe: Path) -> list[Path]:
    """Where PyInstaller put the data files and the libraries: _internal/ beside the executable, or a
    macOS app's Resources/ and Frameworks/."""
    if exe.parent.name == "MacOS":
        return [exe.parent.parent / "Resources", exe.parent.parent / "Frameworks"]
    return [exe.parent / "_internal"]


def png_size(path: Path) -> tuple[int, int] | None:
    head = path.read_bytes()[:24]
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def check_contents(smoke: Smoke, roots: list[Path]) -> None:
    root = roots[0]
    shipped = project.resource_files()
    smoke.check(bool(shipped), "pyproject lists resources", "no package-data found for gdstudio.resources")
    source = project.resource_dir()
    wrong = []
    for rel in shipped:
        bundled = root / "gdstudio" / "resources" / rel
        if not bundled.is_file():
            wrong.append(f"{rel} is missing")
        elif bundled.read_bytes() != (source / rel).read_bytes():
            wrong.append(f"{rel} differs from the checkout's (a stale build?)")
    smoke.check(not wrong, f"bundle holds the {len(shipped)} resources of gdstudio.resources", "; ".join(wrong))
    for kind in ("presets/", "lessons/", "translations/", "icons/"):
        smoke.check(any(rel.startswith(kind) for rel in shipped), f"resources include {kind}",
                    f"no {kind} file among the package-data")
    pysides = [r / "PySide6" for r in roots]
    where = f"not under {' or '.join(map(str, pysides))}"
    qt_ja = [p for pyside in pysides for p in pyside.rglob("qtbase_ja.qm")]
    smoke.check(bool(qt_ja), "bundle holds Qt's translation qtbase_ja.qm", where)
    for folder, stem in (("imageformats", "qsvg"), ("iconengines", "qsvgicon")):
        found = [p for pyside in pysides for p in pyside.rglob(f"*{stem}*")
                 if p.parent.name == folder and re.fullmatch(rf"(lib)?{stem}\.(so|dll|dylib)", p.name)]
        smoke.check(bool(found), f"bundle holds the Qt plugin {folder}/{stem}", where)


def check_runs(smoke: Smoke) -> None:
    shots = {}
    for lang in ("en", "ja"):
        out = smoke.work / f"out-{lang}.png"
        what = f"--screenshot {out.name} --lang {lang}"
        if smoke.ran(smoke.run("--screenshot", out.name, "--lang", lang), what):
            if smoke.check(out.is_file(), f"{what}: wrote the PNG"):
                size = png_size(out)
                smoke.check(size == SIZE, f"{what}: a PNG of {SIZE[0]}×{SIZE[1]}", f"header says {size}")
                n = out.stat().st_size
                smoke.check(n >= MIN_PNG_BYTES, f"{what}: {n:,} bytes (≥ {MIN_PNG_BYTES:,})", "too small")
                shots[lang] = out.read_bytes()
    if len(shots) == 2:
        smoke.check(shots["en"] != shots["ja"], "the Japanese screenshot differs from the English one",
                    "they are identical: the language did not change")

    out = smoke.work / "t.csv"
    what = f"--export-trajectory {out.name} --steps 20"
    if smoke.ran(smoke.run("--export-trajectory", out.name, "--steps", "20"), what) and smoke.check(
            out.is_file(), f"{what}: wrote the CSV"):
        lines = out.read_text(encoding="utf-8").splitlines()
        smoke.check(lines[:1] == [HEADER], f"{what}: header {HEADER}", f"first line {lines[:1]}")
        rows = list(csv.reader(lines[1:]))
        smoke.check(len(rows) == 21, f"{what}: 21 data rows", f"{len(rows)} rows")
        try:
            values = [[float(v) for v in row] for row in rows]
            good = all(len(v) == 6 and all(map(math.isfinite, v)) for v in values)
            good = good and [v[0] for v in values] == list(range(len(values)))
        except ValueError:
            good = False
        smoke.check(good, f"{what}: six finite numbers a row, steps 0…20")

    result = smoke.run("--help")
    if smoke.ran(result, "--help"):
        smoke.check("--export-trajectory" in result.stdout and "--install-desktop" in result.stdout,
                    "--help lists the options")

    if sys.platform.startswith("linux"):
        result = smoke.run("--install-desktop")
        if smoke.ran(result, "--install-desktop"):
            entry = Path(smoke.env["XDG_DATA_HOME"]) / "applications" / "gdstudio.desktop"
            text = entry.read_text(encoding="utf-8") if entry.is_file() else ""
            exec_line = next((line for line in text.splitlines() if line.startswith("Exec=")), "")
            smoke.check(exec_line == f"Exec={smoke.exe.resolve()}", "--install-desktop: Exec= is the bundle",
                        exec_line or f"no Exec= in {entry}")
            smoke.ran(smoke.run("--uninstall-desktop"), "--uninstall-desktop")
            smoke.check(not entry.exists(), "--uninstall-desktop removed the entry")


def median_starts(commands: dict[str, list[str]], work: Path, env: dict, runs: int) -> dict[str, float]:
    """The median time of `runs` screenshot starts of each command, one warm-up start first (Python may keep
    its compiled modules, as on a teacher's machine), the commands taking turns."""
    env = dict(env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for i in range(runs + 1):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run([*command, "--screenshot", str(work / "timing.png")], cwd=work, env=env, check=True,
                           capture_output=True, timeout=TIMEOUT_S)
            if i:
                times[name].append(time.perf_counter() - started)
    return {name: statistics.median(t) for name, t in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/smoke.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=project.ROOT / "dist", help="the build's output (default dist/)")
    parser.add_argument("--timing", type=int, metavar="N", default=0,
                        help="also time N screenshot starts of the bundle and of python main.py (medians)")
    args = parser.parse_args(argv)
    exe = executable(args.dist)
    if not exe.is_file():
        print(f"smoke: FAIL: no executable at {exe}: build it first (python packaging/build.py)", file=sys.stderr)
        return 1
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gdstudio-smoke-") as tmp:
        smoke = Smoke(exe, Path(tmp))
        roots = contents_roots(exe)
        print(f"smoke: {exe} ({folder_size(roots[0].parent) / 1e6:.0f} MB)", flush=True)
        check_contents(smoke, roots)
        check_runs(smoke)
        if args.timing and not smoke.failures:
            commands = {"bundle": [str(exe)], "python main.py": [sys.executable, str(project.ROOT / "main.py")]}
            medians = median_starts(commands, smoke.work, smoke.env, args.timing)
            print(f"timing: --screenshot, median of {args.timing}: "
                  + ", ".join(f"{name} {t:.2f} s" for name, t in medians.items()))
    if smoke.failures:
        print(f"smoke: FAILED {len(smoke.failures)} check(s):", file=sys.stderr)
        for failure in smoke.failures:
            print(f"  - {failure}", file=sys.stderr)
        return 1
    print(f"smoke: all checks passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
