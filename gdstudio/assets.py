"""Where shipped files live: the package gdstudio.resources once installed, else ./resources.

Presets are the data sets a teacher picks from a chooser. resources/presets/presets.json
lists them in the order shown:

    {"presets": [{"id": "advertising", "file": "advertising.csv",
                  "title": "…", "description": "…"}, …]}

The index is validated strictly: a broken one raises PresetError saying what is wrong.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from gdstudio.core.csvio import DataFileError, parse_points
from gdstudio.core.dataset import DataSet
from gdstudio.core.lesson import Lesson, lesson_from_json

PRESET_INDEX = "presets.json"
PRESET_FIELDS = ("id", "file", "title", "description")
PRESET_TRANSLATIONS = ("title_ja", "description_ja")  # optional: the chooser in Japanese
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
            if key not in PRESET_FIELDS + PRESET_TRANSLATIONS:
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
                        entry.get("title_ja", ""), entry.get("description_ja", ""))
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


def builtin_lesson() -> Lesson:
    """The built-in lecture: the nine parts as scenes (resources/lessons/lecture.json, written by
    make_lecture.py beside it). LessonError if the shipped file is broken."""
    return lesson_from_json(resource("lessons", "lecture.json").read_text(encoding="utf-8"), "the built-in lecture")
