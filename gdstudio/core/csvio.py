"""Reading data points from CSV and writing trajectories, with messages a person can act on."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import numpy as np

from gdstudio.core.dataset import DataSet
from gdstudio.core.history import RunHistory

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
TRAJECTORY_HEADER = ("step", "w0", "w1", "loss", "grad_w0", "grad_w1")


class DataFileError(Exception):
    """A data file that cannot be used; the message says which file, where and why."""


def _sniff_delimiter(lines: list[str]) -> str | None:
    """Comma, semicolon or tab; None means 'split on white space'."""
    sample = [ln for ln in lines if ln.strip()][:20]
    for delim in (",", ";", "\t"):
        if sample and all(delim in ln for ln in sample):
            return delim
    # A row with a missing value has no delimiter: go by the majority, so the error names that row.
    for delim in (",", ";", "\t"):
        if sample and 2 * sum(delim in ln for ln in sample) > len(sample):
            return delim
    return None


def _split(line: str, delim: str | None) -> list[str]:
    if delim is None:
        return line.split()
    return [cell.strip() for cell in next(csv.reader([line], delimiter=delim))]


def _number(cell: str) -> float | None:
    try:
        return float(cell)
    except ValueError:
        return None


def parse_points(text: str, name: str = "the data") -> DataSet:
    """Two numeric columns x, y; an optional header row; blank lines are skipped."""
    lines = text.splitlines()
    delim = _sniff_delimiter(lines)
    xs: list[float] = []
    ys: list[float] = []
    header_allowed = True
    names = ("x", "y")
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        cells = _split(line, delim)
        if len(cells) < 2:
            raise DataFileError(f"{name}, line {lineno}: expected two columns x, y but found {len(cells)}.")
        x, y = _number(cells[0]), _number(cells[1])
        if x is None or y is None:
            if header_allowed:  # the first non-blank row may name the columns
                header_allowed = False
                names = (cells[0][:40] or "x", cells[1][:40] or "y")
                continue
            bad = cells[0] if x is None else cells[1]
            raise DataFileError(f"{name}, line {lineno}: '{bad[:40]}' is not a number.")
        if not (math.isfinite(x) and math.isfinite(y)):
            raise DataFileError(f"{name}, line {lineno}: values must be finite numbers (found NaN or infinity).")
        header_allowed = False
        xs.append(x)
        ys.append(y)
        if len(xs) > MAX_ROWS:
            raise DataFileError(f"{name}: more than {MAX_ROWS:,} rows; gdstudio reads at most that many.")
    if not xs:
        raise DataFileError(f"{name}: no data rows found (expected two numeric columns x, y).")
    return DataSet(np.array(xs), np.array(ys), *names)


def read_points(path: str | Path) -> DataSet:
    """Load a CSV file of points; every problem becomes a DataFileError, never a traceback."""
    path = Path(path)
    try:
        if path.is_dir():
            raise DataFileError(f"{path}: is a folder, not a file.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DataFileError(
                f"{path}: the file is {size / 2**20:.0f} MB; gdstudio reads at most {MAX_BYTES // 2**20} MB.")
        raw = path.read_bytes()
    except DataFileError:
        raise
    except OSError as exc:
        raise DataFileError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    if not raw.strip():
        raise DataFileError(f"{path}: the file is empty.")
    if b"\0" in raw[:8192]:
        raise DataFileError(f"{path}: this is not a text file (it contains binary data).")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return parse_points(text, name=str(path))


def trajectory_csv(history: RunHistory) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(TRAJECTORY_HEADER)
    rows = np.column_stack([history.w, history.loss, history.grad])
    for step, row in enumerate(rows.tolist()):
        writer.writerow([step, *map(repr, row)])
    return out.getvalue()


def write_trajectory(history: RunHistory, path: str | Path) -> None:
    """Write `step,w0,w1,loss,grad_w0,grad_w1`, one row per state from step 0."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(trajectory_csv(history), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise DataFileError(f"{path}: cannot be written ({exc.strerror or exc}).") from exc
