"""The Values tab reflows to its width (issue #13): the side rows (‖∇E‖, |w − w*|, η now, κ, …) beside
the big ones where both column pairs fit, below them where they do not, and no text is ever cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from gdstudio.ui import style as S
from gdstudio.ui.panels.readout import Readout, breakable, rows, side_rows
from gdstudio.ui.widgets.whole_rows import WholeRowsScrollArea
from tests.ui.room_probe import clipping


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def area(request, qtbot, controller):
    look = S.Look.of("projector", request.param, "en")
    readout = Readout(controller, look)
    area = WholeRowsScrollArea()
    area.setWidget(readout)
    qtbot.addWidget(area)
    area.resize(1400, 300)
    area.show()
    qtbot.waitExposed(area)
    return area


def settle(area, qtbot) -> None:
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not area._later.isActive(), timeout=2000)
    QApplication.processEvents()


def side_is_beside(readout: Readout) -> bool:
    big, side = readout.values["step"], readout.names["gnorm"]
    return side.x() > big.geometry().right() and abs(side.geometry().center().y() - big.geometry().center().y()) <= 2


def side_is_below(readout: Readout) -> bool:
    last_big = max(readout.values[key].geometry().bottom() for key, _, _ in rows())
    return all(readout.names[key].y() > last_big for key, _, _ in side_rows())


def too_small(readout: Readout) -> list[str]:
    small = []
    for label in [*readout.names.values(), *readout.values.values()]:
        hint = label.sizeHint()
        if label.width() < hint.width() or label.height() < hint.height():
            small.append(f"{label.text()}: {label.width()}×{label.height()} < {hint.width()}×{hint.height()}")
    for label in (readout.gradient, readout.formula, readout.stability, readout.mapping, readout.race):
        if label.isVisible() and label.height() < label.heightForWidth(label.width()):
            small.append(f"{label.text()[:20]}: {label.height()} high, needs {label.heightForWidth(label.width())}")
    return small


def outside(readout: Readout) -> list[str]:
    """Labels beyond the readout's right edge (what a horizontal scroll bar would have to show)."""
    return [f"{label.text()[:20]}: right edge {label.geometry().right()} of {readout.width()}"
            for label in readout.findChildren(S.QLabel)
            if label.isVisible() and label.geometry().right() >= readout.width()]


def test_side_rows_beside_when_wide_and_below_when_narrow(area, qtbot):
    readout = area.widget()
    settle(area, qtbot)
    assert readout.pairs.is_beside() and side_is_beside(readout)
    assert too_small(readout) == [] and outside(readout) == []
    area.resize(readout.pairs.beside_width() // 2 + 60, 300)  # (about the width of one column pair)
    settle(area, qtbot)
    assert not readout.pairs.is_beside() and side_is_below(readout)
    assert too_small(readout) == [] and outside(readout) == []
    assert area.horizontalScrollBar().maximum() == 0
    area.resize(1400, 300)
    settle(area, qtbot)
    assert readout.pairs.is_beside() and side_is_beside(readout)


def test_at_its_narrowest_nothing_is_cut_and_nothing_scrolls_sideways(area, qtbot):
    readout = area.widget()
    narrowest = readout.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()
    assert narrowest < readout.pairs.beside_width() // 2  # (narrower than one column pair: values under names)
    area.resize(narrowest, 300)
    settle(area, qtbot)
    assert area.horizontalScrollBar().maximum() == 0
    assert too_small(readout) == [] and outside(readout) == []
    # Every row whole or scrolled away, all the way down.
    bar = area.verticalScrollBar()
    while True:
        for label in readout.findChildren(S.QLabel):
            if label.isVisible():
                visible, _ = clipping(label, area)
                assert visible.isEmpty() or visible == label.rect(), label.text()[:20]
        if bar.value() == area.starts()[-1]:
            break
        before = bar.value()
        bar.triggerAction(bar.SliderAction.SliderSingleStepAdd)
        settle(area, qtbot)
        assert bar.value() > before and bar.value() in area.starts()


def test_formulas_break_only_after_an_equals_sign_an_arrow_or_a_semicolon():
    assert breakable("E(w) = ½ Σᵢ (yᵢ − f(xᵢ))²") == "E(w)&nbsp;= ½&nbsp;Σᵢ&nbsp;(yᵢ&nbsp;−&nbsp;f(xᵢ))²"
    assert breakable("s ← s + g²;  w ← w") == "s&nbsp;← s&nbsp;+&nbsp;g²;&nbsp; w&nbsp;← w"


def test_pairs_layout_sizes_follow_a_longer_text(qtbot):
    """PairsLayout keeps its sizes between relayouts; a text that grows must still get its room (and push
    its pair's column), and a shorter one give it back."""
    from PySide6.QtWidgets import QLabel, QWidget

    from gdstudio.ui.widgets.pairs_layout import PairsLayout

    host = QWidget()
    layout = PairsLayout(host)
    name, value = QLabel("a"), QLabel("1")
    layout.add_pair(name, value)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    narrow = layout.sizeHint().width()
    name.setText("a much longer name than before")
    QApplication.processEvents()
    assert layout.sizeHint().width() > narrow
    assert name.width() >= name.sizeHint().width()
    assert layout.heightForWidth(narrow) > layout.heightForWidth(layout.sizeHint().width())  # (value below)
    name.setText("a")
    QApplication.processEvents()
    assert layout.sizeHint().width() == narrow
