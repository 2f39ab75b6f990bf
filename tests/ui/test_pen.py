"""The teacher's pen: strokes drawn with the real mouse path (QTest on the window, so Qt finds the
widget under the mouse), kept as fractions of the covered widget, cleared, undone; with the pen
off, a click goes through the ink to the data panel."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gdstudio.ui import style as S
from gdstudio.ui.widgets.pen import INK_WIDTH, Pen
from tests.ui.test_data_panel import viewport_pos


@pytest.fixture(autouse=True)
def light_look_afterwards(qapp):
    yield
    S.apply_to_application(QApplication.instance(), S.Look())


def window_point(window, widget, pos) -> QPoint:
    """`pos` in `widget` as a point of the window's QWindow (where a real mouse event arrives)."""
    return widget.mapTo(window, QPoint(round(pos.x()), round(pos.y())))


def drag(window, widget, points) -> None:
    """Press at the first point, move through the others, release at the last: through the window,
    as the operating system's events come."""
    handle = window.windowHandle()
    at = [window_point(window, widget, p) for p in points]
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at[0])
    for p in at[1:]:
        QTest.mouseMove(handle, p)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at[-1])


def settled(window):
    """The window after its pending layout (a panel's axes take their final width then)."""
    QApplication.processEvents()
    return window


def click(window, widget, pos) -> None:
    handle = window.windowHandle()
    QTest.mouseMove(handle, window_point(window, widget, pos))
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     window_point(window, widget, pos))


def press_key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, key, modifier)


# ------------------------------------------------------------------ the model
def test_strokes_clear_and_undo_including_a_clear(qapp):
    pen = Pen()
    changes = []
    pen.sig_changed.connect(lambda: changes.append(len(pen.strokes)))
    pen.add_stroke([(0.1, 0.2), (0.3, 0.4)])
    pen.add_stroke([(0.5, 0.5)])
    assert [s.tolist() for s in pen.strokes] == [[[0.1, 0.2], [0.3, 0.4]], [[0.5, 0.5]]]
    pen.undo()
    assert [s.tolist() for s in pen.strokes] == [[[0.1, 0.2], [0.3, 0.4]]]
    pen.add_stroke([(0.9, 0.9), (0.8, 0.7)])
    pen.clear()
    assert pen.strokes == ()
    pen.clear()  # nothing to clear: no change, nothing to undo
    pen.undo()  # takes back the clear
    assert [s.tolist() for s in pen.strokes] == [[[0.1, 0.2], [0.3, 0.4]], [[0.9, 0.9], [0.8, 0.7]]]
    pen.undo()
    pen.undo()
    assert pen.strokes == ()
    pen.undo()  # nothing left to undo
    assert pen.strokes == ()
    assert changes == [1, 2, 1, 2, 0, 2, 1, 0]


def test_points_are_kept_inside_the_widget_and_strokes_are_read_only(qapp):
    pen = Pen()
    pen.add_stroke([(-0.2, 0.5), (1.4, 2.0)])
    assert pen.strokes[0].tolist() == [[0.0, 0.5], [1.0, 1.0]]
    with pytest.raises(ValueError):
        pen.strokes[0][0, 0] = 0.3
    pen.add_stroke([])  # an empty stroke is no stroke
    assert len(pen.strokes) == 1


def test_set_active_and_toggle_say_so_once(qapp):
    pen = Pen()
    seen = []
    pen.sig_active_changed.connect(seen.append)
    pen.toggle()
    pen.set_active(True)
    pen.toggle()
    assert seen == [True, False] and not pen.active


# ------------------------------------------------------------- in the window
def test_the_overlay_covers_the_central_widget_and_follows_it(qtbot, window):
    overlay = window.pen_overlay
    assert overlay.parentWidget() is window.centralWidget()
    assert overlay.geometry() == window.centralWidget().rect()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.centralWidget().width() < 1100)
    assert overlay.geometry() == window.centralWidget().rect()
    assert not overlay.isVisible()  # no ink and the pen off: not there at all
    window.pen.set_active(True)
    assert overlay.isVisible()
    assert overlay.geometry() == window.centralWidget().rect()
    assert window.centralWidget().childAt(overlay.rect().center()) is overlay  # on top of every panel


def test_a_drag_draws_a_stroke_at_the_mouse_positions(qtbot, window):
    window.pen.set_active(True)
    overlay = window.pen_overlay
    w, h = overlay.width(), overlay.height()
    path = [QPointF(0.2 * w, 0.3 * h), QPointF(0.25 * w, 0.35 * h), QPointF(0.4 * w, 0.5 * h),
            QPointF(0.6 * w, 0.45 * h)]
    drag(window, overlay, path)
    assert len(window.pen.strokes) == 1
    expected = [(round(p.x()) / w, round(p.y()) / h) for p in path]
    np.testing.assert_allclose(window.pen.strokes[0], expected, atol=1e-9)
    np.testing.assert_allclose(overlay.to_pixels(window.pen.strokes[0]),
                               [(round(p.x()), round(p.y())) for p in path], atol=1e-9)


def test_the_pen_draws_over_the_data_panel_instead_of_adding_a_point(qtbot, window, controller):
    settled(window)
    panel = window.data_panel
    n = len(controller.data)
    window.pen.set_active(True)
    click(window, panel.viewport(), viewport_pos(panel, 1.5, 0.5))
    assert len(controller.data) == n  # the click was ink
    assert len(window.pen.strokes) == 1 and len(window.pen.strokes[0]) == 1  # a dot


