"""Document → a flat model the engine can walk: routes, fork joins, loop caps, measures.

Everything that does not depend on the runs is decided here, once: which flows are branches
and which a parallel fork, where each fork joins, which branches can lead back into a loop,
what each time standard measures, and what the simulation has to assume (the ``assumptions``
of the output). The semantics are those of blueprint-format.md, "Semantics, which simulate
and its tests follow".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import networkx as nx
import numpy as np

from blueprint.checks.analysis import is_choice, leads_back_into_loop, loop_groups
from blueprint.graph import FlowGraph
from blueprint.model import Document, FailPoint, Step
from blueprint.types import Duration
from blueprint.units import Target
from standards.model import Standard

DEFAULT_MAX_LOOPS = 3  # blueprint-format.md: "at most `max_loops` times per case (default 3)"

RouteKind = Literal["end", "next", "choice", "fork"]
SpanKind = Literal["duration", "wait", "step", "range"]


@dataclass(frozen=True)
class Assumption:
    """Something the simulation had to assume, as a message key and its fields (shown later)."""

    key: str
    fields: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Branch:
    """One branch of a choice: its target, probability and, when it can loop back, its cap."""

    target: int
    probability: float
    can_loop: bool  # the target lies on a loop with the decision: it may be visited already
    max_loops: int


@dataclass(frozen=True)
class Route:
    """How a case leaves a step: ends, goes on, takes one branch, or forks into paths."""

    kind: RouteKind
    targets: tuple[int, ...] = ()
    branches: tuple[Branch, ...] = ()
    cumulative: np.ndarray | None = None  # cumulative branch probabilities, for one draw per run
    fallback: int = 0  # the branch nearest an end, taken when every branch is closed by its cap
    join: int | None = None  # fork: the paths' nearest common successor, or None (no join)

    @property
    def can_loop(self) -> bool:
        return any(branch.can_loop for branch in self.branches)


@dataclass(frozen=True)
class FailPointModel:
    index: int  # position in CompiledFlow.fail_points
    fail_point: FailPoint
    likelihood: float
    delay: Duration | None


@dataclass(frozen=True)
class Measure:
    """What one time-bound standard measures: a step's wait, duration or both, or a span."""

    index: int
    standard: Standard
    kind: SpanKind
    target: Target
    compliance: float
    step: int | None = None  # duration / wait / step
    start: int | None = None  # range: from the first arrival here (before the wait) ...
    end: int | None = None  # ... to the end of the last visit here


@dataclass
class CompiledStep:
    index: int
    step: Step
    rank: int  # order of processing: a topological order of the flow with loops cut
    wait: Duration | None
    duration: Duration | None
    fail_points: tuple[FailPointModel, ...]
    route: Route
    track_visits: bool = False  # a branch may lead back here: remember who has been here
    measures: tuple[Measure, ...] = ()  # duration / wait / step measures on this step
    range_starts: tuple[Measure, ...] = ()
    range_ends: tuple[Measure, ...] = ()


@dataclass
class CompiledFlow:
    document: Document
    steps: list[CompiledStep]
    start: int
    measures: list[Measure]
    fail_points: list[FailPointModel]
    assumptions: list[Assumption]
    unmeasured: list[Standard]  # time-bound standards that name no step
    visit_cap: int  # a case is stopped after this many step visits: never a hang

    def ids(self) -> list[str]:
        return [compiled.step.id for compiled in self.steps]


