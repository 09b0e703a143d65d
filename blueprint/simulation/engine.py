"""The walk: every run of the simulation moves through the flow at once, in numpy arrays.

Why this shape: a loop over 10,000 runs in Python is slow; a loop over steps is not. Runs are
kept in batches (an array of run numbers and an array of arrival times) that sit at one step.
A batch is processed once: its waits, durations and fail points are drawn for all its runs
together, then it moves on whole (one next step), splits (a branch drawn per run) or fans out
(a fork: one batch per path). Batches that meet at a step are merged before it is processed,
because steps are processed in a topological order of the flow with loops cut (a loop-back
simply puts runs back at an earlier step, to be processed again).

Forks and joins: a fork opens a *frame* that counts, for each run, the paths still under way.
A path that reaches the frame's join hands in its arrival time and stops; when no path of the
frame is under way any more, the join is queued for the runs that reached it, at the latest
arrival ("starts when the last of them arrives"). Paths that end elsewhere just end: a case
ends when its last path ends.

Loops: a branch leading back to a step the case has visited is taken at most ``max_loops``
times per case; then it is closed and the open branches' probabilities are rescaled. A case
that still visits more than ``visit_cap`` steps (only possible through forks inside loops) is
stopped there and reported, so a simulation always ends.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

import numpy as np

from blueprint.simulation.compile import CompiledFlow, CompiledStep, Measure
from blueprint.simulation.sampling import draw


@dataclass
class Walk:
    """Everything recorded about the runs; summarised by ``blueprint.simulation.report``."""

    runs: int
    case_end: np.ndarray  # seconds from the start to the end of the case's last path
    end_step: np.ndarray  # index of the end step of the path that ended last (-1: none)
    stopped: np.ndarray  # cases stopped at the visit cap
    wait_total: np.ndarray  # per step: waits summed over all runs and visits
    duration_total: np.ndarray  # per step: durations (fail-point delays included), summed
    visits_total: np.ndarray  # per step: visits summed over all runs
    measured: np.ndarray  # (measures, runs): the case reached what the standard measures
    met: np.ndarray  # (measures, runs): every measured visit met the target
    fail_occurred: np.ndarray  # (fail points, runs): the fail point occurred at least once


@dataclass
class _Frame:
    """The paths of one fork, for the runs that took it; see the module docstring."""

    number: int
    join: int | None
    parent: _Frame | None
    members: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    pending: np.ndarray | None = None  # paths still under way, per run
    latest: np.ndarray | None = None  # latest arrival at the join, per run
    arrived: np.ndarray | None = None  # some path reached the join
    closed: bool = False


def _compare(values: np.ndarray, measure: Measure) -> np.ndarray:
    """Target.met_by, vectorised (same tolerance for <=, >= and ==)."""
    target = measure.target
    if target.op == "<=":
        return values <= target.value + 1e-9
    if target.op == "<":
        return values < target.value
    if target.op == ">=":
        return values >= target.value - 1e-9
    if target.op == ">":
        return values > target.value
    return np.abs(values - target.value) <= 1e-9


class Engine:
    """One simulation: ``Engine(compiled, runs, generator).walk()``."""

    def __init__(self, compiled: CompiledFlow, runs: int, generator: np.random.Generator) -> None:
        self.flow = compiled
        self.runs = runs
        self.generator = generator
        count = len(compiled.steps)
        self.case_end = np.zeros(runs)
        self.end_step = np.full(runs, -1, dtype=np.int64)
        self.stopped = np.zeros(runs, dtype=bool)
        self.visits = np.zeros(runs, dtype=np.int64)
        self.wait_total = np.zeros(count)
        self.duration_total = np.zeros(count)
        self.visits_total = np.zeros(count, dtype=np.int64)
        measures = len(compiled.measures)
        self.measured = np.zeros((measures, runs), dtype=bool)
        self.met = np.ones((measures, runs), dtype=bool)
        # Spans only: the first arrival at `from` and the last end of `to`, per run.
        ranges = [measure.index for measure in compiled.measures if measure.kind == "range"]
        self.first_start = {index: np.full(runs, np.nan) for index in ranges}
        self.last_end = {index: np.full(runs, np.nan) for index in ranges}
        self.fail_occurred = np.zeros((len(compiled.fail_points), runs), dtype=bool)
        self.visited = {step.index: np.zeros(runs, dtype=bool) for step in compiled.steps if step.track_visits}
        self.loops_taken: dict[tuple[int, int], np.ndarray] = {}
        self.root = _Frame(0, None, None)
        self.frames = 1
        self.queue: dict[tuple[int, int], list[tuple[np.ndarray, np.ndarray]]] = {}
        self.frame_of: dict[int, _Frame] = {0: self.root}
        self.heap: list[tuple[int, int, int]] = []

    # ---- the walk -----------------------------------------------------------------------

    def walk(self) -> Walk:
        everyone = np.arange(self.runs, dtype=np.int64)
        self._arrive(self.flow.start, self.root, everyone, np.zeros(self.runs))
        while self.heap:
            _, frame_number, step_index = heapq.heappop(self.heap)
            batches = self.queue.pop((step_index, frame_number))
            runs = np.concatenate([runs for runs, _ in batches])
            times = np.concatenate([times for _, times in batches])
            self._process(self.flow.steps[step_index], self.frame_of[frame_number], runs, times)
        self._close_ranges()
        return Walk(
            self.runs, self.case_end, self.end_step, self.stopped, self.wait_total, self.duration_total,
            self.visits_total, self.measured, self.met, self.fail_occurred,
        )

    def _process(self, step: CompiledStep, frame: _Frame, runs: np.ndarray, arrival: np.ndarray) -> None:
        self.visits[runs] += 1
        over = self.visits[runs] > self.flow.visit_cap
        if over.any():
            self.stopped[runs[over]] = True
            self._end(step, frame, runs[over], arrival[over])
            runs, arrival = runs[~over], arrival[~over]
            if not len(runs):
                return
        size = len(runs)
        wait = draw(self.generator, step.wait, size)
        duration = draw(self.generator, step.duration, size)
        for model in step.fail_points:
            occurred = self.generator.random(size) < model.likelihood
            delay = draw(self.generator, model.delay, size)
            duration = duration + np.where(occurred, delay, 0.0)
            self.fail_occurred[model.index, runs[occurred]] = True
        start = arrival + wait
        finish = start + duration
        self.wait_total[step.index] += wait.sum()
        self.duration_total[step.index] += duration.sum()
        self.visits_total[step.index] += size
        self._measure(step, runs, arrival, wait, duration, finish)
        if step.track_visits:
            self.visited[step.index][runs] = True
        self._leave(step, frame, runs, finish)

    def _measure(self, step: CompiledStep, runs, arrival, wait, duration, finish) -> None:
        for measure in step.measures:
            values = {"duration": duration, "wait": wait, "step": wait + duration}[measure.kind]
            # "A one-step span on a step that a case visits several times is met only when
            # every visit meets it": one failing visit clears the case's flag for good.
            self.met[measure.index, runs[~_compare(values, measure)]] = False
            self.measured[measure.index, runs] = True
        for measure in step.range_starts:
            np.fmin.at(self.first_start[measure.index], runs, arrival)  # the first visit of `from`
        for measure in step.range_ends:
            np.fmax.at(self.last_end[measure.index], runs, finish)  # the last visit of `to`

    def _leave(self, step: CompiledStep, frame: _Frame, runs: np.ndarray, finish: np.ndarray) -> None:
        route = step.route
        if route.kind == "end":
            self._end(step, frame, runs, finish)
        elif route.kind == "next":
            self._arrive(route.targets[0], frame, runs, finish)
        elif route.kind == "choice":
            chosen = self._choose(step, runs)
            for number, branch in enumerate(route.branches):
                taken = chosen == number
                if taken.any():
                    self._arrive(branch.target, frame, runs[taken], finish[taken])
        else:
            self._fork(step, frame, runs, finish)

    def _choose(self, step: CompiledStep, runs: np.ndarray) -> np.ndarray:
        route = step.route
        draws = self.generator.random(len(runs))
        last = len(route.branches) - 1
        if not route.can_loop:
            return np.minimum(np.searchsorted(route.cumulative, draws, side="right"), last)
        weights = np.tile(np.array([branch.probability for branch in route.branches]), (len(runs), 1))
        back = {}
        for number, branch in enumerate(route.branches):
            if not branch.can_loop:
                continue
            back[number] = self.visited[branch.target][runs]
            taken = self.loops_taken.setdefault((step.index, number), np.zeros(self.runs, dtype=np.int64))
            weights[back[number] & (taken[runs] >= branch.max_loops), number] = 0.0
        totals = weights.sum(axis=1)
        dead = totals <= 0  # every branch closed by its cap: leave by the branch nearest an end
        if dead.any():
            weights[dead] = 0.0
            weights[dead, route.fallback] = 1.0
            totals[dead] = 1.0
        cumulative = np.cumsum(weights / totals[:, None], axis=1)
        chosen = np.minimum((draws[:, None] >= cumulative).sum(axis=1), last)
        for number, was_visited in back.items():
            looped = (chosen == number) & was_visited
            if looped.any():
                np.add.at(self.loops_taken[(step.index, number)], runs[looped], 1)
        return chosen

    # ---- forks, joins and ends ----------------------------------------------------------

    def _fork(self, step: CompiledStep, frame: _Frame, runs: np.ndarray, finish: np.ndarray) -> None:
        route = step.route
        child = _Frame(self.frames, route.join, frame)
        self.frames += 1
        self.frame_of[child.number] = child
        child.members = np.unique(runs)
        child.pending = np.zeros(self.runs, dtype=np.int64)
        np.add.at(child.pending, runs, len(route.targets))
        child.latest = np.full(self.runs, -np.inf)
        child.arrived = np.zeros(self.runs, dtype=bool)
        for target in route.targets:
            self._arrive(target, child, runs, finish)

    def _arrive(self, step_index: int, frame: _Frame, runs: np.ndarray, times: np.ndarray) -> None:
        """Runs reach a step: hand in at a join of this frame or an outer one, or queue there."""
        joining = frame
        while joining is not None and joining.join != step_index:
            joining = joining.parent
        if joining is None:
            key = (step_index, frame.number)
            if key not in self.queue:
                self.queue[key] = []
                heapq.heappush(self.heap, (self.flow.steps[step_index].rank, frame.number, step_index))
            self.queue[key].append((runs, times))
            return
        np.maximum.at(joining.latest, runs, times)
        joining.arrived[runs] = True
        self._path_done(frame, runs)

    def _end(self, step: CompiledStep, frame: _Frame, runs: np.ndarray, finish: np.ndarray) -> None:
        np.maximum.at(self.case_end, runs, finish)
        last = finish >= self.case_end[runs]
        self.end_step[runs[last]] = step.index
        self._path_done(frame, runs)

    def _path_done(self, frame: _Frame, runs: np.ndarray) -> None:
        """One path of each of these runs is over in this frame; close the frame when all are."""
        if frame is self.root:
            return
        np.subtract.at(frame.pending, runs, 1)
        if frame.closed or (frame.pending[frame.members] > 0).any():
            return
        frame.closed = True
        joined = frame.members[frame.arrived[frame.members]]
        ended = frame.members[~frame.arrived[frame.members]]
        if len(ended):
            self._path_done(frame.parent, ended)
        if len(joined):
            self._arrive(frame.join, frame.parent, joined, frame.latest[joined])
        del self.frame_of[frame.number]

    def _close_ranges(self) -> None:
        """Spans from A to B: measured when the case reached A and then ended B."""
        for measure in self.flow.measures:
            if measure.kind != "range":
                continue
            first, last = self.first_start[measure.index], self.last_end[measure.index]
            reached = ~np.isnan(first) & ~np.isnan(last) & (last >= first)
            self.measured[measure.index] = reached
            elapsed = np.where(reached, last - first, 0.0)
            self.met[measure.index] = reached & _compare(elapsed, measure)


def walk(compiled: CompiledFlow, runs: int, generator: np.random.Generator) -> Walk:
    """Simulate ``runs`` cases of a compiled flow."""
    return Engine(compiled, runs, generator).walk()
