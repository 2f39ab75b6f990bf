"""WholeRowsScrollArea: the viewport shows whole rows only, and scrolls by rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QApplication, QGridLayout, QLabel, QVBoxLayout, QWidget

from gdstudio.ui.widgets.whole_rows import WholeRowsScrollArea, bands
from tests.ui.room_probe import clipping

HEIGHTS = (30, 50, 24, 70, 41, 33, 60, 28, 45)  # one label a row; beside the 50 one a shorter label
SPACING = 6


def content() -> tuple[QWidget, list[QLabel]]:
    page = QWidget()
    grid = QGridLayout(page)
    grid.setVerticalSpacing(SPACING)
    grid.setContentsMargins(5, 7, 5, 7)
    labels = []
    for row, height in enumerate(HEIGHTS):
        label = QLabel(f"row {row}")
        label.setFixedHeight(height)
        grid.addWidget(label, row, 0)
        labels.append(label)
    beside = QLabel("beside")
    beside.setFixedHeight(20)
    grid.addWidget(beside, 1, 1)
    labels.append(beside)
    return page, labels


@pytest.fixture
def area(qtbot):
    area = WholeRowsScrollArea()
    page, labels = content()
    area.setWidget(page)
    area.labels = labels
    qtbot.addWidget(area)
    area.resize(300, 137)
    area.show()
    qtbot.waitExposed(area)
    settle(area, qtbot)
    return area


def settle(area, qtbot) -> None:
    """Let posted layouts, resizes and the area's own settling (a zero timer) run."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not area._later.isActive(), timeout=2000)
    QApplication.processEvents()


def shown_in_part(area) -> list[str]:
    window = area.window()
    half = []
    for label in area.labels:
        if not label.isVisible():
            continue
        visible, _ = clipping(label, window)
        if not visible.isEmpty() and visible != label.rect():
            half.append(f"{label.text()}: {visible.height()} of {label.height()}")
    return half


def check(area) -> None:
    bar = area.verticalScrollBar()
    assert shown_in_part(area) == []
    assert bar.value() in area.starts()
    rows = area.rows()
    top = bar.value()
    shown = [bottom for start, bottom in rows if start >= top and bottom - top <= area.viewport().height()]
    assert shown, "at least one whole row"
    content = area.widget().height()
    last = top == area.starts()[-1] and content - top <= area.full_height()
    end = content if last else shown[-1]  # (from the last row on, down to the content's end if it fits)
    assert area.viewport().height() == end - top  # the viewport ends at the last whole row
    fits_next = [bottom for start, bottom in rows if bottom > shown[-1]]
    if fits_next:  # and the next row would not have fitted
        assert fits_next[0] - top > area.full_height()


def test_rows_are_the_bands_of_overlapping_widgets(area):
    found = bands(area.widget())
    assert len(found) == len(HEIGHTS)
    assert [bottom - top for top, bottom in found] == list(HEIGHTS)  # (the label beside lies in row 1)


@pytest.mark.parametrize("height", [79, 93, 137, 150, 171, 199, 233])
def test_odd_heights_show_whole_rows(area, qapp, qtbot, height):
    area.resize(300, height)
    settle(area, qtbot)
    check(area)
    for _ in range(len(HEIGHTS)):
        area.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
        qapp.processEvents()
        check(area)
    assert area.labels[len(HEIGHTS) - 1].visibleRegion().boundingRect() == area.labels[len(HEIGHTS) - 1].rect()


def test_steps_move_by_one_row(area, qapp):
    bar = area.verticalScrollBar()
    starts = area.starts()
    assert bar.value() == 0
    bar.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    assert bar.value() == starts[1]
    bar.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    assert bar.value() == starts[2]
    bar.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepSub)
    assert bar.value() == starts[1]
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)
    assert bar.value() == starts[-1]
    check(area)
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)
    assert bar.value() == 0


def test_page_steps_and_keys(area, qtbot, qapp):
    bar = area.verticalScrollBar()
    bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
    check(area)
    first_hidden = [bottom for _, bottom in area.rows() if bottom > area.viewport().height() + area.full_height()]
    assert bar.value() > 0 and first_hidden  # a page on, not past the end
    bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)
    assert bar.value() == 0
    area.setFocus()
    qtbot.keyClick(area, Qt.Key.Key_Down)
    assert bar.value() == area.starts()[1]
    qtbot.keyClick(area, Qt.Key.Key_End)
    check(area)
    qtbot.keyClick(area, Qt.Key.Key_PageUp)
    check(area)


def wheel(area, notches: float) -> None:
    at = QPointF(area.viewport().rect().center())
    event = QWheelEvent(at, QPointF(area.viewport().mapToGlobal(at.toPoint())), QPoint(),
                        QPoint(0, int(-120 * notches)), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(area.viewport(), event)


def test_the_wheel_turns_rows(area, qapp):
    bar = area.verticalScrollBar()
    starts = area.starts()
    wheel(area, 1)
    assert bar.value() == starts[1]
    wheel(area, 0.5)  # half a notch (a touchpad): not yet
    assert bar.value() == starts[1]
    wheel(area, 0.5)
    assert bar.value() == starts[2]
    wheel(area, -2)
    assert bar.value() == 0
    check(area)


def test_a_drag_or_a_program_snaps_to_a_row(area, qapp):
    bar = area.verticalScrollBar()
    starts = area.starts()
    bar.setValue(starts[2] + 3)
    qapp.processEvents()
    assert bar.value() == starts[2]
    check(area)


def test_content_that_grows_or_shrinks(area, qtbot):
    area.resize(300, 151)
    settle(area, qtbot)
    area.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    area.labels[3].setFixedHeight(90)
    settle(area, qtbot)
    check(area)
    for label in area.labels[2:]:
        label.hide()
    settle(area, qtbot)
    assert area.viewport().height() == area.height()  # everything fits: no margin, no scrolling
    assert area.verticalScrollBar().value() == 0
    assert shown_in_part(area) == []


def test_containers_are_looked_into(qtbot, qapp):
    page = QWidget()
    inner = QWidget()
    column = QVBoxLayout(inner)
    for text in ("a", "b", "c"):
        label = QLabel(text)
        label.setFixedHeight(40)
        column.addWidget(label)
    QVBoxLayout(page).addWidget(inner)
    area = WholeRowsScrollArea()
    area.setWidget(page)
    qtbot.addWidget(area)
    area.resize(100, 70)
    area.show()
    settle(area, qtbot)
    assert len(area.rows()) == 3
    assert area.viewport().height() < 70
