"""Reading data points from CSV and writing points and trajectories, with messages a person can act on.

Reading: the delimiter (comma, semicolon, tab or white space) and an optional header row
are detected; blank lines and spaces around cells are ignored. `read_points` takes the
first two columns as x and y; `read_table` keeps every numeric column so the user can
choose x and y. Every rejection is a DataFileError naming the file, the line where
there is one, and the reason; no exception of the csv module or of number parsing
reaches the caller.

Limits, the same for both readers:

- MAX_BYTES (50 MB) per file and MAX_ROWS (a million) data rows;
- MAX_COLUMNS (1,000) cells in a line, counted before the line is split, so a line of
  millions of cells is refused without building them;
- MAX_FIELD (1,000) characters in a cell. A number never needs more (repr() of a float
  is at most 24), a header name is cut to NAME_LENGTH (40) on reading and a session
  keeps at most 200 (session.MAX_NAME); the rest is room for a text column such as a
  note, which `read_table` skips. (It is far below the csv module's own field limit,
  131,072, which would otherwise surface as a `_csv.Error`.)

Quoted cells follow the csv module's rules ("" is a quote inside quotes) but must end
on their own line: a line break inside quotes is refused with its line number.

Writing: `write_points` and `write_trajectory` write floats with repr(), so reading a
file back gives the very same numbers, and write atomically (temporary file, then rename).
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gdstudio.core.atomic import atomic_write_text
from gdstudio.core.dataset import DataSet
from gdstudio.core.history import RunHistory
from gdstudio.core.limits import MAX_VALUE

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_COLUMNS = 1000  # cells in one line, for read_points and read_table alike
MAX_FIELD = 1000  # characters in one cell (see the module docstring)
NAME_LENGTH = 40  # axis / column names from a header are cut to this many characters
TRAJECTORY_HEADER = ("step", "w0", "w1", "loss", "grad_w0", "grad_w1")

_DELIMITERS = (",", ";", "\t")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")


class DataFileError(Exception):
    """A data file that cannot be used; the message says which file, where and why."""


# --------------------------------------------------------------------------------------
# cells and lines


class _LineError(ValueError):
    """A line that cannot be split into cells; the reader adds the file and line."""


def _too_many(count: int) -> _LineError:
    return _LineError(f"{count:,} columns; gdstudio reads at most {MAX_COLUMNS:,}.")


def _split_quoted(line: str, delim: str) -> list[str]:
    """The cells of a line holding quotes, as csv.reader gives them, but with no field
    size limit of its own and an error for a quote that is not closed on the line."""
    cells: list[str] = []
    count, i, n = 0, 0, len(line)
    while True:
        if line.startswith('"', i):
            parts = []
            j = i + 1
            while True:
                k = line.find('"', j)
                if k < 0:
                    raise _LineError(f"column {count + 1}: a quoted cell does not end on this line "
                                     "(gdstudio cannot read a line break inside quotes).")
                parts.append(line[j:k])
                if not line.startswith('"', k + 1):
                    break
                parts.append('"')
                j = k + 2
            end = line.find(delim, k + 1)
            end = n if end < 0 else end
            parts.append(line[k + 1:end])  # text after the closing quote is kept, as csv does
            cell = "".join(parts)
        else:
            end = line.find(delim, i)
            end = n if end < 0 else end
            cell = line[i:end]
        count += 1
        if count <= MAX_COLUMNS:
            cells.append(cell)
        if end >= n:
            break
        i = end + 1
    if count > MAX_COLUMNS:
        raise _too_many(count)
    return cells


def _split(line: str, delim: str | None) -> list[str]:
    """A line's cells, stripped; _LineError if it has too many or too long cells."""
    short = len(line) <= min(MAX_FIELD, MAX_COLUMNS)  # then no cell is too long, nor are there too many
    if delim is None:
        cells = line.split(None, MAX_COLUMNS)
        if len(cells) > MAX_COLUMNS:
            raise _too_many(MAX_COLUMNS + sum(1 for _ in re.finditer(r"\S+", cells[-1])))
    elif '"' not in line:  # the common case; the same cells csv.reader would give, much faster
        if not short and line.count(delim) >= MAX_COLUMNS:
            raise _too_many(line.count(delim) + 1)
        cells = line.split(delim)
    else:
        cells = _split_quoted(line, delim)
    cells = [cell.strip() for cell in cells]
    if not short:
        longest = max(range(len(cells)), key=lambda i: len(cells[i]), default=0)
        if cells and len(cells[longest]) > MAX_FIELD:
            raise _LineError(f"column {longest + 1}: a cell is {len(cells[longest]):,} characters long; "
                             f"gdstudio reads at most {MAX_FIELD:,}.")
    return cells


