"""Lecture mode: a lesson walked through with a clicker, beat by beat.

`next()` (PageDown) does the scene's next beat, and after its last beat enters the next
scene; `back()` (PageUp) brings back the moment before, exactly as it was — the Document,
every run's steps, the tab, the open question — from a copy taken before the move, never by
replaying. The teacher may edit anything between beats: the next beat then starts from
what is on screen (a 'reveal' reveals on the teacher's own data).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from gdstudio.core.descent import descend
from gdstudio.core.document import Document, problem_for
from gdstudio.core.hand_trace import HandTrace
from gdstudio.core.lesson import Beat, BeatKind, Lesson, Question, Scene, Tab, Text
from gdstudio.core.prediction import Prediction
from gdstudio.engine.controller import Controller
from gdstudio.engine.edits import Edit, EditKind
from gdstudio.engine.grid_sweep import GridSearchRun, SweepState
from gdstudio.engine.runs import RunsSnapshot

MAX_BACK = 1000  # moments kept for the back key (a whole lecture is about a hundred)


@dataclass(frozen=True)
class Moment:
    """Everything the back key brings back."""

    scene: int
    done: int  # beats of the scene done
    document: Document
    runs: RunsSnapshot
    tab: Tab
    prediction: Prediction | None
    grid_shown: bool
    said: Text
    by_hand: HandTrace = field(default_factory=HandTrace)  # the attempt by hand as it was


class Lecture(QObject):
    sig_moved = Signal()          # the position, the caption or the question changed
    sig_scene_entered = Signal()  # a new scene (or the same one again from its start): the ink goes
    sig_active_changed = Signal(bool)
    sig_lesson_changed = Signal()  # another lesson (opened, or edited and applied)

    def __init__(self, controller: Controller, grid_sweep: GridSearchRun, lesson: Lesson,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.grid_sweep = grid_sweep
        self.lesson = lesson
        self.active = False
        self.scene_index = 0
        self.done = 0          # beats of the current scene done
        self.said = Text()     # the newest beat's line for the caption strip
        self._back: list[Moment] = []

    # ------------------------------------------------------------------ what is shown
    @property
    def scene(self) -> Scene:
        return self.lesson.scenes[self.scene_index]

    @property
    def next_beat(self) -> Beat | None:
        return self.scene.beats[self.done] if self.done < len(self.scene.beats) else None

    @property
    def at_end(self) -> bool:
        return self.scene_index == len(self.lesson.scenes) - 1 and self.next_beat is None and not self._reveal_due()

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    # ------------------------------------------------------------------ the clicker
    def start(self, scene: int = 0) -> None:
        """Lecture mode on, at the start of `scene` (0-based; out of range: the nearest)."""
        self._set_active(True)
        self._back.clear()
        self._enter(max(0, min(scene, len(self.lesson.scenes) - 1)))

    def stop(self) -> None:
        """Lecture mode off; what is on screen stays (the teacher may go on by hand)."""
        self.controller.view_state.set_prediction(None)
        self._set_active(False)
        self.sig_moved.emit()

    def set_lesson(self, lesson: Lesson) -> None:
        """Walk `lesson` from now on; a running lecture enters the scene of the same number again (or the
        last one, if the new lesson is shorter)."""
        self.lesson = lesson
        self.scene_index = min(self.scene_index, len(lesson.scenes) - 1)
        self.done = min(self.done, len(self.scene.beats))
        if self.active:
            self.start(self.scene_index)
        self.sig_lesson_changed.emit()

    def next(self) -> None:
        """The next beat; after a scene's last beat, the next scene; at the very end, nothing."""
        if not self.active or self.at_end:
            return
        self.controller.pause()
        moment = self._moment()
        if self._reveal_due():
            self._reveal()
        elif self.next_beat is not None:
            self.controller.view_state.set_prediction(None)
            beat = self.next_beat
            self.done += 1
            self._do(beat)
        else:
            self._remember(moment)
            self._enter(self.scene_index + 1)
            return
        self._remember(moment)
        self.sig_moved.emit()

    def back(self) -> None:
        """The moment before the last move, exactly as it was."""
        if not self.active or not self._back:
            return
        moment = self._back.pop()
        entered = moment.scene != self.scene_index or moment.done == 0
        self.controller.restore(moment.document, moment.runs)
        view = self.controller.view_state
        view.by_hand.restore(moment.by_hand)
        view.show(moment.tab)
        view.set_prediction(moment.prediction)
        if not moment.grid_shown:
            self.grid_sweep.clear()
        elif self.grid_sweep.state is SweepState.READY:
            self.grid_sweep.skip_to_end()
        self.scene_index, self.done, self.said = moment.scene, moment.done, moment.said
        if entered:
            self.sig_scene_entered.emit()
        self.sig_moved.emit()

    def home(self) -> None:
        """The current scene from its start (the back key returns to where you were)."""
        self.go_to(self.scene_index)

    def go_to(self, scene: int) -> None:
        """Jump to the start of scene `scene` (0-based); out of range: nothing."""
        if not self.active or not 0 <= scene < len(self.lesson.scenes):
            return
        self._remember(self._moment())
        self._enter(scene)

    # ------------------------------------------------------------------ the beats
    def _enter(self, index: int) -> None:
        scene = self.lesson.scenes[index]
        self.scene_index, self.done, self.said = index, 0, Text()
        self.grid_sweep.clear()
        self.controller.open_document(scene.document, scene.speed)
        view = self.controller.view_state
        view.set_prediction(None)
        view.show(scene.tab)
        self.sig_scene_entered.emit()
        self.sig_moved.emit()

    def _do(self, beat: Beat) -> None:
        controller, view = self.controller, self.controller.view_state
        if beat.say:
            self.said = beat.say
        changed = beat.apply(controller.document)
        if changed != controller.document:
            controller.apply(changed, Edit(EditKind.LESSON), record=False)
        if beat.do is BeatKind.STEP:
            controller.step(beat.count)
        elif beat.do is BeatKind.PLAY:
            controller.play()
        elif beat.do is BeatKind.TAB:
            view.show(beat.tab)
        elif beat.do is BeatKind.GRID:
            view.set_tab(Tab.GRID)
            self.grid_sweep.start()
        elif beat.do is BeatKind.PREDICT:
            view.set_prediction(Prediction.ask(beat.question, controller.current.w))

    def _reveal_due(self) -> bool:
        prediction = self.controller.view_state.prediction
        return prediction is not None and not prediction.revealed

    def _reveal(self) -> None:
        """The truth of the open question; for the next step, the step is also taken."""
        view, controller = self.controller.view_state, self.controller
        prediction = view.prediction
        assert prediction is not None
        if prediction.question is Question.MINIMUM:
            truth = controller.surface.optimum()
        elif prediction.question is Question.GRADIENT:
            w, grad = controller.current.w, controller.current.grad
            truth = w + grad  # the arrow's tip; only its direction is compared
        else:
            truth = self._next_w()
            controller.step(1)
        view.set_prediction(prediction.with_truth(truth))

    def _next_w(self):
        """Where the next step lands, computed here as the worker will (same problem, same state)."""
        state = self.controller.current  # (the step shown: stepping goes on from there)
        chunk = descend(problem_for(self.controller.document, 0), state, 1)
        return chunk.w[-1] if len(chunk) else state.w

    # ------------------------------------------------------------------ memory
    def _moment(self) -> Moment:
        document, runs = self.controller.snapshot()
        view = self.controller.view_state
        return Moment(self.scene_index, self.done, document, runs, view.shown, view.prediction,
                      self.grid_sweep.state is not SweepState.READY, self.said, view.by_hand.trace)

    def _remember(self, moment: Moment) -> None:
        self._back.append(moment)
        del self._back[:-MAX_BACK]

    def _set_active(self, on: bool) -> None:
        if on != self.active:
            self.active = on
            self.sig_active_changed.emit(on)
