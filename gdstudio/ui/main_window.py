"""The main window: the three linked panels, the readout, the control bar and the menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gdstudio.assets import builtin_lesson
from gdstudio.core.lesson import Tab
from gdstudio.engine.controller import Controller, MessageLevel, RunState
from gdstudio.engine.grid_sweep import GridSearchRun
from gdstudio.engine.lecture import Lecture
from gdstudio.ui import style as S
from gdstudio.ui.classroom import Classroom
from gdstudio.ui.controls.control_bar import ControlBar
from gdstudio.ui.controls.drawer import Drawer
from gdstudio.ui.controls.layer_keys import LayerKeys
from gdstudio.ui.controls.layer_toggles import data_layer_toggles, surface_layer_toggles, with_header
from gdstudio.ui.controls.settings_bar import SettingsBar
from gdstudio.ui.document.file_actions import FileActions
from gdstudio.ui.document.undo import UndoHistory
from gdstudio.ui.lecture.caption_strip import CaptionStrip
from gdstudio.ui.lecture.lecture_actions import LectureActions
from gdstudio.ui.lecture.scene_index import SceneIndex
from gdstudio.ui.panels.code_panel import CodePanel
from gdstudio.ui.panels.data_panel import DataPanel
from gdstudio.ui.panels.formula_panel import FormulaPanel
from gdstudio.ui.panels.grid_search import GridSearchPanel
from gdstudio.ui.panels.loss_panel import LossPanel
from gdstudio.ui.panels.readout import Readout
from gdstudio.ui.panels.slice_panel import SlicePanel
from gdstudio.ui.panels.surface_panel import SurfacePanel
from gdstudio.ui.presenter.presenter import Presenter
from gdstudio.ui.widgets.keys import key_sequences
from gdstudio.ui.widgets.lazy_page import LazyPage
from gdstudio.ui.widgets.message_line import MessageLine
from gdstudio.ui.widgets.pen import Pen, PenOverlay
from gdstudio.ui.widgets.tab_chooser import with_tab_chooser
from gdstudio.ui.widgets.whole_rows import WholeRowsScrollArea

TABS = (Tab.VALUES, Tab.SLICES, Tab.UPDATE, Tab.GRID, Tab.CODE)  # the bottom row's tabs, in order
# Below this height in unscaled pixels (1024×768 at 150 % and more, 1920×1080 at 200 %) the window is compact:
# the menu bar folds into the control row's Menu button, so that the plots keep the height.
COMPACT_HEIGHT = 600


def scrolling(widget: QWidget) -> QScrollArea:
    """The page in a frameless scroll area that shows and scrolls whole rows (never half a line)."""
    area = WholeRowsScrollArea()
    area.setWidget(widget)
    return area


def message_style(look: S.Look, level: MessageLevel) -> str:
    if look.dark:
        colours = {MessageLevel.INFO: ("#1f2a36", "#e6eef7"), MessageLevel.SUCCESS: ("#17352a", "#bff0d9"),
                   MessageLevel.WARNING: ("#3d2216", "#ffd2bd")}
    else:
        colours = {MessageLevel.INFO: ("#eef4fb", "#1a1a1a"), MessageLevel.SUCCESS: ("#e3f5ec", "#00543d"),
                   MessageLevel.WARNING: ("#fde8dc", "#8a2c00")}
    background, ink = colours[level]
    bold = " font-weight: bold;" if level is MessageLevel.WARNING else ""
    return (f"background: {background}; color: {ink};{bold} font-size: {look.pt(13)}pt; padding: 4px 8px; "
            "border-radius: 4px;")


class MainWindow(QMainWindow):
    """The window. Its panels are views of the controller and can be rebuilt at any time (a new
    theme, size or language): the session lives in the controller, not in the widgets.

    A `projection` window is the projector's half of the presenter view (see presenter/): only the
    panels, the tabs and the message line, no menus or controls; closing it ends the view, nothing else."""

    sig_closed = Signal()  # the window has closed (a projection window: the presenter view ends)

    def __init__(self, controller: Controller, look: S.Look | None = None, *, undo: UndoHistory | None = None,
                 grid_sweep: GridSearchRun | None = None, lecture: Lecture | None = None,
                 projection: bool = False) -> None:
        """The window of `controller`'s document, drawn in `look`. The long-lived objects it shows (the undo
        history, the grid sweep, the lecture) are the app's, given here; a window made alone makes its own."""
        super().__init__()
        self.controller = controller
        self.projection = projection
        self.classroom = Classroom(self, look or S.Look())
        self.classroom.sets_application_look = not projection  # (the teacher's window styles the app)
        S.apply_to_window(self, self.look)
        self._maximised = None
        self._was_compact = False
        # These outlive the panels (a rebuild keeps the grid, the undo steps and the session file).
        self.grid_sweep = grid_sweep or GridSearchRun(controller, parent=self)
        self.undo_history = undo or UndoHistory(controller, self)
        self.pen = Pen(self)  # the teacher's ink; its overlay is rebuilt with the panels
        # The document's file (its title, saving, autosave) is the teacher's window's, never the projector's.
        self.file_actions: FileActions | None = None if projection else FileActions(self, controller,
                                                                                   self.undo_history)
        self.lecture = lecture or Lecture(controller, self.grid_sweep, builtin_lesson(), parent=self)
        self.lecture_actions = LectureActions(self, self.lecture)
        self.layer_keys = LayerKeys(self, controller)
        if not projection:  # (the teacher's window's undo: a projection window would connect it once more)
            self.lecture.sig_scene_entered.connect(self.undo_history.start_over)  # (a scene is a new document)
        self.lecture.sig_scene_entered.connect(self.pen.clear)  # (the ink was about the scene before)
        self._keys: dict[QAction, tuple[list[QKeySequence], bool]] = {}  # every action's keys, and if lecture-only
        self.setAcceptDrops(not projection)  # a drop on a plot or an edit box comes here too (they ignore files)
        self._build_central()
        # The presenter view belongs to the teacher's window (a projection window has none).
        self.presenter: Presenter | None = None if projection else Presenter(self)
        self._build_menus()
        if projection:
            self.classroom.escape_handler = lambda: bool(self.close())  # (Presenter replaces it)
        controller.sig_message.connect(self._on_message)
        controller.sig_run_state_changed.connect(self._on_run_state_changed)
        controller.view_state.sig_tab_changed.connect(self._on_view_tab_changed)
        self._on_message(*controller.message)

    def _build_central(self) -> None:
        """Every panel, built from the current look and language."""
        controller = self.controller
        self.setWindowTitle(self.tr("gdstudio — projector") if self.projection
                            else self.tr("gdstudio — gradient descent, live"))
        look = self.look
        self.controls = ControlBar(controller, look)
        self.controls.menu_button.clicked.connect(self._on_menu_button_clicked)
        self.settings_bar = SettingsBar(controller)
        self.data_panel = DataPanel(controller, look)
        self.surface_panel = SurfacePanel(controller, look)
        self.loss_panel = LossPanel(controller, look)
        self.readout = Readout(controller, look)
        self.slice_page = LazyPage(lambda: SlicePanel(controller, look))  # (built when first shown)
        self.formula_panel = FormulaPanel(controller, look)
        self.formula_panel.sig_enlarge.connect(lambda: self.toggle_maximised(self.formula_panel))
        self.tabs = QTabWidget()
        data_plot, surface_plot = self.data_panel.getPlotItem(), self.surface_panel.getPlotItem()
        # (Built when first shown, like the slices: its overlay is hidden until then, its state is the sweep's.)
        self.grid_page = LazyPage(lambda: GridSearchPanel(controller, look, self.grid_sweep, surface_plot, data_plot))
        # Text-heavy tabs scroll rather than squeeze the plots when the text is big (projector, 200 %).
        for page, title in ((self.readout, self.tr("Values")), (self.slice_page, self.tr("Partial derivatives")),
                            (self.formula_panel, self.tr("Update rule")), (self.grid_page, self.tr("Grid search"))):
            self.tabs.addTab(scrolling(page) if page is not self.slice_page else page, title)
        self.tabs.setTabToolTip(0, self.tr("The current step's numbers and the formulas in use"))
        self.tabs.setTabToolTip(1, self.tr("Partial derivatives: E along w0 and along w1 through the current w, "
                                           "with tangents"))
        self.tabs.setTabToolTip(2, self.tr("The last update w ← w − η∇E(w) with its numbers substituted"))
        self.tabs.setTabToolTip(3, self.tr("Brute force: evaluate E on every cell of a grid and keep the best"))
        self.code_panel = CodePanel(controller, look)  # (it scrolls itself)
        self.code_panel.sig_enlarge.connect(lambda: self.toggle_maximised(self.code_panel))
        self.tabs.addTab(self.code_panel, self.tr("Code"))
        self.tabs.setTabToolTip(4, self.tr("The numpy program that does what the app does with these settings"))
        self.tabs.setCurrentIndex(TABS.index(controller.view_state.tab))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tab_area, self.tab_chooser = with_tab_chooser(self.tabs)  # (a chooser where the tabs do not fit)
        self.message = MessageLine()
        self.message.setMinimumHeight(32)

        self.data_frame = with_header(self.data_panel, *data_layer_toggles(controller))
        self.surface_frame = with_header(self.surface_panel, *surface_layer_toggles(controller))
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.addWidget(self.data_frame)
        self.top_splitter.addWidget(self.surface_frame)
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.addWidget(self.loss_panel)
        self.bottom_splitter.addWidget(self.tab_area)
        # Proportions (the splitter scales them to the window); a projector's big text needs the wider tabs.
        self.bottom_splitter.setSizes([440, 560] if self.projection else [560, 440])
        self.panels = QSplitter(Qt.Orientation.Vertical)
        self.panels.addWidget(self.top_splitter)
        self.panels.addWidget(self.bottom_splitter)
        self.panels.setStretchFactor(0, 2)
        self.panels.setStretchFactor(1, 1)
        self.panels.setChildrenCollapsible(False)
        # Never squeezed below a readable plot; at most 200 px, so that the lecture's caption, the controls and
        # both rows still fit a 1024×768 projector at 200 % (280 px each made the window 800 px tall).
        for plot in (self.data_panel, self.surface_panel, self.loss_panel):
            plot.setMinimumHeight(int(min(140 * look.scale, 200)))
        for plot_widget, frame in ((self.data_panel, self.data_frame), (self.surface_panel, self.surface_frame),
                                   (self.loss_panel.plot_widget, self.loss_panel)):
            plot_widget.scene().sigMouseClicked.connect(self._maximise_on_title_double_click(plot_widget, frame))

        self.caption = CaptionStrip(self.lecture, look)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.controls)
        layout.addWidget(self.settings_bar)
        layout.addWidget(self.panels, 1)
        layout.addWidget(self.message)
        self.drawer = Drawer(self, self.controls.more_button, [self.settings_bar, self.controls.speed_group,
                                                              self.loss_panel.timeline_row, *self._header_widgets()],
                             look.pt(S.UI_POINT_SIZE), lambda: self.classroom.presenting or self.projection)
        S.size_indicators(central, look)
        self.setCentralWidget(central)  # (deletes the previous one, if any)
        self.pen_overlay = PenOverlay(central, self.pen, look)
        self._maximised = None
        self.set_presentation(self.classroom.presenting)
        self._on_tab_changed(self.tabs.currentIndex())

    @property
    def slice_panel(self) -> SlicePanel:
        """The partial derivatives' tab (built now if it has not been shown yet)."""
        return self.slice_page.content()

    @property
    def grid_search(self) -> GridSearchPanel:
        """The grid search's tab (built now if it has not been shown yet)."""
        return self.grid_page.content()

    def _shut_grid_search(self) -> None:
        if self.grid_page.built:
            self.grid_search.shutdown()

    @property
    def look(self) -> S.Look:
        """How this window draws: its theme, size and language."""
        return self.classroom.look

    def rebuild(self) -> None:
        """Build every panel and menu again (new theme, size or language), keeping what is shown."""
        sizes = [splitter.sizes() for splitter in self._splitters()]
        compact = self._was_compact
        log = self.loss_panel.log_scale.isChecked()
        self._shut_grid_search()
        self._build_central()
        self._build_menus()
        if self._was_compact == compact:  # (a window that became compact or not has new proportions)
            self.set_splitter_sizes(sizes)
        self.loss_panel.log_scale.setChecked(log)
        self._on_message(*self.controller.message)
        self.controller.flush_frame()
        if self.presenter is not None:
            self.presenter.rebuild()

    def _splitters(self) -> tuple[QSplitter, QSplitter, QSplitter]:
        return self.top_splitter, self.bottom_splitter, self.panels

    def splitter_sizes(self) -> list[list[int]] | None:
        """How the panels share the window, to remember; None while a panel is maximised or the grid
        search has the bottom row (a layout with hidden panels is not one to start with)."""
        if self._maximised is not None or self.loss_panel.isHidden():
            return None
        return [splitter.sizes() for splitter in self._splitters()]

    def set_splitter_sizes(self, sizes: list[list[int]]) -> None:
        for splitter, size in zip(self._splitters(), sizes):
            splitter.setSizes(size)

    def set_presentation(self, on: bool) -> None:
        """Only the panels and the essential controls (F5): no menu bar, and the drawer (settings row,
        speed, headers) closed. A projection window always has this layout, without the control bar too."""
        self._fold_menus(on)
        self.drawer.refresh()
        self.controls.setVisible(not self.projection)

    @property
    def compact(self) -> bool:
        """Whether the window is short for its text size (see COMPACT_HEIGHT)."""
        return self.height() < COMPACT_HEIGHT * self.look.scale

    def _fold_menus(self, presenting: bool | None = None) -> None:
        """The menu bar, or in a compact window the Menu button that opens the same menus; neither while
        presenting (the keys still work). Becoming compact also gives the loss curve more of the bottom row
        (the tabs' text then reflows into fewer columns) and the top row's two plots more of the height."""
        bare = (self.classroom.presenting if presenting is None else presenting) or self.projection
        compact = self.compact
        self.menuBar().setVisible(not bare and not compact)
        self.controls.menu_button.setVisible(not bare and compact)
        self.message.set_message(self.message.full_text(), one_line=compact)
        if compact != self._was_compact and not self.projection:
            self._was_compact = compact
            self._fit_bottom_row()
            self.bottom_splitter.setSizes([640, 360] if compact else [560, 440])
            self.panels.setSizes([580, 420] if compact else [600, 300])  # (the two plots of the top row first)
            # A compact window's top row keeps its height when the lecture's caption comes or the window
            # shrinks: the bottom row gives it (down to its minimum).
            self.panels.setStretchFactor(0, 0 if compact else 2)

    def folded_menus(self) -> QMenu:
        """The menu bar's menus as one menu, as the Menu button opens it."""
        menu = QMenu(self)
        for action in self.menuBar().actions():
            menu.addAction(action)
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def _on_menu_button_clicked(self) -> None:
        button = self.controls.menu_button
        self.folded_menus().popup(button.mapToGlobal(button.rect().bottomLeft()))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if self.centralWidget() is not None:
            self._fold_menus()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:  # (moved to a HiDPI screen, or off one)
            QTimer.singleShot(0, self.classroom.follow_screen)  # (after the move: a drag may cross back)
        return super().event(event)

    def _header_widgets(self) -> list[QWidget]:
        """The panels' header rows' widgets (the layer switches)."""
        found = []
        for frame in (self.data_frame, self.surface_frame):
            header = frame.layout().itemAt(0).layout()  # the header row is the frame's first item
            found += [header.itemAt(i).widget() for i in range(header.count()) if header.itemAt(i).widget()]
        return found

    def _maximise_on_title_double_click(self, plot_widget, frame):
        def on_click(event) -> None:
            view_box = plot_widget.getPlotItem().getViewBox()
            if event.double() and not view_box.sceneBoundingRect().contains(event.scenePos()):
                self.toggle_maximised(frame)
        return on_click

    def toggle_maximised(self, frame: QWidget) -> None:
        """Let one panel fill the window, or bring the others back."""
        hidden = [self.surface_frame, self.data_frame, self.bottom_splitter, self.top_splitter, self.tab_area,
                  self.loss_panel]
        if self._maximised is not None:
            for widget in hidden:
                widget.setVisible(True)
            restore = self._maximised is frame
            self._maximised = None
            self._fit_bottom_row()
            if restore:
                return
        keep = {frame}
        parent = frame.parentWidget()
        while parent is not None and parent is not self.panels:
            keep.add(parent)
            parent = parent.parentWidget()
        for widget in hidden:
            if widget not in keep and not any(widget.isAncestorOf(k) for k in keep):
                widget.setVisible(False)
        self._maximised = frame

    def add_action(self, menu, text: str, slot, shortcuts=(), tip: str = "", *, in_lecture: bool = False) -> QAction:
        """A menu entry whose shortcut works even when the menu bar is hidden (presentation layout).
        It belongs to its menu, so rebuilding the menus leaves no stale shortcut behind. An `in_lecture`
        entry has its keys only in lecture mode, where they win over the others' (see apply_key_mode)."""
        action = QAction(text, menu)
        self._keys[action] = (key_sequences(shortcuts), in_lecture)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        self.apply_key_mode(action)
        return action

    def apply_key_mode(self, only: QAction | None = None) -> None:
        """Give each key to one action: in lecture mode the clicker's keys go to the lecture's actions
        (PageDown is the next beat, not a step); otherwise to the others. Qt ignores a key bound twice."""
        on = self.lecture.active
        taken = {key.toString() for keys, lecture_only in self._keys.values() if lecture_only for key in keys} \
            if on else set()
        for action, (keys, lecture_only) in self._keys.items():
            if only is None or action is only:
                action.setShortcuts(keys if on else []) if lecture_only else \
                    action.setShortcuts([k for k in keys if k.toString() not in taken])

    def show_scene_index(self) -> SceneIndex:
        """The scenes with thumbnails: pick one to jump there."""
        index = SceneIndex(self.lecture, self.look, self)
        index.open()
        return index

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for old in bar.actions():  # a rebuild (new language): the old menus and their actions go
            menu = old.menu()
            if menu is not None:
                self._forget_actions(menu)
                menu.deleteLater()
        bar.clear()
        self._keys.clear()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.add_action(self.edit_menu, self.tr("&Clear points"), self.controller.clear_points)
        self.undo_history.add_to_menu(self.edit_menu)
        if self.file_actions is not None:  # (a projection window has no File menu: no Ctrl+S or Ctrl+O there)
            self.file_actions.build_menu(self.file_menu)
        run = bar.addMenu(self.tr("&Run"))
        self.play_action = self.add_action(run, self.tr("&Play / Pause"), self.controller.toggle_play, ["Space"])
        self.add_action(run, self.tr("&Step"), lambda: self.controller.step(), ["S", "Right", "PgDown"])
        self.add_action(run, self.tr("Step &back"), self.controller.step_back, ["Left", "PgUp"])
        self.add_action(run, self.tr("&Reset"), self.controller.reset, ["R"])
        self.lecture_actions.build_menu(bar.addMenu(self.tr("&Lecture")))
        view = bar.addMenu(self.tr("&View"))
        self.add_action(view, self.tr("&Fit views to data"), self.fit_views, ["F"])
        log = self.add_action(view, self.tr("&Log-scale loss curve"), lambda: self.loss_panel.log_scale.toggle(), ["L"])
        log.setCheckable(True)
        log.setChecked(self.loss_panel.log_scale.isChecked())
        self.loss_panel.log_scale.toggled.connect(log.setChecked)
        race_lines = self.add_action(view, self.tr("Every run's line in the data panel (race)"),
                                  lambda on: self.controller.set_layers(race_lines=on))
        race_lines.setCheckable(True)
        race_lines.setChecked(self.controller.layers.race_lines)
        view.addSeparator()
        pen = self.add_action(view, self.tr("P&en: draw over the panels"), self.pen.set_active, ["P"])
        pen.setCheckable(True)
        pen.setChecked(self.pen.active)
        self.pen.sig_active_changed.connect(pen.setChecked)
        self.add_action(view, self.tr("Clear &ink"), self.pen.clear, ["C"])
        self.add_action(view, self.tr("&Undo ink stroke"), self.pen.undo, ["Ctrl+Backspace"])
        self.layer_keys.build_menu(view.addMenu(self.tr("La&yers")))
        self.add_action(view, self.tr("Clear the attempt &by hand"), self.controller.view_state.by_hand.clear)
        view.addSeparator()
        for number in range(self.tabs.count()):
            self.add_action(view, self.tr("Show {tab}").format(tab=self.tabs.tabText(number)),
                         lambda _=False, n=number: self.tabs.setCurrentIndex(n), [str(number + 1)])
        self.classroom.build_menus(view)
        if self.presenter is not None:
            self.presenter.add_to_menu(view)
        self.apply_key_mode()  # (the lecture's keys are known only now)

    def export_widget(self, target: str) -> QWidget:
        """What an export target names: the whole window (without its menu bar) or one panel's plot."""
        return {"window": self.centralWidget, "data": lambda: self.data_panel, "surface": lambda: self.surface_panel,
                "loss": lambda: self.loss_panel.plot_widget}[target]()

    def set_theme(self, name: str) -> None:
        """Draw in theme `name` (an unknown name is ignored)."""
        self.classroom.set_theme(name)

    def tab_page(self, index: int) -> QWidget:
        """The panel shown by tab `index` (inside its scroll area, if it has one)."""
        page = self._tab_widget(index)
        return page.content() if isinstance(page, LazyPage) else page

    def _tab_widget(self, index: int) -> QWidget:
        page = self.tabs.widget(index)
        return page.widget() if isinstance(page, QScrollArea) else page

    def _forget_actions(self, menu) -> None:
        """Take a menu's actions (and its submenus') off the window now, not at the deferred delete,
        so that no shortcut is briefly doubled."""
        for action in menu.actions():
            self.removeAction(action)
            if action.menu() is not None:
                self._forget_actions(action.menu())

    @Slot(object)
    def _on_view_tab_changed(self, tab: Tab) -> None:
        self.tabs.setCurrentIndex(TABS.index(tab))

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        self.controller.view_state.set_tab(TABS[index])
        shown = self._tab_widget(index)  # (not built by this: a hidden tab may not be yet)
        self.controller.view_state.set_slice_cuts(shown is self.slice_page)
        if self.grid_page.built or shown is self.grid_page:
            self.grid_search.set_active(shown is self.grid_page)
        self._fit_bottom_row()

    def _fit_bottom_row(self) -> None:
        """The loss curve beside the tabs, or the whole bottom row for the tab shown: a grid search has no
        iterations, the program wants its lines' width, and in a compact window the update rule with its
        numbers is wider than the tabs' share (it showed only its buttons at 1024×768 and 200 %)."""
        if self._maximised is not None:
            return
        shown = self._tab_widget(self.tabs.currentIndex())
        wide = (self.grid_page, self.code_panel, self.formula_panel) if self.compact else (self.grid_page,
                                                                                        self.code_panel)
        self.loss_panel.setVisible(shown not in wide)

    @Slot()
    def fit_views(self) -> None:
        self.data_panel.fit_view()
        self.surface_panel.fit_view()

    @Slot(str, object)
    def _on_message(self, text: str, level: MessageLevel) -> None:
        if not text and self.controller.run_state is RunState.NO_DATA:
            text = self.tr("No data points yet: click in the data panel to add some, or open a CSV file (Ctrl+O).")
            level = MessageLevel.INFO
        style = message_style(self.look, level)
        if self.message.styleSheet() != style:
            self.message.setStyleSheet(style)
        self.message.set_message(text, one_line=self.compact)  # (a short window keeps its plots' height)
        self.message.setVisible(bool(text))

    @Slot(object)
    def _on_run_state_changed(self, state: RunState) -> None:
        self._on_message(*self.controller.message)

    def open_data(self, path: str | Path) -> bool:
        """Load a CSV; on failure say why and keep the current data (see FileActions.open_data)."""
        return self.file_actions.open_data(path)

    def dragEnterEvent(self, ev) -> None:  # noqa: N802
        self.file_actions.drag_enter(ev)

    def dragMoveEvent(self, ev) -> None:  # noqa: N802
        self.file_actions.drag_enter(ev)

    def dropEvent(self, ev) -> None:  # noqa: N802
        self.file_actions.drop(ev)

    def closeEvent(self, ev) -> None:  # noqa: N802
        if self.projection:  # the document, its file, undo and the grid sweep are the teacher's window's
            self._shut_grid_search()
            super().closeEvent(ev)
            self.sig_closed.emit()
            return
        if not self.file_actions.confirm_close():  # unsaved changes: Save / Discard / Cancel
            ev.ignore()
            return
        if self.presenter is not None:
            self.presenter.shutdown()  # the projector window closes with this one (and this one is as it was)
        self.classroom.save()  # the look and the window's place (only in the real app)
        self.file_actions.shutdown()
        self._shut_grid_search()
        self.grid_sweep.clear()
        self.controller.shutdown()
        super().closeEvent(ev)
        self.sig_closed.emit()
