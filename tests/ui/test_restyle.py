"""A plot panel restyled in place (set_look) looks exactly like one built in that look: the same pixels.

A look change keeps the plot panels, their items and their data (at 100,000 points, rebuilding them was
most of the change's time); the one risk is a pen, a size or a text that set_look forgets. Each case
builds a panel in one look, restyles it to another, builds a second panel in that other look, and
compares the two pictures pixel for pixel, with data on screen, a run under way and a race.
"""

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from gdstudio import i18n
from gdstudio.ui.panels.loss_panel import LossPanel
from gdstudio.ui.style import Look, configure_pyqtgraph
from tests.ui.conftest import wait_idle

SIZE = (640, 420)
# From the default look to each of these: another theme and size; the projector in Japanese; a HiDPI
# screen's pens.
TARGETS = {
    "dark-150": Look.of("dark", 1.5),
    "projector-200-ja": Look.of("projector", 2.0, "ja"),
    "light-dpr2": replace(Look.of("light", 1.0), pixel_ratio=2.0),
}
PANELS = {"loss": LossPanel}


def _shown(qtbot, panel):
    qtbot.addWidget(panel)
    panel.resize(*SIZE)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _picture(panel) -> np.ndarray:
    QApplication.processEvents()
    image = panel.grab().toImage()
    image = image.convertToFormat(image.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :4 * image.width()].copy()  # (a copy: the image's memory goes with it)


def _assert_same(restyled: np.ndarray, fresh: np.ndarray, what: str) -> None:
    assert restyled.shape == fresh.shape, what
    differ = np.any(restyled.reshape(restyled.shape[0], -1, 4) != fresh.reshape(fresh.shape[0], -1, 4), axis=2)
    if differ.any():
        import os
        if os.environ.get("RESTYLE_DUMP"):
            from PySide6.QtGui import QImage
            for label, arr in (("restyled", restyled), ("fresh", fresh)):
                h, w = arr.shape[0], arr.shape[1] // 4
                data = np.ascontiguousarray(arr).tobytes()
                QImage(data, w, h, 4 * w, QImage.Format.Format_RGB32).save(f"/tmp/{what.replace(' ', '_')}-{label}.png")
        rows, cols = np.nonzero(differ)
        raise AssertionError(f"{what}: {differ.sum()} pixels differ, in x {cols.min()}–{cols.max()}, "
                             f"y {rows.min()}–{rows.max()}")


@pytest.fixture
def language():
    """Install a language for the test; English again afterwards."""
    yield lambda code: i18n.install_language(QApplication.instance(), code)
    i18n.install_language(QApplication.instance(), "en")


def _run_a_little(qtbot, controller) -> None:
    controller.step(25)
    wait_idle(qtbot, controller)


@pytest.mark.parametrize("target", sorted(TARGETS))
@pytest.mark.parametrize("name", sorted(PANELS))
def test_a_restyled_panel_is_drawn_as_a_new_one(qtbot, controller, language, name, target):
    configure_pyqtgraph()
    make = PANELS[name]
    _run_a_little(qtbot, controller)
    restyled = _shown(qtbot, make(controller, Look()))
    _picture(restyled)  # (drawn once in the old look: caches and all)
    look = TARGETS[target]
    language(look.language)
    restyled.set_look(look)
    fresh = _shown(qtbot, make(controller, look))
    _assert_same(_picture(restyled), _picture(fresh), f"{name} restyled to {target}")
    language("en")
    restyled.set_look(Look())  # and back
    again = _shown(qtbot, make(controller, Look()))
    _assert_same(_picture(restyled), _picture(again), f"{name} restyled to {target} and back")


@pytest.mark.parametrize("name", sorted(PANELS))
def test_a_restyled_race_is_drawn_as_a_new_one(qtbot, controller, name):
    configure_pyqtgraph()
    make = PANELS[name]
    controller.set_optimizers(["gd", "momentum", "adam"])
    _run_a_little(qtbot, controller)
    restyled = _shown(qtbot, make(controller, Look()))
    _picture(restyled)
    look = TARGETS["dark-150"]
    restyled.set_look(look)
    fresh = _shown(qtbot, make(controller, look))
    _assert_same(_picture(restyled), _picture(fresh), f"{name} race restyled")
