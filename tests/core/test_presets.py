"""The shipped presets: each loads and teaches what its description says; the index is validated strictly."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from gdstudio import assets
from gdstudio.assets import Preset, PresetError, default_dataset, load_preset, parse_preset_index, presets
from gdstudio.core.dataset import DataSet
from gdstudio.core.model import ErrorSurface

ROOT = Path(__file__).resolve().parents[2]
PRESET_DIR = ROOT / "resources" / "presets"
EXPECTED = ["advertising", "perfect-line", "noisy-line", "outlier", "same-x", "anscombe-1", "anscombe-2",
            "anscombe-3", "anscombe-4", "house-prices", "large-100k"]


@pytest.fixture(scope="module")
def loaded() -> dict[str, DataSet]:
    return {p.id: load_preset(p.id) for p in presets()}


def _surface(ds: DataSet) -> ErrorSurface:
    return ErrorSurface.from_data(ds.x, ds.y)


# --------------------------------------------------------------------------------------
# the shipped presets


def test_the_index_lists_every_preset_in_the_choosers_order():
    found = presets()
    assert [p.id for p in found] == EXPECTED
    for p in found:
        assert isinstance(p, Preset)
        assert p.title and "\n" not in p.title and len(p.title) <= 80
        assert 20 <= len(p.description) <= 400
        assert p.description.count(". ") <= 1, f"{p.id}: a description is one or two sentences"
        assert (PRESET_DIR / p.file).is_file()


def test_every_csv_in_the_folder_is_listed():
    listed = {p.file for p in presets()}
    assert {f.name for f in PRESET_DIR.glob("*.csv")} == listed


def test_every_preset_loads_with_a_sensible_size_and_a_finite_optimum(loaded):
    for pid, ds in loaded.items():
        assert 5 <= len(ds) <= 100_000, pid
        assert ds.x_name.strip() and ds.y_name.strip(), pid
        w = _surface(ds).optimum()
        assert np.isfinite(w).all(), pid


def test_the_lecture_default_is_unchanged_and_its_optimum_lies_in_the_lecture_square(loaded):
    ds = loaded["advertising"]
    assert ds == default_dataset() and len(ds) == 12
    assert (ds.x_name, ds.y_name) == ("advertising spend (¥100k)", "clicks (×1000)")
    w = _surface(ds).optimum()
    assert ((0 <= w) & (w <= 3)).all(), w


def test_the_perfect_line_is_fitted_exactly(loaded):
    s = _surface(loaded["perfect-line"])
    np.testing.assert_allclose(s.optimum(), [1.0, 0.5], atol=1e-12)
    assert s.loss(*s.optimum()) < 1e-20


def test_the_noisy_line_cannot_be_fitted_exactly(loaded):
    s = _surface(loaded["noisy-line"])
    assert len(loaded["noisy-line"]) == 30
    assert s.loss(*s.optimum()) > 0.1
    assert s.has_unique_optimum


def test_one_outlier_drags_the_fit(loaded):
    ds = loaded["outlier"]
    far = int(np.argmax(np.abs(ds.y - (0.5 + 1.0 * ds.x))))
    with_outlier = _surface(ds).optimum()
    without = _surface(ds.without(far)).optimum()
    assert abs(without[1] - 1.0) < 0.1           # the clean points lie on a slope-1 line
    assert without[1] - with_outlier[1] > 0.15   # the single point tilts the whole fit


def test_all_x_equal_has_no_unique_optimum(loaded):
    ds = loaded["same-x"]
    assert len(set(ds.x.tolist())) == 1 and len(set(ds.y.tolist())) > 1
    assert not _surface(ds).has_unique_optimum
    assert _surface(ds).eigenvalues()[0] == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("k", [1, 2, 3, 4])
def test_anscombes_four_sets_give_the_same_fit(loaded, k):
    ds = loaded[f"anscombe-{k}"]
    assert len(ds) == 11
    w0, w1 = _surface(ds).optimum()
    assert round(w0, 2) == 3.00 and round(w1, 2) == 0.50
    assert abs(w1 - 0.500) < 0.0005
    assert float(np.mean(ds.y)) == pytest.approx(7.50, abs=0.005)


def test_anscombes_data_are_the_classic_values(loaded):
    x123 = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5]
    assert loaded["anscombe-1"].x.tolist() == x123 == loaded["anscombe-3"].x.tolist()
    assert loaded["anscombe-4"].x.tolist() == [8] * 7 + [19] + [8] * 3
    assert loaded["anscombe-1"].y.tolist()[:3] == [8.04, 6.95, 7.58]
    assert loaded["anscombe-2"].y.tolist()[-1] == 4.74
    assert max(loaded["anscombe-3"].y) == 12.74
    assert loaded["anscombe-4"].y.tolist()[7] == 12.50


def test_the_unscaled_set_makes_a_needle_thin_valley(loaded):
    ds = loaded["house-prices"]
    assert ds.x.min() >= 500 and ds.x.max() >= 3000  # x in the thousands
    s = _surface(ds)
    lam = s.eigenvalues()
    assert lam[-1] / lam[0] > 1e6                    # condition number of the Hessian
    # Plain GD on ½Σ must keep η below 2/λmax ≈ 1e-8; then the slow direction needs millions of steps.
    assert s.max_stable_lr() < 1e-7
    assert 1.0 / (s.max_stable_lr() * lam[0]) > 1e5


def test_the_large_set(loaded):
    ds = loaded["large-100k"]
    assert len(ds) == 100_000
    w = _surface(ds).optimum()
    assert ((0 <= w) & (w <= 3)).all()
    assert np.array_equal(np.round(ds.x, 3), ds.x)  # rounded to 3 decimals, as written
    assert (PRESET_DIR / "large-100k.csv").stat().st_size < 2_000_000


def test_the_generated_presets_are_reproducible():
    """The shipped files are exactly what resources/presets/make_presets.py writes."""
    script = PRESET_DIR / "make_presets.py"
    spec = importlib.util.spec_from_file_location("make_presets", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build()
    assert set(built) == {p.file for p in presets()} - {"advertising.csv"}
    for name, text in built.items():
        assert (PRESET_DIR / name).read_bytes() == text.encode("utf-8"), name


def test_the_index_is_packaged():
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["gdstudio.resources"]
    assert "presets/*.json" in patterns and "presets/*.csv" in patterns


# --------------------------------------------------------------------------------------
# a broken index or an unknown preset is a clear error


GOOD = {"id": "a", "file": "a.csv", "title": "A", "description": "Some points."}


def _index(*entries) -> str:
    return json.dumps({"presets": list(entries)})


@pytest.mark.parametrize(("text", "fragment"), [
    ('{"presets": [', "not valid JSON (line 1"),
    ("", "not valid JSON"),
    ("[]", "at the top level"),
    ('{"presets": [], "extra": 1}', "unknown field 'extra'"),
    ('{"presets": []}', "non-empty list"),
    ('{"presets": {"a": 1}}', "non-empty list"),
    (_index("advertising"), "presets[0]: expected an object"),
    (_index({k: v for k, v in GOOD.items() if k != "title"}), "presets[0]: the field 'title' is missing"),
    (_index({**GOOD, "colour": "red"}), "presets[0]: unknown field 'colour'"),
    (_index({**GOOD, "title": 3}), "presets[0]: 'title' must be a non-empty text"),
    (_index({**GOOD, "description": "  "}), "'description' must be a non-empty text"),
    (_index({**GOOD, "id": "Bad Id"}), "preset 'Bad Id': the id must be lower-case"),
    (_index(GOOD, {**GOOD, "file": "b.csv"}), "preset 'a': the id is listed twice"),
    (_index({**GOOD, "file": "../secret.csv"}), "must be a plain .csv file name"),
    (_index({**GOOD, "file": "a.txt"}), "must be a plain .csv file name"),
    (_index(GOOD, {**GOOD, "id": "b"}), "file 'a.csv' is used by two presets"),
    (_index({**GOOD, "title": "x" * 81}), "one line of at most 80 characters"),
    (_index({**GOOD, "description": "x" * 401}), "longer than 400 characters"),
    (_index({**GOOD, "axes_ja": ["広告費"]}), "'axes_ja' must be a list of two non-empty texts"),
    (_index({**GOOD, "axes_ja": "広告費, クリック数"}), "'axes_ja' must be a list of two"),
    (_index({**GOOD, "settings": []}), "'settings' must be an object"),
    (_index({**GOOD, "settings": {"colour": 1}}), "unknown setting 'colour'"),
    (_index({**GOOD, "settings": {"loss_form": "median"}}), "settings.loss_form must be one of sum, mean"),
    (_index({**GOOD, "settings": {"sampling": "all"}}), "settings.sampling must be one of batch, minibatch, sgd"),
    (_index({**GOOD, "settings": {"lr": 0}}), "settings.lr must be a number from"),
    (_index({**GOOD, "settings": {"lr": "0.1"}}), "settings.lr must be a number from"),
    (_index({**GOOD, "settings": {"batch_size": 0}}), "settings.batch_size must be a whole number"),
    (_index({**GOOD, "settings": {"batch_size": 2.5}}), "settings.batch_size must be a whole number"),
])
def test_a_broken_index_says_what_is_wrong(text, fragment):
    with pytest.raises(PresetError) as info:
        parse_preset_index(text)
    message = str(info.value)
    assert message.startswith("presets.json: ") and fragment in message, message


@pytest.fixture
def fake_resources(tmp_path, monkeypatch) -> Path:
    """resource(...) points at a temporary folder holding presets/."""
    (tmp_path / "presets").mkdir()
    monkeypatch.setattr(assets, "resource", lambda *parts: tmp_path.joinpath(*parts))
    return tmp_path / "presets"


def test_a_preset_whose_file_is_missing(fake_resources):
    (fake_resources / "presets.json").write_text(_index(GOOD), encoding="utf-8")
    with pytest.raises(PresetError, match="preset 'a': its file 'a.csv' does not exist"):
        presets()


def test_a_missing_index(fake_resources):
    with pytest.raises(PresetError, match="presets.json: cannot be read"):
        presets()


def test_a_broken_index_on_disk(fake_resources):
    (fake_resources / "presets.json").write_text('{"presets": [{"id": "a"', encoding="utf-8")
    with pytest.raises(PresetError, match="presets.json: not valid JSON"):
        presets()


def test_a_preset_with_a_broken_csv(fake_resources):
    (fake_resources / "presets.json").write_text(_index(GOOD), encoding="utf-8")
    (fake_resources / "a.csv").write_text("x,y\n1,2\n3,oops\n", encoding="utf-8")
    with pytest.raises(PresetError, match="^a.csv, line 3: 'oops' is not a number"):
        load_preset("a")


def test_a_custom_index_loads(fake_resources):
    (fake_resources / "presets.json").write_text(_index(GOOD), encoding="utf-8")
    (fake_resources / "a.csv").write_text("spend,clicks\n1,2\n3,4\n", encoding="utf-8")
    assert presets() == [Preset("a", "A", "Some points.", "a.csv")]
    ds = load_preset("a")
    assert ds == DataSet([1, 3], [2, 4]) and ds.x_name == "spend"


def test_an_unknown_preset_names_the_known_ones():
    with pytest.raises(PresetError) as info:
        load_preset("no-such-preset")
    assert "no preset 'no-such-preset'" in str(info.value) and "anscombe-1" in str(info.value)


def test_every_preset_has_a_japanese_title_and_description():
    from gdstudio.assets import presets

    english = {p.id: p for p in presets()}
    for p in presets("ja"):
        assert p.title != english[p.id].title and p.description != english[p.id].description
        assert p.file == english[p.id].file


def test_preset_axes_read_in_japanese_in_a_japanese_window():
    """The lecture's data carry the deck's axis names in Japanese (広告費 (10万円) / クリック数 (千回)),
    looked up by the CSV header's names, so a saved session shows them too; English is unchanged."""
    data = default_dataset()
    assert (assets.axis_name(data.x_name, "ja"), assets.axis_name(data.y_name, "ja")) == ("広告費 (10万円)",
                                                                                          "クリック数 (千回)")
    assert assets.axis_name(data.x_name, "en") == data.x_name == "advertising spend (¥100k)"
    assert assets.axis_name("my own column", "ja") == "my own column"
    for p in presets():
        header = (PRESET_DIR / p.file).read_text(encoding="utf-8").splitlines()[0].split(",")
        if header != ["x", "y"]:  # every preset with named axes names them in Japanese too
            assert len(p.axes_ja) == 2, p.id
            assert [assets.axis_name(name, "ja") for name in header] == list(p.axes_ja)


