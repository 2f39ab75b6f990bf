"""Reading points and tables from CSV (and every way a file can be unusable), writing points and trajectories."""

from __future__ import annotations

import csv
import os
import random
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gdstudio.core import csvio
from gdstudio.core.csvio import (
    DataFileError,
    Table,
    header_names,
    parse_points,
    parse_table,
    points_csv,
    read_points,
    read_table,
    trajectory_csv,
    write_points,
    write_trajectory,
)
from gdstudio.core.dataset import DataSet
from gdstudio.core.descent import Problem, descend, evaluate
from gdstudio.core.history import RunHistory
from gdstudio.core.limits import MAX_VALUE
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


# --------------------------------------------------------------------------------------
# delimiter detection


def test_a_comma_in_a_semicolon_files_header_does_not_fool_the_sniffer():
    ds = parse_points("spend (¥1,000);clicks\n1;2\n3;4\n")
    _assert_points(ds, [1, 3], [2, 4])
    assert ds.x_name == "spend (¥1,000)"


def test_a_tab_after_each_comma_is_still_a_comma_file():
    _assert_points(parse_points("1,\t2\n3,\t4\n"), [1, 3], [2, 4])


@pytest.mark.parametrize("text", ["x;y\n1,5;2,5\n", "x\ty\n1,5\t2,5\n"])
def test_decimal_commas_get_a_hint(text):
    msg = _error(text)
    assert "line 2" in msg and "'1,5' is not a number (use a dot '.' as the decimal mark)" in msg


# --------------------------------------------------------------------------------------
# tables: more than two numeric columns


def test_table_keeps_every_numeric_column():
    t = parse_table("area (sq ft); rooms ; age (years);price\n1200;3;10;250.5\n\n 800 ; 2 ; 35 ; 120\n", "homes.csv")
    assert isinstance(t, Table) and t.source == "homes.csv"
    assert t.columns == ("area (sq ft)", "rooms", "age (years)", "price") and t.skipped == ()
    assert len(t) == 2 and t.values.shape == (2, 4)
    np.testing.assert_array_equal(t.values, [[1200, 3, 10, 250.5], [800, 2, 35, 120]])
    assert not t.values.flags.writeable
    ds = t.points(0, 3)
    _assert_points(ds, [1200, 800], [250.5, 120])
    assert (ds.x_name, ds.y_name) == ("area (sq ft)", "price")
    by_name = t.points("age (years)", "rooms")
    _assert_points(by_name, [10, 35], [3, 2])
    assert by_name.x_name == "age (years)"


def test_table_of_two_columns_equals_read_points(tmp_path):
    p = tmp_path / "two.csv"
    p.write_text("spend,clicks\n1,2\n3,4\n", encoding="utf-8")
    t = read_table(p)
    assert t.columns == ("spend", "clicks") and t.source == str(p)
    ds = t.points()
    assert ds == read_points(p) and (ds.x_name, ds.y_name) == ("spend", "clicks")


def test_table_without_header_names_its_columns():
    assert parse_table("1 2\n3 4\n").columns == ("x", "y")
    t = parse_table("1\t2\t3\n4\t5\t6\n")
    assert t.columns == ("column 1", "column 2", "column 3")
    assert t.points(2, 0).x_name == "column 3"


def test_table_skips_text_columns():
    t = parse_table("city,area,price,note\nTokyo,1,2,new\nOsaka,3,4,\n")
    assert t.columns == ("area", "price") and t.skipped == ("city", "note")
    np.testing.assert_array_equal(t.values, [[1, 2], [3, 4]])
    # A text column without a header is not taken for a header row.
    t = parse_table("Tokyo,1,2\nOsaka,3,4\n")
    assert t.columns == ("column 2", "column 3") and t.skipped == ("column 1",) and len(t) == 2


def test_table_tolerates_a_delimiter_at_the_end_of_every_row():
    t = parse_table("x,y,\n1,2,\n3,4,\n")
    assert t.columns == ("x", "y") and t.skipped == ()
    np.testing.assert_array_equal(t.values, [[1, 2], [3, 4]])


