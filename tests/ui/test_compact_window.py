"""A compact window (short for its text: 1024×768 at 150–200 %): the menu bar folds into the control row's
Menu button, tabs that do not fit give way to a chooser, and a screenshot waits for the axes to settle."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gdstudio.app import _paint_until_laid_out
from gdstudio.ui import style as S
from gdstudio.ui.main_window import COMPACT_HEIGHT


@pytest.fixture(autouse=True)
def light_look_afterwards(qapp):
    yield
    from gdstudio import i18n

    i18n.install_language(QApplication.instance(), "en")
    S.apply_to_application(QApplication.instance(), S.Look())


def at_projector_size(qtbot, window, scale: float = 2.0) -> None:
    window.resize(1024, 768)
    window.classroom.set_theme("projector")
    window.classroom.set_scale(scale)
    qtbot.waitUntil(window.centralWidget().isVisible)


def test_the_menus_fold_into_the_menu_button_and_come_back(qtbot, window):
    assert not window.compact and window.menuBar().isVisibleTo(window)
    assert not window.controls.menu_button.isVisibleTo(window)
    at_projector_size(qtbot, window)
    assert window.height() < COMPACT_HEIGHT * 2.0 and window.compact
    assert not window.menuBar().isVisibleTo(window) and window.controls.menu_button.isVisibleTo(window)
    folded = window.folded_menus()
    assert folded.actions() == window.menuBar().actions()  # the same menus, the same entries
    assert [a.menu() is not None for a in folded.actions()] == [True] * len(folded.actions())
    folded.deleteLater()
    window.classroom.set_scale(1.0)
    qtbot.waitUntil(window.centralWidget().isVisible)
    assert not window.compact and window.menuBar().isVisibleTo(window)
    assert not window.controls.menu_button.isVisibleTo(window)


def test_presenting_shows_neither_menu_bar_nor_menu_button_and_keys_still_work(qtbot, window):
    at_projector_size(qtbot, window)
    window.classroom.toggle_presentation()
    assert not window.menuBar().isVisibleTo(window) and not window.controls.menu_button.isVisibleTo(window)
    step = window.controller.current.step
    qtbot.keyClick(window, "s")
    qtbot.waitUntil(lambda: window.controller.current.step == step + 1)
    window.classroom.toggle_presentation()
    assert window.controls.menu_button.isVisibleTo(window)


def test_becoming_compact_gives_the_plots_the_room(qtbot, window):
    before = window.bottom_splitter.sizes()
    at_projector_size(qtbot, window)
    loss, tabs = window.bottom_splitter.sizes()
    assert loss / (loss + tabs) > before[0] / sum(before)  # the loss curve wider, the tabs narrower
    top, bottom = window.panels.sizes()
    assert top > bottom
    assert not window.loss_panel.timeline_row.isVisibleTo(window)  # folded into the drawer ("More")
    window.controls.more_button.click()
    assert window.loss_panel.timeline_row.isVisibleTo(window)


def test_tabs_that_do_not_fit_give_way_to_a_chooser(qtbot, window):
    tabs, chooser = window.tabs, window.tab_chooser
    assert tabs.tabBar().isVisibleTo(window) and not chooser.isVisibleTo(window)
    at_projector_size(qtbot, window)
    tabs, chooser = window.tabs, window.tab_chooser  # (the rebuild made new ones)
    qtbot.waitUntil(lambda: chooser.isVisibleTo(window))
    assert not tabs.tabBar().isVisibleTo(window)
    assert tabs.tabBar().sizeHint().width() > window.tab_area.width()  # they would not have fitted
    assert [chooser.itemText(i) for i in range(chooser.count())] == [tabs.tabText(i) for i in range(tabs.count())]
    tips = [chooser.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(chooser.count())]
    assert tips == [tabs.tabToolTip(i) for i in range(tabs.count())] and all(tips)
    assert chooser.width() >= chooser.sizeHint().width()  # the shown page's name whole
    chooser.activated.emit(2)  # the teacher picks the third page
    assert tabs.currentIndex() == 2
    tabs.setCurrentIndex(3)  # a key (4) or a lecture beat picks another
    assert chooser.currentIndex() == 3
    window.resize(1920, 1080)
    window.classroom.set_scale(1.0)
    qtbot.waitUntil(window.centralWidget().isVisible)
    qtbot.waitUntil(lambda: window.tabs.tabBar().isVisibleTo(window))
    assert not window.tab_chooser.isVisibleTo(window) and window.tabs.currentIndex() == 3


def axis_sizes(window) -> list:
    return [(axis.width(), axis.height()) for view in window.findChildren(pg.GraphicsView)
            for axis in view.scene().items() if isinstance(axis, pg.AxisItem) and axis.isVisible()]


def test_a_screenshot_waits_until_the_axes_have_their_room(qtbot, window, qapp):
    """pyqtgraph's axes measure their tick labels when they paint and then ask for room: a screenshot
    taken after one paint showed axis labels over the ticks at 150–200 %."""
    window.resize(1920, 1080)
    window.classroom.set_theme("projector")
    window.classroom.set_scale(1.5)
    qapp.processEvents()
    _paint_until_laid_out(qapp, window)
    settled = axis_sizes(window)
    window.grab()
    qapp.processEvents()
    assert axis_sizes(window) == settled


def test_the_lecture_fits_a_1024x768_projector_at_200_percent(qtbot, window, qapp):
    """The lecture's caption takes at most a quarter of the window, and the top row's plots keep more of
    the height than the bottom row (they were squeezed to their minimum under a 240 px caption)."""
    from gdstudio.ui.lecture.caption_strip import MAX_SHARE

    at_projector_size(qtbot, window)
    window.classroom.set_language("ja")
    qtbot.waitUntil(window.centralWidget().isVisible)
    window.lecture_actions.start(2)  # part 3: data space and parameter space
    window.lecture.next()
    assert window.lecture.active and window.caption.isVisible()
    qtbot.waitUntil(lambda: window.caption.height() <= MAX_SHARE * window.height() + 1)  # (once laid out)
    assert window.height() == 768 and window.minimumSizeHint().height() <= 768
    top, bottom = window.panels.sizes()
    assert top > bottom
    assert all(p.height() >= p.minimumHeight() for p in (window.data_panel, window.surface_panel, window.loss_panel))


def test_the_update_rule_gets_the_whole_bottom_row_in_a_compact_window(qtbot, window):
    update = window.tabs.indexOf(window.formula_panel.parentWidget().parentWidget())  # (its scroll area)
    window.tabs.setCurrentIndex(update)
    assert window.loss_panel.isVisibleTo(window)  # a laptop: beside the loss curve
    at_projector_size(qtbot, window)
    assert window.tabs.currentIndex() == update and not window.loss_panel.isVisibleTo(window)
    window.tabs.setCurrentIndex(0)
    assert window.loss_panel.isVisibleTo(window)  # the Values tab leaves the loss curve its place


def test_the_update_rule_shrinks_its_text_to_a_narrow_tab_and_grows_back(qtbot, window, controller):
    from gdstudio.ui.panels.formula_panel import BASE_FONT_PT, SMALLEST_FIT

    controller.step()
    qtbot.waitUntil(lambda: controller.current.step == 1)
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.formula_panel.parentWidget().parentWidget()))
    panel = window.formula_panel
    window.bottom_splitter.setSizes([1000, 300])  # the teacher drags the tabs narrow
    viewport = panel.parentWidget()
    qtbot.waitUntil(lambda: panel.fit < 1.0)
    assert panel.fit >= SMALLEST_FIT
    assert panel.label.font().pointSizeF() == pytest.approx(BASE_FONT_PT * panel.font_scale * panel.fit)
    assert panel.fit == SMALLEST_FIT or panel.label.sizeHint().width() <= viewport.width()
    window.bottom_splitter.setSizes([300, 1000])
    qtbot.waitUntil(lambda: panel.fit == 1.0)


LONG_WARNING = ("Diverged at step 2: η = 5 is too large for this data; every step overshoots further. Gradient "
                "descent converges only for η < 2/λmax = 0.0337: try η ≤ 0.02.")


def test_a_long_message_keeps_to_one_line_in_a_compact_window(qtbot, window):
    """At 1024×768 and 200 % two wrapped lines of message took 110 px from the plots (the data plot was 70 px
    tall); there it is one line cut with "…", the whole text its tooltip. A roomy window still wraps it whole."""
    from gdstudio.engine.view_state import MessageLevel

    window.controller.say(LONG_WARNING, MessageLevel.WARNING)
    message = window.message
    assert message.text() == LONG_WARNING and not message.is_elided()
    at_projector_size(qtbot, window)
    message = window.message  # (the rebuild made a new one)
    qtbot.waitUntil(lambda: message.is_elided())
    one_line = message.fontMetrics().lineSpacing()
    assert message.text().endswith("…") and LONG_WARNING.startswith(message.text()[:-1])
    assert message.toolTip() == LONG_WARNING and message.full_text() == LONG_WARNING
    assert message.contentsRect().height() < 2 * one_line  # one line
    assert message.fontMetrics().horizontalAdvance(message.text()) <= message.contentsRect().width()  # not cut
    assert window.width() <= 1024  # (its whole text does not widen the window)
    window.classroom.set_scale(1.0)
    qtbot.waitUntil(window.centralWidget().isVisible)
    message = window.message
    qtbot.waitUntil(lambda: not window.compact)
    assert message.text() == LONG_WARNING and not message.toolTip()