def test_the_large_set_works_out_of_the_box_with_its_settings(loaded):
    """The 100,000-point preset opens with the mean form, mini-batches of 100–1000 and an η that
    converges within a few hundred steps; with the sum form and its η the same run diverges."""
    from dataclasses import replace

    from gdstudio.core.descent import Stop, descend, evaluate
    from gdstudio.core.document import Document, Fit, problem_for
    from gdstudio.core.sampling import Sampler

    settings = next(p for p in presets() if p.id == "large-100k").settings_dict()
    assert settings["loss_form"] == "mean" and settings["sampling"] == "minibatch"
    assert 100 <= settings["batch_size"] <= 1000
    document = Document(data=loaded["large-100k"], loss_form=settings["loss_form"], lr=settings["lr"],
                        sampler=Sampler(settings["sampling"], settings["batch_size"]))
    fit = Fit.of(document)
    assert settings["lr"] < fit.surface.max_stable_lr()
    start = evaluate(fit.surface, np.array(document.start))
    chunk = descend(problem_for(document, fit=fit), start, 400)
    assert len(chunk) == 400 and np.isfinite(chunk.loss).all()
    best = fit.surface.loss(*fit.surface.optimum())
    assert chunk.loss[-1] - best < 0.02 * (start.loss - best)
    summed = replace(document, loss_form="sum")  # the summed error with this η: diverges at once
    chunk = descend(problem_for(summed), evaluate(Fit.of(summed).surface, np.array(summed.start)), 400)
    assert chunk.stop is Stop.DIVERGED
