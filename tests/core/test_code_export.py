"""The program that finds w: run on its own (python -I, no gdstudio), it prints the app's trajectory."""

from __future__ import annotations

import ast
import csv
import io
import json
import math
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from gdstudio.app import export_trajectory, main
from gdstudio.assets import default_dataset
from gdstudio.core.code_export import INLINE_POINTS, data_file_name, program_files, program_for
from gdstudio.core.dataset import DataSet
from gdstudio.core.document import Document, Fit, freeze_params
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.schedules import Schedule, ScheduleKind
from gdstudio.core.standardize import Standardize

STEPS = 40
HEADER = ["step", "w0", "w1", "loss", "grad_w0", "grad_w1"]
STDLIB = set(sys.stdlib_module_names)


def _offset_data() -> DataSet:
    """Unscaled x (hundreds) and y far from 0: standardising changes the numbers a lot."""
    rng = np.random.default_rng(3)
    x = rng.uniform(200.0, 400.0, 17)
    return DataSet(x, 50.0 + 0.8 * x + rng.normal(0.0, 5.0, 17), "spend", "sales")


def _doc(**changes) -> Document:
    base = Document(default_dataset(), lr=0.02)
    params = changes.pop("params", None)
    doc = replace(base, **changes)
    return replace(doc, params=freeze_params(params)) if params else doc


def _diverging() -> Document:
    doc = _doc()
    return replace(doc, lr=1.5 * Fit.of(doc).surface.max_stable_lr())


CASES = {
    # every optimizer, batch sampling, the lecture's sum form
    "gd": _doc(),
    "momentum": _doc(optimizers=("momentum",)),
    "nesterov": _doc(optimizers=("nesterov",)),
    "adagrad": _doc(optimizers=("adagrad",), lr=0.5),
    "rmsprop": _doc(optimizers=("rmsprop",), lr=0.05),
    "adam": _doc(optimizers=("adam",), lr=0.1),
    # their other hyperparameters
    "momentum-dampening-decay": _doc(optimizers=("momentum",),
                                     params={"momentum": {"momentum": 0.8, "dampening": 0.3, "weight_decay": 0.1}}),
    "nesterov-mu": _doc(optimizers=("nesterov",), params={"nesterov": {"momentum": 0.5}}),
    "adagrad-decay-acc": _doc(optimizers=("adagrad",), lr=0.5, params={
        "adagrad": {"lr_decay": 0.05, "initial_accumulator_value": 0.3, "eps": 1e-6, "weight_decay": 0.01}}),
    "rmsprop-centered-momentum": _doc(optimizers=("rmsprop",), lr=0.01, params={
        "rmsprop": {"alpha": 0.9, "centered": True, "momentum": 0.5, "weight_decay": 0.02}}),
    "adam-amsgrad": _doc(optimizers=("adam",), lr=0.1, params={
        "adam": {"betas": (0.8, 0.99), "amsgrad": True, "eps": 1e-6, "weight_decay": 0.05}}),
    # sampling and its seed
    "minibatch-k3-seed0": _doc(sampler=Sampler(Sampling.MINIBATCH, 3, 0)),
    "minibatch-k3-seed7": _doc(sampler=Sampler(Sampling.MINIBATCH, 3, 7)),
    "minibatch-k-over-n": _doc(sampler=Sampler(Sampling.MINIBATCH, 50, 1)),
    "sgd-seed0": _doc(sampler=Sampler(Sampling.SGD, 10, 0)),
    "sgd-seed5-adam": _doc(sampler=Sampler(Sampling.SGD, 10, 5), optimizers=("adam",), lr=0.1),
    "minibatch-momentum-mean": _doc(sampler=Sampler(Sampling.MINIBATCH, 4, 2), optimizers=("momentum",),
                                    loss_form=LossForm.MEAN, lr=0.1),
    # schedules
    "schedule-step": _doc(schedule=Schedule(ScheduleKind.STEP, step_size=7, gamma=0.5)),
    "schedule-exponential": _doc(schedule=Schedule(ScheduleKind.EXPONENTIAL, gamma=0.95)),
    "schedule-cosine": _doc(schedule=Schedule(ScheduleKind.COSINE, t_max=25, eta_min=0.001)),
    "schedule-cosine-rmsprop": _doc(schedule=Schedule(ScheduleKind.COSINE, t_max=60), optimizers=("rmsprop",),
                                    lr=0.05),
    # standardisation, on data where it matters
    "offset-off": _doc(data=_offset_data(), lr=1e-7, start=(0.0, 0.0)),
    "offset-x": _doc(data=_offset_data(), standardize=Standardize.X, lr=0.01, start=(0.0, 0.0)),
    "offset-xy": _doc(data=_offset_data(), standardize=Standardize.XY, lr=0.02, start=(0.0, 0.0)),
    "offset-xy-sgd-mean": _doc(data=_offset_data(), standardize=Standardize.XY, loss_form=LossForm.MEAN, lr=0.1,
                               sampler=Sampler(Sampling.SGD, 1, 3)),
    # the error's forms
    "mean": _doc(loss_form=LossForm.MEAN, lr=0.3),
    "mean-adagrad": _doc(loss_form=LossForm.MEAN, optimizers=("adagrad",), lr=0.5),
    # too large an η: only the finite states
    "diverging": _diverging(),
    "diverging-minibatch": replace(_diverging(), lr=6 * _diverging().lr, sampler=Sampler(Sampling.MINIBATCH, 3, 4)),
    # a race: the first run, as --export-trajectory writes it
    "race": _doc(optimizers=("adam", "gd", "momentum"), lr=0.1),
    # a race of samplings: its first run (batch), not the sampler chosen before the race (SGD)
    "sampling-race": _doc(sampler=Sampler(Sampling.SGD, 4, 2), optimizers=("momentum",)).with_sampling_race(),
    # no data: the start alone
    "no-data": _doc(data=DataSet(), loss_form=LossForm.MEAN, sampler=Sampler(Sampling.MINIBATCH, 3, 0)),
}


