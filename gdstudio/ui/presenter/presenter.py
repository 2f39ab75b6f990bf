"""The presenter view of one (the teacher's) MainWindow.

With two screens or more: a second MainWindow on the same Controller, in projection mode (only the
panels, its own Look: the projector theme at a size for that screen), full screen on the projector;
the teacher's window stays on the laptop screen with the presenter dock. With one screen: the teacher's
window shows the presentation layout (F5) full screen instead. Screens coming and going move the view
(QGuiApplication.screenAdded / screenRemoved): the Document, the runs, undo and the grid sweep belong to
the controller and the teacher's window, so a projector window can close and reopen without loss.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QScreen

from gdstudio.engine.controller import MessageLevel
from gdstudio.ui import style as S
from gdstudio.ui.presenter.clock import ElapsedClock
from gdstudio.ui.presenter.dock import PresenterDock
from gdstudio.ui.presenter.mirror import ViewMirror
from gdstudio.ui.presenter.placement import describe, put_on
from gdstudio.ui.presenter.screens import laptop_screen, projector_scale, projector_screen
from gdstudio.ui.widgets.keys import key_sequences

if TYPE_CHECKING:
    from gdstudio.ui.main_window import MainWindow

PRESENTER_KEYS = ["Ctrl+F5"]
SWAP_KEYS = ["X"]  # (Keynote's key for swapping its displays)
NOTICE_S = 10.0  # the single-screen notice leaves the message line after this long (the class sees it too)


class Presenter(QObject):
    """Starts, places and ends the presenter view of `window` (see the module's notes)."""

    sig_projector_window_changed = Signal(object)  # the projector's MainWindow when it opens, None when it closes

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running = False
        self.swapped = False  # the teacher swapped the screens (the system made the projector primary)
        self.projector_window: MainWindow | None = None
        self.projector_look: S.Look | None = None  # chosen when it first opens, then kept (the teacher may change it)
        self.clock = ElapsedClock(self)
        self._dock: PresenterDock | None = None
        self._fallback: tuple[bool, bool] | None = None  # (was presenting, was full screen) under the 1-screen layout
        self._maximised = False  # the teacher's window was maximised by the presenter view (undone when it ends)
        self.toggle_action: QAction | None = None
        self.swap_action: QAction | None = None
        self._said = ""  # the single-screen notice, to take back only if it is still the message shown
        window.classroom.escape_handler = self.escape
        self.mirror = ViewMirror(window)

    # ------------------------------------------------------------------ parts
    @property
    def dock(self) -> PresenterDock:
        """The presenter dock (made on first use, hidden unless the view runs on two screens)."""
        if self._dock is None:
            dock = PresenterDock(self.window.look, self.clock, self.window)
            dock.sig_swap_requested.connect(self.swap)
            dock.sig_end_requested.connect(self.stop)
            dock.sig_projector_theme_chosen.connect(self._on_projector_theme_chosen)
            dock.sig_projector_scale_chosen.connect(self._on_projector_scale_chosen)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
            self._dock = dock
        return self._dock

    def set_lecture_text(self, current: str, next: str, notes: str) -> None:  # noqa: A002
        """The lecture mode's texts for the dock (see PresenterDock.set_lecture_text)."""
        self.dock.set_lecture_text(current, next, notes)

    @property
    def single_screen(self) -> bool:
        """Running with one screen: the teacher's window stands in, in the presentation layout."""
        return self._fallback is not None

    def add_to_menu(self, menu) -> None:
        """The View menu's entries (again after the menus are rebuilt in a new language)."""
        w = self.window
        self.toggle_action = w.add_action(menu, self.tr("Presenter &view (projector + notes)"), self.toggle,
                                          PRESENTER_KEYS)
        self.toggle_action.setCheckable(True)
        self.swap_action = w.add_action(menu, self.tr("S&wap presenter screens"), self.swap, SWAP_KEYS)
        self._update_actions()

    def _update_actions(self) -> None:
        if self.toggle_action is not None:
            self.toggle_action.setChecked(self.running)
            self.swap_action.setEnabled(self.running and not self.single_screen)

    def screens(self, gone: QScreen | None = None) -> tuple[QScreen | None, QScreen | None]:
        """(the teacher's screen, the projector's or None), leaving out `gone` (a screen being removed)."""
        app = QGuiApplication.instance()
        screens = [s for s in app.screens() if s is not gone]
        primary = app.primaryScreen()
        primary = None if primary is gone else primary
        projector = projector_screen(screens, primary)
        laptop = laptop_screen(screens, primary, projector)
        if self.swapped and projector is not None:
            laptop, projector = projector, laptop
        return laptop, projector

    # ---------------------------------------------------------------- actions
    @Slot()
    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    @Slot()
    def start(self) -> None:
        if self.running:
            return
        self.running = True
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screen_removed)
        self.clock.start()
        self._place()

    @Slot()
    def stop(self) -> None:
        """End the presenter view: the projector window closes, the teacher's window is as before."""
        if not self.running:
            return
        self.running = False
        app = QGuiApplication.instance()
        app.screenAdded.disconnect(self._on_screen_added)
        app.screenRemoved.disconnect(self._on_screen_removed)
        self.clock.stop()
        self._close_projector_window()
        self._leave_single_screen()
        if self._dock is not None:
            self._dock.thumbnail.stop()
            self._dock.hide()
        self._unmaximise()
        self._update_actions()

    def _unmaximise(self) -> None:
        if self._maximised:
            self._maximised = False
            if self.window.isMaximized():
                self.window.showNormal()
                self.window.classroom.fit_to_screen()

    def shutdown(self) -> None:
        """The teacher's window closes: everything of the presenter view goes with it, timers included."""
        self.stop()
        self.clock.stop()

    @Slot()
    def swap(self) -> None:
        """The projector view to the other screen, the teacher's window to this one."""
        if not self.running or self.single_screen:
            return
        self.swapped = not self.swapped
        self._place()

    def escape(self) -> bool:
        """Esc in the teacher's window: ends a single-screen presenter view (True), else not for us."""
        if self.running and self.single_screen:
            self.stop()
            return True
        return False

    def rebuild(self) -> None:
        """The teacher's window was rebuilt (new look or language): the dock follows, the projector window
        takes the language (its theme and size are its own) and again mirrors the teacher's tab."""
        self.mirror.follow()  # (the rebuilt window's new tabs and panels)
        projector = self.projector_window
        if projector is not None:
            if projector.look.language != self.window.look.language:
                projector.classroom.set_language(self.window.look.language)
            self.mirror.copy_all()
        if self._dock is not None:
            self._dock.set_look(self.window.look)
            self._dock.set_projector(describe(projector.screen()) if projector is not None else None,
                                     projector.look if projector is not None else None)

    # -------------------------------------------------------------- placement
    def _place(self, gone: QScreen | None = None) -> None:
        self._place_windows(gone)
        self._update_actions()

    def _place_windows(self, gone: QScreen | None) -> None:
        laptop, projector = self.screens(gone)
        if projector is None:
            self._close_projector_window()
            if self._dock is not None:
                self._dock.thumbnail.stop()
                self._dock.hide()
            self._enter_single_screen(laptop)
            return
        self._leave_single_screen()
        put_on(self.window, laptop, full_screen=self.window.isFullScreen())
        if not (self.window.isMaximized() or self.window.isFullScreen()):
            self.window.showMaximized()  # (the laptop's whole screen is the teacher's: panels, controls and the dock)
            self._maximised = True
        window = self._open_projector_window(projector)
        dock = self.dock
        dock.set_projector(describe(projector), window.look)
        dock.show()
        dock.thumbnail.set_source(window)

    def _open_projector_window(self, screen: QScreen) -> MainWindow:
        window = self.projector_window
        if window is None:
            laptop = self.window
            look = self.projector_look or S.Look.of("projector", projector_scale(screen.geometry().height()),
                                                     laptop.look.language)
            if look.language != laptop.look.language:
                look = replace(look, language=laptop.look.language)
            window = type(laptop)(laptop.controller, look, undo=laptop.undo_history, grid_sweep=laptop.grid_sweep,
                                  lecture=laptop.lecture, projection=True)  # (the same caption strip)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.classroom.escape_handler = self._on_projector_escape
            window.sig_closed.connect(self._on_projector_closed)
            for keys, slot in ((PRESENTER_KEYS, self.stop), (SWAP_KEYS, self.swap)):  # (the teacher clicked it)
                action = QAction(window)
                action.setShortcuts(key_sequences(keys))
                action.triggered.connect(slot)
                window.addAction(action)
            self.projector_window = window
            self.mirror.set_projector(window)
            self.sig_projector_window_changed.emit(window)
        put_on(window, screen, full_screen=True)
        return window

    def _close_projector_window(self) -> None:
        window, self.projector_window = self.projector_window, None
        self.mirror.set_projector(None)
        if window is not None:
            self.projector_look = window.look
            if self._dock is not None:
                self._dock.thumbnail.stop()
            window.close()
            self.sig_projector_window_changed.emit(None)

    def _enter_single_screen(self, screen: QScreen | None) -> None:
        classroom = self.window.classroom
        if self._fallback is None:
            self._unmaximise()
            self._fallback = (classroom.presenting, self.window.isFullScreen())
            if screen is not None:
                put_on(self.window, screen, full_screen=self.window.isFullScreen())
            if not classroom.presenting:
                classroom.toggle_presentation()
            if not self.window.isFullScreen():
                classroom.toggle_fullscreen()
        self._said = self.tr("Presenter view: one screen only, so this screen shows the presentation layout "
                             "(Esc or Ctrl+F5 ends it). A second screen, once connected, gets the projector view.")
        self.window.controller.say(self._said, MessageLevel.INFO)
        QTimer.singleShot(round(NOTICE_S * 1000), self, self._take_back_notice)

    @Slot()
    def _take_back_notice(self) -> None:
        """The single-screen notice goes, unless another message has replaced it."""
        if self._said and self.window.controller.message[0] == self._said:
            self.window.controller.say("")

    def _leave_single_screen(self) -> None:
        if self._fallback is None:
            return
        was_presenting, was_full_screen = self._fallback
        self._fallback = None
        classroom = self.window.classroom
        if classroom.presenting and not was_presenting:
            classroom.toggle_presentation()
        if self.window.isFullScreen() and not was_full_screen:
            classroom.toggle_fullscreen()
        self._take_back_notice()
        self._said = ""

    # ------------------------------------------------------------------ slots
    @Slot(QScreen)
    def _on_screen_added(self, screen: QScreen) -> None:
        self._place()

    @Slot(QScreen)
    def _on_screen_removed(self, screen: QScreen) -> None:
        self._place(gone=screen)

    def _on_projector_escape(self) -> bool:
        self.stop()
        return True

    @Slot()
    def _on_projector_closed(self) -> None:
        if self.sender() is self.projector_window:  # closed by the teacher (Esc, the window's ×): the view ends
            self.projector_look = self.projector_window.look
            self.projector_window = None
            self.mirror.set_projector(None)
            self.sig_projector_window_changed.emit(None)
            self.stop()

    @Slot(str)
    def _on_projector_theme_chosen(self, name: str) -> None:
        if self.projector_window is not None:
            self.projector_window.classroom.set_theme(name)
            self.mirror.copy_all()

    @Slot(float)
    def _on_projector_scale_chosen(self, scale: float) -> None:
        if self.projector_window is not None:
            self.projector_window.classroom.set_scale(scale)
            self.mirror.copy_all()