def compile_flow(document: Document, flow: FlowGraph | None = None) -> CompiledFlow:
    """The flat model of a document that has no errors (BP003, BP006, BP008 refused before)."""
    flow = flow or FlowGraph(document)
    ids = list(flow.steps)
    position = {step_id: number for number, step_id in enumerate(ids)}
    groups = loop_groups(flow)
    ranks = _ranks(flow, ids)
    to_end = _distance_to_end(flow)
    assumptions: list[Assumption] = []
    compiled_steps: list[CompiledStep] = []
    fail_points: list[FailPointModel] = []
    tracked: set[int] = set()
    max_loops_seen = DEFAULT_MAX_LOOPS

    for number, step_id in enumerate(ids):
        step = flow.steps[step_id]
        route = _route(step, flow, position, groups, to_end, assumptions)
        for branch in route.branches:
            if branch.can_loop:
                tracked.add(branch.target)
                max_loops_seen = max(max_loops_seen, branch.max_loops)
        models = []
        for fail_point in step.fail_points:
            if fail_point.likelihood is None:
                if fail_point.delay is not None:
                    assumptions.append(Assumption("fail_point_no_likelihood", {"id": fail_point.id, "step": step.id}))
                continue
            model = FailPointModel(len(fail_points), fail_point, fail_point.likelihood, fail_point.delay)
            fail_points.append(model)
            models.append(model)
        compiled_steps.append(
            CompiledStep(number, step, ranks[step_id], step.wait, step.duration, tuple(models), route)
        )
    for number in tracked:
        compiled_steps[number].track_visits = True

    default_capped = _default_capped_branches(flow, groups)
    if default_capped:
        assumptions.append(Assumption("default_loop_cap", {"branches": ", ".join(default_capped), "cap": DEFAULT_MAX_LOOPS}))

    reachable = [step_id for step_id in ids if step_id in flow.reachable]
    missing = [step_id for step_id in reachable if flow.steps[step_id].duration is None]
    if missing:
        assumptions.insert(0, Assumption("no_duration", {"steps": ", ".join(missing), "count": len(missing)}))

    measures, unmeasured = _measures(document, position)
    for measure in measures:
        if measure.kind == "range":
            start, end = compiled_steps[measure.start], compiled_steps[measure.end]
            start.range_starts = (*start.range_starts, measure)
            end.range_ends = (*end.range_ends, measure)
        else:
            owner = compiled_steps[measure.step]
            owner.measures = (*owner.measures, measure)
    for standard in unmeasured:
        assumptions.append(Assumption("standard_no_step", {"id": standard.id}))

    # Every visit to a new step, and every capped loop-back, moves a case on; the cap below
    # is far beyond any real case and only stops what the caps cannot (loops through forks).
    visit_cap = max(1000, len(ids) * (max_loops_seen + 2) * 2)
    start = position[flow.start] if flow.start is not None else 0
    return CompiledFlow(document, compiled_steps, start, measures, fail_points, assumptions, unmeasured, visit_cap)


def _route(step: Step, flow: FlowGraph, position: dict[str, int], groups: dict[str, int],
           to_end: dict[str, float], assumptions: list[Assumption]) -> Route:
    flows = [item for item in step.next if item.to in flow.steps]
    if step.end or not flows:
        return Route("end")
    if is_choice(step):
        if len(flows) == 1:
            return Route("next", (position[flows[0].to],))
        given = [item.probability for item in flows]
        if all(value is None for value in given):
            probabilities = np.full(len(flows), 1 / len(flows))
            assumptions.append(Assumption("even_split", {"step": step.id, "count": len(flows)}))
        else:
            probabilities = np.array([value or 0.0 for value in given], dtype=float)
            probabilities = probabilities / probabilities.sum() if probabilities.sum() > 0 else np.full(len(flows), 1 / len(flows))
        branches = []
        for item, probability in zip(flows, probabilities):
            can_loop = leads_back_into_loop(step.id, item.to, groups)
            cap = item.max_loops if item.max_loops is not None else DEFAULT_MAX_LOOPS
            branches.append(Branch(position[item.to], float(probability), can_loop, cap))
        fallback = min(range(len(flows)), key=lambda number: (to_end.get(flows[number].to, np.inf), number))
        return Route("choice", tuple(b.target for b in branches), tuple(branches), np.cumsum(probabilities), fallback)
    targets = list(dict.fromkeys(item.to for item in flows))
    if len(targets) == 1:
        return Route("next", (position[targets[0]],))
    join = nearest_common_successor(flow, step.id, targets)
    assumptions.append(
        Assumption("fork_join" if join else "fork_no_join", {"step": step.id, "join": join or "", "targets": ", ".join(targets)})
    )
    return Route("fork", tuple(position[target] for target in targets), join=position[join] if join else None)


