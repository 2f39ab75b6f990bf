"""Beats in words, one table for the lesson editor's list and the presenter's notes (what was just done,
what PageDown does next)."""

from __future__ import annotations

from gdstudio.core.lesson import Beat, BeatKind, Question, Tab
from gdstudio.core.sampling import SAMPLING_RACE, Sampling
from gdstudio.engine.lecture import Lecture
from gdstudio.i18n import translate
from gdstudio.ui.style import fmt


def kind_names() -> dict[BeatKind, str]:
    return {BeatKind.SAY: translate("BeatEditor", "Say a line"),
            BeatKind.REVEAL: translate("BeatEditor", "Reveal a layer"),
            BeatKind.HIDE: translate("BeatEditor", "Hide a layer"),
            BeatKind.STEP: translate("BeatEditor", "Take steps"),
            BeatKind.PLAY: translate("BeatEditor", "Play until it converges"),
            BeatKind.TAB: translate("BeatEditor", "Show a tab"),
            BeatKind.GRID: translate("BeatEditor", "Sweep the grid search"),
            BeatKind.SET: translate("BeatEditor", "Change η or the sampling"),
            BeatKind.PREDICT: translate("BeatEditor", "Ask the class to predict")}


def layer_names() -> dict[str, str]:
    return {"constraint_lines": translate("BeatEditor", "Points as lines"),
            "squared_residuals": translate("BeatEditor", "Squared residuals"),
            "gradient_field": translate("BeatEditor", "Gradient arrows"),
            "race_lines": translate("BeatEditor", "Every run's line (race)"),
            "eigen_directions": translate("BeatEditor", "Valley axes (eigen-directions)")}


def tab_names() -> dict[Tab, str]:
    return {Tab.VALUES: translate("BeatEditor", "Values"), Tab.SLICES: translate("BeatEditor", "Partial derivatives"),
            Tab.UPDATE: translate("BeatEditor", "Update rule"),
            Tab.CHAIN: translate("BeatEditor", "Chain rule (合成関数の微分)"),
            Tab.GRID: translate("BeatEditor", "Grid search"), Tab.CODE: translate("BeatEditor", "Code")}


def question_names() -> dict[Question, str]:
    return {Question.NEXT_STEP: translate("BeatEditor", "Where will the next step land?"),
            Question.MINIMUM: translate("BeatEditor", "Where is the minimum?"),
            Question.GRADIENT: translate("BeatEditor", "Which way does the gradient point?")}


def sampling_names() -> dict[str, str]:
    return {Sampling.BATCH.value: translate("BeatEditor", "Batch (all points)"),
            Sampling.MINIBATCH.value: translate("BeatEditor", "Mini-batch"),
            Sampling.SGD.value: translate("BeatEditor", "SGD (1 point)"),
            SAMPLING_RACE: translate("BeatEditor", "Race: batch, mini-batch, SGD")}


def describe(beat: Beat, language: str) -> str:
    """One line for the list: what the beat does, with its parameters and its line."""
    kind = kind_names()[beat.do]
    if beat.do in (BeatKind.REVEAL, BeatKind.HIDE):
        detail = layer_names().get(beat.layer, beat.layer)
    elif beat.do is BeatKind.STEP:
        detail = translate("BeatEditor", "{count} steps").format(count=beat.count)
    elif beat.do is BeatKind.TAB:
        detail = tab_names()[beat.tab]
    elif beat.do is BeatKind.PREDICT:
        detail = question_names()[beat.question]
    elif beat.do is BeatKind.SET:
        shown = {"lr": lambda v: f"η = {fmt(v)}", "sampling": lambda v: sampling_names().get(v, v),
                 "batch_size": lambda v: f"K = {v}", "loss_form": lambda v: f"E: {v}",
                 "optimizers": lambda v: ", ".join(v)}
        order = ("lr", "sampling", "batch_size", "loss_form", "optimizers")  # (as a teacher says them)
        changes = sorted(beat.changes, key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
        detail = ", ".join(shown[k](v) if k in shown else f"{k} = {v}" for k, v in changes)
    else:
        detail = ""
    text = f"{kind}: {detail}" if detail else kind
    say = beat.say.get(language)
    return translate("BeatEditor", "{beat} — “{line}”").format(beat=text, line=say) if say else text


def current_text(lecture: Lecture, language: str) -> str:
    """The beat just done (or the scene's start)."""
    if lecture.done == 0:
        return translate("BeatText", "Start of “{title}”").format(title=lecture.scene.title.get(language))
    return describe(lecture.scene.beats[lecture.done - 1], language)


def next_text(lecture: Lecture, language: str) -> str:
    """What the next PageDown does."""
    prediction = lecture.controller.view_state.prediction
    if prediction is not None and not prediction.revealed:
        return translate("BeatText", "Reveal the answer")
    if lecture.next_beat is not None:
        return describe(lecture.next_beat, language)
    if lecture.scene_index + 1 < len(lecture.lesson.scenes):
        return translate("BeatText", "Next scene: {title}").format(
            title=lecture.lesson.scenes[lecture.scene_index + 1].title.get(language))
    return translate("BeatText", "The end of the lesson")
