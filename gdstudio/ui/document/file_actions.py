"""The File menu: data in and out, presets, sessions, recent files, pictures and animations,
drag-and-drop, the unsaved-changes prompt and autosave.

The document is the session: the data with every setting, saved as a session file. Its
saved state is the undo stack's clean state, so undoing back to it makes it clean again.
Importing data or a preset is an edit (undoable); opening a session starts a new
document (nothing to undo).

Every failure is one clear message and leaves the current session as it was. Every
message and question goes through `self.prompts` (see prompts.py), so tests answer them.

`build_menu(menu)` fills the File menu; the real app then calls `start()` for
what only it wants: recent files kept in QSettings, the prompt on close, autosave and
the offer to restore after a crash. (A bare MainWindow, as tests build it, does none of
that: closing it never asks, and it writes nothing of its own.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from gdstudio.app_info import settings as app_settings
from gdstudio.assets import PresetError, load_preset, presets
from gdstudio.core.atomic import atomic_write_bytes
from gdstudio.core.code_export import DEFAULT_NAME, program_steps, write_program
from gdstudio.core.csvio import DataFileError, read_table, write_points, write_trajectory
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampling
from gdstudio.core.session import Session, SessionError, load_session, save_session
from gdstudio.engine.controller import Controller, MessageLevel
from gdstudio.i18n import current_language, translate
from gdstudio.ui.document import export, handout_export
from gdstudio.ui.document.file_dialogs import TARGETS, AnimationOptions, ImageOptions, target_names
from gdstudio.ui.document.prompts import Progress, Prompts, SaveChoice
from gdstudio.ui.document.recovery import Autosave, describe_time
from gdstudio.ui.document.undo import UndoHistory
from gdstudio.ui.style import Look, fmt
from gdstudio.ui.widgets.keys import key_sequences

MAX_RECENT = 8
RECENT_KEY = "recent_files"
SESSION_SUFFIX = ".gdstudio.json"
DATA_SUFFIXES = (".csv", ".tsv", ".txt")


def session_filter() -> str:
    """The file dialogs' filter for sessions, in the current language."""
    return translate("FileActions", "gdstudio sessions (*.gdstudio.json *.json);;All files (*)")


def data_filter() -> str:
    return translate("FileActions", "Data files (*.csv *.tsv *.txt);;All files (*)")


def files_filter(kind: str, suffix: str) -> str:
    """A file dialog's filter such as "PNG files (*.png)", in the current language."""
    return translate("FileActions", "{kind} files (*.{suffix})").format(kind=kind, suffix=suffix)


def is_session_file(path: str | Path) -> bool:
    return str(path).lower().endswith(".json")


def _cannot_write(path, exc: OSError) -> str:
    return translate("FileActions", "{path}: cannot be written ({error}).").format(path=path,
                                                                                  error=exc.strerror or exc)


def _not_shown(target: str) -> str:
    """Why a panel cannot be exported right now."""
    return translate("FileActions", "The {panel} is not shown right now (the grid search tab hides the loss "
                     "curve).").format(panel=target_names()[target].lower())


class RecentFiles:
    """Recently opened data and session files, newest first, at most MAX_RECENT; kept in
    QSettings when given one, else only for this window."""

    def __init__(self, settings: QSettings | None = None, key: str = RECENT_KEY) -> None:
        self.settings = settings
        self.key = key  # (the lesson files keep their own list)
        self._paths: list[str] = []

    def use_settings(self, settings: QSettings) -> None:
        self.settings = settings
        self._paths = []

    def paths(self) -> list[str]:
        if self.settings is None:
            return list(self._paths)
        value = self.settings.value(self.key, [])
        value = [value] if isinstance(value, str) else list(value or [])
        return [str(v) for v in value if v][:MAX_RECENT]

    def _store(self, paths: list[str]) -> None:
        paths = paths[:MAX_RECENT]
        if self.settings is None:
            self._paths = paths
        else:
            self.settings.setValue(self.key, paths)
            self.settings.sync()

    def add(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self._store([path] + [p for p in self.paths() if p != path])

    def remove(self, path: str | Path) -> None:
        self._store([p for p in self.paths() if p != str(path)])

    def clear(self) -> None:
        self._store([])

    def fill_menu(self, menu: QMenu, open_recent) -> None:
        """The numbered list (each entry's folder beside its name), then Clear, or "(none yet)"."""
        menu.clear()
        paths = self.paths()
        for number, path in enumerate(paths, start=1):
            folder = str(Path(path).parent)
            folder = folder if len(folder) <= 40 else "…" + folder[-39:]
            action = menu.addAction(f"&{number} {Path(path).name}   ({folder})")
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: open_recent(p))
        if paths:
            menu.addSeparator()
            menu.addAction(translate("FileActions", "Clear the list"), self.clear)
        else:
            menu.addAction(translate("FileActions", "(none yet)")).setEnabled(False)


