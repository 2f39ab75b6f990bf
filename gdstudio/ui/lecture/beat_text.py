"""Beats in words, for the presenter's notes: what was just done and what PageDown does next."""

from __future__ import annotations

from gdstudio.core.lesson import Beat, BeatKind, Question, Tab
from gdstudio.engine.lecture import Lecture
from gdstudio.i18n import translate


def layer_name(layer: str) -> str:
    return {"constraint_lines": translate("BeatText", "points as lines"),
            "squared_residuals": translate("BeatText", "squared residuals"),
            "gradient_field": translate("BeatText", "the gradient field"),
            "race_lines": translate("BeatText", "every run's line")}.get(layer, layer)


def tab_name(tab: Tab) -> str:
    return {Tab.VALUES: translate("BeatText", "Values"), Tab.SLICES: translate("BeatText", "Slices"),
            Tab.UPDATE: translate("BeatText", "Update rule"), Tab.GRID: translate("BeatText", "Grid search")}[tab]


def question_name(question: Question) -> str:
    return {Question.NEXT_STEP: translate("BeatText", "where will the next step land?"),
            Question.MINIMUM: translate("BeatText", "where is the minimum?"),
            Question.GRADIENT: translate("BeatText", "which way does the gradient point?")}[question]


def beat_action(beat: Beat) -> str:
    """What a beat does, in a few words."""
    kind = beat.do
    if kind is BeatKind.SAY:
        return translate("BeatText", "Say")
    if kind is BeatKind.REVEAL:
        return translate("BeatText", "Show {layer}").format(layer=layer_name(beat.layer))
    if kind is BeatKind.HIDE:
        return translate("BeatText", "Hide {layer}").format(layer=layer_name(beat.layer))
    if kind is BeatKind.STEP:
        return translate("BeatText", "Take {count} step(s)").format(count=beat.count)
    if kind is BeatKind.PLAY:
        return translate("BeatText", "Play until it converges")
    if kind is BeatKind.TAB:
        return translate("BeatText", "Show the {tab} tab").format(tab=tab_name(beat.tab))
    if kind is BeatKind.GRID:
        return translate("BeatText", "Sweep the grid")
    if kind is BeatKind.SET:
        changes = ", ".join(f"{key} = {value}" for key, value in beat.changes)
        return translate("BeatText", "Change {changes}").format(changes=changes)
    return translate("BeatText", "Ask the class: {question}").format(question=question_name(beat.question))


def beat_text(beat: Beat, language: str) -> str:
    said = beat.say.get(language)
    return f"{beat_action(beat)} — {said}" if said else beat_action(beat)


def current_text(lecture: Lecture, language: str) -> str:
    """The beat just done (or the scene's start)."""
    if lecture.done == 0:
        return translate("BeatText", "Start of “{title}”").format(title=lecture.scene.title.get(language))
    return beat_text(lecture.scene.beats[lecture.done - 1], language)


def next_text(lecture: Lecture, language: str) -> str:
    """What the next PageDown does."""
    prediction = lecture.controller.view_state.prediction
    if prediction is not None and not prediction.revealed:
        return translate("BeatText", "Reveal the answer")
    if lecture.next_beat is not None:
        return beat_text(lecture.next_beat, language)
    if lecture.scene_index + 1 < len(lecture.lesson.scenes):
        return translate("BeatText", "Next scene: {title}").format(
            title=lecture.lesson.scenes[lecture.scene_index + 1].title.get(language))
    return translate("BeatText", "The end of the lesson")
