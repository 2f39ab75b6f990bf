"""--session FILE on the command line: its data and settings drive --export-trajectory and
--screenshot; a file it cannot use is a clear message on stderr and exit code 2."""

from __future__ import annotations

import json

import numpy as np
import pytest

from gdstudio.app import main
from gdstudio.core.dataset import DataSet
from gdstudio.core.sampling import Sampler
from gdstudio.core.session import Session, save_session, session_to_json


@pytest.fixture
def session_file(tmp_path):
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 3, 15)
    y = 1.0 + 0.8 * x + rng.normal(0, 0.1, 15)
    session = Session.from_objects(DataSet(x, y, "spend", "clicks"), lr=0.013, start=(-1.0, 2.0), loss_form="mean",
                                   sampler=Sampler(), optimizers=("momentum", "gd"),
                                   optimizer_params={"momentum": {"momentum": 0.5}}, speed=40.0,
                                   view={"constraint_lines": True, "squared_residuals": False,
                                         "gradient_field": "descent", "race_lines": True})
    path = tmp_path / "lesson.gdstudio.json"
    save_session(session, path)
    return path, session


def _rows(path):
    return np.loadtxt(path, delimiter=",", skiprows=1)


def test_export_trajectory_uses_the_sessions_data_and_settings(tmp_path, session_file):
    path, session = session_file
    out = tmp_path / "run.csv"
    assert main(["--session", str(path), "--steps", "30", "--lr", "0.9", "--export-trajectory", str(out)]) == 0
    rows = _rows(out)
    assert rows.shape == (31, 6)
    np.testing.assert_array_equal(rows[0, 1:3], [-1.0, 2.0])  # the session's start, not the default
    # The same run spelled out as options (momentum μ = 0.5, mean loss, η from the session).
    data = tmp_path / "data.csv"
    data.write_text("x,y\n" + "".join(f"{a!r},{b!r}\n" for a, b in zip(session.x, session.y)))
    same = tmp_path / "same.csv"
    assert main(["--data", str(data), "--steps", "30", "--lr", "0.013", "--start=-1,2", "--loss", "mean",
                 "--optimizer", "momentum", "--momentum", "0.5", "--export-trajectory", str(same)]) == 0
    np.testing.assert_array_equal(rows, _rows(same))


@pytest.mark.parametrize("standardize", ["x", "xy"])
def test_export_trajectory_follows_the_sessions_standardisation_as_the_window_does(qapp, qtbot, tmp_path,
                                                                                  session_file, standardize):
    """Once, the export ignored a session's standardisation (E₀ = 4.691 headless, 7.277 in the window)."""
    import dataclasses

    from gdstudio.engine.controller import Controller

    path, session = session_file
    session = dataclasses.replace(session, standardize=standardize, optimizers=("adam",))
    save_session(session, path)
    out = tmp_path / "run.csv"
    assert main(["--session", str(path), "--steps", "25", "--export-trajectory", str(out)]) == 0
    controller = Controller(session.to_document())
    try:
        controller.step(25)
        qtbot.waitUntil(lambda: controller.history.steps_taken == 25 and not controller.busy)
        h = controller.history
        window_rows = np.column_stack([np.arange(26), h.w, h.loss, h.grad])
    finally:
        controller.shutdown()
    np.testing.assert_allclose(_rows(out), window_rows, rtol=1e-12, atol=1e-12)


def _bad_sessions(tmp_path):
    newer = tmp_path / "newer.gdstudio.json"
    newer.write_text(json.dumps({"schema_version": 2}))
    truncated = tmp_path / "truncated.gdstudio.json"
    truncated.write_text(session_to_json(Session(x=(1.0, 2.0), y=(3.0, 4.0)))[:120])
    return {"newer": (newer, "newer gdstudio"), "truncated": (truncated, "truncated"),
            "missing": (tmp_path / "missing.json", "cannot be read"), "folder": (tmp_path, "is a folder")}


@pytest.mark.parametrize("case", ["newer", "truncated", "missing", "folder"])
@pytest.mark.parametrize("mode", ["--export-trajectory", "--screenshot"])
def test_an_unusable_session_is_a_message_and_exit_2(tmp_path, capsys, case, mode):
    path, expected = _bad_sessions(tmp_path)[case]
    out = tmp_path / ("out.csv" if mode == "--export-trajectory" else "out.png")
    assert main(["--session", str(path), mode, str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gdstudio: ") and expected in err and "Traceback" not in err
    assert not out.exists()


def test_session_and_data_together_are_refused(tmp_path, capsys, session_file):
    path, _ = session_file
    with pytest.raises(SystemExit) as exit_info:
        main(["--session", str(path), "--data", str(path), "--export-trajectory", str(tmp_path / "x.csv")])
    assert exit_info.value.code == 2
    assert "cannot be used together" in capsys.readouterr().err


def test_screenshot_opens_the_session(qapp, tmp_path, session_file, monkeypatch):
    from PySide6.QtGui import QImage

    from gdstudio.app import take_screenshot as real

    path, session = session_file
    seen = {}

    def spy(app, controller, window, args):
        seen.update(document=controller.document, speed=controller.speed,
                    title=window.windowTitle(), path=window.file_actions.path)
        return real(app, controller, window, args)

    monkeypatch.setattr("gdstudio.app.take_screenshot", spy)
    out = tmp_path / "shot.png"
    assert main(["--session", str(path), "--steps", "3", "--screenshot", str(out), "--size", "1024x768"]) == 0
    assert QImage(str(out)).width() == 1024
    document = seen["document"]
    np.testing.assert_array_equal(document.data.x, session.x)
    assert (document.lr, document.start, document.optimizers) == (0.013, (-1.0, 2.0), ("momentum", "gd"))
    assert document.layers.constraint_lines and seen["speed"] == 40.0
    assert seen["path"] == path and "lesson.gdstudio.json" in seen["title"]
