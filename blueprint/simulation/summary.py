"""From the recorded runs to the figures `simulate` reports: percentiles, shares, intervals.

Pure functions of a ``Walk``; nothing here draws random numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from blueprint.simulation.compile import Assumption, CompiledFlow, Measure
from blueprint.simulation.engine import Walk

Z95 = 1.959963984540054  # the normal quantile of a two-sided 95% interval


@dataclass(frozen=True)
class TimeSummary:
    """Mean, p50, p90, p95 and max of a set of times, in seconds (numpy's linear percentiles)."""

    mean: float
    p50: float
    p90: float
    p95: float
    max: float

    def to_json(self) -> dict:
        return {key: round(float(getattr(self, key)), 1) for key in ("mean", "p50", "p90", "p95", "max")}


@dataclass(frozen=True)
class EndResult:
    step: str
    share: float  # of all cases, those whose last path ended here
    times: TimeSummary


@dataclass(frozen=True)
class StandardResult:
    """One time-bound standard against the simulated cases."""

    measure: Measure
    cases: int  # cases that reached what the standard measures
    met: float | None  # share of those cases meeting the target (None: no case measured)
    ci95: tuple[float, float] | None  # Wilson score interval of ``met``
    short: bool  # ``met`` below the compliance asked: BP301

    @property
    def standard(self):
        return self.measure.standard


@dataclass(frozen=True)
class Contributor:
    step: str
    mean: float  # seconds a case spends at the step (waits and durations, all visits), on average
    wait: float
    duration: float
    visits: float  # visits a case makes, on average
    share: float  # of the mean end-to-end time


@dataclass(frozen=True)
class FailPointResult:
    id: str
    step: str
    share: float  # of cases in which it occurred at least once


@dataclass(frozen=True)
class Simulation:
    """The figures of one simulation; ``blueprint.simulation.report`` writes them out."""

    runs: int
    seed: int
    end_to_end: TimeSummary
    by_end: list[EndResult]
    standards: list[StandardResult]
    contributors: list[Contributor]
    fail_points: list[FailPointResult]
    assumptions: list[Assumption]
    end_to_end_times: np.ndarray  # every case's end-to-end time, for tests and further analysis
    visits: dict[str, float]  # mean visits per case of every step


def summarise_times(times: np.ndarray) -> TimeSummary:
    """Mean, p50, p90, p95 and max; percentiles as numpy's default (linear interpolation)."""
    if not len(times):
        return TimeSummary(0.0, 0.0, 0.0, 0.0, 0.0)
    p50, p90, p95 = np.percentile(times, [50, 90, 95])
    return TimeSummary(float(times.mean()), float(p50), float(p90), float(p95), float(times.max()))


def wilson_interval(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a share (Wilson 1927): sound near 0 and 1, unlike p ± z·se."""
    if trials <= 0:
        return (0.0, 1.0)
    share = successes / trials
    denominator = 1 + z * z / trials
    centre = (share + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(share * (1 - share) / trials + z * z / (4 * trials * trials)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def summarise(compiled: CompiledFlow, walk: Walk, seed: int) -> Simulation:
    ids = compiled.ids()
    runs = walk.runs
    end_to_end = summarise_times(walk.case_end)
    by_end = []
    for index in np.unique(walk.end_step[walk.end_step >= 0]):
        chosen = walk.end_step == index
        by_end.append(EndResult(ids[index], float(chosen.mean()), summarise_times(walk.case_end[chosen])))
    by_end.sort(key=lambda result: (-result.share, ids.index(result.step)))

    standards = []
    for measure in compiled.measures:
        measured = walk.measured[measure.index]
        cases = int(measured.sum())
        if cases:
            successes = int((walk.met[measure.index] & measured).sum())
            met = successes / cases
            standards.append(StandardResult(measure, cases, met, wilson_interval(successes, cases), met < measure.compliance))
        else:
            standards.append(StandardResult(measure, 0, None, None, False))

    spent = (walk.wait_total + walk.duration_total) / runs
    contributors = [
        Contributor(
            ids[index], float(spent[index]), float(walk.wait_total[index] / runs),
            float(walk.duration_total[index] / runs), float(walk.visits_total[index] / runs),
            float(spent[index] / end_to_end.mean) if end_to_end.mean > 0 else 0.0,
        )
        for index in np.argsort(-spent, kind="stable")
        if spent[index] > 0
    ]
    fail_points = [
        FailPointResult(model.fail_point.id, ids[_step_of(compiled, model.index)], float(walk.fail_occurred[model.index].mean()))
        for model in compiled.fail_points
    ]
    assumptions = list(compiled.assumptions)
    stopped = int(walk.stopped.sum())
    if stopped:
        assumptions.append(Assumption("stopped", {"count": stopped, "cap": compiled.visit_cap}))
    visits = {ids[index]: float(walk.visits_total[index] / runs) for index in range(len(ids))}
    return Simulation(
        runs, seed, end_to_end, by_end, standards, contributors, fail_points, assumptions, walk.case_end, visits
    )


def _step_of(compiled: CompiledFlow, fail_point_index: int) -> int:
    for step in compiled.steps:
        if any(model.index == fail_point_index for model in step.fail_points):
            return step.index
    raise LookupError(fail_point_index)  # pragma: no cover - every model belongs to a step
