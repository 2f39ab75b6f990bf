"""Made for the classroom: themes, size, full screen, presentation layout, clicker keys, help."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from gdstudio.engine.controller import RunState
from gdstudio.ui import style as S
from gdstudio.ui.classroom import parse_splitter_sizes, saved_look
from tests.ui.conftest import wait_idle


@pytest.fixture(autouse=True)
def light_look_afterwards(qapp):
    yield
    S.apply_to_application(QApplication.instance(), S.Look())


@pytest.mark.parametrize("name", list(S.THEMES))
def test_theme_colours_have_enough_contrast(name):
    theme = S.THEMES[name]
    assert S.contrast_ratio(theme.ink, theme.background) >= 7.0  # text: WCAG AAA in every theme
    if name != "light":  # projector (as the issue asks) and dark: every line colour too
        for colour in theme.series:
            assert S.contrast_ratio(colour, theme.background) >= 7.0, colour


def test_switching_theme_rebuilds_every_panel_in_the_new_colours(qtbot, window, controller):
    controller.step(5)
    wait_idle(qtbot, controller)
    old_panel = window.data_panel
    window.classroom.set_theme("projector")
    assert window.data_panel is not old_panel
    assert window.data_panel.line.opts["pen"].color().name() == S.THEMES["projector"].blue.lower()
    assert window.data_panel.line.opts["pen"].widthF() == pytest.approx(3 * 1.7)
    assert window.data_panel.backgroundBrush().color().name() == "#ffffff"
    assert len(window.surface_panel.path.getData()[0]) == 6  # the run is still there, drawn again
    window.classroom.set_theme("dark")
    assert window.data_panel.backgroundBrush().color().name() == S.THEMES["dark"].background
    controller.step()
    wait_idle(qtbot, controller)
    assert window.readout.values["step"].text() == "6"  # the rebuilt panels follow the controller


def test_size_shortcuts_scale_fonts_and_lines(qtbot, window, controller):
    base = window.data_panel.line.opts["pen"].widthF()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.classroom.scale == pytest.approx(1.1)
    window.classroom.set_scale(2.0)
    assert window.data_panel.line.opts["pen"].widthF() == pytest.approx(2 * base)
    assert window.look.pt(10) == pytest.approx(20)
    assert window.font().pointSizeF() == pytest.approx(20)  # the window's own font follows its look
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.classroom.scale == 1.0
    window.classroom.set_scale(9)
    assert window.classroom.scale == 3.0


def test_clicker_keys(qtbot, window, controller):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    wait_idle(qtbot, controller)
    assert controller.history.steps_taken == 1
    controller.set_speed(5)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert controller.run_state is RunState.PLAYING
    qtbot.keyClick(window, Qt.Key.Key_B)  # the clicker's "blank screen" key pauses
    assert controller.run_state is RunState.IDLE
    controller.play()
    qtbot.keyClick(window, Qt.Key.Key_Period)
    assert controller.run_state is RunState.IDLE


def test_presentation_layout_hides_all_but_the_panels_and_keys_still_work(qtbot, window, controller):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.classroom.presenting
    assert not window.menuBar().isVisible() and not window.settings_bar.isVisible()
    assert window.controls.isVisible() and window.data_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_S)  # a menu's shortcut, with the menu bar hidden
    wait_idle(qtbot, controller)
    assert controller.history.steps_taken == 1
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.classroom.presenting and window.menuBar().isVisible()


def test_full_screen_and_escape(qtbot, window):
    window.classroom.toggle_fullscreen()
    qtbot.waitUntil(window.isFullScreen)
    window.classroom.leave_fullscreen()
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_help_overlay_lists_the_keys(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.classroom.help.isVisible()
    assert "PageDown" in window.classroom.help.label.text() and "F11" in window.classroom.help.label.text()
    qtbot.keyClick(window.classroom.help, Qt.Key.Key_Escape)
    assert not window.classroom.help.isVisible()


def test_a_panel_can_be_maximised_and_restored(window):
    window.toggle_maximised(window.surface_frame)
    assert window.surface_frame.isVisible()
    assert not window.data_frame.isVisible() and not window.bottom_splitter.isVisible()
    window.toggle_maximised(window.surface_frame)
    assert window.data_frame.isVisible() and window.bottom_splitter.isVisible()


def test_look_is_remembered(qtbot, window, tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    window.classroom.remember = True
    window.classroom.set_theme("projector")
    window.classroom.set_scale(1.5)
    assert saved_look("en") == ("projector", 1.5, "en")


def visible_controls(window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit

    for kind in (QAbstractButton, QComboBox, QLineEdit, QLabel):
        for widget in window.findChildren(kind):
            if widget.isVisible() and widget.window() is window and widget.width() > 0:
                yield widget


def test_nothing_is_clipped_at_1024x768_and_200_percent(qtbot, window, controller):
    from PySide6.QtWidgets import QLabel, QScrollArea

    window.classroom.set_scale(2.0)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() <= 1024)
    QApplication.processEvents()
    assert window.width() <= 1024  # the control rows wrap instead of widening the window
    clipped = []
    for widget in visible_controls(window):
        in_scroll_area = any(isinstance(p, QScrollArea) for p in _ancestors(widget))
        if isinstance(widget, QLabel) and (widget.wordWrap() or in_scroll_area):
            continue  # wrapping labels and scrolling tabs cannot clip
        if hasattr(widget, "text") and not widget.text():
            continue  # no text to clip (e.g. the tab bar's scroll arrows)
        if widget.width() < widget.minimumSizeHint().width():
            clipped.append(f"{type(widget).__name__} '{getattr(widget, 'text', lambda: '')()}' "
                           f"{widget.width()} < {widget.minimumSizeHint().width()}")
    assert not clipped, clipped


def _ancestors(widget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def test_switching_language_relabels_every_widget(qtbot, window, controller):
    from gdstudio import i18n

    try:
        window.classroom.set_language("ja")
        assert window.controls.play_button.text() != "Play"
        assert "再生" in window.controls.play_button.text()
        assert window.menuBar().actions()[0].text().startswith("ファイル")
        assert window.tabs.tabText(0) != "Values"
        window.classroom.set_language("en")
        assert window.controls.play_button.text() == "Play"
        assert window.tabs.tabText(0) == "Values"
    finally:
        i18n.install_language(QApplication.instance(), "en")


def test_panel_sizes_are_remembered(qtbot, window, tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    window.classroom.remember = True
    window.top_splitter.setSizes([300, 900])
    wanted = window.top_splitter.sizes()
    window.classroom.save()
    window.top_splitter.setSizes([600, 600])
    window.classroom.restore_splitters()
    assert window.top_splitter.sizes() == wanted

    window.toggle_maximised(window.surface_frame)  # a layout with hidden panels is not remembered
    assert window.splitter_sizes() is None
    window.toggle_maximised(window.surface_frame)
    assert window.splitter_sizes() is not None


@pytest.mark.parametrize("text", [None, "", "nonsense", "[[1, 2]]", "[[1, 2], [3, 4], [5, -6]]",
                                  "[[1, 2], [3, 4], [5, 6.5]]", '[[1, 2], [3, 4], [5, "6"]]', "[[1, 2], [3, 4], [5]]"])
def test_bad_remembered_sizes_are_ignored(text):
    assert parse_splitter_sizes(text) is None


def test_good_remembered_sizes_are_read():
    assert parse_splitter_sizes("[[300, 900], [560, 440], [480, 320]]") == [[300, 900], [560, 440], [480, 320]]


def test_two_windows_with_two_looks_live_in_one_process(qtbot, controller):
    """The laptop in light 100 %, the projector in projector 150 %: each window draws with its own look."""
    from gdstudio.ui.main_window import MainWindow

    laptop, projector = S.Look.of("light", 1.0), S.Look.of("projector", 1.5, "en")
    windows = [MainWindow(controller, look) for look in (laptop, projector)]
    for w in windows:
        qtbot.addWidget(w)
        w.resize(1024, 700)
        w.show()
    first, second = windows
    assert first.data_panel.line.opts["pen"].color().name() == S.THEMES["light"].blue.lower()
    assert second.data_panel.line.opts["pen"].color().name() == S.THEMES["projector"].blue.lower()
    assert second.data_panel.line.opts["pen"].widthF() == pytest.approx(1.5 * first.data_panel.line.opts["pen"].widthF()
                                                                          * S.THEMES["projector"].line_scale)
    assert first.font().pointSizeF() == pytest.approx(laptop.pt(S.UI_POINT_SIZE))
    assert second.font().pointSizeF() == pytest.approx(projector.pt(S.UI_POINT_SIZE))
    second.classroom.sets_application_look = False
    second.classroom.set_theme("dark")  # one window's change leaves the other as it was
    assert first.data_panel.line.opts["pen"].color().name() == S.THEMES["light"].blue.lower()
    assert second.data_panel.backgroundBrush().color().name() == S.THEMES["dark"].background
    assert first.data_panel.backgroundBrush().color().name() == "#ffffff"
    for w in windows:
        w.grid_search.shutdown()
        w.grid_sweep.clear()


def test_the_view_menu_switches_the_language(qtbot, window):
    """Once, the language menu was never built: a running app could not switch language."""
    from gdstudio import i18n

    view = next(a.menu() for a in window.menuBar().actions() if a.menu() is not None and a.text() == "&View")
    languages = next(a.menu() for a in view.actions() if a.menu() is not None and a.text() == "&Language")
    try:
        next(a for a in languages.actions() if a.text() == "日本語").trigger()
        assert window.classroom.language == "ja" and i18n.current_language() == "ja"
        assert window.menuBar().actions()[0].text() != "&File"  # the rebuilt menus speak Japanese
        languages = next(a.menu() for top in window.menuBar().actions() if top.menu() is not None
                         for a in top.menu().actions() if a.menu() is not None and "English" in
                         [b.text() for b in a.menu().actions()])
        next(a for a in languages.actions() if a.text() == "English").trigger()
        assert window.classroom.language == "en" and window.menuBar().actions()[0].text() == "&File"
    finally:
        i18n.install_language(QApplication.instance(), "en")


def test_no_key_is_bound_twice_in_the_window(window):
    """Once, F11 did nothing: the full-screen action had it twice (StandardKey.FullScreen is F11 here)."""
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen, f"{text}: {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()
    assert "F11" in seen and "F5" in seen and "Esc" in seen


def test_f11_and_escape_are_real_key_presses(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.classroom.presenting and not window.menuBar().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.classroom.presenting


def test_the_window_is_kept_on_its_screen(qtbot, window):
    """A fresh configuration opened the window larger than a 1280×800 screen (the timeline off screen);
    a remembered place may be on a projector that has gone."""
    free = window.screen().availableGeometry()
    window.resize(free.width() + 600, free.height() + 400)
    window.move(free.right() + 500, free.bottom() + 300)
    window.classroom.fit_to_screen()
    frame = window.frameGeometry()
    assert free.contains(frame.topLeft())
    assert window.width() <= max(free.width(), window.minimumSizeHint().width())
    assert window.height() <= max(free.height(), window.minimumSizeHint().height())
    if window.minimumSizeHint().width() <= free.width() and window.minimumSizeHint().height() <= free.height():
        assert free.contains(frame)
