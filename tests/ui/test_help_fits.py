"""The help overlay shows every panel and key at once, even at 1024×768 with big projector text."""

from __future__ import annotations

import pytest

from gdstudio.ui.help_overlay import shortcut_rows
from gdstudio.ui.main_window import MainWindow
from gdstudio.ui.style import Look


@pytest.mark.parametrize("size,scale", [((1024, 768), 1.5), ((1024, 768), 2.0), ((1920, 1080), 1.0)])
def test_every_key_is_inside_the_window(qtbot, controller, size, scale):
    window = MainWindow(controller, Look.of("projector", scale, "en"))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    help_overlay = window.classroom.help
    help_overlay.toggle()
    margins = help_overlay.layout().contentsMargins()
    room = help_overlay.height() - margins.top() - margins.bottom()
    label = help_overlay.label
    assert label.heightForWidth(label.width()) <= room
    assert all(key in label.text() for key, _ in shortcut_rows())
    assert help_overlay.font_size >= 7  # still readable
    window.grid_search.shutdown()