def test_with_the_pen_off_a_click_through_the_ink_adds_a_point(qtbot, window, controller):
    panel = settled(window).data_panel
    target = viewport_pos(panel, 1.5, 0.5)
    overlay = window.pen_overlay
    window.pen.set_active(True)
    at = overlay.mapFrom(window, window_point(window, panel.viewport(), target))
    drag(window, overlay, [QPointF(at) - QPointF(40, 0), QPointF(at), QPointF(at) + QPointF(40, 5)])  # ink over it
    window.pen.set_active(False)
    assert overlay.isVisible()  # the ink stays on screen, over the spot about to be clicked
    n = len(controller.data)
    click(window, panel.viewport(), target)
    assert len(controller.data) == n + 1
    sx, sy = panel.view_box.pixel_scale()
    assert abs(controller.data.x[-1] - 1.5) * sx <= 1.5 and abs(controller.data.y[-1] - 0.5) * sy <= 1.5
    assert len(window.pen.strokes) == 1  # and drew nothing


def test_keys_toggle_clear_and_undo_and_escape_turns_the_pen_off_first(qtbot, window):
    press_key(qtbot, window, Qt.Key.Key_P)
    assert window.pen.active
    for y in (0.3, 0.6):
        w, h = window.pen_overlay.width(), window.pen_overlay.height()
        drag(window, window.pen_overlay, [QPointF(0.2 * w, y * h), QPointF(0.5 * w, y * h)])
    assert len(window.pen.strokes) == 2
    press_key(qtbot, window, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert len(window.pen.strokes) == 1
    press_key(qtbot, window, Qt.Key.Key_C)
    assert window.pen.strokes == ()
    press_key(qtbot, window, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert len(window.pen.strokes) == 1  # the clear is taken back
    window.classroom.toggle_presentation()
    press_key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.pen.active and window.classroom.presenting  # the pen went first
    press_key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.classroom.presenting
    press_key(qtbot, window, Qt.Key.Key_P)
    press_key(qtbot, window, Qt.Key.Key_P)
    assert not window.pen.active


def test_the_menu_entry_follows_the_pen(window):
    action = next(a for a in window.findChildren(type(window.play_action)) if "P" in
                  [k.toString() for k in a.shortcuts()])
    assert action.isCheckable() and not action.isChecked()
    window.pen.set_active(True)
    assert action.isChecked()
    action.trigger()
    assert not window.pen.active


def test_ink_survives_a_rebuild_and_a_resize_in_the_same_place(qtbot, window):
    window.pen.add_stroke([(0.1, 0.2), (0.5, 0.6)])
    strokes = window.pen.strokes
    old_overlay = window.pen_overlay
    window.classroom.set_theme("projector")  # rebuilds every panel
    assert window.pen_overlay is not old_overlay
    assert window.pen.strokes is strokes
    qtbot.waitUntil(window.pen_overlay.isVisible)  # (the new central widget is shown by a posted event)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.centralWidget().width() < 1100)
    overlay = window.pen_overlay
    central = window.centralWidget().rect()
    assert overlay.geometry() == central
    np.testing.assert_allclose(overlay.to_pixels(window.pen.strokes[0]),
                               [(0.1 * central.width(), 0.2 * central.height()),
                                (0.5 * central.width(), 0.6 * central.height())])


def test_the_ink_is_painted_where_its_points_are_after_a_resize(qtbot, window):
    window.pen.add_stroke([(0.2, 0.5), (0.8, 0.5)])
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: window.pen_overlay.width() < 1200)
    overlay = window.pen_overlay
    image = overlay.grab().toImage()
    middle = overlay.to_pixels(np.array([0.5, 0.5]))
    assert image.pixelColor(round(middle[0]), round(middle[1])).name() == window.look.pen_colour.lower()
    assert image.pixelColor(round(middle[0]), round(middle[1] + 0.2 * overlay.height())).alpha() == 0  # none elsewhere


def test_the_pen_stays_on_through_a_rebuild(qtbot, window):
    window.pen.set_active(True)
    window.rebuild()
    qtbot.waitUntil(window.pen_overlay.isVisible)
    assert not window.pen_overlay.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    w, h = window.pen_overlay.width(), window.pen_overlay.height()
    drag(window, window.pen_overlay, [QPointF(0.3 * w, 0.3 * h), QPointF(0.4 * w, 0.3 * h)])
    assert len(window.pen.strokes) == 1


def test_the_ink_is_thick_and_scales_with_the_look(qtbot, window):
    base = window.pen_overlay.ink_pen().widthF()
    assert base == pytest.approx(window.look.px(INK_WIDTH)) and base >= 5
    window.classroom.set_scale(2.0)
    assert window.pen_overlay.ink_pen().widthF() == pytest.approx(2 * base)
    window.classroom.set_theme("projector")  # thicker still on a projector
    assert window.pen_overlay.ink_pen().widthF() > 2 * base
    assert window.pen_overlay.ink_pen().color().name() == S.THEMES["projector"].pen_colour.lower()
    assert window.pen_overlay.ink_pen().capStyle() == Qt.PenCapStyle.RoundCap


@pytest.mark.parametrize("name", list(S.THEMES))
def test_the_ink_is_legible_in_every_theme(name):
    theme = S.THEMES[name]
    assert S.contrast_ratio(theme.pen_colour, theme.background) >= (7.0 if name == "projector" else 4.5)
    assert theme.pen_colour not in theme.series  # no panel draws in the teacher's colour


def test_the_cursor_says_when_the_pen_is_on(window):
    window.pen.set_active(True)
    assert window.pen_overlay.cursor().shape() == Qt.CursorShape.CrossCursor
    window.pen.set_active(False)
    assert window.pen_overlay.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
