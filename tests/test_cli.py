"""The command line: options, the headless --export-trajectory, and exit codes."""

from __future__ import annotations

import csv
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gdstudio.app import main
from gdstudio.assets import default_dataset
from gdstudio.cli import parse_args
from gdstudio.core.model import LossForm, direct_gradient, direct_loss

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["step", "w0", "w1", "loss", "grad_w0", "grad_w1"]


@pytest.fixture
def data_file(tmp_path) -> tuple[Path, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(4)
    x = rng.uniform(0.0, 3.0, 14)
    y = 1.2 + 0.9 * x + rng.normal(0.0, 0.2, 14)
    p = tmp_path / "points.csv"
    p.write_text("spend,clicks\n" + "".join(f"{a!r},{b!r}\n" for a, b in zip(x.tolist(), y.tolist(), strict=True)),
                 encoding="utf-8")
    return p, x, y


def _read(path: Path) -> tuple[list[str], np.ndarray]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], np.array([[float(v) for v in row] for row in rows[1:]])


def _export(tmp_path, *options: str) -> tuple[int, Path]:
    out = tmp_path / "run.csv"
    return main([*options, "--export-trajectory", str(out)]), out


# --------------------------------------------------------------------------------------
# --export-trajectory


@pytest.mark.parametrize("steps", [0, 1, 7, 250])
def test_export_writes_steps_plus_one_rows_that_follow_the_update_rule(tmp_path, data_file, steps):
    path, x, y = data_file
    rc, out = _export(tmp_path, "--data", str(path), "--steps", str(steps), "--lr", "0.01", "--start", "-1.5,2.25")
    assert rc == 0
    header, rows = _read(out)
    assert header == HEADER
    assert out.read_text(encoding="utf-8").splitlines()[0] == "step,w0,w1,loss,grad_w0,grad_w1"
    assert rows.shape == (steps + 1, 6)
    np.testing.assert_array_equal(rows[:, 0], np.arange(steps + 1))
    assert rows[0, 1] == -1.5 and rows[0, 2] == 2.25
    lr = 0.01
    for k in range(steps):
        w0, w1, _, g0, g1 = rows[k, 1:]
        # Exactly the lecture's rule w ← w − η∇E(w): no rounding beyond the one subtraction.
        assert rows[k + 1, 1] == w0 - lr * g0
        assert rows[k + 1, 2] == w1 - lr * g1
    for row in rows[:: max(1, steps // 10)]:
        w = row[1:3]
        assert row[3] == pytest.approx(direct_loss(w, x, y), rel=1e-9)
        np.testing.assert_allclose(row[4:6], direct_gradient(w, x, y), rtol=1e-8, atol=1e-10)
    if steps >= 250:
        assert rows[-1, 3] < rows[0, 3]  # η = 0.01 is stable here: the error went down


def test_export_default_steps_and_default_data(tmp_path):
    rc, out = _export(tmp_path)
    assert rc == 0
    header, rows = _read(out)
    assert header == HEADER
    assert len(rows) == 101  # --steps defaults to 100 for an export
    assert (rows[0, 1], rows[0, 2]) == (2.5, 0.3)  # the default start
    ds = default_dataset()
    assert rows[0, 3] == pytest.approx(direct_loss(np.array([2.5, 0.3]), ds.x, ds.y), rel=1e-12)


def test_export_mean_loss(tmp_path, data_file):
    path, x, y = data_file
    rc, out = _export(tmp_path, "--data", str(path), "--steps", "40", "--lr", "0.2", "--loss", "mean",
                      "--start", "0,0")
    assert rc == 0
    _, rows = _read(out)
    assert len(rows) == 41
    for row in rows:
        w = row[1:3]
        assert row[3] == pytest.approx(direct_loss(w, x, y, LossForm.MEAN), rel=1e-9)
        np.testing.assert_allclose(row[4:6], direct_gradient(w, x, y, LossForm.MEAN), rtol=1e-8, atol=1e-12)
    for k in range(40):
        assert rows[k + 1, 1] == rows[k, 1] - 0.2 * rows[k, 4]
        assert rows[k + 1, 2] == rows[k, 2] - 0.2 * rows[k, 5]
    # The mean form's error is the sum form's divided by N.
    assert rows[0, 3] == pytest.approx(direct_loss(np.zeros(2), x, y) / len(x), rel=1e-12)


def test_export_negative_start_without_equals_sign(tmp_path, data_file):
    path, _, _ = data_file
    rc, out = _export(tmp_path, "--data", str(path), "--steps", "2", "--start", "-2,-0.5")
    assert rc == 0
    _, rows = _read(out)
    assert (rows[0, 1], rows[0, 2]) == (-2.0, -0.5)


def test_export_divergence_writes_only_finite_rows(tmp_path, data_file, capsys):
    path, x, y = data_file
    rc, out = _export(tmp_path, "--data", str(path), "--steps", "5000", "--lr", "5")
    assert rc == 0
    err = capsys.readouterr().err
    assert "diverged" in err and "Traceback" not in err
    _, rows = _read(out)
    assert np.isfinite(rows).all()
    assert 2 <= len(rows) < 5001
    # The message states how many states were written, and where it went wrong.
    written = int(re.search(r"wrote the (\d+) finite states", err).group(1))
    assert written == len(rows)
    assert f"diverged at step {len(rows)}" in err
    # η = 5 is far above the bound 2/λmax the message quotes.
    bound = float(re.search(r"2/λmax = ([0-9.e+-]+)", err).group(1))
    assert 0 < bound < 5
    # Up to the end, the rows still follow the update rule, and the error was exploding.
    for k in range(len(rows) - 1):
        assert rows[k + 1, 1] == rows[k, 1] - 5 * rows[k, 4]
    assert rows[-1, 3] > 1e6 * rows[0, 3]


def test_export_at_once_diverging_writes_the_start(tmp_path, data_file, capsys):
    path, _, _ = data_file
    rc, out = _export(tmp_path, "--data", str(path), "--steps", "10", "--lr", "1e6")
    assert rc == 0
    assert "diverged at step 1" in capsys.readouterr().err
    _, rows = _read(out)
    assert len(rows) == 1 and np.isfinite(rows).all()


def test_export_to_an_unwritable_path(tmp_path, capsys):
    out = tmp_path / "missing folder" / "run.csv"
    assert main(["--steps", "3", "--export-trajectory", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(out) in err and "cannot be written" in err and "Traceback" not in err
    assert not out.exists()


# --------------------------------------------------------------------------------------
# bad data files: exit code 2 and a message, no traceback


@pytest.mark.parametrize(("content", "expected"), [
    (b"x,y\n1,2\nthree,4\n", "line 3: 'three' is not a number"),
    (b"1,2\n3,nan\n", "line 2: values must be finite"),
    (b"1\n2\n", "line 1: expected two columns"),
    (b"", "empty"),
    (b"x,y\n", "no data rows"),
    (b"\x00\x01\x02binary", "not a text file"),
    # the csv module's own limit (131,072 characters a field) used to escape as a traceback
    (b'x,y\n"' + b"1" * 200_000 + b'",2\n', "line 2: column 1: a cell is 200,000 characters long"),
    (b"1,2\n" + b"1," * 1_000_000 + b"1\n", "line 2: 1,000,001 columns; gdstudio reads at most 1,000"),
    (b'x,y\n1,"2\n', "line 2: column 2: a quoted cell does not end on this line"),
    (b"x,y\n1,1e999\n", "'1e999' is too large"),
])
def test_malformed_data_file(tmp_path, capsys, content, expected):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    rc, out = _export(tmp_path, "--data", str(bad))
    assert rc == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("gdstudio: ")
    assert str(bad) in captured.err and expected in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert not out.exists()


def test_missing_data_file(tmp_path, capsys):
    rc, out = _export(tmp_path, "--data", str(tmp_path / "nowhere.csv"))
    assert rc == 2
    err = capsys.readouterr().err
    assert "nowhere.csv" in err and "cannot be read" in err and "Traceback" not in err
    assert not out.exists()


def test_data_file_is_a_folder(tmp_path, capsys):
    rc, _ = _export(tmp_path, "--data", str(tmp_path))
    assert rc == 2
    assert "folder" in capsys.readouterr().err


# --------------------------------------------------------------------------------------
# bad options: argparse's exit code 2


def _usage_error(tmp_path, capsys, *options: str) -> str:
    out = tmp_path / "never.csv"
    with pytest.raises(SystemExit) as info:
        main([*options, "--export-trajectory", str(out)])
    assert info.value.code == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize("value", ["0", "-1", "nan", "abc", "inf", "-inf", "", "0.0"])
def test_bad_lr(tmp_path, capsys, value):
    err = _usage_error(tmp_path, capsys, "--lr", value)
    assert "--lr" in err


@pytest.mark.parametrize("value", ["1", "a,b", "inf,0", "0,nan", "1,2,3", "", "1;2"])
def test_bad_start(tmp_path, capsys, value):
    err = _usage_error(tmp_path, capsys, "--start", value)
    assert "--start" in err


@pytest.mark.parametrize("value", ["100x800", "1280x100", "9000x800", "abc", "1280", "1280x800x2", "0x0", "x"])
def test_bad_size(tmp_path, capsys, value):
    err = _usage_error(tmp_path, capsys, "--size", value)
    assert "--size" in err


@pytest.mark.parametrize("value", ["-1", "1.5", "ten", "10000001"])
def test_bad_steps(tmp_path, capsys, value):
    err = _usage_error(tmp_path, capsys, "--steps", value)
    assert "--steps" in err


def test_bad_loss(tmp_path, capsys):
    assert "--loss" in _usage_error(tmp_path, capsys, "--loss", "median")


def test_unknown_option(tmp_path, capsys):
    assert "--bogus" in _usage_error(tmp_path, capsys, "--bogus")


def test_good_values_parse():
    args = parse_args(["--lr", "1e-3", "--start", "-0.5,3", "--size", "1024X768", "--steps", "0", "--loss", "mean"])
    assert args.lr == 1e-3
    assert args.start == (-0.5, 3.0)
    assert args.size == (1024, 768)
    assert args.steps == 0
    assert args.loss == "mean"
    defaults = parse_args([])
    assert (defaults.lr, defaults.start, defaults.steps, defaults.loss) == (0.02, (2.5, 0.3), None, "sum")
    assert defaults.size == (1280, 800) and defaults.export_trajectory is None and defaults.data is None
    assert math.isfinite(defaults.lr)


# --------------------------------------------------------------------------------------
# as a program


def test_module_help_runs():
    result = subprocess.run([sys.executable, "-m", "gdstudio", "--help"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "--export-trajectory" in result.stdout
    assert "usage: gdstudio" in result.stdout


def test_export_needs_no_qt(tmp_path):
    out = tmp_path / "run.csv"
    code = (
        "import json, sys\n"
        "from gdstudio.app import main\n"
        f"rc = main(['--steps', '5', '--export-trajectory', {str(out)!r}])\n"
        "qt = sorted(m for m in ('PySide6', 'shiboken6', 'pyqtgraph') if m in sys.modules)\n"
        "print(json.dumps({'rc': rc, 'qt': qt}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"rc": 0, "qt": []}
    _, rows = _read(out)
    assert len(rows) == 6


def test_export_honours_sampling_and_seed(tmp_path):
    from gdstudio.app import main

    runs = {}
    for name, extra in {"a": ["--seed", "7"], "b": ["--seed", "7"], "c": ["--seed", "8"]}.items():
        out = tmp_path / f"{name}.csv"
        argv = ["--sampling", "minibatch", "--batch-size", "3", "--steps", "20", "--export-trajectory", str(out)]
        assert main(argv + extra) == 0
        runs[name] = out.read_text()
    assert runs["a"] == runs["b"] != runs["c"]
    assert len(runs["a"].splitlines()) == 22


def test_export_with_another_optimizer_follows_its_rule(tmp_path):
    import numpy as np

    from gdstudio.app import main

    out = tmp_path / "adam.csv"
    assert main(["--optimizer", "adam", "--lr", "0.1", "--steps", "1", "--export-trajectory", str(out)]) == 0
    rows = np.loadtxt(out, delimiter=",", skiprows=1)
    # Adam's first step moves each parameter by η·sign(g) (up to ε): from (2.5, 0.3) against g < 0.
    np.testing.assert_allclose(rows[1, 1:3] - rows[0, 1:3], [0.1, 0.1], rtol=1e-6)


def test_optimizer_options_are_checked(capsys):
    import pytest

    from gdstudio.app import main

    assert main(["--optimizer", "nesterov", "--momentum", "0", "--export-trajectory", "x.csv"]) == 2
    assert "Nesterov" in capsys.readouterr().err
    for bad in (["--race", "gd,foo"], ["--race", "gd,adam,momentum,nesterov,rmsprop"], ["--optimizer", "sgd2"],
                ["--schedule", "linear"], ["--beta1", "nan"]):
        with pytest.raises(SystemExit) as exc:
            main(bad + ["--export-trajectory", "x.csv"])
        assert exc.value.code == 2


def test_screenshot_of_a_race(qapp, tmp_path):
    from gdstudio.app import main

    out = tmp_path / "race.png"
    assert main(["--race", "gd,momentum,adam", "--lr", "0.03", "--steps", "20", "--screenshot", str(out)]) == 0
    assert out.stat().st_size > 10_000


def test_race_sampling_exports_its_batch_run_and_refuses_a_race_of_optimizers(tmp_path, capsys):
    import pytest

    from gdstudio.app import main
    from gdstudio.cli import document_from_args, parse_args
    from gdstudio.core.dataset import DataSet

    args = parse_args(["--race-sampling", "--batch-size", "4", "--optimizer", "momentum", "--sampling", "sgd"])
    doc = document_from_args(args, DataSet())
    assert [(s.mode.value, s.batch_size) for s in doc.sampling_race] == [("batch", 4), ("minibatch", 4), ("sgd", 4)]
    assert doc.optimizers == ("momentum",)
    raced, plain = tmp_path / "raced.csv", tmp_path / "plain.csv"
    assert main(["--race-sampling", "--sampling", "sgd", "--steps", "5", "--export-trajectory", str(raced)]) == 0
    assert main(["--steps", "5", "--export-trajectory", str(plain)]) == 0
    assert raced.read_text() == plain.read_text()  # the first run of the race: batch
    with pytest.raises(SystemExit) as exc:
        main(["--race-sampling", "--race", "gd,adam", "--export-trajectory", "x.csv"])
    assert exc.value.code == 2 and "--race-sampling" in capsys.readouterr().err
