"""--export-handout FILE.pdf [--page-size A4|Letter]: the handout without a window on screen; its answer
page holds the numbers of --export-trajectory's first step; bad paths and sizes end with exit code 2."""

from __future__ import annotations

import csv

import pytest

from gdstudio import app, i18n
from gdstudio.cli import parse_args
from gdstudio.ui.document.handout_pages import W_DIGITS, num
from tests.ui.pdf_text import media_box, page_texts, pages


@pytest.fixture
def language(qapp):
    before = i18n.current_language()
    yield
    i18n.install_language(qapp, before)


def first_step(tmp_path, flags: list[str]) -> dict[str, float]:
    out = tmp_path / "run.csv"
    assert app.main([*flags, "--steps", "1", "--export-trajectory", str(out)]) == 0
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {key: float(value) for key, value in rows[1].items()}


@pytest.mark.parametrize("flags", [[], ["--sampling", "minibatch", "--batch-size", "4", "--seed", "3"],
                                   ["--loss", "mean", "--lr", "0.3", "--start", "-1,2"]])
def test_the_answer_page_holds_the_first_step_of_the_trajectory(qapp, tmp_path, language, flags):
    path = tmp_path / "handout.pdf"
    assert app.main([*flags, "--lang", "en", "--export-handout", str(path)]) == 0
    pdf = path.read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert [media_box(p) for p in pages(pdf)] == [(595.0, 842.0)] * 4  # A4 unless asked
    solution = page_texts(pdf)[3].replace("\t", " ").split()
    step = first_step(tmp_path, flags)
    assert num(step["w0"], W_DIGITS) in solution and num(step["w1"], W_DIGITS) in solution
    assert num(step["loss"]) in solution


def test_letter_and_japanese(qapp, tmp_path, language):
    path = tmp_path / "配布資料.pdf"
    assert app.main(["--lang", "ja", "--page-size", "letter", "--steps", "10", "--export-handout", str(path)]) == 0
    pdf = path.read_bytes()
    assert [media_box(p) for p in pages(pdf)] == [(612.0, 792.0)] * 4
    first = "".join(page_texts(pdf)[0].split())
    assert "勾配降下法" in first and "誤差関数" in first and "更新式" in first
    assert "ステップ10" in "".join(page_texts(pdf)[2].split())  # the figure's caption: the window after --steps


def test_an_unwritable_path_is_one_line_and_exit_code_2(qapp, tmp_path, capsys):
    target = tmp_path / "no such folder" / "handout.pdf"
    assert app.main(["--export-handout", str(target)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("gdstudio: ") and str(target) in err and "\n" not in err and "Traceback" not in err
    assert not target.parent.exists()


@pytest.mark.parametrize("size", ["A5", "", "legal"])
def test_an_unknown_page_size_is_exit_code_2(size, capsys):
    with pytest.raises(SystemExit) as exc:
        parse_args(["--export-handout", "x.pdf", "--page-size", size])
    assert exc.value.code == 2 and "A4 or Letter" in capsys.readouterr().err


def test_the_page_size_is_read_in_any_case():
    assert parse_args(["--page-size", "LETTER"]).page_size == "Letter"
    assert parse_args([]).page_size == "A4"
