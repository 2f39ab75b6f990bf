"""--lecture, --lesson and --beats: a part of a lesson on screen, and a clear exit 2 for anything unusable."""

from __future__ import annotations

import json

import pytest

from gdstudio import app
from gdstudio.assets import builtin_lesson, resource
from gdstudio.engine.grid_sweep import SweepState


def run(argv, capsys) -> tuple[int, str]:
    code = app.main(argv)
    return code, capsys.readouterr().err


@pytest.fixture
def shown(monkeypatch):
    """What the window showed when its screenshot was taken."""
    seen = {}
    take = app.take_screenshot

    def spy(qt_app, controller, window, args):
        grab = window.grab

        def grab_and_look():
            seen.update(scene=window.lecture.scene_index, done=window.lecture.done, active=window.lecture.active,
                        caption=window.caption.caption.text(), grid=window.grid_sweep.state,
                        presenting=window.classroom.presenting, document=controller.document)
            return grab()
        window.grab = grab_and_look
        return take(qt_app, controller, window, args)
    monkeypatch.setattr(app, "take_screenshot", spy)
    return seen


def test_a_screenshot_of_a_lecture_part_after_its_beats(qapp, tmp_path, shown):
    out = tmp_path / "part5.png"
    assert app.main(["--lecture", "5", "--beats", "1", "--lang", "ja", "--screenshot", str(out)]) == 0
    assert out.stat().st_size > 10_000
    scene = builtin_lesson().scenes[4]
    assert (shown["scene"], shown["done"], shown["active"], shown["presenting"]) == (4, 1, True, True)
    assert shown["caption"] == scene.caption.get("ja") and shown["grid"] is SweepState.DONE


def test_a_lesson_file_opens_at_its_first_part(qapp, tmp_path, shown):
    lesson = json.loads(resource("lessons", "lecture.json").read_text(encoding="utf-8"))
    lesson["scenes"] = lesson["scenes"][7:]
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(lesson), encoding="utf-8")
    assert app.main(["--lesson", str(path), "--beats", "3", "--screenshot", str(tmp_path / "a.png")]) == 0
    assert (shown["scene"], shown["done"]) == (0, 2)  # the question, its reveal, the step
    assert shown["caption"].startswith("Go against the gradient")


def test_a_part_beyond_the_lesson_is_one_clear_line(qapp, tmp_path, capsys):
    code, err = run(["--lecture", "10", "--screenshot", str(tmp_path / "x.png")], capsys)
    assert (code, err) == (2, "gdstudio: --lecture 10: the lesson has 9 parts (1–9).\n")
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("argv,expected", [
    (["--lecture", "0"], "the part number must be 1 or more"),
    (["--lecture", "two"], "'two' is not a whole number"),
    (["--beats", "2"], "--beats takes the beats of a lecture part: give --lecture N too"),
    (["--lecture", "--data", "x.csv"], "cannot be used with --session or --data"),
])
def test_a_bad_lecture_option_is_a_usage_error(tmp_path, capsys, argv, expected):
    with pytest.raises(SystemExit) as caught:
        app.main([*argv, "--screenshot", str(tmp_path / "x.png")])
    assert caught.value.code == 2 and expected in capsys.readouterr().err


@pytest.mark.parametrize("content,expected", [
    (b"", "the file is empty"),
    (b"{\"format\": \"gdstudio-lesson\", \"schema_version\": 99}", "made by a newer gdstudio (lesson format 99"),
    (b"[1, 2, 3]", "not a gdstudio lesson"),
    (b"{\"format\": \"gdstudio-lesson\", \"schema_version\": 1, \"title\": 5, \"scenes\": []}", "scenes: must be"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary data"),
])
def test_an_unusable_lesson_file_is_one_clear_line_and_exit_2(qapp, tmp_path, capsys, content, expected):
    path = tmp_path / "lesson.json"
    path.write_bytes(content)
    for extra in ([], ["--screenshot", str(tmp_path / "x.png")]):
        code, err = run(["--lesson", str(path), *extra], capsys)
        assert code == 2 and err.startswith(f"gdstudio: {path}: ") and expected in err, err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_a_folder_as_a_lesson(qapp, tmp_path, capsys):
    code, err = run(["--lesson", str(tmp_path), "--screenshot", str(tmp_path / "x.png")], capsys)
    assert code == 2 and "is a folder, not a lesson file" in err