def _cells(line: str, delim: str | None, where: str) -> list[str]:
    try:
        return _split(line, delim)
    except _LineError as exc:
        raise DataFileError(f"{where}: {exc}") from None


def _number(cell: str) -> float | None:
    try:
        return float(cell)
    except ValueError:
        return None


def _numeric_cells(cells: list[str]) -> int:
    return sum(_number(c) is not None or _DECIMAL_COMMA.fullmatch(c) is not None for c in cells)


def _sniff_delimiter(lines: list[str]) -> str | None:
    """Comma, semicolon or tab; None means 'split on white space'."""
    sample = [ln for ln in lines if ln.strip()][:20]
    if not sample:
        return None
    # The delimiter that turns the most rows into two or more numbers wins (ties: the earlier
    # candidate), so a comma inside a semicolon file's header cannot fool it, nor "1,\t2".
    # Semicolon and tab go first: their files may write decimal commas ("1,5;2,5"), which count
    # as numbers here so that the error can then say what is wrong with them.
    best, best_score = None, 0
    for delim in (";", "\t", ",", None):
        score = 0
        for ln in sample:
            try:
                cells = _split(ln, delim)
            except _LineError:  # the reader reports it, on its line, if this delimiter wins
                continue
            numeric = _numeric_cells(cells) if len(cells) >= 2 else 0
            score += numeric if numeric >= 2 else 0
        if score > best_score:
            best, best_score = delim, score
    if best_score:
        return best
    # No row splits into numbers: go by the delimiter most rows hold, so the error names a row.
    for delim in _DELIMITERS:
        if all(delim in ln for ln in sample):
            return delim
    for delim in _DELIMITERS:
        if 2 * sum(delim in ln for ln in sample) > len(sample):
            return delim
    return None


def _not_finite(cell: str) -> str:
    if cell.strip().lstrip("+-").lower().startswith(("inf", "nan")):
        return f"values must be finite numbers (found NaN or infinity: '{cell[:40]}')"
    return f"values must be finite numbers ('{cell[:40]}' is too large: at most about ±1.8e308)"


def _too_large(cell: str) -> str:
    return f"'{cell[:40]}' is outside the range gdstudio computes exactly (values up to ±{MAX_VALUE:.0e})"


def _lines(text: str) -> list[str]:
    """The lines as a text editor numbers them: split at LF, CR LF or CR only (str.splitlines
    also splits at form feeds, U+0085 (latin-1 for cp1252's '…') and more, so line numbers in
    messages would not be the editor's, and a '…' in a latin-1 file would break its row)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _not_a_number(cell: str) -> str:
    hint = " (use a dot '.' as the decimal mark)" if _DECIMAL_COMMA.fullmatch(cell) else ""
    return f"'{cell[:40]}' is not a number{hint}"


# --------------------------------------------------------------------------------------
# two columns: points


def parse_points(text: str, name: str = "the data") -> DataSet:
    """Two numeric columns x, y; an optional header row; blank lines are skipped."""
    lines = _lines(text)
    delim = _sniff_delimiter(lines)
    xs: list[float] = []
    ys: list[float] = []
    header_allowed = True
    names = ("x", "y")
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        cells = _cells(line, delim, f"{name}, line {lineno}")
        if len(cells) < 2:
            raise DataFileError(f"{name}, line {lineno}: expected two columns x, y but found {len(cells)}.")
        x, y = _number(cells[0]), _number(cells[1])
        if x is None or y is None:
            if header_allowed:  # the first non-blank row may name the columns
                header_allowed = False
                names = (cells[0][:NAME_LENGTH] or "x", cells[1][:NAME_LENGTH] or "y")
                continue
            bad = cells[0] if x is None else cells[1]
            raise DataFileError(f"{name}, line {lineno}: {_not_a_number(bad)}.")
        if not (math.isfinite(x) and math.isfinite(y)):
            bad = cells[1] if math.isfinite(x) else cells[0]
            raise DataFileError(f"{name}, line {lineno}: {_not_finite(bad)}.")
        if abs(x) > MAX_VALUE or abs(y) > MAX_VALUE:
            bad = cells[0] if abs(x) > MAX_VALUE else cells[1]
            raise DataFileError(f"{name}, line {lineno}: {_too_large(bad)}.")
        header_allowed = False
        xs.append(x)
        ys.append(y)
        if len(xs) > MAX_ROWS:
            raise DataFileError(f"{name}: more than {MAX_ROWS:,} rows; gdstudio reads at most that many.")
    if not xs:
        raise DataFileError(f"{name}: no data rows found (expected two numeric columns x, y).")
    return DataSet(np.array(xs), np.array(ys), *names)


def _read_text(path: Path) -> str:
    """A file's text, or a DataFileError saying why it cannot be had."""
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
    except ValueError as exc:  # a path no file can have, e.g. with a NUL character in it
        raise DataFileError(f"{path}: cannot be read ({exc}).") from exc
    if len(raw) > MAX_BYTES:  # it grew between stat() and reading
        raise DataFileError(f"{path}: the file is larger than {MAX_BYTES // 2**20} MB; gdstudio reads at most that.")
    if not raw.strip():
        raise DataFileError(f"{path}: the file is empty.")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DataFileError(
            f"{path}: the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8) and open it again.")
    nul = raw.find(b"\0")
    if nul >= 0:
        line = len(_lines(raw[:nul].decode("latin-1")))
        raise DataFileError(f"{path}, line {line}: this is not a text file (it contains binary data: a NUL byte).")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_points(path: str | Path) -> DataSet:
    """Load a CSV file of points (its first two columns); every problem becomes a DataFileError."""
    path = Path(path)
    return parse_points(_read_text(path), name=str(path))