def test_table_duplicate_and_empty_header_names_are_told_apart():
    t = parse_table("a,a,,b\n1,2,3,4\n")
    assert t.columns == ("a", "a (2)", "column 3", "b")


def test_table_unknown_columns():
    t = parse_table("a,b,c\n1,2,3\n")
    with pytest.raises(ValueError, match="has no column 'z'; its columns are a, b, c"):
        t.points("a", "z")
    with pytest.raises(ValueError, match="3 numeric columns; there is no column 3"):
        t.points(0, 3)


@pytest.mark.parametrize(("text", "fragment"), [
    ("a,b,c\n1,2,3\n4,5\n", "line 3: expected 3 values but found 2"),
    ("a,b,c\n1,2\n", "line 2: expected 3 values (one per column of the header) but found 2"),
    ("1,2\n3,4,5\n", "line 2: found 3 values but the file has 2 columns"),
    ("a,b,c\n1,2,3\n4,x,6\n", "line 3, column 'b': 'x' is not a number"),
    ("1,2,3\n4,5,six\n", "line 2, column 'column 3': 'six' is not a number"),
    ("1,2\n3,four\n", "line 2, column 'y': 'four' is not a number"),
    ("a,b\nu,v\n1,2\n", "line 2: 'u' is not a number; a data row needs at least two numbers"),
    ("a,b\n1,inf\n", "line 2: values must be finite numbers"),
    ("5\n6\n", "line 1: expected at least two columns but found 1"),
    ("x,,\n1,2\n", "line 2: expected at least two columns but found 1"),
    ("1,,\n2,,\n", "line 1: expected at least two columns but found 1"),
    ("a,b\n\n", "no data rows found"),
])
def test_table_errors(text, fragment):
    with pytest.raises(DataFileError) as info:
        parse_table(text, "t.csv")
    assert str(info.value).startswith("t.csv") and fragment in str(info.value), str(info.value)


def test_table_too_many_columns(monkeypatch):
    monkeypatch.setattr(csvio, "MAX_COLUMNS", 5)
    assert parse_table("1,2,3,4,5\n").columns[-1] == "column 5"
    with pytest.raises(DataFileError, match="line 1: 6 columns; gdstudio reads at most 5"):
        parse_table("1,2,3,4,5,6\n")


# --------------------------------------------------------------------------------------
# limits shared by read_points and read_table: columns per line, characters per cell


READERS = [read_points, read_table]