class DocumentWindow(Protocol):
    """What the file actions need of the window that shows the document (MainWindow is one)."""

    look: Look

    def export_widget(self, target: str) -> QWidget: ...   # "window" or a panel's PlotWidget ("data", …)
    def set_theme(self, name: str) -> None: ...
    def setWindowTitle(self, title: str) -> None: ...  # noqa: N802 (Qt's names)
    def setWindowModified(self, modified: bool) -> None: ...  # noqa: N802
    def addAction(self, action: QAction) -> None: ...  # noqa: N802
    def close(self) -> bool: ...


class FileActions(QObject):
    def __init__(self, window: DocumentWindow, controller: Controller, undo: UndoHistory,
                 prompts: Prompts | None = None) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # (a QWidget, as the Protocol's Qt methods say)
        self.window = window
        self.controller = controller
        self.prompts = prompts or Prompts(window)
        self.undo = undo
        self.path: Path | None = None   # the session file this document was opened from or saved to
        self.recent = RecentFiles()
        self.autosave: Autosave | None = None
        self.ask_on_close = False
        self.image_options = ImageOptions()
        self.animation_options = AnimationOptions()
        self.handout_page_size = handout_export.default_page_size()
        self.undo.stack.cleanChanged.connect(self._update_title)
        self._update_title()

    # ----------------------------------------------------------------- document
    @property
    def is_clean(self) -> bool:
        return self.undo.is_clean

    @property
    def document_name(self) -> str:
        return self.path.name if self.path else self.tr("this session")

    @Slot()
    def _update_title(self) -> None:
        if not shiboken6.isValid(self.window):  # the undo stack says "clean" as the window is destroyed
            return
        title = f"{self.path.name}[*] — gdstudio" if self.path else self.tr("gdstudio — gradient descent, live") + "[*]"
        self.window.setWindowTitle(title)
        self.window.setWindowModified(not self.is_clean)

    def _fail(self, title: str, text: str) -> bool:
        self.prompts.warn(title, text)
        return False

    # --------------------------------------------------------------------- data
    def open_data(self, path: str | Path) -> bool:
        """Import points from a CSV (choosing x and y when it has more than two numeric columns).
        An undoable edit; on failure, say why and keep the current data."""
        path = Path(path)
        try:
            table = read_table(path)
        except DataFileError as exc:
            return self._fail(self.tr("Cannot open data"), self._data_unchanged(exc))
        columns = (0, 1)
        if len(table.columns) > 2:
            chosen = self.prompts.choose_columns(table, path.name)
            if chosen is None:
                return False
            columns = chosen
        try:
            data = table.points(*columns)
        except ValueError as exc:
            return self._fail(self.tr("Cannot open data"), self._data_unchanged(exc))
        self.controller.load_data(data)
        self.recent.add(path)
        if len(table.columns) > 2:
            text = self.tr("Loaded {count} points from {name} (x = {x}, y = {y}).").format(
                count=f"{len(data):,}", name=path.name, x=data.x_name, y=data.y_name)
        else:
            text = self.tr("Loaded {count} points from {name}.").format(count=f"{len(data):,}", name=path.name)
        self.controller.say(text)
        return True

    def _data_unchanged(self, exc: Exception) -> str:
        return self.tr("{error}\n\nThe current data is unchanged.").format(error=exc)

    @Slot()
    def open_data_dialog(self) -> None:
        path = self.prompts.open_path(self.tr("Open data"), data_filter(), self._folder())
        if path:
            self.open_data(path)

    def load_preset(self, preset_id: str) -> bool:
        try:
            chosen = next(p for p in presets(current_language()) if p.id == preset_id)
            data = load_preset(preset_id)
        except StopIteration:
            return self._fail(self.tr("Cannot load preset"),
                              self.tr("There is no preset '{name}'.").format(name=preset_id))
        except PresetError as exc:
            return self._fail(self.tr("Cannot load preset"), self._data_unchanged(exc))
        settings = chosen.settings_dict()
        self.controller.load_data(data, settings)
        said = self.tr("Preset “{title}”: {count} points.").format(title=chosen.title, count=f"{len(data):,}")
        if settings:
            said += " " + self._preset_settings_text()
        self.controller.say(said)
        return True

    def _preset_settings_text(self) -> str:
        """What a preset set along with its data (it suits that size), in the document's own terms."""
        document = self.controller.document
        mean = document.loss_form is LossForm.MEAN
        form = self.tr("the mean error ½·(1/N) Σ") if mean else self.tr("the summed error ½ Σ")
        sampler = document.sampler
        if sampler.mode is Sampling.MINIBATCH:
            sampling = self.tr("mini-batches of K = {k}").format(k=f"{sampler.batch_size:,}")
        elif sampler.mode is Sampling.SGD:
            sampling = self.tr("one point per step (SGD)")
        else:
            sampling = self.tr("all points per step")
        return self.tr("Set for this size: {form}, {sampling}, η = {lr}.").format(form=form, sampling=sampling,
                                                                              lr=fmt(document.lr))

    @Slot()
    def presets_dialog(self) -> None:
        try:
            found = presets(current_language())
        except PresetError as exc:
            self._fail(self.tr("Cannot list the presets"), str(exc))
            return
        chosen = self.prompts.choose_preset(found)
        if chosen:
            self.load_preset(chosen)

    def export_data(self, path: str | Path) -> bool:
        try:
            write_points(self.controller.data, path)
        except DataFileError as exc:
            return self._fail(self.tr("Cannot export data"), str(exc))
        self.controller.say(self.tr("Wrote {count} points to {name}.").format(count=f"{len(self.controller.data):,}",
                                                                           name=Path(path).name))
        return True

    @Slot()
    def export_data_dialog(self) -> None:
        if not len(self.controller.data):
            self._fail(self.tr("Nothing to export"), self.tr("There are no points to export: add some first."))
            return
        path = self.prompts.save_path(self.tr("Export data as CSV"), "points.csv", files_filter("CSV", "csv"))
        if path:
            self.export_data(path)

    def export_trajectory(self, path: str | Path) -> bool:
        """step,w0,w1,loss,grad_w0,grad_w1 of the first run, as --export-trajectory writes it."""
        history = self.controller.history
        try:
            write_trajectory(history, path)
        except DataFileError as exc:
            return self._fail(self.tr("Cannot export"), str(exc))
        self.controller.say(self.tr("Wrote {count} states to {name}.").format(count=f"{len(history):,}",
                                                                           name=Path(path).name))
        return True

    @Slot()
    def export_trajectory_dialog(self) -> None:
        path = self.prompts.save_path(self.tr("Export trajectory"), "trajectory.csv", files_filter("CSV", "csv"))
        if path:
            self.export_trajectory(path)

    def export_program(self, path: str | Path) -> bool:
        """The numpy program of the first run (the Code tab's), as --export-code writes it: with the
        data's CSV beside it for a large data set."""
        steps = program_steps(self.controller.history.steps_taken)
        try:
            written = write_program(self.controller.document, steps, path)
        except DataFileError as exc:
            return self._fail(self.tr("Cannot export"), str(exc))
        name = Path(path).name
        if len(written) > 1:
            text = self.tr("Wrote the program to {name} and its data to {data}: run it with python {name}.")
        else:
            text = self.tr("Wrote the program to {name}: run it with python {name}.")
        self.controller.say(text.format(name=name, data=written[0].name))
        return True

    @Slot()
    def export_program_dialog(self) -> None:
        path = self.prompts.save_path(self.tr("Export program"), DEFAULT_NAME, files_filter("Python", "py"))
        if path:
            self.export_program(path)

    def export_handout(self, path: str | Path, page_size: str = "A4") -> bool:
        """The handout PDF (see handout_export): the first step to work out, the figure of the window now."""
        path = Path(path)
        try:
            count = handout_export.export_handout(self.controller, self.window.export_widget("window"), path,
                                                  page_size, self.window.font())
        except OSError as exc:
            return self._fail(self.tr("Cannot export handout"), _cannot_write(path, exc))
        except ValueError as exc:  # (a path no file can have, e.g. with a NUL in it)
            return self._fail(self.tr("Cannot export handout"),
                              self.tr("{path}: cannot be written ({error}).").format(path=path, error=exc))
        self.handout_page_size = page_size
        self.controller.say(self.tr("Wrote the handout to {name} ({pages} pages, {paper}).").format(
            name=path.name, pages=count, paper=page_size))
        return True

    @Slot()
    def export_handout_dialog(self) -> None:
        page_size = self.prompts.handout_page_size(self.handout_page_size)
        if page_size is None:
            return
        path = self.prompts.save_path(self.tr("Export handout"), handout_export.DEFAULT_NAME,
                                      files_filter("PDF", "pdf"))
        if path:
            if not Path(path).suffix:
                path += ".pdf"
            self.export_handout(path, page_size)

    # ----------------------------------------------------------------- sessions
    def open_session(self, path: str | Path) -> bool:
        """Replace the document with a session file; on failure, say why and change nothing."""
        path = Path(path)
        if not self.confirm_discard():
            return False
        try:
            session = load_session(path)
        except SessionError as exc:
            return self._fail(self.tr("Cannot open session"),
                              self.tr("{error}\n\nNothing was changed.").format(error=exc))
        if not self._apply(session, self.tr("Cannot open session")):
            return False
        self.path = path
        self.undo.start_over()
        self._update_title()
        self.recent.add(path)
        self.controller.say(self.tr("Opened {name}.").format(name=path.name), MessageLevel.SUCCESS)
        return True

    def adopt(self, path: Path) -> None:
        """The controller already shows the session in `path` (opened from the command line)."""
        self.path = Path(path)
        self.undo.start_over()
        self._update_title()
        self.recent.add(path)

    def _apply(self, session: Session, title: str) -> bool:
        try:
            document = session.to_document()
        except (ValueError, TypeError) as exc:  # validated already; this is a last line of defence
            return self._fail(title, self.tr("The session could not be applied ({error}).\n\nNothing was changed.")
                              .format(error=exc))
        self.controller.open_document(document, session.speed)
        self.window.set_theme(session.theme)  # the exact demo, in its colours (unknown: ignored)
        return True

    @Slot()
    def open_session_dialog(self) -> None:
        path = self.prompts.open_path(self.tr("Open session"), session_filter(), self._folder())
        if path:
            self.open_session(path)

    def save_session(self, path: str | Path | None = None) -> bool:
        """Save to `path`, else to the file the document came from, else ask where."""
        if path is None and self.path is None:
            return self.save_session_as()
        path = Path(path) if path is not None else self.path
        try:
            save_session(self.current_session(), path)
        except SessionError as exc:
            return self._fail(self.tr("Cannot save session"),
                              self.tr("{error}\n\nThe session is not saved.").format(error=exc))
        self.path = path
        self.undo.set_clean()
        self._update_title()
        self.recent.add(path)
        if self.autosave is not None:
            self.autosave.remove()
        self.controller.say(self.tr("Saved {name}.").format(name=path.name), MessageLevel.SUCCESS)
        return True

    @Slot()
    def save_session_as(self) -> bool:
        suggested = str(self.path) if self.path else str(Path(self._folder()) / f"lesson{SESSION_SUFFIX}")
        path = self.prompts.save_path(self.tr("Save session as"), suggested, session_filter())
        if not path:
            return False
        if not Path(path).suffix:
            path += SESSION_SUFFIX
        return self.save_session(path)

    # ------------------------------------------------------------- recent files
    def open_recent(self, path: str) -> bool:
        if not Path(path).is_file():
            self.recent.remove(path)
            return self._fail(self.tr("File not found"),
                              self.tr("{path} no longer exists, so it was removed from the recent files.").format(
                                  path=path))
        return self.open_session(path) if is_session_file(path) else self.open_data(path)

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent.fill_menu(self.recent_menu, self.open_recent)

    def current_session(self) -> Session:
        """What is shown, as a session: the document, the speed and the theme in use."""
        return Session.from_document(self.controller.document, self.controller.speed, self.window.look.theme.name)

    def _folder(self) -> str:
        """Where file dialogs start: the folder of the newest recent file."""
        paths = self.recent.paths()
        return str(Path(paths[0]).parent) if paths else ""

    # ------------------------------------------------------------------ exports
    def target_sizes(self) -> dict[str, tuple[int, int]]:
        sizes = {}
        for key in TARGETS:
            size = self.window.export_widget(key).size()
            sizes[key] = (size.width(), size.height())
        return sizes

    def export_image(self, path: str | Path, options: ImageOptions) -> bool:
        """PNG of the window or a panel at options.scale × its screen size, or SVG of a panel."""
        path = Path(path)
        self.controller.flush_frame()
        try:
            if options.fmt == "svg":
                if options.target == "window":
                    return self._fail(self.tr("Cannot export image"), self.tr(
                        "SVG is made of one panel at a time: choose a panel, or PNG for the whole window."))
                raw = export.svg_bytes(self.window.export_widget(options.target).getPlotItem())
            else:
                widget = self.window.export_widget(options.target)
                if not widget.isVisible():
                    return self._fail(self.tr("Cannot export image"), _not_shown(options.target))
                raw = export.png_bytes(export.render(widget, options.scale))
            atomic_write_bytes(path, raw)
        except OSError as exc:
            return self._fail(self.tr("Cannot export image"), _cannot_write(path, exc))
        except Exception as exc:  # noqa: BLE001 — a drawing library failing must be a message, not a crash
            return self._fail(self.tr("Cannot export image"),
                              self.tr("{path}: the image could not be made ({error}).").format(path=path, error=exc))
        self.controller.say(self.tr("Wrote {name}.").format(name=path.name))
        return True

    @Slot()
    def export_image_dialog(self) -> None:
        options = self.prompts.image_options(self.target_sizes())
        if options is None:
            return
        self.image_options = options
        suffix = options.fmt
        path = self.prompts.save_path(self.tr("Export image"), f"gdstudio-{options.target}.{suffix}",
                                      files_filter(suffix.upper(), suffix))
        if path:
            if not Path(path).suffix:
                path += f".{suffix}"
            self.export_image(path, options)

    def export_animation(self, path: str | Path, options: AnimationOptions, progress: Progress | None = None) -> bool:
        """Replay the run into an animated GIF or APNG; Cancel (progress says stop) writes nothing."""
        path = Path(path)
        try:
            import PIL  # noqa: F401
        except ImportError:
            return self._fail(self.tr("Cannot export animation"),
                              self.tr("Writing animations needs the Pillow package: pip install Pillow"))
        states = max(len(run.history) for run in self.controller.runs)
        if states < 2:
            return self._fail(self.tr("Nothing to animate"), self._no_steps())
        widget = self.window.export_widget(options.target)
        if not widget.isVisible():
            return self._fail(self.tr("Cannot export animation"), _not_shown(options.target))
        self.controller.pause()
        self.controller.say("")  # no stale message in the frames
        steps = export.frame_steps(states, options.frames)
        own = progress is None
        if own:
            progress = self.prompts.progress(self.tr("Exporting animation…"), len(steps))
        try:
            frames = export.replay(self.controller, widget, steps, 1, progress)
            raw = export.animation_bytes(frames, options.fps, options.fmt)
            atomic_write_bytes(path, raw)
        except export.ExportCancelled:
            self.controller.say(self.tr("Animation export cancelled: nothing was written."))
            return False
        except OSError as exc:
            return self._fail(self.tr("Cannot export animation"), _cannot_write(path, exc))
        except Exception as exc:  # noqa: BLE001
            return self._fail(self.tr("Cannot export animation"),
                              self.tr("{path}: the animation could not be made ({error}).").format(path=path,
                                                                                                    error=exc))
        finally:
            if own:
                progress.close()
        self.controller.say(self.tr("Wrote {name}: {frames} frames.").format(name=path.name, frames=len(steps)))
        return True

    def _no_steps(self) -> str:
        return self.tr("The run has no steps yet: press Step or Play first, then export the animation.")

    @Slot()
    def export_animation_dialog(self) -> None:
        steps = max(run.history.steps_taken for run in self.controller.runs)
        if steps < 1:
            self._fail(self.tr("Nothing to animate"), self._no_steps())
            return
        options = self.prompts.animation_options(steps)
        if options is None:
            return
        self.animation_options = options
        suffix = "gif" if options.fmt == "gif" else "png"
        path = self.prompts.save_path(self.tr("Export animation"), f"gdstudio-run.{suffix}",
                                      files_filter(options.fmt.upper(), suffix))
        if path:
            if not Path(path).suffix:
                path += f".{suffix}"
            self.export_animation(path, options)

    # ------------------------------------------------------------ drag and drop
    @staticmethod
    def dropped_file(mime) -> Path | None:
        """The one local data or session file being dragged, if that is what it is."""
        urls = mime.urls() if mime.hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if is_session_file(path) or path.suffix.lower() in DATA_SUFFIXES else None

    def drag_enter(self, event) -> None:
        if self.dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event) -> None:
        path = self.dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_session(path) if is_session_file(path) else self.open_data(path)

    # ------------------------------------------------------ closing, autosave
    def confirm_discard(self) -> bool:
        """Before the document is replaced or the window closes: Save / Discard / Cancel if it has
        unsaved changes. True: go ahead."""
        if self.is_clean:
            return True
        choice = self.prompts.ask_save_changes(self.document_name)
        if choice is SaveChoice.SAVE:
            return self.save_session()
        return choice is SaveChoice.DISCARD

    def confirm_close(self) -> bool:
        return not self.ask_on_close or self.confirm_discard()

    def start(self, settings: QSettings | None = None, recovery_folder: Path | None = None) -> bool:
        """The real app's services: recent files in QSettings, the prompt on close, autosave every
        30 s while there are unsaved changes, and the offer to restore a copy left by a crash.
        Returns whether a recovery copy was restored."""
        self.recent.use_settings(settings if settings is not None else app_settings())
        if self.path is not None:
            self.recent.add(self.path)
        self.ask_on_close = True
        self.autosave = Autosave(self._write_recovery, recovery_folder, parent=self, needed=lambda: not self.is_clean)
        self.autosave.sig_failed.connect(lambda text: self.controller.say(text, MessageLevel.WARNING))
        self.undo.stack.indexChanged.connect(self.autosave.mark_changed)
        self.undo.stack.cleanChanged.connect(self._on_clean_changed)
        restored = False
        found = self.autosave.existing()
        if found is not None:
            restored = self.offer_recovery(found)
        self.autosave.start()
        return restored

    def _write_recovery(self, path: Path) -> None:
        save_session(self.current_session(), path)

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        if clean and self.autosave is not None:
            self.autosave.remove()

    def autosave_now(self) -> bool:
        """Write the recovery copy now if there are unsaved changes (the timer does this every 30 s)."""
        return self.autosave is not None and not self.is_clean and self.autosave.save_now()

    def offer_recovery(self, path: Path) -> bool:
        if not self.prompts.ask_restore(path, describe_time(path)):
            self.autosave.remove()
            return False
        try:
            session = load_session(path)
        except SessionError as exc:
            broken = path.with_name(path.name + ".broken")
            try:
                path.replace(broken)
                kept = self.tr("It was moved to {path}.").format(path=broken)
            except OSError:
                kept = self.tr("It is still at {path}.").format(path=path)
            return self._fail(self.tr("Cannot restore"),
                              self.tr("The recovery copy cannot be used: {error}\n\n{kept}").format(error=exc,
                                                                                                      kept=kept))
        if not self._apply(session, self.tr("Cannot restore")):
            return False
        self.path = None
        self.undo.start_over()
        self.undo.set_dirty()  # restored work is saved nowhere yet
        self._update_title()
        self.autosave.mark_changed()
        self.controller.say(self.tr("Restored your unsaved work: save it with Ctrl+S to keep it."),
                            MessageLevel.SUCCESS)
        return True

    def shutdown(self) -> None:
        """The window closes for good (after confirm_close): stop autosaving, remove the recovery copy."""
        if self.autosave is not None:
            self.autosave.stop()
            self.autosave.remove()
            self.autosave.release()

    # --------------------------------------------------------------------- menu
    def build_menu(self, menu: QMenu) -> None:
        def add(text: str, slot, shortcuts=(), tip: str = "") -> QAction:
            action = QAction(text, menu)  # belongs to the menu: a rebuilt menu leaves no stale shortcut
            action.setShortcuts(key_sequences(shortcuts))
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.window.addAction(action)  # its shortcut works with the menu bar hidden, too
            return action

        keys = QKeySequence.StandardKey
        self.actions = {
            "open_data": add(self.tr("&Open data (CSV)…"), self.open_data_dialog, [keys.Open],
                             self.tr("Import points from a CSV file (Undo brings the old ones back)")),
            "presets": add(self.tr("&Presets…"), self.presets_dialog, [], self.tr("Load a prepared data set")),
        }
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        menu.addSeparator()
        self.actions["open_session"] = add(self.tr("Open &session…"), self.open_session_dialog, ["Ctrl+Shift+O"],
                                           self.tr("Open a saved session: data, settings and view"))
        self.actions["save"] = add(self.tr("&Save session"), lambda: self.save_session(), [keys.Save])
        self.actions["save_as"] = add(self.tr("Save session &as…"), self.save_session_as, ["Ctrl+Shift+S"])
        menu.addSeparator()
        self.actions["export_data"] = add(self.tr("Export &data as CSV…"), self.export_data_dialog)
        self.actions["export_trajectory"] = add(self.tr("Export &trajectory as CSV…"), self.export_trajectory_dialog,
                                                [], self.tr("step, w0, w1, loss, gradient of the first run"))
        self.actions["export_program"] = add(self.tr("Export pro&gram…"), self.export_program_dialog, [],
                                             self.tr("The numpy program that does what the app does (the Code tab)"))
        self.actions["export_handout"] = add(self.tr("Export &handout (PDF)…"), self.export_handout_dialog, [],
                                             self.tr("A PDF for the students: the formulas, one step to work out by "
                                                     "hand, the figure and the answers"))
        self.actions["export_image"] = add(self.tr("Export &image…"), self.export_image_dialog, [],
                                           self.tr("The window or one panel as PNG (up to 3× for print) or SVG"))
        self.actions["export_animation"] = add(self.tr("Export a&nimation…"), self.export_animation_dialog, [],
                                               self.tr("The run so far as an animated GIF or PNG"))
        menu.addSeparator()
        self.actions["quit"] = add(self.tr("&Quit"), self.window.close, [keys.Quit])
        self._update_title()  # the window's title in the menu's language (a rebuild sets a bare one)