# --------------------------------------------------------------------------------------
# many columns: tables


def _frozen_table(values) -> np.ndarray:
    a = np.array(values, dtype=float)
    a.flags.writeable = False
    return a


@dataclass(frozen=True, eq=False)
class Table:
    """Every numeric column of a data file, for choosing which two are x and y.

    `values[i, j]` is row i of column `columns[j]`. Columns whose first data row holds
    text (a name, a date…) are left out and listed in `skipped`.
    """

    columns: tuple[str, ...]
    values: np.ndarray  # shape (rows, len(columns)), read-only
    source: str = "the data"
    skipped: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        values = _frozen_table(self.values)
        object.__setattr__(self, "columns", tuple(self.columns))
        object.__setattr__(self, "skipped", tuple(self.skipped))
        if values.ndim != 2 or values.shape[1] != len(self.columns):
            raise ValueError(f"expected a 2-D array with {len(self.columns)} columns, got shape {values.shape}")
        object.__setattr__(self, "values", values)

    def __len__(self) -> int:
        return self.values.shape[0]

    def column_index(self, column: int | str) -> int:
        """The index of a column given by index or by name."""
        if isinstance(column, str):
            if column in self.columns:
                return self.columns.index(column)
            raise ValueError(f"{self.source} has no column '{column}'; its columns are {', '.join(self.columns)}.")
        index = int(column)
        if not 0 <= index < len(self.columns):
            raise ValueError(f"{self.source} has {len(self.columns)} numeric columns; there is no column {index}.")
        return index

    def points(self, x_col: int | str = 0, y_col: int | str = 1) -> DataSet:
        """The points (x, y) from two columns, named after them."""
        i, j = self.column_index(x_col), self.column_index(y_col)
        return DataSet(self.values[:, i], self.values[:, j], self.columns[i], self.columns[j])


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        k = seen.get(n, 0) + 1
        seen[n] = k
        out.append(n if k == 1 else f"{n} ({k})")
    return out


