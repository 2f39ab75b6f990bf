"""The File menu: CSV import (choosing columns), presets, sessions, recent files, exports,
drag-and-drop and the unsaved-changes prompt. Every failure is one clear message and
changes nothing."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QLineEdit, QMessageBox

from gdstudio.assets import load_preset, presets
from gdstudio.core.csvio import parse_table, read_points
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.session import load_session
from gdstudio.ui.document.file_actions import MAX_RECENT
from gdstudio.ui.document.file_dialogs import (
    AnimationOptions,
    ColumnDialog,
    ImageExportDialog,
    ImageOptions,
    PresetDialog,
)
from gdstudio.ui.document.prompts import Progress, SaveChoice, restore_box, save_changes_box
from tests.ui.conftest import wait_idle


class FakePrompts:
    """Answers every question at once and records every message."""

    def __init__(self) -> None:
        self.warnings: list[tuple[str, str]] = []
        self.columns: tuple[int, int] | None = None
        self.preset: str | None = None
        self.save_choice = SaveChoice.CANCEL
        self.save_to: str | None = None
        self.open_from: str | None = None
        self.asked: list[str] = []

    def warn(self, title, text):
        self.warnings.append((title, text))

    def choose_columns(self, table, name):
        self.asked.append("columns")
        return self.columns

    def choose_preset(self, found):
        self.asked.append("preset")
        return self.preset

    def ask_save_changes(self, name):
        self.asked.append("save changes")
        return self.save_choice

    def ask_restore(self, path, when):
        self.asked.append("restore")
        return True

    def open_path(self, title, filters, folder=""):
        return self.open_from

    def save_path(self, title, suggested, filters):
        return self.save_to

    def image_options(self, sizes):
        return ImageOptions("data", "png", 2)

    def animation_options(self, steps):
        return AnimationOptions("loss", "gif", 5, 10)

    def progress(self, title, total):
        return FakeProgress()

    @property
    def last(self) -> str:
        return self.warnings[-1][1]


class FakeProgress:
    closed = False

    def __call__(self, done, total):
        return True

    def close(self):
        self.closed = True


@pytest.fixture
def prompts(window) -> FakePrompts:
    fake = FakePrompts()
    window.file_actions.prompts = fake
    return fake


@pytest.fixture
def actions(window, prompts):
    return window.file_actions


def unchanged(controller, before, undo_steps: int, undo) -> bool:
    return controller.document == before and undo.stack.count() == undo_steps


# --------------------------------------------------------------------------------- CSV


def test_a_table_with_more_than_two_columns_asks_which_are_x_and_y(actions, prompts, controller, tmp_path):
    path = tmp_path / "shops.csv"
    path.write_text("city;year;spend;clicks;price\nA;2020;1.5;20;3\nB;2021;2.5;30;4\nC;2022;3.5;41;5\n")
    prompts.columns = (2, 0)  # numeric columns: year, spend, clicks, price
    assert actions.open_data(path)
    assert prompts.asked == ["columns"]
    np.testing.assert_array_equal(controller.data.x, [20, 30, 41])
    np.testing.assert_array_equal(controller.data.y, [2020, 2021, 2022])
    assert (controller.data.x_name, controller.data.y_name) == ("clicks", "year")
    assert "x = clicks, y = year" in controller.message[0]


def test_cancelling_the_column_choice_changes_nothing(actions, prompts, controller, window, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("a,b,c\n1,2,3\n4,5,6\n")
    before, steps = controller.document, window.undo_history.stack.count()
    assert not actions.open_data(path)
    assert unchanged(controller, before, steps, window.undo_history) and prompts.warnings == []


def test_two_columns_load_directly_and_the_import_is_undoable(actions, prompts, controller, window, tmp_path):
    before = controller.document
    path = tmp_path / "two.csv"
    path.write_text(" hours , score \n\n1, 2\n2, 4\n3, 7\n")
    assert actions.open_data(path)
    assert prompts.asked == []
    np.testing.assert_array_equal(controller.data.y, [2, 4, 7])
    assert window.undo_history.undo_action.text() == "Undo load data"
    window.undo_history.undo()
    assert controller.document == before


BAD_CSV = {
    "text-cell.csv": (b"x,y\n1,2\n3,banana\n", ["line 3", "banana"]),
    "nan.csv": (b"x,y\n1,2\n3,nan\n", ["line 3", "finite"]),
    "one-column.csv": (b"1\n2\n3\n", ["line 1", "two columns"]),
    "empty.csv": (b"", ["empty"]),
    "binary.csv": (b"\x00\x01\x02binary", ["not a text file"]),
    "ragged.csv": (b"x,y,z\n1,2,3\n4,5\n", ["line 3", "3 values"]),
    "decimal-comma.csv": (b"x;y\n1,5;2,5\n", ["decimal mark"]),
}


def test_every_rejected_import_is_its_own_message_and_leaves_everything_as_it_was(actions, prompts, controller,
                                                                                 window, tmp_path):
    controller.add_point(9.0, 9.0)
    before, data, steps = controller.document, controller.data, window.undo_history.stack.count()
    for name, (raw, expected) in BAD_CSV.items():
        path = tmp_path / name
        path.write_bytes(raw)
        assert not actions.open_data(path)
        assert controller.data is data and unchanged(controller, before, steps, window.undo_history)
        title, text = prompts.warnings[-1]
        assert title == "Cannot open data" and "unchanged" in text and name in text
        for part in expected:
            assert part in text, (name, text)
    assert len(prompts.warnings) == len(BAD_CSV)


def test_a_folder_or_missing_file_is_a_message(actions, prompts, controller, tmp_path):
    before = controller.document
    assert not actions.open_data(tmp_path)
    assert "is a folder" in prompts.last
    assert not actions.open_data(tmp_path / "gone.csv")
    assert "cannot be read" in prompts.last
    assert controller.document == before


def test_column_dialog_refuses_the_same_column_twice(qtbot):
    dialog = ColumnDialog(parse_table("year,spend,clicks\n1,2,3\n4,5,6\n", "t.csv"), "t.csv")
    qtbot.addWidget(dialog)
    assert dialog.columns() == (0, 1)
    dialog.y_box.setCurrentIndex(0)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "different" in dialog.problem.text()
    dialog.y_box.setCurrentIndex(2)
    assert dialog.columns() == (0, 2)


def test_export_data_round_trips(actions, prompts, controller, tmp_path):
    prompts.save_to = str(tmp_path / "points.csv")
    actions.export_data_dialog()
    back = read_points(tmp_path / "points.csv")
    np.testing.assert_array_equal(back.x, controller.data.x)
    np.testing.assert_array_equal(back.y, controller.data.y)
    controller.clear_points()
    actions.export_data_dialog()
    assert "no points" in prompts.last


def test_export_trajectory_writes_the_cli_format(qtbot, actions, controller, tmp_path):
    controller.step(5)
    wait_idle(qtbot, controller)
    path = tmp_path / "run.csv"
    assert actions.export_trajectory(path)
    lines = path.read_text().splitlines()
    assert lines[0] == "step,w0,w1,loss,grad_w0,grad_w1" and len(lines) == 7


# ----------------------------------------------------------------------------- presets


def test_presets_load_through_the_chooser(actions, prompts, controller, window):
    before = controller.document
    prompts.preset = "anscombe-2"
    actions.presets_dialog()
    expected = load_preset("anscombe-2")
    np.testing.assert_array_equal(controller.data.x, expected.x)
    np.testing.assert_array_equal(controller.data.y, expected.y)
    assert "Anscombe" in controller.message[0]
    window.undo_history.undo()
    assert controller.document == before


def test_the_large_preset_brings_its_settings_in_one_undoable_edit(actions, controller, window):
    """100,000 points open with the mean error, mini-batches of K = 200 and η = 0.2 (it works out of
    the box), the message says so, and one undo restores the data and the settings together."""
    before = controller.document
    assert actions.load_preset("large-100k")
    document = controller.document
    assert len(document.data) == 100_000
    assert (document.loss_form, document.lr) == (LossForm.MEAN, 0.2)
    assert (document.sampler.mode, document.sampler.batch_size) == (Sampling.MINIBATCH, 200)
    assert document.sampler.seed == before.sampler.seed
    said = controller.message[0]
    assert "100,000 points" in said and "K = 200" in said and "η = 0.2" in said and "mean error" in said
    window.undo_history.undo()
    assert controller.document == before
    assert actions.load_preset("anscombe-1")  # a preset without settings keeps the teacher's
    assert (controller.document.loss_form, controller.document.lr) == (before.loss_form, before.lr)
    assert "Set for this size" not in controller.message[0]


def test_cancelling_the_preset_chooser_and_an_unknown_preset(actions, prompts, controller):
    before = controller.document
    actions.presets_dialog()
    assert controller.document == before
    assert not actions.load_preset("no-such-preset")
    assert "no-such-preset" in prompts.last and controller.document == before


def test_preset_dialog_lists_titles_and_describes_the_chosen_one(qtbot):
    found = presets()
    dialog = PresetDialog(found)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(found) >= 8
    assert dialog.chosen() == found[0].id
    dialog.list.setCurrentRow(3)
    assert dialog.chosen() == found[3].id
    assert found[3].title in dialog.description.text()


# ---------------------------------------------------------------------------- sessions


def test_session_save_and_open_round_trip(actions, prompts, controller, window, tmp_path):
    controller.add_point(0.5, 0.25)
    controller.set_lr(0.011)
    controller.set_start(-1.0, 2.0)
    controller.set_sampler(Sampler(Sampling.MINIBATCH, 3, 11))
    controller.set_optimizer_params("adam", betas=(0.8, 0.99))
    controller.set_optimizers(["gd", "adam"])
    controller.set_layers(constraint_lines=True, gradient_field="descent")
    controller.set_speed(55.0)
    saved = controller.document
    path = tmp_path / "lesson.gdstudio.json"
    assert actions.save_session(path)
    assert actions.is_clean and not window.isWindowModified() and "lesson.gdstudio.json" in window.windowTitle()
    assert json.loads(path.read_text())["schema_version"] == 1

    controller.load_data(load_preset("outlier"))
    controller.set_lr(0.3)
    controller.set_layers(constraint_lines=False, squared_residuals=True)
    controller.set_speed(5.0)
    prompts.save_choice = SaveChoice.DISCARD
    assert actions.open_session(path)
    assert prompts.asked == ["save changes"]
    assert controller.document == saved
    np.testing.assert_array_equal(controller.data.x, saved.data.x)
    assert controller.speed == 55.0
    assert controller.history.steps_taken == 0 and tuple(controller.current.w) == (-1.0, 2.0)
    assert window.undo_history.stack.count() == 0 and actions.is_clean
    assert actions.path == path


def test_unsaved_changes_cancel_stops_opening(actions, prompts, controller, tmp_path):
    path = tmp_path / "s.gdstudio.json"
    assert actions.save_session(path)
    controller.add_point(3.0, 3.0)
    before = controller.document
    prompts.save_choice = SaveChoice.CANCEL
    assert not actions.open_session(path)
    assert controller.document == before and not actions.is_clean


def test_save_without_a_file_asks_where_and_adds_the_suffix(actions, prompts, tmp_path):
    prompts.save_to = str(tmp_path / "lesson")
    assert actions.save_session()
    assert (tmp_path / "lesson.gdstudio.json").is_file()
    assert actions.path == tmp_path / "lesson.gdstudio.json"


BAD_SESSIONS = {
    "newer.gdstudio.json": ('{"schema_version": 99}', "newer gdstudio"),
    "truncated.gdstudio.json": ('{"schema_version": 1, "lr": 0.0', "truncated"),
    "not-json.gdstudio.json": ("lr = 0.02\n", "not valid JSON"),
    "list.gdstudio.json": ("[1, 2, 3]", "expected a JSON object"),
    "empty.gdstudio.json": ("", "empty"),
    "no-version.gdstudio.json": ('{"lr": 0.02}', "no schema_version"),
}


def test_every_bad_session_is_its_own_message_and_changes_nothing(actions, prompts, controller, window, tmp_path):
    controller.add_point(1.5, 1.5)
    prompts.save_choice = SaveChoice.DISCARD
    before, steps = controller.document, window.undo_history.stack.count()
    for name, (text, expected) in BAD_SESSIONS.items():
        path = tmp_path / name
        path.write_text(text)
        assert not actions.open_session(path)
        assert unchanged(controller, before, steps, window.undo_history)
        assert actions.path is None and not actions.is_clean
        title, message = prompts.warnings[-1]
        assert title == "Cannot open session" and expected in message and "Nothing was changed" in message, name
        assert name in message


def test_a_session_with_a_bad_field_names_it(actions, prompts, controller, tmp_path):
    good = tmp_path / "good.gdstudio.json"
    actions.save_session(good)
    doc = json.loads(good.read_text())
    doc["lr"] = -1
    bad = tmp_path / "bad.gdstudio.json"
    bad.write_text(json.dumps(doc))
    before = controller.document
    assert not actions.open_session(bad)
    assert "lr" in prompts.last and "greater than 0" in prompts.last
    assert controller.document == before


def test_saving_into_a_folder_is_a_message(actions, prompts, tmp_path):
    assert not actions.save_session(tmp_path)
    assert prompts.warnings[-1][0] == "Cannot save session" and "not saved" in prompts.last
    assert actions.path is None


# ------------------------------------------------------------------------ recent files


def test_recent_files_keep_eight_newest_first_and_drop_missing_ones(actions, prompts, tmp_path):
    actions.recent.use_settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    paths = []
    for k in range(MAX_RECENT + 2):
        p = tmp_path / f"d{k}.csv"
        p.write_text(f"x,y\n{k},1\n{k + 1},2\n")
        assert actions.open_data(p)
        paths.append(str(p.resolve()))
    assert actions.recent.paths() == paths[::-1][:MAX_RECENT]
    reopened = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert len(reopened.value("recent_files")) == MAX_RECENT
    Path(paths[-1]).unlink()
    assert not actions.open_recent(paths[-1])
    assert "no longer exists" in prompts.last and paths[-1] not in actions.recent.paths()
    actions._fill_recent_menu()
    texts = [a.text() for a in actions.recent_menu.actions() if a.text()]
    assert texts[0].startswith("&1 d8.csv") and texts[-1] == "Clear the list"


def test_a_recent_session_opens_as_a_session(actions, prompts, controller, tmp_path):
    path = tmp_path / "r.gdstudio.json"
    controller.set_lr(0.017)
    actions.save_session(path)
    controller.set_lr(0.5)
    prompts.save_choice = SaveChoice.DISCARD
    assert actions.open_recent(str(path.resolve()))
    assert controller.lr == 0.017


# ----------------------------------------------------------------------------- exports


def test_png_export_at_1x_and_2x(actions, window, tmp_path):
    for scale in (1, 2, 3):
        w, h = window.data_panel.width(), window.data_panel.height()  # the message bar may have taken room
        assert actions.export_image(tmp_path / f"{scale}.png", ImageOptions("data", "png", scale))
        image = QImage(str(tmp_path / f"{scale}.png"))
        assert (image.width(), image.height()) == (scale * w, scale * h)
    size = window.centralWidget().size()
    assert actions.export_image(tmp_path / "window.png", ImageOptions("window", "png", 1))
    assert QImage(str(tmp_path / "window.png")).size() == size


def test_svg_export_is_parseable_and_whole_window_svg_is_refused(actions, prompts, tmp_path):
    for target in ("data", "surface", "loss"):
        path = tmp_path / f"{target}.svg"
        assert actions.export_image(path, ImageOptions(target, "svg"))
        root = ET.parse(path).getroot()
        assert root.tag.endswith("svg") and len(list(root.iter())) > 10
    assert not actions.export_image(tmp_path / "w.svg", ImageOptions("window", "svg"))
    assert "one panel" in prompts.last and not (tmp_path / "w.svg").exists()


def test_image_export_dialog_flow_and_unwritable_target(actions, prompts, tmp_path):
    prompts.save_to = str(tmp_path / "shot")
    actions.export_image_dialog()
    assert QImage(str(tmp_path / "shot.png")).width() == 2 * actions.window.data_panel.width()
    assert not actions.export_image(tmp_path / "missing" / "x.png", ImageOptions("data", "png", 1))
    assert "cannot be written" in prompts.last


def test_image_dialog_offers_svg_only_for_panels(qtbot):
    dialog = ImageExportDialog()
    qtbot.addWidget(dialog)
    dialog.set_sizes({"window": (1000, 700), "data": (500, 300), "surface": (500, 300), "loss": (400, 200)})
    dialog.scale.setCurrentIndex(dialog.scale.findData(2))
    assert dialog.size_hint.text() == "2000 × 1400 pixels"
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("svg"))
    assert dialog.options().target == "data" and not dialog.scale.isEnabled()


def _run_steps(qtbot, controller, n: int) -> None:
    controller.step(n)
    wait_idle(qtbot, controller)
    assert controller.history.steps_taken == n


def test_gif_export_replays_the_run(qtbot, actions, controller, tmp_path):
    _run_steps(qtbot, controller, 20)
    w_before = controller.history.w.copy()
    path = tmp_path / "run.gif"
    seen = []
    assert actions.export_animation(path, AnimationOptions("loss", "gif", 6, 10),
                                    progress=lambda done, total: seen.append((done, total)) or True)
    assert seen[-1] == (6, 6)
    with Image.open(path) as gif:
        assert gif.format == "GIF" and gif.is_animated and gif.n_frames > 1
    assert controller.cursor is None
    np.testing.assert_array_equal(controller.history.w, w_before)  # the live run is untouched


def test_apng_export(qtbot, actions, controller, tmp_path):
    _run_steps(qtbot, controller, 8)
    path = tmp_path / "run.png"
    assert actions.export_animation(path, AnimationOptions("surface", "apng", 4, 5), progress=lambda d, t: True)
    with Image.open(path) as png:
        assert png.format == "PNG" and png.is_animated and png.n_frames == 4


def test_cancel_stops_the_animation_and_writes_nothing(qtbot, actions, controller, tmp_path):
    _run_steps(qtbot, controller, 30)
    path = tmp_path / "run.gif"
    calls = []
    assert not actions.export_animation(path, AnimationOptions("loss", "gif", 20, 10),
                                        progress=lambda done, total: calls.append(done) or done < 2)
    assert calls == [1, 2] and not path.exists()
    assert "cancelled" in controller.message[0]
    assert controller.cursor is None and controller.history.steps_taken == 30


def test_no_steps_no_animation(actions, prompts, tmp_path):
    assert not actions.export_animation(tmp_path / "a.gif", AnimationOptions())
    assert "no steps" in prompts.last


def test_progress_dialog_cancel(qtbot, window):
    progress = Progress(window, "Exporting", 10)
    assert progress(1, 10)
    progress.dialog.cancel()
    assert not progress(2, 10)
    progress.close()


def test_animation_dialog_flow(qtbot, actions, prompts, controller, tmp_path):
    _run_steps(qtbot, controller, 10)
    prompts.save_to = str(tmp_path / "anim")
    actions.export_animation_dialog()
    with Image.open(tmp_path / "anim.gif") as gif:
        assert gif.n_frames == 5


# ---------------------------------------------------------------------- drag and drop


def _mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_dropping_a_csv_loads_it_and_other_files_are_refused(window, controller, prompts, tmp_path):
    csv_path = tmp_path / "dropped.csv"
    csv_path.write_text("x,y\n1,10\n2,20\n")
    mime = _mime(csv_path)
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    np.testing.assert_array_equal(controller.data.y, [10, 20])

    other = _mime(tmp_path / "picture.exe")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, other, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()
    assert window.acceptDrops()


@pytest.mark.parametrize("where", ["plot", "edit box"])
def test_a_file_dropped_on_a_plot_or_an_edit_box_is_opened(qapp, window, controller, prompts, tmp_path, where):
    csv_path = tmp_path / "on-plot.csv"
    csv_path.write_text("x,y\n1,5\n2,6\n")
    mime = _mime(csv_path)
    target = window.data_panel.viewport() if where == "plot" else window.controls.findChild(QLineEdit)
    text = target.text() if where == "edit box" else None
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    qapp.sendEvent(target, enter)
    assert enter.isAccepted()
    qapp.sendEvent(target, QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                      Qt.KeyboardModifier.NoModifier))
    np.testing.assert_array_equal(controller.data.y, [5, 6])
    if where == "edit box":
        assert target.text() == text  # not the file's path pasted in


def test_dropping_a_session_opens_it(window, controller, actions, prompts, tmp_path):
    path = tmp_path / "drop.gdstudio.json"
    controller.set_lr(0.013)
    actions.save_session(path)
    controller.set_lr(0.2)
    prompts.save_choice = SaveChoice.DISCARD
    mime = _mime(path)  # the event only points to it: keep it alive
    window.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    assert controller.lr == 0.013 and load_session(path).lr == 0.013


# -------------------------------------------------------------------- closing, menu


def test_close_with_unsaved_changes_asks(window, controller, actions, prompts, tmp_path):
    actions.ask_on_close = True
    controller.add_point(4.0, 4.0)
    prompts.save_choice = SaveChoice.CANCEL
    assert not window.close()
    assert window.isVisible() and prompts.asked == ["save changes"]
    prompts.save_choice = SaveChoice.SAVE
    prompts.save_to = str(tmp_path / "closing.gdstudio.json")
    assert window.close()
    assert load_session(tmp_path / "closing.gdstudio.json").x[-1] == 4.0


def test_close_discarding_and_clean_close_does_not_ask(window, controller, actions, prompts):
    actions.ask_on_close = True
    assert actions.confirm_close() and prompts.asked == []
    controller.add_point(4.0, 4.0)
    prompts.save_choice = SaveChoice.DISCARD
    assert window.close()


def test_file_menu_has_everything(window):
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    for expected in ("&Open data (CSV)…", "&Presets…", "Open &recent", "Open &session…", "&Save session",
                     "Save session &as…", "Export &data as CSV…", "Export &trajectory as CSV…", "Export &image…",
                     "Export a&nimation…", "&Quit"):
        assert expected in texts
    assert window.file_actions.actions["save"].shortcut().toString() == "Ctrl+S"
    assert window.file_actions.actions["open_data"].shortcut().toString() == "Ctrl+O"


@pytest.mark.parametrize("button, choice", [(QMessageBox.StandardButton.Save, SaveChoice.SAVE),
                                            (QMessageBox.StandardButton.Discard, SaveChoice.DISCARD),
                                            (QMessageBox.StandardButton.Cancel, SaveChoice.CANCEL)])
def test_the_real_questions_map_their_buttons(qtbot, button, choice):
    box = save_changes_box(None, "lesson.gdstudio.json")
    qtbot.addWidget(box)
    assert "lesson.gdstudio.json" in box.text()
    box.button(button).click()
    assert box.property("choice") is choice
    restore = restore_box(None, "2026-01-01 10:00")
    qtbot.addWidget(restore)
    assert "2026-01-01 10:00" in restore.text() and restore.defaultButton().text() == "Restore"