def _rows(text: str) -> tuple[list[str], np.ndarray]:
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], np.array([[float(v) for v in row] for row in rows[1:]]).reshape(-1, 6)


# Runs programs with python -I in a temporary folder, as if gdstudio were not installed: -I alone does
# not hide it (an installed or editable gdstudio is found through site-packages), so the runner takes it
# off the import system first; a program that imports it fails. One interpreter runs every program of the
# matrix (each in a fresh namespace, as __main__, with its own stdout), so numpy is imported once.
RUNNER = """
import contextlib, io, json, runpy, sys, traceback

class NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "gdstudio":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
results = {}
for path in sys.argv[1:]:
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            runpy.run_path(path, run_name="__main__")
        except SystemExit as exc:
            code = exc.code
        except BaseException:
            traceback.print_exc()
            code = 1
    results[path] = [code, out.getvalue(), err.getvalue()]
print(json.dumps(results))
"""


def _run_all(programs: list[Path], folder: Path) -> dict[Path, tuple[int, str, str]]:
    runner = folder / "runner.py"
    runner.write_text(RUNNER, encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", str(runner), *map(str, programs)], capture_output=True, text=True,
                          cwd=folder, timeout=120, check=True)
    return {Path(path): (code, out, err) for path, (code, out, err) in json.loads(done.stdout).items()}


def _write(files: dict[Path, str]) -> None:
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def matrix(tmp_path_factory) -> dict[str, tuple[Path, tuple[int, str, str]]]:
    """Every case's program and the app's trajectory, written; then every program run."""
    folder = tmp_path_factory.mktemp("programs")
    programs = {}
    for case, document in CASES.items():
        case_folder = folder / case
        case_folder.mkdir()
        assert export_trajectory(document, STEPS, str(case_folder / "reference.csv")) == 0
        programs[case] = case_folder / f"{case.replace('-', '_')}.py"
        _write(program_files(document, STEPS, programs[case]))
    results = _run_all(list(programs.values()), folder)
    return {case: (path.parent / "reference.csv", results[path]) for case, path in programs.items()}


def _assert_same(program_out: str, reference: Path) -> None:
    header, got = _rows(program_out)
    ref_header, want = _rows(reference.read_text(encoding="utf-8"))
    assert header == ref_header == HEADER
    assert got.shape == want.shape, f"{len(got)} rows, the app wrote {len(want)}"
    np.testing.assert_array_equal(got[:, 0], want[:, 0])
    for row_got, row_want in zip(got, want):
        for a, b in zip(row_got[1:], row_want[1:]):
            assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9), (row_got, row_want)


@pytest.mark.parametrize("case", list(CASES))
def test_the_program_prints_the_apps_trajectory(case, matrix):
    reference, (code, out, err) = matrix[case]
    assert code == 0, err
    _assert_same(out, reference)
    if case.startswith("diverging"):
        assert len(out.splitlines()) < STEPS + 2 and "diverged at step" in err
    else:
        assert err == ""