def _trim(cells: list[str]) -> list[str]:
    """Without trailing empty cells (a delimiter at the end of every row adds no column)."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _column_names(header: list[str] | None, width: int) -> list[str]:
    """Names from the header (cut, made distinct), else x, y for two columns or "column k"."""
    if header is None:
        return ["x", "y"] if width == 2 else [f"column {i + 1}" for i in range(width)]
    return _unique([(header[i] if i < len(header) else "")[:NAME_LENGTH] or f"column {i + 1}" for i in range(width)])


def _next_row(lines: list[str], lineno: int, delim: str | None) -> list[str] | None:
    """The cells of the first non-blank line after line `lineno` (1-based), if any."""
    for line in lines[lineno:]:
        if line.strip():
            try:
                return _split(line, delim)
            except _LineError:  # reported when the reader gets there
                return None
    return None


def _is_header(cells: list[str], following: list[str] | None) -> bool:
    """A first row names the columns when it has text where the next row has a number
    (a text column, such as city names, has text in both and does not make it a header)."""
    text = [i for i, c in enumerate(_trim(cells)) if _number(c) is None]
    if not text:
        return False
    numbers = [i for i, c in enumerate(following or []) if _number(c) is not None]
    return not numbers or any(i in numbers for i in text)


def parse_table(text: str, name: str = "the data") -> Table:
    """Every numeric column of a delimited text; an optional header row names them.

    Which columns are numeric is decided by the first data row; after that a column's
    every cell must be a finite number, and every row must have the row's full width."""
    lines = _lines(text)
    delim = _sniff_delimiter(lines)
    header: list[str] | None = None
    numeric: list[int] = []   # indices of the numeric columns, fixed by the first data row
    width = 0                 # cells per row: the header's, else the first data row's
    needed = 0                # a row must have at least this many cells
    names: list[str] = []
    rows: list[list[float]] = []
    first = True
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}, line {lineno}"
        cells = _cells(line, delim, where)
        if first:
            first = False
            if len(cells) < 2:
                raise DataFileError(f"{where}: expected at least two columns but found {len(cells)}.")
            if _is_header(cells, _next_row(lines, lineno, delim)):
                header, width = cells, len(_trim(cells))
                continue
        if not rows:  # the first data row decides which columns hold numbers
            if len(cells) < 2:
                raise DataFileError(f"{where}: expected at least two columns but found {len(cells)}.")
            if header is not None and len(cells) < width:
                raise DataFileError(
                    f"{where}: expected {width} values (one per column of the header) but found {len(cells)}.")
            width = width or len(_trim(cells))
            numeric = [i for i, c in enumerate(cells[:width]) if _number(c) is not None]
            if len(numeric) < 2:
                bad = next((c for c in cells[:width] if _number(c) is None), None)
                if bad is None:  # e.g. a header "x,," names a single column
                    raise DataFileError(f"{where}: expected at least two columns but found {width}.")
                raise DataFileError(f"{where}: {_not_a_number(bad)}; a data row needs at least two numbers.")
            needed = numeric[-1] + 1
            names = _column_names(header, width)
        if len(cells) < needed:
            raise DataFileError(f"{where}: expected {width} values but found {len(cells)}.")
        if any(cells[width:]):
            raise DataFileError(f"{where}: found {len(cells)} values but the file has {width} columns.")
        row = []
        for i in numeric:
            v = _number(cells[i])
            if v is None:
                raise DataFileError(f"{where}, column '{names[i]}': {_not_a_number(cells[i])}.")
            if not math.isfinite(v):
                raise DataFileError(f"{where}: {_not_finite(cells[i])}.")
            if abs(v) > MAX_VALUE:
                raise DataFileError(f"{where}, column '{names[i]}': {_too_large(cells[i])}.")
            row.append(v)
        rows.append(row)
        if len(rows) > MAX_ROWS:
            raise DataFileError(f"{name}: more than {MAX_ROWS:,} rows; gdstudio reads at most that many.")
    if not rows:
        raise DataFileError(f"{name}: no data rows found (expected at least two numeric columns).")
    kept = tuple(names[i] for i in numeric)
    skipped = tuple(names[i] for i in range(width) if i not in numeric)
    return Table(kept, np.array(rows, dtype=float), name, skipped)


def read_table(path: str | Path) -> Table:
    """Load every numeric column of a CSV file; every problem becomes a DataFileError."""
    path = Path(path)
    return parse_table(_read_text(path), name=str(path))


# --------------------------------------------------------------------------------------
# writing


def _clean_name(name: str, default: str) -> str:
    """A header cell that reads back as itself: one line, no control characters, trimmed, ≤ 40 characters."""
    kept = "".join(" " if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch == "\ufeff" else ch
                   for ch in str(name))
    return kept.strip()[:NAME_LENGTH].strip() or default


def header_names(data: DataSet) -> tuple[str, str]:
    """The axis names as `write_points` writes them (and reading the file gives back)."""
    x_name, y_name = _clean_name(data.x_name, "x"), _clean_name(data.y_name, "y")
    if _number(x_name) is not None and _number(y_name) is not None:
        # Two numbers would read back as a data row: make the header recognisable as one.
        x_name, y_name = f"{x_name[:NAME_LENGTH - 4]} (x)", f"{y_name[:NAME_LENGTH - 4]} (y)"
    return x_name, y_name


def points_csv(data: DataSet) -> str:
    """The points as CSV text: a header of the axis names, then `x,y` rows of repr() floats."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(header_names(data))
    out.writelines(f"{a!r},{b!r}\n" for a, b in zip(data.x.tolist(), data.y.tolist()))
    return out.getvalue()


def write_points(data: DataSet, path: str | Path) -> None:
    """Export the points as CSV (UTF-8); `read_points` gives back exactly the same numbers.

    Names beyond ASCII (¥, ×, Japanese) get a byte-order mark: Excel reads a CSV as UTF-8 only
    with one (else, on Japanese Windows, as Shift-JIS: garbled headers). Pure ASCII stays plain."""
    path = Path(path)
    if not len(data):
        raise DataFileError(f"{path}: there are no points to export.")
    text = points_csv(data)
    try:
        atomic_write_text(path, text, encoding="utf-8" if text.isascii() else "utf-8-sig")
    except OSError as exc:
        raise DataFileError(f"{path}: cannot be written ({exc.strerror or exc}).") from exc


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
    try:
        atomic_write_text(path, trajectory_csv(history))
    except OSError as exc:
        raise DataFileError(f"{path}: cannot be written ({exc.strerror or exc}).") from exc
