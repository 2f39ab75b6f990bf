"""Reading points from CSV (and every way a file can be unusable), and writing trajectories."""

from __future__ import annotations

import csv
import os

import numpy as np
import pytest

from gdstudio.core import csvio
from gdstudio.core.csvio import DataFileError, parse_points, read_points, trajectory_csv, write_trajectory
from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import Problem, descend, evaluate
from gdstudio.core.history import RunHistory
from gdstudio.core.model import ErrorSurface

X = [0.3, 1.0, -2.5, 4e6]
Y = [1.36, -1.97, 2.0, 1e-7]


def _assert_points(ds: DataSet, x=X, y=Y):
    assert isinstance(ds, DataSet)
    np.testing.assert_array_equal(ds.x, x)
    np.testing.assert_array_equal(ds.y, y)


# --------------------------------------------------------------------------------------
# parse_points: formats that must work


@pytest.mark.parametrize("delim", [",", ";", "\t", " ", "   ", " \t "])
def test_parse_each_delimiter(delim):
    text = "\n".join(f"{a!r}{delim}{b!r}" for a, b in zip(X, Y, strict=True)) + "\n"
    ds = parse_points(text)
    _assert_points(ds)
    assert (ds.x_name, ds.y_name) == ("x", "y")


@pytest.mark.parametrize("delim", [",", ";", "\t", " "])
def test_parse_header_names_the_axes(delim):
    text = delim.join(["spend", "clicks"]) + "\n" + "\n".join(f"{a}{delim}{b}" for a, b in zip(X, Y, strict=True))
    ds = parse_points(text)
    _assert_points(ds)
    assert ds.x_name == "spend" and ds.y_name == "clicks"


def test_parse_header_with_spaces_and_unicode():
    ds = parse_points("advertising spend (¥100k) , clicks (×1000)\n1,2\n3,4\n")
    assert ds.x_name == "advertising spend (¥100k)"
    assert ds.y_name == "clicks (×1000)"
    _assert_points(ds, [1, 3], [2, 4])


def test_parse_long_header_names_are_cut():
    ds = parse_points("a" * 100 + "," + "b" * 100 + "\n1,2\n")
    assert ds.x_name == "a" * 40 and ds.y_name == "b" * 40


def test_parse_blank_lines_and_surrounding_spaces():
    text = "\n\n   \n  x ,  y  \n\n 1 , 2 \n\t\n  3,4\n\n   5 ,6\n\n"
    ds = parse_points(text)
    _assert_points(ds, [1, 3, 5], [2, 4, 6])
    assert (ds.x_name, ds.y_name) == ("x", "y")


def test_parse_crlf_quotes_and_number_formats():
    text = 'x,y\r\n"1.5","2e3"\r\n-0.25,+7\r\n1E-3 , .5\r\n'
    _assert_points(parse_points(text), [1.5, -0.25, 1e-3], [2000.0, 7.0, 0.5])


def test_parse_extra_columns_are_ignored():
    _assert_points(parse_points("1,2,99\n3,4,98\n"), [1, 3], [2, 4])


def test_parse_values_round_trip_exactly():
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=50) * 1e5, rng.normal(size=50) * 1e-5
    text = "".join(f"{a!r},{b!r}\n" for a, b in zip(x.tolist(), y.tolist(), strict=True))
    _assert_points(parse_points(text), x, y)


def test_parse_without_header_keeps_default_names():
    ds = parse_points("1,2\n")
    assert len(ds) == 1 and (ds.x_name, ds.y_name) == ("x", "y")


# --------------------------------------------------------------------------------------
# parse_points: clear errors


def _error(text: str, name: str = "points.csv") -> str:
    with pytest.raises(DataFileError) as info:
        parse_points(text, name=name)
    message = str(info.value)
    assert message.startswith(name), message
    return message


def test_non_numeric_cell_after_data_started():
    msg = _error("x,y\n1,2\n3,4\n\nfive,6\n7,8\n")
    assert "line 5" in msg and "'five' is not a number" in msg


def test_non_numeric_y_cell_names_that_cell():
    msg = _error("1,2\n3,oops\n")
    assert "line 2" in msg and "'oops' is not a number" in msg


def test_a_second_header_row_is_an_error():
    msg = _error("x,y\nu,v\n1,2\n")
    assert "line 2" in msg and "'u' is not a number" in msg


