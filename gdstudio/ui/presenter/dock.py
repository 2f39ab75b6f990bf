"""The presenter dock on the teacher's screen: the elapsed time, a live picture of the projector, and
what the lecture mode says of the current beat, the next one and the notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gdstudio.ui import style as S
from gdstudio.ui.classroom import THEME_NAMES, theme_label
from gdstudio.ui.presenter.clock import ElapsedClock
from gdstudio.ui.presenter.thumbnail import ProjectorThumbnail


class PresenterDock(QDockWidget):
    """Shown beside the panels while the presenter view runs on two screens. The lecture mode fills it
    through set_lecture_text; the buttons ask the Presenter (sig_swap_requested, sig_end_requested)."""

    sig_swap_requested = Signal()
    sig_end_requested = Signal()
    sig_projector_theme_chosen = Signal(str)     # a theme name for the projector window
    sig_projector_scale_chosen = Signal(float)   # a size (1 = 100 %) for the projector window

    def __init__(self, look: S.Look, clock: ElapsedClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenter_dock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)  # ended with its button, not ×
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.look = look
        self.clock = clock
        self._lecture = ("", "", "")
        self.time_label = QLabel(clock.text())
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(clock.reset)
        clock.sig_tick.connect(self.time_label.setText)
        self.screen_label = QLabel()
        self.screen_label.setWordWrap(True)
        self.theme_box, self.scale_box = QComboBox(), QComboBox()
        for scale in S.SCALES:
            self.scale_box.addItem(f"{scale} %", scale / 100)
        self.theme_box.activated.connect(lambda i: self.sig_projector_theme_chosen.emit(self.theme_box.itemData(i)))
        self.scale_box.activated.connect(lambda i: self.sig_projector_scale_chosen.emit(self.scale_box.itemData(i)))
        self.thumbnail = ProjectorThumbnail()
        self.current_title, self.next_title, self.notes_title = QLabel(), QLabel(), QLabel()
        self.current_text, self.next_text = QLabel(), QLabel()
        for label in (self.current_text, self.next_text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes_text = QTextBrowser()
        self.notes_text.setOpenLinks(False)
        self.swap_button, self.end_button = QPushButton(), QPushButton()
        self.swap_button.clicked.connect(self.sig_swap_requested)
        self.end_button.clicked.connect(self.sig_end_requested)

        body = QWidget()
        layout = QVBoxLayout(body)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.time_label, 1)
        clock_row.addWidget(self.reset_button)
        layout.addLayout(clock_row)
        layout.addWidget(self.thumbnail)
        layout.addWidget(self.screen_label)
        layout.addWidget(self.theme_box)  # (a row of its own: "Projector (high contrast)" is long in Japanese too)
        size_row = QHBoxLayout()
        size_row.addWidget(self.scale_box)
        size_row.addStretch(1)
        layout.addLayout(size_row)
        for title, text in ((self.current_title, self.current_text), (self.next_title, self.next_text)):
            layout.addWidget(title)
            layout.addWidget(text)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes_text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.swap_button)
        buttons.addWidget(self.end_button)
        layout.addLayout(buttons)
        area = QScrollArea()  # (big text on a small laptop: it scrolls rather than clips)
        area.setWidget(body)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(area)
        self.set_look(look)

    def set_look(self, look: S.Look) -> None:
        """Texts in the current language and sizes of `look` (after the window's look or language changed)."""
        self.look = look
        self.setWindowTitle(self.tr("Presenter view"))
        self.setMinimumWidth(int(260 * look.scale))
        self.time_label.setStyleSheet(f"font-size: {look.pt(22)}pt; font-weight: bold;")
        self.time_label.setToolTip(self.tr("Time since the presenter view started"))
        self.reset_button.setText(self.tr("Reset time"))
        self.thumbnail.setToolTip(self.tr("What the projector shows"))
        heading = f"font-weight: bold; color: {look.muted};"
        for label, text in ((self.current_title, self.tr("Now")), (self.next_title, self.tr("Next")),
                            (self.notes_title, self.tr("Notes"))):
            label.setText(text)
            label.setStyleSheet(heading)
        self.current_text.setStyleSheet(f"font-size: {look.pt(13)}pt;")
        self.theme_box.clear()
        for name in THEME_NAMES:
            self.theme_box.addItem(theme_label(name), name)
        self.theme_box.setToolTip(self.tr("The projector's colours (its own: this window keeps its look)"))
        self.scale_box.setToolTip(self.tr("The size of the projector's text, lines and markers"))
        self.swap_button.setText(self.tr("Swap screens"))
        self.swap_button.setToolTip(self.tr("Put the projector view on the other screen (X)"))
        self.end_button.setText(self.tr("End"))
        self.end_button.setToolTip(self.tr("End the presenter view (Ctrl+F5)"))
        self.set_lecture_text(*self._lecture)

    @Slot(str, str, str)
    def set_lecture_text(self, current: str, next: str, notes: str) -> None:  # noqa: A002 (the lecture's word)
        """What the lecture mode says now: the current beat, the next one and the presenter notes (plain
        text). All empty: no lecture is running, and the dock says so."""
        self._lecture = (current, next, notes)
        running = any(self._lecture)
        self.current_text.setText(current if running else self.tr("No lecture running"))
        self.current_text.setEnabled(running)  # (the placeholder in the palette's muted colour)
        self.next_text.setText(next or "—")
        self.notes_text.setPlainText(notes or ("" if running else self.tr("The lecture mode shows the presenter "
                                                                          "notes of each scene here.")))

    def lecture_text(self) -> tuple[str, str, str]:
        """What set_lecture_text was last given."""
        return self._lecture

    def set_projector(self, screen: str | None, look: S.Look | None) -> None:
        """Say where the projector view is (`screen`: the screen's description) and in which look."""
        self.screen_label.setText(self.tr("Projector: {screen}").format(screen=screen) if screen
                                  else self.tr("No projector screen"))
        self.swap_button.setEnabled(screen is not None)
        if look is not None:
            self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(look.theme.name)))
            self.scale_box.setCurrentIndex(min(range(len(S.SCALES)), key=lambda i: abs(S.SCALES[i] / 100 - look.scale)))
