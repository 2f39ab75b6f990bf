"""Where shipped files live: the package gdstudio.resources once installed, else ./resources.

Presets are the data sets a teacher picks from a chooser. resources/presets/presets.json
lists them in the order shown:

    {"presets": [{"id": "advertising", "file": "advertising.csv",
                  "title": "…", "description": "…"}, …]}

Optional per preset: "title_ja" and "description_ja"; "axes_ja", the two axis names (the CSV
header's) in Japanese, shown whenever data with those names is drawn in Japanese; and "settings",
what a data set of that kind needs to work out of the box (a 100,000-point set: the mean error
form, mini-batches and an η that suits them), applied with the data as one edit:

    "settings": {"loss_form": "mean", "lr": 0.2, "sampling": "minibatch", "batch_size": 200}

The index is validated strictly: a broken one raises PresetError saying what is wrong.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from gdstudio.core.csvio import DataFileError, parse_points
from gdstudio.core.dataset import DataSet
from gdstudio.core.lesson import Lesson, lesson_from_json
from gdstudio.core.limits import MAX_LR, MIN_LR
from gdstudio.core.model import LossForm
from gdstudio.core.sampling import Sampling

PRESET_INDEX = "presets.json"
PRESET_FIELDS = ("id", "file", "title", "description")
PRESET_TRANSLATIONS = ("title_ja", "description_ja")  # optional: the chooser in Japanese
PRESET_OPTIONAL = PRESET_TRANSLATIONS + ("axes_ja", "settings")
SETTING_KINDS = {"loss_form": [f.value for f in LossForm], "sampling": [m.value for m in Sampling]}
NUMBER_SETTINGS = ("lr", "batch_size")
MAX_TITLE = 80
MAX_DESCRIPTION = 400
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_FILE = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*\.csv")


def resource(*parts: str) -> Traversable:
    try:
        root = resources.files("gdstudio.resources")
    except ModuleNotFoundError:  # running from a source checkout that was never installed
        root = Path(__file__).resolve().parent.parent / "resources"
    return root.joinpath(*parts)


def default_dataset() -> DataSet:
    """The lecture's first screen: advertising spend → clicks, optimum inside [0, 3]²."""
    return parse_points(resource("presets", "advertising.csv").read_text(encoding="utf-8"), "advertising.csv")


class PresetError(Exception):
    """The preset index is broken, or a preset is unknown or unreadable; the message says how."""


@dataclass(frozen=True)
class Preset:
    id: str           # stable key, e.g. "anscombe-1" (for settings, --preset, recent files)
    title: str        # one line for the chooser
    description: str  # one or two sentences: what the data set teaches
    file: str         # the CSV's name in resources/presets/
    title_ja: str = ""        # the same in Japanese ("" = show the English)
    description_ja: str = ""
    axes_ja: tuple[str, ...] = ()                # (x name, y name) in Japanese, or ()
    settings: tuple[tuple[str, object], ...] = ()  # (("lr", 0.2), …): applied with the data

    def settings_dict(self) -> dict[str, object]:
        return dict(self.settings)

    def in_language(self, language: str) -> Preset:
        """This preset with its title and description in `language` where the index has them."""
        if language == "ja" and self.title_ja:
            return dataclasses.replace(self, title=self.title_ja, description=self.description_ja or self.description)
        return self