@pytest.mark.parametrize("reader", READERS)
def test_an_over_long_quoted_cell_is_a_data_file_error(tmp_path, reader):
    # over the csv module's own field limit (131,072), which used to escape as _csv.Error
    p = tmp_path / "big.csv"
    p.write_text('x,y\n1,2\n"' + "9" * 200_000 + '",3\n', encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        reader(p)
    assert str(info.value) == (f"{p}, line 3: column 1: a cell is 200,000 characters long; "
                               f"gdstudio reads at most {csvio.MAX_FIELD:,}.")


def _long_number(length: int) -> str:
    return "0." + "0" * (length - 3) + "5"  # a finite number however long it is written


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("quoted", [False, True])
def test_the_field_limit_is_the_same_for_both_readers(tmp_path, reader, quoted):
    assert csvio.MAX_FIELD == 1000
    p = tmp_path / "f.csv"
    for length in (1000, 1001):
        cell = f'"{_long_number(length)}"' if quoted else _long_number(length)
        p.write_text(f"x,y\n1,{cell}\n", encoding="utf-8")
        if length <= csvio.MAX_FIELD:
            assert len(reader(p)) == 1
        else:
            with pytest.raises(DataFileError, match=r"line 2: column 2: a cell is 1,001 characters long; .* 1,000\."):
                reader(p)


@pytest.mark.parametrize("reader", READERS)
def test_a_long_text_header_cell_is_refused_too(tmp_path, reader):
    p = tmp_path / "f.csv"
    p.write_text("x," + "y" * 5000 + "\n1,2\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 1: column 2: a cell is 5,000 characters long"):
        reader(p)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(("delim", "cell", "count"), [
    (",", "1", 4_000_000),
    (";", "1", 1001),
    (" ", "1", 5000),
    (",", '"1"', 2000),
])
def test_the_column_limit_is_the_same_for_both_readers(tmp_path, reader, delim, cell, count):
    p = tmp_path / "wide.csv"
    p.write_text(f"1{delim}2\n" + delim.join([cell] * count) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        reader(p)
    assert str(info.value) == f"{p}, line 2: {count:,} columns; gdstudio reads at most 1,000."


@pytest.mark.parametrize("reader", READERS)
def test_a_thousand_columns_are_read_by_both(tmp_path, reader):
    p = tmp_path / "wide.csv"
    p.write_text((",".join(["1.5"] * 1000) + "\n") * 3, encoding="utf-8")
    assert len(reader(p)) == 3


def test_table_too_many_rows(monkeypatch):
    monkeypatch.setattr(csvio, "MAX_ROWS", 3)
    with pytest.raises(DataFileError, match="more than 3 rows"):
        parse_table("a,b,c\n" + "1,2,3\n" * 4)


# --------------------------------------------------------------------------------------
# the bad-file corpus, through read_points and read_table alike


BAD_CSV = [
    # (file content, what read_points says, what read_table says)
    (b"", "the file is empty", "the file is empty"),
    (b" \n\t\r\n", "the file is empty", "the file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00IHDR\xff\xfe", "not a text file", "not a text file"),
    (b"x,y\n", "no data rows found", "no data rows found"),
    (b"x,y\n1,2\nthree,4\n", "line 3: 'three' is not a number", "line 3, column 'x': 'three' is not a number"),
    (b"x,y\n1,2\n3,NaN\n", "line 3: values must be finite numbers", "line 3: values must be finite numbers"),
    (b"x,y\n1,2\n-inf,4\n", "line 3: values must be finite", "line 3: values must be finite"),
    (b"1\n2\n3\n", "line 1: expected two columns x, y but found 1", "line 1: expected at least two columns"),
    (b"x;y\n1;2\n3\n", "line 3: expected two columns x, y but found 1", "line 3: expected 2 values but found 1"),
    (b"x;y\n1,5;2,5\n", "decimal mark", "decimal mark"),
    (b"x,y\nu,v\n1,2\n", "line 2: 'u' is not a number", "line 2: 'u' is not a number"),
    (b"1,2\nx,y\n", "line 2: 'x' is not a number", "line 2, column 'x': 'x' is not a number"),
    (b"x,y\n1,2\n3,\n", "line 3: '' is not a number", "line 3, column 'y': '' is not a number"),
    (b'x,y\n"1","2"\n"3","four"\n', "line 3: 'four' is not a number", "'four' is not a number"),
]


# each way the csv module or number parsing could fail, as the app's own message
BAD_CSV += [
    (b'x,y\n1,2\n"3,4\n', "line 3: column 1: a quoted cell does not end on this line",
     "line 3: column 1: a quoted cell does not end on this line"),
    (b'x,y\n1,"2\r5"\n', "line 2: column 2: a quoted cell does not end on this line",
     "line 2: column 2: a quoted cell does not end on this line"),
    (b"x,y\n1,1e999\n", "line 2: values must be finite numbers ('1e999' is too large: at most about ±1.8e308)",
     "line 2: values must be finite numbers ('1e999' is too large"),
    (b"x,y\n-1e400,1\n", "'-1e400' is too large", "'-1e400' is too large"),
    (b"x,y\n1,inf\n", "(found NaN or infinity: 'inf')", "(found NaN or infinity: 'inf')"),
    (b"x,y\n" + b"1,2\n" * 5000 + b"3,\x004\n",
     "line 5002: this is not a text file (it contains binary data: a NUL byte)", "line 5002: this is not a text file"),
    ("x,y\n1,2\n".encode("utf-16"), "the file is UTF-16 text; save it as UTF-8", "UTF-16"),
    (b"x,y\n1,2\x0c\n3,4\nfive,6\n", "line 4: 'five' is not a number", "line 4, column 'x': 'five'"),
    ("x,y\n1,2\nzw\u2026lf,6\n".encode("cp1252"), "line 3: 'zw\x85lf' is not a number", "line 3, column 'x'"),
]


@pytest.mark.parametrize(("content", "points_says", "table_says"), BAD_CSV)
def test_bad_csv_corpus(tmp_path, content, points_says, table_says):
    p = tmp_path / "bad.csv"
    p.write_bytes(content)
    for reader, fragment in ((read_points, points_says), (read_table, table_says)):
        with pytest.raises(DataFileError) as info:
            reader(p)
        message = str(info.value)
        assert message.startswith(str(p)) and fragment in message, (reader.__name__, message)


def test_a_path_no_file_can_have(tmp_path):
    for reader in READERS:
        with pytest.raises(DataFileError, match="cannot be read"):
            reader(str(tmp_path / "a\0b.csv"))


def test_read_table_file_problems(tmp_path, monkeypatch):
    with pytest.raises(DataFileError, match="is a folder"):
        read_table(tmp_path)
    with pytest.raises(DataFileError, match="cannot be read"):
        read_table(tmp_path / "missing.csv")
    monkeypatch.setattr(csvio, "MAX_BYTES", 10)
    p = tmp_path / "big.csv"
    p.write_text("1,2,3\n" * 3, encoding="utf-8")
    with pytest.raises(DataFileError, match="at most 0 MB"):
        read_table(p)


# --------------------------------------------------------------------------------------
# writing points


def test_write_points_writes_a_header_and_reads_back_exactly(tmp_path):
    ds = DataSet([0.1, -0.0, 5e-324, -1e12, 1 / 3], [1e-7, 2.5, -3.0, 4e6, 2 / 3],
                 "advertising spend (¥100k)", "clicks (×1000)")
    p = tmp_path / "out.csv"
    write_points(ds, p)
    assert p.read_bytes().startswith(b"\xef\xbb\xbfadvertising")  # a BOM, for Excel: the names are not ASCII
    text = p.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "advertising spend (¥100k),clicks (×1000)"
    assert text.splitlines()[1] == "0.1,1e-07" and text == points_csv(ds)
    back = read_points(p)
    assert back.x.tobytes() == ds.x.tobytes() and back.y.tobytes() == ds.y.tobytes()  # bit for bit, -0.0 too
    assert (back.x_name, back.y_name) == (ds.x_name, ds.y_name)
    assert [f.name for f in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left


def test_write_points_in_ascii_has_no_byte_order_mark(tmp_path):
    p = tmp_path / "plain.csv"
    write_points(DataSet([1.0], [2.0], "x", "y"), p)
    assert p.read_bytes() == b"x,y\n1.0,2.0\n"


def test_japanese_names_read_back(tmp_path):
    p = tmp_path / "ja.csv"
    write_points(DataSet([1.0, 2.0], [3.0, 4.0], "広告費（万円）", "クリック数"), p)
    back = read_points(p)
    assert (back.x_name, back.y_name) == ("広告費（万円）", "クリック数")


def test_write_points_quotes_names_with_commas_and_quotes(tmp_path):
    ds = DataSet([1.0], [2.0], 'cost (¥1,000)', 'say "hi"')
    p = tmp_path / "q.csv"
    write_points(ds, p)
    back = read_points(p)
    assert (back.x_name, back.y_name) == ('cost (¥1,000)', 'say "hi"')


@pytest.mark.parametrize(("names", "written"), [
    (("  padded  ", "two\nlines"), ("padded", "two lines")),
    (("", "\ufeffy"), ("x", "y")),
    (("a" * 60, "b"), ("a" * 40, "b")),
    (("2020", "2021"), ("2020 (x)", "2021 (y)")),  # two numbers would read back as a data row
    (("2020", "sales"), ("2020", "sales")),
])
def test_write_points_cleans_names_so_they_read_back(tmp_path, names, written):
    ds = DataSet([1.0, 2.0], [3.0, 4.0], *names)
    assert header_names(ds) == written
    p = tmp_path / "n.csv"
    write_points(ds, p)
    back = read_points(p)
    assert (back.x_name, back.y_name) == written and back == ds


def test_write_points_overwrites_atomically_and_reports_failures(tmp_path, monkeypatch):
    p = tmp_path / "out.csv"
    p.write_text("old\n" * 1000, encoding="utf-8")
    write_points(DataSet([1.0], [2.0]), p)
    assert p.read_text(encoding="utf-8") == "x,y\n1.0,2.0\n"
    with pytest.raises(DataFileError, match="cannot be written"):
        write_points(DataSet([1.0], [2.0]), tmp_path / "no folder" / "out.csv")
    with pytest.raises(DataFileError, match="cannot be written"):
        write_points(DataSet([1.0], [2.0]), tmp_path)

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(DataFileError, match="No space left on device"):
        write_points(DataSet([5.0], [6.0]), p)
    assert p.read_text(encoding="utf-8") == "x,y\n1.0,2.0\n"  # the old file is intact
    assert [f.name for f in tmp_path.iterdir()] == ["out.csv"]


def test_write_points_refuses_empty_data(tmp_path):
    with pytest.raises(DataFileError, match="no points to export"):
        write_points(DataSet(), tmp_path / "empty.csv")
    assert not (tmp_path / "empty.csv").exists()


finite = st.floats(-MAX_VALUE, MAX_VALUE)  # the supported range (core/limits.py)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(points=st.lists(st.tuples(finite, finite), min_size=1, max_size=40),
       x_name=st.text(st.characters(exclude_categories=("Cs",)), max_size=50),
       y_name=st.text(st.characters(exclude_categories=("Cs",)), max_size=50))
def test_write_read_round_trip(tmp_path_factory, points, x_name, y_name):
    ds = DataSet([p[0] for p in points], [p[1] for p in points], x_name, y_name)
    path = tmp_path_factory.getbasetemp() / "round-trip.csv"
    write_points(ds, path)
    names = header_names(ds)
    for back in (read_points(path), read_table(path).points()):
        assert back.x.tobytes() == ds.x.tobytes() and back.y.tobytes() == ds.y.tobytes()
    assert (read_points(path).x_name, read_points(path).y_name) == names
    table = read_table(path)
    assert table.columns == (names if names[0] != names[1] else (names[0], f"{names[1]} (2)"))


# --------------------------------------------------------------------------------------
# file fuzzing: files the app writes (and the shipped presets), mutated; each must read
# as finite data or be refused with a DataFileError, never any other exception


PRESETS = sorted((Path(__file__).resolve().parents[2] / "resources" / "presets").glob("*.csv"))
FUZZ_SEED = int(os.environ.get("GDSTUDIO_FUZZ_SEED", "17"))
FUZZ_CASES = int(os.environ.get("GDSTUDIO_FUZZ_CASES", "400"))


def _fuzz_sources(tmp_path) -> list[bytes]:
    rng = np.random.default_rng(5)
    written = [
        DataSet([0.3, -1.0, 4e6], [1e-7, 2.5, -3.0], "spend (¥100k)", "clicks, \"total\""),
        DataSet(rng.normal(size=30) * 1e5, rng.normal(size=30) * 1e-5, "x", "y"),
        DataSet(rng.uniform(0, 10, 8), rng.uniform(0, 10, 8), "1.5", "2"),  # numeric names get a mark
        DataSet([1.0, 2.0], [3.0, 4.0], "降雨量", "売上"),
    ]
    sources = []
    for i, ds in enumerate(written):
        p = tmp_path / f"written-{i}.csv"
        write_points(ds, p)
        sources.append(p.read_bytes())
    assert PRESETS, "the shipped presets are missing"
    for p in PRESETS:  # the head of the large ones: mutations are what is tested, not size
        sources.append(b"".join(p.read_bytes().splitlines(keepends=True)[:300]))
    return sources


def _huge_field(r: random.Random) -> bytes:
    cell = r.choice([b"9", b"a", b",", b"\"\"", b" "]) * r.choice([1001, 5000, 131_073, 300_000])
    return b'"' + cell + b'"' if r.random() < 0.6 else cell


def _mutate(data: bytes, r: random.Random) -> tuple[bytes, list[str]]:
    """1 to 4 random mutations of a file; returns the new bytes and what was done."""
    done = []
    for _ in range(r.randint(1, 4)):
        at = r.randint(0, len(data))
        kind = r.choice(["flip", "insert", "delete", "duplicate line", "quote", "nul", "huge field",
                         "delimiter", "truncate", "cr", "wide line", "non-utf8", "overflow", "blank"])
        if kind == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ (1 << r.randrange(8))]) + data[at + 1:]
        elif kind == "insert":
            data = data[:at] + bytes(r.randrange(256) for _ in range(r.randint(1, 8))) + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + r.randint(1, 40):]
        elif kind == "duplicate line":
            lines = data.split(b"\n")
            i = r.randrange(len(lines))
            lines[i:i] = [lines[i]] * r.randint(1, 50)
            data = b"\n".join(lines)
        elif kind == "quote":
            data = data[:at] + r.choice([b'"', b'""', b'"""', b'",\n"']) + data[at:]
        elif kind == "nul":
            data = data[:at] + b"\0" + data[at:]
        elif kind == "huge field":
            data = data[:at] + _huge_field(r) + data[at:]
        elif kind == "delimiter":
            old, new = r.choice([b",", b";", b"\t", b" ", b"\n"]), r.choice([b",", b";", b"\t", b" ", b"|", b"", b",,"])
            data = data.replace(old, new, r.choice([1, 5, -1]))
        elif kind == "truncate":
            data = data[:at]
        elif kind == "cr":
            data = data[:at] + r.choice([b"\r", b"\r\n", b"\x0c", b"\xc2\x85", b"\xe2\x80\xa8"]) + data[at:]
        elif kind == "wide line":
            cell = r.choice([b"1", b'"2"', b"x", b""])
            data = data[:at] + b"\n" + b",".join([cell] * r.choice([999, 1000, 1001, 100_000])) + b"\n" + data[at:]
        elif kind == "non-utf8":
            data = data[:at] + r.choice([b"\xff", b"\xe9", b"\x80\x80", b"\xff\xfe", b"\xed\xa0\x80"]) + data[at:]
        elif kind == "overflow":
            data = data[:at] + r.choice([b"1e999", b"-1e400", b"nan", b"inf", b"1e-999", b"1_0", b"0x10"]) + data[at:]
        elif kind == "blank":
            data = data[:at] + b"\n" * r.randint(1, 3) + b"   \t" + data[at:]
        done.append(f"{kind} at {at}")
    return data, done