def test_a_header_after_the_data_is_an_error():
    msg = _error("1,2\nx,y\n")
    assert "line 2" in msg and "'x'" in msg


@pytest.mark.parametrize("cell", ["nan", "NaN", "inf", "-inf", "Infinity"])
@pytest.mark.parametrize("column", [0, 1])
def test_nan_and_inf_cells(cell, column):
    row = [cell, "1"] if column == 0 else ["1", cell]
    msg = _error(f"x,y\n1,2\n{','.join(row)}\n")
    assert "line 3" in msg
    assert "finite" in msg and "NaN or infinity" in msg


def test_nan_on_the_first_row_is_not_taken_for_a_header():
    msg = _error("nan,1\n2,3\n")
    assert "line 1" in msg and "finite" in msg


@pytest.mark.parametrize("text", ["1\n2\n3\n", "x\n1\n2\n", "  5  \n"])
def test_single_column(text):
    msg = _error(text)
    assert "line 1" in msg and "two columns" in msg and "found 1" in msg


@pytest.mark.parametrize("delim", [",", ";", "\t"])
def test_a_row_without_its_y_value_is_named(delim):
    # Not every row holds the delimiter now, but the message must still name the short row.
    msg = _error(f"x{delim}y\n1{delim}2\n3{delim}4\n5\n6{delim}7\n")
    assert "line 4" in msg and "two columns" in msg and "found 1" in msg


def test_a_short_row_in_a_comma_file():
    msg = _error("1,2\n3,4\n5,\n")
    assert "line 3" in msg and "'' is not a number" in msg


@pytest.mark.parametrize("text", ["", "\n\n", "   \n\t\n", "x,y\n", "x,y\n\n\n"])
def test_no_data_rows(text):
    msg = _error(text)
    assert "no data rows" in msg


def test_default_name_in_messages():
    with pytest.raises(DataFileError, match="^the data, line 2: 'b' is not a number"):
        parse_points("1,2\nb,3\n")


def test_too_many_rows(monkeypatch):
    monkeypatch.setattr(csvio, "MAX_ROWS", 5)
    ok = "".join(f"{i},{i}\n" for i in range(5))
    assert len(parse_points(ok)) == 5  # exactly the limit is fine
    msg = _error(ok + "5,5\n")
    assert "more than 5 rows" in msg


# --------------------------------------------------------------------------------------
# read_points: files


