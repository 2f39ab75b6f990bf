import numpy as np
import pytest

from gdstudio.assets import default_dataset
from gdstudio.engine.controller import Controller
from gdstudio.ui.main_window import MainWindow
from gdstudio.ui.style import configure_pyqtgraph


@pytest.fixture
def controller(qapp):
    c = Controller(default_dataset(), lr=0.02, start=(2.5, 0.3), speed=1000)
    yield c
    c.shutdown()


@pytest.fixture
def window(qtbot, controller):
    configure_pyqtgraph()
    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    controller.shutdown()


def wait_steps(qtbot, controller, count: int, timeout: int = 5000) -> None:
    """Wait (on signals, not sleeps) until the run has taken at least `count` steps."""
    qtbot.waitUntil(lambda: controller.history.steps_taken >= count, timeout=timeout)


def wait_idle(qtbot, controller, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: not controller.busy, timeout=timeout)
    controller.flush_frame()


def assert_follows_update_rule(history, lr: float, first: int, last: int) -> None:
    """w_{k+1} = w_k − η ∇E(w_k) for every k in [first, last)."""
    w, g = history.w, history.grad
    np.testing.assert_allclose(w[first + 1:last + 1], w[first:last] - lr * g[first:last], rtol=1e-12, atol=1e-12)