def parse_preset_index(text: str, name: str = PRESET_INDEX) -> list[Preset]:
    """The presets listed in an index text, in order; PresetError if anything is off."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        where = f" (line {exc.lineno}, column {exc.colno}: {exc.msg})" if isinstance(exc, json.JSONDecodeError) else ""
        raise PresetError(f"{name}: not valid JSON{where}.") from exc
    if not isinstance(doc, dict):
        raise PresetError(f"{name}: expected an object {{\"presets\": [...]}} at the top level.")
    unknown = sorted(set(doc) - {"presets"})
    if unknown:
        raise PresetError(f"{name}: unknown field '{unknown[0]}' (the index holds only \"presets\").")
    entries = doc.get("presets")
    if not isinstance(entries, list) or not entries:
        raise PresetError(f"{name}: \"presets\" must be a non-empty list.")
    found: list[Preset] = []
    ids: set[str] = set()
    files: set[str] = set()
    for k, entry in enumerate(entries):
        where = f"{name}: presets[{k}]"
        if not isinstance(entry, dict):
            raise PresetError(f"{where}: expected an object with {', '.join(PRESET_FIELDS)}.")
        for key in entry:
            if key not in PRESET_FIELDS + PRESET_OPTIONAL:
                raise PresetError(f"{where}: unknown field '{key}' (expected {', '.join(PRESET_FIELDS)}).")
        for key in PRESET_TRANSLATIONS:
            if key in entry and (not isinstance(entry[key], str) or not entry[key].strip()):
                raise PresetError(f"{where}: '{key}' must be a non-empty text.")
        for key in PRESET_FIELDS:
            if key not in entry:
                raise PresetError(f"{where}: the field '{key}' is missing.")
            if not isinstance(entry[key], str) or not entry[key].strip():
                raise PresetError(f"{where}: '{key}' must be a non-empty text.")
        preset = Preset(entry["id"], entry["title"], entry["description"], entry["file"],
                        entry.get("title_ja", ""), entry.get("description_ja", ""),
                        _axes(entry.get("axes_ja", []), where), _settings(entry.get("settings", {}), where))
        where = f"{name}: preset '{preset.id}'"
        if not _ID.fullmatch(preset.id):
            raise PresetError(f"{where}: the id must be lower-case letters, digits and single hyphens.")
        if preset.id in ids:
            raise PresetError(f"{where}: the id is listed twice.")
        if not _FILE.fullmatch(preset.file):
            raise PresetError(f"{where}: file '{preset.file}' must be a plain .csv file name (no folders).")
        if preset.file in files:
            raise PresetError(f"{where}: file '{preset.file}' is used by two presets.")
        for title in (preset.title, preset.title_ja):
            if len(title) > MAX_TITLE or "\n" in title:
                raise PresetError(f"{where}: the title must be one line of at most {MAX_TITLE} characters.")
        if max(len(preset.description), len(preset.description_ja)) > MAX_DESCRIPTION:
            raise PresetError(f"{where}: the description is longer than {MAX_DESCRIPTION} characters.")
        ids.add(preset.id)
        files.add(preset.file)
        found.append(preset)
    return found


def _axes(value, where: str) -> tuple[str, ...]:
    if not (isinstance(value, list) and len(value) in (0, 2) and all(isinstance(v, str) and v.strip() for v in value)):
        raise PresetError(f"{where}: 'axes_ja' must be a list of two non-empty texts (the x and y names).")
    return tuple(value)


def _settings(value, where: str) -> tuple[tuple[str, object], ...]:
    if not isinstance(value, dict):
        raise PresetError(f"{where}: 'settings' must be an object, e.g. {{\"lr\": 0.2}}.")
    for key, setting in value.items():
        if key in SETTING_KINDS:
            if setting not in SETTING_KINDS[key]:
                raise PresetError(f"{where}: settings.{key} must be one of {', '.join(SETTING_KINDS[key])}.")
        elif key == "lr":
            if isinstance(setting, bool) or not isinstance(setting, (int, float)) or not (
                    math.isfinite(setting) and MIN_LR <= setting <= MAX_LR):
                raise PresetError(f"{where}: settings.lr must be a number from {MIN_LR:g} to {MAX_LR:g}.")
        elif key == "batch_size":
            if isinstance(setting, bool) or not isinstance(setting, int) or setting < 1:
                raise PresetError(f"{where}: settings.batch_size must be a whole number of at least 1.")
        else:
            known = ", ".join([*SETTING_KINDS, *NUMBER_SETTINGS])
            raise PresetError(f"{where}: unknown setting '{key}' (expected {known}).")
    return tuple(sorted(value.items()))


def presets(language: str = "en") -> list[Preset]:
    """Every shipped preset, in the chooser's order, titled in `language` where the index can;
    PresetError if the index is broken."""
    index = resource("presets", PRESET_INDEX)
    try:
        text = index.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PresetError(f"{PRESET_INDEX}: cannot be read ({getattr(exc, 'strerror', None) or exc}).") from exc
    found = parse_preset_index(text)
    for preset in found:
        if not resource("presets", preset.file).is_file():
            raise PresetError(f"{PRESET_INDEX}: preset '{preset.id}': its file '{preset.file}' does not exist.")
    return [p.in_language(language) for p in found]


def preset(preset_id: str) -> Preset:
    """One preset by id; PresetError naming the known ids if there is none."""
    found = presets()
    for p in found:
        if p.id == preset_id:
            return p
    raise PresetError(f"There is no preset '{preset_id}'; the presets are: {', '.join(p.id for p in found)}.")


def load_preset(preset_id: str) -> DataSet:
    """A preset's data points; PresetError if the id is unknown or its file is unusable."""
    p = preset(preset_id)
    try:
        return parse_points(resource("presets", p.file).read_text(encoding="utf-8"), p.file)
    except (OSError, UnicodeDecodeError) as exc:
        raise PresetError(f"{p.file}: cannot be read ({getattr(exc, 'strerror', None) or exc}).") from exc
    except DataFileError as exc:
        raise PresetError(str(exc)) from exc


@functools.cache
def _japanese_axis_names() -> dict[str, str]:
    """The presets' CSV header names → their Japanese names (from "axes_ja")."""
    names: dict[str, str] = {}
    try:
        for p in presets():
            if p.axes_ja:
                with resource("presets", p.file).open(encoding="utf-8") as f:
                    header = f.readline().strip().split(",")
                names.update(zip(header, p.axes_ja))
    except (OSError, UnicodeDecodeError, PresetError):
        return {}  # the axes keep their own names; loading a preset says what is broken
    return names


def axis_name(name: str, language: str) -> str:
    """An axis name as shown in `language`: a preset's header name in Japanese where the index
    has it (so the lecture's data read 広告費 (10万円) in a Japanese window, in any session)."""
    return _japanese_axis_names().get(name, name) if language == "ja" else name


def builtin_lesson() -> Lesson:
    """The built-in lecture: the nine parts as scenes (resources/lessons/lecture.json, written by
    make_lecture.py beside it). LessonError if the shipped file is broken."""
    return lesson_from_json(resource("lessons", "lecture.json").read_text(encoding="utf-8"), "the built-in lecture")
