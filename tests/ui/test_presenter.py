"""The presenter view: the projector window on the projector screen, the teacher's window with the dock on
the laptop's, screens plugged in and out mid-lecture, one screen, the thumbnail's pace, and shutdown.

Two screens are the offscreen platform's own (tests/ui/offscreen_screens.py changes them while the test
runs, as plugging a projector in does); the real app on a configfile with two screens is in
test_the_app_opens_the_presenter_view_on_two_configured_screens."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from gdstudio.ui import style as S
from gdstudio.ui.presenter.clock import ElapsedClock, elapsed_text
from gdstudio.ui.presenter.screens import laptop_screen, projector_scale, projector_screen
from gdstudio.ui.presenter.thumbnail import MIN_INTERVAL_S, ProjectorThumbnail
from tests.ui.offscreen_screens import LAPTOP, PROJECTOR, available

ROOT = Path(__file__).resolve().parents[2]


class FakeScreen:
    def __init__(self, name, width, height):
        self.name, self._geometry = name, QRect(0, 0, width, height)

    def geometry(self):
        return self._geometry

    def __repr__(self):
        return self.name


# ------------------------------------------------------------------------------------------ the rules
def test_the_projector_is_never_the_primary_screen_and_the_largest_of_the_others():
    laptop, small, big, same = FakeScreen("laptop", 2560, 1600), FakeScreen("small", 1024, 768), \
        FakeScreen("big", 1920, 1080), FakeScreen("same", 1920, 1080)
    assert projector_screen([laptop, small], laptop) is small  # even though the laptop's is larger
    assert projector_screen([small, laptop], laptop) is small
    assert projector_screen([laptop, small, big], laptop) is big
    assert projector_screen([laptop, big, same], laptop) is big  # a tie: the first listed
    assert projector_screen([small, big], big) is small
    assert projector_screen([laptop], laptop) is None
    assert projector_screen([], None) is None
    assert projector_screen([laptop, big], None) is big  # no primary known: the first is the laptop's
    assert projector_screen([laptop, big], FakeScreen("gone", 800, 600)) is big


def test_the_teachers_screen_is_the_primary_unless_swapped_onto_the_projector():
    laptop, projector = FakeScreen("laptop", 1440, 900), FakeScreen("projector", 1024, 768)
    assert laptop_screen([laptop, projector], laptop, projector) is laptop
    assert laptop_screen([laptop, projector], projector, projector) is laptop
    assert laptop_screen([laptop], laptop, None) is laptop


@pytest.mark.parametrize(("height", "scale"), [(600, 1.0), (768, 1.0), (900, 1.1), (1080, 1.25), (1200, 1.5),
                                               (1440, 1.75), (2160, 2.5)])
def test_the_projector_window_is_sized_for_its_screen(height, scale):
    assert projector_scale(height) == scale


def test_the_elapsed_time_reads_as_a_lecture_clock(qapp):
    assert [elapsed_text(s) for s in (0, 59.9, 61, 3599, 3600, 3725)] == ["0:00", "0:59", "1:01", "59:59",
                                                                          "1:00:00", "1:02:05"]
    now = [100.0]
    clock = ElapsedClock(clock=lambda: now[0])
    ticks = []
    clock.sig_tick.connect(ticks.append)
    clock.start()
    now[0] += 65
    assert clock.text() == "1:05" and clock.running
    clock.reset()
    assert clock.text() == "0:00" and ticks[-1] == "0:00"
    clock.stop()
    assert not clock.running


def test_the_thumbnail_is_grabbed_at_most_twice_a_second_in_the_sources_shape(qtbot):
    now = [10.0]
    source = QWidget()
    qtbot.addWidget(source)
    source.resize(1024, 768)
    source.show()
    host = QWidget()
    qtbot.addWidget(host)
    thumbnail = ProjectorThumbnail(host, clock=lambda: now[0])
    thumbnail.resize(300, 225)
    host.show()
    qtbot.waitExposed(host)
    thumbnail.set_source(source)
    assert thumbnail.grabs == 1 and thumbnail.polling
    for _ in range(20):  # the timer, a show event, anyone: no faster than MIN_INTERVAL_S
        thumbnail.refresh()
        now[0] += MIN_INTERVAL_S / 20 * 0.99
    assert thumbnail.grabs == 1
    now[0] += MIN_INTERVAL_S
    assert thumbnail.refresh() and thumbnail.grabs == 2
    pixmap = thumbnail.pixmap()
    assert pixmap.width() / pixmap.height() == pytest.approx(1024 / 768, abs=0.02)
    host.hide()  # not seen: not grabbed, and the timer stops
    now[0] += 10
    assert not thumbnail.refresh() and not thumbnail.polling and thumbnail.grabs == 2
    thumbnail.stop()
    host.show()
    assert not thumbnail.polling


# ------------------------------------------------------------------------------------ two screens
@pytest.fixture
def screens(qapp):
    """The laptop's screen (the platform's first, renamed nothing: it stays the primary) and a projector."""
    changer = available()
    if changer is None:
        pytest.skip("the offscreen platform's screens can be changed at run time only on Linux")
    before = changer.current()
    laptop = {**LAPTOP, "name": before[0]["name"]}
    changer.plugged = [laptop, PROJECTOR]
    changer.unplugged = [laptop]
    changer.configure(changer.plugged)
    yield changer
    changer.configure(before)


def screen_named(name):
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def on_screen(widget, name):
    return screen_named(name).geometry().contains(widget.frameGeometry())


@pytest.fixture
def presenter(screens, window, qtbot):
    window.presenter.start()
    projector = window.presenter.projector_window
    qtbot.waitUntil(lambda: projector.isFullScreen() and projector.geometry() == PROJECTOR_GEOMETRY)
    yield window.presenter
    window.presenter.stop()


PROJECTOR_GEOMETRY = QRect(PROJECTOR["x"], PROJECTOR["y"], PROJECTOR["width"], PROJECTOR["height"])


def test_the_projector_window_fills_the_projector_and_the_teachers_stays_on_the_laptop(presenter, window, qtbot):
    projector = presenter.projector_window
    assert projector.screen().name() == "projector" and projector.geometry() == PROJECTOR_GEOMETRY
    assert on_screen(window, QGuiApplication.primaryScreen().name()) and not window.isFullScreen()
    assert presenter.dock.isVisible() and presenter.dock.isAncestorOf(presenter.dock.thumbnail)
    # Only the panels: no menu bar, control bar, settings row or header toggles.
    assert projector.data_panel.isVisible() and projector.surface_panel.isVisible() and projector.tabs.isVisible()
    assert not projector.menuBar().isVisible() and not projector.controls.isVisible()
    assert not projector.settings_bar.isVisible()
    header = projector.data_frame.layout().itemAt(0).layout()
    assert not any(header.itemAt(i).widget().isVisible() for i in range(header.count()) if header.itemAt(i).widget())
    # The teacher's window keeps everything.
    assert window.menuBar().isVisible() and window.controls.isVisible() and window.settings_bar.isVisible()
    # Its own look: the projector theme, sized for 768 lines, the teacher's language; the app's look untouched.
    assert projector.look == S.Look.of("projector", 1.0, window.look.language)
    assert not projector.classroom.sets_application_look and window.look.theme.name == "light"


def test_both_windows_show_the_same_document(presenter, window, controller, qtbot):
    projector = presenter.projector_window
    controller.add_point(7.25, 3.5)
    controller.flush_frame()
    x, y = projector.data_panel.points.getData()
    assert (7.25, 3.5) in zip(x.tolist(), y.tolist())
    np.testing.assert_array_equal(x, window.data_panel.points.getData()[0])
    controller.step(3)
    qtbot.waitUntil(lambda: not controller.busy)
    controller.flush_frame()
    assert len(projector.surface_panel.path.getData()[0]) == 4
    window.tabs.setCurrentIndex(1)  # the teacher's tab (keys 1–4) and loss scale (L) are the projector's too
    window.loss_panel.log_scale.setChecked(not window.loss_panel.log_scale.isChecked())
    assert projector.tabs.currentIndex() == 1
    assert projector.loss_panel.log_scale.isChecked() == window.loss_panel.log_scale.isChecked()
    window.surface_panel.getViewBox().setRange(xRange=(0.5, 1.5), yRange=(1.0, 2.0), padding=0)  # a zoom
    np.testing.assert_allclose(projector.surface_panel.getViewBox().viewRange(), [[0.5, 1.5], [1.0, 2.0]])


def test_the_projector_shows_the_lectures_caption_and_takes_the_clickers_keys(presenter, window, qtbot):
    projector = presenter.projector_window
    assert projector.lecture is window.lecture and not projector.caption.isVisible()
    window.lecture_actions.start(2)
    assert projector.caption.isVisible() and projector.caption.caption.text() == window.caption.caption.text() != ""
    done = window.lecture.done
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)  # the clicker's "next", with the projector window in front
    assert window.lecture.done == done + 1 and projector.caption.line.text() == window.caption.line.text()
    window.lecture.stop()
    qtbot.waitUntil(lambda: not window.controller.busy)


def test_swapping_puts_each_window_on_the_other_screen(presenter, window, qtbot):
    laptop = QGuiApplication.primaryScreen()
    presenter.swap()
    projector = presenter.projector_window
    qtbot.waitUntil(lambda: projector.geometry() == laptop.geometry() and projector.isFullScreen())
    assert projector.screen() is laptop and on_screen(window, "projector")
    presenter.swap()
    qtbot.waitUntil(lambda: projector.geometry() == PROJECTOR_GEOMETRY)
    assert on_screen(window, laptop.name())


def test_unplugging_the_projector_loses_nothing_and_plugging_it_in_again_reopens_it(presenter, window, controller,
                                                                                      screens, qtbot):
    controller.add_point(6.0, 2.0)
    controller.step(2)
    qtbot.waitUntil(lambda: not controller.busy)
    document, steps = controller.document, controller.history.steps_taken
    presenter.projector_window.classroom.set_scale(1.5)  # the teacher made the projector's text bigger
    told = []
    presenter.sig_projector_window_changed.connect(told.append)
    screens.configure(screens.unplugged)
    assert told == [None]
    assert presenter.running and presenter.projector_window is None and presenter.single_screen
    qtbot.waitUntil(window.isFullScreen)
    assert window.classroom.presenting and not presenter.dock.isVisible()
    assert "one screen" in window.message.text()
    assert controller.document is document and controller.history.steps_taken == steps
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if getattr(w, "projection", False))

    screens.configure(screens.plugged)
    projector = presenter.projector_window
    assert projector is not None and not presenter.single_screen and told == [None, projector]
    qtbot.waitUntil(lambda: projector.geometry() == PROJECTOR_GEOMETRY and not window.isFullScreen())
    assert not window.classroom.presenting and presenter.dock.isVisible()
    assert projector.look.scale == 1.5  # as the teacher left it
    assert "one screen" not in window.message.text()
    x, _ = projector.data_panel.points.getData()
    assert 6.0 in x.tolist() and len(projector.surface_panel.path.getData()[0]) == steps + 1


def test_unplugging_the_laptops_screen_leaves_the_presentation_on_the_other(presenter, window, screens, qtbot):
    screens.configure([PROJECTOR])  # the system made the projector the only screen (a mirrored display)
    assert presenter.projector_window is None and presenter.single_screen
    qtbot.waitUntil(window.isFullScreen)
    assert window.screen().name() == "projector"


def test_esc_on_the_projector_ends_the_presenter_view(presenter, window, qtbot):
    projector = presenter.projector_window
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)
    with qtbot.waitSignal(projector.destroyed):
        qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not presenter.running and presenter.projector_window is None
    assert not presenter.dock.isVisible() and not presenter.clock.running


def test_the_view_menu_and_its_keys(screens, window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    assert window.presenter.running and window.presenter.toggle_action.isChecked()
    projector = window.presenter.projector_window
    qtbot.waitUntil(lambda: projector.geometry() == PROJECTOR_GEOMETRY)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_X)
    assert window.presenter.swapped
    qtbot.waitUntil(lambda: projector.screen() is QGuiApplication.primaryScreen())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    assert not window.presenter.running and window.presenter.projector_window is None


def test_ending_the_view_gives_the_teacher_their_window_back(presenter, window, qtbot):
    assert window.isMaximized()  # (while it runs, the laptop's whole screen is the teacher's)
    presenter.stop()
    qtbot.waitUntil(lambda: not window.isMaximized())
    assert presenter.projector_window is None and not presenter.dock.isVisible() and not presenter.clock.running
    assert not presenter.toggle_action.isChecked() and not presenter.swap_action.isEnabled()


def test_the_projector_window_has_the_lectures_keys_but_not_the_files(presenter):
    keys = {key.toString(QKeySequence.SequenceFormat.PortableText)
            for action in presenter.projector_window.findChildren(QAction) for key in action.shortcuts()}
    assert {"Space", "PgDown", "PgUp", "B", "Esc", "1", "L", "F1"} <= keys
    assert {"Ctrl+F5", "X"} <= keys  # (the teacher clicked the projector window: its keys still work)
    assert not keys & {"Ctrl+S", "Ctrl+O", "Ctrl+Shift+O"}
    assert not presenter.projector_window.acceptDrops()


def test_no_key_is_bound_twice_in_the_projector_window(presenter):
    seen: dict[str, str] = {}
    for action in presenter.projector_window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen, f"{text}: {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()


def test_the_projector_speaks_the_teachers_language(presenter, window):
    from gdstudio import i18n

    try:
        window.classroom.set_language("ja")
        assert presenter.projector_window.look.language == "ja"
        assert presenter.projector_window.look.theme.name == "projector"
        assert presenter.dock.windowTitle() != "Presenter view"
        assert presenter.projector_window.tabs.tabText(0) == window.tabs.tabText(0) != "Values"
    finally:
        window.classroom.set_language("en")
        i18n.install_language(QApplication.instance(), "en")


def test_the_projectors_look_is_chosen_in_the_dock_and_is_its_own(presenter, window):
    dock, projector = presenter.dock, presenter.projector_window
    assert dock.theme_box.currentData() == "projector" and dock.scale_box.currentData() == 1.0
    dock.theme_box.activated.emit(dock.theme_box.findData("dark"))
    dock.scale_box.activated.emit(dock.scale_box.findData(1.5))
    assert projector.look == S.Look.of("dark", 1.5, window.look.language)
    assert projector.data_panel.backgroundBrush().color().name() == S.THEMES["dark"].background
    assert window.look == S.Look() and window.data_panel.backgroundBrush().color().name() == "#ffffff"
    window.classroom.set_theme("dark")  # and the teacher's own look is the teacher's
    window.classroom.set_theme("light")
    assert projector.look.theme.name == "dark" and dock.theme_box.currentData() == "dark"


def test_the_help_fits_the_projector_in_japanese(presenter, window, qtbot):
    """At 1024×768 in the projector theme the Japanese key list ran off the bottom of the screen."""
    from gdstudio import i18n

    try:
        window.classroom.set_language("ja")
        help_overlay = presenter.projector_window.classroom.help
        help_overlay.toggle()
        margins = help_overlay.layout().contentsMargins()
        width = help_overlay.width() - margins.left() - margins.right()
        assert help_overlay.size() == presenter.projector_window.size() == PROJECTOR_GEOMETRY.size()
        assert help_overlay.label.heightForWidth(width) <= help_overlay.height() - margins.top() - margins.bottom()
        assert "Ctrl+F5" in help_overlay.label.text()
        help_overlay.toggle()
    finally:
        window.classroom.set_language("en")
        i18n.install_language(QApplication.instance(), "en")


def test_the_dock_shows_the_lecture_text_or_says_there_is_none(presenter):
    dock = presenter.dock
    assert dock.current_text.text() == "No lecture running" and dock.next_text.text() == "—"
    presenter.set_lecture_text("Take one step", "Play until it converges", "Ask: where will it land?")
    assert dock.current_text.text() == "Take one step" and dock.next_text.text() == "Play until it converges"
    assert dock.notes_text.toPlainText() == "Ask: where will it land?"
    assert dock.lecture_text() == ("Take one step", "Play until it converges", "Ask: where will it land?")
    dock.set_lecture_text("", "", "")
    assert dock.current_text.text() == "No lecture running"


def test_the_thumbnail_shows_the_projector_window_while_the_dock_is_seen(presenter, qtbot):
    thumbnail = presenter.dock.thumbnail
    assert thumbnail.source is presenter.projector_window and thumbnail.polling
    qtbot.waitUntil(lambda: thumbnail.pixmap() is not None and not thumbnail.pixmap().isNull())
    pixmap = thumbnail.pixmap()
    assert pixmap.width() / pixmap.height() == pytest.approx(1024 / 768, abs=0.02)
    presenter.stop()
    assert not thumbnail.polling and thumbnail.source is None


def test_closing_the_teachers_window_closes_everything(screens, controller, qtbot):
    from gdstudio.ui.main_window import MainWindow

    window = MainWindow(controller)
    window.resize(1000, 700)
    window.show()
    window.presenter.start()
    presenter = window.presenter
    projector, clock, thumbnail = presenter.projector_window, presenter.clock, presenter.dock.thumbnail
    assert projector.isVisible() and clock.running
    with qtbot.waitSignal(projector.destroyed):
        window.close()
    assert not clock.running and not thumbnail.polling and not controller.busy
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, MainWindow)]
    window.deleteLater()


# ------------------------------------------------------------------------------------------ one screen
@pytest.fixture
def one_screen(qapp):
    """Only the platform's first screen (the suite's offscreen platform also has the rooms' screens)."""
    changer = available()
    if changer is None:
        pytest.skip("the offscreen platform's screens can be changed at run time only on Linux")
    before = changer.current()
    changer.configure(before[:1])
    assert len(QGuiApplication.screens()) == 1
    yield changer
    changer.configure(before)