def test_read_points_with_and_without_header(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("spend;clicks\n1;2\n3;4\n", encoding="utf-8")
    ds = read_points(p)
    _assert_points(ds, [1, 3], [2, 4])
    assert (ds.x_name, ds.y_name) == ("spend", "clicks")
    q = tmp_path / "b.txt"
    q.write_text("1 2\n3 4\n", encoding="utf-8")
    ds = read_points(str(q))  # str paths work too
    _assert_points(ds, [1, 3], [2, 4])
    assert (ds.x_name, ds.y_name) == ("x", "y")


def test_read_points_utf8_bom_and_latin1(tmp_path):
    p = tmp_path / "bom.csv"
    p.write_bytes("\ufeffx,y\n1,2\n".encode())
    ds = read_points(p)
    assert ds.x_name == "x"  # the BOM is not part of the name
    _assert_points(ds, [1], [2])
    q = tmp_path / "latin1.csv"
    q.write_bytes("températur,höhe\n1,2\n".encode("latin-1"))
    ds = read_points(q)
    assert (ds.x_name, ds.y_name) == ("températur", "höhe")


def _file_error(path) -> str:
    with pytest.raises(DataFileError) as info:
        read_points(path)
    message = str(info.value)
    assert str(path) in message, message
    assert "Traceback" not in message
    return message


def test_read_points_error_names_the_file_and_line(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("x,y\n1,2\nabc,3\n", encoding="utf-8")
    msg = _file_error(p)
    assert msg.startswith(f"{p}, line 3:") and "'abc' is not a number" in msg


def test_read_points_empty_file(tmp_path):
    p = tmp_path / "empty.csv"
    p.write_bytes(b"")
    assert "empty" in _file_error(p)


def test_read_points_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.csv"
    p.write_bytes(b"  \n\t\r\n   \n")
    assert "empty" in _file_error(p)


def test_read_points_header_only(tmp_path):
    p = tmp_path / "header.csv"
    p.write_text("x,y\n", encoding="utf-8")
    assert "no data rows" in _file_error(p)


def test_read_points_binary_file(tmp_path):
    p = tmp_path / "image.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "not a text file" in _file_error(p)


def test_read_points_binary_file_that_starts_like_text(tmp_path):
    p = tmp_path / "mixed.csv"
    p.write_bytes(b"1,2\n3,4\n\x00\x01\x02")
    assert "not a text file" in _file_error(p)


def test_read_points_directory(tmp_path):
    assert "folder" in _file_error(tmp_path)


def test_read_points_missing_file(tmp_path):
    p = tmp_path / "nope" / "missing.csv"
    msg = _file_error(p)
    assert "cannot be read" in msg and "No such file" in msg


@pytest.mark.skipif(os.name == "nt" or (hasattr(os, "geteuid") and os.geteuid() == 0),
                    reason="permissions are not enforced here")
def test_read_points_unreadable_file(tmp_path):
    p = tmp_path / "secret.csv"
    p.write_text("1,2\n", encoding="utf-8")
    p.chmod(0)
    try:
        assert "cannot be read" in _file_error(p)
    finally:
        p.chmod(0o600)


def test_read_points_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(csvio, "MAX_BYTES", 64)
    p = tmp_path / "big.csv"
    p.write_text("1,2\n" * 16, encoding="utf-8")  # exactly 64 bytes: accepted
    assert len(read_points(p)) == 16
    p.write_text("1,2\n" * 17, encoding="utf-8")  # 68 bytes: refused before reading
    msg = _file_error(p)
    assert "at most" in msg and "MB" in msg


def test_read_points_too_many_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(csvio, "MAX_ROWS", 10)
    p = tmp_path / "rows.csv"
    p.write_text("x,y\n" + "1,2\n" * 11, encoding="utf-8")
    assert "more than 10 rows" in _file_error(p)


# --------------------------------------------------------------------------------------
# trajectories


def _history(steps: int = 25) -> RunHistory:
    rng = np.random.default_rng(9)
    x = rng.uniform(-1, 3, 12)
    y = 0.7 + 1.3 * x + rng.normal(0, 0.2, 12)
    s = ErrorSurface.from_data(x, y)
    h = RunHistory(evaluate(s, [2.5, 0.3]))
    h.extend(descend(Problem(s, 0.5 * s.max_stable_lr()), h.state(), steps))
    return h


def test_trajectory_round_trip(tmp_path):
    h = _history(25)
    p = tmp_path / "run.csv"
    write_trajectory(h, p)
    text = p.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "step,w0,w1,loss,grad_w0,grad_w1"
    assert text == trajectory_csv(h)
    rows = list(csv.reader(text.splitlines()))[1:]
    assert len(rows) == len(h) == 26
    for k, row in enumerate(rows):
        assert len(row) == 6
        assert int(row[0]) == k and row[0] == str(k)
        values = [float(v) for v in row[1:]]
        assert values[0] == h.w[k, 0] and values[1] == h.w[k, 1]  # exact, not approximate
        assert values[2] == h.loss[k]
        assert values[3] == h.grad[k, 0] and values[4] == h.grad[k, 1]
    assert not (tmp_path / "run.csv.tmp").exists()


def test_trajectory_of_the_start_alone(tmp_path):
    h = _history(0)
    p = tmp_path / "start.csv"
    write_trajectory(h, p)
    lines = p.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(csvio.TRAJECTORY_HEADER)
    assert len(lines) == 2 and lines[1].startswith("0,2.5,0.3,")


def test_trajectory_overwrites_an_existing_file(tmp_path):
    p = tmp_path / "run.csv"
    p.write_text("old content that is much longer than one might think\n" * 100, encoding="utf-8")
    write_trajectory(_history(3), p)
    assert len(p.read_text(encoding="utf-8").splitlines()) == 5


def test_trajectory_unwritable_path(tmp_path):
    p = tmp_path / "no such folder" / "run.csv"
    with pytest.raises(DataFileError) as info:
        write_trajectory(_history(3), p)
    assert str(p) in str(info.value) and "cannot be written" in str(info.value)
    with pytest.raises(DataFileError):
        write_trajectory(_history(3), tmp_path)  # a folder