def _default_capped_branches(flow: FlowGraph, groups: dict[str, int]) -> list[str]:
    """Branches capped at the default because nothing in their loop says otherwise.

    A loop where the author put ``max_loops`` on some branch is capped as the author meant;
    the default caps of its other branches then hardly matter and are not listed.
    """
    explicit = {
        groups[step.id] for step in flow.steps.values() if is_choice(step)
        for item in step.next if item.max_loops is not None and leads_back_into_loop(step.id, item.to, groups)
    }
    return [
        f"{step.id} → {item.to}" for step in flow.steps.values() if is_choice(step) and len(step.next) > 1
        for item in step.next
        if item.max_loops is None and leads_back_into_loop(step.id, item.to, groups) and groups[step.id] not in explicit
    ]


def nearest_common_successor(flow: FlowGraph, fork: str, targets: list[str]) -> str | None:
    """Where the paths of a fork join: the step every target leads to, nearest to them all.

    Why: the format says "the join is the fork's nearest common successor". Nearest means the
    smallest longest distance from a target (then the smallest total, then document order);
    paths that go back through the fork itself are loops, not progress, so they are left out.
    """
    graph = flow.graph.subgraph(node for node in flow.graph if node != fork)
    distances = [nx.single_source_shortest_path_length(graph, target) for target in targets]
    common = set(distances[0]).intersection(*distances[1:])
    if not common:
        return None
    order = {step_id: number for number, step_id in enumerate(flow.steps)}
    return min(common, key=lambda node: (max(d[node] for d in distances), sum(d[node] for d in distances), order[node]))


def _ranks(flow: FlowGraph, ids: list[str]) -> dict[str, int]:
    """A processing order: reverse post-order of a depth-first walk from the start.

    Why: in this order every flow that is not a loop-back goes from a lower rank to a higher
    one, so the runs arriving at a step by different paths are all there before it is
    processed, and are processed together.
    """
    # A virtual root whose flows lead to the roots in order: one networkx depth-first walk.
    root = object()
    graph = flow.graph.copy()
    graph.add_edges_from((root, start) for start in dict.fromkeys(([flow.start] if flow.start else []) + ids))
    order = [node for node in nx.dfs_postorder_nodes(graph, root) if node is not root]
    order.reverse()
    return {step_id: rank for rank, step_id in enumerate(order)}


def _distance_to_end(flow: FlowGraph) -> dict[str, float]:
    """Flows from each step to the nearest end step (breadth first, backwards from the ends)."""
    if not flow.ends:
        return {}
    return dict(nx.multi_source_dijkstra_path_length(flow.graph.reverse(copy=False), set(flow.ends)))


def _measures(document: Document, position: dict[str, int]) -> tuple[list[Measure], list[Standard]]:
    """The time-bound standards (a target comparing a duration) and what each measures."""
    measures: list[Measure] = []
    unmeasured: list[Standard] = []
    owner_of = document.step_of_standard
    for standard in document.standards:
        spec = standard.target
        if spec is None or spec.target.kind != "duration":
            continue
        compliance = standard.compliance if standard.compliance is not None else 1.0
        span = standard.span or "step"
        number = len(measures)
        if isinstance(span, str):
            owner = owner_of.get(standard.id)
            if owner not in position:
                unmeasured.append(standard)
                continue
            measures.append(Measure(number, standard, span, spec.target, compliance, step=position[owner]))
        else:
            measures.append(
                Measure(number, standard, "range", spec.target, compliance, start=position[span.from_], end=position[span.to])
            )
    return measures, unmeasured