def _check_finite(result) -> bool:
    if isinstance(result, DataSet):
        return len(result) > 0 and bool(np.isfinite(result.x).all() and np.isfinite(result.y).all())
    return (isinstance(result, Table) and len(result) > 0 and len(result.columns) >= 2
            and bool(np.isfinite(result.values).all()))


def test_file_fuzz_mutated_files_read_as_finite_data_or_a_data_file_error(tmp_path):
    sources = _fuzz_sources(tmp_path)
    path = tmp_path / "mutated.csv"
    started, outcomes = time.perf_counter(), {"read": 0, "refused": 0}
    for case in range(FUZZ_CASES):
        r = random.Random(FUZZ_SEED * 1_000_003 + case)  # each case can be rerun alone
        source = r.randrange(len(sources))
        data, done = _mutate(sources[source], r)
        path.write_bytes(data)
        where = (f"seed {FUZZ_SEED}, case {case} (GDSTUDIO_FUZZ_SEED={FUZZ_SEED}), "
                 f"source {source}, mutations {done}")
        for reader in READERS:
            try:
                result = reader(path)
            except DataFileError as exc:
                assert str(exc).startswith(str(path)), f"{where}: {reader.__name__}: message {exc}"
                outcomes["refused"] += 1
            except Exception as exc:  # noqa: BLE001 - any other exception is the failure being looked for
                pytest.fail(f"{where}: {reader.__name__} raised {type(exc).__name__}: {exc}")
            else:
                assert _check_finite(result), f"{where}: {reader.__name__} gave {result!r}"
                outcomes["read"] += 1
    print(f"file fuzz: seed {FUZZ_SEED}, {FUZZ_CASES} cases, {outcomes}, {time.perf_counter() - started:.1f} s")
    assert outcomes["read"] and outcomes["refused"]  # the mutations are neither all harmless nor all fatal