def test_the_single_screen_notice_leaves_the_message_line_after_a_while(one_screen, window, qtbot, monkeypatch):
    from gdstudio.ui.presenter import presenter as module

    monkeypatch.setattr(module, "NOTICE_S", 0.05)
    window.presenter.start()
    assert "one screen" in window.message.text()
    qtbot.waitUntil(lambda: "one screen" not in window.message.text())
    assert window.presenter.single_screen and window.classroom.presenting
    window.presenter.stop()


def test_with_one_screen_it_is_the_presentation_layout_full_screen(one_screen, window, qtbot):
    presenter = window.presenter
    presenter.start()
    assert presenter.running and presenter.single_screen and presenter.projector_window is None
    qtbot.waitUntil(window.isFullScreen)
    assert window.classroom.presenting and not window.menuBar().isVisible()
    assert "one screen" in window.message.text()
    window.classroom.leave_fullscreen()  # Esc ends it: the window as it was
    assert not presenter.running
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.classroom.presenting and window.menuBar().isVisible()
    assert "one screen" not in window.message.text()


# ------------------------------------------------------------------------------------------ the real app
def test_the_app_opens_the_presenter_view_on_two_configured_screens(tmp_path):
    """`gdstudio --presenter` on the offscreen platform started with a two-screen configfile (no run-time
    screen changes: Qt's documented way)."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [LAPTOP, PROJECTOR]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "GDSTUDIO_TEST_REPORT_WINDOWS": "1"}
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "app_hooks.py"), "--presenter"], env=env,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))
    assert report["projector"] == {"screen": "projector", "geometry": [1440, 0, 1024, 768], "full_screen": True,
                                   "menu": False, "controls": False}
    assert report["laptop"]["screen"] == "laptop" and report["laptop"]["menu"] and report["laptop"]["controls"]
    x, y, width, height = report["laptop"]["geometry"]
    assert 0 <= x and x + width <= 1440 and height <= 900
    assert report["dock"] is True
