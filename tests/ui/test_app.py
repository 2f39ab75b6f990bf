"""The real entry point, headless: the --screenshot path builds the window, steps, renders."""

import numpy as np
from PySide6.QtGui import QImage

from gdstudio.app import main
from gdstudio.core.dataset import DataSet
from gdstudio.core.model import ErrorSurface
from gdstudio.engine.controller import Controller
from gdstudio.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


def test_screenshot_runs_steps_and_writes_png(qapp, tmp_path):
    out = tmp_path / "shot.png"
    assert main(["--steps", "25", "--screenshot", str(out), "--size", "1024x768"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)


def test_screenshot_with_bad_data_file_exits_2(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\n3,banana\n")
    assert main(["--data", str(bad), "--screenshot", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "banana" in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_open_data_rejects_bad_file_and_keeps_data(qtbot, window, controller, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    before = controller.data
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01binary")
    assert not window.open_data(bad)
    assert controller.data is before
    assert "not a text file" in shown[0]
    good = tmp_path / "good.csv"
    good.write_text("hours,score\n1,2\n2,4\n3,7\n")
    assert window.open_data(good)
    np.testing.assert_array_equal(controller.data.x, [1, 2, 3])
    assert window.data_panel.getPlotItem().getAxis("bottom").labelText == "hours"


def make_window(qtbot, data: DataSet, **kwargs) -> tuple[Controller, MainWindow]:
    controller = Controller(data, **kwargs)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    return controller, window


def all_shown_values_finite(window, controller) -> bool:
    controller.flush_frame()
    texts = [label.text().lower() for label in window.readout.values.values()]
    img = window.surface_panel.image.image
    return all("nan" not in t and "inf" not in t for t in texts) and (img is None or np.isfinite(img).all())


def test_edge_cases_never_crash(qtbot, qapp):
    cases = {
        "empty": DataSet(),
        "one point": DataSet([1.0], [2.0]),
        "same x": DataSet([2.0, 2.0, 2.0], [1.0, 3.0, 2.0]),
        "huge": DataSet([1e6, 2e6, 3e6], [5e6, 7e6, 9.5e6]),
        "tiny": DataSet([1e-7, 2e-7, 3e-7], [1e-7, 3e-7, 2e-7]),
    }
    for name, data in cases.items():
        lr = 0.5 * ErrorSurface.from_data(data.x, data.y).max_stable_lr() if len(data) else 0.01
        controller, window = make_window(qtbot, data, lr=lr, speed=float("inf"))
        try:
            controller.step(20)
            wait_idle(qtbot, controller)
            assert all_shown_values_finite(window, controller), name
            assert np.isfinite(controller.history.w).all(), name
            if len(data):
                assert controller.history.steps_taken == 20, name
        finally:
            controller.shutdown()


def test_a_thousand_clicks(qtbot, window, controller):
    rng = np.random.default_rng(1)
    for x, y in rng.uniform(0, 3, (1000, 2)):
        controller.add_point(x, y)
    assert len(controller.data) == 1012
    controller.flush_frame()
    assert len(window.data_panel.points.data) == 1012
    assert np.isfinite(window.surface_panel.image.image).all()
