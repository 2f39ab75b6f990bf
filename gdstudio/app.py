"""Entry point: parse the command line, then export headless, take a screenshot, or run the app."""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from gdstudio.assets import builtin_lesson, default_dataset
from gdstudio.cli import document_from_args, parse_args
from gdstudio.core.code_export import write_program
from gdstudio.core.csvio import DataFileError, read_points, write_trajectory
from gdstudio.core.descent import Stop, descend, evaluate
from gdstudio.core.document import Document, Fit, problem_for
from gdstudio.core.history import RunHistory
from gdstudio.core.lesson import LessonError, load_lesson
from gdstudio.core.session import SessionError, load_session

if TYPE_CHECKING:
    from gdstudio.ui.main_window import MainWindow

SCREENSHOT_TIMEOUT_S = 120


def _fail(message: str) -> int:
    print(f"gdstudio: {message}", file=sys.stderr)
    return 2


def check_optimizer_settings(document: Document) -> str | None:
    """A message if the hyperparameters given are not valid for the optimizers chosen."""
    for key in document.optimizers:
        try:
            document.optimizer(key)
        except (TypeError, ValueError) as exc:
            return f"{key}: {exc}"
    return None


def export_trajectory(document: Document, steps: int, path: str) -> int:
    """Run the document's first run in the numpy core alone (no Qt) and write the trajectory CSV:
    the same problem_for as the window's worker steps, so the two cannot disagree."""
    fit = Fit.of(document)
    history = RunHistory(evaluate(fit.surface, np.array(document.start)))
    if steps and len(document.data):
        chunk = descend(problem_for(document, 0, fit), history.state(), steps)
        history.extend(chunk)
        if chunk.stop is Stop.DIVERGED:
            print(f"gdstudio: diverged at step {len(chunk) + 1}: η = {document.lr:g} is too large for this data "
                  f"(it must be below 2/λmax = {fit.surface.max_stable_lr():.3g}); "
                  f"wrote the {len(history)} finite states.", file=sys.stderr)
    try:
        write_trajectory(history, path)
    except DataFileError as exc:
        return _fail(str(exc))
    return 0


def export_code(document: Document, steps: int, path: str) -> int:
    """Write the numpy program of the document's first run (no Qt): `python FILE.py` prints what
    export_trajectory writes."""
    try:
        write_program(document, steps, path)
    except DataFileError as exc:
        return _fail(str(exc))
    return 0


def main(argv: list[str] | None = None, on_started: Callable[[MainWindow], None] | None = None) -> int:
    """Run gdstudio; `on_started(window)` is called once the window is up (tests hook in there)."""
    args = parse_args(argv)
    if args.install_desktop or args.uninstall_desktop:  # no data, no Qt
        from gdstudio import desktop_entry

        return desktop_entry.run(uninstalling=args.uninstall_desktop)
    session = None
    try:
        if args.session:
            session = load_session(args.session)
            data = session.to_dataset()
        else:
            data = read_points(args.data) if args.data else default_dataset()
    except (DataFileError, SessionError) as exc:
        return _fail(str(exc))
    document = session.to_document() if session is not None else document_from_args(args, data)
    lesson = None
    if args.lecture is not None:
        try:
            lesson = load_lesson(args.lesson) if args.lesson else builtin_lesson()
        except LessonError as exc:
            return _fail(str(exc))
        if args.lecture > len(lesson.scenes):
            return _fail(f"--lecture {args.lecture}: the lesson has {len(lesson.scenes)} parts "
                         f"(1–{len(lesson.scenes)}).")
        document = lesson.scenes[args.lecture - 1].document
    problem = check_optimizer_settings(document)
    if problem:
        return _fail(problem)
    if args.export_code:
        code = export_code(document, 100 if args.steps is None else args.steps, args.export_code)
        if code or not (args.export_trajectory or args.export_handout):
            return code
    if args.export_trajectory:
        code = export_trajectory(document, 100 if args.steps is None else args.steps, args.export_trajectory)
        if code or not args.export_handout:
            return code
    headless = bool(args.screenshot or args.export_handout)
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # Qt is imported only now, so the headless export above starts fast and needs no display.
    from PySide6.QtWidgets import QApplication

    from gdstudio import app_info, i18n
    from gdstudio.engine.controller import Controller, MessageLevel
    from gdstudio.engine.garbage import GuiGarbageCollector
    from gdstudio.engine.grid_sweep import GridSearchRun
    from gdstudio.engine.lecture import Lecture
    from gdstudio.ui import style
    from gdstudio.ui.classroom import saved_look
    from gdstudio.ui.document.undo import UndoHistory
    from gdstudio.ui.main_window import MainWindow
    from gdstudio.ui.widgets.icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    GuiGarbageCollector.install()  # before any Qt object can become garbage
    app_info.identify(app)  # before any QSettings or data folder is asked for
    app.setWindowIcon(app_icon())
    # The look: the command line first, then what this teacher used last time (not for screenshots,
    # which must not depend on a machine's history), then the defaults.
    remembered = saved_look(i18n.system_language()) if not headless else ("light", 1.0, "en")
    theme = args.theme or (session.theme if session is not None else remembered[0])
    scale = args.scale / 100 if args.scale else remembered[1]
    language = args.lang or remembered[2]
    look = style.Look.of(theme, scale, language)
    style.apply_to_application(app, look)
    i18n.install_language(app, language)
    controller = Controller(document, speed=session.speed if session is not None else 20.0)
    try:
        # The long-lived objects, made once here and handed to the window that shows them.
        grid_sweep = GridSearchRun(controller)
        lecture = Lecture(controller, grid_sweep, lesson or builtin_lesson())
        window = MainWindow(controller, look, undo=UndoHistory(controller), grid_sweep=grid_sweep, lecture=lecture)
        if session is not None:
            window.file_actions.adopt(Path(args.session))
        if lesson is not None:
            if args.lesson:
                window.lecture_actions.files.adopt(Path(args.lesson))
            window.lecture_actions.start(args.lecture - 1)
        if args.export_handout:
            return take_handout(app, controller, window, args)
        if args.screenshot:
            return take_screenshot(app, controller, window, args)
        window.resize(1280, 800)
        window.classroom.remember = True  # the real app remembers the look; tests and screenshots do not
        window.classroom.restore_geometry()
        window.show()
        window.classroom.restore_splitters()
        if args.fullscreen:
            window.classroom.toggle_fullscreen()
        if args.presenter:
            window.presenter.start()
        notice = i18n.missing_font_notice(language)
        if notice:
            controller.say(notice, MessageLevel.WARNING)
        window.file_actions.start()  # recent files, prompt on close, autosave; offers to restore after a crash
        window.lecture_actions.files.start()  # recent lessons; unsaved lesson edits are asked about on close
        if on_started is not None:
            on_started(window)
        return app.exec()
    finally:
        controller.shutdown()