def test_gdstudio_cannot_be_imported_where_the_programs_run(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import gdstudio\n", encoding="utf-8")
    code, out, err = _run_all([probe], tmp_path)[probe]
    assert code == 1 and "No module named 'gdstudio'" in err


def test_a_program_runs_on_its_own(tmp_path):
    """The plain way, one program in its own interpreter: python -I FILE.py."""
    program = tmp_path / "alone.py"
    _write(program_files(CASES["minibatch-k3-seed7"], STEPS, program))
    export_trajectory(CASES["minibatch-k3-seed7"], STEPS, str(tmp_path / "reference.csv"))
    done = subprocess.run([sys.executable, "-I", str(program)], capture_output=True, text=True, cwd=tmp_path,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    _assert_same(done.stdout, tmp_path / "reference.csv")


def test_a_large_data_set_goes_into_a_csv_beside_the_program(tmp_path):
    rng = np.random.default_rng(8)
    x = rng.uniform(0.0, 3.0, INLINE_POINTS + 500)
    data = DataSet(x, 1.0 + 0.7 * x + rng.normal(0.0, 0.3, len(x)), "広告費", "clicks")
    document = _doc(data=data, loss_form=LossForm.MEAN, lr=0.2, sampler=Sampler(Sampling.MINIBATCH, 100, 1),
                    optimizers=("adam",))
    program = tmp_path / "big.py"
    files = program_files(document, STEPS, program)
    assert set(files) == {program, tmp_path / data_file_name(program)} == {program, tmp_path / "big_data.csv"}
    assert len(files[program].splitlines()) < 120  # the numbers are in the CSV, not in the program
    reference = tmp_path / "reference.csv"
    export_trajectory(document, STEPS, str(reference))
    _write(files)
    code, out, err = _run_all([program], tmp_path)[program]
    assert code == 0, err
    _assert_same(out, reference)


def test_small_data_is_held_inline():
    document = _doc()
    assert list(program_files(document, 5, "p.py")) == [Path("p.py")]
    text = program_for(document, 5)
    assert "1.36" in text and "loadtxt" not in text


@pytest.mark.parametrize("case", ["gd", "minibatch-k3-seed0", "adam-amsgrad", "schedule-cosine", "offset-xy",
                                  "rmsprop-centered-momentum"])
def test_the_program_imports_only_numpy_and_the_standard_library(case):
    tree = ast.parse(program_for(CASES[case], STEPS))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0 and node.module
            imported.add(node.module.split(".")[0])
    assert "numpy" in imported
    assert imported - {"numpy"} <= STDLIB


def test_plain_descent_reads_like_the_slides():
    text = program_for(_doc(), 100)
    for needle in ("def f(w, x):", "return w[0] + w[1] * x", "def E(w, x, y):", "def grad_E(w, x, y):",
                   "∂E/∂w0 = Σᵢ (f_w(xᵢ) − yᵢ)", "∂E/∂w1 = Σᵢ (f_w(xᵢ) − yᵢ)·xᵢ", "w = w - eta * g",
                   "eta = 0.02", "steps = 100", "w = np.array([2.5, 0.3])"):
        assert needle in text
    # nothing of the other settings
    for absent in ("default_rng", "beta1", "mu =", "eta_t", "math", "x_mean", "loadtxt"):
        assert absent not in text
    code_lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    assert len(text.splitlines()) < 90 and len(code_lines) < 70


def test_each_setting_adds_only_what_it_needs():
    assert "default_rng([seed, epoch])" in program_for(CASES["minibatch-k3-seed7"], 10)
    assert "seed = 7" in program_for(CASES["minibatch-k3-seed7"], 10)
    race = program_for(CASES["sampling-race"], 10)
    assert "race of samplings: batch" in " ".join(race.split()) and "default_rng" not in race
    adam = program_for(CASES["adam"], 10)
    assert "m_hat" in adam and "v_max" not in adam and "weight_decay" not in adam
    assert "v_max" in program_for(CASES["adam-amsgrad"], 10)
    assert "import math" in program_for(CASES["schedule-cosine"], 10)
    assert "/ len(x)" in program_for(CASES["mean"], 10) and "/ len(x)" not in program_for(CASES["gd"], 10)
    assert "y_std" in program_for(CASES["offset-xy"], 10) and "y_std" not in program_for(CASES["offset-x"], 10)


def test_negative_steps_are_refused():
    with pytest.raises(ValueError):
        program_for(_doc(), -1)


def test_the_generated_code_is_ruff_clean(tmp_path):
    ruff = pytest.importorskip("ruff")
    binary = Path(ruff.find_ruff_bin())
    for case in ("gd", "minibatch-momentum-mean", "adam-amsgrad", "schedule-cosine", "offset-xy-sgd-mean",
                 "adagrad-decay-acc", "rmsprop-centered-momentum", "no-data"):
        path = tmp_path / f"{case.replace('-', '_')}.py"
        path.write_text(program_for(CASES[case], STEPS), encoding="utf-8")
    done = subprocess.run([str(binary), "check", "--isolated", "--select", "E,F,W,I,B,UP", "--line-length", "79",
                           "--preview", str(tmp_path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


# ------------------------------------------------------------------ the command line


def test_export_code_flag_writes_a_program_that_runs(tmp_path):
    program = tmp_path / "descent.py"
    args = ["--optimizer", "adam", "--lr", "0.1", "--sampling", "minibatch", "--batch-size", "3", "--seed", "2",
            "--steps", "30"]
    assert main([*args, "--export-code", str(program)]) == 0
    assert main([*args, "--export-trajectory", str(tmp_path / "t.csv")]) == 0
    code, out, err = _run_all([program], tmp_path)[program]
    assert code == 0, err
    _assert_same(out, tmp_path / "t.csv")


def test_export_code_defaults_to_100_steps(tmp_path):
    program = tmp_path / "p.py"
    assert main(["--export-code", str(program)]) == 0
    assert "steps = 100" in program.read_text(encoding="utf-8")


def test_export_code_to_an_unwritable_path_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["--export-code", str(tmp_path / "no" / "such" / "folder" / "p.py")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gdstudio: ") and err.count("\n") == 1 and "cannot be written" in err
    assert main(["--export-code", str(tmp_path)]) == 2  # a folder
