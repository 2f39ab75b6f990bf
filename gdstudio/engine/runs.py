"""The runs of the current document — one for the lecture, up to four racing — and the step
being looked at while scrubbing back in time. Qt-free bookkeeping for the Controller.

In a race of samplings the runs advance by data points, not by steps (the worker schedules
them so; see worker.run_tasks): a "step" asked for is one batch step's worth, N points, for
every run, and a scrubbed step is the longest run's, the others shown at the same points."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from gdstudio.core.descent import Problem, Stop, evaluate
from gdstudio.core.document import Document, Fit, problem_for
from gdstudio.core.history import RunHistory
from gdstudio.engine.run import Run
from gdstudio.engine.worker import StepReply, StepTask


@dataclass(frozen=True)
class RunsSnapshot:
    """The runs as they were (copies): what a lesson's back key brings back exactly, not by replay."""

    runs: tuple[Run, ...]
    cursor: int | None


class Runs:
    def __init__(self, document: Document, fit: Fit) -> None:
        self.cursor: int | None = None  # the step shown while scrubbing; None = the newest
        self.runs: list[Run] = []
        self._problems: list[Problem] = []
        self._problems_of: tuple[Document, Fit] | None = None
        self._n = 0  # the data's N (a sampling race counts its budgets in points)
        self.restart(document, fit, new_set=True)

    def restart(self, document: Document, fit: Fit, new_set: bool) -> None:
        """Every run back at the start with an empty history (a new set of runs if `new_set`)."""
        self.cursor = None
        self._n = fit.surface.n
        start = np.array(document.start)
        if new_set:
            race = bool(document.sampling_race)
            keys = [document.run_optimizer_key(i) for i in range(document.run_count)]
            self.runs = [Run.start(key, document.optimizer(key), fit.surface, start,
                                   document.run_sampler(i) if race else None) for i, key in enumerate(keys)]
        else:
            for run in self.runs:
                run.restart(fit.surface, start, document.optimizer(run.key))

    def snapshot(self) -> RunsSnapshot:
        return RunsSnapshot(tuple(replace(r, history=r.history.copy()) for r in self.runs), self.cursor)

    def restore(self, snapshot: RunsSnapshot) -> None:
        self.runs = [replace(r, history=r.history.copy()) for r in snapshot.runs]  # (the snapshot stays as it was)
        self.cursor = snapshot.cursor
        self._problems_of = None

    def go_on(self, document: Document, fit: Fit, replace_last: bool, new_optimizers: bool) -> None:
        """Data or a setting changed: every run may move again with it, from the step shown."""
        self.continue_from_cursor()
        self._n = fit.surface.n
        for run in self.runs:
            if replace_last:
                h = run.history
                h.replace_last(evaluate(fit.surface, h.w[-1], h.steps_taken))
            if new_optimizers:
                run.optimizer = document.optimizer(run.key)
            run.stop = Stop.NONE

    def continue_from_cursor(self) -> bool:
        """Make the scrubbed step the newest (the later steps are gone, as with undo); True if it did."""
        if self.cursor is None:
            return False
        steps = [self._step_at(run, self.cursor) for run in self.runs]
        for run, step in zip(self.runs, steps):
            run.history.truncate(step + 1)
            run.stop = Stop.NONE
        self.cursor = None
        return True

    @property
    def by_points(self) -> bool:
        """The runs race samplings: they advance to equal numbers of data points used."""
        return any(r.sampler is not None for r in self.runs)

    def _step_at(self, run: Run, cursor: int) -> int:
        """The step of `run` shown at the scrubbed step `cursor`: that step, or in a sampling race the
        step at which it had used as many points as the longest run had at its step `cursor`."""
        if run.sampler is None:
            return cursor
        longest = max(self.runs, key=lambda r: r.history.steps_taken)
        assert longest.sampler is not None  # (in a sampling race every run has its sampler)
        return run.sampler.steps_within(int(longest.sampler.points_used(cursor, self._n)), self._n)

    def scrub_to(self, step: int | None) -> bool:
        """Show step `step` (None or the last: the newest); True if that changed what is shown."""
        cursor = None if step is None or step >= self.max_step else max(0, int(step))
        changed, self.cursor = cursor != self.cursor, cursor
        return changed

    def shown_history(self, run: int) -> RunHistory:
        history = self.runs[run].history
        return history if self.cursor is None else history.view(self._step_at(self.runs[run], self.cursor) + 1)

    @property
    def max_step(self) -> int:
        """Steps taken by the longest run (the end of the timeline)."""
        return max(r.history.steps_taken for r in self.runs)

    def longest_history(self) -> int:
        return max(len(r.history) for r in self.runs)

    def can_step(self, playing: bool) -> list[int]:
        """Runs that can take steps: never a diverged one; when playing, not a converged one."""
        return [i for i, r in enumerate(self.runs) if r.stop is Stop.NONE or (not playing and r.stop is Stop.CONVERGED)]

    def wake_converged(self) -> None:
        """A converged run may move again when played (after an edit, or to show it stays)."""
        for run in self.runs:
            if run.stop is Stop.CONVERGED:
                run.stop = Stop.NONE

    def tasks(self, document: Document, fit: Fit, playing: bool) -> tuple[StepTask, ...]:
        made_for = self._problems_of
        if made_for is None or made_for[0] is not document or made_for[1] is not fit:  # (once per document,
            # not per request: 60 a second; compared by identity: an equality test would compare the data)
            self._problems = [problem_for(document, i, fit) for i in range(len(self.runs))]
            self._problems_of = (document, fit)
            self._n = fit.surface.n
        return tuple(StepTask(i, self._problems[i], self.runs[i].history.state(-1), self.runs[i].sampler is not None)
                     for i in self.can_step(playing))

    def _passes(self, reply: StepReply) -> int:
        """How many more multiples of N points the furthest run of the reply has now used."""
        if not self._n or not reply.chunks:
            return 0
        before, after = [], []
        for index, chunk in reply.chunks:
            sampler = self.runs[index].sampler
            assert sampler is not None  # (in a sampling race every run has its sampler)
            before.append(int(sampler.points_used(chunk.first_step - 1, self._n)))
            after.append(int(sampler.points_used(chunk.first_step - 1 + len(chunk), self._n)))
        return max(after) // self._n - max(before) // self._n

    def take(self, reply: StepReply, playing: bool) -> tuple[int, list[Run]]:
        """Append a reply's chunks; the steps taken (in a sampling race: the batch steps' worth of
        points, N each, that the furthest run completed) and the runs that diverged in them."""
        taken, diverged = (self._passes(reply) if self.by_points else 0), []
        for index, chunk in reply.chunks:
            run = self.runs[index]
            run.history.extend(chunk)
            if not self.by_points:
                taken = max(taken, len(chunk))
            if chunk.stop is Stop.DIVERGED:
                run.stop = Stop.DIVERGED
                diverged.append(run)
            elif chunk.stop is Stop.CONVERGED and playing:
                run.stop = Stop.CONVERGED
        return taken, diverged
