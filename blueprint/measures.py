"""Measures of a blueprint: pure functions over its FlowGraph, one per figure `stats` reports.

Each function cites the canon it counts after. The definitions are the contract of
/work/shared/design/cli.md ("stats --format json"); the tests count small fixtures by hand.
`blueprint_measures` gathers them in the JSON shape of one `stats` entry.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from blueprint.graph import FlowGraph
from blueprint.model import STEP_LANES, Document, Lane

PATHS_CAP = 10_000
# Enumerating simple paths can walk many dead ends before it finds 10,000 paths in a graph
# full of loops; past this many steps of the walk the count is reported as capped.
_PATH_WALK_BUDGET = 1_000_000
WORST_EMOTION = -2  # at or below this, a step is a low point that needs a standard near it


def steps_by_lane(flow: FlowGraph) -> dict[str, Any]:
    """Steps in total and in each lane that has any, top to bottom.

    Source: the five components of a blueprint (Bitner, Ostrom & Morgan 2008); the share of
    steps in the customer lane is the customer's own effort.
    """
    counts = {lane.value: 0 for lane in STEP_LANES}
    for step in flow.steps.values():
        counts[step.lane.value] += 1
    return {"total": len(flow.steps), "by_lane": {lane: n for lane, n in counts.items() if n}}


def complexity(flow: FlowGraph) -> dict[str, int]:
    """Complexity in Shostack's sense: the number and intricacy of the steps.

    Source: Shostack, "Service Positioning through Structural Change" (Journal of Marketing,
    1987): complexity is measured by the steps of the process; we count the steps and the
    flows between them (a flow to an unknown step is BP003 and not counted).
    """
    return {"steps": len(flow.steps), "flows": flow.graph.number_of_edges()}


def divergence(flow: FlowGraph) -> dict[str, Any]:
    """Divergence in Shostack's sense: the latitude of the process, its decisions and branches.

    Source: Shostack 1987: divergence is the executional latitude of the steps; a blueprint
    shows it as decision points and the branches leaving them. ``branches`` counts the flows
    out of decision steps; ``paths`` the distinct simple paths from the start step to an end
    step (no step twice), capped at 10,000 and then flagged ``paths_capped``.
    """
    decisions = [step for step in flow.steps.values() if step.is_decision]
    branches = sum(flow.graph.out_degree(step.id) for step in decisions)
    paths, capped = count_paths(flow)
    result: dict[str, Any] = {"decisions": len(decisions), "branches": branches, "paths": paths}
    if capped:
        result["paths_capped"] = True
    return result


def count_paths(flow: FlowGraph, cap: int = PATHS_CAP) -> tuple[int, bool]:
    """Distinct simple paths from the start step to an end step, and whether the cap was hit.

    A path ends at any end step (no `next`, or `end: true`); an `end: true` step that also
    flows on ends one path and starts longer ones.
    Why two methods: without loops, paths are counted exactly by dynamic programming in linear
    time; with loops, only a walk over simple paths is right, bounded by the cap.
    """
    start = flow.start
    if start is None:
        return 0, False
    ends = set(flow.ends)
    graph = flow.graph.subgraph(flow.reachable)
    import networkx as nx

    if nx.is_directed_acyclic_graph(graph):
        paths_from: dict[str, int] = {}
        for node in reversed(list(nx.topological_sort(graph))):
            total = 1 if node in ends else 0
            total += sum(paths_from[successor] for successor in graph.successors(node))
            paths_from[node] = min(total, cap + 1)  # bounded: big blueprints stay cheap
        found = paths_from[start]
        return (cap, True) if found > cap else (found, False)
    return _walk_simple_paths(graph, start, ends, flow.can_reach_end, cap)


def _walk_simple_paths(graph, start: str, ends: set[str], useful: set[str], cap: int) -> tuple[int, bool]:
    """Simple paths from the start to an end step (networkx's generator), counted up to the cap.

    Only steps that can still reach an end are walked, so every partial path can finish.
    """
    import networkx as nx

    walkable = graph.subgraph(node for node in graph.nodes if node in useful or node == start)
    found = 1 if start in ends else 0
    targets = ends & set(walkable.nodes) - {start}
    for _ in islice(nx.all_simple_paths(walkable, start, targets), cap + 1 - found):
        found += 1
    return (cap, True) if found > cap else (found, False)


def contact_points(flow: FlowGraph) -> int:
    """Contact points: where the customer meets the organisation.

    Source: Bitner, Ostrom & Morgan 2008 (the line of interaction); the definition is the
    format's: a non-customer step, onstage or with `contact`, joined by a flow to a customer step.
    """
    return len(flow.contact_points)


def moments_of_truth(document: Document) -> int:
    """Steps marked as moments of truth.

    Source: Carlzon, "Moments of Truth" (1987): the moments where the customer's opinion of
    the whole service is made.
    """
    return sum(1 for step in document.steps if step.moment_of_truth)


def performer(step) -> str:
    """Who performs a step: its actor, or its lane's unnamed actor."""
    return f"actor:{step.actor}" if step.actor else f"lane:{step.lane.value}"


def handoffs(flow: FlowGraph) -> int:
    """Flows between two non-customer steps whose performers differ.

    Source: Bitner, Ostrom & Morgan 2008 (the line of internal interaction): every hand-off
    between employees, departments or systems is where work waits and gets lost. Flows to and
    from customer steps are interactions, not hand-offs; a step without an actor counts as its
    lane's unnamed actor.
    """
    return sum(
        1
        for source, target, _ in flow.flows()
        if Lane.CUSTOMER not in (source.lane, target.lane) and performer(source) != performer(target)
    )


def visibility_crossings(flow: FlowGraph) -> int:
    """Flows between a step above and a step below the line of visibility.

    Source: Shostack 1984 ("Designing Services that Deliver") drew the line of visibility;
    Bitner, Ostrom & Morgan 2008: each crossing is where what the customer sees depends on work
    they do not see.
    """
    return sum(1 for source, target, _ in flow.flows() if FlowGraph.crosses_visibility(source, target))


def fail_point_measures(document: Document) -> dict[str, int]:
    """Fail points in total and those without prevention or without recovery.

    Source: Shostack 1984 (fail points, F); Chase & Stewart 1994 (fail-safing, poka-yoke) for
    prevention; service recovery (Hart, Heskett & Sasser 1990) for recovery.
    """
    points = [point for step in document.steps for point in step.fail_points]
    return {
        "total": len(points),
        "without_prevention": sum(1 for point in points if not point.prevent),
        "without_recovery": sum(1 for point in points if not point.recover),
    }


def standard_coverage(document: Document, flow: FlowGraph) -> dict[str, Any]:
    """Standards in total and the share of contact points that have at least one.

    Source: Bitner, Ostrom & Morgan 2008 and Zeithaml, Bitner & Gremler (gap 2, the standards
    gap): every contact point needs a customer-defined standard. ``coverage`` is null when the
    blueprint has no contact point.
    """
    points = flow.contact_points
    covered = sum(1 for step_id in points if document.standards_by_step.get(step_id))
    return {
        "total": len(document.standards),
        "contact_points_covered": covered,
        "coverage": round(covered / len(points), 4) if points else None,
    }


def distances_from_start(flow: FlowGraph) -> dict[str, int]:
    """The length of the shortest flow path from the start step to each reachable step."""
    import networkx as nx

    if flow.start is None:
        return {}
    return dict(nx.single_source_shortest_path_length(flow.graph, flow.start))


def main_path(flow: FlowGraph) -> list[str]:
    """The main path: from the start step, the most probable branch at each step, to an end.

    Ties go to the branch listed first; a branch without a probability shares what the others
    leave. A step already on the path, or one that cannot lead to an end, is never chosen, so
    the path always ends (at an end step, or where no way on is left).
    """
    start = flow.start
    if start is None:
        return []
    ends = set(flow.ends)
    path = [start]
    seen = {start}
    current = start
    while current not in ends:
        step = flow.steps[current]
        shares = _branch_shares(step.next)
        candidates = [
            (-share, index, item.to)
            for index, (item, share) in enumerate(zip(step.next, shares))
            if item.to in flow.steps and item.to not in seen and item.to in flow.can_reach_end
        ]
        if not candidates:
            break
        current = min(candidates)[2]
        path.append(current)
        seen.add(current)
    return path


def _branch_shares(flows) -> list[float]:
    given = [item.probability for item in flows]
    unset = sum(1 for value in given if value is None)
    rest = max(0.0, 1.0 - sum(value for value in given if value is not None))
    return [value if value is not None else rest / unset for value in given]


def emotion_curve(document: Document, flow: FlowGraph) -> dict[str, Any]:
    """The customer's emotion curve read with the peak-end rule.

    Source: Fredrickson & Kahneman 1993 ("Duration neglect in retrospective evaluations of
    affective episodes"); Kahneman's peak-end rule: a customer remembers an experience by its
    most intense moment and its end. ``peak``: the step with the largest absolute emotion (ties:
    the lower value, then the step nearer the start); ``end``: the last step with an emotion on
    the main path; ``negative_end``: that value is below 0; ``worst_without_standard``: steps at
    −2 or lower with no standard on themselves or on a contact point joined to them by a flow.
    ``curve`` adds the emotions along the main path, for drawing.
    """
    distance = distances_from_start(flow)
    felt = [step for step in flow.steps.values() if step.emotion is not None]
    order = {step_id: index for index, step_id in enumerate(flow.steps)}
    peak = None
    if felt:
        best = min(
            felt,
            key=lambda step: (-abs(step.emotion), step.emotion, distance.get(step.id, float("inf")), order[step.id]),
        )
        peak = {"step": best.id, "value": best.emotion}
    path = main_path(flow)
    curve = [{"step": step_id, "value": flow.steps[step_id].emotion} for step_id in path if flow.steps[step_id].emotion is not None]
    end = curve[-1] if curve else None
    contact = set(flow.contact_points)
    worst = []
    for step in felt:
        if step.emotion > WORST_EMOTION:
            continue
        near = [step.id] + [other for other in flow.neighbours(step.id) if other in contact]
        if not any(document.standards_by_step.get(step_id) for step_id in near):
            worst.append(step.id)
    return {
        "peak": peak,
        "end": end,
        "negative_end": bool(end and end["value"] < 0),
        "worst_without_standard": worst,
        "curve": curve,
    }


def blueprint_measures(document: Document, flow: FlowGraph | None = None) -> dict[str, Any]:
    """Every measure of one blueprint, in the order and shape of `stats --format json`."""
    flow = flow or FlowGraph(document)
    return {
        "steps": steps_by_lane(flow),
        "complexity": complexity(flow),
        "divergence": divergence(flow),
        "contact_points": contact_points(flow),
        "moments_of_truth": moments_of_truth(document),
        "handoffs": handoffs(flow),
        "visibility_crossings": visibility_crossings(flow),
        "fail_points": fail_point_measures(document),
        "standards": standard_coverage(document, flow),
        "emotion": emotion_curve(document, flow),
    }


def numeric_measures(measures: dict[str, Any], prefix: str = "") -> dict[str, float | int | None]:
    """Every number in a measures dict by its dotted key (``steps.total``, ``emotion.end.value``).

    Lists (the curve, the worst steps) and flags are not numbers; ``standards.coverage`` is
    kept when null so that a blueprint without contact points still lists it.
    """
    result: dict[str, float | int | None] = {}
    for key, value in measures.items():
        name = f"{prefix}{key}"
        if isinstance(value, bool) or isinstance(value, (list, str)):
            continue
        if isinstance(value, dict):
            result.update(numeric_measures(value, f"{name}."))
        elif isinstance(value, (int, float)) or (value is None and name == "standards.coverage"):
            result[name] = value
    return result