def take_screenshot(app, controller, window, args) -> int:
    _settle(app, controller, window, args)
    return _save_screenshot(window, Path(args.screenshot))


def _save_screenshot(window, path: Path) -> int:
    ok = window.grab().save(str(path), "PNG")
    window.close()
    if not ok:
        return _fail(f"{path}: cannot write the screenshot.")
    return 0


def take_handout(app, controller, window, args) -> int:
    """--export-handout: the window after --steps steps is the figure (then --screenshot too, if asked)."""
    from gdstudio.ui.document.handout_export import export_handout

    _settle(app, controller, window, args)
    path = Path(args.export_handout)
    try:
        export_handout(controller, window.export_widget("window"), path, args.page_size, window.font())
    except (OSError, ValueError) as exc:
        window.close()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return _fail(f"{path}: cannot be written ({reason}).")
    if args.screenshot:
        return _save_screenshot(window, Path(args.screenshot))
    window.close()
    return 0


def _settle(app, controller, window, args) -> None:
    """The window at --size after --beats lecture beats and --steps steps, drawn."""
    window.resize(*args.size)
    window.show()
    if args.beats:
        controller.set_speed(math.inf)  # (a beat that plays: to the end at once, not at the lecture's pace)
        for _ in range(args.beats):
            window.lecture.next()
            _wait_for_steps(app, controller)
        if window.grid_sweep.is_running:
            window.grid_sweep.skip_to_end()  # (a sweep beat: its result, not its first row)
    if args.steps:
        controller.step(args.steps)
    _wait_for_steps(app, controller)
    controller.flush_frame()
    app.processEvents()
    _paint_until_laid_out(app, window)


def _paint_until_laid_out(app, window) -> None:
    """Paint until the layout stops changing: pyqtgraph's axes learn their tick labels' size only when
    they paint, then ask for room, so the first frame at 150–200 % showed axis labels over the ticks."""
    import pyqtgraph as pg

    def axis_sizes() -> list:
        return [axis.size() for view in window.findChildren(pg.GraphicsView) for axis in view.scene().items()
                if isinstance(axis, pg.AxisItem)]

    for _ in range(5):
        before = axis_sizes()
        window.grab()  # (paints everything once)
        app.processEvents()
        if axis_sizes() == before:
            return


def _wait_for_steps(app, controller) -> None:
    deadline = time.monotonic() + SCREENSHOT_TIMEOUT_S
    while (controller.busy or controller.player.playing) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
