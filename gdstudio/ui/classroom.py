"""In front of a class: theme and size, full screen, the presentation layout, clicker keys,
the help overlay, the language, and remembering all of it (QSettings).

Changing the theme, the size or the language rebuilds the window's panels (MainWindow.rebuild)
from the controller's state, so nothing is lost and no widget needs a second styling path.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from gdstudio.app_info import settings
from gdstudio.engine.controller import MessageLevel
from gdstudio.i18n import translate
from gdstudio.ui import style as S
from gdstudio.ui.about import AboutDialog
from gdstudio.ui.help_overlay import HelpOverlay
from gdstudio.ui.widgets.keys import key_sequences

THEME_NAMES = ("light", "dark", "projector")
LANGUAGE_NAMES = {"en": "English", "ja": "日本語"}  # each in its own words, whatever the language shown


def theme_label(name: str) -> str:
    return {"light": translate("Classroom", "Light"), "dark": translate("Classroom", "Dark"),
            "projector": translate("Classroom", "Projector (high contrast)")}[name]


class Classroom(QObject):
    """Owns the look (theme, size, language) and the presentation state of one MainWindow."""

    def __init__(self, window, look: S.Look) -> None:
        super().__init__(window)
        self.window = window
        self.look = replace(look, pixel_ratio=window.devicePixelRatioF())  # (the screen it opens on)
        self.presenting = False
        self.remember = False  # only the real app writes QSettings (tests and screenshots must not)
        self.sets_application_look = True  # dialogs and tooltips follow the app's main window
        # Asked first by Esc (after the help overlay): True if it handled the key (the presenter view ends).
        self.escape_handler: Callable[[], bool] | None = None
        self.help = HelpOverlay(window, look)
        self._actions: list[QAction] = []

    @property
    def theme(self) -> str:
        return self.look.theme.name

    @property
    def scale(self) -> float:
        return self.look.scale

    @property
    def language(self) -> str:
        return self.look.language

    # ----------------------------------------------------------------- menus
    def build_menus(self, view_menu) -> None:
        w = self.window
        view_menu.addSeparator()
        themes = view_menu.addMenu(translate("Classroom", "&Theme"))
        group = QActionGroup(themes)
        for name in THEME_NAMES:
            action = QAction(theme_label(name), themes, checkable=True, checked=name == self.theme)
            action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            group.addAction(action)
            themes.addAction(action)
        languages = view_menu.addMenu(translate("Classroom", "&Language"))
        self.build_language_menu(languages, LANGUAGE_NAMES)
        size = view_menu.addMenu(translate("Classroom", "&Size"))
        for text, keys, slot in ((translate("Classroom", "Bigger"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
                                  self.bigger),
                                 (translate("Classroom", "Smaller"), [QKeySequence.StandardKey.ZoomOut], self.smaller),
                                 (translate("Classroom", "Normal size"), ["Ctrl+0"], self.normal_size)):
            w.add_action(size, text, slot, keys)
        view_menu.addSeparator()
        self.fullscreen_action = w.add_action(view_menu, translate("Classroom", "&Full screen"), self.toggle_fullscreen,
                                           [QKeySequence.StandardKey.FullScreen, "F11"])
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.setChecked(w.isFullScreen())
        self.present_action = w.add_action(view_menu, translate("Classroom", "&Presentation layout"),
                                        self.toggle_presentation, ["F5"])
        self.present_action.setCheckable(True)
        self.present_action.setChecked(self.presenting)
        # Keys that must work even when the menu bar is hidden (presentation layout): window-wide
        # actions, made once (the menus are rebuilt with the language, these need no text).
        for keys, slot in (() if self._actions else ((["Esc"], self.leave_fullscreen), (["B", "."], w.controller.pause),
                                                     (["F1", "?"], self.help.toggle))):
            action = QAction(w)
            action.setShortcuts(key_sequences(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            w.addAction(action)
            self._actions.append(action)
        help_menu = w.menuBar().addMenu(translate("Classroom", "&Help"))
        w.add_action(help_menu, translate("Classroom", "Keys and panels…"), self.help.toggle)
        help_menu.addSeparator()
        about = w.add_action(help_menu, translate("Classroom", "&About gdstudio…"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the application menu, where it belongs

    def build_language_menu(self, menu, languages: dict[str, str]) -> None:
        group = QActionGroup(menu)
        for code, label in languages.items():
            action = QAction(label, menu, checkable=True, checked=code == self.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            menu.addAction(action)

    @Slot()
    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.look, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ look
    def set_theme(self, name: str) -> None:
        if name in THEME_NAMES and name != self.theme:
            self._restyle(replace(self.look, theme=S.THEMES[name]))

    def set_scale(self, scale: float) -> None:
        scale = min(3.0, max(0.75, round(scale, 2)))
        if scale != self.scale:
            self._restyle(replace(self.look, scale=scale))

    @Slot()
    def bigger(self) -> None:
        self.set_scale(next((s / 100 for s in S.SCALES if s / 100 > self.scale + 1e-9), 3.0))

    @Slot()
    def smaller(self) -> None:
        self.set_scale(next((s / 100 for s in reversed(S.SCALES) if s / 100 < self.scale - 1e-9), 0.75))

    @Slot()
    def normal_size(self) -> None:
        self.set_scale(1.0)

    def set_language(self, code: str) -> None:
        if code != self.language:
            from gdstudio import i18n

            i18n.install_language(QApplication.instance(), code)
            self.look = replace(self.look, language=code)
            self.help.look = self.look
            self.window.rebuild()
            notice = i18n.missing_font_notice(code)
            if notice:
                self.window.controller.say(notice, MessageLevel.WARNING)
            self.save()

    def follow_screen(self) -> None:
        """The window is on a screen with another device pixel ratio (a HiDPI laptop's and a projector's):
        the plots' pens are drawn again, as thick as before in the window's own pixels."""
        ratio = self.window.devicePixelRatioF()
        if ratio != self.look.pixel_ratio:
            self._restyle(replace(self.look, pixel_ratio=ratio))

    def _restyle(self, look: S.Look) -> None:
        self.look = self.help.look = look
        S.apply_to_window(self.window, look)
        if self.sets_application_look:
            S.apply_to_application(QApplication.instance(), look)
        self.window.rebuild()
        self.save()

    # ----------------------------------------------------------- presenting
    @Slot()
    def toggle_fullscreen(self) -> None:
        w = self.window
        if w.isFullScreen():
            w.showNormal()
            self.fit_to_screen()  # (the size it had may not fit the screen it is on now)
        else:
            w.showFullScreen()
        self.fullscreen_action.setChecked(w.isFullScreen())

    @Slot()
    def leave_fullscreen(self) -> None:
        if self.help.isVisible():
            self.help.hide()
        elif self.window.pen.active:
            self.window.pen.set_active(False)  # the pen first (its ink stays): the mouse edits again
        elif self.escape_handler is not None and self.escape_handler():
            pass
        elif self.presenting:
            self.toggle_presentation()
        elif self.window.isFullScreen():
            self.toggle_fullscreen()

    @Slot()
    def toggle_presentation(self) -> None:
        """Only the panels and the essential controls: no menu bar, no settings row, no headers."""
        self.presenting = not self.presenting
        self.window.set_presentation(self.presenting)
        self.present_action.setChecked(self.presenting)

    # ---------------------------------------------------------------- memory
    def restore_geometry(self) -> None:
        """The window's place last time, if it still fits this screen (else as near as fits)."""
        geometry = settings().value("window/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Keep the whole window on the screen it is on: no bigger than the space the screen leaves free
        (task bars and docks excluded) and moved inside it. A window as large as a laptop's 1280×800
        screen would otherwise open with its bottom row off screen; a remembered place may belong to
        a projector that is no longer there."""
        w = self.window
        if w.isFullScreen() or w.isMaximized():
            return
        free = w.screen().availableGeometry()
        frame = w.frameGeometry()
        extra_w, extra_h = frame.width() - w.width(), frame.height() - w.height()  # the title bar and border
        width = min(w.width(), free.width() - extra_w)
        height = min(w.height(), free.height() - extra_h)
        if (width, height) != (w.width(), w.height()):
            w.resize(width, height)
        frame = w.frameGeometry()
        x = min(max(frame.x(), free.left()), free.right() + 1 - frame.width())
        y = min(max(frame.y(), free.top()), free.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            w.move(max(x, free.left()), max(y, free.top()))

    def restore_splitters(self) -> None:
        """How the panels shared the window last time (after show: the splitters need their size)."""
        sizes = parse_splitter_sizes(settings().value("window/splitters"))
        if sizes is not None:
            self.window.set_splitter_sizes(sizes)

    def save(self) -> None:
        if not self.remember:
            return
        s = settings()
        s.setValue("look/theme", self.theme)
        s.setValue("look/scale", self.scale)
        s.setValue("look/language", self.language)
        s.setValue("window/geometry", self.window.saveGeometry())
        sizes = self.window.splitter_sizes()
        if sizes is not None:
            s.setValue("window/splitters", json.dumps(sizes))


def parse_splitter_sizes(text) -> list[list[int]] | None:
    """Remembered splitter sizes: three pairs of positive pixel counts, or None (anything else, from an
    older version or a hand-edited file, is ignored)."""
    try:
        sizes = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None
    ok = (isinstance(sizes, list) and len(sizes) == 3
          and all(isinstance(pair, list) and len(pair) == 2 and all(type(v) is int and 0 < v < 100_000 for v in pair)
                  for pair in sizes))
    return sizes if ok else None


def saved_look(default_language: str) -> tuple[str, float, str]:
    """(theme, scale, language) remembered from the last session, or the defaults."""
    s = settings()
    theme = str(s.value("look/theme", "light"))
    try:
        scale = float(s.value("look/scale", 1.0))
    except (TypeError, ValueError):
        scale = 1.0
    language = str(s.value("look/language", default_language))
    return (theme if theme in THEME_NAMES else "light", min(3.0, max(0.75, scale)),
            language if language in ("en", "ja") else default_language)
